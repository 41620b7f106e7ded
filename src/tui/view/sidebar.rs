//! The sidebar: sections with their progress, the view and search in
//! force, and the current section's questions with their answers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::super::walk::Walk;
use super::question::symbol;
use super::theme::Theme;
use super::{clip_to_width, split};
use crate::sanitize::one_line;

/// The sidebar of the walk, as a widget.
pub struct Sidebar<'a> {
    /// The walk shown.
    pub walk: &'a Walk,
    /// Its styles.
    pub theme: &'a Theme,
}

impl Widget for Sidebar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Sidebar { walk, theme } = self;
        draw(walk, theme, area, buf);
    }
}

fn draw(walk: &Walk, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let ui = walk.ui();
    let block = Block::bordered().title(Line::styled(format!(" {} ", ui.sections), theme.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    let sections = walk.questionnaire.sections.len() as u16;
    // The sections, a blank row, the view and search, a blank row, then
    // the questions.
    let (sections_area, rest) = split::top(inner, sections);
    let (_, rest) = split::top(rest, 1);
    let (view_area, rest) = split::top(rest, 1);
    let (_, questions_area) = split::top(rest, 1);
    sections_rows(walk, theme, sections_area, buf);
    let view = format!("{}: {}", ui.view, ui.filters[walk.filter.index()]);
    let search = format!(
        "{}: {}",
        ui.search,
        walk.search.as_deref().map_or("—".to_string(), one_line)
    );
    Paragraph::new(Line::styled(
        clip_to_width(&format!("{view}   {search}"), inner.width as usize),
        theme.dim,
    ))
    .render(view_area, buf);
    let (list, selected) = questions_list(walk, theme, questions_area);
    // The list's state scrolls to keep the current question in sight.
    let mut state = ListState::default().with_selected(selected);
    StatefulWidget::render(list, questions_area, buf, &mut state);
}

/// The first of `total` rows to show in `room` rows so that row `at` is
/// in sight: only those are built, so that a long questionnaire costs a
/// frame no more than a short one.
fn window(at: usize, room: usize, total: usize) -> std::ops::Range<usize> {
    let start = at.saturating_sub(room.saturating_sub(1));
    start..(start + room).min(total)
}

/// Each section in sight with its progress, the current one marked: the
/// title on the left, the progress right-aligned in a column as wide as
/// its widest cell, one space between. Drawn row by row rather than as a
/// `Table`, whose column solver was a third of the first frame's drawing
/// for two columns whose widths are plain arithmetic (BENCHMARKS.md).
fn sections_rows(walk: &Walk, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let current = walk.question().section;
    let shown = window(
        current,
        area.height as usize,
        walk.questionnaire.sections.len(),
    );
    let progress = |tally: &crate::score::Tally| {
        let done = if tally.unanswered() == 0 { " ✓" } else { "" };
        format!("{}/{}{done}", tally.answered, tally.total)
    };
    let progress_width = walk.tallies.sections[shown.clone()]
        .iter()
        .map(|t| progress(t).chars().count())
        .max()
        .unwrap_or(0) as u16;
    let label_width = area.width.saturating_sub(progress_width + 1);
    let rows = walk
        .questionnaire
        .sections
        .iter()
        .zip(&walk.tallies.sections)
        .enumerate()
        .skip(shown.start)
        .take(shown.len());
    for ((i, (section, tally)), y) in rows.zip(area.rows().map(|r| r.y)) {
        let marker = if i == current { "▶" } else { " " };
        let label = format!(
            "{marker} {:<4}{}",
            section.number,
            one_line(section.title.get(walk.lang))
        );
        let style = if i == current {
            theme.heading
        } else {
            Style::new()
        };
        let label_area = Rect::new(area.x, y, label_width, 1);
        Text::styled(clip_to_width(&label, label_width as usize), style).render(label_area, buf);
        let progress_area =
            Rect::new(area.x + label_width + 1, y, progress_width, 1).intersection(area);
        Text::styled(progress(tally), theme.dim)
            .right_aligned()
            .render(progress_area, buf);
    }
}

/// The current section's questions shown by the view (and the current one
/// always), with their answers and marks; and which row is current.
fn questions_list<'a>(walk: &'a Walk, theme: &Theme, area: Rect) -> (List<'a>, Option<usize>) {
    // One column goes to the highlight symbol.
    let width = (area.width as usize).saturating_sub(1);
    let doc = &walk.doc;
    let section = &walk.questionnaire.sections[walk.question().section];
    let rows: Vec<usize> = section
        .questions
        .clone()
        .filter(|&i| i == walk.cursor || walk.visible(&walk.questionnaire.questions[i]))
        .collect();
    let at = rows.iter().position(|&i| i == walk.cursor).unwrap_or(0);
    let shown = window(at, area.height as usize, rows.len());
    let items = rows[shown.clone()].iter().map(|&i| {
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
        let sym = symbol(entry.and_then(|e| e.answer));
        // Contradicted by the probe, overdue, acceptance expired or risk
        // accepted: a symbol each, the most pressing shown.
        let standing = walk.standing(q);
        let audit = if doc.assessment().contradiction(&q.id) {
            "≠"
        } else if standing.overdue.is_some() {
            "⧗"
        } else if standing.expired.is_some() {
            "‼"
        } else if standing.accepted {
            "≈"
        } else {
            " "
        };
        let text = format!(
            "{sym}{marks}{audit}{:<5} {}",
            q.reference,
            one_line(q.text.get(walk.lang))
        );
        ListItem::new(clip_to_width(&text, width))
    });
    // On the section's introduction no question is current yet.
    let selected = (!walk.intro)
        .then(|| rows[shown.clone()].iter().position(|&i| i == walk.cursor))
        .flatten();
    let list = List::new(items)
        .highlight_style(theme.selected)
        .highlight_symbol("▶")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    (list, selected)
}
