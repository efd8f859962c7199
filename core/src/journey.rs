//! The journey: which page comes next, given the answers so far.
//!
//! The whole route through the wizard is one function, [`after`], the
//! routing table. Everything else is derived from it: the [`path`] a person
//! has taken, where Continue goes ([`next`]), where Back goes ([`previous`]),
//! where a Change link returns to, and which answers still count
//! ([`Answers::relevant`]). Pages never decide routes themselves.
//!
//! ```
//! use redress_core::journey::{next, path, Answers, ContactKind, Rules, Step};
//!
//! let rules = Rules::new("2026-11-20".parse().unwrap());
//! let mut answers = Answers::default();
//! answers.acknowledge(Step::Start);
//! answers.kind = Some(ContactKind::Compliment);
//! assert_eq!(next(Step::Kind, &answers, &rules, false), Step::Service);
//! assert_eq!(path(&answers, &rules), [Step::Start, Step::Kind, Step::Service]);
//! ```

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::contact::{ContactDetails, Support};
use crate::date::Date;
use crate::procedure::{Framework, Procedure, TimeLimit};
use crate::timeline::{check_time_limit, ApproximateDate, TimeLimitStatus};

/// One page of the wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// What the service is for; the Start button.
    Start,
    /// Complaint, compliment, or comment or suggestion.
    Kind,
    /// Is anyone in danger or at risk of harm?
    Safety,
    /// Interruption: who to call now, with the choice to carry on.
    SafetyAdvice,
    /// Who the complaint is for.
    Who,
    /// The person complained for: their name and how you know them.
    Representation,
    /// Have they agreed to you complaining for them?
    Consent,
    /// Interruption: permission will be needed; what we may not share.
    ConsentAdvice,
    /// What it is about: the triage question.
    Topic,
    /// Adult social care: who arranges and pays for the care?
    CareArrangement,
    /// Self-funded care: complain to the provider, unless it is about the
    /// council's own part.
    SelfFunded,
    /// Not something the complaints procedure can deal with: where to go.
    Signpost,
    /// Have you talked to the service already?
    TalkedToService,
    /// Interruption: talking first often helps; carry on anyway.
    TalkFirstAdvice,
    /// When it happened and when you found out.
    When,
    /// Past (or near) the time limit: why now?
    LateReason,
    /// Which service or team.
    Service,
    /// A compliment's or comment's text.
    Message,
    /// What happened (a complaint).
    WhatHappened,
    /// What would put things right.
    PutRight,
    /// How you would like it handled, and whether you want a meeting.
    Handling,
    /// Permission to look at records.
    Records,
    /// Confidentiality wishes, with their limit.
    Confidentiality,
    /// Support: language, formats, advocacy, someone helping.
    Support,
    /// Name and how to contact you.
    Contact,
    /// Check your answers.
    Check,
    /// Sent: the reference and what happens next.
    Confirmation,
}

impl Step {
    /// Every step, in the order of the enum.
    pub const ALL: [Step; 27] = [
        Step::Start,
        Step::Kind,
        Step::Safety,
        Step::SafetyAdvice,
        Step::Who,
        Step::Representation,
        Step::Consent,
        Step::ConsentAdvice,
        Step::Topic,
        Step::CareArrangement,
        Step::SelfFunded,
        Step::Signpost,
        Step::TalkedToService,
        Step::TalkFirstAdvice,
        Step::When,
        Step::LateReason,
        Step::Service,
        Step::Message,
        Step::WhatHappened,
        Step::PutRight,
        Step::Handling,
        Step::Records,
        Step::Confidentiality,
        Step::Support,
        Step::Contact,
        Step::Check,
        Step::Confirmation,
    ];

    /// The step's name in storage, history and messages to the host page,
    /// such as `safety-advice`: the same as its JSON form, without needing a
    /// JSON writer (the first load carries none).
    pub const fn name(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Kind => "kind",
            Step::Safety => "safety",
            Step::SafetyAdvice => "safety-advice",
            Step::Who => "who",
            Step::Representation => "representation",
            Step::Consent => "consent",
            Step::ConsentAdvice => "consent-advice",
            Step::Topic => "topic",
            Step::CareArrangement => "care-arrangement",
            Step::SelfFunded => "self-funded",
            Step::Signpost => "signpost",
            Step::TalkedToService => "talked-to-service",
            Step::TalkFirstAdvice => "talk-first-advice",
            Step::When => "when",
            Step::LateReason => "late-reason",
            Step::Service => "service",
            Step::Message => "message",
            Step::WhatHappened => "what-happened",
            Step::PutRight => "put-right",
            Step::Handling => "handling",
            Step::Records => "records",
            Step::Confidentiality => "confidentiality",
            Step::Support => "support",
            Step::Contact => "contact",
            Step::Check => "check",
            Step::Confirmation => "confirmation",
        }
    }

    /// The step called `name` (see [`Step::name`]).
    pub fn from_name(name: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.name() == name)
    }
}

