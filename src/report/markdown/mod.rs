//! The gap report in Markdown, in the report's language: this module
//! writes the whole and the per-section parts; each submodule one part
//! (the executive summary, the decisions, the lists, the probe's
//! observations, the changes since an older assessment, the vendor's side).

mod controls;
mod decisions;
mod lists;
pub(crate) mod probe;
mod since;
mod summary;
mod vendor;

use crate::assessment::Answer;
use crate::assessment::decisions::AuditTally;
use crate::messages::ReportWords;
use crate::report::md_writer::{Align, Markdown, Span, auto, link, strong, text};
use crate::report::model::Model;
use crate::report::plan::Item;
use crate::report::{Report, timestamp};
use crate::score::{Tally, format_percent};

use self::lists::{changed, flagged, newly_answered, not_applicable, retired, unanswered};

mod glance;
pub(super) use self::summary::status_words;
use glance::at_a_glance;

/// Writes the whole report (with a Mermaid chart when the report asks
/// for charts).
pub fn render(model: &Model) -> String {
    write(model, model.report.charts)
}

/// Writes the whole report, with or without the Mermaid chart (the HTML
/// page draws its own).
pub(crate) fn write(model: &Model, charts: bool) -> String {
    let report = &model.report;
    let m = report.messages();
    let mut md = Markdown::new();
    title(&mut md, report, m);
    summary::executive_summary(&mut md, model, m);
    probe::contradictions(&mut md, model, m);
    summary::action_plan(&mut md, model, m);
    about(&mut md, report, m);
    at_a_glance(&mut md, model, charts, m);
    gap_list(&mut md, model, m);
    controls::by_framework(&mut md, report);
    not_applicable(&mut md, report, m);
    decisions::evidence_table(&mut md, report, m);
    probe::observed(&mut md, model);
    unanswered(&mut md, report, m);
    flagged(&mut md, report, m);
    changed(&mut md, report, m);
    retired(&mut md, report, m);
    since::since(&mut md, model, m);
    vendor::useful_links(&mut md, report, m);
    newly_answered(&mut md, report, model.changes(), m);
    let q = report.questionnaire;
    let footer = format!(
        "{} {} · {} {} {}{}",
        m.generated_by,
        env!("CARGO_PKG_VERSION"),
        q.id,
        m.version,
        q.version,
        m.revision_of(q.revision.as_deref())
    );
    md.paragraph(&[text(footer)]);
    md.finish()
}

/// `value`, or the placeholder (`m.not_given` or, after a feminine noun
/// in Italian, `m.not_given_f`) when it is empty.
fn or_not_given<'a>(value: &'a str, placeholder: &'static str) -> Span<'a> {
    if value.trim().is_empty() {
        text(placeholder)
    } else {
        text(value)
    }
}

fn title(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let meta = &report.assessment.metadata;
    let who = if meta.organization.trim().is_empty() {
        report.name
    } else {
        meta.organization.as_str()
    };
    // The date last keeps the heading free of trailing punctuation (MD026),
    // whatever the organization's name ends with.
    // With --as-of the report shows that day, and says so.
    let date = match report.left_out {
        Some(_) => m.as_of_day(report.as_of),
        None => report.assessment.updated().strftime("%Y-%m-%d").to_string(),
    };
    let title = m.title(&report.questionnaire.vendor);
    md.heading(1, &[text(format!("{title} · {who} · {date}"))]);
}

/// Who and what was assessed, and when.
fn about(md: &mut Markdown, report: &Report, m: &ReportWords) {
    md.heading(2, &[text(m.about)]);
    let meta = &report.assessment.metadata;
    let q = report.questionnaire;
    let lang = report.lang;
    let rows = vec![
        vec![
            vec![strong(m.organization)],
            vec![or_not_given(&meta.organization, m.not_given_f)],
        ],
        vec![
            vec![strong(m.instance)],
            vec![or_not_given(&meta.instance, m.not_given_f)],
        ],
        vec![
            vec![strong(m.assessor)],
            vec![or_not_given(&meta.assessor, m.not_given)],
        ],
        vec![
            vec![strong(m.questionnaire)],
            vec![text(format!(
                "{} ({}), {} {}{}",
                q.title.get(lang),
                q.id,
                m.version,
                q.version,
                m.revision_of(q.revision.as_deref())
            ))],
        ],
        vec![
            vec![strong(m.source)],
            vec![link(q.source.title.get(lang), &*q.source.url)],
        ],
        vec![
            vec![strong(m.content_checked)],
            vec![text(
                q.last_checked()
                    .map_or_else(|| m.not_given.to_string(), |d| d.to_string()),
            )],
        ],
        vec![
            vec![strong(m.created)],
            vec![text(timestamp(report.assessment.created))],
        ],
        vec![
            vec![strong(m.updated)],
            vec![text(timestamp(report.assessment.updated()))],
        ],
        vec![
            vec![strong(m.report_date)],
            vec![text(timestamp(report.generated))],
        ],
    ];
    let mut rows = rows;
    if let Some(left_out) = report.left_out {
        let (label, value) = m.as_of_row(report.as_of, left_out);
        rows.push(vec![vec![strong(label)], vec![text(value)]]);
    }
    md.table(&[m.field, m.value], &[Align::Left, Align::Left], &rows);
}

