//! What the Zendesk probe showed about the current question, on its pane:
//! each observation in words, the contradiction if the answer disagrees
//! (a mark and words, never colour alone), and the suggestion with the key
//! that takes it.

use ratatui::text::{Line, Span};

use super::super::keymap::{self, Mode};
use super::super::walk::Walk;
use super::field_label;
use super::theme::Theme;
use crate::assessment::observations::suggested;
use crate::questionnaire::Question;
use crate::sanitize::one_line;
use crate::tui::action::Action;

/// Appends the question's observations to `lines` (nothing when the
/// probe has not informed it).
pub(super) fn push(walk: &Walk, q: &Question, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let assessment = walk.doc.assessment();
    let seen = assessment.observations(&q.id);
    if seen.is_empty() {
        return;
    }
    let ui = walk.ui();
    let words = crate::messages::words::probe(walk.lang);
    let answer = assessment.answer(&q.id);
    for (i, o) in seen.iter().enumerate() {
        let head = if i == 0 { ui.api_label } else { "" };
        let text = one_line(&crate::messages::observation_text(walk.lang, o));
        // Older than the question's renewal period: said, not only coloured.
        let stale = o.stale(q.review_every, walk.today);
        let day = o.fetched_at.strftime("%Y-%m-%d");
        let when = if stale {
            format!("  ({} {day}, {})", words.fetched, ui.audit().stale)
        } else {
            format!("  ({} {day})", words.fetched)
        };
        let mut spans = vec![field_label(head, theme)];
        if o.contradicts(answer) {
            let word = answer.map_or("", |a| crate::messages::words::answer(walk.lang, a));
            spans.push(Span::styled(
                format!(
                    "{text} — {}",
                    crate::messages::tui_contradiction(walk.lang, word)
                ),
                theme.error,
            ));
        } else if o.to_verify(answer) {
            // An inference that disagrees: worth a look, not a contradiction.
            spans.push(Span::raw(format!("{text} — {}", words.to_verify)));
        } else {
            spans.push(Span::raw(text));
        }
        spans.push(Span::styled(
            when,
            if stale { theme.error } else { theme.dim },
        ));
        lines.push(Line::from(spans));
    }
    if let Some(suggestion) = suggested(seen).filter(|s| Some(*s) != answer) {
        let key = keymap::shown(Mode::Walk, &Action::TakeSuggestion);
        lines.push(Line::from(vec![
            field_label("", theme),
            Span::styled(
                crate::messages::tui_suggestion(
                    walk.lang,
                    crate::messages::words::answer(walk.lang, suggestion),
                    key,
                ),
                theme.dim,
            ),
        ]));
    }
}
