//! Letters, photos or documents: the optional page after "What happened?".
//!
//! Each file is checked in the browser by its content and the council's
//! limits (`redress_core::attachment`), a photo loses its location and other
//! metadata, and what is left is kept on the device ([`crate::device_files`])
//! until the complaint is sent. The answers list each file by name, type,
//! size and SHA-256.

use leptos::prelude::*;
use redress_core::attachment::{self, AttachedFile, Held, Kind, Limits, Refusal};
use redress_core::journey::Step;

use crate::components::{use_page_title, BackLink, ErrorList, FileUpload};
use crate::config::CouncilConfig;
use crate::device_files;
use crate::i18n::Arg;
use crate::intl;
use crate::l10n::{use_i18n, I18n, Texts};
use crate::live_region::announce;
use crate::msg;
use crate::wizard::Wizard;

/// The id of the control that adds files, which every error links to.
pub const FILES_ID: &str = "evidence-files";

/// The most characters of a file's name kept (as the payload allows).
const NAME_LIMIT: usize = 255;

/// Why a file was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// One of the council's rules.
    Rule(Refusal),
    /// A JPEG whose metadata could not be taken out.
    Photo,
    /// The browser could not read, digest or keep it.
    Unreadable,
    /// Added before, but no longer kept on the device.
    Lost,
}

/// A file that was not added, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct NotAdded {
    /// The file's name.
    pub name: String,
    /// Why.
    pub why: Why,
}

impl NotAdded {
    /// What the person is told, naming the file.
    pub fn text(&self, texts: &dyn Texts, limits: &Limits) -> String {
        let name = ("name", Arg::from(self.name.as_str()));
        match self.why {
            Why::Rule(refusal) => {
                let limit = match refusal {
                    Refusal::TooBig { limit } | Refusal::TotalTooBig { limit } => {
                        Some(Arg::from(file_size(texts, limit)))
                    }
                    Refusal::TooMany { limit } => Some(Arg::from(limit as i64)),
                    Refusal::Empty | Refusal::NotAllowed | Refusal::AlreadyAdded => None,
                };
                let mut args = vec![name, ("kinds", Arg::from(kinds(texts, limits)))];
                args.extend(limit.map(|limit| ("limit", limit)));
                texts.text(refusal.message_id(), &args)
            }
            Why::Photo => texts.text(msg!("attachment-error-photo"), &[name]),
            Why::Unreadable => texts.text(msg!("attachment-error-unreadable"), &[name]),
            Why::Lost => texts.text(msg!("attachment-error-lost"), &[name]),
        }
    }
}

/// A kind's name, as the page lists it.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Pdf => msg!("evidence-kind-pdf"),
        Kind::Jpeg => msg!("evidence-kind-jpeg"),
        Kind::Png => msg!("evidence-kind-png"),
        Kind::Heic => msg!("evidence-kind-heic"),
        Kind::Word => msg!("evidence-kind-word"),
        Kind::WordLegacy => msg!("evidence-kind-word-legacy"),
        Kind::Text => msg!("evidence-kind-text"),
    }
}

/// The kinds the council accepts, as a list in the person's language.
fn kinds(texts: &dyn Texts, limits: &Limits) -> String {
    let names: Vec<String> = limits
        .kinds
        .iter()
        .map(|kind| texts.text(kind_name(*kind), &[]))
        .collect();
    intl::list(&texts.language(), &names)
}

/// A size in bytes as the person reads it: KB below a megabyte, else MB to
/// one decimal place (1 KB is 1,024 bytes, as file managers count).
pub fn file_size(texts: &dyn Texts, bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let bytes = bytes as f64;
    if bytes < KB * KB {
        let kb = (bytes / KB).ceil().max(1.0);
        texts.text(msg!("file-size-kb"), &[("size", Arg::Num(kb))])
    } else {
        texts.text(msg!("file-size-mb"), &[("size", Arg::Num(bytes / KB / KB))])
    }
}

