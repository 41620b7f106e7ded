//! The main pane: a section's introduction, or a question with its answer,
//! notes, owner, help, what to do, what the vendor covers and links.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::super::walk::Walk;
use super::field_label;
use super::theme::Theme;
use crate::assessment::Answer;
use crate::questionnaire::Responsibility;
use crate::sanitize::{clean, one_line};

/// The symbol of an answer (or of no answer), always shown with a word.
pub fn symbol(answer: Option<Answer>) -> &'static str {
    answer.map_or("·", crate::messages::words::answer_symbol)
}

/// The question's audit state, each with a symbol and words (never colour
/// alone): overdue, the accepted risk or its expiry, and its evidence.
fn decisions(
    walk: &Walk,
    q: &crate::questionnaire::Question,
    entry: &crate::assessment::Entry,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
) {
    let ui = walk.ui();
    let standing = walk.standing(q);
    if let Some(due) = standing.overdue {
        let text = crate::messages::tui_overdue(walk.lang, &due.to_string());
        lines.push(Line::from(vec![
            field_label("", theme),
            Span::styled(text, theme.error),
        ]));
    }
    if let Some(a) = entry.acceptance.as_ref().filter(|_| standing.accepted) {
        let text = crate::messages::tui_accepted(walk.lang, &one_line(&a.by), &a.until.to_string());
        lines.push(Line::from(vec![
            field_label(ui.accepted_label, theme),
            Span::styled(text, theme.heading),
        ]));
        lines.push(Line::from(vec![
            field_label("", theme),
            Span::raw(one_line(&a.reason)),
        ]));
    }
    if let Some(until) = standing.expired {
        let text = crate::messages::tui_acceptance_expired(walk.lang, &until.to_string());
        lines.push(Line::from(vec![
            field_label(ui.accepted_label, theme),
            Span::styled(text, theme.error),
        ]));
    }
    for (i, (e, state)) in entry.evidence.iter().zip(&standing.evidence).enumerate() {
        let head = if i == 0 { ui.evidence_label } else { "" };
        let word = if state.stale {
            ui.audit().stale
        } else {
            ui.audit().fresh
        };
        let style = if state.stale { theme.error } else { theme.dim };
        lines.push(Line::from(vec![
            field_label(head, theme),
            Span::raw(one_line(&e.reference)),
            Span::styled(format!("  ({} {}, {word})", ui.observed, e.observed), style),
        ]));
    }
}

/// The walk's main pane (the section's introduction or the question), as
/// a widget.
pub struct QuestionPane<'a> {
    /// The walk shown.
    pub walk: &'a Walk,
    /// Its styles.
    pub theme: &'a Theme,
}

impl Widget for QuestionPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(self.walk, self.theme, area, buf);
    }
}

fn draw(walk: &Walk, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let q = walk.question();
    let section = &walk.questionnaire.sections[q.section];
    let title = format!(
        " {}. {} ",
        section.number,
        one_line(section.title.get(walk.lang))
    );
    let (n, m) = walk.position_in_section();
    let position = format!(" {} ", crate::messages::tui_question_n_of(walk.lang, n, m));
    let block = Block::bordered()
        .title(Line::styled(title, theme.title))
        .title(Line::styled(position, theme.dim).right_aligned());
    // On a short pane the answer must stay in view: the reference line is
    // cut to one row and the blank rows around the question go.
    let inner = area.inner(ratatui::layout::Margin::new(1, 1));
    let compact = (inner.height < 14).then_some(inner.width as usize);
    let lines = if walk.intro {
        intro(walk, theme)
    } else {
        question(walk, theme, compact)
    };
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((walk.scroll, 0));
    paragraph.render(area, buf);
}

fn text_lines(text: &str, style: Style) -> Vec<Line<'static>> {
    clean(text)
        .lines()
        .map(|l| Line::styled(l.to_string(), style))
        .collect()
}

