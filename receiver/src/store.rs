//! Where accepted submissions are kept: one SQLite database, written with
//! parameterised statements only, in WAL mode with a durable synchronous
//! setting so that a submission acknowledged to the browser survives the
//! process being killed.

use std::path::Path;
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
}

/// One kept submission, as staff list them.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Kept {
    /// The submission's id (made by the browser).
    pub id: String,
    /// The reference the person was given.
    pub reference: String,
    /// When this receiver first stored it (UTC, RFC 3339).
    pub stored_at: String,
    /// The submission exactly as received.
    pub submission: serde_json::Value,
}

/// The database, shared by every request.
#[derive(Clone)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
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
        let store = Store::prepare(connection)?;
        private(path)?;
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
             );",
        )?;
        Ok(Store {
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (each
        // statement is atomic), so a poisoned lock is still safe to use.
        self.connection.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Keeps `payload` under `id` and `reference`, once: a repeated id
    /// writes nothing and gives back the reference first kept, if the
    /// payload is the same JSON (whatever its spacing or key order); a
    /// different payload under a kept id is a conflict.
    pub fn keep(
        &self,
        id: &str,
        reference: &str,
        stored_at: &str,
        payload: &str,
    ) -> Result<Stored, StoreError> {
        let connection = self.lock();
        let inserted = connection.execute(
            "INSERT INTO submissions (id, reference, stored_at, payload)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO NOTHING",
            params![id, reference, stored_at, payload],
        )?;
        if inserted == 1 {
            return Ok(Stored::New {
                reference: reference.to_owned(),
            });
        }
        let first: Option<(String, String)> = connection
            .query_row(
                "SELECT reference, payload FROM submissions WHERE id = ?1",
                params![id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((first_reference, first_payload)) = first else {
            // Only a row removed between the two statements could do this;
            // the lock rules it out, so answer as for a new one.
            return Ok(Stored::New {
                reference: reference.to_owned(),
            });
        };
        if same_json(&first_payload, payload) {
            Ok(Stored::Repeat {
                reference: first_reference,
            })
        } else {
            Ok(Stored::Conflict)
        }
    }

    /// Every kept submission, oldest first.
    pub fn list(&self) -> Result<Vec<Kept>, StoreError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare("SELECT id, reference, stored_at, payload FROM submissions ORDER BY rowid")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        let mut kept = Vec::new();
        for row in rows {
            let (id, reference, stored_at, payload) = row?;
            let submission = serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null);
            kept.push(Kept {
                id,
                reference,
                stored_at,
                submission,
            });
        }
        Ok(kept)
    }

    /// How many submissions are kept.
    pub fn count(&self) -> Result<u64, StoreError> {
        let connection = self.lock();
        Ok(connection.query_row("SELECT COUNT(*) FROM submissions", [], |row| row.get(0))?)
    }
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
    fn text_that_looks_like_sql_is_stored_as_text() {
        let store = Store::in_memory().unwrap();
        let id = "x'); DROP TABLE submissions; --";
        store.keep(id, "RDX-1", "t", "{}").unwrap();
        assert_eq!(store.list().unwrap()[0].id, id);
    }
}
