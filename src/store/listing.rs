//! One line of facts about a saved assessment file, for `list` and the
//! interface's start screen: progress, gaps, last change, and what else to
//! know. An unreadable file is described, never fatal.

use std::path::Path;

use crate::assessment::file;
use crate::questionnaire::Questionnaire;
use crate::score;

/// One assessment as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Its name.
    pub name: String,
    /// Questionnaire id and version.
    pub questionnaire: String,
    /// Answered out of total.
    pub progress: String,
    /// Number of gaps.
    pub gaps: String,
    /// Last change, local time.
    pub changed: String,
    /// What else to know (broken, retired, to review).
    pub notes: String,
    /// Whether the file could not be read as an assessment.
    pub broken: bool,
}

impl Row {
    /// The row as the six columns of `list`.
    pub fn cells(self) -> [String; 6] {
        [
            self.name,
            self.questionnaire,
            self.progress,
            self.gaps,
            self.changed,
            self.notes,
        ]
    }

    fn unreadable(name: String, notes: String) -> Self {
        let dash = || "—".to_string();
        Row {
            name,
            questionnaire: dash(),
            progress: dash(),
            gaps: dash(),
            changed: dash(),
            notes,
            broken: true,
        }
    }
}

/// Summarizes one assessment file as of a day (overdue gaps, expired
/// acceptances, stale evidence); an unreadable file says why in `notes`.
pub fn row(path: &Path, questionnaire: &Questionnaire, as_of: jiff::civil::Date) -> Row {
    let name = super::display_name(path);
    // Never waits on a FIFO or a device put where an assessment should be.
    let read = super::regular::read(path, super::MAX_ASSESSMENT_BYTES)
        .map_err(super::regular::ReadError::into_io);
    let text = match read.and_then(|(bytes, _)| {
        String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }) {
        Ok(text) => text,
        Err(e) => return Row::unreadable(name, crate::messages::list_cannot_read(e)),
    };
    let assessment = match file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            let (line, column) = (e.position.line, e.position.column);
            let note = crate::messages::list_broken(line, column, &e.message);
            return Row::unreadable(name, note);
        }
    };
    // As it stood that day (the same rule as `report --as-of`).
    let assessment = match assessment.as_of(as_of, &crate::clock::system_zone()) {
        Some(past) => past.assessment,
        None => {
            let created = crate::assessment::local_date(assessment.created);
            let notes = crate::messages::list_not_created(created);
            return Row {
                broken: false,
                ..Row::unreadable(name, notes)
            };
        }
    };
    let recorded = &assessment.questionnaire;
    let reference = format!("{} {}", recorded.id, recorded.version);
    let changed = assessment
        .updated
        .to_zoned_datetime(crate::clock::system_zone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string();
    // An assessment of another questionnaire is read with the file it
    // recorded, when that is still there.
    let remembered = (recorded.id != questionnaire.id)
        .then(|| super::questionnaire_file::load(path, recorded))
        .flatten();
    let questionnaire = remembered.as_ref().unwrap_or(questionnaire);
    if recorded.id != questionnaire.id {
        let answered = assessment
            .answers
            .values()
            .filter(|e| e.answer.is_some())
            .count();
        return Row {
            name,
            questionnaire: reference,
            progress: crate::messages::list_answered(answered),
            gaps: "—".into(),
            changed,
            notes: crate::messages::list_other_questionnaire(),
            broken: false,
        };
    }
    let tally = score::breakdown(questionnaire, &assessment).overall;
    let mut notes = Vec::new();
    if tally.needs_review > 0 {
        notes.push(crate::messages::list_to_review(tally.needs_review));
    }
    // The row shows nothing that depends on evidence files' content, so
    // they are not read (hashing them would slow every listing).
    let (audit, _) = crate::assessment::decisions::audit(questionnaire, &assessment, as_of, None);
    if audit.overdue > 0 {
        notes.push(crate::messages::list_overdue(audit.overdue));
    }
    if audit.expired > 0 {
        notes.push(crate::messages::list_expired(audit.expired));
    }
    if audit.stale > 0 {
        notes.push(crate::messages::list_stale(audit.stale));
    }
    let contradicted = assessment.contradicted(questionnaire).count();
    if contradicted > 0 {
        notes.push(crate::messages::list_contradicted(contradicted));
    }
    let retired = assessment.retired_ids(questionnaire).count();
    if retired > 0 {
        notes.push(crate::messages::list_retired(retired));
    }
    Row {
        name,
        questionnaire: reference,
        progress: format!("{}/{}", tally.answered, tally.total),
        gaps: audit.gaps().to_string(),
        changed,
        notes: notes.join("; "),
        broken: false,
    }
}
