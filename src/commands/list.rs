//! `srm-assess list`: the saved assessments as a table.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use std::path::PathBuf;

use super::{Context, print};
use crate::error::Failure;
use crate::store::listing::row;

/// List saved assessments: questionnaire, progress, gaps, last change
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only these assessments: names or paths (a file kept in a git checkout) [default: every saved one]
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub targets: Vec<String>,
    /// The assessment files (*.toml) of this folder instead of the saved ones
    #[arg(long, value_name = "DIR", conflicts_with = "targets")]
    pub dir: Option<PathBuf>,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = super::values::parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
}

/// Prints one row per assessment: those named or given by path
/// (`targets`), the `.toml` files of `dir`, or else every saved one. An
/// unreadable file is listed with where it is broken rather than stopping
/// the list; a path is shown as given.
pub fn run(args: ListArgs, ctx: &Context) -> Result<(), Failure> {
    let (targets, dir, as_of) = (&args.targets, args.dir.as_deref(), args.as_of);
    let as_of = as_of.unwrap_or_else(|| ctx.today());
    let data = ctx.data()?;
    let files: Vec<(PathBuf, Option<String>)> = if let Some(dir) = dir {
        let files = crate::store::toml_files_in(dir)?;
        if files.is_empty() {
            return print(&format!(
                "{}\n",
                crate::messages::nothing_saved(ctx.lang, dir)
            ));
        }
        files
            .into_iter()
            .map(|p| {
                let shown = p.display().to_string();
                (p, Some(shown))
            })
            .collect()
    } else if targets.is_empty() {
        let files = data.list()?;
        if files.is_empty() {
            return print(&format!(
                "{}\n",
                crate::messages::nothing_saved(ctx.lang, &data.assessments())
            ));
        }
        files.into_iter().map(|p| (p, None)).collect()
    } else {
        let mut files = Vec::new();
        for target in targets {
            let path = crate::store::resolve(target, &data)?;
            let is_path =
                target.contains(['/', std::path::MAIN_SEPARATOR]) || target.ends_with(".toml");
            files.push((path, is_path.then(|| target.clone())));
        }
        files
    };
    let questionnaire = ctx.questionnaire()?;
    let vouched = ctx.vouched();
    let mut rows = vec![crate::messages::list_header(ctx.lang)];
    rows.extend(files.iter().map(|(path, shown)| {
        let mut row = row(path, &questionnaire, as_of, vouched);
        if let Some(shown) = shown {
            row.name = crate::sanitize::one_line(shown);
        }
        crate::messages::list_cells(ctx.lang, &row)
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
