//! The fleet report as CSV: one row per instance and section (the heat
//! map's cells with their coverage), for a spreadsheet's pivot table.

use super::Fleet;
use crate::report::ReportError;
use crate::report::csv::{Separator, defuse, write_all};
use crate::score::format_percent;

/// The columns.
const HEADER: [&str; 8] = [
    "instance",
    "organization",
    "questionnaire",
    "section",
    "score",
    "answered",
    "total",
    "overall_score",
];

/// The fleet as CSV, with `separator`.
pub fn render(fleet: &Fleet, separator: Separator) -> Result<String, ReportError> {
    let mut rows = Vec::new();
    for (i, h) in fleet.hygiene.iter().enumerate() {
        for row in &fleet.heat {
            let Some(cell) = row.cells[i] else {
                continue;
            };
            rows.push(vec![
                defuse(&h.name),
                defuse(&h.organization),
                defuse(&h.questionnaire),
                defuse(&row.id),
                format_percent(cell.percent),
                cell.answered.to_string(),
                cell.total.to_string(),
                format_percent(h.score),
            ]);
        }
    }
    write_all(&HEADER, rows, separator)
}
