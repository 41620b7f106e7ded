//! How each action changes the model, and which effects (saving, writing
//! the report, opening a file) it asks the runner to perform.

use std::path::PathBuf;

use super::action::Action;
use super::app::{App, Screen, Status, StatusKind};
use super::keymap::Mode;
use super::walk::{Form, FormKind, Overlay, Walk};
use crate::assessment::Answer;

mod forms;
mod navigate;
mod record;
use forms::{create_form, editor, form, justification, keep_typed, notes, search, start};
use navigate::{advance, navigate, show_visible};
use record::{record, set_entry, try_answer};

/// What a screen's handler may change besides its own state: the status
/// line and the wish to quit; and the time of the action.
pub(super) struct Shared<'a> {
    status: &'a mut Option<Status>,
    quit: &'a mut bool,
    /// When the action happens (from the app's clock).
    now: jiff::Timestamp,
    /// The interface's language, for the messages it words.
    lang: crate::lang::Lang,
}

impl Shared<'_> {
    fn set(&mut self, text: impl Into<String>, kind: StatusKind) {
        *self.status = Some(Status {
            text: text.into(),
            kind,
        });
    }

    /// News in the status line.
    fn say(&mut self, text: impl Into<String>) {
        self.set(text, StatusKind::Info);
    }

    /// Why the view shows nothing; cleared when the view changes.
    fn view_note(&mut self, text: impl Into<String>) {
        self.set(text, StatusKind::View);
    }

    /// Removes a note about the view once the view that caused it is gone.
    fn clear_view_note(&mut self) {
        if self
            .status
            .as_ref()
            .is_some_and(|s| s.kind == StatusKind::View)
        {
            *self.status = None;
        }
    }

    /// The user asks to quit.
    fn quit(&mut self) {
        *self.quit = true;
    }
}

/// Something the model cannot do itself: the runner performs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the open assessment.
    Save,
    /// Write the Markdown report next to the assessment file.
    WriteReport,
    /// Open the assessment at this path.
    Open(PathBuf),
    /// Quit if nothing is left unsaved; else ask what to do.
    QuitIfSaved,
    /// Open this address in the system's browser.
    OpenUrl(String),
    /// Say this warning in the status line (after what came before).
    Warn(String),
    /// Record a file as evidence for a question: hashed, its path kept
    /// relative to the assessment's folder when inside it.
    RecordEvidenceFile {
        /// The question's id.
        id: String,
        /// The path as typed (relative ones from the assessment's folder).
        path: String,
        /// The day it shows the control.
        observed: jiff::civil::Date,
        /// What it shows.
        note: String,
    },
    /// Create an assessment and open it (the store checks everything;
    /// a refusal goes back to the create form).
    Create {
        /// Its name in the data folder, trimmed.
        name: String,
        /// Organization, instance, assessor, trimmed (the store checks them).
        details: [String; 3],
    },
}

/// Applies an action; returns the effects to perform, in order.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Resize(columns, rows) = action {
        app.size = (columns, rows);
        return Vec::new();
    }
    // When the screen cannot show what a key does, only help and quit act.
    if app.too_small() && !matches!(action, Action::Quit | Action::Help | Action::Close) {
        return Vec::new();
    }
    // A failure stays on screen until the next action.
    if app.status.as_ref().is_some_and(Status::is_error) {
        app.status = None;
    }
    let mut effects = dispatch(app, action);
    // Quitting with changes that are not saved: save first, and quit only
    // if that works (else the user is asked; nothing is lost silently).
    if let Screen::Walk(walk) = &app.screen
        && app.quit
        && !walk.discard
        && walk.unsaved() > 0
    {
        app.quit = false;
        effects.retain(|e| *e != Effect::Save);
        effects.extend([Effect::Save, Effect::QuitIfSaved]);
    }
    effects
}

