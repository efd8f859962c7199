//! What a council's dates depend on in its `config.json`: which procedure
//! each kind of complaint follows (a built-in one or the council's own
//! profile) and its calendar (closure days, new bank holidays, cut-off
//! time).
//!
//! The wizard reads these with everything else a council sets;
//! `redress-dates --config config.json` reads only these, so staff get the
//! wizard's dates for their own procedures from the same file.

use serde::Deserialize;

use crate::calendar::Calendar;
use crate::journey::{CouncilSetup, ProcedureRole};
use crate::problems::{self, Checked, Invalid, Problem, ProblemKind};
use crate::procedure::{built_in, built_in_procedure, mixed_nations, OwnText, Procedure};

/// The procedures the council uses for each kind of complaint: built-in
/// ones (see `redress-dates procedures`) or its own profiles.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Procedures {
    /// Children's social care (England's statutory one when not given; not
    /// used where Trusts run social care).
    #[serde(default = "default_children")]
    pub children: String,
    /// Adult social care, likewise.
    #[serde(default = "default_adults")]
    pub adults: String,
    /// Everything else: the council's general procedure, whose nation is the
    /// council's.
    #[serde(default = "default_general")]
    pub general: String,
    /// The council's own procedure profiles (the format of
    /// `core/profiles/*.json`). One with a built-in's id replaces it.
    #[serde(default)]
    pub custom: Vec<Procedure>,
}

fn default_children() -> String {
    "children-statutory-england".into()
}

fn default_adults() -> String {
    "adult-statutory-england".into()
}

fn default_general() -> String {
    "lgsco-complaint-handling-code".into()
}

impl Default for Procedures {
    /// England's statutory social care procedures and the Ombudsman's
    /// Complaint Handling Code for everything else.
    fn default() -> Self {
        Procedures {
            children: default_children(),
            adults: default_adults(),
            general: default_general(),
            custom: Vec::new(),
        }
    }
}

/// Each role, with its field's name in `procedures`.
const ROLES: [(ProcedureRole, &str); 3] = [
    (ProcedureRole::Children, "children"),
    (ProcedureRole::Adults, "adults"),
    (ProcedureRole::General, "general"),
];

impl Procedures {
    /// The id named for `role`.
    pub fn id(&self, role: ProcedureRole) -> &str {
        match role {
            ProcedureRole::Children => &self.children,
            ProcedureRole::Adults => &self.adults,
            ProcedureRole::General => &self.general,
        }
    }

    /// The procedure with this id: the council's own first, then built-in.
    pub fn find(&self, id: &str) -> Option<&Procedure> {
        self.custom
            .iter()
            .find(|procedure| procedure.id == id)
            .or_else(|| built_in_procedure(id))
    }

    /// The procedure for `role`; one that cannot be found (which
    /// [`Procedures::problems`] reports) falls back to the default general
    /// procedure.
    pub fn resolve(&self, role: ProcedureRole) -> &Procedure {
        self.find(self.id(role))
            .or_else(|| built_in_procedure(&default_general()))
            .unwrap_or(&built_in()[0])
    }

    /// Every id that can be named: the council's own, then the built-ins.
    pub fn known_ids(&self) -> Vec<String> {
        let mut known: Vec<String> = self.custom.iter().map(|p| p.id.clone()).collect();
        for procedure in built_in() {
            if !known.contains(&procedure.id) {
                known.push(procedure.id.clone());
            }
        }
        known
    }

    /// The council's own words, from every custom profile: where two give
    /// a message, the first one's (see [`Procedures::problems`]).
    pub fn own_text(&self) -> OwnText {
        self.merged_text().0
    }

    /// The custom profiles' text merged, with the path of each message a
    /// later profile gives other words for.
    fn merged_text(&self) -> (OwnText, Vec<(String, String)>) {
        let mut text = OwnText::default();
        let mut differing = Vec::new();
        for (index, procedure) in self.custom.iter().enumerate() {
            for (lang, id) in text.merge(&procedure.text) {
                let first = self.custom[..index]
                    .iter()
                    .position(|earlier| {
                        earlier
                            .text
                            .0
                            .get(&lang)
                            .is_some_and(|t| t.contains_key(&id))
                    })
                    .unwrap_or_default();
                differing.push((
                    format!("procedures.custom[{index}].text.{lang}.{id}"),
                    format!("procedures.custom[{first}].text.{lang}.{id}"),
                ));
            }
        }
        (text, differing)
    }

    /// Every problem, errors and warnings, with paths from the top of the
    /// configuration (`procedures.custom[0].stages[1]...`): a role naming
    /// no procedure, each custom profile's own problems, and a message two
    /// profiles give different words for.
    pub fn problems(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        for (role, field) in ROLES {
            let id = self.id(role);
            if self.find(id).is_none() {
                let built_in_ids = built_in().iter().map(|p| p.id.clone()).collect();
                found.push(Problem::error(
                    format!("procedures.{field}"),
                    ProblemKind::UnknownProcedure {
                        id: id.to_owned(),
                        known: built_in_ids,
                    },
                ));
            }
        }
        for (index, procedure) in self.custom.iter().enumerate() {
            for problem in procedure.validate() {
                found.push(Problem {
                    path: format!("procedures.custom[{index}].{}", problem.path),
                    ..problem
                });
            }
        }
        for (path, first) in self.merged_text().1 {
            found.push(Problem::error(path, ProblemKind::TextDiffers { first }));
        }
        found
    }

