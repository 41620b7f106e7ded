//! Every message the commands print and every failure they report, in
//! English and Italian: one function per message, with typed arguments, so
//! a misspelt argument or a missing language does not compile.
//!
//! The language is the one of the command line (`--lang`, else the
//! locale), set once by [`set_lang`] before any command runs; the
//! interface sets its own when it starts.

use std::cell::Cell;
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

/// Runs `f` with messages in `lang`, then goes back to the language
/// before: for a report in the assessment's language while the command
/// speaks another.
pub fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = self::lang();
    set_lang(lang);
    let out = f();
    set_lang(before);
    out
}

/// The English or the Italian text, by the current language.
fn pick(en: String, it: String) -> String {
    match lang() {
        Lang::En => en,
        Lang::It => it,
    }
}

// Declared before the submodules, so that they can use it.
macro_rules! say {
    ($en:literal, $it:literal $(,)?) => {
        pick(format!($en), format!($it))
    };
}

fn p(path: &Path) -> std::path::Display<'_> {
    path.display()
}

mod ask;
mod commands;
mod decisions;
mod files;
mod interface;
mod interface_values;
mod observations;
mod probe;
mod questionnaire;
mod report;
mod report_values;
mod tui;
mod validation;
pub mod words;

pub use ask::*;
pub use commands::*;
pub use decisions::*;
pub use files::*;
pub use interface::Ui;
pub use interface_values::ui;
pub use observations::*;
pub use probe::*;
pub use questionnaire::*;
pub use report::ReportWords;
pub use report_values::report_words;
pub use tui::*;
pub use validation::*;

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
