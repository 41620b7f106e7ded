//! How each action changes the model, and which effects (saving, writing
//! the report, opening a file) it asks the runner to perform.

use std::path::PathBuf;

use super::action::Action;
use super::app::{App, Overlay, OwnerForm, Screen};
use super::keymap::Mode;
use crate::assessment::{Answer, Entry, Metadata};

mod forms;
pub use forms::parse_date;
use forms::{create_form, editor, justification, notes, owner, search, start};

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
    /// Create an assessment and open it.
    Create {
        /// Its name in the data folder.
        name: String,
        /// Organization, instance, assessor.
        metadata: Metadata,
    },
}

impl App {
    /// Which keys apply now.
    pub fn mode(&self) -> Mode {
        match (self.screen, &self.overlay) {
            (Screen::Start, _) if self.create.is_some() => Mode::CreateForm,
            (Screen::Start, _) => Mode::Start,
            (Screen::Walk, Overlay::None) => Mode::Walk,
            (Screen::Walk, Overlay::Help) => Mode::Help,
            (Screen::Walk, Overlay::Summary) => Mode::Summary,
            (Screen::Walk, Overlay::Justification { .. }) => Mode::Justification,
            (Screen::Walk, Overlay::Notes { .. }) => Mode::Notes,
            (Screen::Walk, Overlay::Owner(_)) => Mode::Owner,
            (Screen::Walk, Overlay::Search(_)) => Mode::Search,
            (Screen::Walk, Overlay::Unsaved) => Mode::Unsaved,
        }
    }
}

/// Applies an action; returns the effects to perform, in order.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if let Action::Resize(columns, rows) = action {
        app.size = (columns, rows);
        return Vec::new();
    }
    // When the screen cannot show what a key does, only help and quit act.
    if app.too_small() && !matches!(action, Action::Quit | Action::Help) {
        return Vec::new();
    }
    // A failure stays on screen until the next action.
    if app.status.as_ref().is_some_and(|s| s.error) {
        app.status = None;
    }
    let mut effects = dispatch(app, action);
    // Quitting with changes that are not saved: save first, and quit only
    // if that works (else the user is asked; nothing is lost silently).
    if app.quit && !app.discard && app.unsaved() > 0 {
        app.quit = false;
        effects.retain(|e| *e != Effect::Save);
        effects.extend([Effect::Save, Effect::QuitIfSaved]);
    }
    effects
}

fn dispatch(app: &mut App, action: Action) -> Vec<Effect> {
    match app.mode() {
        Mode::Start => start(app, action),
        Mode::CreateForm => create_form(app, action),
        Mode::Walk => walk(app, action),
        Mode::Help => {
            match action {
                Action::Help | Action::Back => app.overlay = Overlay::None,
                Action::Quit => app.quit = true,
                // The view stops at the end of the text.
                Action::ScrollDown => app.help_scroll = app.help_scroll.saturating_add(3).min(200),
                Action::ScrollUp => app.help_scroll = app.help_scroll.saturating_sub(3),
                _ => {}
            }
            Vec::new()
        }
        Mode::Summary => match action {
            Action::Summary | Action::Back => {
                app.overlay = Overlay::None;
                Vec::new()
            }
            Action::Report => vec![Effect::WriteReport],
            Action::Quit => {
                app.quit = true;
                Vec::new()
            }
            _ => Vec::new(),
        },
        Mode::Unsaved => match action {
            Action::Confirm => vec![Effect::Save, Effect::QuitIfSaved],
            Action::Quit => {
                app.discard = true;
                app.quit = true;
                Vec::new()
            }
            Action::Back => {
                app.overlay = Overlay::None;
                Vec::new()
            }
            _ => Vec::new(),
        },
        Mode::Justification => justification(app, action),
        Mode::Notes => notes(app, action),
        Mode::Owner => owner(app, action),
        Mode::Search => search(app, action),
    }
}