fn intro(walk: &Walk, theme: &Theme) -> Vec<Line<'static>> {
    let ui = walk.ui();
    let section = &walk.questionnaire.sections[walk.question().section];
    let vendor = &walk.questionnaire.vendor;
    let mut lines = vec![Line::styled(ui.why, theme.heading)];
    lines.extend(text_lines(section.why.get(walk.lang), Style::new()));
    lines.push(Line::default());
    lines.push(Line::styled(
        crate::messages::tui_vendor_side(walk.lang, &one_line(vendor)),
        theme.heading,
    ));
    for item in section.vendor_items.iter() {
        lines.push(Line::from(format!(
            "• {}",
            one_line(item.text.get(walk.lang))
        )));
    }
    lines.push(Line::default());
    let counts = format!(
        "{} · {}",
        crate::messages::tui_questions(walk.lang, section.questions.len()),
        crate::messages::tui_useful_links(walk.lang, section.links.len())
    );
    lines.push(Line::styled(counts, theme.dim));
    lines.push(Line::styled(ui.intro_hint, theme.dim));
    lines.push(Line::default());
    let first = &walk.questionnaire.questions[section.questions.start];
    lines.push(Line::from(vec![
        Span::styled("▶ ", theme.key),
        Span::styled(one_line(first.text.get(walk.lang)), theme.heading),
    ]));
    lines.push(Line::from(vec![
        Span::styled("Enter", theme.key),
        Span::raw(format!(" {}   ", ui.k_start)),
        Span::styled("→", theme.key),
        Span::raw(format!(" {}", ui.k_next_section)),
    ]));
    lines
}

fn question(walk: &Walk, theme: &Theme, compact: Option<usize>) -> Vec<Line<'static>> {
    let q = walk.question();
    let entry = walk.current_entry();
    let mut lines = heading(walk, theme, compact);
    answer_lines(walk, &entry, theme, &mut lines);
    decisions(walk, q, &entry, theme, &mut lines);
    super::conflict::push(walk, q, theme, &mut lines);
    super::observations::push(walk, q, theme, &mut lines);
    guidance(walk, theme, &mut lines);
    lines
}

/// The question's reference, severity and id, where to set it and what
/// plan it needs (not when `compact`), then its text.
fn heading(walk: &Walk, theme: &Theme, compact: Option<usize>) -> Vec<Line<'static>> {
    let ui = walk.ui();
    let q = walk.question();
    let severity = ui.severity_word(q.severity);
    let owner = ui.responsibility[match q.responsibility {
        Responsibility::Subscriber => 0,
        Responsibility::Shared => 1,
    }];
    let meta = format!(
        "{} · {} {severity} · {owner} · {}",
        q.reference, ui.severity, q.id
    );
    let mut lines = vec![Line::styled(
        match compact {
            Some(width) => super::clip_to_width(&meta, width),
            None => meta,
        },
        theme.dim,
    )];
    if compact.is_none() {
        // Where to act, and whether the plan has it at all.
        if let Some(url) = walk.questionnaire.admin_link(q, walk.instance()) {
            lines.push(Line::from(vec![
                field_label(ui.setting, theme),
                Span::styled(url, theme.link),
                Span::styled(" (w)", theme.dim),
            ]));
        }
        if let Some(plans) = walk.questionnaire.plans_needed(q, walk.lang) {
            lines.push(Line::from(vec![
                field_label(ui.needs, theme),
                Span::raw(one_line(&plans)),
                Span::styled(" (X: n/a)", theme.dim),
            ]));
        }
        for d in walk.questionnaire.deadlines_of(q) {
            let line = crate::messages::deadline_line(
                walk.lang,
                d.day,
                d.what.get(walk.lang),
                walk.today(),
            );
            lines.push(Line::from(vec![
                field_label(ui.date, theme),
                Span::raw(one_line(&line)),
            ]));
        }
        // What was answered to the retired questions this one replaces:
        // nothing the user wrote is lost.
        for id in walk.questionnaire.replaces(q) {
            let Some(entry) = walk.document().entry(id) else {
                continue;
            };
            let answer = entry
                .answer
                .map_or("—", |a| crate::messages::words::answer(walk.lang, a));
            let line = crate::messages::earlier_answer(walk.lang, id, answer, &entry.notes);
            lines.push(Line::from(vec![
                field_label(ui.earlier, theme),
                Span::raw(one_line(&line)),
            ]));
        }
        lines.push(Line::default());
    }
    lines.extend(text_lines(q.text.get(walk.lang), theme.heading));
    if compact.is_none() {
        lines.push(Line::default());
    }
    lines
}

