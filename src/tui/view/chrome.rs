//! The header (where you are, progress, score) and the footer (status and keys).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::keymap::bindings;
use super::super::line_input::LineInput;
use super::super::walk::{Overlay, Walk};
use super::theme::Theme;
use super::{clip_to_width, hint_line};
use crate::sanitize::one_line;
use crate::score::format_percent;
use crate::store::display_name;

/// The header line.
pub fn header(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) {
    let doc = &walk.doc;
    let ui = walk.ui();
    let tally = &walk.tallies.overall;
    let right = format!(
        "{}/{} {} · {} {} ",
        tally.answered,
        tally.total,
        ui.answered,
        ui.score,
        format_percent(tally.percent())
    );
    let q = &walk.questionnaire;
    let left = format!(
        " srm-assess · {} · {} ({})",
        one_line(&display_name(doc.path())),
        one_line(q.title.get(walk.lang)),
        q.version
    );
    let width = area.width as usize;
    let left = clip_to_width(&left, width.saturating_sub(right.width() + 1));
    let gap = width.saturating_sub(left.width() + right.width());
    let line = Line::from(vec![
        Span::styled(left, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.heading),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The rows the footer needs at `width`: the status message wrapped (at
/// most 6 rows) and the keys wrapped.
pub fn footer_height(app: &App, theme: &Theme, width: u16) -> u16 {
    status_rows(app, width) + keys_rows(app, theme, width)
}

/// The rows the keys of the current mode take at `width`.
pub fn keys_rows(app: &App, theme: &Theme, width: u16) -> u16 {
    keys_paragraph(app, theme).line_count(width) as u16
}

/// The search being typed, if any: it takes the status line's place.
fn search_typed(app: &App) -> Option<&LineInput> {
    match app.walk().map(|w| &w.overlay) {
        Some(Overlay::Search(query)) => Some(query),
        _ => None,
    }
}

/// The rows the status message takes at `width`: all of it, up to 6.
pub fn status_rows(app: &App, width: u16) -> u16 {
    match &app.status {
        Some(status) if search_typed(app).is_none() => {
            let rows = Paragraph::new(one_line(&status.text))
                .wrap(Wrap { trim: true })
                .line_count(width);
            (rows as u16).clamp(1, 6)
        }
        _ => 1,
    }
}

/// The status line and the keys of the current mode; the cursor goes in
/// the search being typed.
pub fn footer(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) -> Option<Position> {
    let (status_area, keys_area) = super::split::top(area, status_rows(app, area.width));
    let cursor = if let Some(query) = search_typed(app) {
        let text = format!("/{}", one_line(&query.text()));
        frame.render_widget(
            Paragraph::new(Line::styled(text, theme.heading)),
            status_area,
        );
        let before = 1 + query.cursor_width() as u16;
        let x = status_area.x + before.min(status_area.width.saturating_sub(1));
        Some(Position::new(x, status_area.y))
    } else {
        status_line(app, theme, status_area, frame);
        None
    };
    keys_line(app, theme, keys_area, frame);
    cursor
}

/// The status message, if any: failures stand out.
pub fn status_line(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) {
    if let Some(status) = &app.status {
        let style = if status.is_error() {
            theme.error
        } else {
            theme.dim
        };
        let text = one_line(&status.text);
        frame.render_widget(
            Paragraph::new(Line::styled(text, style)).wrap(Wrap { trim: true }),
            area,
        );
    }
}

/// The keys of the current mode, from the one keymap, wrapped to the area.
pub fn keys_line(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) {
    frame.render_widget(keys_paragraph(app, theme), area);
}

fn keys_paragraph<'a>(app: &'a App, theme: &Theme) -> Paragraph<'a> {
    let ui = app.ui();
    let pairs: Vec<(&str, &str)> = bindings(app.mode())
        .filter(|b| b.footer)
        .map(|b| (b.shown, (b.label)(ui)))
        .collect();
    Paragraph::new(hint_line(&pairs, theme)).wrap(Wrap { trim: true })
}
