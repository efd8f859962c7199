//! Files attached to a submission as evidence: each taken on its own,
//! before the submission that lists them, under its SHA-256
//! (`PUT /api/submissions/{id}/attachments/{sha256}`), so a retry never
//! sends a file twice and a file that failed is sent again alone. Each is
//! checked by its content (its digest, and its kind by its bytes, never by
//! its name) against the limits, then kept in the data folder, beside the
//! database and outside any folder the receiver serves, private to it.
//!
//! On disk: `attachments/{submission id}/{sha256}`, the folders mode 0700
//! and the files 0600, each written whole and synced before it is counted
//! as kept, so a file the receiver says it has survives it being killed.

use std::io::Write;
use std::path::{Path, PathBuf};

use redress_core::attachment::{check, AttachedFile, Held, Limits, Refusal};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::store::{Store, StoreError};

/// The folder, beside the database, files are kept in.
pub const FOLDER: &str = "attachments";

/// How long a file waits for the submission that lists it before it is
/// removed: a person who gave up, or whose device sends the submission days
/// later (then it is told which files are missing, and sends them again).
pub const UNCLAIMED_FOR: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// How often unclaimed files are looked for.
pub const PRUNE_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// One file as kept, as staff list it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct KeptFile {
    /// The hex SHA-256 of its bytes: its name here.
    pub sha256: String,
    /// Its media type, from its content.
    pub media_type: String,
    /// Its size in bytes.
    pub size: u64,
    /// When this receiver kept it (UTC, RFC 3339).
    pub stored_at: String,
}

/// What came of offering a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Offered {
    /// It is now kept.
    New(KeptFile),
    /// It was already kept: the same file sent again.
    Repeat(KeptFile),
    /// Its bytes are not the ones its digest names: damaged on the way.
    WrongDigest,
    /// Refused by the limits or for its kind.
    Refused(Refusal),
    /// The submission is already kept: files come before it, not after.
    AfterSubmission,
    /// Keeping it would pass the receiver's quota.
    Full,
}

/// The files a payload lists (`attachments`), none when it lists none. The
/// schema has checked the list's shape before a payload is kept.
pub fn listed(payload: &serde_json::Value) -> Vec<AttachedFile> {
    payload
        .get("attachments")
        .and_then(|files| serde_json::from_value(files.clone()).ok())
        .unwrap_or_default()
}

/// The hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    redress_core::hex(&Sha256::digest(bytes))
}

