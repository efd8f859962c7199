//! "What happens next" in words: each stage of a complaint's procedure and
//! its milestones with their dates, in the person's language. Shown on the
//! confirmation page and written in the acknowledgement the council emails
//! (natively, by the receiver), from the same messages.

use redress_core::timeline::{DateWindow, Timeline, When};

use crate::l10n::Texts;

/// "What: by due", or with the latest day where it may be extended.
pub fn due_line(texts: &dyn Texts, what: String, window: &DateWindow) -> String {
    if window.latest > window.due {
        texts.text(
            "timeline-due-extendable",
            &[
                ("what", what.into()),
                ("due", window.due.into()),
                ("latest", window.latest.into()),
            ],
        )
    } else {
        texts.text(
            "timeline-due",
            &[("what", what.into()), ("due", window.due.into())],
        )
    }
}

/// The name of the timeline's stage with this id, in the person's language.
pub fn stage_name(texts: &dyn Texts, timeline: &Timeline, id: &str) -> String {
    timeline
        .stages
        .iter()
        .find(|stage| stage.id == id)
        .map_or_else(|| id.to_owned(), |stage| texts.text(&stage.message_id, &[]))
}

/// One stage of "what happens next": its name, what happens at it (if the
/// procedure says), and its lines.
pub struct StageLines {
    /// The stage's name.
    pub name: String,
    /// What happens at it, where the procedure says.
    pub about: Option<String>,
    /// Its milestones and their dates.
    pub lines: Vec<String>,
}

/// What happens next, stage by stage: each milestone and by when; a stage
/// with no timescale says so, and a stage that only happens if the council
/// does not agree to start later says that first.
pub fn milestone_lines(texts: &dyn Texts, timeline: &Timeline) -> Vec<StageLines> {
    let starts_at = stage_name(texts, timeline, &timeline.starts_at);
    timeline
        .stages
        .iter()
        .zip(timeline.awaiting_request())
        .map(|(stage, awaiting)| {
            let condition = stage.if_not_agreed.then(|| {
                texts.text(
                    "timeline-if-not-agreed",
                    &[("stage", starts_at.clone().into())],
                )
            });
            let dates = stage.milestones.iter().map(|milestone| {
                if milestone.is_request_window() {
                    // The time to ask for a stage counts from a response whose
                    // day is not known yet: told as the rule, not a date.
                    let count = i64::from(milestone.duration.normal);
                    return texts.text(&milestone.message_id, &[("count", count.into())]);
                }
                let what = texts.text(&milestone.message_id, &[]);
                match &milestone.when {
                    When::Dated(_) if awaiting => {
                        texts.text("timeline-waiting", &[("what", what.into())])
                    }
                    When::Dated(window) => due_line(texts, what, window),
                    When::Waiting { .. } => {
                        texts.text("timeline-waiting", &[("what", what.into())])
                    }
                }
            });
            let undated = stage
                .milestones
                .is_empty()
                .then(|| texts.text("timeline-no-date", &[]));
            StageLines {
                name: texts.text(&stage.message_id, &[]),
                about: stage.description_id.as_ref().map(|id| texts.text(id, &[])),
                lines: condition.into_iter().chain(dates).chain(undated).collect(),
            }
        })
        .collect()
}

/// Where starting at the stage asked for needs the council's agreement:
/// what happens if it does not agree.
pub fn entry_note(texts: &dyn Texts, timeline: &Timeline) -> Option<String> {
    let otherwise = timeline.otherwise.as_ref()?;
    Some(texts.text(
        "timeline-needs-agreement",
        &[
            (
                "stage",
                stage_name(texts, timeline, &timeline.starts_at).into(),
            ),
            ("otherwise", stage_name(texts, timeline, otherwise).into()),
        ],
    ))
}
