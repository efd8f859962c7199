//! The journey's state in the page: the answers, the current step, and the
//! browser's history and storage kept in step with them.
//!
//! Routing is decided by `redress_core::journey`; this module only applies
//! its answers to signals, history entries and sessionStorage.

use leptos::prelude::*;
use redress_core::journey::{self, Answers, Rules, Step};
use redress_core::json::Json;
use redress_core::submission::{Envelope, Submission};
use serde::{Deserialize, Serialize};

use crate::browser::{self, Store};

/// The sessionStorage key the journey is saved under.
const STORAGE_KEY: &str = "redress.journey";

/// What is saved between reloads: enough to put the person back where they
/// were with everything they had answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Saved {
    step: Option<Step>,
    checking: bool,
    #[serde(default)]
    on_device: bool,
    answers: Answers,
    #[serde(default)]
    pending: Option<Pending>,
    /// Names the journey's files on the device (see [`crate::device_files`]).
    #[serde(default)]
    journey: String,
}

/// A send that has started but not yet arrived: the same id and reference
/// are used for every try, across reloads, as long as the answers are the
/// ones first sent. Kept with the answers until a 2xx answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// The id, reference and times of the first try.
    pub envelope: Envelope,
    /// The answers as first sent; changed answers make a new submission.
    pub answers: Answers,
    /// Whether tries are under way (resumed after a reload), rather than
    /// stopped for the person to choose.
    pub sending: bool,
}

/// What was sent, for the confirmation page.
#[derive(Clone, Debug, PartialEq)]
pub struct Receipt {
    /// The submission, with the receiver's reference if it gave one.
    pub submission: Submission,
    /// Whether it went by the person's email program (so has not arrived
    /// until they send that email).
    pub by_email: bool,
}

/// The wizard's state, provided as context to every page.
#[derive(Clone, Copy)]
pub struct Wizard {
    /// The answers so far.
    pub answers: RwSignal<Answers>,
    /// The page on screen.
    pub step: RwSignal<Step>,
    /// Whether the person came from Check your answers through a Change link.
    pub checking: RwSignal<bool>,
    /// Whether the person chose to keep their answers on this device
    /// (localStorage) rather than in this tab only.
    pub on_device: RwSignal<bool>,
    /// What was sent, once it has been: shown on the confirmation page and
    /// kept only in memory.
    pub receipt: RwSignal<Option<Receipt>>,
    /// A send under way or interrupted (the outbox).
    pub pending: RwSignal<Option<Pending>>,
    /// Names this journey's files on the device: new with each journey.
    journey: StoredValue<String>,
    /// Read with the later pages (see [`Wizard::restore`]).
    routing: StoredValue<Option<Routing>>,
}

/// How the journey is routed, once the later pages have brought it: the
/// rules, and the function that finds the page to show for one asked for
/// (held as a pointer, so that its code stays with the later pages).
#[derive(Clone)]
struct Routing {
    rules: Rules,
    resolve: fn(Step, &Answers, &Rules) -> Step,
    /// Removes one journey's files from the device, in the background.
    forget_files: fn(String),
    /// Removes every journey's files from the device now.
    forget_all_files: fn(),
}

/// A new journey's name for its files: 128 random bits in hex.
fn new_journey() -> String {
    redress_core::hex(&browser::random_bytes::<16>())
}

/// The saved journey's JSON: this tab's, else this device's.
fn saved_json() -> Option<String> {
    [Store::Tab, Store::Device]
        .into_iter()
        .find_map(|store| browser::store_get(store, STORAGE_KEY))
}

/// What the first page needs of a saved journey, read without serde: the
/// step it was on, and whether it is kept on this device.
fn saved_place() -> (Step, bool) {
    let Some(saved) = saved_json().and_then(|json| Json::parse(&json)) else {
        return (Step::Start, false);
    };
    let step = saved
        .get("step")
        .as_str()
        .and_then(Step::from_name)
        .unwrap_or(Step::Start);
    (step, saved.get("on_device").as_bool().unwrap_or(false))
}

impl Wizard {
    /// A journey at `step`, with no answers yet, touching neither history
    /// nor storage: what the prerendered start pages show.
    pub fn at(step: Step, on_device: bool) -> Wizard {
        Wizard {
            answers: RwSignal::new(Answers::default()),
            step: RwSignal::new(step),
            checking: RwSignal::new(false),
            on_device: RwSignal::new(on_device),
            receipt: RwSignal::new(None),
            pending: RwSignal::new(None),
            journey: StoredValue::new(String::new()),
            routing: StoredValue::new(None),
        }
    }

