//! Drawing: one function per panel, all reading the model, none changing it.

mod chrome;
mod conflict;
pub mod help_text;
mod observations;
mod overlays;
mod question;
mod sidebar;
mod split;
mod start;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Screen};
use super::walk::Walk;
use theme::Theme;

use super::app::MIN_SIZE;

/// Draws the whole interface over the frame's buffer, places the
/// terminal's cursor and says where it is (`None`: hidden).
///
/// The area is the buffer's: on a full-screen terminal it is the frame's,
/// and it is the only one the first frame has (`terminal::first_frame`
/// draws it on a terminal with no area of its own).
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) -> Option<Position> {
    let area = frame.buffer_mut().area;
    let cursor = if !super::app::fits(area.width, area.height) {
        too_small(app.lang, area, frame);
        None
    } else {
        match app.screen() {
            Screen::Start(start) => start::render(app, start, theme, area, frame),
            Screen::Walk(w) => walk(app, w, theme, area, frame),
        }
    };
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
    cursor
}

fn too_small(lang: crate::lang::Lang, area: Rect, frame: &mut Frame) {
    let need = format!("{}×{}", MIN_SIZE.0, MIN_SIZE.1);
    let now = format!("{}×{}", area.width, area.height);
    let text = crate::messages::tui_too_small(lang, &need, &now);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

fn walk(app: &App, w: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) -> Option<Position> {
    // The footer takes what the status and the keys need at this width (a
    // long path wraps instead of being cut), leaving the body at least 9.
    let footer_height = chrome::footer_height(app, theme, area.width)
        .min(area.height.saturating_sub(1 + 9))
        .max(2);
    let (header, rest) = split::top(area, 1);
    let (body, footer) = split::bottom(rest, footer_height);
    chrome::header(w, theme, header, frame);
    // A third of the width, so that wide terminals show whole section names.
    let side = (area.width / 3).clamp(24, 64);
    let (sidebar_area, main) = split::left(body, side);
    frame.render_widget(sidebar::Sidebar { walk: w, theme }, sidebar_area);
    frame.render_widget(question::QuestionPane { walk: w, theme }, main);
    let typing = chrome::footer(app, theme, footer, frame);
    // A form drawn over the search takes the cursor.
    overlays::render(w, theme, area, frame).or(typing)
}

/// A centered box of at most `width`×`height` with a cleared background.
pub fn popup(area: Rect, width: u16, height: u16, frame: &mut Frame, block: Block) -> Rect {
    let rect = area.centered(
        Constraint::Length(width.min(area.width.saturating_sub(2))),
        Constraint::Length(height.min(area.height.saturating_sub(2))),
    );
    frame.render_widget(Clear, rect);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// `text` cut to `width` display columns, with `…` when cut; never inside
/// a grapheme (an accent or an emoji sequence stays whole or goes whole).
pub fn clip_to_width(text: &str, width: usize) -> String {
    use unicode_truncate::UnicodeTruncateStr;
    // Most text is ASCII: one column a byte, no graphemes to find.
    if text.is_ascii() {
        if text.len() <= width {
            return text.to_string();
        }
        return format!("{}…", &text[..width.saturating_sub(1)]);
    }
    if text.width() <= width {
        return text.to_string();
    }
    let (kept, _) = text.unicode_truncate(width.saturating_sub(1));
    format!("{kept}…")
}

/// A line of `key label` pairs.
pub fn hint_line<'a>(pairs: &[(&'a str, &'a str)], theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, (key, label)) in pairs.iter().enumerate() {
        if i > 0 {
            spans.push("  ".into());
        }
        spans.push(ratatui::text::Span::styled(*key, theme.key));
        spans.push(format!(" {label}").into());
    }
    Line::from(spans)
}

/// A field's label in the question pane ("Answer", "Notes", "Setting"):
/// a column of 9, and a longer label (Italian "Responsabile") keeps a
/// space before its value.
pub(super) fn field_label(text: &str, theme: &theme::Theme) -> ratatui::text::Span<'static> {
    let text = if text.chars().count() >= 9 {
        format!("{text} ")
    } else {
        format!("{text:<9}")
    };
    ratatui::text::Span::styled(text, theme.heading)
}
