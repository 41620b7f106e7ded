//! Moving through the questions: next, previous, sections, filters,
//! what is visible.

use super::Shared;
use crate::tui::action::Action;
use crate::tui::walk::{Overlay, Walk};

/// Moves through the questions.
pub(super) fn navigate(w: &mut Walk, shell: &mut Shared, action: Action) {
    match action {
        Action::Next => {
            if w.intro {
                w.intro = false;
            } else {
                advance(w, shell);
            }
        }
        Action::Prev => {
            if let Some(i) = w.prev_visible(w.cursor) {
                w.go_to(i, false);
            } else {
                w.intro = w.questionnaire.sections[w.question().section]
                    .questions
                    .start
                    == w.cursor;
            }
        }
        Action::NextSection => {
            let section = w.question().section;
            let end = w.questionnaire.sections[section].questions.end;
            match w.next_visible(end.saturating_sub(1)) {
                Some(i) => w.go_to(i, true),
                None => shell.view_note(w.ui().view_empty),
            }
        }
        Action::PrevSection => {
            let section = w.question().section;
            let start = w.questionnaire.sections[section].questions.start;
            let target = if w.cursor > start && !w.intro {
                // Back to the start of this section first, as a pager would.
                w.first_visible_in(section)
            } else {
                (0..section).rev().find_map(|s| w.first_visible_in(s))
            };
            if let Some(i) = target {
                w.go_to(i, true);
            }
        }
        Action::NextUnanswered => match w.first_unanswered_from(w.cursor + 1) {
            Some(i) => w.go_to(i, false),
            None => shell.say(w.ui().none_unanswered),
        },
        _ => {}
    }
}

/// After the filter or search changed: stay if the question is still
/// visible, else go to the first visible one.
pub(super) fn show_visible(w: &mut Walk, shell: &mut Shared) {
    if w.visible(w.question()) {
        return;
    }
    let first =
        (0..w.questionnaire.questions.len()).find(|&i| w.visible(&w.questionnaire.questions[i]));
    match first {
        Some(i) => w.go_to(i, false),
        None => shell.view_note(w.ui().view_empty),
    }
}

/// Moves to the next visible question; entering a new section shows its
/// introduction; after the last one, the summary.
pub(super) fn advance(w: &mut Walk, shell: &mut Shared) {
    match w.next_visible(w.cursor) {
        Some(i) => {
            let new_section = w.questionnaire.questions[i].section != w.question().section;
            w.go_to(i, new_section);
        }
        None => {
            w.overlay = Overlay::Summary;
            shell.say(w.ui().all_done);
        }
    }
}
