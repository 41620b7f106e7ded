//! Every message the commands print and every failure they report, in
//! English and Italian: one function per message, with typed arguments, so
//! a misspelt argument or a missing language does not compile.
//!
//! The language is the one of the command line (`--lang`, else the
//! locale), set once by [`set_lang`] before any command runs; the
//! interface sets its own when it starts.

use std::cell::Cell;
use std::fmt::Display;
use std::path::Path;

use crate::lang::Lang;

thread_local! {
    // Per thread, so that tests running side by side keep their own; the
    // commands and the interface run on the main thread.
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Sets the language of every message from now on (on this thread).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language messages are in.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// The English or the Italian text, by the current language.
fn pick(en: String, it: String) -> String {
    match lang() {
        Lang::En => en,
        Lang::It => it,
    }
}

macro_rules! say {
    ($en:literal, $it:literal $(,)?) => {
        pick(format!($en), format!($it))
    };
}

fn p(path: &Path) -> std::path::Display<'_> {
    path.display()
}

// ---- The data folder and names -------------------------------------------

/// No data folder can be found.
pub fn no_home_folder() -> String {
    say!(
        "cannot find a home folder for saved assessments; set HOME or pass --data-dir DIR",
        "non trovo una cartella home per le valutazioni salvate; impostate HOME o usate --data-dir CARTELLA",
    )
}

/// The assessments folder cannot be listed.
pub fn cannot_list(dir: &Path, e: impl Display) -> String {
    let dir = p(dir);
    say!(
        "{dir}: cannot list the folder: {e}",
        "{dir}: non riesco a leggere la cartella: {e}",
    )
}

/// A separator without `.toml`.
pub fn neither_name_nor_path(arg: &str) -> String {
    say!(
        "{arg:?} is neither an assessment name nor a path: a name has no path separator (like acme-prod), and a path ends in .toml (like {arg}.toml)",
        "{arg:?} non è né il nome di una valutazione né un percorso: un nome non contiene separatori (come acme-prod) e un percorso termina in .toml (come {arg}.toml)",
    )
}

/// A name that breaks the rules, and why.
pub fn invalid_name(arg: &str, why: &str) -> String {
    say!(
        "{arg:?} is not a valid assessment name: {why}. A name uses letters, digits, '-', '_' and '.' (like acme-prod-2026q4) and does not start with '.'; or give a path ending in .toml",
        "{arg:?} non è un nome valido per una valutazione: {why}. Un nome usa lettere, cifre, '-', '_' e '.' (come acme-prod-2026q4) e non inizia con '.'; oppure indicate un percorso che termina in .toml",
    )
}

/// Why a name is refused: empty.
pub fn name_empty() -> String {
    say!("the name is empty", "il nome è vuoto")
}

/// Why a name is refused: too many characters.
pub fn name_too_many_chars() -> String {
    say!(
        "the name is longer than 100 characters",
        "il nome supera i 100 caratteri",
    )
}

/// Why a name is refused: too many bytes for a file name.
pub fn name_too_many_bytes() -> String {
    say!(
        "the name is too long for a file name (at most 236 bytes)",
        "il nome è troppo lungo per un nome di file (al massimo 236 byte)",
    )
}

/// Why a name is refused: a leading dot.
pub fn name_leading_dot() -> String {
    say!(
        "a name cannot start with '.'",
        "un nome non può iniziare con '.'",
    )
}

/// Why a name is refused: a character.
pub fn name_bad_char(c: char) -> String {
    say!(
        "{c:?} is not allowed: use letters, digits, '-', '_' and '.'",
        "{c:?} non è ammesso: usate lettere, cifre, '-', '_' e '.'",
    )
}

/// A new name that clashes by case with an existing one.
pub fn case_clash(name: &str, other: &str) -> String {
    say!(
        "{name:?} differs from the existing assessment {other:?} only by case, and the two would be one file on macOS and Windows; choose another name, or open {other}",
        "{name:?} differisce dalla valutazione esistente {other:?} solo per maiuscole e minuscole, e su macOS e Windows sarebbero lo stesso file; scegliete un altro nome, o aprite {other}",
    )
}

