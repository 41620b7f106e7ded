//! The Markdown report's `--since` part: the score then and now, what got
//! worse first, then better, newly answered questions counted per section,
//! and the decisions and evidence that changed.

use crate::assessment::Answer;
use crate::messages::ReportWords;
use crate::report::compare::Kind;
use crate::report::md_writer::{Markdown, Span, text};
use crate::report::model::Model;
use crate::score::format_percent;

pub(crate) fn since(md: &mut Markdown, model: &Model, m: &ReportWords) {
    let Some(since) = &model.since else {
        return;
    };
    let (report, changes) = (&model.report, &since.changes);
    md.heading(2, &[text(m.since_heading(since.name))]);
    let q = report.questionnaire;
    let old = since.score.overall.percent();
    let new = model.score.overall.percent();
    md.paragraph(&[text(
        m.score_was(&format_percent(old), &format_percent(new)),
    )]);
    let word = |a: Option<Answer>| a.map_or(m.unanswered, |a| m.answer_word(a));
    let mut any = false;
    // Detail-only changes (notes, owner) are for `diff`, not the report;
    // newly answered questions are counted per section here and listed in
    // the appendix.
    for kind in Kind::ALL
        .into_iter()
        .filter(|k| !matches!(k, Kind::Details | Kind::NewlyAnswered))
    {
        let heading = kind.heading(m);
        let items: Vec<Vec<Span>> = changes
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| {
                let label = q
                    .question(&c.id)
                    .map_or_else(|| c.id.clone(), |x| x.text.get(report.lang).to_string());
                vec![
                    text(label),
                    text(format!(" ({}): {} → {}", c.id, word(c.old), word(c.new))),
                ]
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        any = true;
        md.heading(3, &[text(heading)]);
        md.bullets(&items);
    }
    let decisions = decisions(model, m);
    let per_section = newly_per_section(model);
    if !per_section.is_empty() {
        any = true;
        md.heading(3, &[text(Kind::NewlyAnswered.heading(m))]);
        md.bullets(&per_section);
    }
    if !decisions.is_empty() {
        any = true;
        md.heading(3, &[text(m.decisions_heading)]);
        md.bullets(&decisions);
    }
    if !any {
        md.paragraph(&[text(m.nothing_changed)]);
    }
}

/// The decisions and evidence that changed, one bullet each.
fn decisions<'a>(model: &'a Model, m: &ReportWords) -> Vec<Vec<Span<'a>>> {
    let (report, changes) = (&model.report, model.changes());
    let q = report.questionnaire;
    changes
        .iter()
        .flat_map(|c| {
            c.details.iter().filter(|d| d.is_audit()).map(move |d| {
                let label = q
                    .question(&c.id)
                    .map_or_else(|| c.id.clone(), |x| x.text.get(report.lang).to_string());
                vec![text(label), text(format!(" ({}): {}", c.id, d.describe(m)))]
            })
        })
        .collect()
}

/// How many questions were newly answered, per section.
fn newly_per_section<'a>(model: &'a Model) -> Vec<Vec<Span<'a>>> {
    let (report, changes) = (&model.report, model.changes());
    let q = report.questionnaire;
    let newly = |c: &&crate::report::compare::Change| c.kind == Kind::NewlyAnswered;
    q.sections
        .iter()
        .filter_map(|section| {
            let n = changes
                .iter()
                .filter(newly)
                .filter(|c| {
                    q.question(&c.id)
                        .is_some_and(|x| q.sections[x.section].id == section.id)
                })
                .count();
            (n > 0).then(|| vec![text(format!("{}: {n}", section.heading(report.lang)))])
        })
        .collect()
}
