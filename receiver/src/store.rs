//! Where accepted submissions are kept: one SQLite database, written with
//! parameterised statements only, in WAL mode with a durable synchronous
//! setting so that a submission acknowledged to the browser survives the
//! process being killed.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::{params, Connection, OptionalExtension};

/// What storing a submission did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// It was new, and is now kept under this reference.
    New { reference: String },
    /// Its id was already kept: the same submission sent again. Nothing was
    /// written; this is the reference it was kept under.
    Repeat { reference: String },
    /// Its id was already kept with a different payload. Nothing was
    /// written, and the first is not given away.
    Conflict,
    /// It was new, but keeping it would pass the quota. Nothing was written.
    Full,
}

/// One kept submission, as staff list them.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Kept {
    /// Where it is in the order kept: list `after` it for the next page.
    pub position: i64,
    /// The submission's id (made by the browser).
    pub id: String,
    /// The reference the person was given.
    pub reference: String,
    /// When this receiver first stored it (UTC, RFC 3339).
    pub stored_at: String,
    /// The submission exactly as received.
    pub submission: serde_json::Value,
    /// Where it is being sent on to, and how that is going.
    pub deliveries: Vec<Delivery>,
    /// The files it came with, as kept.
    pub attachments: Vec<crate::attachments::KeptFile>,
}

/// One submission's delivery to one target, as staff list them.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Delivery {
    /// The submission's reference (for the `deliveries` command).
    #[serde(skip)]
    pub reference: String,
    /// Where to: `webhook`.
    pub target: String,
    /// `pending` (not yet sent, or to be tried again), `sent` or `failed`
    /// (every attempt failed; `redress-receiver deliveries --retry`).
    pub state: String,
    /// Attempts made so far.
    pub attempts: u32,
    /// What went wrong the last time, if anything did.
    pub last_error: Option<String>,
    /// When it was sent (UTC, RFC 3339).
    pub sent_at: Option<String>,
}

/// A delivery that is due, with what it carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Due {
    /// The submission's id.
    pub submission_id: String,
    /// The submission's reference, for the log.
    pub reference: String,
    /// Where to.
    pub target: String,
    /// Attempts made before this one.
    pub attempts: u32,
    /// The submission exactly as received.
    pub payload: String,
}

/// Which deliveries a payload is owed.
type Targets = Arc<dyn Fn(&str) -> Vec<String> + Send + Sync>;

/// The database, shared by every request.
#[derive(Clone)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
    /// Bytes of payload kept, counted when opened and as each is kept.
    used: Arc<AtomicU64>,
    /// The most bytes of payload to keep.
    quota: u64,
    /// Where each new submission is to be delivered.
    targets: Targets,
    /// Told of each new submission, for the delivery worker.
    wake: Arc<tokio::sync::Notify>,
    /// The folder attached files are kept in (see [`crate::attachments`]);
    /// none, no files are taken.
    pub(crate) files: Option<std::path::PathBuf>,
}

/// A database problem, with what to do about it.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError(format!("the submissions database failed: {error}"))
    }
}