/// What the person wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// Something went wrong; it goes through a procedure with deadlines.
    Complaint,
    /// Something went well.
    Compliment,
    /// A comment or a suggestion.
    Comment,
}

/// Who the complaint is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Who {
    /// The person complaining is the person affected.
    Myself,
    /// A relative, friend or someone else.
    SomeoneElse,
    /// An advocate or a professional acting for the person.
    Professional,
}

/// The person a representative complains for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Representation {
    /// Their name, as the person typed it.
    pub name: String,
    /// How the representative knows them ("my mother", "advocate").
    pub relationship: String,
}

/// Has the person complained for agreed to it?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Consent {
    /// Yes, they have agreed.
    Given,
    /// They cannot agree, for this reason.
    CannotGive(CannotConsent),
    /// Not yet: permission will be needed before the council can act.
    NotYet,
}

/// Why the person complained for cannot agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CannotConsent {
    /// They are a child.
    Child,
    /// They lack the mental capacity to decide.
    LacksCapacity,
    /// They have died.
    Died,
}

/// What the complaint is about: the triage answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Children's social care: the children's statutory procedure.
    ChildrensSocialCare,
    /// Adult social care: asks who arranges the care next.
    AdultSocialCare,
    /// A child protection conference decision: has its own appeal route.
    ChildProtectionConference,
    /// Something a court has decided or is deciding.
    CourtMatter,
    /// Asking for a service for the first time is a request, not a complaint.
    FirstRequest,
    /// Any other council service: the council's general procedure.
    OtherService,
}

impl Topic {
    /// Every answer to "What is your complaint about?".
    pub const ALL: [Topic; 6] = [
        Topic::ChildrensSocialCare,
        Topic::AdultSocialCare,
        Topic::ChildProtectionConference,
        Topic::CourtMatter,
        Topic::FirstRequest,
        Topic::OtherService,
    ];

    /// The service id a procedure's deadlines may depend on (a milestone's
    /// `service` or `except_services`): `adult-social-care`,
    /// `childrens-social-care`, or `other` for any other council service.
    /// `None` for topics that are signposted elsewhere.
    pub const fn service(self) -> Option<&'static str> {
        match self {
            Topic::ChildrensSocialCare => Some("childrens-social-care"),
            Topic::AdultSocialCare => Some("adult-social-care"),
            Topic::OtherService => Some("other"),
            Topic::ChildProtectionConference | Topic::CourtMatter | Topic::FirstRequest => None,
        }
    }
}

/// Who arranges and pays for adult social care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CareArrangement {
    /// The council arranges it (even if the person pays towards it).
    Council,
    /// The person arranges and pays for it themselves.
    SelfFunded,
}

/// Which of the council's procedures a complaint goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProcedureRole {
    /// Children's social care (statutory).
    Children,
    /// Adult social care (statutory).
    Adults,
    /// The council's general (corporate) procedure.
    General,
}

/// Why a contact is not for the complaints procedure, and so where to go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignpostReason {
    /// Child protection conference decisions have their own challenge route.
    ChildProtectionConference,
    /// Courts decide court matters.
    CourtMatter,
    /// A first request for a service goes to the service.
    FirstRequest,
    /// Self-funded care: the provider first, then the Ombudsman; the CQC.
    CareProvider,
    /// Social care where Health and Social Care Trusts run it, not the
    /// council (Northern Ireland): the Trust's own complaints procedure.
    SocialCareTrust,
}

/// The answers so far. Every field is optional until its page is answered;
/// [`Answers::relevant`] drops answers a changed route no longer reaches.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Complaint, compliment or comment.
    pub kind: Option<ContactKind>,
    /// Is anyone at risk of harm?
    pub at_risk: Option<bool>,
    /// Who the complaint is for.
    pub who: Option<Who>,
    /// The person complained for, if not the complainant.
    pub representation: Option<Representation>,
    /// Their agreement.
    pub consent: Option<Consent>,
    /// What it is about.
    pub topic: Option<Topic>,
    /// Who arranges adult social care.
    pub care: Option<CareArrangement>,
    /// For self-funded care: is it about the council's own part?
    pub about_council_part: Option<bool>,
    /// Has the person talked to the service already?
    pub talked_to_service: Option<bool>,
    /// When it happened.
    pub happened: Option<ApproximateDate>,
    /// When the person found out, if later than it happened.
    pub found_out: Option<ApproximateDate>,
    /// Why the complaint is made now, if past or near the time limit.
    pub late_reason: Option<String>,
    /// Which service or team.
    pub service: Option<String>,
    /// A compliment's or comment's text.
    pub message: Option<String>,
    /// What happened.
    pub what_happened: Option<String>,
    /// What would put things right.
    pub put_right: Option<String>,
    /// The resolution option chosen (an option id of the procedure).
    pub handling: Option<String>,
    /// Whether the person would like a meeting.
    pub meeting: Option<bool>,
    /// Permission to look at records.
    pub records: Option<bool>,
    /// Whether the person wants things kept confidential.
    pub confidential: Option<bool>,
    /// What they want kept confidential, as typed (possibly empty).
    pub confidential_detail: Option<String>,
    /// The support they need.
    pub support: Option<Support>,
    /// How to reach them.
    pub contact: Option<ContactDetails>,
    /// Interruption pages the person has read and continued from.
    pub acknowledged: BTreeSet<Step>,
}

