//! One module per subcommand; each returns a [`Failure`] worded for the user.

pub mod accept;
pub mod answer;
pub mod ask;
pub mod bundle;
pub mod check;
pub mod ci_setup;
pub mod diff;
pub mod evidence;
pub mod fleet;
pub mod git_setup;
pub mod list;
pub mod man;
pub mod merge_driver;
pub mod new;
pub mod probe;
pub mod questions;
pub mod report;
pub mod set;
pub mod settle;
pub mod show;
pub mod tui;
pub mod validate;
pub(crate) mod values;
pub mod verify;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Failure;
use crate::questionnaire::{self, Questionnaire};

/// What every command needs, built once from the command line: where the
/// questionnaire and the data folder are, the language, the clock.
#[derive(Debug, Clone)]
pub struct Context {
    questionnaire_path: Option<PathBuf>,
    data_dir: Option<PathBuf>,
    /// The language of output: `--lang`, else the locale.
    pub lang: crate::lang::Lang,
    /// `--lang` as given: reports and `diff` otherwise follow the
    /// assessment's own language.
    pub lang_override: Option<crate::lang::Lang>,
    /// The questionnaire files the user vouched for, read from the data
    /// folder once per run (`fleet` resolves thousands of assessments).
    vouched: std::sync::OnceLock<crate::store::questionnaire_file::Vouched>,
}

impl Context {
    /// The context of one run.
    pub fn new(
        questionnaire_path: Option<PathBuf>,
        data_dir: Option<PathBuf>,
        lang: crate::lang::Lang,
        lang_override: Option<crate::lang::Lang>,
    ) -> Self {
        Context {
            questionnaire_path,
            data_dir,
            lang,
            lang_override,
            vouched: std::sync::OnceLock::new(),
        }
    }

    /// The questionnaire file `--questionnaire` names, if any.
    pub fn questionnaire_path(&self) -> Option<&Path> {
        self.questionnaire_path.as_deref()
    }

    /// The questionnaire in use (`--questionnaire`, else the built-in one).
    pub fn questionnaire(&self) -> Result<Questionnaire, Failure> {
        load_questionnaire(self.questionnaire_path.as_deref(), self.lang)
    }

    /// The `--questionnaire` file, when given.
    pub fn questionnaire_file(&self) -> Option<&Path> {
        self.questionnaire_path.as_deref()
    }

    /// How the assessment at `path` records the `--questionnaire` file:
    /// `(file, sha256)`; `None` with the built-in questionnaire.
    pub fn questionnaire_record(&self, path: &Path) -> Option<(String, String)> {
        let given = self.questionnaire_path.as_deref()?;
        crate::store::questionnaire_file::record(path, given)
    }

    /// The questionnaire `assessment` (kept at `path`) answers:
    /// `--questionnaire` when given, else the file the assessment recorded
    /// (said plainly when it moved or changed), else the built-in one.
    /// Also what the assessment should record about the file, when that
    /// differs from what it holds: `(file, sha256)`.
    pub fn questionnaire_for(
        &self,
        path: &Path,
        assessment: &crate::assessment::Assessment,
    ) -> Result<(Questionnaire, Option<(String, String)>), Failure> {
        use crate::store::questionnaire_file::{self, Resolved, Vouched};
        if let Some(given) = &self.questionnaire_path {
            let questionnaire = self.questionnaire()?;
            // Given on the command line: the user vouches for it, and later
            // commands read it from the assessment's record.
            if let Ok(data) = self.data() {
                Vouched::add(data.root(), path, given);
            }
            return Ok((questionnaire, self.questionnaire_record(path)));
        }
        let recorded = &assessment.questionnaire;
        match questionnaire_file::resolve(path, recorded, self.vouched()) {
            Ok(Resolved::InUse) => Ok((self.questionnaire()?, None)),
            Ok(Resolved::Read {
                questionnaire,
                file,
                changed,
            }) => {
                if changed.is_some() {
                    eprintln!(
                        "{}",
                        crate::sanitize::for_output(&crate::messages::questionnaire_file_changed(
                            self.lang, path, &file
                        ))
                    );
                }
                Ok((*questionnaire, changed))
            }
            Err(why) => Err(Failure::new(crate::messages::questionnaire_unresolved(
                self.lang, path, recorded, &why,
            ))),
        }
    }

    /// What identifies the questionnaire [`Self::questionnaire_for`]
    /// gives for `assessment`: the file actually read (resolved) and its
    /// content's digest, never what the assessment recorded.
    pub fn questionnaire_key(
        &self,
        path: &Path,
        assessment: &crate::assessment::Assessment,
    ) -> (PathBuf, String) {
        use crate::store::questionnaire_file::{self, Found};
        if let Some(q) = &self.questionnaire_path {
            return (q.clone(), String::new());
        }
        match questionnaire_file::find(path, &assessment.questionnaire, self.vouched()) {
            Found::NotRecorded => (PathBuf::new(), String::new()),
            Found::Read { path, text, .. } => (
                path.canonicalize().unwrap_or(path),
                questionnaire_file::digest(text.as_bytes()),
            ),
            Found::Missing { path, .. } | Found::Untrusted { path } => (path, String::new()),
        }
    }

    /// The questionnaire files the user vouched for (kept in the data
    /// folder; none when it cannot be read).
    pub fn vouched(&self) -> &crate::store::questionnaire_file::Vouched {
        self.vouched.get_or_init(|| {
            self.data()
                .map(|d| crate::store::questionnaire_file::Vouched::load(d.root()))
                .unwrap_or_default()
        })
    }

    /// The data folder.
    /// A report's language: `--lang` when given, else the assessment's
    /// own (the language its answers were written in).
    pub fn report_lang(&self, assessment: &crate::assessment::Assessment) -> crate::lang::Lang {
        self.lang_override.unwrap_or(assessment.lang)
    }

