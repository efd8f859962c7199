//! A per-client rate limit on submissions: a fixed one-minute window per
//! client. A client over the limit gets `429` with `Retry-After`, which the
//! wizard waits out.
//!
//! A client is its IPv4 address, or its IPv6 /64 (one household or phone
//! gets a whole /64, so counting single IPv6 addresses would give it
//! unlimited windows). Behind a reverse proxy, the client is read from the
//! `X-Forwarded-For` header, but only when the connection comes from a proxy
//! the receiver was told to trust (`--trusted-proxy`); anyone else could
//! write that header. The table of windows is bounded.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The length of a window.
const WINDOW: Duration = Duration::from_secs(60);

/// The most clients counted apart at once. Past it (many clients in one
/// minute), new clients share one window until old windows end.
pub const MAX_CLIENTS: usize = 10_000;

/// Who a window counts: a client's address or /64, or everyone that came
/// while the table was full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Client(IpAddr),
    Unknown,
    Overflow,
}

struct Windows {
    counts: HashMap<Key, (Instant, u32)>,
    /// When finished windows were last forgotten.
    swept: Option<Instant>,
}

/// Counts submissions per client.
pub struct RateLimit {
    per_window: u32,
    windows: Mutex<Windows>,
}

/// The address a window is kept for: IPv4 as it is (also when written as
/// IPv6), IPv6 cut to its /64 network.
///
/// ```
/// use redress_receiver::limit::client_key;
///
/// let a = client_key("2001:db8:1:2:aaaa::1".parse().unwrap());
/// let b = client_key("2001:db8:1:2:bbbb::9".parse().unwrap());
/// assert_eq!(a, b);
/// assert_eq!(a.to_string(), "2001:db8:1:2::");
/// assert_eq!(client_key("::ffff:192.0.2.7".parse().unwrap()).to_string(), "192.0.2.7");
/// ```
pub fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(Ipv6Addr::from(network))
            }
        },
    }
}

/// The client behind a request: the connection's address, unless that is a
/// trusted proxy, when it is the right-most address in `X-Forwarded-For`
/// that is not itself a trusted proxy (each proxy appends the address it
/// saw, so entries to the left of it were written by the client and prove
/// nothing).
///
/// ```
/// use redress_receiver::limit::client_address;
///
/// let proxy = "10.0.0.2".parse().unwrap();
/// let trusted = [proxy];
/// let forwarded = Some("198.51.100.1, 203.0.113.9");
/// assert_eq!(client_address(Some(proxy), forwarded, &trusted), "203.0.113.9".parse().ok());
/// // From anyone else, the header is ignored.
/// let other = "192.0.2.5".parse().unwrap();
/// assert_eq!(client_address(Some(other), forwarded, &trusted), Some(other));
/// ```
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[IpAddr],
) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let Some(forwarded_for) = forwarded_for else {
        return Some(peer);
    };
    for entry in forwarded_for.rsplit(',') {
        match entry.trim().parse::<IpAddr>() {
            Ok(address) if trusted.contains(&address) => continue,
            Ok(address) => return Some(address),
            // A malformed entry: nothing to its left can be trusted either.
            Err(_) => break,
        }
    }
    Some(peer)
}

impl RateLimit {
    /// A limit of `per_minute` submissions per client; 0 lets everything through.
    pub fn new(per_minute: u32) -> RateLimit {
        RateLimit {
            per_window: per_minute,
            windows: Mutex::new(Windows {
                counts: HashMap::new(),
                swept: None,
            }),
        }
    }

