//! Messages the commands print: results, refusals, the terminal.

mod ask;
mod bundle;
mod credentials;
mod decisions;
mod gate;
mod git;
mod list;
mod terminal;

pub use ask::*;
pub use bundle::*;
pub use credentials::*;
pub use decisions::*;
pub use gate::*;
pub use git::*;
pub use list::*;
pub use terminal::*;

use std::fmt::Display;
use std::path::Path;

use super::{p, pick};
use crate::lang::Lang;

/// `new`: created.
pub fn created(
    l: Lang,
    path: &Path,
    vendor: &str,
    version: &str,
    questions: usize,
    lang_code: &str,
    target: &str,
) -> String {
    let path = p(path);
    say!(
        l,
        "Created {path} ({vendor} {version}, {questions} questions, in {lang_code}).\nAnswer from a script with: srm-assess answer {target} QUESTION_ID yes|partial|no|unknown|na",
        "Creata {path} ({vendor} {version}, {questions} domande, in {lang_code}).\nRispondete da uno script con: srm-assess answer {target} ID_DOMANDA yes|partial|no|unknown|na",
    )
}

/// `answer`: saved.
pub fn answered(
    l: Lang,
    id: &str,
    answer: &str,
    path: &Path,
    done: usize,
    total: usize,
    score: &str,
) -> String {
    let path = p(path);
    say!(
        l,
        "{id} = {answer} · saved to {path} · {done}/{total} answered · score {score}",
        "{id} = {answer} · salvato in {path} · {done}/{total} con risposta · punteggio {score}",
    )
}

/// Why an assessment's details were refused, in every front end.
pub fn metadata_refused(l: Lang, refusal: crate::assessment::MetadataRefusal) -> String {
    use crate::assessment::MetadataField as M;
    let field = match refusal.field {
        M::Organization => NameField::Organization,
        M::Instance => NameField::Instance,
        M::Assessor => NameField::Assessor,
    };
    name_hidden_char(l, field, refusal.hidden)
}

/// Why an owner was refused, in every front end.
pub fn owner_refused(l: Lang, refusal: crate::assessment::OwnerRefusal) -> String {
    match refusal {
        crate::assessment::OwnerRefusal::HiddenChar(c) => name_hidden_char(l, NameField::Owner, c),
    }
}

/// Why `answer` refused the answer to `id`.
pub fn answer_refused(l: Lang, id: &str, refusal: &crate::assessment::AnswerRefusal) -> String {
    match refusal {
        crate::assessment::AnswerRefusal::NoJustification { earlier } => {
            na_needs_justification(l, id, earlier.as_deref())
        }
    }
}

/// `answer na` without a justification; `last` is the older one, if any.
pub fn na_needs_justification(l: Lang, id: &str, last: Option<&str>) -> String {
    let last = match last {
        Some(old) => say!(l, " (the last one was {old:?})", " (l'ultima era {old:?})"),
        None => String::new(),
    };
    say!(
        l,
        "{id}: `na` (not applicable) needs a justification{last}: add --justification \"why it does not apply\"; nothing was saved",
        "{id}: `na` (non applicabile) richiede una motivazione{last}: aggiungete --justification \"perché non si applica\"; non è stato salvato nulla",
    )
}

/// An unknown question id, with the ids that look alike or all of them.
pub fn unknown_question(
    l: Lang,
    id: &str,
    questionnaire: &str,
    similar: &[&str],
    all: &[&str],
) -> String {
    let hint = if similar.is_empty() {
        let all = all.join(", ");
        say!(l, "known ids: {all}", "id esistenti: {all}")
    } else {
        let similar = similar.join(", ");
        say!(l, "did you mean: {similar}", "forse intendevate: {similar}")
    };
    say!(
        l,
        "{id:?} is not a question of {questionnaire}; nothing was saved.\n{hint} (`srm-assess questions` lists them all)",
        "{id:?} non è una domanda di {questionnaire}; non è stato salvato nulla.\n{hint} (`srm-assess questions` le elenca tutte)",
    )
}

/// A name a user types, named when it holds a hidden character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameField {
    /// The organization assessed.
    Organization,
    /// The vendor instance.
    Instance,
    /// Who assessed.
    Assessor,
    /// Who owns a gap.
    Owner,
    /// Who approved an acceptance.
    Approver,
}

