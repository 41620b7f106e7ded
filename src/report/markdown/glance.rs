//! The report's "at a glance" part: the score per section, its table
//! and chart.

use super::*;

pub(super) fn at_a_glance(md: &mut Markdown, model: &Model, charts: bool, m: &ReportWords) {
    let report = &model.report;
    md.heading(2, &[text(m.at_a_glance)]);
    let t = &model.score.overall;
    let earned = m.points_of(&points(t.earned()), t.possible);
    let audit = &model.audit;
    let gaps = m.gaps_open_accepted(audit);
    let provisional = if t.provisional() {
        format!(" ({})", m.provisional())
    } else {
        String::new()
    };
    md.paragraph(&[
        text(format!("{}: ", m.overall_score)),
        strong(format_percent(t.percent())),
        text(format!(
            " ({earned}) {}{provisional} · {gaps}",
            m.score_coverage(t.answered, t.total, &format_percent(t.coverage_percent()))
        )),
    ]);
    decisions::counts(md, audit, m, report.files.digests().is_some());
    md.paragraph(&[text(m.score_explained)]);
    let mut header = vec![m.section, m.answered];
    header.extend(Answer::ALL.map(|a| m.answer_word(a)));
    header.extend([m.score, m.audit().evidence_backed]);
    let mut align = vec![Align::Left];
    align.extend([Align::Right; 8]);
    let mut rows: Vec<Vec<Vec<Span>>> = report
        .questionnaire
        .sections
        .iter()
        .zip(&model.score.sections)
        .zip(&model.audit_sections)
        .map(|((section, tally), audit)| {
            tally_row(vec![text(section.heading(report.lang))], tally, audit)
        })
        .collect();
    rows.push(tally_row(vec![strong(m.total)], t, audit));
    md.table(&header, &align, &rows);
    if charts {
        score_chart(md, report, model);
    }
}

/// The Mermaid chart of the sections' scores. The axis names sections by
/// number (the table above has titles); a section with nothing scored is
/// left out and named below, never drawn as a 0% bar beside a real 0%.
pub(super) fn score_chart(md: &mut Markdown, report: &Report, model: &Model) {
    let mut left_out = Vec::new();
    let bars: Vec<crate::report::chart::Bar> = crate::report::chart::score_bars(model)
        .into_iter()
        .zip(report.questionnaire.sections.iter())
        .zip(&model.score.sections)
        .filter_map(|((bar, section), tally)| {
            if tally.percent().is_none() {
                left_out.push(section.number.to_string());
                return None;
            }
            Some(crate::report::chart::Bar {
                label: section.number.to_string(),
                ..bar
            })
        })
        .collect();
    if !bars.is_empty() {
        let title = report.messages().chart_score;
        md.fenced(
            "mermaid",
            &crate::report::chart::mermaid(title, &bars, 100.0),
        );
    }
    if !left_out.is_empty() {
        let sections = left_out.join(", ");
        md.paragraph(&[text(crate::messages::chart_left_out(
            report.lang,
            &sections,
        ))]);
    }
}

pub(super) fn tally_row<'a>(
    first: Vec<Span<'a>>,
    t: &Tally,
    audit: &AuditTally,
) -> Vec<Vec<Span<'a>>> {
    let mut row = vec![first, vec![text(format!("{}/{}", t.answered, t.total))]];
    row.extend(
        Answer::ALL
            .iter()
            .map(|a| vec![text(t.count(*a).to_string())]),
    );
    row.push(vec![text(format_percent(t.percent()))]);
    row.push(vec![text(format_percent(audit.backed_percent()))]);
    row
}