impl Answers {
    /// Records that the person read an interruption page and carried on.
    pub fn acknowledge(&mut self, step: Step) {
        self.acknowledged.insert(step);
    }

    /// Whether a page has been answered (for question pages) or read (for
    /// interruption pages), so the journey can pass it.
    pub fn is_answered(&self, step: Step) -> bool {
        match step {
            Step::Start
            | Step::SafetyAdvice
            | Step::ConsentAdvice
            | Step::TalkFirstAdvice
            | Step::Check => self.acknowledged.contains(&step),
            Step::Kind => self.kind.is_some(),
            Step::Safety => self.at_risk.is_some(),
            Step::Who => self.who.is_some(),
            Step::Representation => self.representation.is_some(),
            Step::Consent => self.consent.is_some(),
            Step::Topic => self.topic.is_some(),
            Step::CareArrangement => self.care.is_some(),
            Step::SelfFunded => self.about_council_part.is_some(),
            Step::TalkedToService => self.talked_to_service.is_some(),
            Step::When => self.happened.is_some(),
            Step::LateReason => self.late_reason.is_some(),
            Step::Service => self.service.is_some(),
            Step::Message => self.message.is_some(),
            Step::WhatHappened => self.what_happened.is_some(),
            Step::PutRight => self.put_right.is_some(),
            Step::Handling => self.meeting.is_some(),
            Step::Records => self.records.is_some(),
            Step::Confidentiality => self.confidential.is_some(),
            Step::Support => self.support.is_some(),
            Step::Contact => self.contact.is_some(),
            // End pages: nothing to answer, nothing after them.
            Step::Signpost | Step::Confirmation => false,
        }
    }

    /// The answers with everything the current route no longer reaches
    /// removed, so a changed mind leaves nothing stale behind.
    pub fn relevant(&self, rules: &Rules) -> Answers {
        let on_path: BTreeSet<Step> = route(self, rules).into_iter().collect();
        let keep = |step: Step| on_path.contains(&step);
        let mut answers = Answers::default();
        macro_rules! keep_if {
            ($step:expr, $($field:ident),+) => {
                if keep($step) {
                    $(answers.$field = self.$field.clone();)+
                }
            };
        }
        keep_if!(Step::Kind, kind);
        keep_if!(Step::Safety, at_risk);
        keep_if!(Step::Who, who);
        keep_if!(Step::Representation, representation);
        keep_if!(Step::Consent, consent);
        keep_if!(Step::Topic, topic);
        keep_if!(Step::CareArrangement, care);
        keep_if!(Step::SelfFunded, about_council_part);
        keep_if!(Step::TalkedToService, talked_to_service);
        keep_if!(Step::When, happened, found_out);
        keep_if!(Step::LateReason, late_reason);
        keep_if!(Step::Service, service);
        keep_if!(Step::Message, message);
        keep_if!(Step::WhatHappened, what_happened);
        keep_if!(Step::PutRight, put_right);
        keep_if!(Step::Handling, handling, meeting);
        keep_if!(Step::Records, records);
        keep_if!(Step::Confidentiality, confidential, confidential_detail);
        keep_if!(Step::Support, support);
        keep_if!(Step::Contact, contact);
        answers.acknowledged = self
            .acknowledged
            .iter()
            .copied()
            .filter(|step| keep(*step))
            .collect();
        answers
    }
}

/// What routing needs besides the answers: today's date and the time limit
/// of each of the council's procedures.
#[derive(Clone, Debug, PartialEq)]
pub struct Rules {
    /// The day the person is filling in the form (council-local).
    pub today: Date,
    /// The children's procedure's time limit.
    pub children_limit: Option<TimeLimit>,
    /// The adults' procedure's time limit.
    pub adults_limit: Option<TimeLimit>,
    /// The general procedure's time limit.
    pub general_limit: Option<TimeLimit>,
    /// Whether social care is the Health and Social Care Trusts', not the
    /// council's (Northern Ireland), so social care complaints go there.
    pub social_care_by_trusts: bool,
}