    /// The journey at the step it was saved on (the start, if none was
    /// saved), with history kept in step with it from now on.
    ///
    /// The answers themselves, and the rules the journey is routed by, come
    /// with the later pages ([`Wizard::restore`]): the first page needs
    /// neither, and every other page waits for them.
    pub fn open() -> Wizard {
        let (step, on_device) = saved_place();
        // Mounted, the browser's storage is the council site's own, which
        // every script on its pages can read: the answers stay in this tab.
        let on_device = on_device && crate::embed::mode() != crate::embed::Mode::Mounted;
        let wizard = Wizard::at(step, on_device);
        browser::replace_history(step.name());
        browser::on_history_pop(move |state| {
            // Leaving: going back through the entries is the way out.
            if browser::leaving() {
                return;
            }
            let requested = state
                .as_deref()
                .and_then(Step::from_name)
                .unwrap_or(Step::Start);
            // Before the rules arrive, the page asked for is shown as it
            // is; `restore` then routes it.
            let shown = wizard.routing.with_value(|routing| match routing {
                Some(Routing { rules, resolve, .. }) => wizard
                    .answers
                    .with_untracked(|a| resolve(requested, a, rules)),
                None => requested,
            });
            wizard.step.set(shown);
        });
        wizard
    }

    /// Puts back the answers saved in this tab (or on this device), routes
    /// by `rules` from now on, and keeps storage in step with the journey.
    /// Called once, with the later pages.
    pub fn restore(&self, rules: Rules) {
        let saved: Saved = saved_json()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let shown = self.step.get_untracked();
        let step = journey::resolve(shown, &saved.answers, &rules);
        let journey = if saved.journey.is_empty() {
            new_journey()
        } else {
            saved.journey
        };
        // Files the answers no longer list (or whose tab has long closed)
        // go; those listed stay for this journey.
        let listed = saved
            .answers
            .evidence
            .iter()
            .flatten()
            .map(|file| file.sha256.clone())
            .collect();
        crate::device_files::tidy(journey.clone(), listed);
        self.journey.set_value(journey);
        self.answers.set(saved.answers);
        self.checking.set(saved.checking);
        self.pending.set(saved.pending);
        self.routing.set_value(Some(Routing {
            rules,
            resolve: journey::resolve,
            forget_files: crate::device_files::forget_journey,
            forget_all_files: crate::device_files::forget_all,
        }));
        if step != shown {
            self.step.set(step);
            browser::replace_history(step.name());
        }
        let wizard = *self;
        Effect::new(move |_| {
            if wizard.receipt.with(Option::is_some) {
                // Sent: nothing more is stored (cleared in `sent`).
                return;
            }
            let saved = Saved {
                step: Some(wizard.step.get()),
                checking: wizard.checking.get(),
                on_device: wizard.on_device.get(),
                answers: wizard.answers.get(),
                pending: wizard.pending.get(),
                journey: wizard.journey.get_value(),
            };
            if let Ok(json) = serde_json::to_string(&saved) {
                browser::store_set(Store::Tab, STORAGE_KEY, &json);
                if saved.on_device {
                    browser::store_set(Store::Device, STORAGE_KEY, &json);
                } else {
                    browser::store_remove(Store::Device, STORAGE_KEY);
                }
            }
        });
    }

    /// The wizard provided by the app.
    pub fn get() -> Wizard {
        expect_context()
    }

    /// The name this journey's files are kept under on the device.
    pub fn journey(&self) -> String {
        self.journey.get_value()
    }

    /// Removes this journey's files from the device (the answers that list
    /// them are going), and names a new journey for any added from now on.
    fn forget_files(&self) {
        let journey = self.journey.get_value();
        self.routing.with_value(|routing| {
            // Files are added only once the later pages are here.
            if let Some(routing) = routing {
                (routing.forget_files)(journey);
            }
        });
        self.journey.set_value(new_journey());
    }

    /// Removes every journey's files from the device now ("Exit this
    /// page": nothing of anyone's is left behind, not even the database).
    pub fn forget_all_files(&self) {
        self.routing.with_value(|routing| {
            if let Some(routing) = routing {
                (routing.forget_all_files)();
            }
        });
        // Already gone: forgetting the answers has no files left to remove.
        self.journey.set_value(String::new());
    }

