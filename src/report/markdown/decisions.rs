//! The Markdown report's audit parts: the counts beside the score, the
//! marks on a gap (overdue, acceptance expired, its evidence), the
//! accepted risks and the evidence table — all as of the report's day.

use crate::assessment::Entry;
use crate::assessment::decisions::{AuditTally, Standing};
use crate::messages::ReportWords;
use crate::report::Report;
use crate::report::md_writer::{Align, Markdown, Span, strong, text};
use crate::report::plan::Item;
use crate::score::format_percent;

/// The audit counts after the score: accepted, expired, overdue, stale,
/// and the share of answers backed by fresh evidence (said to be taken
/// without reading the files, when they were not).
pub(crate) fn counts(md: &mut Markdown, audit: &AuditTally, m: &ReportWords, checked: bool) {
    let backed = format_percent(audit.backed_percent());
    let backed = if checked {
        backed
    } else {
        format!("{backed} ({})", crate::messages::files_not_checked(m.lang))
    };
    let pairs = [
        (m.audit().evidence_backed, backed),
        (m.audit().accepted_risks, audit.accepted.to_string()),
        (m.audit().acceptances_expired, audit.expired.to_string()),
        (m.audit().overdue, audit.overdue.to_string()),
        (m.audit().stale_evidence, audit.stale.to_string()),
    ];
    let mut spans = Vec::new();
    for (i, (label, value)) in pairs.into_iter().enumerate() {
        if i > 0 {
            spans.push(text(" · "));
        }
        spans.push(strong(format!("{label}:")));
        spans.push(text(format!(" {value}")));
    }
    md.paragraph(&spans);
}

/// The items a gap gains: overdue, acceptance expired, its evidence.
pub(crate) fn gap_marks<'a>(
    items: &mut Vec<Vec<Span<'a>>>,
    entry: &Entry,
    standing: &Standing,
    m: &ReportWords,
) {
    if let Some(due) = standing.overdue {
        items.push(vec![
            strong(format!("⚠ {}:", m.audit().overdue)),
            text(format!(" {due}")),
        ]);
    }
    if let Some(until) = standing.expired {
        items.push(vec![strong(format!(
            "⚠ {}",
            m.acceptance_expired_on(until)
        ))]);
    }
    evidence_items(items, entry, standing, m);
}

fn evidence_items<'a>(
    items: &mut Vec<Vec<Span<'a>>>,
    entry: &Entry,
    standing: &Standing,
    m: &ReportWords,
) {
    for (e, state) in entry.evidence.iter().zip(&standing.evidence) {
        let mut item = vec![
            strong(format!("{}:", m.evidence)),
            text(" "),
            text(e.reference.clone()),
            text(format!(
                " ({} {}, {})",
                m.observed,
                e.observed,
                state_word(state, m)
            )),
        ];
        if !e.note.trim().is_empty() {
            item.push(text(" — "));
            item.push(text(e.note.clone()));
        }
        items.push(item);
    }
}

fn state_word(state: &crate::assessment::decisions::EvidenceState, m: &ReportWords) -> String {
    let mut words = Vec::new();
    if state.stale {
        words.push(m.audit().stale);
    }
    let mut words: Vec<String> = words.into_iter().map(str::to_string).collect();
    if let Some(file) = state.file.filter(|_| state.changed()) {
        words.push(format!(
            "{} {}",
            m.file_word,
            crate::messages::file_state(m.lang, file)
        ));
    }
    if words.is_empty() {
        words.push(m.audit().fresh.to_string());
    }
    words.join(", ")
}

/// The gaps accepted as risks, the acceptance in force.
pub(crate) fn accepted(md: &mut Markdown, report: &Report, accepted: &[&Item], m: &ReportWords) {
    md.heading(2, &[text(m.accepted_heading)]);
    if accepted.is_empty() {
        md.paragraph(&[text(m.none)]);
        return;
    }
    md.paragraph(&[text(m.accepted_intro)]);
    for item in accepted {
        let (question, entry, standing) = (item.question, &item.entry, &item.standing);
        let Some(a) = &entry.acceptance else {
            continue;
        };
        md.heading(3, &[text(question.finding_or_question(report.lang))]);
        let answer = entry.answer.map_or(m.unanswered, |x| m.answer_word(x));
        let mut items = vec![
            vec![
                strong(format!("{}:", m.answer)),
                text(format!(" {answer} · ")),
                strong(format!("{}:", m.severity)),
                text(format!(" {} · ", m.severity_word(question.severity))),
                strong(format!("{}:", m.reference)),
                text(format!(" {} ({})", question.reference, question.id)),
            ],
            vec![
                strong(format!("{}:", m.approved_by)),
                text(" "),
                text(a.by.clone()),
                text(format!(" ({}) · ", a.approved)),
                strong(format!("{}:", m.accepted_until)),
                text(format!(" {}", a.until)),
            ],
            vec![
                strong(format!("{}:", m.reason)),
                text(" "),
                text(a.reason.clone()),
            ],
        ];
        if !a.compensating.trim().is_empty() {
            items.push(vec![
                strong(format!("{}:", m.compensating)),
                text(" "),
                text(a.compensating.clone()),
            ]);
        }
        // What the user wrote never vanishes from the shared report.
        if !entry.notes.trim().is_empty() {
            items.push(vec![
                strong(format!("{}:", m.notes)),
                text(" "),
                text(entry.notes.clone()),
            ]);
        }
        evidence_items(&mut items, entry, standing, m);
        md.bullets(&items);
    }
}

/// Every piece of evidence, by question: what, observed when, its state.
pub(crate) fn evidence_table(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let mut rows: Vec<Vec<Vec<Span>>> = Vec::new();
    for question in report.questionnaire.questions.iter() {
        let Some(entry) = report.assessment.answers.get(&*question.id) else {
            continue;
        };
        let standing = report.standing(question);
        for (e, state) in entry.evidence.iter().zip(&standing.evidence) {
            rows.push(vec![
                vec![text(format!("{} ({})", question.reference, question.id))],
                vec![text(e.reference.clone())],
                vec![text(e.observed.to_string())],
                vec![text(state_word(state, m))],
            ]);
        }
    }
    if rows.is_empty() {
        return;
    }
    md.heading(2, &[text(m.evidence)]);
    md.paragraph(&[text(m.evidence_intro)]);
    md.table(
        &[m.question_word, m.evidence, m.observed, m.state],
        &[Align::Left; 4],
        &rows,
    );
}
