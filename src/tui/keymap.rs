//! The one place keys are matched. The footer and the help overlay are drawn
//! from [`BINDINGS`], so they always show the keys that really work.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::assessment::Answer;
use crate::messages::Ui;

/// What has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The list of saved assessments.
    Start,
    /// The form that creates an assessment.
    CreateForm,
    /// The walk (question or section introduction).
    Walk,
    /// The keys overlay.
    Help,
    /// The summary dashboard.
    Summary,
    /// The not-applicable justification prompt.
    Justification,
    /// The notes editor.
    Notes,
    /// A form: owner and due date, accepting a risk, evidence.
    Form,
    /// Typing a search.
    Search,
    /// Asked what to do about changes that could not be saved.
    Unsaved,
}

impl Mode {
    /// Whether unbound keys are typed into a text field.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::CreateForm | Mode::Justification | Mode::Notes | Mode::Form | Mode::Search
        )
    }
}

/// A key as bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character, exactly (case matters).
    Char(char),
    /// A special key.
    Code(KeyCode),
}

/// Where a binding is listed in the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Moving around.
    Move,
    /// Answering.
    Answer,
    /// Everything else.
    Other,
}

/// One key binding.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where it applies.
    pub mode: Mode,
    /// The keys.
    pub keys: &'static [Key],
    /// How the keys are written on screen.
    pub shown: &'static str,
    /// What they do.
    pub action: Action,
    /// Their label in the interface's language.
    pub label: fn(&Ui) -> &'static str,
    /// Their group in the help overlay.
    pub group: Group,
    /// Whether the footer shows them (the help overlay shows all).
    pub footer: bool,
}

use Key::{Char as C, Code};

macro_rules! bind {
    ($mode:ident, [$($key:expr),+], $shown:expr, $action:expr, $label:ident, $group:ident, $footer:expr) => {
        Binding {
            mode: Mode::$mode,
            keys: &[$($key),+],
            shown: $shown,
            action: $action,
            label: |ui: &Ui| ui.$label,
            group: Group::$group,
            footer: $footer,
        }
    };
}