    /// The council's procedure for each role, with its calendar. The custom
    /// profiles are kept for the program's life (a configuration is read
    /// once), so they can be lent as the built-in ones are.
    pub fn setup(&self, calendar: Option<Calendar>) -> CouncilSetup {
        let kept: &'static Procedures = Box::leak(Box::new(self.clone()));
        CouncilSetup {
            children: kept.resolve(ProcedureRole::Children),
            adults: kept.resolve(ProcedureRole::Adults),
            general: kept.resolve(ProcedureRole::General),
            calendar,
        }
    }
}

/// Every problem, errors and warnings, of a council's procedures and
/// calendar, with paths from the top of its configuration: those of
/// [`Procedures::problems`], the calendar's own, and a warning where the
/// procedures or the calendar mix nations (the general procedure's nation
/// is the council's; where Trusts run social care, the social care
/// procedures are not used, so not checked).
pub fn problems(procedures: &Procedures, calendar: Option<&Calendar>) -> Vec<Problem> {
    let mut found = procedures.problems();
    if let Some(calendar) = calendar {
        found.extend(calendar.validate().into_iter().map(|problem| Problem {
            path: format!("calendar.{}", problem.path),
            ..problem
        }));
    }
    let general = procedures.resolve(ProcedureRole::General);
    let mut used = vec![("procedures.general", general)];
    if !general.nation.social_care_by_trusts() {
        used.push((
            "procedures.children",
            procedures.resolve(ProcedureRole::Children),
        ));
        used.push((
            "procedures.adults",
            procedures.resolve(ProcedureRole::Adults),
        ));
    }
    let division = calendar.map(|calendar| ("calendar.division", calendar.division));
    found.extend(mixed_nations(&used, division));
    found
}

/// The parts of a council's configuration its dates depend on. Every other
/// field of `config.json` is passed over here (the wizard checks them).
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct CouncilDates {
    /// Which procedure each kind of complaint follows.
    #[serde(default)]
    pub procedures: Procedures,
    /// The council's working days; `None`: each procedure's nation's.
    #[serde(default)]
    pub calendar: Option<Calendar>,
}

impl CouncilDates {
    /// Reads the dates' part of a whole `config.json`, with every problem
    /// of its procedures and calendar, each naming its field.
    ///
    /// ```
    /// use redress_core::council::CouncilDates;
    ///
    /// let config = include_str!("../../examples/config-barnsley.json");
    /// let dates = CouncilDates::from_json(config).unwrap().value;
    /// assert_eq!(dates.procedures.adults, "general-barnsley");
    ///
    /// let wrong = r#"{"procedures": {"adults": "adult-barnsley"}}"#;
    /// let invalid = CouncilDates::from_json(wrong).unwrap_err();
    /// assert_eq!(invalid.problems[0].path, "procedures.adults");
    /// ```
    pub fn from_json(text: &str) -> Result<Checked<CouncilDates>, Invalid> {
        problems::load(text, CouncilDates::problems)
    }

    /// Every problem of its procedures and calendar (see [`problems`]).
    pub fn problems(&self) -> Vec<Problem> {
        problems(&self.procedures, self.calendar.as_ref())
    }