/// A file name too long for its temporary files.
pub fn file_name_too_long(path: &Path) -> String {
    let path = p(path);
    say!(
        "{path}: the file name is too long (at most 241 bytes, so its temporary files fit the 255-byte limit); choose a shorter name",
        "{path}: il nome del file è troppo lungo (al massimo 241 byte, perché i suoi file temporanei restino entro il limite di 255); scegliete un nome più corto",
    )
}

// ---- Reading and saving assessments --------------------------------------

/// The file is not UTF-8.
pub fn assessment_not_utf8(path: &Path, backup: &str) -> String {
    let path = p(path);
    say!(
        "{path}: the file is not valid UTF-8 text; it was not changed.{backup}",
        "{path}: il file non è testo UTF-8 valido; non è stato modificato.{backup}",
    )
}

/// The file does not parse (`e` starts with `LINE:COL:`).
pub fn assessment_broken(path: &Path, e: impl Display, backup: &str) -> String {
    let path = p(path);
    say!(
        "{path}:{e}\nThe file was not changed. Fix it by hand, then try again.{backup}",
        "{path}:{e}\nIl file non è stato modificato. Correggetelo a mano, poi riprovate.{backup}",
    )
}

/// Where the previous version is.
pub fn backup_is_in(backup: &Path) -> String {
    let backup = p(backup);
    say!(
        " The previous version is in {backup}.",
        " La versione precedente è in {backup}.",
    )
}

/// No file at the path.
pub fn no_such_assessment(path: &Path) -> String {
    let path = p(path);
    say!(
        "{path}: no such assessment; create it with `srm-assess new`, or see `srm-assess list`",
        "{path}: questa valutazione non esiste; createla con `srm-assess new`, o vedete `srm-assess list`",
    )
}

/// The file cannot be read.
pub fn cannot_read(path: &Path, e: impl Display) -> String {
    let path = p(path);
    say!(
        "{path}: cannot read the file: {e}",
        "{path}: non riesco a leggere il file: {e}",
    )
}

/// The file is read-only.
pub fn read_only(path: &Path) -> String {
    let path = p(path);
    say!(
        "{path}: cannot save: the file is read-only; nothing was changed. Make it writable (chmod u+w) to save changes, or copy it to work on the copy",
        "{path}: non posso salvare: il file è in sola lettura; non è cambiato nulla. Rendetelo scrivibile (chmod u+w) per salvare, o copiatelo e lavorate sulla copia",
    )
}

/// What to do after a failed save, by the kind of failure.
pub enum SaveHint {
    /// A folder where a file was expected.
    Folder,
    /// Permissions or a read-only file system.
    NotWritable,
    /// No space left.
    DiskFull,
    /// The folder is gone.
    NoFolder,
    /// Anything else.
    Unchanged,
}

/// A failed save.
pub fn cannot_save(path: &Path, e: impl Display, hint: SaveHint) -> String {
    let path = p(path);
    let hint = match hint {
        SaveHint::Folder => say!(
            "give a file name, not a folder",
            "indicate un file, non una cartella"
        ),
        SaveHint::NotWritable => say!(
            "the folder is not writable: fix its permissions or use another --data-dir",
            "la cartella non è scrivibile: correggetene i permessi o usate un'altra --data-dir",
        ),
        SaveHint::DiskFull => say!(
            "the disk is full: free some space and try again",
            "il disco è pieno: liberate spazio e riprovate",
        ),
        SaveHint::NoFolder => say!("the folder does not exist", "la cartella non esiste"),
        SaveHint::Unchanged => say!(
            "nothing was changed on disk",
            "sul disco non è cambiato nulla"
        ),
    };
    say!(
        "{path}: cannot save: {e} ({hint})",
        "{path}: non posso salvare: {e} ({hint})",
    )
}

