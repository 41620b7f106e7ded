//! The fleet report in Markdown: heat map, shared gaps, hygiene, trend.

use super::{Cell, Fleet};
use crate::messages::{self, FleetWords};
use crate::report::md_writer::{Align, Markdown, Span, strong, text};
use crate::score::format_percent;

/// The fleet report as Markdown.
pub fn render(fleet: &Fleet) -> String {
    let l = fleet.lang;
    let w = messages::fleet_words(l);
    let mut md = Markdown::new();
    let subtitle = messages::fleet_subtitle(
        l,
        fleet.members.len(),
        &fleet.as_of.to_string(),
        fleet.only.as_deref(),
    );
    md.heading(1, &[text(format!("{} · {subtitle}", w.title))]);
    if fleet.members.is_empty() {
        md.paragraph(&[text(w.empty)]);
    } else {
        revisions(fleet, &mut md);
        heat(fleet, w, &mut md);
        shared(fleet, w, &mut md);
        hygiene(fleet, w, &mut md);
        trend(fleet, w, &mut md);
    }
    if !fleet.unread.is_empty() {
        md.heading(2, &[text(w.unread_heading)]);
        let items: Vec<Vec<Span>> = fleet
            .unread
            .iter()
            .map(|u| vec![strong(u.name.as_str()), text(format!(": {}", u.why))])
            .collect();
        md.bullets(&items);
    }
    md.finish()
}

fn revisions(fleet: &Fleet, md: &mut Markdown) {
    if fleet.revisions.len() < 2 {
        return;
    }
    let list = fleet
        .revisions
        .iter()
        .map(|(named, members)| format!("{named}: {}", members.join(", ")))
        .collect::<Vec<_>>()
        .join("; ");
    md.paragraph(&[text(messages::fleet_revisions(fleet.lang, &list))]);
}

/// A cell's bar: its score in three marks, so that it reads without
/// colour; a score on fewer than half the questions is provisional, never
/// shown as good or bad by its marks.
pub fn bar(cell: &Cell) -> &'static str {
    match cell.percent {
        None => "□□□",
        Some(_) if cell.provisional() => "░░░",
        Some(p) if p >= 80.0 => "■■■",
        Some(p) if p >= 50.0 => "■■□",
        Some(_) => "■□□",
    }
}

/// A cell as text: bar, score and coverage.
pub fn cell_text(cell: &Cell) -> String {
    format!(
        "{} {} ({}/{})",
        bar(cell),
        format_percent(cell.percent),
        cell.answered,
        cell.total
    )
}

fn heat(fleet: &Fleet, w: &FleetWords, md: &mut Markdown) {
    md.heading(2, &[text(w.heat_heading)]);
    md.paragraph(&[text(w.heat_legend)]);
    let mut header = vec![w.instance];
    header.extend(fleet.heat.iter().map(|r| r.heading.as_str()));
    let align: Vec<Align> = std::iter::once(Align::Left)
        .chain(fleet.heat.iter().map(|_| Align::Right))
        .collect();
    let rows: Vec<Vec<Vec<Span>>> = fleet
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut row = vec![vec![strong(m.name.as_str())]];
            row.extend(fleet.heat.iter().map(|r| {
                vec![text(r.cells[i].as_ref().map_or_else(
                    || w.not_in_questionnaire.to_string(),
                    cell_text,
                ))]
            }));
            row
        })
        .collect();
    md.table(&header, &align, &rows);
}

/// The names of `gaps`, at most six, then how many more.
pub fn names(gaps: &[String]) -> String {
    let mut out = gaps.iter().take(6).cloned().collect::<Vec<_>>().join(", ");
    if gaps.len() > 6 {
        out.push_str(&format!(", +{}", gaps.len() - 6));
    }
    out
}

