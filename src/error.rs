//! The commands' error: every failure of the layers below (store,
//! questionnaire, report, probe, terminal) as the data they returned, plus
//! the commands' own, already worded. [`Failure::words`] words it for
//! the user — the file, the place and what to do.

use crate::questionnaire::QuestionnaireError;
use crate::report::ReportError;
use crate::store::StoreError;
use crate::tui::terminal::TerminalError;

/// A failure to report on standard error.
#[derive(Debug)]
pub enum Failure {
    /// Reading, saving or naming an assessment.
    Store(StoreError),
    /// A questionnaire that does not validate (every problem, one a line).
    Questionnaire(QuestionnaireError),
    /// Rendering a report.
    Report(ReportError),
    /// The Zendesk probe (nothing is saved when it stops).
    Probe(crate::probe::ProbeError),
    /// Starting or running the interface.
    Terminal(TerminalError),
    /// Standard output could not be written (a closed pipe is not one).
    Stdout(std::io::Error),
    /// A command's own failure, worded by the message catalogue.
    Command(String),
    /// Arguments that contradict each other (exit status 2).
    Usage(String),
    /// `check` found what it was asked to fail on (exit status 3): how
    /// many, the lines themselves are on standard output.
    Findings(String),
}

// Every layer's error converts into a failure, so that `?` carries it up.
macro_rules! from {
    ($($variant:ident($error:ty)),* $(,)?) => {
        $(impl From<$error> for Failure {
            fn from(e: $error) -> Self {
                Failure::$variant(e)
            }
        })*
    };
}

from!(
    Store(StoreError),
    Questionnaire(QuestionnaireError),
    Report(ReportError),
    Probe(crate::probe::ProbeError),
    Terminal(TerminalError),
);

impl Failure {
    /// A command's own failure with this message (from the catalogue).
    pub fn new(message: impl Into<String>) -> Self {
        Failure::Command(message.into())
    }

    /// Bad usage: arguments that contradict each other (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::Usage(message.into())
    }

    /// The failure in words, in `lang`: what the layer below returned,
    /// worded by the catalogue, or the command's own message.
    pub fn words(&self, lang: crate::lang::Lang) -> String {
        use crate::messages as m;
        match self {
            Failure::Store(e) => m::store_error(lang, e),
            Failure::Questionnaire(e) => m::questionnaire_error(lang, e),
            Failure::Report(e) => e.words(lang),
            Failure::Probe(e) => m::probe_error(lang, e),
            Failure::Terminal(e) => e.words(lang),
            Failure::Stdout(e) => m::cannot_write_stdout(lang, m::io_error(lang, e)),
            Failure::Command(text) | Failure::Usage(text) | Failure::Findings(text) => text.clone(),
        }
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
