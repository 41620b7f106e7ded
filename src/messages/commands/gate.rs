//! Messages of the pipeline formats of `check` (`--since`, the GitHub job
//! summary) and of `ci-setup`.

use crate::lang::Lang;
use crate::messages::*;
use jiff::civil::Date;

/// A finding that is new or worse since revision `rev`.
pub fn new_since(l: Lang, rev: &str, what: &str) -> String {
    say!(
        l,
        "new since {rev}: {what}",
        "nuovo rispetto a {rev}: {what}"
    )
}

/// How `--fail-on new` is named in `check`'s summary line.
pub fn criterion_new_since(l: Lang, rev: &str) -> String {
    say!(l, "new since {rev}", "nuovo rispetto a {rev}")
}

/// `--since REV`: the file did not exist at that revision, so everything
/// found is new.
pub fn since_no_file(l: Lang, rev: &str) -> String {
    say!(
        l,
        "the assessment file did not exist at {rev}: everything found counts as new",
        "il file della valutazione non esisteva in {rev}: tutto ciò che si trova conta come nuovo"
    )
}

/// `--fail-on new` without `--since`.
pub fn new_needs_since(l: Lang) -> String {
    say!(
        l,
        "--fail-on new needs --since REV: the git revision to compare with (e.g. --since HEAD or --since origin/main)",
        "--fail-on new richiede --since REV: la revisione git con cui confrontare (es. --since HEAD o --since origin/main)"
    )
}

/// The words of the GitHub job summary.
pub struct SummaryWords {
    /// The table's header: severity, failing findings, accepted risks.
    pub header: [String; 3],
    /// The list's heading.
    pub findings: String,
}

/// The words of the GitHub job summary.
pub fn summary_words(l: Lang) -> SummaryWords {
    SummaryWords {
        header: [
            say!(l, "Severity", "Gravità"),
            say!(l, "Findings", "Riscontri"),
            say!(l, "Accepted risks", "Rischi accettati"),
        ],
        findings: say!(l, "Findings", "Riscontri"),
    }
}

/// The job summary's title.
pub fn summary_title(l: Lang, name: &str) -> String {
    say!(l, "srm-assess check: {name}", "srm-assess check: {name}")
}

/// The job summary's first sentence: what was checked and the outcome.
pub fn summary_outcome(
    l: Lang,
    questions: usize,
    questionnaire: &str,
    as_of: Date,
    criteria: &str,
    failing: usize,
) -> String {
    match failing {
        0 => say!(
            l,
            "Checked {questions} questions of {questionnaire} as of {as_of} for {criteria}: nothing matched.",
            "Controllate {questions} domande di {questionnaire} al {as_of} per {criteria}: nessun riscontro."
        ),
        1 => say!(
            l,
            "Checked {questions} questions of {questionnaire} as of {as_of} for {criteria}: 1 finding fails the check.",
            "Controllate {questions} domande di {questionnaire} al {as_of} per {criteria}: 1 riscontro fa fallire il controllo."
        ),
        n => say!(
            l,
            "Checked {questions} questions of {questionnaire} as of {as_of} for {criteria}: {n} findings fail the check.",
            "Controllate {questions} domande di {questionnaire} al {as_of} per {criteria}: {n} riscontri fanno fallire il controllo."
        ),
    }
}

/// The job summary's last line when the list was cut.
pub fn summary_more(l: Lang, more: usize, command: &str) -> String {
    say!(
        l,
        "…and {more} more: run {command} to see them all.",
        "…e altri {more}: eseguite {command} per vederli tutti."
    )
}

/// The job summary could not be written to `$GITHUB_STEP_SUMMARY`.
pub fn step_summary_failed(l: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    let path = path.display();
    say!(
        l,
        "cannot write the job summary to {path} ($GITHUB_STEP_SUMMARY): {e}",
        "impossibile scrivere il riepilogo del job in {path} ($GITHUB_STEP_SUMMARY): {e}"
    )
}
