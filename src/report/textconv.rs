//! An assessment as one line per question (`show --git`, git's textconv),
//! so that `git diff` and `git log -p` read as answers: a changed answer,
//! owner or note is one line out and one line in.

use std::fmt::Write as _;

use crate::assessment::{Assessment, Entry};

/// The longest note shown, in characters: enough to tell two apart.
const NOTE_CHARS: usize = 60;

/// The lines of `assessment`, its questions in `order` (the file's), then
/// any others in id order.
pub fn render(assessment: &Assessment, order: &[String]) -> String {
    let mut out = String::new();
    let m = &assessment.metadata;
    let q = &assessment.questionnaire;
    let _ = writeln!(
        out,
        "questionnaire: {} {}",
        crate::sanitize::one_line(&q.id),
        crate::sanitize::one_line(&q.version)
    );
    for (key, value) in [
        ("organization", &m.organization),
        ("instance", &m.instance),
        ("assessor", &m.assessor),
    ] {
        let line = format!("{key}: {}", crate::sanitize::one_line(value));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let mut ids: Vec<&str> = order.iter().map(String::as_str).collect();
    let known: std::collections::HashSet<&str> = ids.iter().copied().collect();
    ids.extend(
        assessment
            .answers
            .keys()
            .chain(assessment.observations.keys())
            .map(String::as_str)
            .filter(|id| !known.contains(id)),
    );
    let mut seen = std::collections::HashSet::new();
    for raw in ids.into_iter().filter(|id| seen.insert(*id)) {
        let id = shown_id(raw);
        let id = id.as_str();
        if let Some(entry) = assessment.answers.get(raw) {
            let _ = writeln!(out, "{id}: {}", entry_line(entry));
        }
        if let Some(conflict) = assessment.conflicts.get(raw) {
            let fields: Vec<&str> = conflict.fields.iter().map(|f| f.as_str()).collect();
            let mut theirs = entry_line(&conflict.theirs);
            for gone in &conflict.removed {
                theirs.push_str(&format!(
                    " · evidence {} removed",
                    crate::sanitize::one_line(gone)
                ));
            }
            let _ = writeln!(
                out,
                "{id}: CONFLICT ({}), other branch: {theirs}",
                fields.join(", ")
            );
        }
        for seen in assessment.observations(raw) {
            let day = seen.fetched_at.strftime("%Y-%m-%d");
            let value = match &seen.value {
                crate::assessment::Observed::Flag(on) => on.to_string(),
                crate::assessment::Observed::Count(n) => n.to_string(),
                crate::assessment::Observed::Word(word) => crate::sanitize::one_line(word.as_str()),
            };
            let _ = writeln!(
                out,
                "{id}: probe {} {} → {} ({day})",
                crate::sanitize::one_line(seen.rule.as_str()),
                value,
                seen.suggests.as_str()
            );
        }
    }
    out
}

/// An id as it is shown: as it is when it has a questionnaire id's shape
/// ([`crate::questionnaire::is_valid_id`]), else in quotes on one line,
/// so that an id a file made up can never pass for lines of other
/// questions.
fn shown_id(id: &str) -> String {
    if crate::questionnaire::is_valid_id(id) {
        id.to_string()
    } else {
        format!("\"{}\"", crate::sanitize::one_line(id).replace('"', "\\\""))
    }
}

/// One question's record on one line.
fn entry_line(e: &Entry) -> String {
    let mut parts = vec![e.answer.map_or("unanswered", |a| a.as_str()).to_string()];
    if e.from_probe {
        parts.push("from probe".into());
    }
    if !e.justification.is_empty() {
        parts.push(format!(
            "justification \"{}\"",
            crate::sanitize::one_line_cut(&e.justification, NOTE_CHARS)
        ));
    }
    if !e.owner.is_empty() {
        parts.push(format!("owner {}", crate::sanitize::one_line(&e.owner)));
    }
    if let Some(due) = e.due {
        parts.push(format!("due {due}"));
    }
    if e.flagged {
        parts.push("flagged".into());
    }
    if !e.notes.is_empty() {
        parts.push(format!(
            "notes \"{}\"",
            crate::sanitize::one_line_cut(&e.notes, NOTE_CHARS)
        ));
    }
    if let Some(a) = &e.acceptance {
        parts.push(format!(
            "risk accepted by {} until {}",
            crate::sanitize::one_line(&a.by),
            a.until
        ));
    }
    for evidence in &e.evidence {
        parts.push(format!(
            "evidence {} ({})",
            crate::sanitize::one_line(&evidence.reference),
            evidence.observed
        ));
    }
    parts.join(" · ")
}
