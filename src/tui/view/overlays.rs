//! What is drawn over the walk: help, summary, and the prompts for the
//! justification, the notes, and the owner and due date.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, LineGauge, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::super::keymap::{Group, Mode, bindings, shown};
use super::super::walk::{Form, FormKind, Overlay, Walk};
use super::theme::Theme;
use super::{clip_to_width, popup};
use crate::assessment::Answer;
use crate::questionnaire::Severity;
use crate::sanitize::one_line;
use crate::score::format_percent;

/// Draws the overlay, if any; the cursor goes in a form's field.
pub fn render(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) -> Option<Position> {
    match &walk.overlay {
        Overlay::None | Overlay::Search(_) => {}
        Overlay::Help => help(walk, theme, area, frame),
        Overlay::Unsaved => unsaved(walk, theme, area, frame),
        Overlay::Summary => summary(walk, theme, area, frame),
        Overlay::Justification { editor, error } => {
            let ui = walk.ui();
            let note = if *error {
                Some(ui.justification_required)
            } else {
                None
            };
            editor_popup(ui.why_na, editor, note, theme, area, frame);
        }
        Overlay::Notes { editor, warned, .. } => {
            // The key that saves and closes, from the keymap.
            let save_key = shown(Mode::Notes, &crate::tui::action::Action::Back);
            let warning = crate::messages::tui_secret_warning(walk.lang, save_key);
            let note = warned.then_some(warning.as_str());
            let title = crate::messages::tui_notes_title(walk.lang, save_key);
            editor_popup(&title, editor, note, theme, area, frame)
        }
        Overlay::Form(form) => return form_popup(walk, form, theme, area, frame),
    }
    None
}

/// A form: a title, one labelled line per field, the refusal if any, the
/// terminal's cursor in the field being typed in.
fn form_popup(
    walk: &Walk,
    form: &Form,
    theme: &Theme,
    area: Rect,
    frame: &mut Frame,
) -> Option<Position> {
    let ui = walk.ui();
    let title = form.kind.title(ui);
    let labels: Vec<&str> = form.kind.fields().iter().map(|f| f.label(ui)).collect();
    let block = Block::bordered().title(Line::styled(format!(" {title} "), theme.title));
    let width = if form.kind == FormKind::Owner { 60 } else { 76 };
    let inner = popup(area, width, labels.len() as u16 + 6, frame, block);
    let mut lines = Vec::new();
    for (i, (label, value)) in labels.iter().zip(&form.fields).enumerate() {
        let marker = if i == form.focus { "▶ " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{label}: "), theme.heading),
            Span::raw(one_line(&value.text())),
        ]));
    }
    if let Some(error) = &form.error {
        lines.push(Line::styled(error.clone(), theme.error));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    let focus_line = form.focus as u16;
    let prefix = format!("▶ {}: ", labels[form.focus.min(labels.len() - 1)]);
    let before = unicode_width::UnicodeWidthStr::width(prefix.as_str())
        + form.fields[form.focus].cursor_width();
    let x = inner.x + (before as u16).min(inner.width.saturating_sub(1));
    (inner.height > focus_line).then_some(Position::new(x, inner.y + focus_line))
}

/// Quitting with changes that could not be saved: says what and why, and
/// which keys retry, quit anyway or go back.
fn unsaved(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) {
    let ui = walk.ui();
    let block =
        Block::bordered().title(Line::styled(format!(" {} ", ui.unsaved_title), theme.error));
    let inner = popup(area, 72, 12, frame, block);
    let [text, keys] = Layout::vertical([Constraint::Fill(1), Constraint::Length(2)]).areas(inner);
    let body = crate::messages::tui_unsaved_body(
        walk.lang,
        walk.save_error.as_deref().unwrap_or("?"),
        walk.unsaved(),
    );
    frame.render_widget(
        Paragraph::new(crate::sanitize::clean(&body)).wrap(Wrap { trim: false }),
        text,
    );
    let pairs: Vec<(&str, &str)> = bindings(Mode::Unsaved)
        .map(|b| (b.shown, (b.label)(ui)))
        .collect();
    frame.render_widget(
        Paragraph::new(super::hint_line(&pairs, theme)).wrap(Wrap { trim: false }),
        keys,
    );
}

