//! The Markdown report's probe parts: the answers the Zendesk API
//! contradicts (right after the executive summary), and what the probe
//! observed with the questions it cannot see.

use crate::assessment::Observation;
use crate::messages::ReportWords;
use crate::messages::words::{self, ProbeWords};
use crate::questionnaire::Question;
use crate::report::Report;
use crate::report::md_writer::{Align, Markdown, Span, strong, text};
use crate::report::model::Model;

/// "Contradictions": each answer an observation disagrees with. Only in
/// reports of probed assessments.
pub(crate) fn contradictions(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let report = &model.report;
    let a = report.assessment;
    if a.observations.is_empty() {
        return;
    }
    let w = words::probe(report.lang);
    let q = report.questionnaire;
    md.heading(2, &[text(w.contradictions)]);
    let contradicted = &model.contradicted;
    let lang = report.lang;
    if contradicted.is_empty() {
        let observed = model.observed;
        md.paragraph(&[text(crate::messages::probe_no_contradictions(
            lang,
            observed,
            q.questions.len(),
        ))]);
        return;
    }
    md.paragraph(&[text(crate::messages::probe_contradictions_intro(
        lang,
        contradicted.len(),
    ))]);
    let items: Vec<Vec<Span>> = contradicted
        .iter()
        .map(|question| {
            let answer = a
                .answer(&question.id)
                .map_or("", |x| words::answer(lang, x));
            let seen: Vec<String> = a
                .contradicting(&question.id)
                .into_iter()
                .map(|o| shows(o, lang))
                .collect();
            let line = crate::messages::probe_contradiction_line(lang, answer, &seen.join("; "));
            vec![
                strong(format!(
                    "{} {} — {}",
                    w.mark,
                    question.reference,
                    question.text.get(lang)
                )),
                text(format!(
                    " ({}, {}): ",
                    question.id,
                    m.severity_word(question.severity)
                )),
                text(line),
            ]
        })
        .collect();
    md.bullets(&items);
}

/// "Checked against the Zendesk API": every observation, then the
/// questions no endpoint shows. Only in reports of probed assessments.
pub(crate) fn observed(md: &mut Markdown, model: &Model) {
    let report = &model.report;
    let a = report.assessment;
    if a.observations.is_empty() {
        return;
    }
    let w = words::probe(report.lang);
    let lang = report.lang;
    let q = report.questionnaire;
    md.heading(2, &[text(w.observed_heading)]);
    let last = a
        .observations
        .values()
        .flatten()
        .map(|o| o.fetched_at)
        .max()
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default();
    md.paragraph(&[text(crate::messages::probe_observed_intro(
        lang,
        model.observed,
        q.questions.len(),
        &last,
    ))]);
    let mut rows = Vec::new();
    for question in q.questions.iter() {
        for o in a.observations(&question.id) {
            let answer = a.answer(&question.id);
            let mark = if o.contradicts(answer) {
                format!("{} ", w.mark)
            } else if o.to_verify(answer) {
                format!("{} ", w.verify_mark)
            } else {
                String::new()
            };
            rows.push(vec![
                vec![text(format!(
                    "{mark}{} ({})",
                    question.id, question.reference
                ))],
                vec![text(shows(o, lang))],
                vec![text(suggestion(o, lang, w))],
                vec![text(format!("GET {} · {}", o.endpoint, o.field))],
                vec![text(fetched(o, question, report))],
            ]);
        }
    }
    md.table(
        &[w.question, w.shows, w.suggests, w.source, w.fetched],
        &[Align::Left; 5],
        &rows,
    );
    break_glass(md, report, lang);
    let blind: Vec<&Question> = not_observable(report).collect();
    if blind.is_empty() {
        return;
    }
    md.heading(3, &[text(w.not_observable)]);
    md.paragraph(&[text(crate::messages::probe_not_observable_intro(
        lang,
        blind.len(),
    ))]);
    let items: Vec<Vec<Span>> = blind
        .iter()
        .map(|question| {
            vec![text(format!(
                "{} ({}): {}",
                question.id,
                question.reference,
                question.text.get(lang)
            ))]
        })
        .collect();
    md.bullets(&items);
}

/// The accounts the user checks left out, each with its reason: listed,
/// never silent.
fn break_glass(md: &mut Markdown, report: &Report, lang: crate::lang::Lang) {
    let left_out = &report.assessment.metadata.break_glass;
    if left_out.is_empty() {
        return;
    }
    md.heading(3, &[text(crate::messages::break_glass_heading(lang))]);
    md.paragraph(&[text(crate::messages::break_glass_intro(lang))]);
    let items: Vec<Vec<Span>> = left_out
        .iter()
        .map(|b| vec![text(format!("{} — {}", b.account, b.reason))])
        .collect();
    md.bullets(&items);
}

/// The questions no probe rule informs.
pub(crate) fn not_observable<'a>(report: &Report<'a>) -> impl Iterator<Item = &'a Question> {
    report
        .questionnaire
        .questions
        .iter()
        .filter(|q| q.probe.is_empty())
}

/// What an observation shows, in the report's language.
fn shows(o: &Observation, lang: crate::lang::Lang) -> String {
    crate::messages::observation_text(lang, &o.for_report())
}

/// When it was fetched, and "stale" once older than the question's
/// renewal period on the report's day.
fn fetched(o: &Observation, question: &Question, report: &Report) -> String {
    let at = o.fetched_at.strftime("%Y-%m-%d %H:%M UTC").to_string();
    if o.stale(question.review_every, report.as_of) {
        let stale = crate::messages::words::audit(report.lang).stale;
        format!("{at} ({stale})")
    } else {
        at
    }
}

/// A suggestion as a word.
/// What an observation suggests: an answer (an inference's only to
/// verify), or a hint.
fn suggestion(o: &Observation, lang: crate::lang::Lang, w: &ProbeWords) -> String {
    match o.suggests.answer() {
        Some(answer) if o.direct => words::answer(lang, answer).to_string(),
        Some(answer) => format!("{}: {}", w.to_verify, words::answer(lang, answer)),
        None => w.hint.to_string(),
    }
}
