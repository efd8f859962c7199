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

use crate::attachment::AttachedFile;
use crate::calendar::Calendar;
use crate::contact::{ContactDetails, Support};
use crate::date::Date;
use crate::follow_up::{
    answer_milestone, follow_up, Earlier, FollowUp, FollowUpError, FollowUpRequest, Standing,
};
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
    /// Letters, photos or documents to add (optional).
    Evidence,
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
    /// A complaint made earlier: its reference, if known, and when it was made.
    Earlier,
    /// Where it stands: waiting, answered, or the council needs longer.
    Standing,
    /// Which stage of the procedure, in the procedure's own names.
    EarlierStage,
    /// When that stage's answer came, or when it was asked for.
    StageDate,
    /// The new date the council gave for its answer.
    ExtendedTo,
    /// The answer: late or not, the next stage, the Ombudsman; and what to send.
    FollowUpAnswer,
    /// Asking for the next stage: what the person is still unhappy about.
    Unresolved,
}

impl Step {
    /// Every step, in the order of the enum.
    pub const ALL: [Step; 35] = [
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
        Step::Evidence,
        Step::PutRight,
        Step::Handling,
        Step::Records,
        Step::Confidentiality,
        Step::Support,
        Step::Contact,
        Step::Check,
        Step::Confirmation,
        Step::Earlier,
        Step::Standing,
        Step::EarlierStage,
        Step::StageDate,
        Step::ExtendedTo,
        Step::FollowUpAnswer,
        Step::Unresolved,
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
            Step::Evidence => "evidence",
            Step::PutRight => "put-right",
            Step::Handling => "handling",
            Step::Records => "records",
            Step::Confidentiality => "confidentiality",
            Step::Support => "support",
            Step::Contact => "contact",
            Step::Check => "check",
            Step::Confirmation => "confirmation",
            Step::Earlier => "earlier",
            Step::Standing => "standing",
            Step::EarlierStage => "earlier-stage",
            Step::StageDate => "stage-date",
            Step::ExtendedTo => "extended-to",
            Step::FollowUpAnswer => "follow-up-answer",
            Step::Unresolved => "unresolved",
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
    /// About a complaint made earlier: ask for its next stage, or chase a
    /// late answer; and know when the Ombudsman can look at it.
    FollowUp,
}

impl ContactKind {
    /// Whether it goes through one of the council's complaints procedures:
    /// a new complaint or a follow-up of one.
    pub const fn is_complaint(self) -> bool {
        matches!(self, ContactKind::Complaint | ContactKind::FollowUp)
    }
}

/// Where a complaint made earlier stands, as the person says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EarlierStanding {
    /// Waiting for the council's answer.
    Waiting,
    /// The council has answered.
    Answered,
    /// The council said it needs longer, and gave a new date.
    Extended,
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
    /// The files the person added (empty if they added none): what each
    /// is; the files themselves stay on the device until sent. Never in
    /// the payload's answers, which list them as `attachments` instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<AttachedFile>>,
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
    /// A follow-up: the earlier complaint's reference as typed (possibly
    /// empty: it is optional).
    pub earlier_reference: Option<String>,
    /// A follow-up: when the earlier complaint was made.
    pub complained: Option<ApproximateDate>,
    /// A follow-up: where it stands.
    pub standing: Option<EarlierStanding>,
    /// A follow-up: the stage it stands at (a stage id of the procedure).
    pub earlier_stage: Option<String>,
    /// A follow-up: when that stage answered or, while waiting, when it was
    /// asked for (not asked at the stage a complaint starts at: then it is
    /// `complained`).
    pub stage_date: Option<ApproximateDate>,
    /// A follow-up: the new date the council gave for its answer.
    pub extended_to: Option<Date>,
    /// A follow-up: what the person asks the council for.
    pub request: Option<FollowUpRequest>,
    /// A follow-up asking for the next stage: what they are still unhappy about.
    pub unresolved: Option<String>,
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
            Step::Evidence => self.evidence.is_some(),
            Step::PutRight => self.put_right.is_some(),
            Step::Handling => self.meeting.is_some(),
            Step::Records => self.records.is_some(),
            Step::Confidentiality => self.confidential.is_some(),
            Step::Support => self.support.is_some(),
            Step::Contact => self.contact.is_some(),
            Step::Earlier => self.complained.is_some(),
            Step::Standing => self.standing.is_some(),
            Step::EarlierStage => self.earlier_stage.is_some(),
            Step::StageDate => self.stage_date.is_some(),
            Step::ExtendedTo => self.extended_to.is_some(),
            Step::FollowUpAnswer => self.request.is_some(),
            Step::Unresolved => self.unresolved.is_some(),
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
        keep_if!(Step::Evidence, evidence);
        keep_if!(Step::PutRight, put_right);
        keep_if!(Step::Handling, handling, meeting);
        keep_if!(Step::Records, records);
        keep_if!(Step::Confidentiality, confidential, confidential_detail);
        keep_if!(Step::Support, support);
        keep_if!(Step::Contact, contact);
        keep_if!(Step::Earlier, earlier_reference, complained);
        keep_if!(Step::Standing, standing);
        keep_if!(Step::EarlierStage, earlier_stage);
        keep_if!(Step::StageDate, stage_date);
        keep_if!(Step::ExtendedTo, extended_to);
        keep_if!(Step::FollowUpAnswer, request);
        keep_if!(Step::Unresolved, unresolved);
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
    /// The council's procedures and calendar, once read: a follow-up's
    /// questions depend on the stages of the procedure it went through, and
    /// what it may ask for on the dates.
    pub council: Option<CouncilSetup>,
}

