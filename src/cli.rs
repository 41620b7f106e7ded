//! The command line: options and subcommands (clap derive), and the
//! dispatch to each command's module under [`crate::commands`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::error::Failure;
use crate::lang::Lang;

/// Walk through the subscriber side of a vendor's shared responsibility
/// model, keep the answers in a TOML file and report the gaps.
#[derive(Debug, Parser)]
#[command(name = "srm-assess", version, about, long_about = None)]
pub struct Cli {
    /// Language of the interface and the questionnaire [default: from the system locale, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Use this questionnaire file instead of the built-in Zendesk one
    #[arg(long, global = true, value_name = "PATH")]
    pub questionnaire: Option<PathBuf>,

    /// What to do (without one: an overview of the questionnaire)
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a questionnaire file (the built-in one when none is given)
    Validate {
        /// The questionnaire TOML file to check
        #[arg(value_name = "QUESTIONNAIRE.toml")]
        path: Option<PathBuf>,
    },
}

impl Cli {
    /// The language to use: `--lang`, else the system locale, else English.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::detect)
    }
}

/// Runs the parsed command line, writing results to standard output.
pub fn run(cli: Cli) -> Result<(), Failure> {
    let lang = cli.language();
    match cli.command {
        Some(Command::Validate { path }) => {
            commands::validate::run(path.as_deref().or(cli.questionnaire.as_deref()))
        }
        None => commands::overview::run(cli.questionnaire.as_deref(), lang),
    }
}