/// A name holding a character nobody can see.
pub fn name_hidden_char(l: Lang, field: NameField, c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    let (en, it) = match field {
        NameField::Organization => ("the organization", "il nome dell'organizzazione"),
        NameField::Instance => ("the instance", "l'istanza"),
        NameField::Assessor => ("the assessor's name", "il nome di chi valuta"),
        NameField::Owner => ("the owner's name", "il nome del responsabile"),
        NameField::Approver => ("the approver's name", "il nome di chi approva"),
    };
    say!(
        l,
        "{en} holds a character nobody can see ({code}: zero-width, bidirectional or a control), so two names that look the same could differ; type it without it; nothing was saved",
        "{it} contiene un carattere invisibile ({code}: a larghezza zero, bidirezionale o di controllo), quindi due nomi uguali a vista potrebbero differire; scrivetelo senza; non è stato salvato nulla",
    )
}

/// `report -o`: written.
pub fn report_written(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(l, "Report written to {path}", "Report scritto in {path}")
}

/// `--format` contradicts the output file's extension.
pub fn format_contradiction(l: Lang, path: &Path, named: &str, asked: &str) -> String {
    let path = p(path);
    say!(
        l,
        "{path} ends in .{named} but --format {asked} was given; drop --format, or name the file .{asked}",
        "{path} termina in .{named} ma è stato indicato --format {asked}; togliete --format, o chiamate il file .{asked}",
    )
}

/// `report -o` naming a file of the tool's own.
pub fn report_output_own(l: Lang, path: &Path, own: crate::store::OwnFile) -> String {
    use crate::store::OwnFile;
    let path = p(path);
    match own {
        OwnFile::Assessment => say!(
            l,
            "-o {path}: that is the assessment itself; writing the report there would replace the answers. Name another file, e.g. report.md; nothing was written",
            "-o {path}: è la valutazione stessa; scriverci il report sostituirebbe le risposte. Indicate un altro file, p.es. report.md; non è stato scritto nulla",
        ),
        OwnFile::Backup => say!(
            l,
            "-o {path}: that is the assessment's backup, the copy to restore from; name another file, e.g. report.md; nothing was written",
            "-o {path}: è la copia di sicurezza della valutazione, da cui ripristinarla; indicate un altro file, p.es. report.md; non è stato scritto nulla",
        ),
        OwnFile::Lock => say!(
            l,
            "-o {path}: that is the assessment's lock file; name another file, e.g. report.md; nothing was written",
            "-o {path}: è il file di blocco della valutazione; indicate un altro file, p.es. report.md; non è stato scritto nulla",
        ),
        OwnFile::DataFolder => say!(
            l,
            "-o {path}: that is inside srm-assess's data folder, which holds only assessments; write the report elsewhere, e.g. in the current folder; nothing was written",
            "-o {path}: è nella cartella dei dati di srm-assess, che contiene solo valutazioni; scrivete il report altrove, p.es. nella cartella corrente; non è stato scritto nulla",
        ),
    }
}

/// `report -o` with an extension the tool does not write.
pub fn report_output_extension(l: Lang, path: &Path, extension: &str) -> String {
    let path = p(path);
    if extension == "pdf" {
        return say!(
            l,
            "-o {path}: srm-assess does not write PDF; write the HTML report (-o report.html) and print it to PDF from a browser (Print, then Save as PDF), or headless: chromium --headless --print-to-pdf=report.pdf report.html; nothing was written",
            "-o {path}: srm-assess non scrive PDF; scrivete il report HTML (-o report.html) e stampatelo in PDF dal browser (Stampa, poi Salva come PDF), o senza finestra: chromium --headless --print-to-pdf=report.pdf report.html; non è stato scritto nulla",
        );
    }
    say!(
        l,
        "-o {path}: srm-assess does not write .{extension} files; it writes Markdown (.md), HTML (.html), JSON (.json) and CSV (.csv): name the file so, or give --format for another name; nothing was written",
        "-o {path}: srm-assess non scrive file .{extension}; scrive Markdown (.md), HTML (.html), JSON (.json) e CSV (.csv): chiamate così il file, o indicate --format per un altro nome; non è stato scritto nulla",
    )
}

/// The CSV writer failed.
pub fn cannot_write_csv(l: Lang, e: impl Display) -> String {
    say!(
        l,
        "cannot write CSV: {e}",
        "non riesco a scrivere il CSV: {e}"
    )
}

