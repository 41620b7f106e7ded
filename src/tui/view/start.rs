//! The start screen: saved assessments to resume, and the create form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, HighlightSpacing, Paragraph, Row, Table, TableState, Wrap};

use super::super::app::{App, CreateForm, Start};
use super::popup;
use super::theme::Theme;
use crate::messages::Ui;
use crate::sanitize::one_line;

/// Draws the start screen; the cursor goes in the create form's field.
pub fn render(
    app: &App,
    start: &Start,
    theme: &Theme,
    area: Rect,
    frame: &mut Frame,
) -> Option<Position> {
    let ui = app.ui();
    // The status wraps (a refusal says which command works), the keys too.
    let status_rows = super::chrome::status_rows(app, area.width);
    let key_rows = super::chrome::keys_rows(app, theme, area.width);
    let (title, rest) = super::split::top(area, 2);
    let (rest, keys) = super::split::bottom(rest, key_rows);
    let (list, status) = super::split::bottom(rest, status_rows);
    frame.render_widget(
        Paragraph::new(Line::styled(format!(" {}", ui.start_title), theme.title)),
        title,
    );
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", ui.saved_assessments),
        theme.heading,
    ));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    if start.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(ui.none_saved, theme.dim)),
            inner,
        );
    } else {
        // A table keeps the columns aligned whatever the names' widths, and
        // its state scrolls to keep the selected row in sight.
        let rows = start.entries.iter().map(|e| {
            Row::new([
                one_line(&e.name),
                one_line(&e.progress),
                e.gaps.clone(),
                e.changed.clone(),
            ])
        });
        let table = Table::new(
            rows,
            [
                Constraint::Fill(2),
                Constraint::Length(14),
                Constraint::Length(7),
                Constraint::Length(16),
            ],
        )
        .header(Row::new(ui.columns).style(theme.dim))
        .row_highlight_style(theme.selected)
        .highlight_symbol("▶ ")
        .highlight_spacing(HighlightSpacing::Always);
        let mut state = TableState::default().with_selected(Some(start.selected));
        frame.render_stateful_widget(table, inner, &mut state);
    }
    super::chrome::status_line(app, theme, status, frame);
    super::chrome::keys_line(app, theme, keys, frame);
    let form = start.create.as_ref()?;
    create_form(ui, form, theme, area, frame)
}

/// The create form, over the list.
fn create_form(
    ui: &Ui,
    form: &CreateForm,
    theme: &Theme,
    area: Rect,
    frame: &mut Frame,
) -> Option<Position> {
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", ui.new_assessment),
        theme.title,
    ));
    let inner = popup(area, 64, 9, frame, block);
    let mut lines = Vec::new();
    let labels = CreateForm::FIELDS.map(|f| f.label(ui));
    for (i, (label, value)) in labels.iter().zip(&form.fields).enumerate() {
        let marker = if i == form.focus { "▶ " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{label:<13}"), theme.heading),
            Span::raw(one_line(&value.text())),
        ]));
    }
    if let Some(error) = &form.error {
        lines.push(Line::styled(one_line(error), theme.error));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    let label = format!("▶ {:<13}", labels[form.focus]);
    let before = unicode_width::UnicodeWidthStr::width(label.as_str())
        + form.fields[form.focus].cursor_width();
    let x = inner.x + (before as u16).min(inner.width.saturating_sub(1));
    (inner.height > form.focus as u16).then_some(Position::new(x, inner.y + form.focus as u16))
}
