//! Small components for patterns used on more than one page.

mod contact_details;
mod page;

pub use contact_details::{ContactDetails, PhoneLineDetails, PhoneNumber};
pub use page::use_page_title;
