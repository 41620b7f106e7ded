//! Messages about reading questionnaires and which one an assessment answers.

mod controls;
mod validation;

pub use validation::*;

use std::fmt::Display;
use std::path::Path;

use super::{p, pick};
use crate::lang::Lang;

/// What to check when a file cannot be read.
pub enum ReadHint {
    /// Not found.
    Path,
    /// Permissions.
    Permissions,
    /// Anything else.
    Readable,
}

/// A questionnaire (or other input file) cannot be read.
pub fn cannot_read_file(l: Lang, path: &Path, e: impl Display, hint: ReadHint) -> String {
    let path = p(path);
    let hint = match hint {
        ReadHint::Path => say!(l, "check the path", "controllate il percorso"),
        ReadHint::Permissions => say!(
            l,
            "check the file's permissions",
            "controllate i permessi del file"
        ),
        ReadHint::Readable => say!(
            l,
            "check that it is a readable file",
            "controllate che sia un file leggibile"
        ),
    };
    say!(
        l,
        "{path}: cannot read the file: {e} ({hint})",
        "{path}: non riesco a leggere il file: {e} ({hint})",
    )
}

/// An input file is not UTF-8, from this place on.
pub fn file_not_utf8(l: Lang, path: &Path, line: usize, column: usize) -> String {
    let path = p(path);
    say!(
        l,
        "{path}:{line}:{column}: the file is not valid UTF-8 text; save it as UTF-8",
        "{path}:{line}:{column}: il file non è testo UTF-8 valido; salvatelo in UTF-8",
    )
}

/// The assessment answers another questionnaire.
pub fn questionnaire_mismatch(l: Lang, m: &crate::assessment::Mismatch) -> String {
    let ((id, version), (use_id, use_version)) = (&m.recorded, &m.in_use);
    let (builtin, command) = (m.builtin, &m.command);
    let fix = if builtin {
        say!(
            l,
            "it uses the built-in questionnaire, so drop --questionnaire: {command}",
            "usa il questionario integrato, quindi togliete --questionnaire: {command}",
        )
    } else {
        say!(
            l,
            "give the file of that questionnaire (id {id:?}) with --questionnaire: {command}",
            "indicate il file di quel questionario (id {id:?}) con --questionnaire: {command}",
        )
    };
    say!(
        l,
        "this assessment answers the questionnaire {id:?} (version {version}), not {use_id:?} (version {use_version}); {fix}",
        "questa valutazione risponde al questionario {id:?} (versione {version}), non a {use_id:?} (versione {use_version}); {fix}",
    )
}

/// `validate`: the questionnaire is not valid.
pub fn questionnaire_invalid(l: Lang, name: &str, problems: usize) -> String {
    match (l, problems) {
        (Lang::En, 1) => format!("{name}: 1 problem; the questionnaire is not valid"),
        (Lang::En, n) => format!("{name}: {n} problems; the questionnaire is not valid"),
        (Lang::It, 1) => format!("{name}: 1 problema; il questionario non è valido"),
        (Lang::It, n) => format!("{name}: {n} problemi; il questionario non è valido"),
    }
}

