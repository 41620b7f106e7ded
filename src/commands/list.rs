//! `srm-assess list`: the saved assessments as a table.

use super::{Context, print};
use crate::error::Failure;
use crate::store::listing::row;

/// Prints one row per assessment in the data folder; an unreadable file is
/// listed with where it is broken rather than stopping the list.
pub fn run(as_of: Option<jiff::civil::Date>, ctx: &Context) -> Result<(), Failure> {
    let as_of = as_of.unwrap_or_else(|| ctx.today());
    let data = ctx.data()?;
    let files = data.list()?;
    if files.is_empty() {
        return print(&format!(
            "{}\n",
            crate::messages::nothing_saved(ctx.lang, &data.assessments())
        ));
    }
    let questionnaire = ctx.questionnaire()?;
    let vouched = ctx.vouched();
    let mut rows = vec![crate::messages::list_header(ctx.lang)];
    rows.extend(files.iter().map(|path| {
        crate::messages::list_cells(ctx.lang, &row(path, &questionnaire, as_of, vouched))
    }));
    print(&table(&rows))
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