/// The JSON writer failed.
pub fn cannot_write_json(l: Lang, e: impl Display) -> String {
    say!(
        l,
        "cannot write JSON: {e}",
        "non riesco a scrivere il JSON: {e}"
    )
}

/// Standard output failed.
pub fn cannot_write_stdout(l: Lang, e: impl Display) -> String {
    say!(
        l,
        "cannot write to standard output: {e}",
        "non riesco a scrivere sullo standard output: {e}",
    )
}

/// Standard input failed.
pub fn cannot_read_stdin(l: Lang, e: impl Display) -> String {
    say!(
        l,
        "cannot read standard input: {e}",
        "non riesco a leggere lo standard input: {e}",
    )
}

/// `man --dir`: the pages were written.
pub fn man_written(l: Lang, dir: &Path) -> String {
    let dir = p(dir);
    say!(
        l,
        "Manual pages written to {dir} (srm-assess.1 and one per command); then: man srm-assess",
        "Pagine di manuale scritte in {dir} (srm-assess.1 e una per comando); poi: man srm-assess",
    )
}

/// The manual page could not be written.
pub fn cannot_write_man(l: Lang, e: impl Display) -> String {
    say!(
        l,
        "cannot write the manual page: {e}",
        "non riesco a scrivere la pagina di manuale: {e}",
    )
}

/// A value of `answer` that is not an answer.
pub fn bad_answer_word(l: Lang) -> String {
    say!(
        l,
        "use yes, partial, no, unknown or na (or y, p, n, u, x), or unanswered to clear",
        "usate yes, partial, no, unknown o na (o y, p, n, u, x), oppure unanswered per togliere la risposta",
    )
}

/// A value of `--due` that is not a date.
pub fn bad_date(l: Lang, text: &str) -> String {
    say!(
        l,
        "{text:?} is not a date: use YYYY-MM-DD, like 2026-12-31",
        "{text:?} non è una data: usate AAAA-MM-GG, come 2026-12-31",
    )
}

/// `set` with no field to change.
pub fn set_nothing(l: Lang) -> String {
    say!(
        l,
        "nothing to change: give --org, --instance or --assessor (\"\" clears one), or --break-glass EMAIL --reason TEXT, or --no-break-glass EMAIL",
        "niente da cambiare: indicate --org, --instance o --assessor (\"\" ne svuota uno), oppure --break-glass EMAIL --reason TESTO, o --no-break-glass EMAIL",
    )
}

/// `set --break-glass` without an email address or a reason.
pub fn break_glass_refused(l: Lang) -> String {
    say!(
        l,
        "--break-glass needs the account's email address and --reason with why it is left out (plain text, no hidden characters)",
        "--break-glass richiede l'indirizzo email dell'account e --reason con il motivo dell'esclusione (testo semplice, senza caratteri nascosti)",
    )
}

/// `set` saved the metadata.
pub fn set_done(
    l: Lang,
    path: &Path,
    organization: &str,
    instance: &str,
    assessor: &str,
) -> String {
    let path = p(path);
    let dash = |v: &str| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.to_string()
        }
    };
    let (organization, instance, assessor) = (dash(organization), dash(instance), dash(assessor));
    say!(
        l,
        "Organization: {organization} · instance: {instance} · assessor: {assessor} · saved to {path}",
        "Organizzazione: {organization} · istanza: {instance} · valutatore: {assessor} · salvato in {path}",
    )
}

/// `--as-of` a day before the assessment was created.
pub fn as_of_before_created(
    l: Lang,
    path: &Path,
    day: jiff::civil::Date,
    created: jiff::civil::Date,
) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: --as-of {day} is before the assessment was created ({created}); nothing was recorded then. Give {created} or a later day",
        "{path}: --as-of {day} è prima della creazione della valutazione ({created}); allora non era registrato nulla. Indicate il {created} o un giorno successivo",
    )
}

/// `diff` with one assessment and no `--rev`.
pub fn diff_needs_new(l: Lang) -> String {
    say!(
        l,
        "diff needs the newer assessment (diff OLD NEW), or a git revision to compare with (diff NAME --rev REV)",
        "diff vuole la valutazione più recente (diff VECCHIA NUOVA), o una revisione git con cui confrontare (diff NOME --rev REV)",
    )
}