/// Every binding, by mode, in the order the footer and help show them: one
/// line each (rustfmt would spread them over seven).
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // The walk.
    bind!(Walk, [C('y')], "y", Action::Answer(Answer::Yes), k_yes, Answer, true),
    bind!(Walk, [C('p')], "p", Action::Answer(Answer::Partial), k_partial, Answer, true),
    bind!(Walk, [C('n')], "n", Action::Answer(Answer::No), k_no, Answer, true),
    bind!(Walk, [C('u')], "u", Action::Answer(Answer::Unknown), k_unknown, Answer, true),
    bind!(Walk, [C('x')], "x", Action::NotApplicable, k_na, Answer, true),
    bind!(Walk, [Code(KeyCode::Down), C('j')], "↓ j", Action::Next, k_next, Move, false),
    bind!(Walk, [Code(KeyCode::Up), C('k')], "↑ k", Action::Prev, k_prev, Move, false),
    bind!(Walk, [Code(KeyCode::Right), C('l'), Code(KeyCode::Tab)], "→ l Tab", Action::NextSection, k_next_section, Move, false),
    bind!(Walk, [Code(KeyCode::Left), C('h'), Code(KeyCode::BackTab)], "← h ⇧Tab", Action::PrevSection, k_prev_section, Move, false),
    bind!(Walk, [C('N')], "N", Action::NextUnanswered, k_next_open, Move, true),
    bind!(Walk, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_start, Move, false),
    bind!(Walk, [Code(KeyCode::PageDown)], "PgDn", Action::ScrollDown, k_scroll, Move, false),
    bind!(Walk, [Code(KeyCode::PageUp)], "PgUp", Action::ScrollUp, k_scroll, Move, false),
    bind!(Walk, [C('e')], "e", Action::EditNotes, k_notes, Other, true),
    bind!(Walk, [C('o')], "o", Action::EditOwner, k_owner, Other, true),
    bind!(Walk, [C('f')], "f", Action::ToggleFlag, k_flag, Other, true),
    bind!(Walk, [C('a')], "a", Action::AcceptRisk, k_accept, Other, false),
    bind!(Walk, [C('E')], "E", Action::AddEvidence, k_evidence, Other, false),
    bind!(Walk, [C('T')], "T", Action::TakeSuggestion, k_take, Other, false),
    bind!(Walk, [C('K')], "K", Action::SettleConflict { theirs: false }, k_keep_ours, Other, false),
    bind!(Walk, [C('O')], "O", Action::SettleConflict { theirs: true }, k_take_theirs, Other, false),
    bind!(Walk, [C('/')], "/", Action::Search, k_search, Other, true),
    bind!(Walk, [C('v')], "v", Action::CycleFilter, k_view, Other, true),
    bind!(Walk, [C('s')], "s", Action::Summary, k_summary, Other, true),
    bind!(Walk, [C('r')], "r", Action::Report, k_report, Other, true),
    bind!(Walk, [Code(KeyCode::Esc)], "Esc", Action::Back, k_back, Other, false),
    bind!(Walk, [Code(KeyCode::Backspace), Code(KeyCode::Delete)], "⌫ Del", Action::ClearAnswer, k_clear, Answer, false),
    bind!(Walk, [C('X')], "X", Action::NotOnOurPlan, k_not_on_plan, Answer, false),
    bind!(Walk, [C('w')], "w", Action::OpenSetting, k_open_setting, Other, false),
    bind!(Walk, [C('m')], "m", Action::EditDetails, k_details, Other, false),
    bind!(Walk, [C('?')], "?", Action::Help, k_help, Other, true),
    bind!(Walk, [C('q')], "q", Action::Quit, k_quit, Other, true),
    // Overlays.
    bind!(Help, [Code(KeyCode::Esc), C('?')], "Esc ?", Action::Help, k_back, Other, true),
    bind!(Help, [Code(KeyCode::PageDown), Code(KeyCode::Down), C('j')], "PgDn ↓", Action::ScrollDown, k_scroll, Move, true),
    bind!(Help, [Code(KeyCode::PageUp), Code(KeyCode::Up), C('k')], "PgUp ↑", Action::ScrollUp, k_scroll, Move, true),
    bind!(Help, [C('q')], "q", Action::Quit, k_quit, Other, true),
    bind!(Summary, [C('r')], "r", Action::Report, k_report, Other, true),
    bind!(Summary, [Code(KeyCode::Esc), C('s')], "Esc s", Action::Summary, k_back, Other, true),
    bind!(Summary, [C('q')], "q", Action::Quit, k_quit, Other, true),
    bind!(Justification, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_confirm, Other, true),
    bind!(Justification, [Code(KeyCode::Esc)], "Esc", Action::Back, k_cancel, Other, true),
    bind!(Notes, [Code(KeyCode::Esc)], "Esc", Action::Back, k_back, Other, true),
    bind!(Form, [Code(KeyCode::Tab)], "Tab", Action::NextField, k_next_field, Other, true),
    bind!(Form, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_confirm, Other, true),
    bind!(Form, [Code(KeyCode::Esc)], "Esc", Action::Back, k_cancel, Other, true),
    bind!(Search, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_confirm, Other, true),
    bind!(Search, [Code(KeyCode::Esc)], "Esc", Action::Back, k_cancel, Other, true),
    bind!(Unsaved, [Code(KeyCode::Enter), C('r')], "Enter r", Action::Confirm, k_retry, Other, true),
    bind!(Unsaved, [C('q')], "q", Action::Quit, k_quit_anyway, Other, true),
    bind!(Unsaved, [Code(KeyCode::Esc)], "Esc", Action::Back, k_back, Other, true),
    // The start screen.
    bind!(Start, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_open, Other, true),
    bind!(Start, [Code(KeyCode::Down), C('j')], "↓ j", Action::Next, k_next, Move, true),
    bind!(Start, [Code(KeyCode::Up), C('k')], "↑ k", Action::Prev, k_prev, Move, true),
    bind!(Start, [C('c')], "c", Action::Create, k_create, Other, true),
    bind!(Start, [C('q'), Code(KeyCode::Esc)], "q", Action::Quit, k_quit, Other, true),
    bind!(CreateForm, [Code(KeyCode::Tab)], "Tab", Action::NextField, k_next_field, Other, true),
    bind!(CreateForm, [Code(KeyCode::Enter)], "Enter", Action::Confirm, k_create, Other, true),
    bind!(CreateForm, [Code(KeyCode::Esc)], "Esc", Action::Back, k_cancel, Other, true),
];

