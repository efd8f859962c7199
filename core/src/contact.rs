//! How to reach the person, and the support they need: the last questions.
//!
//! ```
//! use redress_core::contact::{check_contact, ContactForm, ContactMethod};
//!
//! let form = ContactForm {
//!     name: "Ann Lee".into(),
//!     methods: [ContactMethod::Email].into(),
//!     email: " ann@example.org ".into(),
//!     ..ContactForm::default()
//! };
//! let details = check_contact(&form, true).unwrap();
//! assert_eq!(details.email.as_deref(), Some("ann@example.org"));
//! ```

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::validate::{self, optional_text, text, FieldError, SHORT_TEXT_LIMIT};

/// A way the council can reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    /// By email.
    Email,
    /// By phone.
    Phone,
    /// By post.
    Post,
}

/// A postal address; the postcode is written the standard way.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    /// Building and street.
    pub line1: String,
    /// A second line, possibly empty.
    pub line2: String,
    /// Town or city.
    pub town: String,
    /// The postcode, e.g. "S70 2TA".
    pub postcode: String,
}

/// The person's contact details, checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    /// Their name, as typed; empty when a compliment or comment is anonymous.
    pub name: String,
    /// How they would like a reply; empty means no reply wanted.
    pub methods: BTreeSet<ContactMethod>,
    /// Email address, if email is chosen.
    pub email: Option<String>,
    /// Phone number in diallable form, if phone is chosen.
    pub phone: Option<String>,
    /// Postal address, if post is chosen.
    pub address: Option<PostalAddress>,
    /// When is best to call, as typed (possibly empty).
    pub best_time: String,
}

/// What the contact page's fields hold, before checking.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactForm {
    /// Full name.
    pub name: String,
    /// The methods ticked.
    pub methods: BTreeSet<ContactMethod>,
    /// Email, as typed.
    pub email: String,
    /// Phone, as typed.
    pub phone: String,
    /// Address line 1.
    pub line1: String,
    /// Address line 2.
    pub line2: String,
    /// Town or city.
    pub town: String,
    /// Postcode, as typed.
    pub postcode: String,
    /// Best time to call.
    pub best_time: String,
}

impl From<&ContactDetails> for ContactForm {
    fn from(details: &ContactDetails) -> Self {
        let address = details.address.clone().unwrap_or_default();
        ContactForm {
            name: details.name.clone(),
            methods: details.methods.clone(),
            email: details.email.clone().unwrap_or_default(),
            phone: details.phone.clone().unwrap_or_default(),
            line1: address.line1,
            line2: address.line2,
            town: address.town,
            postcode: address.postcode,
            best_time: details.best_time.clone(),
        }
    }
}

/// Checks the contact page. A complaint (`reply_needed`) needs a name and at
/// least one way to reply; a compliment or comment may be anonymous. Each
/// method ticked needs its details; details of methods not ticked are
/// dropped, so nothing is kept that the person chose not to give.
pub fn check_contact(
    form: &ContactForm,
    reply_needed: bool,
) -> Result<ContactDetails, Vec<FieldError>> {
    let errors = std::cell::RefCell::new(Vec::new());
    let keep = |result: Result<String, FieldError>| match result {
        Ok(value) => Some(value),
        Err(error) => {
            errors.borrow_mut().push(error);
            None
        }
    };
    let too_long = |field| FieldError::new(field, msg!("contact-too-long"));
    let name = if reply_needed {
        keep(text(
            &form.name,
            SHORT_TEXT_LIMIT,
            FieldError::new("full-name", msg!("full-name-error")),
            too_long("full-name"),
        ))
    } else {
        keep(optional_text(
            &form.name,
            SHORT_TEXT_LIMIT,
            too_long("full-name"),
        ))
    };
    if reply_needed && form.methods.is_empty() {
        errors.borrow_mut().push(FieldError::new(
            "contact-method",
            msg!("contact-method-error"),
        ));
    }
    let wants = |method| form.methods.contains(&method);
    let email = if wants(ContactMethod::Email) {
        let error = if form.email.trim().is_empty() {
            msg!("email-error-empty")
        } else {
            msg!("email-error-format")
        };
        keep(validate::email(&form.email).ok_or(FieldError::new("email", error)))
    } else {
        None
    };
    let phone = if wants(ContactMethod::Phone) {
        let error = if form.phone.trim().is_empty() {
            msg!("phone-error-empty")
        } else {
            msg!("phone-error-format")
        };
        keep(validate::phone(&form.phone).ok_or(FieldError::new("phone", error)))
    } else {
        None
    };
    let best_time = if wants(ContactMethod::Phone) {
        keep(optional_text(
            &form.best_time,
            SHORT_TEXT_LIMIT,
            too_long("best-time"),
        ))
    } else {
        Some(String::new())
    };
    let address = if wants(ContactMethod::Post) {
        let line1 = keep(text(
            &form.line1,
            SHORT_TEXT_LIMIT,
            FieldError::new("address-line1", msg!("address-line1-error")),
            too_long("address-line1"),
        ));
        let line2 = keep(optional_text(
            &form.line2,
            SHORT_TEXT_LIMIT,
            too_long("address-line2"),
        ));
        let town = keep(text(
            &form.town,
            SHORT_TEXT_LIMIT,
            FieldError::new("address-town", msg!("address-town-error")),
            too_long("address-town"),
        ));
        let error = if form.postcode.trim().is_empty() {
            msg!("postcode-error-empty")
        } else {
            msg!("postcode-error-format")
        };
        let postcode =
            keep(validate::postcode(&form.postcode).ok_or(FieldError::new("postcode", error)));
        match (line1, line2, town, postcode) {
            (Some(line1), Some(line2), Some(town), Some(postcode)) => Some(PostalAddress {
                line1,
                line2,
                town,
                postcode,
            }),
            _ => None,
        }
    } else {
        None
    };
    let errors = errors.into_inner();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ContactDetails {
        name: name.unwrap_or_default(),
        methods: form.methods.clone(),
        email,
        phone,
        address,
        best_time: best_time.unwrap_or_default(),
    })
}

