//! A per-client rate limit on submissions: a fixed one-minute window per
//! client address. A client over the limit gets `429` with `Retry-After`,
//! which the wizard waits out. Behind a proxy every client shares the
//! proxy's address: raise the limit, or limit at the proxy.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The length of a window.
const WINDOW: Duration = Duration::from_secs(60);

/// Counts submissions per client address.
pub struct RateLimit {
    per_window: u32,
    windows: Mutex<HashMap<Option<IpAddr>, (Instant, u32)>>,
}

impl RateLimit {
    /// A limit of `per_minute` submissions per client; 0 lets everything through.
    pub fn new(per_minute: u32) -> RateLimit {
        RateLimit {
            per_window: per_minute,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one submission from `client` at `now`. `Err(seconds)` when
    /// over the limit: how long until the window ends.
    pub fn check(&self, client: Option<IpAddr>, now: Instant) -> Result<(), u64> {
        if self.per_window == 0 {
            return Ok(());
        }
        let mut windows = self.windows.lock().unwrap_or_else(|e| e.into_inner());
        // Forget finished windows now and then, so memory stays bounded.
        if windows.len() > 10_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let (start, count) = windows.entry(client).or_insert((now, 0));
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_the_limit_waits_for_the_next_window() {
        let limit = RateLimit::new(2);
        let (a, b) = (
            Some("10.0.0.1".parse().unwrap()),
            Some("10.0.0.2".parse().unwrap()),
        );
        let t0 = Instant::now();
        assert_eq!(limit.check(a, t0), Ok(()));
        assert_eq!(limit.check(a, t0), Ok(()));
        assert_eq!(limit.check(a, t0 + Duration::from_secs(15)), Err(45));
        // Another client is counted apart.
        assert_eq!(limit.check(b, t0), Ok(()));
        assert_eq!(limit.check(a, t0 + WINDOW), Ok(()));
    }

    #[test]
    fn zero_means_no_limit() {
        let limit = RateLimit::new(0);
        for _ in 0..1000 {
            assert_eq!(limit.check(None, Instant::now()), Ok(()));
        }
    }
}