/// `validate`: the questionnaire is valid.
pub fn questionnaire_valid(l: Lang, name: &str, q: &crate::questionnaire::Questionnaire) -> String {
    let (vendor, id, version) = (&q.vendor, &q.id, &q.version);
    let (sections, questions) = (q.sections.len(), q.questions.len());
    let locales = q.locales.join(", ");
    let (s, q) = match l {
        Lang::En => (
            count(sections, "section", "sections"),
            count(questions, "question", "questions"),
        ),
        Lang::It => (
            count(sections, "sezione", "sezioni"),
            count(questions, "domanda", "domande"),
        ),
    };
    say!(
        l,
        "{name}: valid: {vendor} {id} (version {version}): {s}, {q}, locales {locales}",
        "{name}: valido: {vendor} {id} (versione {version}): {s}, {q}, lingue {locales}",
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Why the questionnaire an assessment recorded cannot be used, in words:
/// the same sentence on the command line and in the interface.
pub fn questionnaire_unresolved(
    l: Lang,
    assessment: &std::path::Path,
    recorded: &crate::assessment::QuestionnaireRef,
    why: &crate::store::questionnaire_file::Unresolved,
) -> String {
    use crate::store::questionnaire_file::Unresolved as U;
    match why {
        U::Untrusted(file) => recorded_questionnaire_untrusted(l, assessment, file),
        U::Invalid(file) => recorded_questionnaire_invalid(l, assessment, file),
        U::Missing(file, error) => questionnaire_gone(
            l,
            assessment,
            (&recorded.id, &recorded.version),
            file,
            error,
        ),
    }
}

/// The questionnaire file an assessment recorded is not where it was.
pub fn questionnaire_gone(
    l: Lang,
    assessment: &std::path::Path,
    recorded: (&str, &str),
    file: &std::path::Path,
    error: &std::io::Error,
) -> String {
    let (id, version) = recorded;
    let (assessment, file) = (assessment.display(), file.display());
    let why = crate::messages::io_error(l, error);
    let gone = error.kind() == std::io::ErrorKind::NotFound;
    match (l, gone) {
        (Lang::En, true) => format!(
            "{assessment}: it was made with the questionnaire {id:?} (version {version}) from {file}, which is not there now ({why}): it was moved or deleted. Give its new place with --questionnaire FILE; the next change saved records it"
        ),
        (Lang::It, true) => format!(
            "{assessment}: è stata creata con il questionario {id:?} (versione {version}) da {file}, che ora non c'è ({why}): è stato spostato o cancellato. Indicate dove si trova ora con --questionnaire FILE; la prossima modifica salvata lo registra"
        ),
        (Lang::En, false) => format!(
            "{assessment}: it was made with the questionnaire {id:?} (version {version}) from {file}, which cannot be read as one: {why}. Give the questionnaire with --questionnaire FILE; the next change saved records it"
        ),
        (Lang::It, false) => format!(
            "{assessment}: è stata creata con il questionario {id:?} (versione {version}) da {file}, che non si può leggere come tale: {why}. Indicate il questionario con --questionnaire FILE; la prossima modifica salvata lo registra"
        ),
    }
}

/// The questionnaire file an assessment records lies outside its folder
/// and repository: not read on the file's word.
pub fn recorded_questionnaire_untrusted(
    l: Lang,
    assessment: &std::path::Path,
    file: &std::path::Path,
) -> String {
    let (assessment, file) = (assessment.display(), file.display());
    say!(
        l,
        "{assessment}: it names the questionnaire file {file}, outside the assessment's folder and repository; srm-assess does not read a file there on an assessment's word (a shared one could point anywhere). If you trust it, give it yourself: --questionnaire {file}",
        "{assessment}: indica il file di questionario {file}, fuori dalla cartella e dal repository della valutazione; srm-assess non legge un file lì sulla parola di una valutazione (una condivisa potrebbe indicare qualsiasi cosa). Se vi fidate, indicatelo voi: --questionnaire {file}",
    )
}

/// The questionnaire file an assessment records is not a valid one (its
/// content is never quoted: it may be any file).
pub fn recorded_questionnaire_invalid(
    l: Lang,
    assessment: &std::path::Path,
    file: &std::path::Path,
) -> String {
    let (assessment, file) = (assessment.display(), file.display());
    say!(
        l,
        "{assessment}: the questionnaire file it names, {file}, is not a valid questionnaire; see what is wrong with srm-assess validate {file}, or give the right one with --questionnaire FILE",
        "{assessment}: il file di questionario che indica, {file}, non è un questionario valido; vedete cosa non va con srm-assess validate {file}, o indicate quello giusto con --questionnaire FILE",
    )
}

/// The questionnaire file an assessment recorded changed since.
pub fn questionnaire_file_changed(
    l: Lang,
    assessment: &std::path::Path,
    file: &std::path::Path,
) -> String {
    let (assessment, file) = (assessment.display(), file.display());
    say!(
        l,
        "note: {file}, the questionnaire {assessment} was made with, changed since it was last used; answers to reworded questions are marked for review",
        "nota: {file}, il questionario con cui è stata creata {assessment}, è cambiato dall'ultimo uso; le risposte a domande riformulate sono segnate da rivedere",
    )
}
