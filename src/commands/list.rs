//! `srm-assess list`: the saved assessments as a table.

use std::path::Path;

use jiff::tz::TimeZone;

use super::{load_questionnaire, print};
use crate::assessment::file;
use crate::error::Failure;
use crate::questionnaire::Questionnaire;
use crate::score;
use crate::store::{self, DataDir};

/// Prints one row per assessment in the data folder; an unreadable file is
/// listed with where it is broken rather than stopping the list.
pub fn run(questionnaire_path: Option<&Path>, data_dir: Option<&Path>) -> Result<(), Failure> {
    let data = DataDir::resolve(data_dir)?;
    let files = data.list()?;
    if files.is_empty() {
        return print(&format!(
            "{}\n",
            crate::messages::nothing_saved(&data.assessments())
        ));
    }
    let questionnaire = load_questionnaire(questionnaire_path)?;
    let mut rows = vec![crate::messages::list_header()];
    rows.extend(files.iter().map(|path| row(path, &questionnaire).cells()));
    print(&table(&rows))
}

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
    fn cells(self) -> [String; 6] {
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

/// Summarizes one assessment file; an unreadable file says why in `notes`.
pub fn row(path: &Path, questionnaire: &Questionnaire) -> Row {
    let name = store::display_name(path);
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return Row::unreadable(name, format!("unreadable: {e}")),
    };
    let assessment = match file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            let (line, column) = (e.position.line, e.position.column);
            let note = format!("broken at line {line}, column {column}: {}", e.message);
            return Row::unreadable(name, note);
        }
    };
    let recorded = &assessment.questionnaire;
    let reference = format!("{} {}", recorded.id, recorded.version);
    let changed = assessment
        .updated
        .to_zoned_datetime(TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string();
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
    let retired = assessment.retired_ids(questionnaire).count();
    if retired > 0 {
        notes.push(crate::messages::list_retired(retired));
    }
    Row {
        name,
        questionnaire: reference,
        progress: format!("{}/{}", tally.answered, tally.total),
        gaps: tally.gaps().to_string(),
        changed,
        notes: notes.join("; "),
        broken: false,
    }
}

/// Left-aligned columns separated by two spaces, no trailing spaces.
fn table(rows: &[[String; 6]]) -> String {
    let mut widths = [0usize; 6];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - cell.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
