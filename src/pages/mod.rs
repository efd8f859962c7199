//! One component per page of the wizard.

mod config_error;
mod start;

pub use config_error::ConfigErrorPage;
pub use start::StartPage;