impl Rules {
    /// Rules for `today` with no time limits set.
    pub fn new(today: Date) -> Rules {
        Rules {
            today,
            children_limit: None,
            adults_limit: None,
            general_limit: None,
            social_care_by_trusts: false,
        }
    }

    /// The time limit of the procedure with this role.
    pub fn limit(&self, role: ProcedureRole) -> Option<&TimeLimit> {
        match role {
            ProcedureRole::Children => self.children_limit.as_ref(),
            ProcedureRole::Adults => self.adults_limit.as_ref(),
            ProcedureRole::General => self.general_limit.as_ref(),
        }
    }
}

/// A complaint's procedure and the reason it was chosen, for the person to
/// see (the reason is a Fluent message id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Routing {
    /// Which procedure.
    pub role: ProcedureRole,
    /// Why, as a Fluent message id.
    pub reason: &'static str,
}

impl Routing {
    /// The reason to show when the council's procedure for this role is
    /// `procedure`: a council that takes adult social care complaints through
    /// its own procedure (Barnsley, seed 004: "We use the same procedure for
    /// investigating complaints about adult social care services") must not
    /// tell the person the statutory procedure applies.
    pub fn reason_in(&self, procedure: &Procedure) -> &'static str {
        let statutory = procedure.framework == Framework::AdultSocialCareEngland;
        match self.reason {
            "routing-reason-adults" if !statutory => msg!("routing-reason-adults-own-procedure"),
            "routing-reason-adults-council-part" if !statutory => {
                msg!("routing-reason-adults-council-part-own-procedure")
            }
            reason => reason,
        }
    }
}

/// The procedure a complaint goes through, once the answers say; `None` for
/// compliments, comments, signposted contacts and unanswered triage.
pub fn routing(answers: &Answers) -> Option<Routing> {
    if answers.kind != Some(ContactKind::Complaint) {
        return None;
    }
    let (role, reason) = match (answers.topic?, answers.care, answers.about_council_part) {
        (Topic::ChildrensSocialCare, _, _) => {
            (ProcedureRole::Children, msg!("routing-reason-children"))
        }
        (Topic::AdultSocialCare, Some(CareArrangement::Council), _) => {
            (ProcedureRole::Adults, msg!("routing-reason-adults"))
        }
        (Topic::AdultSocialCare, Some(CareArrangement::SelfFunded), Some(true)) => (
            ProcedureRole::Adults,
            msg!("routing-reason-adults-council-part"),
        ),
        (Topic::OtherService, _, _) => (ProcedureRole::General, msg!("routing-reason-general")),
        _ => return None,
    };
    Some(Routing { role, reason })
}

/// Why the journey ends at the signpost page, if it does.
pub fn signpost(answers: &Answers, rules: &Rules) -> Option<SignpostReason> {
    match (answers.topic?, answers.care, answers.about_council_part) {
        (Topic::ChildProtectionConference, _, _) => Some(SignpostReason::ChildProtectionConference),
        (Topic::CourtMatter, _, _) => Some(SignpostReason::CourtMatter),
        (Topic::FirstRequest, _, _) => Some(SignpostReason::FirstRequest),
        (Topic::ChildrensSocialCare | Topic::AdultSocialCare, _, _)
            if rules.social_care_by_trusts =>
        {
            Some(SignpostReason::SocialCareTrust)
        }
        (Topic::AdultSocialCare, Some(CareArrangement::SelfFunded), Some(false)) => {
            Some(SignpostReason::CareProvider)
        }
        _ => None,
    }
}

/// Whether the complaint is past, or may be past, its procedure's time
/// limit, so the person is asked why now (never turned away).
pub fn may_be_late(answers: &Answers, rules: &Rules) -> bool {
    let (Some(routing), Some(happened)) = (routing(answers), answers.happened) else {
        return false;
    };
    let Some(limit) = rules.limit(routing.role) else {
        return false;
    };
    check_time_limit(limit, happened, answers.found_out, rules.today).is_ok_and(|check| {
        matches!(
            check.status,
            TimeLimitStatus::Outside | TimeLimitStatus::Borderline
        )
    })
}