    /// The council's procedure for each role, and its calendar.
    pub fn setup(&self) -> CouncilSetup {
        self.procedures.setup(self.calendar.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Severity;

    #[test]
    fn the_example_configurations_name_their_procedures() {
        for (text, adults, general) in [
            (
                include_str!("../../examples/config-barnsley.json"),
                "general-barnsley",
                "general-barnsley",
            ),
            (
                include_str!("../../examples/config-seed-000.json"),
                "adult-statutory-england",
                "general-council-000",
            ),
            (
                include_str!("../../public/config.json"),
                "adult-statutory-england",
                "lgsco-complaint-handling-code",
            ),
        ] {
            let checked = CouncilDates::from_json(text).unwrap();
            assert_eq!(checked.warnings, Vec::new());
            let setup = checked.value.setup();
            assert_eq!(setup.adults.id, adults);
            assert_eq!(setup.general.id, general);
        }
    }

    #[test]
    fn a_councils_own_profile_is_found_before_a_built_in() {
        let mut own = built_in_procedure("lgsco-complaint-handling-code")
            .unwrap()
            .clone();
        own.id = "exampleshire-corporate".into();
        let procedures = Procedures {
            general: own.id.clone(),
            custom: vec![own.clone()],
            ..Procedures::default()
        };
        assert_eq!(procedures.find("exampleshire-corporate"), Some(&own));
        assert_eq!(procedures.known_ids()[0], "exampleshire-corporate");
        assert_eq!(procedures.known_ids().len(), built_in().len() + 1);
        // One that replaces a built-in is named once.
        let mut replacing = own.clone();
        replacing.id = "lgsco-complaint-handling-code".into();
        let replaced = Procedures {
            custom: vec![replacing],
            ..Procedures::default()
        };
        let known = replaced.known_ids();
        assert_eq!(known.len(), built_in().len());
        assert_eq!(known[0], "lgsco-complaint-handling-code");
        assert_eq!(procedures.setup(None).general, &own);
        assert_eq!(
            procedures.setup(None).children.id,
            "children-statutory-england"
        );
        assert_eq!(procedures.problems(), Vec::new());
    }

    #[test]
    fn every_problem_is_named_by_its_path() {
        let text = r#"{
            "council": {"name": "Ignored here"},
            "procedures": {"children": "none-such", "general": "also-none"},
            "calendar": {"division": "england-and-wales",
                         "closures": [{"date": "2026-12-31", "until": "2026-12-29", "reason": "x"}]}
        }"#;
        let invalid = CouncilDates::from_json(text).unwrap_err();
        let paths: Vec<&str> = invalid.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "procedures.children",
                "procedures.general",
                "calendar.closures[0].until"
            ]
        );
        assert!(invalid.problems[0]
            .to_string()
            .contains("use one of children-statutory-england"));
        // An unknown role's procedure falls back to the default general one.
        let dates: CouncilDates = serde_json::from_str(text).unwrap();
        assert_eq!(dates.setup().children.id, "lgsco-complaint-handling-code");
    }

    #[test]
    fn the_rules_take_each_roles_time_limit_and_the_councils_nation() {
        let today = crate::date::Date::new(2026, 12, 4).unwrap();
        let barnsley = CouncilDates::from_json(include_str!("../../examples/config-barnsley.json"))
            .unwrap()
            .value;
        let setup = barnsley.setup();
        let rules = setup.clone().rules(today);
        assert_eq!(rules.today, today);
        assert_eq!(rules.children_limit, setup.children.time_limit);
        assert_eq!(rules.adults_limit, setup.adults.time_limit);
        assert_eq!(rules.general_limit, setup.general.time_limit);
        assert_ne!(rules.children_limit, rules.general_limit);
        assert!(!rules.social_care_by_trusts);
        assert_eq!(rules.council.as_ref(), Some(&setup));
        let northern_ireland: CouncilDates =
            serde_json::from_str(r#"{"procedures": {"general": "northern-ireland-nipso-model"}}"#)
                .unwrap();
        assert!(northern_ireland.setup().rules(today).social_care_by_trusts);
    }

    #[test]
    fn procedures_of_another_nation_are_a_warning() {
        let text = r#"{"procedures": {"general": "wales-psow-model"},
                       "calendar": {"division": "scotland"}}"#;
        let checked = CouncilDates::from_json(text).unwrap();
        let paths: Vec<&str> = checked.warnings.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "procedures.children",
                "procedures.adults",
                "calendar.division"
            ]
        );
        // Where Trusts run social care, only the calendar is compared.
        let text = r#"{"procedures": {"general": "northern-ireland-nipso-model"},
                       "calendar": {"division": "scotland"}}"#;
        let checked = CouncilDates::from_json(text).unwrap();
        let paths: Vec<&str> = checked.warnings.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["calendar.division"]);
    }

    #[test]
    fn a_custom_profiles_problems_carry_its_place() {
        let mut own = built_in_procedure("children-statutory-england")
            .unwrap()
            .clone();
        own.id = "Not Kebab".into();
        let procedures = Procedures {
            custom: vec![own],
            ..Procedures::default()
        };
        let problems = procedures.problems();
        assert_eq!(problems[0].path, "procedures.custom[0].id");
        assert_eq!(problems[0].severity, Severity::Error);
    }

    #[test]
    fn two_profiles_giving_one_message_different_words_are_refused() {
        let profile = |id: &str, words: &str| {
            let mut own = built_in_procedure("general-barnsley").unwrap().clone();
            own.id = id.into();
            own.message_id = "our-procedure".into();
            own.text.0.insert(
                "en-GB".into(),
                crate::localized::Members(vec![("our-procedure".to_owned(), words.to_owned())]),
            );
            own
        };
        let procedures = Procedures {
            general: "first".into(),
            custom: vec![
                Procedure {
                    id: "first".into(),
                    ..built_in_procedure("general-barnsley").unwrap().clone()
                },
                profile("second", "Our procedure"),
                profile("third", "Our procedure"),
                profile("fourth", "Another procedure"),
            ],
            ..Procedures::default()
        };
        assert_eq!(
            procedures.own_text().get("cy", "our-procedure"),
            Some("Our procedure")
        );
        let problems = procedures.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "error: procedures.custom[3].text.en-GB.our-procedure: other words than procedures.custom[1].text.en-GB.our-procedure: a message has one text, so use another id or the same words"
        );
    }
}
