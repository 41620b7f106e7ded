//! What is said about the terminal: too dumb, missing, failing, and a
//! panic's last words.

use std::fmt::Display;

use super::super::pick;
use crate::lang::Lang;

/// `open` on a dumb terminal.
pub fn dumb_terminal_note(l: Lang) -> String {
    say!(
        l,
        "srm-assess: TERM=dumb: starting the line-by-line walk (srm-assess ask)",
        "srm-assess: TERM=dumb: avvio il percorso riga per riga (srm-assess ask)",
    )
}

/// The interface without a terminal.
pub fn needs_terminal(l: Lang) -> String {
    say!(
        l,
        "the interactive interface needs a terminal, and standard input or output is not one; use `srm-assess ask NAME` for a line-by-line walk, or `answer` and `report` in scripts",
        "l'interfaccia interattiva richiede un terminale, e lo standard input o output non lo è; usate `srm-assess ask NOME` per un percorso riga per riga, o `answer` e `report` negli script",
    )
}

/// The interface on `TERM=dumb`.
pub fn dumb_terminal(l: Lang) -> String {
    say!(
        l,
        "TERM=dumb cannot show the interactive interface; use `srm-assess ask NAME` for a line-by-line walk",
        "con TERM=dumb l'interfaccia interattiva non si può mostrare; usate `srm-assess ask NOME` per un percorso riga per riga",
    )
}

/// An unknown `SRM_ASSESS_THEME`.
pub fn unknown_theme(l: Lang, name: &str) -> String {
    say!(
        l,
        "SRM_ASSESS_THEME={name:?} is not a theme; use mono, high-contrast or color",
        "SRM_ASSESS_THEME={name:?} non è un tema; usate mono, high-contrast o color",
    )
}

/// The terminal could not be set up or used.
pub fn terminal_failed(l: Lang, what: TerminalStep, e: impl Display) -> String {
    match what {
        TerminalStep::Signals => say!(
            l,
            "cannot watch for signals: {e}",
            "non riesco a intercettare i segnali: {e}"
        ),
        TerminalStep::Setup => say!(
            l,
            "cannot set up the terminal: {e}",
            "non riesco a preparare il terminale: {e}"
        ),
        TerminalStep::Use => say!(l, "terminal error: {e}", "errore del terminale: {e}"),
    }
}

/// Which step of the terminal failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalStep {
    /// Watching for signals.
    Signals,
    /// Setting it up.
    Setup,
    /// Drawing or reading.
    Use,
}

/// The panic hook's message.
pub fn internal_error(l: Lang, at: &str, saved_in: &str) -> String {
    say!(
        l,
        "srm-assess: internal error{at}. Every change saved before it is in {saved_in}; nothing else was written. Please report this error.",
        "srm-assess: errore interno{at}. Ogni modifica salvata prima è in {saved_in}; nient'altro è stato scritto. Segnalate questo errore.",
    )
}

/// Where the answers are, when no file is open yet.
pub fn the_assessment_file(l: Lang) -> String {
    say!(l, "the assessment file", "il file della valutazione")
}
