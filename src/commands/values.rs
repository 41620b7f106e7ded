//! The values clap reads with our own parsers (answers, dates, `check`
//! criteria), refused in the message catalogue's words.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};

use crate::assessment::Answer;
use crate::commands;

/// An answer from the command line; `None` clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerChoice(pub Option<Answer>);

/// A value clap cannot take (worded by the message catalogue).
#[derive(Debug)]
pub(crate) enum BadValue {
    /// Not an answer word.
    Answer,
    /// Not a date.
    Date(String),
    /// Not a list of `check` criteria: the word not understood.
    Criteria(String),
    /// Not an OSCAL version written.
    OscalVersion(String),
}

impl BadValue {
    /// Why the value is refused, in `lang`.
    pub(crate) fn words(&self, lang: crate::lang::Lang) -> String {
        match self {
            BadValue::Answer => crate::messages::bad_answer_word(lang),
            BadValue::Date(text) => crate::messages::bad_date(lang, text),
            BadValue::Criteria(word) => crate::messages::check_bad_criterion(lang, word),
            BadValue::OscalVersion(text) => crate::messages::bad_oscal_version(lang, text),
        }
    }
}

// clap renders the reason in its own error: in English, which
// `cli::exit_with` swaps for the run's language.
impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(crate::lang::Lang::En))
    }
}

impl std::error::Error for BadValue {}

pub(crate) fn parse_answer(word: &str) -> Result<AnswerChoice, BadValue> {
    if matches!(
        word.trim().to_lowercase().as_str(),
        "unanswered" | "none" | "-"
    ) {
        return Ok(AnswerChoice(None));
    }
    Answer::from_user(word)
        .map(|a| AnswerChoice(Some(a)))
        .ok_or(BadValue::Answer)
}

/// A due date from the command line; `None` clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueChoice(pub Option<jiff::civil::Date>);

/// The criteria of `check --fail-on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criteria(pub Vec<commands::check::Criterion>);

pub(crate) fn parse_criteria(text: &str) -> Result<Criteria, BadValue> {
    commands::check::Criterion::parse_list(text)
        .map(Criteria)
        .map_err(BadValue::Criteria)
}

pub(crate) fn parse_date_arg(text: &str) -> Result<jiff::civil::Date, BadValue> {
    crate::assessment::parse_date(text).ok_or_else(|| BadValue::Date(text.to_string()))
}

pub(crate) fn parse_due(text: &str) -> Result<DueChoice, BadValue> {
    if text.trim().is_empty() {
        return Ok(DueChoice(None));
    }
    crate::assessment::parse_date(text)
        .map(|d| DueChoice(Some(d)))
        .ok_or_else(|| BadValue::Date(text.to_string()))
}

pub(crate) fn parse_oscal_version(
    text: &str,
) -> Result<crate::report::oscal::OscalVersion, BadValue> {
    crate::report::oscal::OscalVersion::parse(text)
        .ok_or_else(|| BadValue::OscalVersion(text.to_string()))
}

/// Saved assessments whose name starts with what was typed, then files
/// and folders (a path is accepted too).
pub fn complete_assessment(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let mut found = Vec::new();
    if !typed.contains(std::path::MAIN_SEPARATOR) && !typed.starts_with('.') {
        let dir = crate::store::DataDir::resolve(data_dir_given().as_deref());
        let files = dir.and_then(|d| d.list()).unwrap_or_default();
        found.extend(
            files
                .iter()
                .filter_map(|p| p.file_stem().and_then(OsStr::to_str))
                .filter(|name| name.starts_with(&*typed))
                .map(|name| CompletionCandidate::new(name.to_string())),
        );
    }
    found.extend(PathCompleter::any().complete(current));
    found
}

/// `--data-dir DIR` (or `--data-dir=DIR`) on the line being completed: a
/// completer sees only its own word, and the line is in the arguments.
fn data_dir_given() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--data-dir=")
            .map(PathBuf::from)
            .or_else(|| (a == "--data-dir").then(|| args.get(i + 1).map(PathBuf::from))?)
    })
}

/// `--framework`: `nist-800-53`, `iso-27001` or `soc2`.
pub fn parse_framework()
-> impl clap::builder::TypedValueParser<Value = crate::questionnaire::Framework> {
    use crate::questionnaire::Framework;
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(Framework::ALL.map(Framework::word)).map(
        |word: String| {
            Framework::ALL
                .into_iter()
                .find(|f| f.word() == word)
                .unwrap_or(Framework::Nist80053)
        },
    )
}