fn editor_popup(
    title: &str,
    editor: &TextArea<'static>,
    note: Option<&str>,
    theme: &Theme,
    area: Rect,
    frame: &mut Frame,
) {
    let block = Block::bordered().title(Line::styled(format!(" {title} "), theme.title));
    let inner = popup(area, 72, 12, frame, block);
    // A warning wraps and keeps every word, leaving the editor at least 2 rows.
    let note = note.map(|note| {
        Paragraph::new(Line::styled(note.to_string(), theme.error)).wrap(Wrap { trim: true })
    });
    let rows = note
        .as_ref()
        .map_or(0, |n| n.line_count(inner.width) as u16);
    let rows = rows.min(inner.height.saturating_sub(2));
    let [text, message] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(rows)]).areas(inner);
    frame.render_widget(editor, text);
    if let Some(note) = note {
        frame.render_widget(note, message);
    }
}

/// Every key of the walk, in two columns where they fit, scrolled with
/// PgDn/PgUp when the terminal is short; the symbols' legend last.
fn help(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) {
    let ui = walk.ui();
    let block = Block::bordered().title(Line::styled(format!(" {} ", ui.keys), theme.title));
    let inner = popup(area, 76, 30, frame, block);
    let group = |group: Group, name: &'static str| {
        let mut lines = vec![Line::styled(name, theme.heading)];
        for b in bindings(Mode::Walk).filter(|b| b.group == group) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<10}", b.shown), theme.key),
                Span::raw((b.label)(ui)),
            ]));
        }
        lines
    };
    let mut left = group(Group::Move, ui.g_move);
    left.push(Line::default());
    left.extend(group(Group::Answer, ui.g_answer));
    let right = group(Group::Other, ui.g_other);
    let legend: Vec<String> = Answer::ALL.map(|a| ui.answer_label(a)).to_vec();
    let legend = Paragraph::new(Line::styled(
        format!(
            "{}  · {}  {}  ! {}",
            legend.join("  "),
            ui.not_answered.trim_start_matches("· "),
            ui.flagged,
            ui.changed_count
        ),
        theme.dim,
    ))
    .wrap(Wrap { trim: true });
    let legend_rows = legend.line_count(inner.width) as u16;
    let two_columns = inner.width >= 64;
    let keys_rows = if two_columns {
        left.len().max(right.len())
    } else {
        left.len() + 1 + right.len()
    } as u16;
    // Scrolling moves keys and legend together; it stops at the end.
    let total = keys_rows + 1 + legend_rows;
    let scroll = walk.help_scroll.min(total.saturating_sub(inner.height));
    let keys_area = Rect {
        height: keys_rows.saturating_sub(scroll).min(inner.height),
        ..inner
    };
    if two_columns {
        let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .areas(keys_area);
        frame.render_widget(Paragraph::new(left).scroll((scroll, 0)), l);
        frame.render_widget(Paragraph::new(right).scroll((scroll, 0)), r);
    } else {
        let mut all = left;
        all.push(Line::default());
        all.extend(right);
        frame.render_widget(Paragraph::new(all).scroll((scroll, 0)), keys_area);
    }
    let legend_top = (keys_rows + 1).saturating_sub(scroll);
    if legend_top < inner.height {
        let skip = scroll.saturating_sub(keys_rows + 1);
        let legend_area = Rect {
            y: inner.y + legend_top,
            height: inner.height - legend_top,
            ..inner
        };
        frame.render_widget(legend.scroll((skip, 0)), legend_area);
    }
}

fn summary(walk: &Walk, theme: &Theme, area: Rect, frame: &mut Frame) {
    let ui = walk.ui();
    let name = crate::store::display_name(walk.doc.path());
    let block = Block::bordered().title(Line::styled(
        format!(" {} · {} ", ui.summary, one_line(&name)),
        theme.title,
    ));
    let inner = popup(area, 96, 22, frame, block);
    // The one set of numbers the reports show, built as `report` builds
    // them.
    let (audit, audit_sections) = walk.audit();
    let lines = summary_head(walk, theme);
    // Head, one row per section (title, bar, figures), then the totals.
    let sections = walk.questionnaire.sections.len() as u16;
    let head_rows = Paragraph::new(lines.clone())
        .wrap(Wrap { trim: false })
        .line_count(inner.width) as u16;
    let [head, rows, rest] = Layout::vertical([
        Constraint::Length(head_rows),
        Constraint::Length(sections),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), head);
    summary_rows(walk, &audit_sections, rows, frame);
    let lines = summary_totals(walk, &audit, theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rest);
}

