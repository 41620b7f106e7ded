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

/// `ci-setup` found no assessment file.
pub fn ci_setup_nothing_found(l: Lang) -> String {
    say!(
        l,
        "no assessment file under this folder; run ci-setup at the top of the repository that holds them, or name them: srm-assess ci-setup security/zendesk.toml",
        "nessun file di valutazione in questa cartella; eseguite ci-setup alla radice del repository che li contiene, o indicateli: srm-assess ci-setup security/zendesk.toml"
    )
}

/// `ci-setup` was given a path a workflow cannot hold as it is.
pub fn ci_setup_bad_path(l: Lang, path: &str) -> String {
    say!(
        l,
        "{path:?} cannot go into the workflow: give a path relative to the repository's root, inside it, without quotes, glob characters (* ? [ ] !) or ${{{{",
        "{path:?} non può entrare nel workflow: indicate un percorso relativo alla radice del repository, al suo interno, senza virgolette, caratteri glob (* ? [ ] !) né ${{{{"
    )
}

/// `ci-setup` wrote the workflow.
pub fn ci_setup_written(
    l: Lang,
    file: &std::path::Path,
    paths: &[String],
    edit_source: bool,
) -> String {
    let (file, paths) = (file.display(), paths.join(", "));
    let source = if edit_source {
        say!(
            l,
            " Edit SRM_ASSESS_REPOSITORY in it: owner/name of your srm-assess copy.",
            " Modificate SRM_ASSESS_REPOSITORY nel file: owner/nome della vostra copia di srm-assess."
        )
    } else {
        String::new()
    };
    say!(
        l,
        "Wrote {file} for {paths}.{source} For the probe, add the repository secrets ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (README, \"Continuous posture\"); then commit the file.",
        "Scritto {file} per {paths}.{source} Per la sonda, aggiungete i segreti del repository ZENDESK_CLIENT_ID e ZENDESK_CLIENT_SECRET (README, \"Continuous posture\"); poi fate il commit del file."
    )
}

/// `ci-setup --source` that is not owner/name.
pub fn ci_setup_bad_source(l: Lang, text: &str) -> String {
    say!(
        l,
        "{text:?} is not a GitHub repository: give owner/name, e.g. acme/srm-assess",
        "{text:?} non è un repository GitHub: indicate owner/nome, es. acme/srm-assess"
    )
}

/// `ci-setup --ref` that is not a plain git reference.
pub fn ci_setup_bad_ref(l: Lang, text: &str) -> String {
    say!(
        l,
        "{text:?} is not a branch, tag or commit name",
        "{text:?} non è un nome di branch, tag o commit"
    )
}

/// `ci-setup` will not replace a workflow that is there.
pub fn ci_setup_exists(l: Lang, file: &std::path::Path) -> String {
    let file = file.display();
    say!(
        l,
        "{file} already exists and was left as it is: remove or rename it to write a new one",
        "{file} esiste già ed è stato lasciato com'è: rimuovetelo o rinominatelo per scriverne uno nuovo"
    )
}

/// A file could not be written (the workflow, a bundle, its signature).
pub fn cannot_write_file(l: Lang, file: &std::path::Path, e: &str) -> String {
    let file = file.display();
    say!(
        l,
        "cannot write {file}: {e}",
        "impossibile scrivere {file}: {e}"
    )
}

/// `fleet --fail-on new`: newness is `check`'s, per assessment.
pub fn fleet_no_new(l: Lang) -> String {
    say!(
        l,
        "fleet --fail-on cannot take new: what got worse is told per assessment file against a git revision, with srm-assess check FILE --fail-on new --since REV",
        "fleet --fail-on non accetta new: ciò che è peggiorato si valuta per file di valutazione rispetto a una revisione git, con srm-assess check FILE --fail-on new --since REV"
    )
}