fn dispatch(app: &mut App, action: Action) -> Vec<Effect> {
    let mode = app.mode();
    let now = (app.clock)();
    let lang = app.lang;
    let App {
        screen,
        status,
        quit,
        ..
    } = app;
    let shell = &mut Shared {
        status,
        quit,
        now,
        lang,
    };
    let walk = match screen {
        Screen::Start(screen) => {
            if action == Action::Close {
                shell.quit();
                return Vec::new();
            }
            return match mode {
                Mode::CreateForm => create_form(screen, shell, action),
                _ => start(screen, shell, action),
            };
        }
        Screen::Walk(walk) => walk,
    };
    walk.today = crate::assessment::local_date(now);
    if action == Action::Close {
        shell.quit();
        return keep_typed(walk);
    }
    match mode {
        Mode::Help => {
            match action {
                Action::Help | Action::Back => walk.overlay = Overlay::None,
                Action::Quit => shell.quit(),
                // The view stops at the end of the text.
                Action::ScrollDown => {
                    walk.help_scroll = walk.help_scroll.saturating_add(3).min(200)
                }
                Action::ScrollUp => walk.help_scroll = walk.help_scroll.saturating_sub(3),
                _ => {}
            }
            Vec::new()
        }
        Mode::Summary => match action {
            Action::Summary | Action::Back => {
                walk.overlay = Overlay::None;
                Vec::new()
            }
            Action::Report => vec![Effect::WriteReport],
            Action::Quit => {
                shell.quit();
                Vec::new()
            }
            _ => Vec::new(),
        },
        Mode::Unsaved => match action {
            Action::Confirm => vec![Effect::Save, Effect::QuitIfSaved],
            Action::Quit => {
                walk.discard = true;
                shell.quit();
                Vec::new()
            }
            Action::Back => {
                walk.overlay = Overlay::None;
                Vec::new()
            }
            _ => Vec::new(),
        },
        Mode::Justification => justification(walk, shell, action),
        Mode::Notes => notes(walk, shell, action),
        Mode::Form => form(walk, shell, action),
        Mode::Search => search(walk, shell, action),
        Mode::Walk | Mode::Start | Mode::CreateForm => on_walk(walk, shell, action),
    }
}

fn on_walk(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    match action {
        Action::NotApplicable
        | Action::EditNotes
        | Action::EditOwner
        | Action::AcceptRisk
        | Action::EditDetails
        | Action::AddEvidence => return open_form(w, shell, action),
        Action::Answer(_)
        | Action::TakeSuggestion
        | Action::SettleConflict { .. }
        | Action::ToggleFlag
        | Action::OpenSetting
        | Action::NotOnOurPlan
        | Action::ClearAnswer => return record(w, shell, action),
        Action::Next
        | Action::Prev
        | Action::NextSection
        | Action::PrevSection
        | Action::NextUnanswered => navigate(w, shell, action),
        // A new search starts empty (Enter on it shows every question).
        Action::Search => w.overlay = Overlay::Search(Box::default()),
        Action::CycleFilter => {
            w.filter = w.filter.next(!w.doc.assessment().conflicts.is_empty());
            shell.clear_view_note();
            show_visible(w, shell);
        }
        Action::Summary => w.overlay = Overlay::Summary,
        Action::Report => return vec![Effect::WriteReport],
        Action::Help => {
            w.help_scroll = 0;
            w.overlay = Overlay::Help;
        }
        Action::Quit | Action::Close => shell.quit(),
        Action::ScrollDown => w.scroll = w.scroll.saturating_add(5),
        Action::ScrollUp => w.scroll = w.scroll.saturating_sub(5),
        Action::Confirm => w.intro = false,
        Action::Back => {
            w.search = None;
            w.intro = false;
            shell.clear_view_note();
        }
        Action::NextField | Action::Create | Action::Key(_) | Action::Resize(..) => {}
    }
    Vec::new()
}

/// Opens the form, editor or text box an action asks for.
fn open_form(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    match action {
        Action::NotApplicable => {
            let existing = w.current_entry().justification;
            w.overlay = Overlay::Justification {
                editor: Box::new(editor(&existing)),
                error: false,
            };
        }
        Action::EditNotes => {
            w.overlay = Overlay::Notes {
                editor: Box::new(editor(&w.current_entry().notes)),
                warned: false,
                edited: false,
            }
        }
        Action::EditOwner => {
            let entry = w.current_entry();
            let due = entry.due.map(|d| d.to_string()).unwrap_or_default();
            w.overlay = Overlay::Form(Box::new(Form::new(FormKind::Owner, &[&entry.owner, &due])));
        }
        Action::AcceptRisk => {
            let entry = w.current_entry();
            if !entry.answer.is_some_and(Answer::is_gap) {
                shell.say(crate::messages::tui_accept_not_a_gap(shell.lang));
                return Vec::new();
            }
            let a = entry.acceptance.as_ref();
            let until = a.map(|a| a.until.to_string()).unwrap_or_default();
            let values = [
                a.map_or("", |a| a.by.as_str()),
                until.as_str(),
                a.map_or("", |a| a.reason.as_str()),
                a.map_or("", |a| a.compensating.as_str()),
            ];
            w.overlay = Overlay::Form(Box::new(Form::new(FormKind::Accept, &values)));
        }
        Action::EditDetails => {
            let m = &w.doc.assessment().metadata;
            let values = [
                m.organization.as_str(),
                m.instance.as_str(),
                m.assessor.as_str(),
            ];
            w.overlay = Overlay::Form(Box::new(Form::new(FormKind::Details, &values)));
        }
        Action::AddEvidence => {
            let today = w.today.to_string();
            w.overlay = Overlay::Form(Box::new(Form::new(FormKind::Evidence, &["", &today, ""])));
        }
        _ => {}
    }
    Vec::new()
}
