//! What `list` and the start screen say of saved assessments.

use std::fmt::Display;
use std::path::Path;

use super::super::{p, pick};
use crate::lang::Lang;

/// `list` with nothing saved.
pub fn nothing_saved(l: Lang, dir: &Path) -> String {
    let dir = p(dir);
    say!(
        l,
        "No saved assessments in {dir}.\nCreate one with: srm-assess new NAME",
        "Nessuna valutazione salvata in {dir}.\nCreatene una con: srm-assess new NOME",
    )
}

/// `list`'s column headings.
pub fn list_header(l: Lang) -> [String; 6] {
    match l {
        Lang::En => [
            "NAME",
            "QUESTIONNAIRE",
            "PROGRESS",
            "GAPS",
            "LAST CHANGE",
            "NOTES",
        ],
        Lang::It => [
            "NOME",
            "QUESTIONARIO",
            "AVANZAMENTO",
            "LACUNE",
            "ULTIMA MODIFICA",
            "NOTE",
        ],
    }
    .map(String::from)
}

/// `list`: answers to another questionnaire.
pub fn list_answered(l: Lang, n: usize) -> String {
    say!(l, "{n} answered", "{n} con risposta")
}

/// A `list` row's note for a file a merge without the driver left
/// conflict markers in.
pub fn list_merge_markers(l: Lang, line: usize) -> String {
    say!(
        l,
        "git merge conflict from line {line} (merged without the srm-assess driver): srm-assess show says how to redo it",
        "conflitto di merge git dalla riga {line} (unito senza il driver di srm-assess): srm-assess show spiega come rifarlo",
    )
}

/// One row of `list`, worded: name, questionnaire, progress, gaps, last
/// change (local time) and what else to know.
pub fn list_cells(l: Lang, row: &crate::store::listing::Row) -> [String; 6] {
    use crate::store::listing::{RowState, Unreadable};
    let dash = || "—".to_string();
    let name = row.name.clone();
    match &row.state {
        RowState::Unreadable(why) => {
            let note = match why {
                Unreadable::NotRegular => {
                    list_cannot_read(l, crate::messages::refused_not_regular(l))
                }
                Unreadable::Io(e) => list_cannot_read(l, e),
                Unreadable::MergeMarkers(line) => list_merge_markers(l, *line),
                Unreadable::Broken {
                    line,
                    column,
                    message,
                } => list_broken(l, *line, *column, message),
            };
            [name, dash(), dash(), dash(), dash(), note]
        }
        RowState::NotYetCreated { created } => [
            name,
            dash(),
            dash(),
            dash(),
            dash(),
            list_not_created(l, *created),
        ],
        RowState::OtherQuestionnaire {
            reference,
            answered,
            updated,
        } => [
            name,
            reference.clone(),
            list_answered(l, *answered),
            dash(),
            local_minute(*updated),
            list_other_questionnaire(l),
        ],
        RowState::Listed(c) => {
            let notes: Vec<String> = [
                (c.to_review, list_to_review as fn(Lang, usize) -> String),
                (c.overdue, super::list_overdue),
                (c.expired, super::list_expired),
                (c.stale, super::list_stale),
                (c.contradicted, super::list_contradicted),
                (c.retired, list_retired),
                (c.conflicts, crate::messages::list_conflicts),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| word(l, n))
            .collect();
            [
                name,
                c.reference.clone(),
                format!("{}/{}", c.answered, c.total),
                c.gaps.to_string(),
                local_minute(c.updated),
                notes.join("; "),
            ]
        }
    }
}

/// A moment as the listing shows it: local time, to the minute.
fn local_minute(at: jiff::Timestamp) -> String {
    at.to_zoned_datetime(crate::clock::system_zone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// `list --as-of`: an assessment created after that day.
pub fn list_not_created(l: Lang, created: jiff::civil::Date) -> String {
    say!(
        l,
        "not created yet on that day (created {created})",
        "non ancora creata quel giorno (creata il {created})",
    )
}

/// `list`: an assessment of another questionnaire.
pub fn list_other_questionnaire(l: Lang) -> String {
    say!(
        l,
        "another questionnaire: use --questionnaire",
        "altro questionario: usate --questionnaire",
    )
}

/// `list`: answers to review.
pub fn list_to_review(l: Lang, n: usize) -> String {
    say!(
        l,
        "{n} to review (question changed)",
        "{n} da rivedere (domanda cambiata)"
    )
}

/// `list`: retired questions kept.
pub fn list_retired(l: Lang, n: usize) -> String {
    match (l, n) {
        (Lang::En, 1) => "1 retired question kept".into(),
        (Lang::En, n) => format!("{n} retired questions kept"),
        (Lang::It, 1) => "1 domanda ritirata conservata".into(),
        (Lang::It, n) => format!("{n} domande ritirate conservate"),
    }
}

/// `list`: why a file cannot be read.
pub fn list_cannot_read(l: Lang, e: impl Display) -> String {
    say!(l, "unreadable: {e}", "illeggibile: {e}")
}

/// `list`: where a file is broken.
pub fn list_broken(l: Lang, line: usize, column: usize, message: &str) -> String {
    say!(
        l,
        "broken at line {line}, column {column}: {message}",
        "danneggiato alla riga {line}, colonna {column}: {message}",
    )
}
