//! Small components for patterns used on more than one page.

mod action_link;
mod answers_footer;
mod back_link;
mod beyond_council;
mod checkboxes;
mod choice_page;
mod contact_details;
mod date_input;
mod error_summary;
mod exit_page;
mod file_upload;
mod follow_up;
mod hint;
mod interruption;
mod long_text_page;
mod page;
mod question;
mod radios;
mod text_field;

pub use action_link::ActionLink;
pub use answers_footer::AnswersFooter;
pub use back_link::BackLink;
pub use beyond_council::{AfterTheirAnswer, BodyContact, OmbudsmanAdvice, RegulatorNote};
pub use checkboxes::{CheckboxItem, Checkboxes};
pub use choice_page::ChoicePage;
pub use contact_details::{
    opening_hours, ContactDetails, PhoneNumber, RiskContacts, SafeguardingContacts,
};
pub use date_input::{date_error, DateFields, DateInput};
pub use error_summary::{field_error, group_error, ErrorList, ErrorMessage, ErrorSummary};
pub use exit_page::ExitThisPage;
pub use file_upload::FileUpload;
pub use follow_up::FollowUpSummary;
pub use hint::{item_id, FieldHint};
pub use interruption::InterruptionPage;
pub use long_text_page::LongTextPage;
pub use page::{use_page_title, use_start_title, HEADING_ID};
pub use question::QuestionPage;
pub use radios::{Choice, Legend, Radios};
pub use text_field::{CharacterCount, TextInput};
