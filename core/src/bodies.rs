//! The independent bodies beyond the council: each UK nation's Ombudsman and
//! care regulator, and how a person reaches them.
//!
//! These are national, not chosen by a council, so they are written here
//! once. A procedure profile names its Ombudsman by id, and may give its own
//! phone and website for an Ombudsman not listed here (such as the Housing
//! Ombudsman).
//!
//! Phone numbers and websites were taken from the bodies' own pages and
//! council pages that quote them; each is marked where it could not be
//! checked against the body's own page.
//!
//! ```
//! use redress_core::bodies::body;
//! use redress_core::procedure::Nation;
//!
//! assert_eq!(Nation::Wales.ombudsman().id, "psow");
//! assert_eq!(body("lgsco").unwrap().phone, Some("0300 061 0614"));
//! assert!(Nation::NorthernIreland.social_care_by_trusts());
//! ```

use crate::procedure::Nation;

/// An Ombudsman or a care regulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Body {
    /// Id, such as `lgsco`; an Ombudsman's matches a profile's `ombudsman.id`.
    pub id: &'static str,
    /// The nation it covers.
    pub nation: Nation,
    /// Fluent message id of its name.
    pub message_id: &'static str,
    /// Its public phone line, written as people dial it.
    pub phone: Option<&'static str>,
    /// Its website (https).
    pub website: &'static str,
    /// For a regulator, the Fluent message id of the sentence that tells a
    /// person they can tell it about their complaint, and what it does with
    /// one.
    pub tell: Option<&'static str>,
}

/// Every body the wizard knows.
pub const BODIES: [Body; 8] = [
    // LGSCO, "Text for referring someone to the Ombudsman": website and phone.
    Body {
        id: "lgsco",
        nation: Nation::England,
        message_id: msg!("ombudsman-lgsco"),
        phone: Some("0300 061 0614"),
        website: "https://www.lgo.org.uk",
        tell: None,
    },
    // PSOW privacy notice, "How you can contact us".
    Body {
        id: "psow",
        nation: Nation::Wales,
        message_id: msg!("ombudsman-psow"),
        phone: Some("0300 790 0203"),
        website: "https://www.ombudsman.wales",
        tell: None,
    },
    // SPSO pages: "Call us on 0800 377 7330".
    Body {
        id: "spso",
        nation: Nation::Scotland,
        message_id: msg!("ombudsman-spso"),
        phone: Some("0800 377 7330"),
        website: "https://www.spso.org.uk",
        tell: None,
    },
    // NIPSO: "call us on our helpline at 0800 343424".
    Body {
        id: "nipso",
        nation: Nation::NorthernIreland,
        message_id: msg!("ombudsman-nipso"),
        phone: Some("0800 343 424"),
        website: "https://www.nipso.org.uk",
        tell: None,
    },
    // CQC contact page: National Customer Service Centre.
    Body {
        id: "cqc",
        nation: Nation::England,
        message_id: msg!("regulator-cqc"),
        phone: Some("03000 616161"),
        website: "https://www.cqc.org.uk",
        tell: Some(msg!("regulator-tell-cqc")),
    },
    // CIW: "we are not a complaints agency" (phone not checked offline).
    Body {
        id: "ciw",
        nation: Nation::Wales,
        message_id: msg!("regulator-ciw"),
        phone: None,
        website: "https://www.careinspectorate.wales",
        tell: Some(msg!("regulator-tell-ciw")),
    },
    // The Care Inspectorate takes complaints about registered care services.
    Body {
        id: "care-inspectorate",
        nation: Nation::Scotland,
        message_id: msg!("regulator-care-inspectorate"),
        phone: Some("0345 600 9527"),
        website: "https://www.careinspectorate.com",
        tell: Some(msg!("regulator-tell-care-inspectorate")),
    },
    // RQIA (phone not checked offline).
    Body {
        id: "rqia",
        nation: Nation::NorthernIreland,
        message_id: msg!("regulator-rqia"),
        phone: None,
        website: "https://www.rqia.org.uk",
        tell: Some(msg!("regulator-tell-rqia")),
    },
];

/// The body with this id.
pub fn body(id: &str) -> Option<&'static Body> {
    BODIES.iter().find(|body| body.id == id)
}

impl Nation {
    /// The Ombudsman for councils in this nation.
    pub fn ombudsman(self) -> &'static Body {
        let id = match self {
            Nation::England => "lgsco",
            Nation::Wales => "psow",
            Nation::Scotland => "spso",
            Nation::NorthernIreland => "nipso",
        };
        body(id).expect("every nation's Ombudsman is listed")
    }

    /// The regulator of care services in this nation.
    pub fn care_regulator(self) -> &'static Body {
        let id = match self {
            Nation::England => "cqc",
            Nation::Wales => "ciw",
            Nation::Scotland => "care-inspectorate",
            Nation::NorthernIreland => "rqia",
        };
        body(id).expect("every nation's regulator is listed")
    }

    /// Who looks at a social care complaint that the care provider's own
    /// answer did not settle, outside the council's procedure: in England
    /// the LGSCO (it looks at all adult social care providers, for people
    /// who pay for their own care too), in Wales the PSOW (privately
    /// arranged social care), in Scotland the Care Inspectorate (complaints
    /// about registered care services), and in Northern Ireland, where the
    /// Health and Social Care Trusts provide it, NIPSO.
    pub fn after_care_provider(self) -> &'static Body {
        match self {
            Nation::Scotland => self.care_regulator(),
            Nation::England | Nation::Wales | Nation::NorthernIreland => self.ombudsman(),
        }
    }

    /// Whether social care is run by Health and Social Care Trusts rather than
    /// councils, so that social care complaints go to the Trusts: Northern
    /// Ireland.
    pub const fn social_care_by_trusts(self) -> bool {
        matches!(self, Nation::NorthernIreland)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NATIONS: [Nation; 4] = [
        Nation::England,
        Nation::Wales,
        Nation::Scotland,
        Nation::NorthernIreland,
    ];

    #[test]
    fn each_nation_has_its_own_ombudsman_and_regulator() {
        for nation in NATIONS {
            assert_eq!(nation.ombudsman().nation, nation);
            assert_eq!(nation.care_regulator().nation, nation);
            assert!(nation.ombudsman().tell.is_none());
            assert!(nation.care_regulator().tell.is_some());
        }
        let ids: Vec<&str> = NATIONS.iter().map(|n| n.care_regulator().id).collect();
        assert_eq!(ids, ["cqc", "ciw", "care-inspectorate", "rqia"]);
        let ids: Vec<&str> = NATIONS.iter().map(|n| n.ombudsman().id).collect();
        assert_eq!(ids, ["lgsco", "psow", "spso", "nipso"]);
    }

    #[test]
    fn every_body_has_an_https_website_and_a_well_formed_phone() {
        for body in BODIES {
            assert!(body.website.starts_with("https://"), "{}", body.id);
            if let Some(phone) = body.phone {
                assert!(crate::validate::phone(phone).is_some(), "{}", body.id);
            }
        }
    }

    #[test]
    fn self_funders_go_to_the_body_that_looks_at_care_providers() {
        let ids: Vec<&str> = NATIONS.iter().map(|n| n.after_care_provider().id).collect();
        assert_eq!(ids, ["lgsco", "psow", "care-inspectorate", "nipso"]);
        assert_eq!(
            NATIONS.map(Nation::social_care_by_trusts),
            [false, false, false, true]
        );
    }
}