/// A file as Check your answers and the copy of the answers list it: its
/// name and size.
pub fn file_line(texts: &dyn Texts, file: &AttachedFile) -> String {
    texts.text(
        msg!("evidence-file"),
        &[
            ("name", Arg::from(file.name.as_str())),
            ("size", Arg::from(file_size(texts, file.size))),
        ],
    )
}

/// Checks one chosen file against the files already added, takes a
/// photo's metadata out, and keeps what is left on the device.
async fn add_one(
    limits: &Limits,
    added: &[AttachedFile],
    journey: &str,
    file: &web_sys::File,
) -> Result<AttachedFile, Why> {
    // Far too large is refused before it is read into memory.
    attachment::check_size(limits, file.size() as u64).map_err(Why::Rule)?;
    let bytes = device_files::bytes_of(file)
        .await
        .map_err(|_| Why::Unreadable)?;
    let sent = attachment::to_send(bytes).map_err(|_| Why::Photo)?;
    let sha256 = device_files::sha256_hex(&sent)
        .await
        .map_err(|_| Why::Unreadable)?;
    let held: Vec<Held> = added
        .iter()
        .map(|file| Held {
            size: file.size,
            sha256: file.sha256.clone(),
        })
        .collect();
    let kind = attachment::check(limits, &held, &sent, &sha256).map_err(Why::Rule)?;
    device_files::keep(journey, &sha256, &sent)
        .await
        .map_err(|_| Why::Unreadable)?;
    Ok(AttachedFile {
        name: file.name().chars().take(NAME_LIMIT).collect(),
        media_type: kind.media_type().to_owned(),
        size: sent.len() as u64,
        sha256,
    })
}

/// Adds the chosen files one after the other, each to the answers as soon
/// as it is kept (so a reload loses nothing), saying what is happening.
fn add_all(
    i18n: I18n,
    wizard: Wizard,
    limits: StoredValue<Limits>,
    adding: RwSignal<Option<String>>,
    refused: RwSignal<Vec<NotAdded>>,
    chosen: Vec<web_sys::File>,
) {
    if chosen.is_empty() || adding.get_untracked().is_some() {
        return;
    }
    refused.set(Vec::new());
    leptos::task::spawn_local(async move {
        let journey = wizard.journey();
        let mut not_added = Vec::new();
        for file in chosen {
            let name = file.name();
            let status = i18n.t_with("evidence-adding", &[("name", name.as_str().into())]);
            announce(&status);
            adding.set(Some(status));
            let added = wizard
                .answers
                .with_untracked(|a| a.evidence.clone().unwrap_or_default());
            let limits = limits.get_value();
            match add_one(&limits, &added, &journey, &file).await {
                Ok(file) => {
                    wizard.answers.update(|answers| {
                        answers.evidence.get_or_insert_with(Vec::new).push(file);
                    });
                    announce(&i18n.t_with("evidence-added", &[("name", name.as_str().into())]));
                }
                Err(why) => not_added.push(NotAdded { name, why }),
            }
        }
        adding.set(None);
        refused.set(not_added);
    });
}

/// The files the answers list that are no longer on the device, as
/// errors (the person adds them again or removes them).
pub async fn lost(journey: &str, files: &[AttachedFile]) -> Vec<NotAdded> {
    let listed: Vec<String> = files.iter().map(|file| file.sha256.clone()).collect();
    let gone = device_files::missing(journey, &listed)
        .await
        .unwrap_or(listed);
    files
        .iter()
        .filter(|file| gone.contains(&file.sha256))
        .map(|file| NotAdded {
            name: file.name.clone(),
            why: Why::Lost,
        })
        .collect()
}

/// Removes one file from the answers and from the device.
fn remove(i18n: I18n, wizard: Wizard, refused: RwSignal<Vec<NotAdded>>, file: AttachedFile) {
    wizard.answers.update(|answers| {
        if let Some(files) = &mut answers.evidence {
            files.retain(|kept| kept.sha256 != file.sha256);
        }
    });
    refused.update(|list| list.retain(|not| !(not.why == Why::Lost && not.name == file.name)));
    announce(&i18n.t_with("evidence-removed", &[("name", file.name.as_str().into())]));
    let journey = wizard.journey();
    leptos::task::spawn_local(async move {
        let _ = device_files::remove(&journey, &file.sha256).await;
    });
    crate::browser::focus(FILES_ID);
}