/// The files kept for submission `id`, in the order they came.
pub(crate) fn kept(connection: &Connection, id: &str) -> Result<Vec<KeptFile>, StoreError> {
    let mut statement = connection.prepare(
        "SELECT sha256, media_type, size, stored_at FROM attachments
         WHERE submission_id = ?1 ORDER BY rowid",
    )?;
    let rows = statement.query_map(params![id], |row| {
        Ok(KeptFile {
            sha256: row.get(0)?,
            media_type: row.get(1)?,
            size: row.get::<_, i64>(2)?.max(0) as u64,
            stored_at: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn failed(what: &str, path: &Path, error: std::io::Error) -> StoreError {
    StoreError(format!("could not {what} {}: {error}", path.display()))
}

/// Makes `folder` (and its parents) private to this user.
fn private_folder(folder: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(folder).map_err(|e| failed("create", folder, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| failed("make private", folder, e))?;
    }
    Ok(())
}

/// Writes `bytes` to `path` whole: into a file beside it, synced, then
/// renamed over it and the folder synced, so `path` is never half written.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let partial = path.with_extension("partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(&partial)
        .map_err(|e| failed("create", &partial, e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| failed("write", &partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| failed("keep", path, e))?;
    if let Some(folder) = path.parent() {
        std::fs::File::open(folder)
            .and_then(|folder| folder.sync_all())
            .map_err(|e| failed("sync", folder, e))?;
    }
    Ok(())
}

impl Store {
    /// Where the file `sha256` of submission `id` is kept (both already
    /// checked to be plain names: a UUID and 64 hex digits).
    fn file_path(&self, id: &str, sha256: &str) -> Result<PathBuf, StoreError> {
        let folder = self
            .files
            .as_ref()
            .ok_or_else(|| StoreError("this receiver keeps no files".into()))?;
        Ok(folder.join(id).join(sha256))
    }

    /// Offers `bytes`, named `sha256`, as a file of submission `id`, within
    /// `limits`.
    pub fn attach(
        &self,
        id: &str,
        sha256: &str,
        bytes: &[u8],
        stored_at: &str,
        limits: &Limits,
    ) -> Result<Offered, StoreError> {
        // Hashed before the lock: other requests need not wait for it.
        if sha256_hex(bytes) != sha256 {
            return Ok(Offered::WrongDigest);
        }
        let connection = self.lock();
        let held = kept(&connection, id)?;
        if let Some(file) = held.iter().find(|file| file.sha256 == sha256) {
            return Ok(Offered::Repeat(file.clone()));
        }
        let sent: Option<i64> = connection
            .query_row(
                "SELECT 1 FROM submissions WHERE id = ?1",
                params![id],
                |row| row.get(0),
            )
            .optional()?;
        if sent.is_some() {
            return Ok(Offered::AfterSubmission);
        }
        let held: Vec<Held> = held
            .into_iter()
            .map(|file| Held {
                size: file.size,
                sha256: file.sha256,
            })
            .collect();
        let kind = match check(limits, &held, bytes, sha256) {
            Ok(kind) => kind,
            Err(refusal) => return Ok(Offered::Refused(refusal)),
        };
        let size = bytes.len() as u64;
        if !self.make_room(size) {
            return Ok(Offered::Full);
        }
        let path = self.file_path(id, sha256)?;
        let written = path
            .parent()
            .map_or(Ok(()), |folder| {
                if let Some(root) = folder.parent() {
                    private_folder(root)?;
                }
                private_folder(folder)
            })
            .and_then(|()| write_whole(&path, bytes));
        let file = KeptFile {
            sha256: sha256.to_owned(),
            media_type: kind.media_type().to_owned(),
            size,
            stored_at: stored_at.to_owned(),
        };
        let recorded = written.and_then(|()| {
            connection
                .execute(
                    "INSERT INTO attachments (submission_id, sha256, media_type, size, stored_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id, sha256, file.media_type, size as i64, stored_at],
                )
                .map_err(StoreError::from)
        });
        if let Err(error) = recorded {
            self.give_back(size);
            return Err(error);
        }
        Ok(Offered::New(file))
    }

    /// The files `listed` (a payload's `attachments`) that are not kept for
    /// submission `id` as listed: their digests.
    pub fn missing(&self, id: &str, listed: &[AttachedFile]) -> Result<Vec<String>, StoreError> {
        let held = kept(&self.lock(), id)?;
        Ok(listed
            .iter()
            .filter(|file| {
                !held.iter().any(|kept| {
                    kept.sha256 == file.sha256
                        && kept.size == file.size
                        && kept.media_type == file.media_type
                })
            })
            .map(|file| file.sha256.clone())
            .collect())
    }

    /// Removes the files kept before `cutoff` (UTC, RFC 3339, as
    /// `stored_at` is written) for a submission that has not arrived; how
    /// many.
    pub fn prune_unclaimed(&self, cutoff: &str) -> Result<usize, StoreError> {
        let connection = self.lock();
        let unclaimed: Vec<(String, String, i64)> = connection
            .prepare(
                "SELECT submission_id, sha256, size FROM attachments
                 WHERE stored_at < ?1
                   AND submission_id NOT IN (SELECT id FROM submissions)",
            )?
            .query_map(params![cutoff], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        for (id, sha256, size) in &unclaimed {
            let path = self.file_path(id, sha256)?;
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => return Err(failed("remove", &path, error)),
            }
            connection.execute(
                "DELETE FROM attachments WHERE submission_id = ?1 AND sha256 = ?2",
                params![id, sha256],
            )?;
            self.give_back((*size).max(0) as u64);
            if let Some(folder) = path.parent() {
                // Only once empty: another file of it may still be waiting.
                let _ = std::fs::remove_dir(folder);
            }
        }
        Ok(unclaimed.len())
    }

    /// The file `sha256` of submission `id`, if it is kept: how it was kept
    /// and its bytes.
    pub fn attached(
        &self,
        id: &str,
        sha256: &str,
    ) -> Result<Option<(KeptFile, Vec<u8>)>, StoreError> {
        let file = kept(&self.lock(), id)?
            .into_iter()
            .find(|file| file.sha256 == sha256);
        let Some(file) = file else {
            return Ok(None);
        };
        let path = self.file_path(id, sha256)?;
        let bytes = std::fs::read(&path).map_err(|e| failed("read", &path, e))?;
        Ok(Some((file, bytes)))
    }
}

/// Removes the files that, at `now`, have waited longer than
/// [`UNCLAIMED_FOR`] for their submission; how many.
pub fn prune_at(store: &Store, now: chrono::DateTime<chrono::Utc>) -> Result<usize, StoreError> {
    store.prune_unclaimed(&crate::rfc3339((now - UNCLAIMED_FOR).timestamp()))
}

/// Removes unclaimed files now and every [`PRUNE_EVERY`], saying in the
/// log how many went.
pub async fn prune(store: Store) {
    loop {
        let store_now = store.clone();
        match tokio::task::spawn_blocking(move || prune_at(&store_now, chrono::Utc::now())).await {
            Ok(Ok(0)) => {}
            Ok(Ok(removed)) => eprintln!(
                "redress-receiver: removed {removed} attached file(s) whose submission did not arrive within {} days",
                UNCLAIMED_FOR.num_days()
            ),
            Ok(Err(error)) => eprintln!("redress-receiver: removing unclaimed files: {error}"),
            Err(_) => {}
        }
        tokio::time::sleep(PRUNE_EVERY).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b";
    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
    const NOW: &str = "2026-12-07T12:00:00Z";

    /// A folder of its own for one test, removed after it.
    struct Folder(PathBuf);

    impl Folder {
        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Folder {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn store() -> (Store, Folder) {
        static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let folder = Folder(
            std::env::temp_dir().join(format!("redress-attachments-{}-{n}", std::process::id())),
        );
        let store = Store::open(&folder.path().join("data/submissions.db")).unwrap();
        (store, folder)
    }

    #[test]
    fn a_file_is_kept_once_privately_and_read_back() {
        let (store, folder) = store();
        let sha = sha256_hex(PDF);
        let limits = Limits::default();
        let Offered::New(file) = store.attach(ID, &sha, PDF, NOW, &limits).unwrap() else {
            panic!("not kept");
        };
        assert_eq!(file.media_type, "application/pdf");
        assert_eq!(file.size, PDF.len() as u64);
        assert_eq!(
            store.attach(ID, &sha, PDF, NOW, &limits).unwrap(),
            Offered::Repeat(file.clone())
        );
        let path = folder.path().join("data/attachments").join(ID).join(&sha);
        assert_eq!(std::fs::read(&path).unwrap(), PDF);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
            assert_eq!(mode(path.parent().unwrap().parent().unwrap()), 0o700);
        }
        assert_eq!(
            store.attached(ID, &sha).unwrap(),
            Some((file, PDF.to_vec()))
        );
        assert_eq!(store.attached(ID, &"0".repeat(64)).unwrap(), None);
        // Counted against the quota, and again when the store is reopened.
        assert!(store.used() >= PDF.len() as u64);
        let reopened = Store::open(&folder.path().join("data/submissions.db")).unwrap();
        assert_eq!(reopened.used(), store.used());
    }

    #[test]
    fn a_file_is_refused_for_its_digest_its_kind_and_the_limits() {
        let (store, _folder) = store();
        let limits = Limits {
            max_files: 2,
            max_file_bytes: 64,
            max_total_bytes: 90,
            ..Limits::default()
        };
        let offer = |bytes: &[u8]| {
            store
                .attach(ID, &sha256_hex(bytes), bytes, NOW, &limits)
                .unwrap()
        };
        assert_eq!(
            store
                .attach(ID, &"a".repeat(64), PDF, NOW, &limits)
                .unwrap(),
            Offered::WrongDigest
        );
        // A program named anything is not a document.
        assert_eq!(
            offer(b"MZ\x90\x00\x03"),
            Offered::Refused(Refusal::NotAllowed)
        );
        assert_eq!(
            offer(&[b'a'; 65]),
            Offered::Refused(Refusal::TooBig { limit: 64 })
        );
        assert!(matches!(offer(PDF), Offered::New(_)));
        assert_eq!(
            offer(&[b'b'; 64]),
            Offered::Refused(Refusal::TotalTooBig { limit: 90 })
        );
        assert!(matches!(offer(b"a note"), Offered::New(_)));
        assert_eq!(
            offer(b"another note"),
            Offered::Refused(Refusal::TooMany { limit: 2 })
        );
    }

    #[test]
    fn files_come_before_their_submission_and_within_the_quota() {
        let (store, _folder) = store();
        let limits = Limits::default();
        let listed = |bytes: &[u8]| AttachedFile {
            name: "letter.pdf".into(),
            media_type: "application/pdf".into(),
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        };
        let letter = listed(PDF);
        assert_eq!(
            store.missing(ID, std::slice::from_ref(&letter)).unwrap(),
            [letter.sha256.as_str()]
        );
        store.attach(ID, &letter.sha256, PDF, NOW, &limits).unwrap();
        assert!(store
            .missing(ID, std::slice::from_ref(&letter))
            .unwrap()
            .is_empty());
        // Listed with another size or type, it is not the file kept.
        let retyped = AttachedFile {
            media_type: "image/png".into(),
            ..letter.clone()
        };
        assert_eq!(
            store.missing(ID, &[retyped]).unwrap(),
            [letter.sha256.as_str()]
        );
        let resized = AttachedFile {
            size: 1,
            ..letter.clone()
        };
        assert_eq!(
            store.missing(ID, &[resized]).unwrap(),
            [letter.sha256.as_str()]
        );
        // Under another submission it is not there.
        assert_eq!(
            store
                .missing("another", std::slice::from_ref(&letter))
                .unwrap(),
            [letter.sha256.as_str()]
        );
        store.keep(ID, "RDX-AAAA-AAAA", NOW, "{}").unwrap();
        let note = b"a note added later";
        assert_eq!(
            store
                .attach(ID, &sha256_hex(note), note, NOW, &limits)
                .unwrap(),
            Offered::AfterSubmission
        );
        // The file kept before is still a repeat, for a retry.
        assert!(matches!(
            store.attach(ID, &letter.sha256, PDF, NOW, &limits).unwrap(),
            Offered::Repeat(_)
        ));
        let full = store.clone().with_quota(store.used() + 5);
        let other = "7d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a";
        assert_eq!(
            full.attach(other, &sha256_hex(note), note, NOW, &limits)
                .unwrap(),
            Offered::Full
        );
        assert_eq!(full.attached(other, &sha256_hex(note)).unwrap(), None);
    }

    #[test]
    fn files_whose_submission_never_came_are_removed_after_a_while() {
        let (store, folder) = store();
        let limits = Limits::default();
        let abandoned = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
        let note = b"a note";
        // Kept on the 1st: one claimed by its submission, one never.
        store
            .attach(ID, &sha256_hex(PDF), PDF, "2026-12-01T09:00:00Z", &limits)
            .unwrap();
        store.keep(ID, "RDX-AAAA-AAAA", NOW, "{}").unwrap();
        store
            .attach(
                abandoned,
                &sha256_hex(note),
                note,
                "2026-12-01T09:00:00Z",
                &limits,
            )
            .unwrap();
        let used = store.used();
        // Not yet a week.
        assert_eq!(store.prune_unclaimed("2026-12-01T08:59:59Z").unwrap(), 0);
        assert_eq!(store.prune_unclaimed("2026-12-08T09:00:01Z").unwrap(), 1);
        assert_eq!(store.attached(abandoned, &sha256_hex(note)).unwrap(), None);
        assert!(!folder
            .path()
            .join("data/attachments")
            .join(abandoned)
            .exists());
        assert_eq!(store.used(), used - note.len() as u64);
        // The claimed one stays.
        assert_eq!(
            store.attached(ID, &sha256_hex(PDF)).unwrap().unwrap().1,
            PDF
        );
        assert_eq!(store.prune_unclaimed("2099-01-01T00:00:00Z").unwrap(), 0);
    }

    #[test]
    fn a_week_is_counted_from_now_and_a_file_already_gone_is_no_error() {
        let (store, folder) = store();
        let limits = Limits::default();
        let at = |text: &str| text.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
        store
            .attach(ID, &sha256_hex(PDF), PDF, "2026-12-01T09:00:00Z", &limits)
            .unwrap();
        // Removed by hand already: the row goes all the same.
        std::fs::remove_file(
            folder
                .path()
                .join("data/attachments")
                .join(ID)
                .join(sha256_hex(PDF)),
        )
        .unwrap();
        assert_eq!(prune_at(&store, at("2026-12-08T08:59:59Z")).unwrap(), 0);
        assert_eq!(prune_at(&store, at("2026-12-08T09:00:01Z")).unwrap(), 1);
        assert_eq!(store.attached(ID, &sha256_hex(PDF)).unwrap(), None);
        assert_eq!(store.used(), 0);
    }
}
