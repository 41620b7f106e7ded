//! The screens that take typed text: the start screen and its create form,
//! the justification, notes and owner prompts, and the search line.

use ratatui_textarea::TextArea;

use super::super::action::Action;
use super::super::app::Start;
use super::super::walk::{Field, Form, FormKind, Overlay, Walk};
use super::{Effect, Shared, set_entry, show_visible, try_answer};
use crate::assessment::Answer;

pub(super) fn start(s: &mut Start, shell: &mut Shared, action: Action) -> Vec<Effect> {
    match action {
        Action::Next => s.selected = (s.selected + 1).min(s.entries.len().saturating_sub(1)),
        Action::Prev => s.selected = s.selected.saturating_sub(1),
        Action::Confirm => {
            if let Some(entry) = s.entries.get(s.selected) {
                return vec![Effect::Open(entry.path.clone())];
            }
        }
        Action::Create => s.create = Some(Box::default()),
        Action::Quit => shell.quit(),
        _ => {}
    }
    Vec::new()
}

pub(super) fn create_form(s: &mut Start, shell: &mut Shared, action: Action) -> Vec<Effect> {
    let Some(form) = s.create.as_mut() else {
        return Vec::new();
    };
    match action {
        Action::NextField => form.focus = (form.focus + 1) % form.fields.len(),
        Action::Back => s.create = None,
        Action::Quit => shell.quit(),
        Action::Key(input) => {
            form.fields[form.focus].input(input);
            form.error = None;
        }
        Action::Confirm => {
            // Every check is the store's (`store::create`), as for `new`.
            let details =
                [Field::Organization, Field::Instance, Field::Assessor].map(|f| form.get(f));
            return vec![Effect::Create {
                name: form.get(Field::Name),
                details,
            }];
        }
        _ => {}
    }
    Vec::new()
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

pub(super) fn justification(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    let Overlay::Justification { editor, error } = &mut w.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            editor.input(input);
            *error = false;
        }
        Action::Confirm => {
            let text = editor.lines().join("\n");
            let previous = std::mem::replace(&mut w.overlay, Overlay::None);
            return match try_answer(w, shell, Answer::Na, Some(&text)) {
                Ok(effects) => effects,
                Err(_) => {
                    // Refused (no justification): the prompt stays, marked.
                    w.overlay = previous;
                    if let Overlay::Justification { error, .. } = &mut w.overlay {
                        *error = true;
                    }
                    Vec::new()
                }
            };
        }
        Action::Back => w.overlay = Overlay::None,
        Action::Quit => {
            shell.quit();
            return keep_typed(w);
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn notes(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    let Overlay::Notes {
        editor,
        warned,
        edited,
    } = &mut w.overlay
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
            w.overlay = Overlay::None;
            if action == Action::Quit {
                shell.quit();
            }
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
            w.overlay = Overlay::None;
            if action == Action::Quit {
                shell.quit();
            }
            let mut entry = w.current_entry();
            if entry.notes == text {
                return Vec::new();
            }
            entry.set_notes(&text);
            set_entry(w, entry)
        }
        _ => Vec::new(),
    }
}

/// A form over the walk: typing, moving between fields, and on `Enter`
/// the checks and the record of its kind.
pub(super) fn form(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    let Overlay::Form(form) = &mut w.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            form.fields[form.focus].input(input);
            form.error = None;
        }
        Action::NextField => form.focus = (form.focus + 1) % form.fields.len(),
        Action::Back => w.overlay = Overlay::None,
        Action::Quit => {
            shell.quit();
            return keep_typed(w);
        }
        Action::Confirm => {
            let form = (**form).clone();
            match confirm(w, &form) {
                Ok(effects) => {
                    w.overlay = Overlay::None;
                    return effects;
                }
                Err((field, message)) => {
                    if let Overlay::Form(open) = &mut w.overlay {
                        open.error = Some(message);
                        open.focus = field;
                    }
                }
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Checks a form and records it; a refusal names the field to fix.
/// A field refused: its position in the form and why.
type Refused = (usize, String);

use crate::assessment::parse_date;

mod confirm;
use confirm::{confirm, form_unchanged};

pub(super) fn search(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    let Overlay::Search(query) = &mut w.overlay else {
        return Vec::new();
    };
    match action {
        Action::Key(input) => {
            query.input(input);
        }
        Action::Confirm => {
            let needle = query.text().trim().to_lowercase();
            w.overlay = Overlay::None;
            let before = w.search.take();
            w.search = (!needle.is_empty()).then_some(needle.clone());
            let any = w.questionnaire.questions.iter().any(|q| w.visible(q));
            if any {
                shell.clear_view_note();
                show_visible(w, shell);
            } else {
                // Nothing matches: the view stays as it was, and says why.
                w.search = before;
                shell.view_note(crate::messages::tui_no_match(shell.lang, &needle));
            }
        }
        Action::Back => {
            w.overlay = Overlay::None;
            w.search = None;
            shell.clear_view_note();
        }
        Action::Quit => shell.quit(),
        _ => {}
    }
    Vec::new()
}

/// When the interface closes (a quit or a hangup) with something typed and
/// not confirmed: notes are saved as notes; an owner form whose fields
/// pass their checks is recorded; anything else typed (a justification,
/// an acceptance, evidence, an owner form that does not pass) goes into
/// the question's notes as a labelled draft — never recorded as a
/// decision nobody confirmed. A search is a view, not data: it is left.
pub(super) fn keep_typed(w: &mut Walk) -> Vec<Effect> {
    let overlay = std::mem::take(&mut w.overlay);
    let ui = w.ui();
    let mut entry = w.current_entry();
    let draft: Option<(&str, Vec<(&str, String)>)> = match &overlay {
        Overlay::Notes { editor, edited, .. } => {
            let text = editor.lines().join("\n").trim_end().to_string();
            if !*edited || entry.notes == text {
                return Vec::new();
            }
            entry.notes = text;
            return set_entry(w, entry);
        }
        Overlay::Justification { editor, .. } => {
            let text = editor.lines().join("\n").trim().to_string();
            (!text.is_empty() && text != entry.justification).then(|| (ui.why_na, vec![("", text)]))
        }
        Overlay::Form(form) => {
            // A form opened on the recorded values and left as it was
            // holds nothing new: nothing to record, nothing to save.
            if form_unchanged(&entry, form) {
                return Vec::new();
            }
            if form.kind == FormKind::Owner
                && let Ok(effects) = confirm(w, form)
            {
                return effects;
            }
            // The assessment's details are not a question's: they are
            // recorded when they pass their checks, else left.
            if form.kind == FormKind::Details {
                return confirm(w, form).unwrap_or_default();
            }
            let title = form.kind.title(ui);
            let fields: Vec<(&str, String)> = form
                .kind
                .fields()
                .iter()
                .map(|f| (f.label(ui), form.get(*f)))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            (!fields.is_empty()).then_some((title, fields))
        }
        _ => None,
    };
    let Some((title, fields)) = draft else {
        return Vec::new();
    };
    let draft = crate::messages::tui_draft(w.lang, title, &fields);
    entry.notes = if entry.notes.trim().is_empty() {
        draft
    } else {
        format!("{}\n\n{draft}", entry.notes.trim_end())
    };
    set_entry(w, entry)
}
