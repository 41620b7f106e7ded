//! The one module that touches the terminal: set-up, the event loop, and
//! restoring the terminal on quit, error, panic, SIGTERM and SIGHUP.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use super::action::Action;
use super::app::{App, Overlay};
use super::view::theme::Theme;
use super::{effects, keymap, update, view};
use crate::error::Failure;
use crate::store::DataDir;

/// Whether this process can run the interactive interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fit {
    /// Yes.
    Ok,
    /// `TERM=dumb`: the line-by-line walk fits instead.
    Dumb,
    /// Standard input or output is not a terminal.
    NotATerminal,
}

/// Looks at the environment.
pub fn fit() -> Fit {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        Fit::NotATerminal
    } else if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        Fit::Dumb
    } else {
        Fit::Ok
    }
}

/// Fails with what to use instead unless the interface can run.
pub fn check_terminal() -> Result<(), Failure> {
    match fit() {
        Fit::Ok => Ok(()),
        Fit::NotATerminal => Err(Failure::new(
            "the interactive interface needs a terminal, and standard input or output is not one; \
             use `srm-assess ask NAME` for a line-by-line walk, or `answer` and `report` in scripts",
        )),
        Fit::Dumb => Err(Failure::new(
            "TERM=dumb cannot show the interactive interface; use `srm-assess ask NAME` for a \
             line-by-line walk",
        )),
    }
}

/// Runs the interface until the user quits or a signal asks it to stop.
pub fn run(mut app: App, data: &DataDir) -> Result<(), Failure> {
    check_terminal()?;
    let stop = Arc::new(AtomicBool::new(false));
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .map_err(|e| Failure::new(format!("cannot watch for signals: {e}")))?;
    }
    // Our panic hook (below) replaces the one try_init installs: it restores
    // the terminal too, then says where the data is instead of a Rust message.
    let mut terminal = ratatui::try_init()
        .map_err(|e| Failure::new(format!("cannot set up the terminal: {e}")))?;
    let saved_in = app
        .doc
        .as_ref()
        .map_or_else(|| data.assessments(), |d| d.path().to_path_buf());
    crate::panic::set_hook(true, saved_in);
    let theme = Theme::from_env();
    let result = event_loop(&mut terminal, &mut app, data, &theme, &stop);
    finish(&mut app, data);
    ratatui::restore();
    result?;
    match app.status {
        Some(status) if status.error => Err(Failure::new(status.text)),
        _ => Ok(()),
    }
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    data: &DataDir,
    theme: &Theme,
    stop: &AtomicBool,
) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::new(format!("terminal error: {e}"));
    terminal
        .draw(|frame| view::render(app, theme, frame))
        .map_err(io)?;
    while !app.quit {
        if stop.load(Ordering::Relaxed) {
            // Keys typed before the signal still count: apply them, then leave.
            while !app.quit && event::poll(Duration::ZERO).map_err(io)? {
                handle(app, event::read().map_err(io)?, data);
            }
            return Ok(());
        }
        // Waiting with a timeout only to notice signals; nothing is drawn
        // unless an event arrived.
        if !event::poll(Duration::from_millis(200)).map_err(io)? {
            continue;
        }
        if handle(app, event::read().map_err(io)?, data) {
            terminal
                .draw(|frame| view::render(app, theme, frame))
                .map_err(io)?;
        }
    }
    Ok(())
}

/// Applies one terminal event; returns whether the screen must be redrawn.
fn handle(app: &mut App, event: Event, data: &DataDir) -> bool {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            // A seam for the end-to-end test of the panic path, in debug
            // builds only: the release binary has no way to be made to panic.
            #[cfg(debug_assertions)]
            if std::env::var("SRM_ASSESS_TEST_PANIC_KEY").is_ok_and(|k| {
                key.code
                    == ratatui::crossterm::event::KeyCode::Char(k.chars().next().unwrap_or('\0'))
            }) {
                panic!("test panic");
            }
            if let Some(action) = keymap::action_for(app.mode(), key) {
                effects::apply(app, action, data);
            }
            true
        }
        Event::Resize(..) => true,
        _ => false,
    }
}

/// Before leaving: notes being edited are kept, and anything not yet
/// saved (after a failed save) is saved once more.
fn finish(app: &mut App, data: &DataDir) {
    if matches!(app.overlay, Overlay::Notes { .. }) {
        effects::apply(app, Action::Back, data);
    }
    if app.doc.as_ref().is_some_and(|d| d.has_changes()) {
        effects::perform(app, update::Effect::Save, data);
    }
}