/// The summary's first lines: the overall score with what it rests on,
/// and how it is computed.
fn summary_head(walk: &Walk, theme: &Theme) -> Vec<Line<'static>> {
    let ui = walk.ui();
    let t = &walk.tallies.overall;
    vec![
        Line::from(vec![
            Span::styled(
                format!("{} {}", ui.overall, format_percent(t.percent())),
                theme.heading,
            ),
            Span::styled(
                format!("   {}/{} {}", t.answered, t.total, ui.answered),
                theme.dim,
            ),
            // Never more than is known: a score on few answers says so.
            Span::styled(
                if t.provisional() {
                    format!("   {}", ui.provisional)
                } else {
                    String::new()
                },
                theme.error,
            ),
        ]),
        Line::styled(ui.formula, theme.dim),
        Line::default(),
    ]
}

/// One row per section in `rows`: its title, a bar and its figures.
fn summary_rows(
    walk: &Walk,
    audit_sections: &[crate::assessment::decisions::AuditTally],
    rows: Rect,
    frame: &mut Frame,
) {
    let ui = walk.ui();
    let b = &walk.tallies;
    let sections = walk.questionnaire.sections.len();
    let row_areas = Layout::vertical(vec![Constraint::Length(1); sections]).split(rows);
    for (((section, s), open), &row) in walk
        .questionnaire
        .sections
        .iter()
        .zip(&b.sections)
        .zip(audit_sections)
        .zip(row_areas.iter())
    {
        // The gauge draws a space (its empty label) before its 15 cells.
        let [title_area, bar_area, figures_area] = Layout::horizontal([
            Constraint::Length(30),
            Constraint::Length(16),
            Constraint::Fill(1),
        ])
        .areas(row);
        let title = clip_to_width(
            &format!(
                "{:<4}{}",
                section.number,
                one_line(section.title.get(walk.lang))
            ),
            30,
        );
        frame.render_widget(Paragraph::new(title), title_area);
        let gauge = LineGauge::default()
            .ratio(s.percent().map_or(0.0, |p| (p / 100.0).clamp(0.0, 1.0)))
            .label("")
            .filled_symbol("█")
            .unfilled_symbol("░");
        frame.render_widget(gauge, bar_area);
        let gaps = if open.open_gaps() > 0 {
            format!("  {} {}", ui.gaps.to_lowercase(), open.open_gaps())
        } else {
            String::new()
        };
        let figures = format!(
            " {:>5}  {}/{}{gaps}",
            format_percent(s.percent()),
            s.answered,
            s.total
        );
        frame.render_widget(Paragraph::new(figures), figures_area);
    }
}

/// The totals under the rows: gaps by severity, unanswered, flagged and
/// changed; the audit figures; what the probe observed; the keys.
fn summary_totals(
    walk: &Walk,
    audit: &crate::assessment::decisions::AuditTally,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let ui = walk.ui();
    let t = &walk.tallies.overall;
    let mut lines = Vec::new();
    lines.push(Line::default());
    let [high, medium, low] = audit.open_by_severity;
    lines.push(Line::from(format!(
        "{}: {} {high} · {} {medium} · {} {low}    {} {}   {} {}   {} {}",
        ui.gaps,
        ui.severity_word(Severity::High),
        ui.severity_word(Severity::Medium),
        ui.severity_word(Severity::Low),
        ui.unanswered,
        t.unanswered(),
        ui.flagged_count,
        t.flagged,
        ui.changed_count,
        t.needs_review
    )));
    lines.push(Line::from(format!(
        "{} {}   ≈ {} {}   ‼ {} {}   ⧗ {} {}   {} {}",
        ui.audit().evidence_backed,
        format_percent(audit.backed_percent()),
        ui.audit().accepted_risks,
        audit.accepted,
        ui.audit().acceptances_expired,
        audit.expired,
        ui.audit().overdue,
        audit.overdue,
        ui.audit().stale_evidence,
        audit.stale
    )));
    let assessment = walk.doc.assessment();
    if !assessment.observations.is_empty() {
        let words = crate::messages::words::probe(walk.lang);
        let q = &walk.questionnaire;
        lines.push(Line::from(format!(
            "{} {}/{}   {} {} {}",
            words.observed,
            assessment.observed(q),
            q.questions.len(),
            words.mark,
            words.contradictions,
            assessment.contradicted(q).count()
        )));
    }
    lines.push(Line::default());
    let pairs: Vec<(&str, &str)> = bindings(Mode::Summary)
        .map(|b| (b.shown, (b.label)(ui)))
        .collect();
    lines.push(super::hint_line(&pairs, theme));
    lines
}