/// `new` on an existing file.
pub fn already_exists(path: &Path) -> String {
    let path = p(path);
    say!(
        "{path}: an assessment with this name already exists; open it with `srm-assess open`, or choose another name",
        "{path}: esiste già una valutazione con questo nome; apritela con `srm-assess open`, o scegliete un altro nome",
    )
}

/// The assessment cannot be written as TOML.
pub fn cannot_serialize(path: &Path, e: impl Display) -> String {
    let path = p(path);
    say!(
        "{path}: cannot write the assessment as TOML: {e}",
        "{path}: non riesco a scrivere la valutazione in TOML: {e}",
    )
}

/// The lock file is a symbolic link.
pub fn lock_is_link(lock: &Path) -> String {
    let lock = p(lock);
    say!(
        "its lock file {lock} is a symbolic link, which srm-assess never follows; remove the link and try again",
        "il suo file di blocco {lock} è un collegamento simbolico, che srm-assess non segue mai; rimuovete il collegamento e riprovate",
    )
}

/// Another process holds the lock too long.
pub fn lock_busy() -> String {
    say!(
        "another srm-assess process has been saving this assessment for 10 s; try again",
        "un altro processo srm-assess sta salvando questa valutazione da 10 s; riprovate",
    )
}

/// Another process's change to a question was replaced.
pub fn overwritten(id: &str) -> String {
    say!(
        "srm-assess: note: {id} had been changed by another srm-assess process since this one read it; this answer replaced it",
        "srm-assess: nota: {id} era stata modificata da un altro processo srm-assess dopo la lettura; questa risposta l'ha sostituita",
    )
}

// ---- Questionnaires ------------------------------------------------------

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
pub fn cannot_read_file(path: &Path, e: impl Display, hint: ReadHint) -> String {
    let path = p(path);
    let hint = match hint {
        ReadHint::Path => say!("check the path", "controllate il percorso"),
        ReadHint::Permissions => say!(
            "check the file's permissions",
            "controllate i permessi del file"
        ),
        ReadHint::Readable => say!(
            "check that it is a readable file",
            "controllate che sia un file leggibile"
        ),
    };
    say!(
        "{path}: cannot read the file: {e} ({hint})",
        "{path}: non riesco a leggere il file: {e} ({hint})",
    )
}

/// An input file is not UTF-8, from this place on.
pub fn file_not_utf8(path: &Path, line: usize, column: usize) -> String {
    let path = p(path);
    say!(
        "{path}:{line}:{column}: the file is not valid UTF-8 text; save it as UTF-8",
        "{path}:{line}:{column}: il file non è testo UTF-8 valido; salvatelo in UTF-8",
    )
}

/// The assessment answers another questionnaire.
pub fn questionnaire_mismatch(
    recorded: (&str, &str),
    in_use: (&str, &str),
    builtin: bool,
    command: &str,
) -> String {
    let ((id, version), (use_id, use_version)) = (recorded, in_use);
    let fix = if builtin {
        say!(
            "it uses the built-in questionnaire, so drop --questionnaire: {command}",
            "usa il questionario integrato, quindi togliete --questionnaire: {command}",
        )
    } else {
        say!(
            "give the file of that questionnaire (id {id:?}) with --questionnaire: {command}",
            "indicate il file di quel questionario (id {id:?}) con --questionnaire: {command}",
        )
    };
    say!(
        "this assessment answers the questionnaire {id:?} (version {version}), not {use_id:?} (version {use_version}); {fix}",
        "questa valutazione risponde al questionario {id:?} (versione {version}), non a {use_id:?} (versione {use_version}); {fix}",
    )
}