/// The page: the file upload, the files added with Remove, and Continue.
#[component]
pub fn EvidencePage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let limits = StoredValue::new(expect_context::<CouncilConfig>().attachments);
    let adding = RwSignal::new(None::<String>);
    let refused = RwSignal::new(Vec::<NotAdded>::new());
    use_page_title(move || {
        let page = i18n.t("evidence-question");
        if refused.with(Vec::is_empty) {
            page
        } else {
            i18n.t_with("page-title-error", &[("title", page.into())])
        }
    });
    let errors = Signal::derive(move || {
        refused.with(|list| {
            limits.with_value(|limits| {
                list.iter()
                    .map(|not_added| (FILES_ID, not_added.text(&i18n, limits)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let rules = move || {
        limits.with_value(|limits| {
            vec![
                i18n.t_with(
                    "evidence-rules",
                    &[
                        ("files", (limits.max_files as i64).into()),
                        ("each", file_size(&i18n, limits.max_file_bytes).into()),
                        ("total", file_size(&i18n, limits.max_total_bytes).into()),
                    ],
                ),
                i18n.t_with("evidence-kinds", &[("kinds", kinds(&i18n, limits).into())]),
            ]
        })
    };
    // Files listed but gone from the device (storage cleared) are told at once.
    leptos::task::spawn_local(async move {
        let listed = wizard
            .answers
            .with_untracked(|a| a.evidence.clone().unwrap_or_default());
        let gone = lost(&wizard.journey(), &listed).await;
        if !gone.is_empty() {
            refused.set(gone);
        }
    });
    let on_files = Callback::new(move |chosen: Vec<web_sys::File>| {
        add_all(i18n, wizard, limits, adding, refused, chosen);
    });
    let files = move || {
        wizard
            .answers
            .with(|a| a.evidence.clone().unwrap_or_default())
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if adding.get_untracked().is_some() {
            return;
        }
        if refused.with_untracked(|list| list.iter().any(|not| not.why == Why::Lost)) {
            // Still to add again or remove: the summary says which.
            refused.update(|_| {});
            return;
        }
        let added = files();
        wizard.answer(Step::Evidence, |answers| answers.evidence = Some(added));
    };
    view! {
        <BackLink/>
        <div class="redress-grid">
            <div class="redress-grid__main">
                <ErrorList items=errors/>
                <form class="redress-form" novalidate on:submit=submit>
                    <FileUpload
                        id=FILES_ID
                        label=msg!("evidence-question")
                        hint=msg!("evidence-hint")
                        rules
                        photos=msg!("evidence-photos")
                        errors
                        adding
                        on_files
                    />
                    {move || {
                        let files = files();
                        (!files.is_empty())
                            .then(|| {
                                view! {
                                    <h2 class="redress-heading-m">{i18n.text("evidence-added-heading")}</h2>
                                    <ul class="redress-file-list">
                                        {files
                                            .into_iter()
                                            .map(|file| {
                                                let line = file_line(&i18n, &file);
                                                let name = file.name.clone();
                                                view! {
                                                    <li class="redress-file-list__item">
                                                        <span class="redress-file-list__name">{line}</span>
                                                        <button
                                                            type="button"
                                                            class="redress-button redress-button--secondary redress-file-list__remove"
                                                            on:click=move |_| remove(i18n, wizard, refused, file.clone())
                                                        >
                                                            {i18n.text("evidence-remove")}
                                                            <span class="redress-visually-hidden">" " {name}</span>
                                                        </button>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                    }}
                    <button
                        type="submit"
                        class="redress-button"
                        aria-disabled=move || adding.with(Option::is_some).then_some("true")
                    >
                        {i18n.text("continue")}
                    </button>
                </form>
            </div>
        </div>
    }
}
