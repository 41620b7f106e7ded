//! The screens that take typed text: the start screen and its create form,
//! the justification, notes and owner prompts, and the search line.

use ratatui_textarea::{Input, Key, TextArea};

use super::super::action::Action;
use super::super::app::{App, CreateForm, Overlay};
use super::{
    Effect, answer_and_advance, clear_view_message, current_entry, set_entry, show_visible,
};
use crate::assessment::{Answer, Metadata};

pub(super) fn start(app: &mut App, action: Action) -> Vec<Effect> {
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

pub(super) fn create_form(app: &mut App, action: Action) -> Vec<Effect> {
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
                form.error = Some(why.to_string());
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

pub(super) fn editor(text: &str) -> TextArea<'static> {
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

pub(super) fn justification(app: &mut App, action: Action) -> Vec<Effect> {
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

pub(super) fn notes(app: &mut App, action: Action) -> Vec<Effect> {
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

pub(super) fn owner(app: &mut App, action: Action) -> Vec<Effect> {
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

pub(super) fn search(app: &mut App, action: Action) -> Vec<Effect> {
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
