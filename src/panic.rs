//! What a user sees if srm-assess ever panics: the terminal restored, one
//! short sentence saying where the data is, exit status 1 — never a Rust
//! panic message or a backtrace.

use std::io::Write;
use std::path::PathBuf;

/// Replaces the panic hook. `restore`, when given, runs first: the
/// interface passes the function that gives the terminal back (raw mode
/// off, main screen back), so this module needs no knowledge of terminals.
/// `saved_in` is where the answers are; `lang` the language to say it in.
pub fn set_hook(restore: Option<fn()>, saved_in: PathBuf, lang: crate::lang::Lang) {
    std::panic::set_hook(Box::new(move |info| {
        if let Some(restore) = restore {
            restore();
        }
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        // Never `eprintln!`: on a terminal that is gone it panics again,
        // inside the hook, and the process aborts.
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            crate::messages::internal_error(
                lang,
                &at,
                &crate::sanitize::clean(&saved_in.display().to_string())
            )
        );
        std::process::exit(1);
    }));
}
