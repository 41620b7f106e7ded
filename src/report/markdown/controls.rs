//! The Markdown report's view by framework control (`--framework`).

use crate::messages::{controls_columns, controls_heading, controls_intro, standing_word};
use crate::report::Report;
use crate::report::controls::by_control;
use crate::report::md_writer::{Align, Markdown, Span, strong, text};

/// Each control of the framework asked for, where it stands and the
/// questions mapped to it; nothing without `--framework`.
pub(crate) fn by_framework(md: &mut Markdown, report: &Report) {
    let Some(framework) = report.framework else {
        return;
    };
    let l = report.lang;
    let rows = by_control(report, framework);
    let mapped = report
        .questionnaire
        .questions
        .iter()
        .filter(|q| !q.controls.of(framework).is_empty())
        .count();
    md.heading(2, &[text(controls_heading(l, framework.title()))]);
    md.paragraph(&[text(controls_intro(l, mapped, rows.len()))]);
    let table: Vec<Vec<Vec<Span>>> = rows
        .iter()
        .map(|row| {
            let questions = row
                .questions
                .iter()
                .map(|(q, s)| format!("{} ({}): {}", q.id, q.reference, standing_word(l, *s)))
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                vec![strong(row.id.to_string())],
                vec![text(standing_word(l, row.standing))],
                vec![text(questions)],
            ]
        })
        .collect();
    let columns = controls_columns(l);
    let header: Vec<&str> = columns.iter().map(String::as_str).collect();
    md.table(&header, &[Align::Left; 3], &table);
}
