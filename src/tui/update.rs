//! How each action changes the model, and which effects (saving, writing
//! the report, opening a file) it asks the runner to perform.

use std::path::PathBuf;

use ratatui_textarea::{Input, Key, TextArea};

use super::action::Action;
use super::app::{App, CreateForm, Overlay, OwnerForm, Screen};
use super::keymap::Mode;
use crate::assessment::{Answer, Entry, Metadata};

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

fn start(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Next => app.selected = (app.selected + 1).min(app.entries.len().saturating_sub(1)),
        Action::Prev => app.selected = app.selected.saturating_sub(1),
        Action::Confirm => {
            if let Some(entry) = app.entries.get(app.selected) {
                return vec![Effect::Open(entry.path.clone())];
            }
        }
        Action::Create => app.create = Some(CreateForm::default()),
        Action::Quit => app.quit = true,
        _ => {}
    }
    Vec::new()
}

fn create_form(app: &mut App, action: Action) -> Vec<Effect> {
    let Some(form) = app.create.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::NextField => form.focus = (form.focus + 1) % form.fields.len(),
        Action::Back => app.create = None,
        Action::Quit => app.quit = true,
        Action::Key(input) => {
            type_into(&mut form.fields[form.focus], &input);
            form.error = None;
        }
        Action::Confirm => {
            let name = form.fields[0].trim().to_string();
            if let Err(why) = crate::store::check_name(&name) {
                form.error = Some(why);
                form.focus = 0;
                return Vec::new();
            }
            let [_, organization, instance, assessor] =
                form.fields.clone().map(|f| f.trim().to_string());
            return vec![Effect::Create {
                name,
                metadata: Metadata {
                    organization,
                    instance,
                    assessor,
                },
            }];
        }
        _ => {}
    }
    Vec::new()
}

/// Types one key into a one-line field: characters, Backspace, Ctrl-U.
fn type_into(field: &mut String, input: &Input) {
    match input.key {
        Key::Char('u') if input.ctrl => field.clear(),
        Key::Char(c) if !input.ctrl && !input.alt && !c.is_control() => field.push(c),
        Key::Backspace => {
            field.pop();
        }
        _ => {}
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
        Action::OpenSetting => {
            let instance = app
                .doc
                .as_ref()
                .map(|d| d.assessment().metadata.instance.clone())
                .unwrap_or_default();
            match app.questionnaire.admin_link(app.question(), &instance) {
                Some(url) => return vec![Effect::OpenUrl(url)],
                None => app.say(app.ui().no_setting_link),
            }
        }
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
    entry.record_answer(app.question(), answer);
    let effects = set_entry(app, entry);
    app.intro = false;
    advance(app);
    effects
}

fn editor(text: &str) -> TextArea<'static> {
    // Text from the file may hold control characters: never hand them to the terminal.
    let mut area = TextArea::new(
        crate::sanitize::clean(text)
            .lines()
            .map(str::to_string)
            .collect(),
    );
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    // Long lines wrap in the box instead of scrolling out of sight.
    area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    area
}

fn justification(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Justification { editor, error } = &mut app.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            editor.input(input);
            *error = false;
        }
        Action::Confirm => {
            let text = editor.lines().join("\n").trim().to_string();
            if text.is_empty() {
                *error = true;
                return Vec::new();
            }
            app.overlay = Overlay::None;
            return answer_and_advance(app, Answer::Na, Some(text));
        }
        Action::Back => app.overlay = Overlay::None,
        Action::Quit => {
            app.overlay = Overlay::None;
            app.quit = true;
        }
        _ => {}
    }
    Vec::new()
}

fn notes(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Notes {
        editor,
        warned,
        edited,
    } = &mut app.overlay
    else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            *edited |= editor.input(input);
            *warned = false;
            Vec::new()
        }
        Action::Back | Action::Quit if !*edited => {
            app.overlay = Overlay::None;
            app.quit = action == Action::Quit;
            Vec::new()
        }
        // Leaving the editor keeps what was typed, even when quitting.
        Action::Back | Action::Quit => {
            let text = editor.lines().join("\n").trim_end().to_string();
            // Notes that look like a credential get one warning before they
            // are saved (quitting saves them anyway: nothing typed is lost).
            if action == Action::Back && !*warned && !crate::secrets::find(&text).is_empty() {
                *warned = true;
                return Vec::new();
            }
            app.overlay = Overlay::None;
            app.quit = action == Action::Quit;
            let mut entry = current_entry(app);
            if entry.notes == text {
                return Vec::new();
            }
            entry.notes = text;
            set_entry(app, entry)
        }
        _ => Vec::new(),
    }
}

fn owner(app: &mut App, action: Action) -> Vec<Effect> {
    let ui = app.ui();
    let Overlay::Owner(form) = &mut app.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            type_into(&mut form.fields[form.focus], &input);
            form.error = None;
        }
        Action::NextField => form.focus = (form.focus + 1) % 2,
        Action::Back => app.overlay = Overlay::None,
        Action::Quit => app.quit = true,
        Action::Confirm => {
            let due_text = form.fields[1].trim();
            let due = if due_text.is_empty() {
                None
            } else {
                match parse_date(due_text) {
                    Some(date) => Some(date),
                    None => {
                        form.error = Some(ui.bad_date.to_string());
                        form.focus = 1;
                        return Vec::new();
                    }
                }
            };
            let owner = form.fields[0].trim().to_string();
            app.overlay = Overlay::None;
            let mut entry = current_entry(app);
            entry.owner = owner;
            entry.due = due;
            return set_entry(app, entry);
        }
        _ => {}
    }
    Vec::new()
}

pub use crate::assessment::parse_date;

fn search(app: &mut App, action: Action) -> Vec<Effect> {
    let Overlay::Search(query) = &mut app.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => type_into(query, &input),
        Action::Confirm => {
            let needle = query.trim().to_lowercase();
            app.overlay = Overlay::None;
            let before = app.search.take();
            app.search = (!needle.is_empty()).then_some(needle.clone());
            let any = app.questionnaire.questions.iter().any(|q| app.visible(q));
            if any {
                clear_view_message(app);
                show_visible(app);
            } else {
                // Nothing matches: the view stays as it was, and says why.
                app.search = before;
                app.say(crate::messages::tui_no_match(&needle));
            }
        }
        Action::Back => {
            app.overlay = Overlay::None;
            app.search = None;
            clear_view_message(app);
        }
        Action::Quit => app.quit = true,
        _ => {}
    }
    Vec::new()
}
