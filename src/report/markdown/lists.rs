//! The Markdown report's lists after the gaps: not applicable, unanswered,
//! flagged for review, changed since answered, and retired questions.

use crate::assessment::Answer;
use crate::messages::ReportWords;
use crate::questionnaire::Question;
use crate::report::Report;
use crate::report::md_writer::{Markdown, Span, strong, text};

pub(crate) fn question_line<'a>(question: &'a Question, report: &Report<'a>) -> Vec<Span<'a>> {
    vec![
        text(question.text.get(report.lang)),
        text(format!(" ({}, {})", question.reference, question.id)),
    ]
}

pub(crate) fn not_applicable(md: &mut Markdown, report: &Report, m: &ReportWords) {
    md.heading(2, &[text(m.na_heading)]);
    let items: Vec<Vec<Span>> = report
        .questionnaire
        .questions
        .iter()
        .filter(|q| report.assessment.answer(&q.id) == Some(Answer::Na))
        .map(|q| {
            let justification = report
                .assessment
                .answers
                .get(&*q.id)
                .map(|e| e.justification.clone())
                .unwrap_or_default();
            let mut item = question_line(q, report);
            item.extend([
                text(" — "),
                strong(format!("{}:", m.justification)),
                text(" "),
                text(justification),
            ]);
            item
        })
        .collect();
    if items.is_empty() {
        md.paragraph(&[text(m.no_na)]);
    } else {
        md.bullets(&items);
    }
}

pub(crate) fn unanswered(md: &mut Markdown, report: &Report, m: &ReportWords) {
    md.heading(2, &[text(m.unanswered_heading)]);
    let items: Vec<Vec<Span>> = report
        .questionnaire
        .questions
        .iter()
        .filter(|q| report.assessment.answer(&q.id).is_none())
        .map(|q| question_line(q, report))
        .collect();
    if items.is_empty() {
        md.paragraph(&[text(m.all_answered)]);
    } else {
        md.bullets(&items);
    }
}

/// Every question flagged for review, whatever its answer (a flagged yes
/// appears nowhere else).
pub(crate) fn flagged(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let items: Vec<Vec<Span>> = report
        .questionnaire
        .questions
        .iter()
        .filter(|q| {
            report
                .assessment
                .answers
                .get(&*q.id)
                .is_some_and(|e| e.flagged)
        })
        .map(|q| {
            let answer = report
                .assessment
                .answer(&q.id)
                .map_or(m.unanswered, |a| m.answer_word(a));
            let mut item = question_line(q, report);
            item.push(text(format!(" — {answer}")));
            item
        })
        .collect();
    if items.is_empty() {
        return;
    }
    md.heading(2, &[text(m.flagged_heading)]);
    md.paragraph(&[text(m.flagged_intro)]);
    md.bullets(&items);
}

pub(crate) fn changed(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let items: Vec<Vec<Span>> = report
        .questionnaire
        .questions
        .iter()
        .filter(|q| report.assessment.needs_review(q))
        .map(|q| {
            let entry = &report.assessment.answers[&*q.id];
            let mut item = question_line(q, report);
            let when = entry
                .answered_at
                .map(crate::report::timestamp)
                .unwrap_or_default();
            let answer = entry.answer.map(|a| m.answer_word(a)).unwrap_or_default();
            item.push(text(format!(" — {answer}, {} {when}", m.answered_on)));
            item
        })
        .collect();
    if items.is_empty() {
        return;
    }
    md.heading(2, &[text(m.changed_heading)]);
    md.paragraph(&[text(m.changed_intro)]);
    md.bullets(&items);
}

pub(crate) fn retired(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let items: Vec<Vec<Span>> = report
        .assessment
        .retired_ids(report.questionnaire)
        .map(|id| {
            let entry = &report.assessment.answers[id];
            let answer = entry.answer.map_or(m.unanswered, |a| m.answer_word(a));
            let mut item = vec![text(id.to_string()), text(format!(": {answer}"))];
            let q = report.questionnaire;
            let now: Vec<String> = q
                .replacements(id)
                .iter()
                .filter_map(|r| q.question(r))
                .map(|r| format!("{} ({})", r.text.get(report.lang), r.id))
                .collect();
            if !now.is_empty() {
                item.push(text(format!(" — {} {}", m.now_asked_as, now.join("; "))));
            }
            if !entry.notes.trim().is_empty() {
                item.extend([
                    text(" — "),
                    strong(format!("{}:", m.notes)),
                    text(" "),
                    text(entry.notes.clone()),
                ]);
            }
            item
        })
        .collect();
    if items.is_empty() {
        return;
    }
    md.heading(2, &[text(m.retired_heading)]);
    md.paragraph(&[text(m.retired_intro)]);
    md.bullets(&items);
}

/// With `--since`: every question answered since, listed after the report
/// (the `--since` part only counts them per section).
pub(crate) fn newly_answered(
    md: &mut Markdown,
    report: &Report,
    changes: &[crate::report::compare::Change],
    m: &ReportWords,
) {
    let Some(since) = report.since else {
        return;
    };
    let q = report.questionnaire;
    let items: Vec<Vec<Span>> = changes
        .iter()
        .filter(|c| c.kind == crate::report::compare::Kind::NewlyAnswered)
        .filter_map(|c| {
            let question = q.question(&c.id)?;
            let answer = c.new.map_or(m.unanswered, |a| m.answer_word(a));
            let mut line = question_line(question, report);
            line.push(text(format!(": {answer}")));
            Some(line)
        })
        .collect();
    if items.is_empty() {
        return;
    }
    md.heading(2, &[text(m.appendix_newly_answered(since.name))]);
    md.bullets(&items);
}
