//! The Markdown report's first screen: the executive summary (score,
//! evidence, gaps by severity, the top risks with owner and due date, the
//! net change) and the action plan (every gap: who, by when, status).

use crate::messages::ReportWords;
use crate::report::compare::Kind;
use crate::report::md_writer::{Align, Markdown, Span, strong, text};
use crate::report::model::Model;
use crate::report::plan::{Item, Status, top_risks};
use crate::score::format_percent;

/// How many top risks the summary names; the rest are in the plan.
const TOP: usize = 7;

/// The status of a gap, in words.
pub(crate) fn status_words(status: Status, m: &ReportWords) -> String {
    match status {
        Status::Open => m.status_open.to_string(),
        Status::Overdue(due) => m.status_overdue(due),
        Status::Expired(until) => m.acceptance_expired_on(until),
        Status::Accepted(until) => m.status_accepted(until),
    }
}

/// The executive summary.
pub(crate) fn executive_summary(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let report = &model.report;
    md.heading(2, &[text(m.executive_summary)]);
    let q = report.questionnaire;
    let t = &model.score.overall;
    let audit = &model.audit;
    let words = m.audit();
    // Never more than is known: how much is unassessed comes first, and
    // the score names the questions it rests on.
    if t.unanswered() > 0 {
        md.paragraph(&[strong(m.not_yet_assessed(t.unanswered(), t.total))]);
    }
    let conflicts = &report.assessment.conflicts;
    if !conflicts.is_empty() {
        let ids: Vec<&str> = conflicts.keys().map(String::as_str).collect();
        md.paragraph(&[strong(m.unsettled_conflicts(&ids.join(", "), ids.len()))]);
    }
    let mut score = format!(
        " {} {}",
        format_percent(t.percent()),
        m.score_coverage(t.answered, t.total, &format_percent(t.coverage_percent()))
    );
    if t.provisional() {
        score.push_str(&format!(" ({})", m.provisional()));
    }
    score.push_str(" · ");
    md.paragraph(&[
        strong(format!("{}:", m.overall_score)),
        text(score),
        strong(format!("{}:", words.evidence_backed)),
        text(format!(" {} · ", format_percent(audit.backed_percent()))),
        text(m.gaps_open_accepted(audit)),
    ]);
    if !report.assessment.observations.is_empty() {
        let w = crate::messages::words::probe(report.lang);
        md.paragraph(&[
            strong(format!("{}:", w.observed)),
            text(format!(" {}/{} · ", model.observed, q.questions.len())),
            strong(format!("{}:", w.contradictions)),
            text(format!(" {}", model.contradicted.len())),
        ]);
    }
    if let Some(since) = &model.since {
        md.paragraph(&[text(m.net_change(
            since.name,
            since.count(Kind::Improved),
            since.count(Kind::Regressed),
        ))]);
    }
    top_risks_list(md, model, m);
}

/// The top risks: open high gaps, expired acceptances and overdue actions
/// with owner and due date, then high questions nobody answered.
fn top_risks_list(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let report = &model.report;
    md.paragraph(&[strong(format!("{}:", m.top_risks))]);
    let top: Vec<&Item> = top_risks(&model.plan).collect();
    // High-severity questions nobody answered are risks too: unknown.
    let unassessed = &model.unassessed_high;
    if top.is_empty() && unassessed.is_empty() {
        md.paragraph(&[text(m.no_top_risks)]);
        return;
    }
    let mut items: Vec<Vec<Span>> = top
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
    let room = TOP.saturating_sub(items.len());
    items.extend(unassessed.iter().take(room).map(|question| {
        vec![
            text(question.finding_or_question(report.lang).to_string()),
            text(format!(
                " ({}, {}) — ",
                question.reference,
                m.severity_word(question.severity)
            )),
            strong(m.not_assessed()),
        ]
    }));
    md.bullets(&items);
    let more_gaps = top.len().saturating_sub(TOP);
    let more_unassessed = unassessed.len().saturating_sub(room);
    if more_gaps > 0 {
        md.paragraph(&[text(m.more_in_plan(more_gaps))]);
    }
    if more_unassessed > 0 {
        md.paragraph(&[text(m.more_not_assessed(more_unassessed))]);
    }
}

/// The action plan: one row per gap.
pub(crate) fn action_plan(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let (report, plan) = (&model.report, &model.plan);
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