fn points(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x}")
    } else {
        format!("{x:.1}")
    }
}

fn link_spans<'a>(ids: &[crate::questionnaire::Str], report: &Report<'a>) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    for link_ in ids.iter().filter_map(|id| report.questionnaire.link(id)) {
        if !spans.is_empty() {
            spans.push(text(" · "));
        }
        spans.push(link(
            link_.title.get(report.lang),
            link_.url_for(report.lang),
        ));
    }
    spans
}

fn gap_list(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let report = &model.report;
    md.heading(2, &[text(m.gaps_heading)]);
    // Gaps accepted as risks (the acceptance in force) have their own list.
    let (open, accepted): (Vec<&Item>, Vec<&Item>) = model.plan.iter().partition(|i| i.open());
    if open.is_empty() {
        md.paragraph(&[text(m.no_gaps)]);
    } else {
        md.paragraph(&[text(m.gaps_intro)]);
    }
    for item in open {
        md.heading(3, &[text(item.question.finding_or_question(report.lang))]);
        md.bullets(&gap_items(report, item, m));
    }
    decisions::accepted(md, report, &accepted, m);
    vendor::vendor_side(md, report, m);
}

/// What the gap list says of one open gap: the question, the answer, the
/// severity and reference, notes, owner and due date, the decisions, what
/// to do, where the setting is, the plans it needs and the links.
fn gap_items<'a>(report: &Report<'a>, item: &'a Item<'a>, m: &ReportWords) -> Vec<Vec<Span<'a>>> {
    let lang = report.lang;
    let (question, answer, entry, standing) =
        (item.question, item.answer, &item.entry, &item.standing);
    let mut items = Vec::new();
    if question.finding.is_some() {
        items.push(vec![
            strong(format!("{}:", m.question_word)),
            text(" "),
            text(question.text.get(lang)),
        ]);
    }
    items.extend([
        answer_item(answer, entry, lang, m),
        vec![
            strong(format!("{}:", m.severity)),
            text(format!(" {} · ", m.severity_word(question.severity))),
            strong(format!("{}:", m.responsibility)),
            text(format!(
                " {} · ",
                m.responsibility_word(question.responsibility)
            )),
            strong(format!("{}:", m.reference)),
            text(format!(" {} ({})", question.reference, question.id)),
        ],
    ]);
    if !entry.notes.trim().is_empty() {
        items.push(vec![
            strong(format!("{}:", m.notes)),
            text(" "),
            text(entry.notes.clone()),
        ]);
    }
    if !entry.owner.trim().is_empty() || entry.due.is_some() {
        let due = entry
            .due
            .map_or_else(|| m.not_given_f.to_string(), |d| d.to_string());
        items.push(vec![
            strong(format!("{}:", m.gap_owner)),
            text(" "),
            or_not_given(&entry.owner, m.not_given),
            text(" · "),
            strong(format!("{}:", m.due)),
            text(format!(" {due}")),
        ]);
    }
    decisions::gap_marks(&mut items, entry, standing, m);
    items.push(vec![
        strong(format!("{}:", m.what_to_do)),
        text(" "),
        text(question.remedy.get(lang)),
    ]);
    setting_plans_and_dates(&mut items, question, report, m);
    let links = link_spans(&question.links, report);
    if !links.is_empty() {
        let mut item = vec![strong(format!("{}:", m.links)), text(" ")];
        item.extend(links);
        items.push(item);
    }
    items
}

/// Where the setting is, the plans it needs and the dated facts it
/// relies on (with the days left on the report's day).
fn setting_plans_and_dates<'a>(
    items: &mut Vec<Vec<Span<'a>>>,
    question: &crate::questionnaire::Question,
    report: &Report,
    m: &ReportWords,
) {
    let (q, lang) = (report.questionnaire, report.lang);
    if let Some(url) = q.admin_link(question, &report.assessment.metadata.instance) {
        items.push(vec![
            strong(format!("{}:", m.setting_at)),
            text(" "),
            auto(url),
        ]);
    }
    if let Some(plans) = q.plans_needed(question, lang) {
        items.push(vec![
            strong(format!("{}:", m.needs_plan)),
            text(" "),
            text(plans),
        ]);
    }
    for d in q.deadlines_of(question) {
        let line = crate::messages::deadline_line(lang, d.day, d.what.get(lang), report.as_of);
        items.push(vec![
            strong(format!("{}:", m.deadline)),
            text(" "),
            text(line),
        ]);
    }
}

/// The answer, flagged or taken from the probe.
fn answer_item<'a>(
    answer: crate::assessment::Answer,
    entry: &crate::assessment::Entry,
    lang: crate::lang::Lang,
    m: &ReportWords,
) -> Vec<Span<'a>> {
    let mut item = vec![
        strong(format!("{}:", m.answer)),
        text(format!(" {}", m.answer_word(answer))),
    ];
    if entry.flagged {
        item.push(text(format!(" · {}", m.flagged)));
    }
    if entry.from_probe {
        let w = crate::messages::words::probe(lang);
        item.push(text(format!(" · {}", w.from_probe)));
    }
    item
}