fn shared(fleet: &Fleet, w: &FleetWords, md: &mut Markdown) {
    let l = fleet.lang;
    md.heading(2, &[text(w.shared_heading)]);
    if fleet.shared.is_empty() {
        md.paragraph(&[text(w.no_gaps)]);
        return;
    }
    md.paragraph(&[text(w.shared_intro)]);
    let rows: Vec<Vec<Vec<Span>>> = fleet
        .shared
        .iter()
        .map(|s| {
            let share = messages::fleet_share(l, s.gaps.len(), s.of);
            let counts = messages::fleet_counts(l, s.accepted, s.expired, s.contradicted);
            vec![
                vec![
                    strong(s.id.as_str()),
                    text(format!(" ({}) {}", s.reference, s.text)),
                ],
                vec![text(messages::words::severity(l, s.severity))],
                vec![text(format!("{share}: {}", names(&s.gaps)))],
                vec![text(counts)],
            ]
        })
        .collect();
    md.table(
        &[w.question, w.severity, w.instances, w.accepted],
        &[Align::Left, Align::Left, Align::Left, Align::Left],
        &rows,
    );
}

fn hygiene(fleet: &Fleet, w: &FleetWords, md: &mut Markdown) {
    md.heading(2, &[text(w.hygiene_heading)]);
    let rows: Vec<Vec<Vec<Span>>> = fleet
        .hygiene
        .iter()
        .map(|h| {
            let probed = h.probed.map_or_else(
                || w.never.to_string(),
                |t| t.strftime("%Y-%m-%d").to_string(),
            );
            vec![
                vec![strong(h.name.as_str())],
                vec![text(h.organization.as_str())],
                vec![text(h.questionnaire.as_str())],
                vec![text(format_percent(h.score))],
                vec![text(format!("{}/{}", h.answered, h.total))],
                vec![text(format_percent(h.backed))],
                vec![text(h.overdue.to_string())],
                vec![text(h.expired.to_string())],
                vec![text(h.contradicted.to_string())],
                vec![text(probed)],
            ]
        })
        .collect();
    use Align::{Left as L, Right as R};
    md.table(
        &[
            w.instance,
            w.organization,
            w.questionnaire,
            w.score,
            w.answered,
            w.backed,
            w.overdue,
            w.expired,
            w.contradicted,
            w.probed,
        ],
        &[L, L, L, R, R, R, R, R, R, L],
        &rows,
    );
}

fn trend(fleet: &Fleet, w: &FleetWords, md: &mut Markdown) {
    if !fleet.has_trend() {
        return;
    }
    md.heading(2, &[text(w.trend_heading)]);
    let rows: Vec<Vec<Vec<Span>>> = fleet
        .hygiene
        .iter()
        .filter_map(|h| h.trend.map(|t| (h, t)))
        .map(|(h, t)| {
            vec![
                vec![strong(h.name.as_str())],
                vec![text(format_percent(t.before))],
                vec![text(format_percent(h.score))],
                vec![text(t.improved.to_string())],
                vec![text(t.regressed.to_string())],
            ]
        })
        .collect();
    use Align::{Left as L, Right as R};
    md.table(
        &[w.instance, w.before, w.score, w.improved, w.regressed],
        &[L, R, R, R, R],
        &rows,
    );
    let without: Vec<String> = fleet
        .hygiene
        .iter()
        .filter(|h| h.trend.is_none())
        .map(|h| h.name.clone())
        .collect();
    if !without.is_empty() {
        md.paragraph(&[text(messages::fleet_no_older(fleet.lang, &names(&without)))]);
    }
    if fleet.at_once.is_empty() {
        return;
    }
    md.heading(3, &[text(w.at_once_heading)]);
    md.paragraph(&[text(w.at_once_intro)]);
    let items: Vec<Vec<Span>> = fleet
        .at_once
        .iter()
        .map(|r| {
            vec![
                strong(r.id.as_str()),
                text(format!(
                    " {}: {} ({})",
                    r.text,
                    messages::fleet_share(fleet.lang, r.members.len(), fleet.members.len()),
                    names(&r.members)
                )),
            ]
        })
        .collect();
    md.bullets(&items);
}
