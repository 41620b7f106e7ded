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
            "No saved assessments in {}.\nCreate one with: srm-assess new NAME\n",
            data.assessments().display()
        ));
    }
    let questionnaire = load_questionnaire(questionnaire_path)?;
    let mut rows = vec![
        [
            "NAME",
            "QUESTIONNAIRE",
            "PROGRESS",
            "GAPS",
            "LAST CHANGE",
            "NOTES",
        ]
        .map(String::from),
    ];
    rows.extend(files.iter().map(|path| row(path, &questionnaire)));
    print(&table(&rows))
}

fn row(path: &Path, questionnaire: &Questionnaire) -> [String; 6] {
    let name = store::display_name(path);
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            return [
                name,
                "—".into(),
                "—".into(),
                "—".into(),
                "—".into(),
                format!("unreadable: {e}"),
            ];
        }
    };
    let assessment = match file::parse(&text) {
        Ok(a) => a,
        Err(e) => {
            let note = format!(
                "broken at line {}, column {}: {}",
                e.position.line, e.position.column, e.message
            );
            return [name, "—".into(), "—".into(), "—".into(), "—".into(), note];
        }
    };
    let reference = format!(
        "{} {}",
        assessment.questionnaire.id, assessment.questionnaire.version
    );
    let changed = assessment
        .updated
        .to_zoned_datetime(TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string();
    if assessment.questionnaire.id != questionnaire.id {
        let answered = assessment
            .answers
            .values()
            .filter(|e| e.answer.is_some())
            .count();
        let note = "another questionnaire: use --questionnaire".to_string();
        return [
            name,
            reference,
            format!("{answered} answered"),
            "—".into(),
            changed,
            note,
        ];
    }
    let tally = score::breakdown(questionnaire, &assessment).overall;
    let mut notes = Vec::new();
    if tally.needs_review > 0 {
        notes.push(format!(
            "{} to review (question changed)",
            tally.needs_review
        ));
    }
    let retired = assessment.retired_ids(questionnaire).count();
    if retired > 0 {
        notes.push(format!("{retired} retired question(s) kept"));
    }
    [
        name,
        reference,
        format!("{}/{}", tally.answered, tally.total),
        tally.gaps().to_string(),
        changed,
        notes.join("; "),
    ]
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