/// The council's procedure for each role, and its working days.
#[derive(Clone, Debug, PartialEq)]
pub struct CouncilSetup {
    /// Children's social care.
    pub children: &'static Procedure,
    /// Adult social care.
    pub adults: &'static Procedure,
    /// Everything else.
    pub general: &'static Procedure,
    /// The council's own calendar (closure days, cut-off time), if it has
    /// one; otherwise the bank holidays of the procedure's nation.
    pub calendar: Option<Calendar>,
}

impl CouncilSetup {
    /// Routing rules for `today`: each procedure's time limit, and whether
    /// social care is the Trusts' (the general procedure's nation decides).
    pub fn rules(self, today: Date) -> Rules {
        Rules {
            today,
            children_limit: self.children.time_limit,
            adults_limit: self.adults.time_limit,
            general_limit: self.general.time_limit,
            social_care_by_trusts: self.general.nation.social_care_by_trusts(),
            council: Some(self),
        }
    }

    /// The procedure with this role.
    pub fn get(&self, role: ProcedureRole) -> &'static Procedure {
        match role {
            ProcedureRole::Children => self.children,
            ProcedureRole::Adults => self.adults,
            ProcedureRole::General => self.general,
        }
    }
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
            council: None,
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

    /// The procedure a follow-up (or complaint) with these answers went
    /// through, once the procedures are known.
    pub fn procedure(&self, answers: &Answers) -> Option<&'static Procedure> {
        Some(self.council.as_ref()?.get(routing(answers)?.role))
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