/// The action a key asks for in a mode. Ctrl-C quits everywhere; in text
/// fields every unbound key is typed.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    let pressed = match key.code {
        // Terminals differ in reporting Shift with capitals: match the character.
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            C(c)
        }
        KeyCode::Char(_) => return mode.takes_text().then(|| Action::Key(key.into())),
        code => Code(code),
    };
    let typing_char = matches!(pressed, C(_)) && mode.takes_text();
    let bound = BINDINGS
        .iter()
        .find(|b| b.mode == mode && b.keys.contains(&pressed));
    if let Some(b) = bound.filter(|_| !typing_char) {
        return Some(b.action.clone());
    }
    mode.takes_text().then(|| Action::Key(key.into()))
}

/// How the keys bound to `action` in `mode` are written, for sentences
/// that name them ("Esc saves and closes"), so that rebinding a key
/// changes the sentence too.
pub fn shown(mode: Mode, action: &Action) -> &'static str {
    bindings(mode)
        .find(|b| &b.action == action)
        .map_or("?", |b| b.shown)
}

/// The bindings of a mode, in order.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.mode == mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_product_keys_are_bound_in_the_walk() {
        let walk = |c| action_for(Mode::Walk, key(c));
        assert_eq!(walk(KeyCode::Char('j')), Some(Action::Next));
        assert_eq!(walk(KeyCode::Down), Some(Action::Next));
        assert_eq!(walk(KeyCode::Char('k')), Some(Action::Prev));
        assert_eq!(walk(KeyCode::Tab), Some(Action::NextSection));
        assert_eq!(walk(KeyCode::BackTab), Some(Action::PrevSection));
        assert_eq!(walk(KeyCode::Char('h')), Some(Action::PrevSection));
        assert_eq!(walk(KeyCode::Char('y')), Some(Action::Answer(Answer::Yes)));
        assert_eq!(
            walk(KeyCode::Char('u')),
            Some(Action::Answer(Answer::Unknown))
        );
        assert_eq!(walk(KeyCode::Char('x')), Some(Action::NotApplicable));
        assert_eq!(walk(KeyCode::Char('N')), Some(Action::NextUnanswered));
        assert_eq!(walk(KeyCode::Char('q')), Some(Action::Quit));
        assert_eq!(walk(KeyCode::Char('Z')), None);
        let shifted = KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Mode::Walk, shifted),
            Some(Action::NextUnanswered)
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Notes, ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn letters_are_typed_in_text_fields() {
        assert!(matches!(
            action_for(Mode::Notes, key(KeyCode::Char('q'))),
            Some(Action::Key(_))
        ));
        assert!(matches!(
            action_for(Mode::Notes, key(KeyCode::Enter)),
            Some(Action::Key(_))
        ));
        assert_eq!(
            action_for(Mode::Notes, key(KeyCode::Esc)),
            Some(Action::Back)
        );
        assert_eq!(
            action_for(Mode::Justification, key(KeyCode::Enter)),
            Some(Action::Confirm)
        );
        assert!(matches!(
            action_for(Mode::Search, key(KeyCode::Char('/'))),
            Some(Action::Key(_))
        ));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.mode == b.mode {
                    assert!(
                        !a.keys.iter().any(|k| b.keys.contains(k)),
                        "{} and {} in {:?}",
                        a.shown,
                        b.shown,
                        a.mode
                    );
                }
            }
        }
    }
}