/// The routing table: the page after `step` once `step` is answered, or
/// `None` at an end page.
pub fn after(step: Step, answers: &Answers, rules: &Rules) -> Option<Step> {
    use Step::*;
    let complaint = answers.kind == Some(ContactKind::Complaint);
    Some(match step {
        Start => Kind,
        Kind if complaint => Safety,
        Kind => Service,
        Safety if answers.at_risk == Some(true) => SafetyAdvice,
        Safety | SafetyAdvice => Who,
        Who if answers.who == Some(crate::journey::Who::Myself) => Topic,
        Who => Representation,
        Representation => Consent,
        Consent if answers.consent == Some(crate::journey::Consent::NotYet) => ConsentAdvice,
        Consent | ConsentAdvice => Topic,
        Topic
            if answers.topic == Some(crate::journey::Topic::AdultSocialCare)
                && !rules.social_care_by_trusts =>
        {
            CareArrangement
        }
        Topic if signpost(answers, rules).is_some() => Signpost,
        CareArrangement if answers.care == Some(crate::journey::CareArrangement::SelfFunded) => {
            SelfFunded
        }
        SelfFunded if answers.about_council_part == Some(false) => Signpost,
        Topic | CareArrangement | SelfFunded => TalkedToService,
        TalkedToService if answers.talked_to_service == Some(false) => TalkFirstAdvice,
        TalkedToService | TalkFirstAdvice => When,
        When if may_be_late(answers, rules) => LateReason,
        When | LateReason => Service,
        Service if complaint => WhatHappened,
        Service => Message,
        WhatHappened => PutRight,
        PutRight => Handling,
        Handling => Records,
        Records => Confidentiality,
        Confidentiality => Support,
        Support | Message => Contact,
        Contact => Check,
        Check => Confirmation,
        Signpost | Confirmation => return None,
    })
}

/// Every page of the route these answers lead along, from the start to an
/// end page, passing pages not yet answered as the routing table would with
/// their answers missing. Answers to pages off this route no longer count.
pub fn route(answers: &Answers, rules: &Rules) -> Vec<Step> {
    let mut steps = vec![Step::Start];
    let mut step = Step::Start;
    // The table never loops, but a bound keeps a bug from hanging a page.
    while let Some(following) = after(step, answers, rules).filter(|_| steps.len() < 64) {
        steps.push(following);
        step = following;
    }
    steps
}

/// The pages the person passes through with these answers, from the start
/// up to and including the first page not yet answered (or an end page).
pub fn path(answers: &Answers, rules: &Rules) -> Vec<Step> {
    let mut steps = vec![Step::Start];
    let mut step = Step::Start;
    while answers.is_answered(step) {
        match after(step, answers, rules) {
            // The table never loops, but a bound keeps a bug from hanging a page.
            Some(following) if steps.len() < 64 => {
                steps.push(following);
                step = following;
            }
            _ => break,
        }
    }
    steps
}

/// Where Continue goes from `step`. Normally the next page on the route;
/// when the person came from Check your answers (`checking`), back there,
/// unless the change opened a question not yet answered.
pub fn next(step: Step, answers: &Answers, rules: &Rules, checking: bool) -> Step {
    let route = path(answers, rules);
    let first_open = *route.last().unwrap_or(&Step::Start);
    if checking && route.contains(&Step::Check) {
        return Step::Check;
    }
    if checking {
        return first_open;
    }
    after(step, answers, rules).unwrap_or(first_open)
}

/// Where the Back link goes from `step`: the page before it on the route.
pub fn previous(step: Step, answers: &Answers, rules: &Rules) -> Option<Step> {
    let route = path(answers, rules);
    let at = route.iter().position(|s| *s == step)?;
    at.checked_sub(1).map(|i| route[i])
}

