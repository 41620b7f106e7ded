//! What a user sees if srm-assess ever panics: the terminal restored, one
//! short sentence saying where the data is, exit status 1 — never a Rust
//! panic message or a backtrace.

use std::io::Write;
use std::path::PathBuf;

/// Replaces the panic hook. With `terminal`, the terminal is restored first
/// (raw mode off, main screen back). `saved_in` is where the answers are.
pub fn set_hook(terminal: bool, saved_in: PathBuf) {
    std::panic::set_hook(Box::new(move |info| {
        if terminal {
            crate::tui::terminal::restore();
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
                &at,
                &crate::sanitize::clean(&saved_in.display().to_string())
            )
        );
        std::process::exit(1);
    }));
}