/// The procedure a complaint (or the complaint a follow-up is about) goes
/// through, once the answers say; `None` for compliments, comments,
/// signposted contacts and unanswered triage.
pub fn routing(answers: &Answers) -> Option<Routing> {
    if !answers.kind.is_some_and(ContactKind::is_complaint) {
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
    let follow_up = answers.kind == Some(ContactKind::FollowUp);
    Some(match step {
        Start => Kind,
        Kind if complaint || follow_up => Safety,
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
        Topic | CareArrangement | SelfFunded if follow_up => Earlier,
        Topic | CareArrangement | SelfFunded => TalkedToService,
        Earlier => Standing,
        Standing => EarlierStage,
        EarlierStage if asks_stage_date(answers, rules) => StageDate,
        EarlierStage | StageDate if answers.standing == Some(EarlierStanding::Extended) => {
            ExtendedTo
        }
        EarlierStage | StageDate | ExtendedTo => FollowUpAnswer,
        FollowUpAnswer => match answers.request? {
            FollowUpRequest::NextStage => Unresolved,
            FollowUpRequest::Chase => Support,
        },
        Unresolved => Support,
        TalkedToService if answers.talked_to_service == Some(false) => TalkFirstAdvice,
        TalkedToService | TalkFirstAdvice => When,
        When if may_be_late(answers, rules) => LateReason,
        When | LateReason => Service,
        Service if complaint => WhatHappened,
        Service => Message,
        WhatHappened => Evidence,
        Evidence => PutRight,
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

/// Whether a follow-up asks when its stage answered or was asked for: always
/// once answered; while waiting, unless the stage is where a complaint
/// first gets an answer (no stage before it has a clock), when the day it
/// was asked for is the day of the complaint.
pub fn asks_stage_date(answers: &Answers, rules: &Rules) -> bool {
    if answers.standing == Some(EarlierStanding::Answered) {
        return true;
    }
    let (Some(procedure), Some(stage)) = (rules.procedure(answers), &answers.earlier_stage) else {
        return true;
    };
    let service = answers.topic.and_then(Topic::service).map(str::to_owned);
    let Some(index) = procedure.stage_index(stage) else {
        return true;
    };
    (0..index).any(|before| answer_milestone(procedure, before, service.as_ref()).is_some())
}

impl Answers {
    /// The complaint a follow-up is about, once every question that dates it
    /// is answered.
    pub fn earlier(&self, rules: &Rules) -> Option<Earlier> {
        let stage = self.earlier_stage.clone()?;
        let day = if asks_stage_date(self, rules) {
            self.stage_date?
        } else {
            self.complained?
        };
        let standing = match self.standing? {
            EarlierStanding::Answered => Standing::Answered { stage, on: day },
            EarlierStanding::Waiting => Standing::Waiting {
                stage,
                asked: day,
                extended_to: None,
            },
            EarlierStanding::Extended => Standing::Waiting {
                stage,
                asked: day,
                extended_to: Some(self.extended_to?),
            },
        };
        Some(Earlier {
            complained: self.complained,
            service: self.topic.and_then(Topic::service).map(str::to_owned),
            standing,
        })
    }
}

/// What a person following up a complaint can do today, from their answers
/// and the council's procedure, counted in the council's calendar or the
/// bank holidays of the procedure's nation. `None` until the answers date
/// the complaint and the council's procedures are known.
pub fn follow_up_now(answers: &Answers, rules: &Rules) -> Option<Result<FollowUp, FollowUpError>> {
    if answers.kind != Some(ContactKind::FollowUp) {
        return None;
    }
    let procedure = rules.procedure(answers)?;
    let earlier = answers.earlier(rules)?;
    let calendar = match rules
        .council
        .as_ref()
        .and_then(|council| council.calendar.as_ref())
    {
        Some(calendar) => calendar.clone(),
        None => Calendar::new(procedure.nation.division()),
    };
    Some(follow_up(procedure, &calendar, &earlier, rules.today))
}

/// Whether the page is answered: [`Answers::is_answered`], and for the
/// follow-up's answer page, a request the dates still allow (an answer
/// changed since may take it away; then it is asked again, and nothing
/// typed after it is lost).
pub fn is_answered(step: Step, answers: &Answers, rules: &Rules) -> bool {
    answers.is_answered(step)
        && (step != Step::FollowUpAnswer
            || answers.request.is_some_and(|request| {
                follow_up_now(answers, rules)
                    .and_then(Result::ok)
                    .is_some_and(|answer| answer.requests().contains(&request))
            }))
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
    while is_answered(step, answers, rules) {
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
        assert_eq!(Step::ALL.len(), Step::Unresolved as usize + 1);
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
            council: None,
        }
    }

    /// Rules for a council with the seed procedures, on `today`.
    fn council_rules(general: &str, today: &str) -> Rules {
        let built_in = |id| crate::procedure::built_in_procedure(id).unwrap();
        Rules {
            today: today.parse().unwrap(),
            council: Some(CouncilSetup {
                children: built_in("children-statutory-england"),
                adults: built_in(general),
                general: built_in(general),
                calendar: None,
            }),
            ..rules()
        }
    }

    /// A follow-up about `topic`, its triage answered, complained on `complained`.
    fn follow_up_answers(topic: Topic, complained: &str) -> Answers {
        let mut answers = complaint();
        answers.kind = Some(ContactKind::FollowUp);
        answers.topic = Some(topic);
        if topic == Topic::AdultSocialCare {
            answers.care = Some(CareArrangement::Council);
        }
        answers.earlier_reference = Some("rdx 7k3p q9ma".into());
        answers.complained = Some(complained.parse().unwrap());
        answers
    }

    fn complaint() -> Answers {
        let mut answers = Answers::default();
        answers.acknowledge(Step::Start);
        answers.kind = Some(ContactKind::Complaint);
        answers.at_risk = Some(false);
        answers.who = Some(Who::Myself);
        answers
    }

    /// A complaint about another service, answered up to what happened.
    fn told_what_happened() -> Answers {
        let mut answers = complaint();
        answers.topic = Some(Topic::OtherService);
        answers.talked_to_service = Some(true);
        answers.happened = Some(ApproximateDate::StillHappening);
        answers.service = Some("Housing repairs".into());
        answers.what_happened = Some("The repair was not done.".into());
        answers
    }

    fn file(name: &str) -> AttachedFile {
        AttachedFile {
            name: name.into(),
            media_type: "application/pdf".into(),
            size: 1234,
            sha256: "a".repeat(64),
        }
    }

    #[test]
    fn a_complaint_asks_for_evidence_after_what_happened_and_goes_on_without_any() {
        let mut answers = told_what_happened();
        assert_eq!(
            next(Step::WhatHappened, &answers, &rules(), false),
            Step::Evidence
        );
        assert_eq!(*path(&answers, &rules()).last().unwrap(), Step::Evidence);
        // Adding nothing answers the page: it is optional.
        answers.evidence = Some(Vec::new());
        assert!(is_answered(Step::Evidence, &answers, &rules()));
        assert_eq!(
            next(Step::Evidence, &answers, &rules(), false),
            Step::PutRight
        );
        assert_eq!(
            previous(Step::PutRight, &answers, &rules()),
            Some(Step::Evidence)
        );
        assert_eq!(
            previous(Step::Evidence, &answers, &rules()),
            Some(Step::WhatHappened)
        );
    }

    #[test]
    fn files_are_kept_while_the_route_passes_the_evidence_page_and_dropped_when_it_does_not() {
        let mut answers = told_what_happened();
        answers.evidence = Some(vec![file("letter.pdf")]);
        assert_eq!(answers.relevant(&rules()).evidence, answers.evidence);
        // A compliment has no evidence page: its files go.
        answers.kind = Some(ContactKind::Compliment);
        assert_eq!(answers.relevant(&rules()).evidence, None);
    }

    #[test]
    fn files_stay_out_of_the_saved_answers_json_until_there_are_some() {
        let answers = told_what_happened();
        let json = serde_json::to_string(&answers).unwrap();
        assert!(!json.contains("evidence"), "{json}");
        let mut with = answers;
        with.evidence = Some(vec![file("letter.pdf")]);
        let back: Answers = serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
        assert_eq!(back, with);
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
        answers.evidence = Some(Vec::new());
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

    #[test]
    fn a_follow_up_asks_about_the_earlier_complaint_not_a_new_one() {
        let rules = council_rules("general-barnsley", "2026-12-04");
        let mut answers = follow_up_answers(Topic::ChildrensSocialCare, "2026-10-01");
        answers.standing = Some(EarlierStanding::Answered);
        answers.earlier_stage = Some("stage1".into());
        answers.stage_date = Some("2026-11-20".parse().unwrap());
        answers.request = Some(FollowUpRequest::NextStage);
        answers.unresolved = Some("The plan was not changed".into());
        answers.support = Some(Support::default());
        answers.contact = Some(ContactDetails::default());
        answers.acknowledge(Step::Check);
        assert_eq!(
            path(&answers, &rules),
            [
                Step::Start,
                Step::Kind,
                Step::Safety,
                Step::Who,
                Step::Topic,
                Step::Earlier,
                Step::Standing,
                Step::EarlierStage,
                Step::StageDate,
                Step::FollowUpAnswer,
                Step::Unresolved,
                Step::Support,
                Step::Contact,
                Step::Check,
                Step::Confirmation,
            ]
        );
        // A follow-up goes through the procedure its topic routes to.
        assert_eq!(routing(&answers).unwrap().role, ProcedureRole::Children);
        // Nothing of a new complaint's questions is kept or asked.
        answers.what_happened = Some("stale".into());
        assert_eq!(answers.relevant(&rules).what_happened, None);
        assert_eq!(
            answers.relevant(&rules).unresolved.as_deref(),
            Some("The plan was not changed")
        );
        // Chasing needs no account of what is still wrong.
        answers.standing = Some(EarlierStanding::Waiting);
        // Stage 2 asked for on 1 October: 25 working days, late by December.
        answers.stage_date = Some("2026-10-01".parse().unwrap());
        answers.earlier_stage = Some("stage2".into());
        answers.request = Some(FollowUpRequest::Chase);
        let route = path(&answers, &rules);
        assert_eq!(
            route[route.len() - 5..],
            [
                Step::FollowUpAnswer,
                Step::Support,
                Step::Contact,
                Step::Check,
                Step::Confirmation
            ]
        );
        assert_eq!(answers.relevant(&rules).unresolved, None);
    }

    #[test]
    fn only_complaints_and_follow_ups_go_through_a_procedure() {
        let kinds = [
            (ContactKind::Complaint, true),
            (ContactKind::FollowUp, true),
            (ContactKind::Compliment, false),
            (ContactKind::Comment, false),
        ];
        for (kind, procedure) in kinds {
            assert_eq!(kind.is_complaint(), procedure, "{kind:?}");
            let answers = Answers {
                kind: Some(kind),
                topic: Some(Topic::ChildrensSocialCare),
                ..Answers::default()
            };
            assert_eq!(routing(&answers).is_some(), procedure, "{kind:?}");
        }
    }

    #[test]
    fn a_follow_up_signposted_by_its_topic_ends_at_the_signpost() {
        let mut answers = follow_up_answers(Topic::CourtMatter, "2026-10-01");
        answers.earlier_reference = None;
        answers.complained = None;
        let rules = council_rules("general-barnsley", "2026-12-04");
        assert_eq!(*path(&answers, &rules).last().unwrap(), Step::Signpost);
        assert_eq!(routing(&answers), None);
    }

    /// While waiting at the stage a complaint first gets an answer at, the
    /// day it was asked for is the day of the complaint: not asked again.
    #[test]
    fn the_stage_date_is_asked_unless_it_is_the_day_of_the_complaint() {
        let rules = council_rules("general-barnsley", "2026-12-04");
        let mut answers = follow_up_answers(Topic::ChildrensSocialCare, "2026-11-20");
        answers.standing = Some(EarlierStanding::Waiting);
        // On-the-spot has no clock: Stage 1 is where the first answer comes.
        answers.earlier_stage = Some("stage1".into());
        assert!(!asks_stage_date(&answers, &rules));
        assert_eq!(
            next(Step::EarlierStage, &answers, &rules, false),
            Step::FollowUpAnswer
        );
        let earlier = answers.earlier(&rules).unwrap();
        assert_eq!(
            earlier.standing,
            Standing::Waiting {
                stage: "stage1".into(),
                asked: "2026-11-20".parse().unwrap(),
                extended_to: None
            }
        );
        assert_eq!(earlier.service.as_deref(), Some("childrens-social-care"));
        answers.earlier_stage = Some("stage2".into());
        assert!(asks_stage_date(&answers, &rules));
        assert_eq!(answers.earlier(&rules), None);
        // Answered: when the answer came is always asked.
        answers.earlier_stage = Some("stage1".into());
        answers.standing = Some(EarlierStanding::Answered);
        assert!(asks_stage_date(&answers, &rules));
        // Barnsley's Stage 1 comes after early resolution, which has a clock.
        let mut barnsley = follow_up_answers(Topic::OtherService, "2026-11-20");
        barnsley.standing = Some(EarlierStanding::Waiting);
        barnsley.earlier_stage = Some("stage1".into());
        assert!(asks_stage_date(&barnsley, &rules));
        barnsley.earlier_stage = Some("early-resolution".into());
        assert!(!asks_stage_date(&barnsley, &rules));
        // Without the council's procedures (not read yet), the date is asked.
        assert!(asks_stage_date(&barnsley, &self::rules()));
        barnsley.earlier_stage = Some("no-such-stage".into());
        assert!(asks_stage_date(&barnsley, &rules));
    }

    #[test]
    fn an_extension_asks_for_the_new_date_and_counts_to_it() {
        let rules = council_rules("general-barnsley", "2026-12-21");
        let mut answers = follow_up_answers(Topic::ChildrensSocialCare, "2026-11-20");
        answers.standing = Some(EarlierStanding::Extended);
        answers.earlier_stage = Some("stage1".into());
        assert_eq!(
            next(Step::EarlierStage, &answers, &rules, false),
            Step::ExtendedTo
        );
        assert_eq!(answers.earlier(&rules), None);
        answers.extended_to = Some("2026-12-18".parse().unwrap());
        assert_eq!(
            next(Step::ExtendedTo, &answers, &rules, false),
            Step::FollowUpAnswer
        );
        let answer = follow_up_now(&answers, &rules).unwrap().unwrap();
        let due = answer.answer.as_ref().unwrap();
        assert!(due.extended);
        assert_eq!(due.due.latest.to_string(), "2026-12-18");
        assert_eq!(answer.requests(), [FollowUpRequest::Chase]);
        // Answered at a stage asked for later: the extension is for a wait only.
        answers.standing = Some(EarlierStanding::Answered);
        answers.stage_date = Some("2026-12-10".parse().unwrap());
        assert_eq!(
            next(Step::StageDate, &answers, &rules, false),
            Step::FollowUpAnswer
        );
        assert_eq!(answers.relevant(&rules).extended_to, None);
    }

    /// A request the dates no longer allow (the person changed a date) is
    /// asked again; nothing typed after it is lost.
    #[test]
    fn a_request_the_dates_no_longer_allow_is_asked_again() {
        let rules = council_rules("general-barnsley", "2026-12-07");
        let mut answers = follow_up_answers(Topic::ChildrensSocialCare, "2026-11-20");
        answers.standing = Some(EarlierStanding::Waiting);
        answers.earlier_stage = Some("stage1".into());
        answers.request = Some(FollowUpRequest::Chase);
        answers.support = Some(Support::default());
        answers.contact = Some(ContactDetails::default());
        // Due on Friday 4 December: late on Monday 7th.
        assert!(is_answered(Step::FollowUpAnswer, &answers, &rules));
        assert_eq!(*path(&answers, &rules).last().unwrap(), Step::Check);
        // The complaint was in fact made on the 25th: due on the 9th, not late.
        answers.complained = Some("2026-11-25".parse().unwrap());
        assert!(!is_answered(Step::FollowUpAnswer, &answers, &rules));
        assert_eq!(
            *path(&answers, &rules).last().unwrap(),
            Step::FollowUpAnswer
        );
        let relevant = answers.relevant(&rules);
        assert!(relevant.contact.is_some() && relevant.support.is_some());
        // A follow-up whose dates do not fit together is not answered either.
        answers.complained = Some("2026-12".parse().unwrap());
        answers.standing = Some(EarlierStanding::Answered);
        answers.stage_date = Some("2026-11-20".parse().unwrap());
        answers.request = Some(FollowUpRequest::NextStage);
        assert!(matches!(
            follow_up_now(&answers, &rules),
            Some(Err(FollowUpError::ComplainedAfter { .. }))
        ));
        assert!(!is_answered(Step::FollowUpAnswer, &answers, &rules));
        // Nor one whose procedure is not known yet.
        answers.complained = Some("2026-11-20".parse().unwrap());
        assert!(is_answered(Step::FollowUpAnswer, &answers, &rules));
        assert!(!is_answered(Step::FollowUpAnswer, &answers, &self::rules()));
    }

    #[test]
    fn a_follow_up_is_dated_in_the_councils_calendar() {
        let mut rules = council_rules("general-barnsley", "2026-12-07");
        let mut answers = follow_up_answers(Topic::ChildrensSocialCare, "2026-11-20");
        answers.standing = Some(EarlierStanding::Waiting);
        answers.earlier_stage = Some("stage1".into());
        let due = |rules: &Rules| {
            follow_up_now(&answers, rules)
                .unwrap()
                .unwrap()
                .answer
                .unwrap()
                .due
                .latest
                .to_string()
        };
        assert_eq!(due(&rules), "2026-12-04");
        let closed = Calendar::from_json(
            r#"{"division": "england-and-wales", "closures": [{"date": "2026-12-01", "until": "2026-12-02"}]}"#,
        )
        .unwrap()
        .value;
        rules.council.as_mut().unwrap().calendar = Some(closed);
        assert_eq!(due(&rules), "2026-12-08");
        answers.topic = Some(Topic::CourtMatter);
        assert!(follow_up_now(&answers, &rules).is_none());
        answers.topic = Some(Topic::ChildrensSocialCare);
        answers.kind = Some(ContactKind::Complaint);
        assert!(follow_up_now(&answers, &rules).is_none(), "a new complaint");
    }
}