    /// Counts one submission from `client` at `now`. `Err(seconds)` when
    /// over the limit: how long until the window ends.
    pub fn check(&self, client: Option<IpAddr>, now: Instant) -> Result<(), u64> {
        if self.per_window == 0 {
            return Ok(());
        }
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        let mut key = client.map_or(Key::Unknown, |address| Key::Client(client_key(address)));
        if !windows.counts.contains_key(&key) && windows.counts.len() >= MAX_CLIENTS {
            // Forget finished windows, at most once a second so a full table
            // is not scanned on every request.
            if windows
                .swept
                .is_none_or(|swept| now.duration_since(swept) >= Duration::from_secs(1))
            {
                windows
                    .counts
                    .retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
                windows.swept = Some(now);
            }
            if windows.counts.len() >= MAX_CLIENTS {
                key = Key::Overflow;
            }
        }
        let (start, count) = windows.counts.entry(key).or_insert((now, 0));
        if now.duration_since(*start) >= WINDOW {
            *start = now;
            *count = 0;
        }
        if *count >= self.per_window {
            let left = WINDOW.saturating_sub(now.duration_since(*start));
            return Err(left.as_secs().max(1));
        }
        *count += 1;
        Ok(())
    }

    /// How many windows are kept.
    pub fn clients(&self) -> usize {
        let windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        windows.counts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> Option<IpAddr> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn a_client_over_the_limit_waits_for_the_next_window() {
        let limit = RateLimit::new(2);
        let (a, b) = (address("10.0.0.1"), address("10.0.0.2"));
        let t0 = Instant::now();
        assert_eq!(limit.check(a, t0), Ok(()));
        assert_eq!(limit.check(a, t0), Ok(()));
        assert_eq!(limit.check(a, t0 + Duration::from_secs(15)), Err(45));
        // Another client is counted apart.
        assert_eq!(limit.check(b, t0), Ok(()));
        assert_eq!(limit.check(a, t0 + WINDOW), Ok(()));
    }

    #[test]
    fn one_ipv6_network_is_one_client() {
        let limit = RateLimit::new(2);
        let t0 = Instant::now();
        assert_eq!(limit.check(address("2001:db8::1"), t0), Ok(()));
        assert_eq!(limit.check(address("2001:db8::ffff:2"), t0), Ok(()));
        assert!(limit.check(address("2001:db8::abcd:3"), t0).is_err());
        // The next /64 is another client.
        assert_eq!(limit.check(address("2001:db8:0:1::1"), t0), Ok(()));
    }

    #[test]
    fn the_table_of_windows_is_bounded() {
        let limit = RateLimit::new(1);
        let t0 = Instant::now();
        for n in 0..(MAX_CLIENTS as u32 + 50) {
            let client = Some(IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + n)));
            let _ = limit.check(client, t0);
        }
        assert_eq!(limit.clients(), MAX_CLIENTS + 1);
        // The newcomers shared one window: the second is over the limit.
        let late = Some(IpAddr::from(std::net::Ipv4Addr::new(192, 0, 2, 1)));
        assert!(limit.check(late, t0).is_err());
        // A minute on, finished windows are forgotten and clients are apart again.
        let later = t0 + WINDOW;
        assert_eq!(limit.check(late, later), Ok(()));
        assert!(limit.clients() <= 2, "{}", limit.clients());
    }

    #[test]
    fn forwarded_addresses_are_read_only_from_trusted_proxies() {
        let proxies = ["10.0.0.2".parse().unwrap(), "10.0.0.3".parse().unwrap()];
        let peer = address("10.0.0.2");
        // Proxies are skipped from the right; the first other address is the client.
        assert_eq!(
            client_address(peer, Some("6.6.6.6, 203.0.113.9, 10.0.0.3"), &proxies),
            address("203.0.113.9")
        );
        // Garbage stops the walk: the proxy itself is counted.
        assert_eq!(
            client_address(peer, Some("203.0.113.9, nonsense"), &proxies),
            peer
        );
        assert_eq!(client_address(peer, None, &proxies), peer);
        assert_eq!(client_address(None, Some("203.0.113.9"), &proxies), None);
        assert_eq!(
            client_address(address("192.0.2.5"), Some("203.0.113.9"), &proxies),
            address("192.0.2.5")
        );
    }

    #[test]
    fn zero_means_no_limit() {
        let limit = RateLimit::new(0);
        for _ in 0..1000 {
            assert_eq!(limit.check(None, Instant::now()), Ok(()));
        }
    }
}
