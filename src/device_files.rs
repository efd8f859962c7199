//! The person's files on their device until they are sent: in IndexedDB,
//! under the same rules as the answers (see [`crate::wizard`]). Each file
//! is kept under its journey and its SHA-256, so two tabs with journeys of
//! their own never touch each other's files:
//!
//! - sent, or "Clear my answers": that journey's files go
//!   ([`forget_journey`]);
//! - "Exit this page": every file goes, at once ([`forget_all`]);
//! - a reload finds them again; when the answers come back, files they no
//!   longer list go, and so do the files of journeys not opened for a day,
//!   whose tab was closed ([`tidy`]).
//!
//! Also here: reading a chosen file and its digest, with the browser's own
//! `File.arrayBuffer` and `crypto.subtle`. All of it is called only from the
//! later pages' chunk.

use std::cell::RefCell;
use std::rc::Rc;

use futures_channel::oneshot;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransactionMode};

/// The database, its version, and its two stores: the files' bytes under
/// `{journey}/{sha256}`, and when each journey was last opened.
const DATABASE: &str = "redress-files";
const VERSION: u32 = 1;
const FILES: &str = "files";
const JOURNEYS: &str = "journeys";

/// How long a journey's files outlive its last opening when another tab
/// tidies: a tab's answers end when it closes, which no page can see.
const UNOPENED_FOR_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// Something the browser would not do; what it said is not shown to the
/// person (they are told the file could not be kept or read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

impl<T> From<T> for Unavailable
where
    T: Into<JsValue>,
{
    fn from(_: T) -> Self {
        Unavailable
    }
}

/// Waits for one of the two callbacks that `arm` sets on a request or
/// transaction: success (true) or failure (false).
async fn settled(arm: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> bool {
    let (sender, receiver) = oneshot::channel::<bool>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let callback = |outcome: bool| {
        let sender = Rc::clone(&sender);
        Closure::<dyn FnMut()>::new(move || {
            if let Some(sender) = sender.borrow_mut().take() {
                let _ = sender.send(outcome);
            }
        })
    };
    let (succeeded, failed) = (callback(true), callback(false));
    arm(
        succeeded.as_ref().unchecked_ref(),
        failed.as_ref().unchecked_ref(),
    );
    receiver.await.unwrap_or(false)
}

/// The result of `request` once it succeeds.
async fn result(request: IdbRequest) -> Result<JsValue, Unavailable> {
    let done = settled(|ok, failed| {
        request.set_onsuccess(Some(ok));
        request.set_onerror(Some(failed));
    })
    .await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    if done {
        Ok(request.result()?)
    } else {
        Err(Unavailable)
    }
}

fn factory() -> Result<web_sys::IdbFactory, Unavailable> {
    web_sys::window()
        .ok_or(Unavailable)?
        .indexed_db()?
        .ok_or(Unavailable)
}

/// Whether the database is there: false only when the browser says so
/// (`indexedDB.databases()`, where it has it), so that a journey with no
/// files never makes one.
async fn exists() -> bool {
    let Ok(factory) = factory() else {
        return false;
    };
    let listing = js_sys::Reflect::get(&factory, &"databases".into())
        .ok()
        .and_then(|list| list.dyn_into::<js_sys::Function>().ok())
        .and_then(|list| list.call0(&factory).ok())
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    let Some(listing) = listing else {
        return true;
    };
    let Ok(found) = JsFuture::from(listing).await else {
        return true;
    };
    js_sys::Array::from(&found).iter().any(|database| {
        js_sys::Reflect::get(&database, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .is_some_and(|name| name == DATABASE)
    })
}

/// Opens the database, creating its stores the first time.
async fn open() -> Result<IdbDatabase, Unavailable> {
    let factory = factory()?;
    let request = factory.open_with_u32(DATABASE, VERSION)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|target| target.dyn_into::<IdbRequest>().ok())
            .and_then(|request| request.result().ok())
            .and_then(|database| database.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(FILES);
            let _ = database.create_object_store(JOURNEYS);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = result(request.clone().into()).await;
    request.set_onupgradeneeded(None);
    let database: IdbDatabase = opened?.dyn_into()?;
    // Another tab's "Exit this page" deletes the database: let it.
    let closing = database.clone();
    let close = Closure::<dyn FnMut()>::new(move || closing.close());
    database.set_onversionchange(Some(close.as_ref().unchecked_ref()));
    close.forget();
    Ok(database)
}

/// Runs `work` on both stores in one transaction that removes, and deletes
/// the database once it holds no files, so nothing is left behind.
async fn removing(
    work: impl AsyncFnOnce(&IdbObjectStore, &IdbObjectStore) -> Result<(), Unavailable>,
) -> Result<(), Unavailable> {
    let empty = with_stores(IdbTransactionMode::Readwrite, async |files, journeys| {
        work(&files, &journeys).await?;
        let left = result(files.count()?).await?.as_f64().unwrap_or(1.0);
        Ok(left == 0.0)
    })
    .await?;
    if empty {
        forget_all();
    }
    Ok(())
}

/// Runs `work` on both stores in one transaction and waits until the
/// transaction has finished (for writes: until they are on disk).
async fn with_stores<T>(
    mode: IdbTransactionMode,
    work: impl AsyncFnOnce(IdbObjectStore, IdbObjectStore) -> Result<T, Unavailable>,
) -> Result<T, Unavailable> {
    let database = open().await?;
    let names = js_sys::Array::of2(&FILES.into(), &JOURNEYS.into());
    let transaction = database.transaction_with_str_sequence_and_mode(&names, mode)?;
    let finished = {
        let transaction = transaction.clone();
        async move {
            let done = settled(|ok, failed| {
                transaction.set_oncomplete(Some(ok));
                transaction.set_onerror(Some(failed));
                transaction.set_onabort(Some(failed));
            })
            .await;
            transaction.set_oncomplete(None);
            transaction.set_onerror(None);
            transaction.set_onabort(None);
            done
        }
    };
    let outcome = work(
        transaction.object_store(FILES)?,
        transaction.object_store(JOURNEYS)?,
    )
    .await;
    if outcome.is_err() {
        let _ = transaction.abort();
    }
    let done = finished.await;
    database.close();
    match outcome {
        Ok(value) if done => Ok(value),
        _ => Err(Unavailable),
    }
}

fn key(journey: &str, sha256: &str) -> JsValue {
    format!("{journey}/{sha256}").into()
}

/// Every key of one journey's files.
fn journey_range(journey: &str) -> Result<IdbKeyRange, Unavailable> {
    Ok(IdbKeyRange::bound(
        &format!("{journey}/").into(),
        &format!("{journey}/\u{ffff}").into(),
    )?)
}

/// Keeps `bytes` as the file `sha256` of `journey`.
pub async fn keep(journey: &str, sha256: &str, bytes: &[u8]) -> Result<(), Unavailable> {
    let value = js_sys::Uint8Array::from(bytes);
    with_stores(IdbTransactionMode::Readwrite, async |files, journeys| {
        files.put_with_key(&value, &key(journey, sha256))?;
        journeys.put_with_key(&js_sys::Date::now().into(), &journey.into())?;
        Ok(())
    })
    .await
}

/// The bytes of the file `sha256` of `journey`, if they are still here.
pub async fn read(journey: &str, sha256: &str) -> Result<Option<Vec<u8>>, Unavailable> {
    with_stores(IdbTransactionMode::Readonly, async |files, _| {
        let found = result(files.get(&key(journey, sha256))?).await?;
        Ok(found
            .dyn_into::<js_sys::Uint8Array>()
            .ok()
            .map(|bytes| bytes.to_vec()))
    })
    .await
}

/// Which of the files `listed` (by digest) are no longer kept for
/// `journey` (storage cleared by the browser or the person).
pub async fn missing(journey: &str, listed: &[String]) -> Result<Vec<String>, Unavailable> {
    if listed.is_empty() {
        return Ok(Vec::new());
    }
    with_stores(IdbTransactionMode::Readonly, async |files, _| {
        let mut gone = Vec::new();
        for sha256 in listed {
            let found = result(files.count_with_key(&key(journey, sha256))?).await?;
            if found.as_f64().unwrap_or(0.0) == 0.0 {
                gone.push(sha256.clone());
            }
        }
        Ok(gone)
    })
    .await
}

/// Removes the file `sha256` of `journey`.
pub async fn remove(journey: &str, sha256: &str) -> Result<(), Unavailable> {
    removing(async |files, _| {
        files.delete(&key(journey, sha256))?;
        Ok(())
    })
    .await
}

/// Removes every file of `journey`, in the background.
pub fn forget_journey(journey: String) {
    if journey.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        if !exists().await {
            return;
        }
        let _ = removing(async |files, journeys| {
            let range = journey_range(&journey)?;
            files.delete(&range)?;
            journeys.delete(&journey.as_str().into())?;
            Ok(())
        })
        .await;
    });
}