/// A kind of help the person needs to take part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportNeed {
    /// A spoken-language interpreter.
    Interpreter,
    /// A British Sign Language interpreter.
    BritishSignLanguage,
    /// Letters in Braille.
    Braille,
    /// Letters in large print.
    LargePrint,
    /// Easy read documents.
    EasyRead,
    /// Audio recordings.
    Audio,
    /// Help from an advocate or support organisation.
    Advocacy,
}

/// The support the person asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Support {
    /// The kinds of help ticked.
    pub needs: BTreeSet<SupportNeed>,
    /// The language for the interpreter, if an interpreter is needed.
    pub interpreter_language: String,
    /// The language to reply in, as typed; empty means the language used here.
    pub reply_language: String,
    /// The name of someone helping them, if any.
    pub helper: String,
}

/// Checks the support page: an interpreter needs a language; every text is
/// within the short-text limit. Nothing is required.
pub fn check_support(support: &Support) -> Result<Support, Vec<FieldError>> {
    let too_long = |field| FieldError::new(field, msg!("contact-too-long"));
    let mut errors = Vec::new();
    let interpreter_language = if support.needs.contains(&SupportNeed::Interpreter) {
        text(
            &support.interpreter_language,
            SHORT_TEXT_LIMIT,
            FieldError::new("interpreter-language", msg!("interpreter-language-error")),
            too_long("interpreter-language"),
        )
    } else {
        Ok(String::new())
    };
    let reply_language = optional_text(
        &support.reply_language,
        SHORT_TEXT_LIMIT,
        too_long("reply-language"),
    );
    let helper = optional_text(&support.helper, SHORT_TEXT_LIMIT, too_long("helper"));
    for result in [&interpreter_language, &reply_language, &helper] {
        if let Err(error) = result {
            errors.push(*error);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Support {
        needs: support.needs.clone(),
        interpreter_language: interpreter_language.unwrap_or_default(),
        reply_language: reply_language.unwrap_or_default(),
        helper: helper.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(result: Result<ContactDetails, Vec<FieldError>>) -> Vec<&'static str> {
        result.unwrap_err().iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complaint_needs_a_name_and_a_way_to_reply() {
        assert_eq!(
            fields(check_contact(&ContactForm::default(), true)),
            ["full-name", "contact-method"]
        );
    }

    #[test]
    fn feedback_may_be_anonymous() {
        let details = check_contact(&ContactForm::default(), false).unwrap();
        assert!(details.methods.is_empty());
        assert_eq!(details.name, "");
    }

    #[test]
    fn each_method_ticked_needs_valid_details() {
        let form = ContactForm {
            name: "Ann".into(),
            methods: [
                ContactMethod::Email,
                ContactMethod::Phone,
                ContactMethod::Post,
            ]
            .into(),
            email: "ann@".into(),
            phone: "".into(),
            postcode: "nope".into(),
            ..ContactForm::default()
        };
        assert_eq!(
            fields(check_contact(&form, true)),
            [
                "email",
                "phone",
                "address-line1",
                "address-town",
                "postcode"
            ]
        );
        let errors = check_contact(&form, true).unwrap_err();
        assert_eq!(errors[0].message, "email-error-format");
        assert_eq!(errors[1].message, "phone-error-empty");
        assert_eq!(errors[4].message, "postcode-error-format");
    }

    #[test]
    fn details_of_methods_not_ticked_are_dropped() {
        let form = ContactForm {
            name: " Ann ".into(),
            methods: [ContactMethod::Post].into(),
            email: "ann@example.org".into(),
            phone: "01226 770770".into(),
            line1: "1 High St".into(),
            town: "Barnsley".into(),
            postcode: "s702ta".into(),
            ..ContactForm::default()
        };
        let details = check_contact(&form, true).unwrap();
        assert_eq!(details.name, "Ann");
        assert_eq!(details.email, None);
        assert_eq!(details.phone, None);
        assert_eq!(details.address.unwrap().postcode, "S70 2TA");
        // And the form refills from what was kept.
        let again = ContactForm::from(&check_contact(&form, true).unwrap());
        assert_eq!(again.email, "");
        assert_eq!(again.postcode, "S70 2TA");
    }

    #[test]
    fn an_interpreter_needs_a_language() {
        let support = Support {
            needs: [SupportNeed::Interpreter, SupportNeed::LargePrint].into(),
            ..Support::default()
        };
        let errors = check_support(&support).unwrap_err();
        assert_eq!(errors[0].field, "interpreter-language");
        let support = Support {
            needs: [SupportNeed::LargePrint].into(),
            interpreter_language: "Polish".into(),
            ..Support::default()
        };
        assert_eq!(check_support(&support).unwrap().interpreter_language, "");
    }
}