    /// Whether "Exit this page" is offered: on every page of a complaint from
    /// the safety question on, where someone at risk may be.
    pub fn shows_exit(&self) -> bool {
        let step = self.step.get();
        let complaint = self.answers.with(|a| {
            a.kind
                .is_some_and(redress_core::journey::ContactKind::is_complaint)
        });
        complaint && !matches!(step, Step::Start | Step::Kind | Step::Confirmation)
    }

    /// Today and the council's time limits, for routing. Until the later
    /// pages have read the council's procedures, only the start page (or a
    /// page saying the later pages are on their way) is on screen, and no
    /// time limits apply.
    pub fn rules(&self) -> Rules {
        self.routing.with_value(|routing| match routing {
            Some(routing) => routing.rules.clone(),
            None => Rules::new(crate::intl::today_in_uk()),
        })
    }

    /// Shows `step` as a new page: a history entry of its own, so the
    /// browser's Back button returns here.
    pub fn go(&self, step: Step) {
        if step == Step::Check {
            self.checking.set(false);
        }
        self.step.set(step);
        browser::push_history(step.name());
    }

    /// Applies the person's answer on `step` and moves to where the journey
    /// goes next.
    pub fn answer(&self, step: Step, update: impl FnOnce(&mut Answers)) {
        let rules = self.rules();
        self.answers.update(|answers| {
            update(answers);
            *answers = answers.relevant(&rules);
        });
        let next = self.answers.with_untracked(|answers| {
            journey::next(step, answers, &rules, self.checking.get_untracked())
        });
        self.go(next);
    }

    /// Continues from an interruption page the person has read.
    pub fn acknowledge(&self, step: Step) {
        self.answer(step, |answers| answers.acknowledge(step));
    }

    /// Where the Back link of the current page goes.
    pub fn back_target(&self) -> Option<Step> {
        let rules = self.rules();
        let step = self.step.get();
        self.answers
            .with(|answers| journey::previous(step, answers, &rules))
    }

    /// Opens `step` from Check your answers, to return there afterwards.
    pub fn change(&self, step: Step) {
        self.checking.set(true);
        self.step.set(step);
        browser::push_history(step.name());
    }

    /// The envelope for sending the current answers: the pending one if
    /// these answers were already being sent (so a retry is recognised as
    /// the same submission), otherwise a new one from `new`, kept as pending.
    pub fn envelope_for(&self, new: impl FnOnce() -> Envelope) -> Envelope {
        let answers = self.answers.get_untracked();
        if let Some(pending) = self.pending.get_untracked() {
            if pending.answers == answers {
                return pending.envelope;
            }
        }
        let envelope = new();
        self.pending.set(Some(Pending {
            envelope: envelope.clone(),
            answers,
            sending: false,
        }));
        envelope
    }

    /// Records whether tries are under way (to resume them after a reload)
    /// or stopped for the person to choose what to do.
    pub fn set_sending(&self, sending: bool) {
        self.pending.update(|pending| {
            if let Some(pending) = pending {
                pending.sending = sending;
            }
        });
    }

    /// Records a successful send: the receipt is kept in memory for the
    /// confirmation page, and every stored answer is cleared.
    pub fn sent(&self, submission: Submission, by_email: bool) {
        if !by_email {
            // The reference only: nothing the person typed leaves for the host.
            crate::embed::tell_host("submitted", &submission.reference);
        }
        self.receipt.set(Some(Receipt {
            submission,
            by_email,
        }));
        self.pending.set(None);
        browser::store_remove(Store::Tab, STORAGE_KEY);
        browser::store_remove(Store::Device, STORAGE_KEY);
        self.forget_files();
        self.on_device.set(false);
        self.answers.set(Answers::default());
        self.checking.set(false);
        self.step.set(Step::Confirmation);
        browser::push_history(Step::Confirmation.name());
    }

    /// Forgets every answer, in memory and in storage, without moving.
    pub fn forget(&self) {
        browser::store_remove(Store::Tab, STORAGE_KEY);
        browser::store_remove(Store::Device, STORAGE_KEY);
        self.forget_files();
        self.on_device.set(false);
        self.receipt.set(None);
        self.pending.set(None);
        self.answers.set(Answers::default());
        self.checking.set(false);
    }

    /// Forgets every answer and returns to the start.
    pub fn clear(&self) {
        self.forget();
        self.go(Step::Start);
    }
}