/// What was recorded: the answer (with its word, never by colour alone),
/// a review mark, the justification, the notes, owner and due date.
fn answer_lines(
    walk: &Walk,
    entry: &crate::assessment::Entry,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
) {
    let ui = walk.ui();
    let mut answer = vec![field_label(ui.answer, theme)];
    match entry.answer {
        None => answer.push(Span::styled(ui.not_answered, theme.dim)),
        Some(a) => {
            let style = if a == Answer::Yes {
                theme.good
            } else if a.is_gap() {
                theme.gap
            } else {
                Style::new()
            };
            answer.push(Span::styled(ui.answer_label(a), style));
            if let Some(at) = entry.answered_at {
                answer.push(Span::styled(
                    format!("  ({} {})", ui.answered_on, at.strftime("%Y-%m-%d")),
                    theme.dim,
                ));
            }
        }
    }
    if entry.flagged {
        answer.push(Span::styled(format!("  {}", ui.flagged), theme.heading));
    }
    if entry.from_probe && entry.answer.is_some() {
        let words = crate::messages::words::probe(walk.lang);
        answer.push(Span::styled(format!("  ({})", words.from_probe), theme.dim));
    }
    lines.push(Line::from(answer));
    if walk.doc.assessment().needs_review(walk.question()) {
        lines.push(Line::styled(ui.changed, theme.error));
    }
    if entry.answer == Some(Answer::Na) && !entry.justification.is_empty() {
        lines.push(Line::from(vec![
            field_label("", theme),
            Span::raw(one_line(&entry.justification)),
        ]));
    }
    for (i, l) in clean(&entry.notes).lines().enumerate() {
        let head = if i == 0 {
            field_label(ui.notes, theme)
        } else {
            field_label("", theme)
        };
        lines.push(Line::from(vec![head, Span::raw(l.to_string())]));
    }
    if !entry.owner.is_empty() || entry.due.is_some() {
        let due = entry
            .due
            .map(|d| format!(" · {} {d}", ui.due))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            field_label(ui.owner, theme),
            Span::raw(format!("{}{due}", one_line(&entry.owner))),
        ]));
    }
}

/// How to check it, what to do, what the vendor covers in its section and
/// the links that help.
fn guidance(walk: &Walk, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let ui = walk.ui();
    let q = walk.question();
    lines.push(Line::default());
    lines.push(Line::styled(ui.how_to_check, theme.heading));
    lines.extend(super::help_text::render(q.help.get(walk.lang), theme));
    lines.push(Line::default());
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", ui.what_to_do), theme.heading),
        Span::raw(one_line(q.remedy.get(walk.lang))),
    ]));
    let section = &walk.questionnaire.sections[q.section];
    if !section.vendor_items.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            crate::messages::tui_vendor_covers(walk.lang, &one_line(&walk.questionnaire.vendor)),
            theme.heading,
        ));
        for item in section.vendor_items.iter() {
            lines.push(Line::from(format!(
                "• {}",
                one_line(item.text.get(walk.lang))
            )));
        }
    }
    let links: Vec<_> = q
        .links
        .iter()
        .filter_map(|id| walk.questionnaire.link(id))
        .collect();
    if !links.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(ui.links, theme.heading));
        for link in links {
            lines.push(Line::from(vec![
                Span::raw(format!("• {} ", one_line(link.title.get(walk.lang)))),
                Span::styled(one_line(link.url_for(walk.lang)), theme.link),
            ]));
        }
    }
}
