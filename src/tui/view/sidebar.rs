//! The sidebar: sections with their progress, the view and search in
//! force, and the current section's questions with their answers.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::super::walk::Walk;
use super::theme::Theme;
use super::{fit, question::symbol};
use crate::sanitize::one_line;

/// Draws the sidebar.
pub fn render(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) {
    let ui = walk.ui();
    let block = Block::bordered().title(Line::styled(format!(" {} ", ui.sections), theme.heading));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let doc = &walk.doc;
    let width = inner.width as usize;
    let breakdown = &walk.tallies;
    let current = walk.question().section;
    let mut lines: Vec<Line> = Vec::new();
    for (i, (section, tally)) in walk
        .questionnaire
        .sections
        .iter()
        .zip(&breakdown.sections)
        .enumerate()
    {
        let marker = if i == current { "▶" } else { " " };
        let progress = if tally.unanswered() == 0 {
            format!("{}/{} ✓", tally.answered, tally.total)
        } else {
            format!("{}/{}", tally.answered, tally.total)
        };
        let label = format!(
            "{marker} {:<4}{}",
            section.number,
            one_line(section.title.get(walk.lang))
        );
        let room = width.saturating_sub(progress.chars().count() + 1);
        let label = fit(&label, room);
        let pad = width.saturating_sub(
            unicode_width::UnicodeWidthStr::width(label.as_str()) + progress.chars().count(),
        );
        let style = if i == current {
            theme.heading
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(label, style),
            Span::raw(" ".repeat(pad)),
            Span::styled(progress, theme.dim),
        ]));
    }
    lines.push(Line::default());
    let view = format!("{}: {}", ui.view, ui.filters[walk.filter.index()]);
    let search = format!(
        "{}: {}",
        ui.search,
        walk.search.as_deref().map_or("—".to_string(), one_line)
    );
    lines.push(Line::styled(
        fit(&format!("{view}   {search}"), width),
        theme.dim,
    ));
    lines.push(Line::default());
    let section = &walk.questionnaire.sections[current];
    let rows: Vec<usize> = section
        .questions
        .clone()
        .filter(|&i| i == walk.cursor || walk.visible(&walk.questionnaire.questions[i]))
        .collect();
    // Keep the current question in sight when the list is long.
    let room = (inner.height as usize).saturating_sub(lines.len());
    let at = rows.iter().position(|&i| i == walk.cursor).unwrap_or(0);
    let skip = at.saturating_sub(room.saturating_sub(1));
    for &i in rows.iter().skip(skip).take(room) {
        let q = &walk.questionnaire.questions[i];
        let entry = doc.entry(&q.id);
        let marks = match (
            entry.is_some_and(|e| e.flagged),
            doc.assessment().needs_review(q),
        ) {
            (true, true) => "⚑!",
            (true, false) => "⚑ ",
            (false, true) => "! ",
            (false, false) => "  ",
        };
        let pointer = if i == walk.cursor && !walk.intro {
            "▶"
        } else {
            " "
        };
        let sym = symbol(entry.and_then(|e| e.answer));
        let text = format!(
            "{pointer}{sym}{marks}{:<5} {}",
            q.reference,
            one_line(q.text.get(walk.lang))
        );
        let style = if i == walk.cursor && !walk.intro {
            theme.selected
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(fit(&text, width), style));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
