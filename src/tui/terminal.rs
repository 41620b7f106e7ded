//! The one module that touches the terminal: set-up, the event loop, and
//! restoring the terminal on quit, error, panic, SIGTERM and SIGHUP.

use std::io::IsTerminal;
use std::mem::ManuallyDrop;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::{Position, Rect};
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::action::Action;
use super::app::App;
use super::view::theme::Theme;
use super::{effects, keymap, update, view};
use crate::messages::TerminalStep;
use crate::store::DataDir;

mod first_frame;
use first_frame::first_frame;

/// Where frames go: standard output, buffered whole, so that a frame
/// reaches the terminal in one write, not in the standard output's 1 KiB
/// pieces (a 120×32 frame is about 10 KiB).
type Output = CrosstermBackend<std::io::BufWriter<std::io::Stdout>>;

/// The terminal the interface draws on. It is never dropped: [`restore`]
/// gives the terminal back, and ratatui's own drop would show the cursor
/// again and, on a terminal that is gone, `eprintln!` the failure to a
/// closed standard error, which panics and aborts the process.
type Tty = ManuallyDrop<Terminal<Output>>;

fn output() -> Output {
    CrosstermBackend::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ))
}

/// Raw mode and the alternate screen; on a failure midway the terminal is
/// given back as it was.
fn start_terminal() -> std::io::Result<()> {
    let started = ratatui::crossterm::terminal::enable_raw_mode().and_then(|()| {
        ratatui::crossterm::execute!(
            std::io::stdout(),
            ratatui::crossterm::terminal::EnterAlternateScreen
        )
    });
    if started.is_err() {
        restore();
    }
    started
}

/// Gives the terminal back as it was: raw mode off, the main screen, the
/// cursor visible (ratatui's own restore leaves it hidden). Failures are
/// ignored: a terminal that is gone cannot be restored.
pub fn restore() {
    let _ = ratatui::try_restore();
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ratatui::crossterm::cursor::Show);
}

/// Why the interface cannot start or had to stop.
#[derive(Debug)]
pub enum TerminalError {
    /// `SRM_ASSESS_THEME` names no theme.
    Theme(super::view::theme::UnknownTheme),
    /// Standard input or output is not a terminal.
    NotATerminal,
    /// `TERM=dumb`.
    Dumb,
    /// The terminal failed at a step.
    Failed {
        /// Which step.
        step: TerminalStep,
        /// Why.
        source: std::io::Error,
    },
    /// The last save before leaving failed: what the status line said.
    NotSaved(String),
}

impl TerminalError {
    /// Why the interface cannot start or had to stop, in `lang`.
    pub fn words(&self, lang: crate::lang::Lang) -> String {
        use crate::messages as m;
        match self {
            TerminalError::Theme(theme) => m::unknown_theme(lang, &theme.0),
            TerminalError::NotATerminal => m::needs_terminal(lang),
            TerminalError::Dumb => m::dumb_terminal(lang),
            TerminalError::Failed { step, source } => {
                m::terminal_failed(lang, *step, m::io_error(lang, source))
            }
            TerminalError::NotSaved(said) => said.clone(),
        }
    }
}

impl From<super::view::theme::UnknownTheme> for TerminalError {
    fn from(e: super::view::theme::UnknownTheme) -> Self {
        TerminalError::Theme(e)
    }
}

fn failed(step: TerminalStep) -> impl Fn(std::io::Error) -> TerminalError + Copy {
    move |source| TerminalError::Failed { step, source }
}

/// Whether this process can run the interactive interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TerminalKind {
    /// A terminal the interface runs in.
    Interactive,
    /// `TERM=dumb`: the line-by-line walk fits instead.
    Dumb,
    /// Standard input or output is not a terminal.
    NotATerminal,
}

/// What kind of terminal this process has, from the environment.
pub fn kind() -> TerminalKind {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        TerminalKind::NotATerminal
    } else if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        TerminalKind::Dumb
    } else {
        TerminalKind::Interactive
    }
}

/// Fails with what to use instead unless the interface can run.
pub fn check_terminal() -> Result<(), TerminalError> {
    Theme::from_env()?;
    match kind() {
        TerminalKind::Interactive => Ok(()),
        TerminalKind::NotATerminal => Err(TerminalError::NotATerminal),
        TerminalKind::Dumb => Err(TerminalError::Dumb),
    }
}

/// The signals that stop the interface cleanly (terminal restored, nothing
/// lost). Unix: a terminate, a hangup (the window closed) and an
/// interrupt; elsewhere there is no hangup signal, and a closed console
/// ends the process as the system does (changes are saved as they are made).
#[cfg(unix)]
const STOP_SIGNALS: [i32; 3] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
];
#[cfg(not(unix))]
const STOP_SIGNALS: [i32; 2] = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// Runs the interface until the user quits, a signal asks it to stop or the
/// terminal goes away.
pub fn run(mut app: App, data: &DataDir) -> Result<(), TerminalError> {
    check_terminal()?;
    let theme = Theme::from_env()?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in STOP_SIGNALS {
        // A seam for the end-to-end test of a hangup nobody signals (as under
        // `nohup`), in debug builds only: SIGHUP is caught and ignored.
        #[cfg(all(unix, debug_assertions))]
        if signal == signal_hook::consts::SIGHUP
            && std::env::var_os("SRM_ASSESS_TEST_IGNORE_SIGHUP").is_some()
        {
            signal_hook::flag::register(signal, Arc::new(AtomicBool::new(false)))
                .map_err(failed(TerminalStep::Signals))?;
            continue;
        }
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .map_err(failed(TerminalStep::Signals))?;
    }
    // Our panic hook restores the terminal, then says where the data is
    // instead of a Rust message; it is in place before the terminal changes.
    let saved_in = app
        .walk()
        .map_or_else(|| data.assessments(), |w| w.document().path().to_path_buf());
    crate::panic::set_hook(Some(restore), saved_in, app.lang);
    start_terminal().map_err(failed(TerminalStep::Setup))?;
    // The first frame before anything else starts: keys typed meanwhile
    // wait in the terminal for the reader.
    let result = first_frame(&mut app, data, &theme).and_then(|mut terminal| {
        let input = spawn_input_reader();
        event_loop(&mut terminal, &mut app, data, &theme, &stop, &input)
    });
    finish(&mut app, data);
    restore();
    result?;
    match app.status {
        Some(status) if status.is_error() => Err(TerminalError::NotSaved(status.text)),
        _ => Ok(()),
    }
}