/// The page to show for a requested step: itself if the answers reach it,
/// otherwise the first page not yet answered (after a stray Forward button,
/// or a reload after answers changed).
pub fn resolve(requested: Step, answers: &Answers, rules: &Rules) -> Step {
    let route = path(answers, rules);
    if route.contains(&requested) {
        requested
    } else {
        *route.last().unwrap_or(&Step::Start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::CountsFrom;

    /// An adult social care complaint is told the statutory procedure applies
    /// only when it does: Barnsley (seed 004) uses its own procedure for it.
    #[test]
    fn the_adult_routing_reason_names_the_procedure_the_council_uses() {
        let statutory = crate::procedure::built_in_procedure("adult-statutory-england").unwrap();
        let barnsley = crate::procedure::built_in_procedure("general-barnsley").unwrap();
        let reasons = |reason: &'static str| {
            let routing = Routing {
                role: ProcedureRole::Adults,
                reason,
            };
            (routing.reason_in(statutory), routing.reason_in(barnsley))
        };
        assert_eq!(
            reasons("routing-reason-adults"),
            (
                "routing-reason-adults",
                "routing-reason-adults-own-procedure"
            )
        );
        assert_eq!(
            reasons("routing-reason-adults-council-part"),
            (
                "routing-reason-adults-council-part",
                "routing-reason-adults-council-part-own-procedure"
            )
        );
        assert_eq!(
            reasons("routing-reason-general"),
            ("routing-reason-general", "routing-reason-general")
        );
    }

    #[test]
    fn step_names_are_their_json_form() {
        for step in Step::ALL {
            let json = serde_json::to_string(&step).unwrap();
            assert_eq!(json, format!("\"{}\"", step.name()));
            assert_eq!(Step::from_name(step.name()), Some(step));
        }
        assert_eq!(Step::from_name("no-such-step"), None);
        // ALL lists the variants in order, up to the last one, so none is
        // left out.
        for (index, step) in Step::ALL.into_iter().enumerate() {
            assert_eq!(step as usize, index);
        }
        assert_eq!(Step::ALL.len(), Step::Confirmation as usize + 1);
    }

    fn rules() -> Rules {
        let limit = TimeLimit {
            months: 12,
            counts_from: CountsFrom::HappenedOrFoundOut,
            discretion: true,
        };
        Rules {
            today: "2026-11-20".parse().unwrap(),
            children_limit: Some(limit),
            adults_limit: Some(limit),
            general_limit: Some(limit),
            social_care_by_trusts: false,
        }
    }

    fn complaint() -> Answers {
        let mut answers = Answers::default();
        answers.acknowledge(Step::Start);
        answers.kind = Some(ContactKind::Complaint);
        answers.at_risk = Some(false);
        answers.who = Some(Who::Myself);
        answers
    }

    #[test]
    fn a_fresh_journey_is_at_the_start() {
        let answers = Answers::default();
        assert_eq!(path(&answers, &rules()), [Step::Start]);
        assert_eq!(previous(Step::Start, &answers, &rules()), None);
        assert_eq!(resolve(Step::Check, &answers, &rules()), Step::Start);
    }

    #[test]
    fn compliments_and_comments_take_the_short_path() {
        for kind in [ContactKind::Compliment, ContactKind::Comment] {
            let mut answers = Answers::default();
            answers.acknowledge(Step::Start);
            answers.kind = Some(kind);
            answers.service = Some("Libraries".into());
            answers.message = Some("Thank you".into());
            assert_eq!(
                path(&answers, &rules()),
                [
                    Step::Start,
                    Step::Kind,
                    Step::Service,
                    Step::Message,
                    Step::Contact
                ]
            );
            assert_eq!(routing(&answers), None, "no procedure clock for {kind:?}");
        }
    }

    #[test]
    fn a_person_at_risk_sees_the_safety_advice_then_carries_on() {
        let mut answers = complaint();
        answers.at_risk = Some(true);
        answers.who = None;
        assert_eq!(
            next(Step::Safety, &answers, &rules(), false),
            Step::SafetyAdvice
        );
        assert_eq!(
            *path(&answers, &rules()).last().unwrap(),
            Step::SafetyAdvice
        );
        answers.acknowledge(Step::SafetyAdvice);
        assert_eq!(
            next(Step::SafetyAdvice, &answers, &rules(), false),
            Step::Who
        );
        assert_eq!(*path(&answers, &rules()).last().unwrap(), Step::Who);
    }

    #[test]
    fn triage_routes_each_topic_with_its_reason() {
        let cases = [
            (
                Topic::ChildrensSocialCare,
                None,
                None,
                Some(ProcedureRole::Children),
            ),
            (
                Topic::AdultSocialCare,
                Some(CareArrangement::Council),
                None,
                Some(ProcedureRole::Adults),
            ),
            (
                Topic::AdultSocialCare,
                Some(CareArrangement::SelfFunded),
                Some(true),
                Some(ProcedureRole::Adults),
            ),
            (
                Topic::AdultSocialCare,
                Some(CareArrangement::SelfFunded),
                Some(false),
                None,
            ),
            (Topic::AdultSocialCare, None, None, None),
            (Topic::ChildProtectionConference, None, None, None),
            (Topic::CourtMatter, None, None, None),
            (Topic::FirstRequest, None, None, None),
            (
                Topic::OtherService,
                None,
                None,
                Some(ProcedureRole::General),
            ),
        ];
        for (topic, care, council_part, role) in cases {
            let mut answers = complaint();
            answers.topic = Some(topic);
            answers.care = care;
            answers.about_council_part = council_part;
            let routed = routing(&answers);
            assert_eq!(
                routed.map(|r| r.role),
                role,
                "{topic:?} {care:?} {council_part:?}"
            );
            if let Some(routed) = routed {
                assert!(routed.reason.starts_with("routing-reason-"));
            }
        }
    }

    #[test]
    fn contacts_that_are_not_complaints_end_at_the_signpost() {
        for (topic, reason) in [
            (
                Topic::ChildProtectionConference,
                SignpostReason::ChildProtectionConference,
            ),
            (Topic::CourtMatter, SignpostReason::CourtMatter),
            (Topic::FirstRequest, SignpostReason::FirstRequest),
        ] {
            let mut answers = complaint();
            answers.topic = Some(topic);
            assert_eq!(next(Step::Topic, &answers, &rules(), false), Step::Signpost);
            assert_eq!(signpost(&answers, &rules()), Some(reason));
            assert_eq!(after(Step::Signpost, &answers, &rules()), None);
        }
    }

    /// Domain: in Northern Ireland Health and Social Care Trusts, not
    /// councils, run social care, so its complaints go to the Trust; the
    /// council's other services are complained about as usual.
    #[test]
    fn where_trusts_run_social_care_its_complaints_go_to_the_trust() {
        let trusts = Rules {
            social_care_by_trusts: true,
            ..rules()
        };
        for topic in [Topic::ChildrensSocialCare, Topic::AdultSocialCare] {
            let mut answers = complaint();
            answers.topic = Some(topic);
            // Answers left from another route do not send it elsewhere.
            answers.care = Some(CareArrangement::SelfFunded);
            answers.about_council_part = Some(false);
            assert_eq!(next(Step::Topic, &answers, &trusts, false), Step::Signpost);
            assert_eq!(
                signpost(&answers, &trusts),
                Some(SignpostReason::SocialCareTrust)
            );
            assert_ne!(next(Step::Topic, &answers, &rules(), false), Step::Signpost);
            assert_eq!(
                signpost(&answers, &rules()).is_some(),
                topic == Topic::AdultSocialCare
            );
        }
        let mut answers = complaint();
        answers.topic = Some(Topic::OtherService);
        assert_eq!(
            next(Step::Topic, &answers, &trusts, false),
            Step::TalkedToService
        );
        assert_eq!(signpost(&answers, &trusts), None);
        answers.topic = Some(Topic::ChildProtectionConference);
        assert_eq!(
            signpost(&answers, &trusts),
            Some(SignpostReason::ChildProtectionConference)
        );
    }

    #[test]
    fn self_funded_care_goes_to_the_provider_unless_it_is_about_the_council() {
        let mut answers = complaint();
        answers.topic = Some(Topic::AdultSocialCare);
        answers.care = Some(CareArrangement::SelfFunded);
        assert_eq!(
            next(Step::CareArrangement, &answers, &rules(), false),
            Step::SelfFunded
        );
        answers.about_council_part = Some(false);
        assert_eq!(
            next(Step::SelfFunded, &answers, &rules(), false),
            Step::Signpost
        );
        assert_eq!(
            signpost(&answers, &rules()),
            Some(SignpostReason::CareProvider)
        );
        answers.about_council_part = Some(true);
        assert_eq!(
            next(Step::SelfFunded, &answers, &rules(), false),
            Step::TalkedToService
        );
    }

    #[test]
    fn someone_else_is_asked_about_consent_and_told_when_it_is_not_yet_given() {
        for (consent, expect) in [
            (Consent::Given, Step::Topic),
            (Consent::CannotGive(CannotConsent::Child), Step::Topic),
            (
                Consent::CannotGive(CannotConsent::LacksCapacity),
                Step::Topic,
            ),
            (Consent::CannotGive(CannotConsent::Died), Step::Topic),
            (Consent::NotYet, Step::ConsentAdvice),
        ] {
            for who in [Who::SomeoneElse, Who::Professional] {
                let mut answers = complaint();
                answers.who = Some(who);
                assert_eq!(
                    next(Step::Who, &answers, &rules(), false),
                    Step::Representation
                );
                answers.representation = Some(Representation {
                    name: "Ann".into(),
                    relationship: "mother".into(),
                });
                assert_eq!(
                    next(Step::Representation, &answers, &rules(), false),
                    Step::Consent
                );
                answers.consent = Some(consent);
                assert_eq!(next(Step::Consent, &answers, &rules(), false), expect);
            }
        }
    }

    #[test]
    fn not_talking_to_the_service_first_is_encouraged_never_required() {
        let mut answers = complaint();
        answers.topic = Some(Topic::OtherService);
        answers.talked_to_service = Some(false);
        assert_eq!(
            next(Step::TalkedToService, &answers, &rules(), false),
            Step::TalkFirstAdvice
        );
        answers.acknowledge(Step::TalkFirstAdvice);
        assert_eq!(
            next(Step::TalkFirstAdvice, &answers, &rules(), false),
            Step::When
        );
        answers.talked_to_service = Some(true);
        assert_eq!(
            next(Step::TalkedToService, &answers, &rules(), false),
            Step::When
        );
    }

    #[test]
    fn a_late_complaint_is_asked_why_now_and_carries_on() {
        let mut answers = complaint();
        answers.topic = Some(Topic::ChildrensSocialCare);
        answers.talked_to_service = Some(true);
        answers.happened = Some("2024-03-01".parse().unwrap());
        assert!(may_be_late(&answers, &rules()));
        assert_eq!(
            next(Step::When, &answers, &rules(), false),
            Step::LateReason
        );
        answers.late_reason = Some("I was in hospital".into());
        assert_eq!(
            next(Step::LateReason, &answers, &rules(), false),
            Step::Service
        );

        // Finding out recently restarts the clock.
        answers.found_out = Some("2026-10-01".parse().unwrap());
        assert!(!may_be_late(&answers, &rules()));
        assert_eq!(next(Step::When, &answers, &rules(), false), Step::Service);
        // ...and the stale reason is dropped.
        assert_eq!(answers.relevant(&rules()).late_reason, None);

        answers.found_out = None;
        answers.happened = Some(ApproximateDate::StillHappening);
        assert!(!may_be_late(&answers, &rules()));
    }

    #[test]
    fn change_links_return_to_check_answers_unless_a_new_question_opens() {
        let mut answers = complaint();
        answers.topic = Some(Topic::OtherService);
        answers.talked_to_service = Some(true);
        answers.happened = Some("2026-10-01".parse().unwrap());
        answers.service = Some("Housing".into());
        answers.what_happened = Some("A repair was missed".into());
        answers.put_right = Some("Fix it".into());
        answers.meeting = Some(false);
        answers.records = Some(true);
        // Until the remaining pages are answered, Change returns to the first open one.
        assert_eq!(
            next(Step::Service, &answers, &rules(), true),
            Step::Confidentiality
        );
        // Switching to someone else opens their questions first.
        answers.who = Some(Who::SomeoneElse);
        assert_eq!(
            next(Step::Who, &answers, &rules(), true),
            Step::Representation
        );
    }

    #[test]
    fn back_goes_to_the_previous_page_on_the_route_and_stray_steps_resolve() {
        let mut answers = complaint();
        answers.topic = Some(Topic::AdultSocialCare);
        answers.care = Some(CareArrangement::Council);
        assert_eq!(
            previous(Step::TalkedToService, &answers, &rules()),
            Some(Step::CareArrangement)
        );
        assert_eq!(previous(Step::Topic, &answers, &rules()), Some(Step::Who));
        assert_eq!(previous(Step::Kind, &answers, &rules()), Some(Step::Start));
        // A page the answers no longer reach shows the first open page instead.
        assert_eq!(
            resolve(Step::Representation, &answers, &rules()),
            Step::TalkedToService
        );
        assert_eq!(resolve(Step::Topic, &answers, &rules()), Step::Topic);
    }

    #[test]
    fn a_new_question_on_the_route_keeps_the_answers_after_it() {
        let mut answers = complaint();
        answers.topic = Some(Topic::OtherService);
        answers.talked_to_service = Some(true);
        answers.service = Some("Housing".into());
        // Switching to someone else opens two new questions; nothing later is lost.
        answers.who = Some(Who::SomeoneElse);
        let relevant = answers.relevant(&rules());
        assert_eq!(relevant.topic, Some(Topic::OtherService));
        assert_eq!(relevant.service.as_deref(), Some("Housing"));
        assert_eq!(
            *path(&relevant, &rules()).last().unwrap(),
            Step::Representation
        );
    }

    #[test]
    fn changed_answers_drop_what_the_route_no_longer_reaches() {
        let mut answers = complaint();
        answers.who = Some(Who::SomeoneElse);
        answers.representation = Some(Representation {
            name: "Ann".into(),
            relationship: "mother".into(),
        });
        answers.consent = Some(Consent::NotYet);
        answers.acknowledge(Step::ConsentAdvice);
        answers.who = Some(Who::Myself);
        let relevant = answers.relevant(&rules());
        assert_eq!(relevant.representation, None);
        assert_eq!(relevant.consent, None);
        assert!(!relevant.acknowledged.contains(&Step::ConsentAdvice));
        assert_eq!(relevant.kind, Some(ContactKind::Complaint));
    }

    #[test]
    fn the_routing_table_never_loops_and_every_route_ends() {
        // Walk every combination of the branching answers.
        let kinds = [
            ContactKind::Complaint,
            ContactKind::Compliment,
            ContactKind::Comment,
        ];
        let mut routes = 0;
        for kind in kinds {
            for topic in Topic::ALL {
                for care in [CareArrangement::Council, CareArrangement::SelfFunded] {
                    for council_part in [true, false] {
                        for who in [Who::Myself, Who::SomeoneElse, Who::Professional] {
                            let mut step = Step::Start;
                            let mut answers = Answers {
                                kind: Some(kind),
                                at_risk: Some(false),
                                who: Some(who),
                                representation: Some(Representation::default()),
                                consent: Some(Consent::NotYet),
                                topic: Some(topic),
                                care: Some(care),
                                about_council_part: Some(council_part),
                                talked_to_service: Some(false),
                                ..Answers::default()
                            };
                            let mut seen = BTreeSet::new();
                            while let Some(following) = after(step, &answers, &rules()) {
                                assert!(seen.insert(step), "loop at {step:?}");
                                answers.acknowledge(step);
                                step = following;
                            }
                            assert!(matches!(step, Step::Signpost | Step::Confirmation));
                            routes += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(routes, 3 * 6 * 2 * 2 * 3);
    }
}
