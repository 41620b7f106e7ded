//! srm-assess: walk the administrator of a SaaS instance through the
//! subscriber side of the vendor's shared responsibility model, keep the
//! answers in a local TOML file and report the gaps.
//!
//! The domain (questionnaire, assessment, scoring, report) has no terminal
//! code in it; the binary's `main` only parses the command line and calls
//! into [`cli`].

pub mod assessment;
pub mod cli;
pub mod clock;
pub(crate) mod commands;
pub(crate) mod error;
#[doc(hidden)]
pub mod fuzz;
pub mod lang;
pub(crate) mod messages;
pub(crate) mod panic;
pub(crate) mod position;
pub mod probe;
pub mod questionnaire;
pub mod report;
pub(crate) mod sanitize;
pub mod score;
pub(crate) mod secrets;
pub mod store;
pub mod tui;
