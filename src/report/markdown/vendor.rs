//! The Markdown report's parts about the vendor: what it covers, once per
//! section with a gap, and the useful links with its security contact.

use crate::assessment::Answer;
use crate::messages::ReportWords;
use crate::questionnaire::Section;
use crate::report::Report;
use crate::report::md_writer::{Markdown, Span, auto, link, strong, text};

/// What the vendor covers, once per section that has a gap (not under
/// every gap of it).
pub(crate) fn vendor_side(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let q = report.questionnaire;
    let with_gaps: Vec<&Section> = q
        .sections
        .iter()
        .filter(|s| !s.vendor_items.is_empty())
        .filter(|s| {
            q.section_questions(s)
                .iter()
                .any(|x| report.assessment.answer(&x.id).is_some_and(Answer::is_gap))
        })
        .collect();
    if with_gaps.is_empty() {
        return;
    }
    md.heading(2, &[text(m.vendor_covers(&q.vendor))]);
    for section in with_gaps {
        md.heading(3, &[text(section.heading(report.lang))]);
        let items: Vec<Vec<Span>> = section
            .vendor_items
            .iter()
            .map(|v| {
                vec![
                    text(format!("{} ", v.reference)),
                    text(v.text.get(report.lang)),
                ]
            })
            .collect();
        md.bullets(&items);
    }
}

pub(crate) fn useful_links(md: &mut Markdown, report: &Report, m: &ReportWords) {
    let q = report.questionnaire;
    md.heading(2, &[text(m.useful_links)]);
    let mut general = vec![vec![link(q.source.title.get(report.lang), &*q.source.url)]];
    general.extend(
        q.general_links
            .iter()
            .filter_map(|id| q.link(id))
            .map(|l| vec![link(l.title.get(report.lang), l.url_for(report.lang))]),
    );
    md.heading(3, &[text(m.general)]);
    md.bullets(&general);
    for section in q.sections.iter() {
        let items: Vec<Vec<Span>> = section
            .links
            .iter()
            .filter_map(|id| q.link(id))
            .map(|l| vec![link(l.title.get(report.lang), l.url_for(report.lang))])
            .collect();
        if items.is_empty() {
            continue;
        }
        md.heading(3, &[text(section.heading(report.lang))]);
        md.bullets(&items);
    }
    let contact = m.security_contact(&q.vendor);
    md.paragraph(&[
        strong(format!("{contact}:")),
        text(" "),
        auto(q.security_contact.as_ref()),
    ]);
}