impl Store {
    /// Opens (creating if need be) the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError(format!(
                    "could not create the data folder {}: {e}",
                    dir.display()
                ))
            })?;
        }
        let connection = Connection::open(path).map_err(|e| {
            StoreError(format!(
                "could not open the database {}: {e}",
                path.display()
            ))
        })?;
        let mut store = Store::prepare(connection)?;
        private(path)?;
        store.files = Some(
            path.parent()
                .unwrap_or(Path::new("."))
                .join(crate::attachments::FOLDER),
        );
        Ok(store)
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(connection: Connection) -> Result<Store, StoreError> {
        // WAL lets the staff listing read while a submission is written;
        // FULL syncs the log on every commit, so an acknowledged submission
        // is on disk before the browser hears "201".
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        connection.execute_batch(
            "CREATE TABLE IF NOT EXISTS submissions (
                 id         TEXT PRIMARY KEY NOT NULL,
                 reference  TEXT NOT NULL,
                 stored_at  TEXT NOT NULL,
                 payload    TEXT NOT NULL
             );
             CREATE TABLE IF NOT EXISTS deliveries (
                 submission_id TEXT NOT NULL REFERENCES submissions (id),
                 target        TEXT NOT NULL,
                 state         TEXT NOT NULL DEFAULT 'pending'
                               CHECK (state IN ('pending', 'sent', 'failed')),
                 attempts      INTEGER NOT NULL DEFAULT 0,
                 next_at       INTEGER NOT NULL DEFAULT 0,
                 last_error    TEXT,
                 sent_at       TEXT,
                 PRIMARY KEY (submission_id, target)
             );
             CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_at);
             -- Files arrive before the submission that lists them, so no
             -- reference to submissions.
             CREATE TABLE IF NOT EXISTS attachments (
                 submission_id TEXT NOT NULL,
                 sha256        TEXT NOT NULL,
                 media_type    TEXT NOT NULL,
                 size          INTEGER NOT NULL,
                 stored_at     TEXT NOT NULL,
                 PRIMARY KEY (submission_id, sha256)
             );",
        )?;
        let used: i64 = connection.query_row(
            "SELECT (SELECT COALESCE(SUM(LENGTH(CAST(payload AS BLOB))), 0) FROM submissions)
                  + (SELECT COALESCE(SUM(size), 0) FROM attachments)",
            [],
            |row| row.get(0),
        )?;
        Ok(Store {
            connection: Arc::new(Mutex::new(connection)),
            used: Arc::new(AtomicU64::new(used.max(0) as u64)),
            quota: u64::MAX,
            targets: Arc::new(|_: &str| Vec::new()),
            wake: Arc::new(tokio::sync::Notify::new()),
            files: None,
        })
    }

    /// The same store, keeping at most `bytes` of payload in all.
    pub fn with_quota(mut self, bytes: u64) -> Store {
        self.quota = bytes;
        self
    }

    /// The same store, delivering each new submission to `targets` (see
    /// [`crate::outbox`]): the rows are written in the same transaction as
    /// the submission.
    pub fn with_deliveries(self, targets: Vec<String>) -> Store {
        self.with_deliveries_for(move |_| targets.clone())
    }

    /// The same store, delivering each new submission to the targets
    /// `targets` names for its payload.
    pub fn with_deliveries_for(
        mut self,
        targets: impl Fn(&str) -> Vec<String> + Send + Sync + 'static,
    ) -> Store {
        self.targets = Arc::new(targets);
        self
    }

    /// Waits until a new submission is kept (at once, if one was kept
    /// since the last wait).
    pub async fn woken(&self) {
        self.wake.notified().await
    }

    /// Counts `bytes` more kept, if the quota has room for them.
    pub(crate) fn make_room(&self, bytes: u64) -> bool {
        let room = self.used().saturating_add(bytes) <= self.quota;
        if room {
            self.used.fetch_add(bytes, Ordering::SeqCst);
        }
        room
    }

    /// Counts `bytes` made room for as not kept after all.
    pub(crate) fn give_back(&self, bytes: u64) {
        self.used.fetch_sub(bytes, Ordering::SeqCst);
    }

    /// The most bytes of payload it keeps.
    pub fn quota(&self) -> u64 {
        self.quota
    }

    /// Bytes of payload kept.
    pub fn used(&self) -> u64 {
        self.used.load(Ordering::SeqCst)
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (each
        // statement is atomic), so a poisoned lock is still safe to use.
        self.connection.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Keeps `payload` under `id` and `reference`, once: a repeated id
    /// writes nothing and gives back the reference first kept, if the
    /// payload is the same JSON (whatever its spacing or key order); a
    /// different payload under a kept id is a conflict. A new one that would
    /// pass the quota is not kept.
    pub fn keep(
        &self,
        id: &str,
        reference: &str,
        stored_at: &str,
        payload: &str,
    ) -> Result<Stored, StoreError> {
        let connection = self.lock();
        let first: Option<(String, String)> = connection
            .query_row(
                "SELECT reference, payload FROM submissions WHERE id = ?1",
                params![id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        if let Some((first_reference, first_payload)) = first {
            return Ok(if same_json(&first_payload, payload) {
                Stored::Repeat {
                    reference: first_reference,
                }
            } else {
                Stored::Conflict
            });
        }
        // Under the lock, so no other keep can slip in between the check and
        // the count.
        let size = payload.len() as u64;
        if self.used().saturating_add(size) > self.quota {
            return Ok(Stored::Full);
        }
        // The submission and its deliveries together, or neither.
        let transaction = connection.unchecked_transaction()?;
        transaction.execute(
            "INSERT INTO submissions (id, reference, stored_at, payload)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, reference, stored_at, payload],
        )?;
        let targets = (self.targets)(payload);
        for target in &targets {
            transaction.execute(
                "INSERT INTO deliveries (submission_id, target) VALUES (?1, ?2)",
                params![id, target],
            )?;
        }
        transaction.commit()?;
        self.used.fetch_add(size, Ordering::SeqCst);
        if !targets.is_empty() {
            self.wake.notify_one();
        }
        Ok(Stored::New {
            reference: reference.to_owned(),
        })
    }

    /// Every kept submission, oldest first.
    pub fn list(&self) -> Result<Vec<Kept>, StoreError> {
        self.page(0, i64::MAX as u64)
    }

    /// At most `limit` kept submissions after `position`, oldest first.
    pub fn page(&self, after: i64, limit: u64) -> Result<Vec<Kept>, StoreError> {
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT rowid, id, reference, stored_at, payload FROM submissions
             WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = statement.query_map(params![after, limit], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
            ))
        })?;
        let mut kept = Vec::new();
        for row in rows {
            let (position, id, reference, stored_at, payload) = row?;
            let submission = serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null);
            kept.push(Kept {
                position,
                deliveries: deliveries(&connection, "WHERE d.submission_id = ?1", params![id])?,
                attachments: crate::attachments::kept(&connection, &id)?,
                id,
                reference,
                stored_at,
                submission,
            });
        }
        Ok(kept)
    }

    /// At most `limit` pending deliveries due by `now_ms`, oldest first.
    pub fn due(&self, now_ms: i64, limit: usize) -> Result<Vec<Due>, StoreError> {
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT d.submission_id, s.reference, d.target, d.attempts, s.payload
             FROM deliveries d JOIN submissions s ON s.id = d.submission_id
             WHERE d.state = 'pending' AND d.next_at <= ?1
             ORDER BY d.next_at, s.rowid LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = statement.query_map(params![now_ms, limit], |row| {
            Ok(Due {
                submission_id: row.get(0)?,
                reference: row.get(1)?,
                target: row.get(2)?,
                attempts: row.get(3)?,
                payload: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// When the next pending delivery falls due (milliseconds since 1970).
    pub fn next_due(&self) -> Result<Option<i64>, StoreError> {
        let connection = self.lock();
        Ok(connection.query_row(
            "SELECT MIN(next_at) FROM deliveries WHERE state = 'pending'",
            [],
            |row| row.get(0),
        )?)
    }

    /// Marks a delivery sent.
    pub fn delivered(&self, submission_id: &str, target: &str, at: &str) -> Result<(), StoreError> {
        self.lock().execute(
            "UPDATE deliveries SET state = 'sent', attempts = attempts + 1, sent_at = ?3,
                 last_error = NULL
             WHERE submission_id = ?1 AND target = ?2",
            params![submission_id, target, at],
        )?;
        Ok(())
    }

    /// Writes down a failed attempt: tried again at `next_at`, or, with
    /// none, failed for good.
    pub fn not_delivered(
        &self,
        submission_id: &str,
        target: &str,
        attempts: u32,
        next_at: Option<i64>,
        error: &str,
    ) -> Result<(), StoreError> {
        self.lock().execute(
            "UPDATE deliveries SET attempts = ?3, last_error = ?4,
                 state = CASE WHEN ?5 IS NULL THEN 'failed' ELSE 'pending' END,
                 next_at = COALESCE(?5, next_at)
             WHERE submission_id = ?1 AND target = ?2",
            params![submission_id, target, attempts, error, next_at],
        )?;
        Ok(())
    }

    /// Every delivery that failed for good, oldest first.
    pub fn failed(&self) -> Result<Vec<Delivery>, StoreError> {
        deliveries(&self.lock(), "WHERE d.state = 'failed'", [])
    }

    /// Makes every failed delivery pending again, due at once, with its
    /// attempts counted afresh; how many.
    pub fn retry_failed(&self) -> Result<usize, StoreError> {
        let retried = self.lock().execute(
            "UPDATE deliveries SET state = 'pending', attempts = 0, next_at = 0
             WHERE state = 'failed'",
            [],
        )?;
        self.wake.notify_one();
        Ok(retried)
    }

    /// How many submissions are kept.
    pub fn count(&self) -> Result<u64, StoreError> {
        let connection = self.lock();
        Ok(connection.query_row("SELECT COUNT(*) FROM submissions", [], |row| row.get(0))?)
    }
}

/// The deliveries `filter` picks (a `WHERE` clause on `d`), oldest first.
fn deliveries(
    connection: &Connection,
    filter: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<Delivery>, StoreError> {
    let mut statement = connection.prepare(&format!(
        "SELECT s.reference, d.target, d.state, d.attempts, d.last_error, d.sent_at
         FROM deliveries d JOIN submissions s ON s.id = d.submission_id
         {filter} ORDER BY s.rowid, d.target"
    ))?;
    let rows = statement.query_map(params, |row| {
        Ok(Delivery {
            reference: row.get(0)?,
            target: row.get(1)?,
            state: row.get(2)?,
            attempts: row.get(3)?,
            last_error: row.get(4)?,
            sent_at: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Makes the database readable by its owner only, and its folder (where
/// SQLite keeps the write-ahead log beside it) enterable by its owner only:
/// complaints carry safeguarding and care details.
#[cfg(unix)]
fn private(database: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    let set = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(|e| {
            StoreError(format!(
                "could not make {} private (mode {mode:o}): {e}",
                path.display()
            ))
        })
    };
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        set(dir, 0o700)?;
    }
    set(database, 0o600)
}

#[cfg(not(unix))]
fn private(_database: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// Whether two texts are the same JSON value (or, if either is not JSON,
/// the same text).
fn same_json(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (
        serde_json::from_str::<serde_json::Value>(a),
        serde_json::from_str::<serde_json::Value>(b),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_id_is_kept_once_with_its_first_reference() {
        let store = Store::in_memory().unwrap();
        let first = store.keep("a", "RDX-1", "t", "{\"x\":1,\"y\":2}").unwrap();
        let again = store
            .keep("a", "RDX-2", "t", "{ \"y\": 2, \"x\": 1 }")
            .unwrap();
        assert_eq!(
            first,
            Stored::New {
                reference: "RDX-1".into()
            }
        );
        assert_eq!(
            again,
            Stored::Repeat {
                reference: "RDX-1".into()
            }
        );
        assert_eq!(store.count().unwrap(), 1);
        assert_eq!(
            store.list().unwrap()[0].submission,
            serde_json::json!({"x": 1, "y": 2})
        );
    }

    #[test]
    fn a_kept_id_with_a_different_payload_is_a_conflict() {
        let store = Store::in_memory().unwrap();
        store.keep("a", "RDX-1", "t", "{\"x\":1}").unwrap();
        assert_eq!(
            store.keep("a", "RDX-2", "t", "{\"x\":2}").unwrap(),
            Stored::Conflict
        );
        assert_eq!(store.count().unwrap(), 1);
        assert_eq!(
            store.list().unwrap()[0].submission,
            serde_json::json!({"x": 1})
        );
    }

    /// A killed process cannot show a missing fsync (the page cache
    /// survives it), so the settings that make an acknowledgement durable
    /// are read back from the open database.
    #[test]
    fn a_file_store_is_private_in_wal_mode_and_syncs_every_commit() {
        let dir = std::env::temp_dir().join(format!("redress-store-{}", std::process::id()));
        let store = Store::open(&dir.join("submissions.sqlite3")).unwrap();
        let connection = store.lock();
        let journal: String = connection
            .query_row("PRAGMA journal_mode", [], |row| row.get(0))
            .unwrap();
        // SQLite numbers the synchronous settings: OFF 0, NORMAL 1, FULL 2, EXTRA 3.
        let synchronous: i64 = connection
            .query_row("PRAGMA synchronous", [], |row| row.get(0))
            .unwrap();
        drop(connection);
        #[cfg(unix)]
        let modes = {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            (mode(&dir), mode(&dir.join("submissions.sqlite3")))
        };
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "synchronous must be FULL");
        #[cfg(unix)]
        assert_eq!(
            modes,
            (0o700, 0o600),
            "the folder and the database are private"
        );
    }

    #[test]
    fn past_the_quota_nothing_new_is_kept_but_repeats_are_answered() {
        let store = Store::in_memory().unwrap().with_quota(20);
        let ten = "{\"x\":\"12\"}";
        assert_eq!(ten.len(), 10);
        assert!(matches!(
            store.keep("a", "RDX-1", "t", ten),
            Ok(Stored::New { .. })
        ));
        assert!(matches!(
            store.keep("b", "RDX-2", "t", ten),
            Ok(Stored::New { .. })
        ));
        assert_eq!(store.used(), 20);
        assert!(matches!(
            store.keep("c", "RDX-3", "t", "{}"),
            Ok(Stored::Full)
        ));
        assert!(matches!(
            store.keep("a", "RDX-9", "t", ten),
            Ok(Stored::Repeat { .. })
        ));
        assert_eq!(store.count().unwrap(), 2);
    }

    #[test]
    fn the_bytes_kept_are_counted_again_on_opening() {
        let dir = std::env::temp_dir().join(format!("redress-used-{}", std::process::id()));
        let path = dir.join("submissions.sqlite3");
        Store::open(&path)
            .unwrap()
            .keep("a", "RDX-1", "t", "{\"é\":1}")
            .unwrap();
        let used = Store::open(&path).unwrap().used();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(used, "{\"é\":1}".len() as u64);
    }

    #[test]
    fn pages_follow_on_from_the_last_position_seen() {
        let store = Store::in_memory().unwrap();
        for n in 0..5 {
            store.keep(&format!("id-{n}"), "RDX", "t", "{}").unwrap();
        }
        let first = store.page(0, 2).unwrap();
        let second = store.page(first[1].position, 2).unwrap();
        let third = store.page(second[1].position, 2).unwrap();
        let ids = |page: &[Kept]| page.iter().map(|k| k.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&first), ["id-0", "id-1"]);
        assert_eq!(ids(&second), ["id-2", "id-3"]);
        assert_eq!(ids(&third), ["id-4"]);
        assert!(store.page(third[0].position, 2).unwrap().is_empty());
    }

    #[test]
    fn a_submission_and_its_deliveries_are_kept_together() {
        let store = Store::in_memory()
            .unwrap()
            .with_deliveries(vec!["webhook".into()]);
        store.keep("a", "RDX-1", "t", "{\"x\":1}").unwrap();
        // A repeat adds no second delivery.
        store.keep("a", "RDX-1", "t", "{\"x\":1}").unwrap();
        let due = store.due(0, 10).unwrap();
        assert_eq!(
            due,
            [Due {
                submission_id: "a".into(),
                reference: "RDX-1".into(),
                target: "webhook".into(),
                attempts: 0,
                payload: "{\"x\":1}".into(),
            }]
        );
        assert_eq!(store.next_due().unwrap(), Some(0));
        // Without targets, nothing is to be delivered.
        let plain = Store::in_memory().unwrap();
        plain.keep("a", "RDX-1", "t", "{}").unwrap();
        assert!(plain.due(i64::MAX, 10).unwrap().is_empty());
        assert!(plain.list().unwrap()[0].deliveries.is_empty());
    }

    #[test]
    fn a_delivery_goes_from_pending_to_sent_or_failed_and_back() {
        let store = Store::in_memory()
            .unwrap()
            .with_deliveries(vec!["webhook".into()]);
        store.keep("a", "RDX-1", "t", "{}").unwrap();
        store.keep("b", "RDX-2", "t", "{}").unwrap();
        store
            .not_delivered("a", "webhook", 1, Some(5_000), "answered HTTP 500")
            .unwrap();
        // Not due before its time; the other still is.
        assert_eq!(store.due(4_999, 10).unwrap().len(), 1);
        assert_eq!(store.due(5_000, 10).unwrap().len(), 2);
        assert_eq!(store.due(5_000, 10).unwrap()[1].attempts, 1);
        store
            .delivered("b", "webhook", "2026-12-07T10:00:00Z")
            .unwrap();
        store
            .not_delivered("a", "webhook", 2, None, "not reached")
            .unwrap();
        assert!(store.due(i64::MAX, 10).unwrap().is_empty());
        assert_eq!(store.next_due().unwrap(), None);
        let listed = store.list().unwrap();
        let states = |k: &Kept| {
            let d = &k.deliveries[0];
            (
                d.state.clone(),
                d.attempts,
                d.last_error.clone(),
                d.sent_at.clone(),
            )
        };
        assert_eq!(
            states(&listed[0]),
            ("failed".into(), 2, Some("not reached".into()), None)
        );
        assert_eq!(
            states(&listed[1]),
            ("sent".into(), 1, None, Some("2026-12-07T10:00:00Z".into()))
        );
        let failed = store.failed().unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].reference, "RDX-1");
        assert_eq!(store.retry_failed().unwrap(), 1);
        let due = store.due(0, 10).unwrap();
        assert_eq!((due[0].submission_id.as_str(), due[0].attempts), ("a", 0));
        assert!(store.failed().unwrap().is_empty());
    }

    #[test]
    fn deliveries_survive_reopening() {
        let dir = std::env::temp_dir().join(format!("redress-outbox-{}", std::process::id()));
        let path = dir.join("submissions.sqlite3");
        Store::open(&path)
            .unwrap()
            .with_deliveries(vec!["webhook".into()])
            .keep("a", "RDX-1", "t", "{}")
            .unwrap();
        // Opened again with no targets configured: still owed.
        let due = Store::open(&path).unwrap().due(0, 10).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(due.len(), 1);
    }

    #[test]
    fn text_that_looks_like_sql_is_stored_as_text() {
        let store = Store::in_memory().unwrap();
        let id = "x'); DROP TABLE submissions; --";
        store.keep(id, "RDX-1", "t", "{}").unwrap();
        assert_eq!(store.list().unwrap()[0].id, id);
    }
}
