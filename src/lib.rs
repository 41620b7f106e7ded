//! srm-assess: walk the administrator of a SaaS instance through the
//! subscriber side of the vendor's shared responsibility model, keep the
//! answers in a local TOML file and report the gaps.
//!
//! The domain (questionnaire, assessment, scoring, report) has no terminal
//! code in it; the binary's `main` only parses the command line and calls
//! into [`cli`].

pub mod assessment;
pub mod cli;
pub mod commands;
pub mod error;
pub mod i18n;
pub mod lang;
pub mod messages;
pub mod panic;
pub mod position;
pub mod questionnaire;
pub mod report;
pub mod sanitize;
pub mod score;
pub mod secrets;
pub mod store;
pub mod synthetic;
pub mod tui;
