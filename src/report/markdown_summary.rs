//! The Markdown report's first screen: the executive summary (score,
//! evidence, gaps by severity, the top risks with owner and due date, the
//! net change) and the action plan (every gap: who, by when, status).

use super::Report;
use super::compare::{Change, Kind};
use super::md_writer::{Align, Markdown, Span, strong, text};
use super::plan::{Item, Status, top_risks};
use crate::messages::ReportWords;
use crate::questionnaire::Severity;
use crate::score::{self, format_percent};

/// How many top risks the summary names; the rest are in the plan.
const TOP: usize = 7;

/// The status of a gap, in words.
pub(super) fn status_words(status: Status, m: &ReportWords) -> String {
    match status {
        Status::Open => m.status_open.to_string(),
        Status::Overdue(due) => m.status_overdue(due),
        Status::Expired(until) => m.acceptance_expired_on(until),
        Status::Accepted(until) => m.status_accepted(until),
    }
}

/// The executive summary.
pub(super) fn executive_summary(
    md: &mut Markdown,
    report: &Report,
    plan: &[Item],
    changes: &[Change],
    m: &ReportWords,
) {
    md.heading(2, &[text(m.executive_summary)]);
    let q = report.questionnaire;
    let t = score::breakdown(q, report.assessment).overall;
    let (audit, _) = report.audit();
    let open: Vec<&Item> = plan.iter().filter(|i| i.open()).collect();
    let by = |s: Severity| open.iter().filter(|i| i.question.severity == s).count();
    let words = m.audit();
    md.paragraph(&[
        strong(format!("{}:", m.overall_score)),
        text(format!(" {} · ", format_percent(t.percent()))),
        strong(format!("{}:", words.evidence_backed)),
        text(format!(" {} · ", format_percent(audit.backed_percent()))),
        strong(format!("{}:", m.open_gaps)),
        text(format!(
            " {} ({} {}, {} {}, {} {}) · ",
            open.len(),
            m.severity_word(Severity::High),
            by(Severity::High),
            m.severity_word(Severity::Medium),
            by(Severity::Medium),
            m.severity_word(Severity::Low),
            by(Severity::Low),
        )),
        strong(format!("{}:", words.accepted_risks)),
        text(format!(" {}", audit.accepted)),
    ]);
    if !report.assessment.observations.is_empty() {
        let w = crate::messages::words::probe(report.lang);
        md.paragraph(&[
            strong(format!("{}:", w.observed)),
            text(format!(
                " {}/{} · ",
                report.assessment.observed(q),
                q.questions.len()
            )),
            strong(format!("{}:", w.contradictions)),
            text(format!(" {}", report.assessment.contradicted(q).count())),
        ]);
    }
    if let Some(since) = report.since {
        let count = |k: Kind| changes.iter().filter(|c| c.kind == k).count();
        md.paragraph(&[text(m.net_change(
            since.name,
            count(Kind::Improved),
            count(Kind::Regressed),
        ))]);
    }
    md.paragraph(&[strong(format!("{}:", m.top_risks))]);
    let top: Vec<&Item> = top_risks(plan).collect();
    if top.is_empty() {
        md.paragraph(&[text(m.no_top_risks)]);
        return;
    }
    let items: Vec<Vec<Span>> = top
        .iter()
        .take(TOP)
        .map(|item| {
            let owner = if item.entry.owner.trim().is_empty() {
                m.not_given.to_string()
            } else {
                item.entry.owner.clone()
            };
            let due = item
                .entry
                .due
                .map_or_else(|| m.not_given_f.to_string(), |d| d.to_string());
            vec![
                text(item.question.finding_or_question(report.lang).to_string()),
                text(format!(
                    " ({}, {}) — ",
                    item.question.reference,
                    m.severity_word(item.question.severity)
                )),
                strong(format!("{}:", m.gap_owner)),
                text(" "),
                text(owner),
                text(format!(
                    " · {}: {due} · {}",
                    m.due,
                    status_words(item.status(), m)
                )),
            ]
        })
        .collect();
    md.bullets(&items);
    if top.len() > TOP {
        md.paragraph(&[text(m.more_in_plan(top.len() - TOP))]);
    }
}

/// The action plan: one row per gap.
pub(super) fn action_plan(md: &mut Markdown, report: &Report, plan: &[Item], m: &ReportWords) {
    md.heading(2, &[text(m.action_plan)]);
    if plan.is_empty() {
        md.paragraph(&[text(m.no_gaps)]);
        return;
    }
    md.paragraph(&[text(m.action_plan_intro)]);
    let rows: Vec<Vec<Vec<Span>>> = plan
        .iter()
        .map(|item| {
            vec![
                vec![text(item.question.reference.clone())],
                vec![text(
                    item.question.finding_or_question(report.lang).to_string(),
                )],
                vec![text(m.severity_word(item.question.severity))],
                vec![text(item.entry.owner.clone())],
                vec![text(
                    item.entry.due.map(|d| d.to_string()).unwrap_or_default(),
                )],
                vec![text(status_words(item.status(), m))],
            ]
        })
        .collect();
    md.table(
        &[
            m.reference,
            m.finding,
            m.severity,
            m.gap_owner,
            m.due,
            m.status,
        ],
        &[Align::Left; 6],
        &rows,
    );
}