fn walk(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Answer(answer) => return answer_and_advance(app, answer, None),
        Action::NotApplicable => {
            let existing = current_entry(app).justification;
            app.overlay = Overlay::Justification {
                editor: Box::new(editor(&existing)),
                error: false,
            };
        }
        Action::EditNotes => {
            app.overlay = Overlay::Notes {
                editor: Box::new(editor(&current_entry(app).notes)),
                warned: false,
                edited: false,
            }
        }
        Action::EditOwner => {
            let entry = current_entry(app);
            let due = entry.due.map(|d| d.to_string()).unwrap_or_default();
            app.overlay = Overlay::Owner(OwnerForm {
                fields: [entry.owner, due],
                focus: 0,
                error: None,
            });
        }
        Action::ToggleFlag => {
            let mut entry = current_entry(app);
            entry.flagged = !entry.flagged;
            return set_entry(app, entry);
        }
        Action::OpenSetting => match app.questionnaire.admin_link(app.question(), app.instance()) {
            Some(url) => return vec![Effect::OpenUrl(url)],
            None => app.say(app.ui().no_setting_link),
        },
        Action::NotOnOurPlan => {
            let Some(plans) = app.questionnaire.plans_needed(app.question(), app.lang) else {
                app.say(app.ui().not_plan_dependent);
                return Vec::new();
            };
            let justification = crate::messages::tui_not_on_plan(&plans);
            return answer_and_advance(app, Answer::Na, Some(justification));
        }
        Action::ClearAnswer => {
            let mut entry = current_entry(app);
            if entry.answer.is_none() {
                return Vec::new();
            }
            entry.clear_answer();
            return set_entry(app, entry);
        }
        Action::Next => {
            if app.intro {
                app.intro = false;
            } else {
                advance(app);
            }
        }
        Action::Prev => {
            if let Some(i) = app.prev_visible(app.cursor) {
                app.go_to(i, false);
            } else {
                app.intro = app.questionnaire.sections[app.question().section]
                    .questions
                    .start
                    == app.cursor;
            }
        }
        Action::NextSection => {
            let section = app.question().section;
            let end = app.questionnaire.sections[section].questions.end;
            match app.next_visible(end.saturating_sub(1)) {
                Some(i) => app.go_to(i, true),
                None => app.say(app.ui().view_empty),
            }
        }
        Action::PrevSection => {
            let section = app.question().section;
            let start = app.questionnaire.sections[section].questions.start;
            let target = if app.cursor > start && !app.intro {
                // Back to the start of this section first, as a pager would.
                first_visible_in(app, section)
            } else {
                (0..section).rev().find_map(|s| first_visible_in(app, s))
            };
            if let Some(i) = target {
                app.go_to(i, true);
            }
        }
        Action::NextUnanswered => match app.first_unanswered_from(app.cursor + 1) {
            Some(i) => app.go_to(i, false),
            None => app.say(app.ui().none_unanswered),
        },
        // A new search starts empty (Enter on it shows every question).
        Action::Search => app.overlay = Overlay::Search(String::new()),
        Action::CycleFilter => {
            app.filter = app.filter.next();
            clear_view_message(app);
            show_visible(app);
        }
        Action::Summary => app.overlay = Overlay::Summary,
        Action::Report => return vec![Effect::WriteReport],
        Action::Help => {
            app.help_scroll = 0;
            app.overlay = Overlay::Help;
        }
        Action::Quit => app.quit = true,
        Action::ScrollDown => app.scroll = app.scroll.saturating_add(5),
        Action::ScrollUp => app.scroll = app.scroll.saturating_sub(5),
        Action::Confirm => app.intro = false,
        Action::Back => {
            app.search = None;
            app.intro = false;
            clear_view_message(app);
        }
        Action::NextField | Action::Create | Action::Key(_) | Action::Resize(..) => {}
    }
    Vec::new()
}

fn first_visible_in(app: &App, section: usize) -> Option<usize> {
    app.questionnaire.sections[section]
        .questions
        .clone()
        .find(|&i| app.visible(&app.questionnaire.questions[i]))
}

/// After the filter or search changed: stay if the question is still
/// visible, else go to the first visible one.
/// The words a "nothing matches" message starts with, before the query.
fn no_match_start() -> String {
    let marker = '\u{0}';
    let whole = crate::messages::tui_no_match(&marker.to_string());
    whole.split(marker).next().unwrap_or_default().to_string()
}

/// Removes a "nothing matches" message once the view that caused it is gone.
fn clear_view_message(app: &mut App) {
    let ui = app.ui();
    if app
        .status
        .as_ref()
        .is_some_and(|s| s.text == ui.view_empty || s.text.starts_with(&no_match_start()))
    {
        app.status = None;
    }
}

fn show_visible(app: &mut App) {
    if app.visible(app.question()) {
        return;
    }
    let first = (0..app.questionnaire.questions.len())
        .find(|&i| app.visible(&app.questionnaire.questions[i]));
    match first {
        Some(i) => app.go_to(i, false),
        None => app.say(app.ui().view_empty),
    }
}

/// Moves to the next visible question; entering a new section shows its
/// introduction; after the last one, the summary.
fn advance(app: &mut App) {
    match app.next_visible(app.cursor) {
        Some(i) => {
            let new_section = app.questionnaire.questions[i].section != app.question().section;
            app.go_to(i, new_section);
        }
        None => {
            app.overlay = Overlay::Summary;
            app.say(app.ui().all_done);
        }
    }
}

fn current_entry(app: &App) -> Entry {
    app.doc
        .as_ref()
        .and_then(|d| d.entry(&app.question().id))
        .cloned()
        .unwrap_or_default()
}

fn set_entry(app: &mut App, entry: Entry) -> Vec<Effect> {
    if app.set_entry(entry) {
        vec![Effect::Save]
    } else {
        Vec::new()
    }
}

fn answer_and_advance(app: &mut App, answer: Answer, justification: Option<String>) -> Vec<Effect> {
    let mut entry = current_entry(app);
    if let Some(j) = justification {
        entry.justification = j;
    }
    entry.record_answer(app.question(), answer, (app.clock)());
    let effects = set_entry(app, entry);
    app.intro = false;
    advance(app);
    effects
}