/// `validate`: the questionnaire is not valid.
pub fn questionnaire_invalid(name: &str, problems: usize) -> String {
    match (lang(), problems) {
        (Lang::En, 1) => format!("{name}: 1 problem; the questionnaire is not valid"),
        (Lang::En, n) => format!("{name}: {n} problems; the questionnaire is not valid"),
        (Lang::It, 1) => format!("{name}: 1 problema; il questionario non è valido"),
        (Lang::It, n) => format!("{name}: {n} problemi; il questionario non è valido"),
    }
}

/// `validate`: the questionnaire is valid.
pub fn questionnaire_valid(
    name: &str,
    vendor: &str,
    id: &str,
    version: &str,
    sections: usize,
    questions: usize,
    locales: &str,
) -> String {
    let (s, q) = match lang() {
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
        "{name}: valid: {vendor} {id} (version {version}): {s}, {q}, locales {locales}",
        "{name}: valido: {vendor} {id} (versione {version}): {s}, {q}, lingue {locales}",
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

// ---- Commands ------------------------------------------------------------

/// `new`: created.
pub fn created(
    path: &Path,
    vendor: &str,
    version: &str,
    questions: usize,
    lang_code: &str,
    target: &str,
) -> String {
    let path = p(path);
    say!(
        "Created {path} ({vendor} {version}, {questions} questions, in {lang_code}).\nAnswer from a script with: srm-assess answer {target} QUESTION_ID yes|partial|no|unknown|na",
        "Creata {path} ({vendor} {version}, {questions} domande, in {lang_code}).\nRispondete da uno script con: srm-assess answer {target} ID_DOMANDA yes|partial|no|unknown|na",
    )
}

/// `answer`: saved.
pub fn answered(
    id: &str,
    answer: &str,
    path: &Path,
    done: usize,
    total: usize,
    score: &str,
) -> String {
    let path = p(path);
    say!(
        "{id} = {answer} · saved to {path} · {done}/{total} answered · score {score}",
        "{id} = {answer} · salvato in {path} · {done}/{total} con risposta · punteggio {score}",
    )
}

/// `answer na` without a justification; `last` is the older one, if any.
pub fn na_needs_justification(id: &str, last: Option<&str>) -> String {
    let last = match last {
        Some(old) => say!(" (the last one was {old:?})", " (l'ultima era {old:?})"),
        None => String::new(),
    };
    say!(
        "{id}: `na` (not applicable) needs a justification{last}: add --justification \"why it does not apply\"; nothing was saved",
        "{id}: `na` (non applicabile) richiede una motivazione{last}: aggiungete --justification \"perché non si applica\"; non è stato salvato nulla",
    )
}

/// An unknown question id, with the ids that look alike or all of them.
pub fn unknown_question(id: &str, questionnaire: &str, similar: &[&str], all: &[&str]) -> String {
    let hint = if similar.is_empty() {
        let all = all.join(", ");
        say!("known ids: {all}", "id esistenti: {all}")
    } else {
        let similar = similar.join(", ");
        say!("did you mean: {similar}", "forse intendevate: {similar}")
    };
    say!(
        "{id:?} is not a question of {questionnaire}; nothing was saved.\n{hint} (`srm-assess questions` lists them all)",
        "{id:?} non è una domanda di {questionnaire}; non è stato salvato nulla.\n{hint} (`srm-assess questions` le elenca tutte)",
    )
}

/// A typed text looks like a credential.
pub fn credential_warning(id: &str, what: &str, kind: &str, places: usize) -> String {
    match lang() {
        Lang::En => {
            let what = if what == "notes" {
                "notes"
            } else {
                "justification"
            };
            let places = if places == 1 {
                "in 1 place".to_string()
            } else {
                format!("in {places} places")
            };
            format!(
                "srm-assess: warning: {id}: the {what} look like they contain {kind} ({places}); assessments are shared and kept in git: remove it, or keep it out of reports with `srm-assess report --redact`"
            )
        }
        Lang::It => {
            let what = if what == "notes" {
                "le note sembrano"
            } else {
                "la motivazione sembra"
            };
            let places = if places == 1 {
                "in 1 punto".to_string()
            } else {
                format!("in {places} punti")
            };
            format!(
                "srm-assess: attenzione: {id}: {what} contenere {kind} ({places}); le valutazioni si condividono e si tengono in git: toglietelo, o tenetelo fuori dai report con `srm-assess report --redact`"
            )
        }
    }
}

/// `report`: texts that look like credentials will be shown.
pub fn report_shows_credentials(texts: usize) -> String {
    match (lang(), texts) {
        (Lang::En, 1) => "srm-assess: warning: 1 text typed into this assessment looks like a password, token or key, and the report shows it; add --redact to hide it".into(),
        (Lang::En, n) => format!("srm-assess: warning: {n} texts typed into this assessment look like passwords, tokens or keys, and the report shows them; add --redact to hide them"),
        (Lang::It, 1) => "srm-assess: attenzione: 1 testo di questa valutazione sembra una password, un token o una chiave, e il report lo mostra; aggiungete --redact per nasconderlo".into(),
        (Lang::It, n) => format!("srm-assess: attenzione: {n} testi di questa valutazione sembrano password, token o chiavi, e il report li mostra; aggiungete --redact per nasconderli"),
    }
}

/// `report -o`: written.
pub fn report_written(path: &Path) -> String {
    let path = p(path);
    say!("Report written to {path}", "Report scritto in {path}")
}

/// `--format` contradicts the output file's extension.
pub fn format_contradiction(path: &Path, named: &str, asked: &str) -> String {
    let path = p(path);
    say!(
        "{path} ends in .{named} but --format {asked} was given; drop --format, or name the file .{asked}",
        "{path} termina in .{named} ma è stato indicato --format {asked}; togliete --format, o chiamate il file .{asked}",
    )
}

/// The CSV writer failed.
pub fn cannot_write_csv(e: impl Display) -> String {
    say!("cannot write CSV: {e}", "non riesco a scrivere il CSV: {e}")
}

/// The JSON writer failed.
pub fn cannot_write_json(e: impl Display) -> String {
    say!(
        "cannot write JSON: {e}",
        "non riesco a scrivere il JSON: {e}"
    )
}

/// Standard output failed.
pub fn cannot_write_stdout(e: impl Display) -> String {
    say!(
        "cannot write to standard output: {e}",
        "non riesco a scrivere sullo standard output: {e}",
    )
}

/// Standard input failed.
pub fn cannot_read_stdin(e: impl Display) -> String {
    say!(
        "cannot read standard input: {e}",
        "non riesco a leggere lo standard input: {e}",
    )
}

/// The manual page cannot be written.
pub fn cannot_write_man(e: impl Display) -> String {
    say!(
        "cannot write the manual page: {e}",
        "non riesco a scrivere la pagina di manuale: {e}",
    )
}

/// `list` with nothing saved.
pub fn nothing_saved(dir: &Path) -> String {
    let dir = p(dir);
    say!(
        "No saved assessments in {dir}.\nCreate one with: srm-assess new NAME",
        "Nessuna valutazione salvata in {dir}.\nCreatene una con: srm-assess new NOME",
    )
}

/// `list`'s column headings.
pub fn list_header() -> [String; 6] {
    match lang() {
        Lang::En => [
            "NAME",
            "QUESTIONNAIRE",
            "PROGRESS",
            "GAPS",
            "LAST CHANGE",
            "NOTES",
        ],
        Lang::It => [
            "NOME",
            "QUESTIONARIO",
            "AVANZAMENTO",
            "LACUNE",
            "ULTIMA MODIFICA",
            "NOTE",
        ],
    }
    .map(String::from)
}

/// `list`: answers to another questionnaire.
pub fn list_answered(n: usize) -> String {
    say!("{n} answered", "{n} con risposta")
}

/// `list`: another questionnaire.
pub fn list_other_questionnaire() -> String {
    say!(
        "another questionnaire: use --questionnaire",
        "altro questionario: usate --questionnaire",
    )
}

/// `list`: answers to review.
pub fn list_to_review(n: usize) -> String {
    say!(
        "{n} to review (question changed)",
        "{n} da rivedere (domanda cambiata)"
    )
}

/// `list`: retired questions kept.
pub fn list_retired(n: usize) -> String {
    match (lang(), n) {
        (Lang::En, 1) => "1 retired question kept".into(),
        (Lang::En, n) => format!("{n} retired questions kept"),
        (Lang::It, 1) => "1 domanda ritirata conservata".into(),
        (Lang::It, n) => format!("{n} domande ritirate conservate"),
    }
}

/// `list`: why a file cannot be read.
pub fn list_cannot_read(e: impl Display) -> String {
    say!("unreadable: {e}", "illeggibile: {e}")
}

/// `list`: where a file is broken.
pub fn list_broken(line: usize, column: usize, message: &str) -> String {
    say!(
        "broken at line {line}, column {column}: {message}",
        "danneggiato alla riga {line}, colonna {column}: {message}",
    )
}

/// `list`: a file that cannot be read.
pub fn list_unreadable() -> String {
    say!("unreadable", "illeggibile")
}

/// `open` on a dumb terminal.
pub fn dumb_terminal_note() -> String {
    say!(
        "srm-assess: TERM=dumb: starting the line-by-line walk (srm-assess ask)",
        "srm-assess: TERM=dumb: avvio il percorso riga per riga (srm-assess ask)",
    )
}

/// The interface without a terminal.
pub fn needs_terminal() -> String {
    say!(
        "the interactive interface needs a terminal, and standard input or output is not one; use `srm-assess ask NAME` for a line-by-line walk, or `answer` and `report` in scripts",
        "l'interfaccia interattiva richiede un terminale, e lo standard input o output non lo è; usate `srm-assess ask NOME` per un percorso riga per riga, o `answer` e `report` negli script",
    )
}

/// The interface on `TERM=dumb`.
pub fn dumb_terminal() -> String {
    say!(
        "TERM=dumb cannot show the interactive interface; use `srm-assess ask NAME` for a line-by-line walk",
        "con TERM=dumb l'interfaccia interattiva non si può mostrare; usate `srm-assess ask NOME` per un percorso riga per riga",
    )
}

/// An unknown `SRM_ASSESS_THEME`.
pub fn unknown_theme(name: &str) -> String {
    say!(
        "SRM_ASSESS_THEME={name:?} is not a theme; use mono, high-contrast or color",
        "SRM_ASSESS_THEME={name:?} non è un tema; usate mono, high-contrast o color",
    )
}

/// The terminal could not be set up or used.
pub fn terminal_failed(what: TerminalStep, e: impl Display) -> String {
    match what {
        TerminalStep::Signals => say!(
            "cannot watch for signals: {e}",
            "non riesco a intercettare i segnali: {e}"
        ),
        TerminalStep::Setup => say!(
            "cannot set up the terminal: {e}",
            "non riesco a preparare il terminale: {e}"
        ),
        TerminalStep::Use => say!("terminal error: {e}", "errore del terminale: {e}"),
    }
}

/// Which step of the terminal failed.
pub enum TerminalStep {
    /// Watching for signals.
    Signals,
    /// Setting it up.
    Setup,
    /// Drawing or reading.
    Use,
}

/// The panic hook's message.
pub fn internal_error(at: &str, saved_in: &str) -> String {
    say!(
        "srm-assess: internal error{at}. Every change saved before it is in {saved_in}; nothing else was written. Please report this error.",
        "srm-assess: errore interno{at}. Ogni modifica salvata prima è in {saved_in}; nient'altro è stato scritto. Segnalate questo errore.",
    )
}

/// A value of `answer` that is not an answer.
pub fn bad_answer_word() -> String {
    say!(
        "use yes, partial, no, unknown or na (or y, p, n, u, x), or unanswered to clear",
        "usate yes, partial, no, unknown o na (o y, p, n, u, x), oppure unanswered per togliere la risposta",
    )
}

/// A value of `--due` that is not a date.
pub fn bad_date(text: &str) -> String {
    say!(
        "{text:?} is not a date: use YYYY-MM-DD, like 2026-12-31",
        "{text:?} non è una data: usate AAAA-MM-GG, come 2026-12-31",
    )
}

// ---- Validating a questionnaire (for its authors) ------------------------

/// A TOML syntax or schema error, from the parser, with where to read more.
pub fn q_parse(message: &str) -> String {
    say!(
        "{message} (see docs/questionnaire-format.md)",
        "{message} (vedete docs/questionnaire-format.md)",
    )
}

/// An unsupported format number.
pub fn q_format(found: i64, supported: i64) -> String {
    say!(
        "format {found} is not supported; this version of srm-assess reads format {supported}",
        "il formato {found} non è supportato; questa versione di srm-assess legge il formato {supported}",
    )
}

/// An empty field.
pub fn q_empty(field: &str) -> String {
    say!("`{field}` is empty", "`{field}` è vuoto")
}

/// A security contact that is neither an address nor a URL.
pub fn q_contact(contact: &str) -> String {
    say!(
        "`security_contact` {contact:?} is neither an email address nor an https URL",
        "`security_contact` {contact:?} non è né un indirizzo email né un URL https",
    )
}

/// No locale declared.
pub fn q_no_locales() -> String {
    say!(
        "`locales` is empty: declare at least one, e.g. [\"en\"]",
        "`locales` è vuoto: dichiaratene almeno una, per esempio [\"en\"]",
    )
}

/// A locale that is not a language code.
pub fn q_bad_locale(code: &str) -> String {
    say!(
        "locale {code:?} is not a language code such as \"en\" or \"it\"",
        "la lingua {code:?} non è un codice di lingua come \"en\" o \"it\"",
    )
}

/// A locale declared twice.
pub fn q_locale_twice(code: &str) -> String {
    say!(
        "locale {code:?} is declared twice",
        "la lingua {code:?} è dichiarata due volte"
    )
}

/// A text with no language at all.
pub fn q_no_text(field: &str) -> String {
    say!("`{field}` has no text", "`{field}` non ha testo")
}

/// A text missing in one language, with the line to add.
pub fn q_missing_translation(field: &str, code: &str) -> String {
    let name = match (lang(), code) {
        (Lang::En, "en") => "English (en)".to_string(),
        (Lang::En, "it") => "Italian (it)".to_string(),
        (Lang::It, "en") => "in inglese (en)".to_string(),
        (Lang::It, "it") => "in italiano (it)".to_string(),
        (_, other) => format!("{other:?}"),
    };
    say!(
        "`{field}` has no {name} text: add `{field}.{code} = \"…\"`",
        "`{field}` non ha il testo {name}: aggiungete `{field}.{code} = \"…\"`",
    )
}

/// A text in a locale that is not declared.
pub fn q_undeclared_locale(field: &str, code: &str) -> String {
    say!(
        "`{field}.{code}` is in a locale the questionnaire does not declare in `locales`",
        "`{field}.{code}` è in una lingua che il questionario non dichiara in `locales`",
    )
}

/// A URL that is not https.
pub fn q_bad_url(url: &str) -> String {
    say!(
        "URL {url:?} is not a valid https URL (it must start with https://)",
        "l'URL {url:?} non è un URL https valido (deve iniziare con https://)",
    )
}

/// An id used twice.
pub fn q_duplicate_id(kind: &str) -> String {
    say!(
        "duplicate {kind} id: ids must be unique",
        "id di {kind} duplicato: gli id devono essere unici"
    )
}

/// A link reference without its `[[link]]`.
pub fn q_undeclared_link(id: &str) -> String {
    say!(
        "link {id:?} is not declared: add a [[link]] with this id or fix the reference",
        "il link {id:?} non è dichiarato: aggiungete un [[link]] con questo id o correggete il riferimento",
    )
}

/// No section at all.
pub fn q_no_sections() -> String {
    say!(
        "the questionnaire has no [[section]]",
        "il questionario non ha nessuna [[section]]"
    )
}

/// A section without questions.
pub fn q_empty_section() -> String {
    say!(
        "the section has no question: add one or remove the section",
        "la sezione non ha domande: aggiungetene una o togliete la sezione",
    )
}

/// A question in a section that does not exist.
pub fn q_undeclared_section(id: &str) -> String {
    say!(
        "section {id:?} is not declared",
        "la sezione {id:?} non è dichiarata"
    )
}

/// A severity that is not one of the three.
pub fn q_bad_severity(value: &str) -> String {
    say!(
        "severity {value:?} is not one of \"high\", \"medium\", \"low\"",
        "la gravità {value:?} non è una tra \"high\", \"medium\", \"low\"",
    )
}

/// An owner that is not one of the two.
pub fn q_bad_owner(value: &str) -> String {
    say!(
        "owner {value:?} is not one of \"subscriber\", \"shared\"",
        "la responsabilità {value:?} non è una tra \"subscriber\", \"shared\"",
    )
}

/// `untranslated` and `urls` together.
pub fn q_untranslated_with_urls() -> String {
    say!(
        "`untranslated = true` contradicts `urls`: remove one of them",
        "`untranslated = true` contraddice `urls`: togliete uno dei due",
    )
}

/// An admin URL without exactly one `{instance}`.
pub fn q_admin_url(url: &str) -> String {
    say!(
        "`admin_url` {url:?} must contain {{instance}} exactly once, where the subdomain goes",
        "`admin_url` {url:?} deve contenere {{instance}} esattamente una volta, al posto del sottodominio",
    )
}

/// A plan reference without its `[[plan]]`.
pub fn q_undeclared_plan(id: &str) -> String {
    say!(
        "plan {id:?} is not declared: add a [[plan]] with this id or fix the reference",
        "il piano {id:?} non è dichiarato: aggiungete un [[plan]] con questo id o correggete il riferimento",
    )
}

/// An admin path that is not a plain path.
pub fn q_admin_path(path: &str) -> String {
    say!(
        "`admin_path` {path:?} must start with '/' and hold no spaces, quotes or angle brackets",
        "`admin_path` {path:?} deve iniziare con '/' e non contenere spazi, virgolette o parentesi angolari",
    )
}

/// An admin path in a questionnaire without `admin_url`.
pub fn q_admin_path_without_url() -> String {
    say!(
        "`admin_path` needs `admin_url` at the top of the questionnaire",
        "`admin_path` richiede `admin_url` all'inizio del questionario",
    )
}

/// A question text that starts with a demonstrative.
pub fn q_demonstrative(id: &str, code: &str, word: &str) -> String {
    say!(
        "warning: question {id:?} ({code}) starts with {word:?}: the report sorts gaps by severity, so name what it refers to instead",
        "attenzione: la domanda {id:?} ({code}) inizia con {word:?}: il report ordina le lacune per gravità, quindi nominate ciò a cui si riferisce",
    )
}

/// An id that breaks the rules.
pub fn q_bad_id(kind: &str, id: &str) -> String {
    say!(
        "{kind} id {id:?} is not valid: use lowercase letters and digits, separated by single '.', '-' or '_'",
        "l'id di {kind} {id:?} non è valido: usate lettere minuscole e cifre, separate da un solo '.', '-' o '_'",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_answer() {
        set_lang(Lang::It);
        assert!(no_such_assessment(Path::new("x.toml")).contains("non esiste"));
        assert_eq!(list_retired(1), "1 domanda ritirata conservata");
        set_lang(Lang::En);
        assert!(no_such_assessment(Path::new("x.toml")).contains("no such assessment"));
    }
}