    pub fn data(&self) -> Result<crate::store::DataDir, Failure> {
        Ok(crate::store::DataDir::resolve(self.data_dir.as_deref())?)
    }

    /// Today in the system's time zone: the default `--as-of`, the day
    /// acceptances and evidence are recorded.
    pub fn today(&self) -> jiff::civil::Date {
        crate::assessment::local_date(self.now())
    }

    /// `assessment` as it stood at the end of `day` (`--as-of`), with how
    /// many records were left out; a day before it was created is refused.
    pub fn as_of(
        &self,
        path: &std::path::Path,
        assessment: crate::assessment::Assessment,
        day: Option<jiff::civil::Date>,
    ) -> Result<(crate::assessment::Assessment, Option<usize>), Failure> {
        let Some(day) = day else {
            return Ok((assessment, None));
        };
        match assessment.as_of(day, &crate::clock::system_zone()) {
            Some(past) => Ok((past.assessment, Some(past.left_out))),
            None => Err(Failure::usage(crate::messages::as_of_before_created(
                self.lang,
                path,
                day,
                crate::assessment::local_date(assessment.created),
            ))),
        }
    }

    /// Now, for timestamps.
    pub fn now(&self) -> jiff::Timestamp {
        crate::assessment::now()
    }
}

/// Loads the questionnaire at `path`, or the built-in one.
pub fn load_questionnaire(
    path: Option<&Path>,
    lang: crate::lang::Lang,
) -> Result<Questionnaire, Failure> {
    match parse_questionnaire(path, lang)? {
        Ok(questionnaire) => Ok(questionnaire),
        Err(problems) => Err(Failure::Questionnaire(problems)),
    }
}

/// Reads and checks the questionnaire at `path` (or the built-in one): a
/// file that cannot be read is a failure; one that reads but is not valid
/// gives its problems, so that they can be counted.
pub fn parse_questionnaire(
    path: Option<&Path>,
    lang: crate::lang::Lang,
) -> Result<Result<Questionnaire, questionnaire::QuestionnaireError>, Failure> {
    Ok(match path {
        None => questionnaire::builtin(),
        Some(path) => {
            let text = read_text(path, lang)?;
            Questionnaire::parse(&text, &path.display().to_string())
        }
    })
}

/// Reads a UTF-8 text file, with a message that names it and says what to do.
pub fn read_text(path: &Path, lang: crate::lang::Lang) -> Result<String, Failure> {
    // A questionnaire or another input file: never waited on (a FIFO, a
    // device), never read past 64 MiB.
    let bytes = read_bytes(path, 64 * 1024 * 1024, lang)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = crate::position::Position::at(
            &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
            usize::MAX,
        );
        Failure::new(crate::messages::file_not_utf8(
            lang, path, at.line, at.column,
        ))
    })
}

/// Reads a regular file of at most `limit` bytes, with a message that
/// names it and says what to do.
pub fn read_bytes(path: &Path, limit: u64, lang: crate::lang::Lang) -> Result<Vec<u8>, Failure> {
    let read =
        crate::store::regular::read(path, limit).map_err(crate::store::regular::ReadError::into_io);
    let bytes = read.map(|(bytes, _)| bytes).map_err(|e| {
        use crate::messages::ReadHint;
        let hint = match e.kind() {
            io::ErrorKind::NotFound => ReadHint::Path,
            io::ErrorKind::PermissionDenied => ReadHint::Permissions,
            _ => ReadHint::Readable,
        };
        Failure::new(crate::messages::cannot_read_file(
            lang,
            path,
            crate::messages::io_error(lang, &e),
            hint,
        ))
    })?;
    Ok(bytes)
}

/// Writes a message or a listing to standard output, cleaned of anything
/// that could drive the terminal (file names, ids and texts from files
/// included); a closed pipe (`| head`) ends quietly.
pub fn print(text: &str) -> Result<(), Failure> {
    print_raw(&crate::sanitize::for_output(text))
}

/// Writes a generated document (a report) to standard output: cleaned like
/// [`print`] when standard output is a terminal, byte for byte otherwise
/// (a pipe or a file gets the document as written).
pub fn print_document(text: &str) -> Result<(), Failure> {
    use std::io::IsTerminal;
    if io::stdout().is_terminal() {
        print(text)
    } else {
        print_raw(text)
    }
}

/// Writes `text` to standard output as it is: only for text the program
/// generated itself (completion scripts, the manual page).
pub fn print_raw(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Stdout(e)),
    }
}

use answer::unknown_question;

mod open;
pub(super) use open::check_questionnaire;
pub use open::{open_assessment, open_question, read_assessment, read_assessment_of};

/// Saves the document (lock, merge, atomic write) and tells, on standard
/// error, which questions' fields another process had changed and this
/// save replaced: every command that writes goes through here.
pub fn save(
    doc: &mut crate::store::Document,
    lang: crate::lang::Lang,
) -> Result<crate::store::SaveReport, Failure> {
    let report = doc.save()?;
    for id in &report.overwritten {
        eprintln!(
            "{}",
            crate::sanitize::for_output(&crate::messages::overwritten(lang, id))
        );
    }
    Ok(report)
}

/// Warns, on standard error, about each typed text of question `id`'s
/// entry that newly looks like it holds a credential (assessments are
/// shared), naming the field: [`crate::store::Document::try_edit`]'s list.
pub(crate) fn warn_suspicious(
    id: &str,
    found: &[crate::assessment::typed::Suspicious],
    lang: crate::lang::Lang,
) {
    for s in found {
        let warning = crate::messages::suspicious_warning(lang, id, s);
        eprintln!("{}", crate::sanitize::for_output(&warning));
    }
}
