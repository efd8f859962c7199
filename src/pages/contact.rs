//! Name and how to contact the person (optional for compliments and
//! comments), with autocomplete tokens and forgiving validation.

use leptos::prelude::*;
use redress_core::contact::{check_contact, ContactForm, ContactMethod};
use redress_core::journey::{ContactKind, Step};
use redress_core::validate::FieldError;

use crate::components::{
    field_error, CheckboxItem, Checkboxes, Choice, QuestionPage, TextInput, HEADING_ID,
};
use crate::l10n::use_i18n;
use crate::msg;
use crate::wizard::Wizard;

/// The ways to reply, in order; also how Check your answers names them.
pub fn methods() -> Vec<Choice<ContactMethod>> {
    vec![
        Choice::new(ContactMethod::Email, msg!("contact-by-email")),
        Choice::new(ContactMethod::Phone, msg!("contact-by-phone")),
        Choice::new(ContactMethod::Post, msg!("contact-by-post")),
    ]
}

/// The contact page.
#[component]
pub fn ContactPage() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = Wizard::get();
    let (form, complaint) = wizard.answers.with_untracked(|a| {
        (
            a.contact
                .as_ref()
                .map(ContactForm::from)
                .unwrap_or_default(),
            a.kind.is_some_and(ContactKind::is_complaint),
        )
    });
    let name = RwSignal::new(form.name);
    let selected = RwSignal::new(form.methods);
    let email = RwSignal::new(form.email);
    let phone = RwSignal::new(form.phone);
    let best_time = RwSignal::new(form.best_time);
    let line1 = RwSignal::new(form.line1);
    let line2 = RwSignal::new(form.line2);
    let town = RwSignal::new(form.town);
    let postcode = RwSignal::new(form.postcode);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = Callback::new(move |()| {
        let form = ContactForm {
            name: name.get_untracked(),
            methods: selected.get_untracked(),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
            line1: line1.get_untracked(),
            line2: line2.get_untracked(),
            town: town.get_untracked(),
            postcode: postcode.get_untracked(),
            best_time: best_time.get_untracked(),
        };
        let details = check_contact(&form, complaint)?;
        wizard.answer(Step::Contact, |answers| answers.contact = Some(details));
        Ok(())
    });
    let error = move |field| field_error(errors, field);
    let items = methods()
        .into_iter()
        .map(|choice| match choice.value {
            ContactMethod::Email => CheckboxItem::revealing(choice, move || {
                view! {
                    <TextInput
                        id="email"
                        label=msg!("email-label")
                        kind="email"
                        autocomplete="email"
                        value=email
                        error=error("email")
                    />
                }
            }),
            ContactMethod::Phone => CheckboxItem::revealing(choice, move || {
                view! {
                    <TextInput
                        id="phone"
                        label=msg!("phone-label")
                        hint=msg!("phone-hint")
                        kind="tel"
                        autocomplete="tel"
                        value=phone
                        error=error("phone")
                    />
                    <TextInput
                        id="best-time"
                        label=msg!("best-time-label")
                        hint=msg!("best-time-hint")
                        value=best_time
                        error=error("best-time")
                    />
                }
            }),
            ContactMethod::Post => CheckboxItem::revealing(choice, move || {
                view! {
                    <TextInput
                        id="address-line1"
                        label=msg!("address-line1-label")
                        autocomplete="address-line1"
                        value=line1
                        error=error("address-line1")
                    />
                    <TextInput
                        id="address-line2"
                        label=msg!("address-line2-label")
                        autocomplete="address-line2"
                        value=line2
                        error=error("address-line2")
                    />
                    <TextInput
                        id="address-town"
                        label=msg!("address-town-label")
                        autocomplete="address-level2"
                        value=town
                        error=error("address-town")
                    />
                    <TextInput
                        id="postcode"
                        label=msg!("postcode-label")
                        autocomplete="postal-code"
                        value=postcode
                        error=error("postcode")
                    />
                }
            }),
        })
        .collect();
    let (heading, name_label, methods_hint) = if complaint {
        (
            msg!("contact-heading"),
            msg!("full-name-label"),
            msg!("contact-method-hint"),
        )
    } else {
        (
            msg!("contact-heading-optional"),
            msg!("full-name-label-optional"),
            msg!("contact-method-hint-optional"),
        )
    };
    view! {
        <QuestionPage title=heading errors on_continue>
            <h1 id=HEADING_ID class="redress-heading-l" tabindex="-1">
                {i18n.text(heading)}
            </h1>
            {(!complaint)
                .then(|| view! { <p class="redress-body">{i18n.text("contact-optional-intro")}</p> })}
            <TextInput id="full-name" label=name_label autocomplete="name" value=name error=error("full-name")/>
            <Checkboxes
                name="contact-method"
                legend=msg!("contact-method-question")
                hint=Some(methods_hint)
                items
                selected
                error=error("contact-method")
            />
        </QuestionPage>
    }
}
