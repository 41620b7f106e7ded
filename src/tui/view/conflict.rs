//! A git merge conflict on the current question, on its pane: which fields
//! both branches changed, the other branch's values (this branch's are the
//! ones shown above), and the keys that settle it.

use ratatui::text::{Line, Span};

use super::super::keymap::{self, Mode};
use super::super::walk::Walk;
use super::field_label;
use super::theme::Theme;
use crate::questionnaire::Question;
use crate::tui::action::Action;

/// Appends the question's conflict to `lines` (nothing when it has none).
pub(super) fn push(walk: &Walk, q: &Question, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let Some(conflict) = walk.doc.assessment().conflicts.get(&*q.id) else {
        return;
    };
    let l = walk.lang;
    let fields = crate::messages::conflict_fields(l, &conflict.fields);
    let theirs = crate::messages::conflict_theirs(l, conflict);
    lines.push(Line::from(vec![
        field_label(walk.ui().conflict_label, theme),
        Span::styled(
            crate::messages::tui_conflict(l, &fields, &theirs),
            theme.error,
        ),
    ]));
    let keep = keymap::shown(Mode::Walk, &Action::SettleConflict { theirs: false });
    let take = keymap::shown(Mode::Walk, &Action::SettleConflict { theirs: true });
    lines.push(Line::from(vec![
        field_label("", theme),
        Span::styled(crate::messages::tui_conflict_keys(l, keep, take), theme.dim),
    ]));
}
