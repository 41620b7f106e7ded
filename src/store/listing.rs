//! One line of facts about a saved assessment file, for `list` and the
//! interface's start screen: progress, gaps, last change, and what else to
//! know. An unreadable file is described, never fatal.

use std::path::Path;

use crate::assessment::file;
use crate::questionnaire::Questionnaire;
use crate::score;

/// One assessment as listed: facts, worded by `messages::list_cells`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its name.
    pub name: String,
    /// What could be learnt from the file.
    pub state: RowState,
}

/// What a listing found in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowState {
    /// The file could not be read, or is not an assessment.
    Unreadable(Unreadable),
    /// The assessment was created after the day asked for.
    NotYetCreated {
        /// The day it was created.
        created: jiff::civil::Date,
    },
    /// It answers another questionnaire, which is not at hand.
    OtherQuestionnaire {
        /// Questionnaire id and version.
        reference: String,
        /// How many questions are answered.
        answered: usize,
        /// When it last changed.
        updated: jiff::Timestamp,
    },
    /// Read with its questionnaire.
    Listed(Counts),
}

/// Why a file could not be listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a regular file (a folder, a FIFO, a device): never read.
    NotRegular,
    /// Reading failed (too big, not UTF-8, an I/O error): the system's words.
    Io(String),
    /// A git merge without the driver left conflict markers, from this
    /// line (1-based).
    MergeMarkers(usize),
    /// Not a valid assessment, and where.
    Broken {
        /// Line, 1-based.
        line: usize,
        /// Column, 1-based.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// Where an assessment stands, for one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    /// Questionnaire id and version.
    pub reference: String,
    /// Questions answered.
    pub answered: usize,
    /// Questions in the questionnaire.
    pub total: usize,
    /// Gaps (open and accepted).
    pub gaps: usize,
    /// When it last changed.
    pub updated: jiff::Timestamp,
    /// Answers to questions reworded since.
    pub to_review: usize,
    /// Gaps past their due date.
    pub overdue: usize,
    /// Risk acceptances that ran out.
    pub expired: usize,
    /// Evidence past its review period.
    pub stale: usize,
    /// Answers the probe contradicts.
    pub contradicted: usize,
    /// Answers to questions no longer in the questionnaire.
    pub retired: usize,
    /// Questions a git merge left in conflict.
    pub conflicts: usize,
}

impl Row {
    /// Whether the file could not be read as an assessment.
    pub fn broken(&self) -> bool {
        matches!(self.state, RowState::Unreadable(_))
    }
}

/// Summarizes one assessment file as of a day (overdue gaps, expired
/// acceptances, stale evidence); an unreadable file says why.
/// `vouched`: the questionnaire files the user vouched for.
pub fn row(
    path: &Path,
    questionnaire: &Questionnaire,
    as_of: jiff::civil::Date,
    vouched: &super::questionnaire_file::Vouched,
) -> Row {
    let name = super::display_name(path);
    Row {
        name,
        state: state(path, questionnaire, as_of, vouched),
    }
}

/// The questionnaire `recorded` names, by the one rule of every front end
/// ([`super::questionnaire_file::resolve`]), when it is there and of the
/// recorded id; a row says nothing about why it is not.
fn recorded_questionnaire(
    path: &Path,
    recorded: &crate::assessment::QuestionnaireRef,
    vouched: &super::questionnaire_file::Vouched,
) -> Option<Questionnaire> {
    match super::questionnaire_file::resolve(path, recorded, vouched) {
        Ok(super::questionnaire_file::Resolved::Read { questionnaire, .. }) => {
            Some(*questionnaire).filter(|q| q.id == recorded.id)
        }
        _ => None,
    }
}

fn state(
    path: &Path,
    questionnaire: &Questionnaire,
    as_of: jiff::civil::Date,
    vouched: &super::questionnaire_file::Vouched,
) -> RowState {
    // Never waits on a FIFO or a device put where an assessment should be.
    let read = match super::regular::read(path, super::MAX_ASSESSMENT_BYTES) {
        Err(super::regular::ReadError::NotRegular) => {
            return RowState::Unreadable(Unreadable::NotRegular);
        }
        read => read.map_err(super::regular::ReadError::into_io),
    };
    let text = match read.and_then(|(bytes, _)| {
        String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }) {
        Ok(text) => text,
        Err(e) => return RowState::Unreadable(Unreadable::Io(e.to_string())),
    };
    if let Some(line) = super::merge_marker_line(&text) {
        return RowState::Unreadable(Unreadable::MergeMarkers(line));
    }
    let assessment = match file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            return RowState::Unreadable(Unreadable::Broken {
                line: e.position.line,
                column: e.position.column,
                message: e.message,
            });
        }
    };
    // As it stood that day (the same rule as `report --as-of`).
    let assessment = match assessment.as_of(as_of, &crate::clock::system_zone()) {
        Some(past) => past.assessment,
        None => {
            let created = crate::assessment::local_date(assessment.created);
            return RowState::NotYetCreated { created };
        }
    };
    let recorded = &assessment.questionnaire;
    let reference = format!("{} {}", recorded.id, recorded.version);
    // An assessment of another questionnaire is read with the file it
    // recorded, when that is still there.
    let remembered = (recorded.id != questionnaire.id)
        .then(|| recorded_questionnaire(path, recorded, vouched))
        .flatten();
    let questionnaire = remembered.as_ref().unwrap_or(questionnaire);
    if recorded.id != questionnaire.id {
        let answered = assessment
            .answers
            .values()
            .filter(|e| e.answer.is_some())
            .count();
        return RowState::OtherQuestionnaire {
            reference,
            answered,
            updated: assessment.updated(),
        };
    }
    let tally = score::breakdown(questionnaire, &assessment).overall;
    // The row shows nothing that depends on evidence files' content, so
    // they are not read (hashing them would slow every listing).
    let (audit, _) = crate::assessment::decisions::audit(questionnaire, &assessment, as_of, None);
    RowState::Listed(Counts {
        reference,
        answered: tally.answered,
        total: tally.total,
        gaps: audit.gaps(),
        updated: assessment.updated(),
        to_review: tally.needs_review,
        overdue: audit.overdue,
        expired: audit.expired,
        stale: audit.stale,
        contradicted: assessment.contradicted(questionnaire).count(),
        retired: assessment.retired_ids(questionnaire).count(),
        conflicts: assessment.conflicts.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_facts_not_words() {
        let dir = tempfile::tempdir().expect("tempdir");
        let q = crate::questionnaire::builtin().expect("built in");
        let today = jiff::civil::date(2026, 12, 1);
        let broken = dir.path().join("b.toml");
        std::fs::write(&broken, "format = 1\nanswers = 3\n").expect("write");
        let row = row(&broken, &q, today, &Default::default());
        assert_eq!(row.name, "b");
        assert!(row.broken());
        assert!(matches!(
            row.state,
            RowState::Unreadable(Unreadable::Broken { .. })
        ));
        let folder = dir.path().join("f.toml");
        std::fs::create_dir(&folder).expect("folder");
        assert!(matches!(
            super::row(&folder, &q, today, &Default::default()).state,
            RowState::Unreadable(Unreadable::NotRegular)
        ));
    }
}