/// Removes every file of every journey now: the database is deleted, which
/// the browser finishes even as the page goes.
pub fn forget_all() {
    if let Ok(factory) = factory() {
        let _ = factory.delete_database(DATABASE);
    }
}

/// After the answers come back: keeps only the files of `journey` that
/// `listed` names, marks the journey opened now, and removes the files of
/// journeys not opened for a day. In the background.
pub fn tidy(journey: String, listed: Vec<String>) {
    leptos::task::spawn_local(async move {
        if !exists().await {
            return;
        }
        let _ = removing(async |files, journeys| {
            let now = js_sys::Date::now();
            let keys = js_sys::Array::from(&result(files.get_all_keys()?).await?);
            let mut others = Vec::new();
            for key in keys.iter().filter_map(|key| key.as_string()) {
                let Some((owner, sha256)) = key.split_once('/') else {
                    files.delete(&key.as_str().into())?;
                    continue;
                };
                if owner == journey {
                    if !listed.iter().any(|kept| kept == sha256) {
                        files.delete(&key.as_str().into())?;
                    }
                } else if !others.iter().any(|other| other == owner) {
                    others.push(owner.to_owned());
                }
            }
            for other in others {
                let opened = result(journeys.get(&other.as_str().into())?)
                    .await?
                    .as_f64()
                    .unwrap_or(0.0);
                if now - opened > UNOPENED_FOR_MS {
                    let range = journey_range(&other)?;
                    files.delete(&range)?;
                    journeys.delete(&other.as_str().into())?;
                }
            }
            journeys.put_with_key(&now.into(), &journey.as_str().into())?;
            Ok(())
        })
        .await;
    });
}

/// The whole content of a file the person chose.
pub async fn bytes_of(file: &web_sys::File) -> Result<Vec<u8>, Unavailable> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The SHA-256 of `bytes` in lowercase hex, by the browser's own
/// `crypto.subtle` (only in a secure context: https, or this computer).
pub async fn sha256_hex(bytes: &[u8]) -> Result<String, Unavailable> {
    let subtle = web_sys::window().ok_or(Unavailable)?.crypto()?.subtle();
    let digest = JsFuture::from(subtle.digest_with_str_and_u8_array("SHA-256", bytes)?).await?;
    Ok(redress_core::hex(
        &js_sys::Uint8Array::new(&digest).to_vec(),
    ))
}