/// What the input thread passes on: a terminal event, or the error that
/// ended its reading.
type Input = std::io::Result<Event>;

/// Reads terminal events on a thread of their own. crossterm 0.29 retries
/// a read that fails with EOF or EIO forever once the terminal is closed,
/// and its `poll` then never returns (crossterm-rs/crossterm#793): the
/// thread may end up stuck there, but the event loop never is, because it
/// only waits on this channel and watches the terminal itself.
fn spawn_input_reader() -> Receiver<Input> {
    let (tx, rx) = mpsc::channel();
    let reader = move || {
        loop {
            let input = event::read();
            let failed = input.is_err();
            if tx.send(input).is_err() || failed {
                return;
            }
        }
    };
    // Without the thread the loop still notices signals and a hangup, only
    // never any key: that is better reported than hidden.
    if let Err(e) = std::thread::Builder::new()
        .name("terminal input".into())
        .spawn(reader)
    {
        let (tx, rx2) = mpsc::channel();
        let _ = tx.send(Err(e));
        return rx2;
    }
    rx
}

/// Whether the terminal on standard input has hung up: its window closed,
/// its SSH connection dropped, its tmux session killed.
#[cfg(unix)]
fn hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    use std::os::fd::AsFd;
    let stdin = std::io::stdin();
    let fd = stdin.as_fd();
    // No events asked for: poll still reports a hangup or an error.
    let mut fds = [PollFd::new(&fd, PollFlags::empty())];
    let zero = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match poll(&mut fds, Some(&zero)) {
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => true,
    }
}

#[cfg(not(unix))]
fn hung_up() -> bool {
    false
}

/// How often the loop wakes with nothing typed, to notice signals and a
/// closed terminal. Nothing is drawn unless something changed.
const TICK: Duration = Duration::from_millis(200);

/// Draws the interface on a frame; where the cursor goes is the frame's.
fn draw(app: &App, theme: &Theme, frame: &mut ratatui::Frame) {
    view::render(app, theme, frame);
}

fn event_loop(
    terminal: &mut Tty,
    app: &mut App,
    data: &DataDir,
    theme: &Theme,
    stop: &AtomicBool,
    input: &Receiver<Input>,
) -> Result<(), TerminalError> {
    let io = failed(TerminalStep::Use);
    while !app.has_quit() {
        if stop.load(Ordering::Relaxed) || hung_up() {
            // Keys typed before the signal or the hangup still count: apply
            // what has arrived, then leave.
            drain(app, data, input);
            return Ok(());
        }
        let event = match input.recv_timeout(TICK) {
            Ok(Ok(event)) => event,
            // Idle: show what another window or a script saved meanwhile.
            Err(RecvTimeoutError::Timeout) => {
                if effects::refresh(app) {
                    let drawn = terminal.draw(|frame| draw(app, theme, frame));
                    if let Err(e) = drawn {
                        return if hung_up() { Ok(()) } else { Err(io(e)) };
                    }
                }
                continue;
            }
            Ok(Err(e)) if !hung_up() => return Err(io(e)),
            // The reader is gone or failed because the terminal is: leave.
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        if handle(app, event, data) {
            let drawn = terminal.draw(|frame| draw(app, theme, frame));
            if let Err(e) = drawn {
                return if hung_up() { Ok(()) } else { Err(io(e)) };
            }
        }
    }
    Ok(())
}

/// Applies the events already read, waiting briefly for the rest of what
/// was typed (a paste arrives in several reads).
fn drain(app: &mut App, data: &DataDir, input: &Receiver<Input>) {
    let deadline = std::time::Instant::now() + Duration::from_secs(1);
    while !app.has_quit() && std::time::Instant::now() < deadline {
        match input.recv_timeout(Duration::from_millis(50)) {
            Ok(Ok(event)) => {
                handle(app, event, data);
            }
            _ => return,
        }
    }
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
        Event::Resize(columns, rows) => {
            effects::apply(app, Action::Resize(columns, rows), data);
            true
        }
        _ => false,
    }
}

/// Before leaving: what a form holds is kept where it can be saved (see
/// [`Action::Close`]), and anything not yet saved (after a failed save)
/// is saved once more.
fn finish(app: &mut App, data: &DataDir) {
    if app.walk().is_some() {
        effects::apply(app, Action::Close, data);
    }
    if app.walk().is_some_and(|w| w.document().has_changes()) {
        effects::perform(app, update::Effect::Save, data);
    }
}

#[cfg(test)]
#[path = "terminal_tests.rs"]
mod tests;
