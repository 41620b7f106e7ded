//! The commands' error: every failure of the layers below (store,
//! questionnaire, report, terminal) plus the commands' own, each already
//! worded for the user — the file, the place and what to do.

use crate::questionnaire::QuestionnaireError;
use crate::report::ReportError;
use crate::store::StoreError;
use crate::tui::terminal::TerminalError;

/// A failure to report on standard error.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Reading, saving or naming an assessment.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A questionnaire that does not validate (every problem, one a line).
    #[error(transparent)]
    Questionnaire(#[from] QuestionnaireError),
    /// Rendering a report.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The Zendesk probe (nothing is saved when it stops).
    #[error(transparent)]
    Probe(#[from] crate::probe::ProbeError),
    /// Starting or running the interface.
    #[error(transparent)]
    Terminal(#[from] TerminalError),
    /// Standard output could not be written (a closed pipe is not one).
    #[error("{}", crate::messages::cannot_write_stdout(crate::messages::current_lang(), .0))]
    Stdout(std::io::Error),
    /// A command's own failure, worded by the message catalogue.
    #[error("{0}")]
    Command(String),
    /// Arguments that contradict each other (exit status 2).
    #[error("{0}")]
    Usage(String),
    /// `check` found what it was asked to fail on (exit status 3): how
    /// many, the lines themselves are on standard output.
    #[error("{0}")]
    Findings(String),
}

impl Failure {
    /// A command's own failure with this message (from the catalogue).
    pub fn new(message: impl Into<String>) -> Self {
        Failure::Command(message.into())
    }

    /// Bad usage: arguments that contradict each other (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::Usage(message.into())
    }

    /// The exit status: 2 for bad usage, 3 for `check`'s findings, else 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Findings(_) => 3,
            _ => 1,
        }
    }
}
