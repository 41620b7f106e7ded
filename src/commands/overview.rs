//! `srm-assess` with no subcommand: what the questionnaire holds and what
//! to run next.

use std::fmt::Write as _;
use std::path::Path;

use super::{load_questionnaire, print};
use crate::error::Failure;
use crate::lang::Lang;

/// Prints the questionnaire's sections with their question counts.
pub fn run(path: Option<&Path>, lang: Lang) -> Result<(), Failure> {
    let q = load_questionnaire(path)?;
    let mut out = String::new();
    let _ = writeln!(out, "{} — {} ({})", q.title.get(lang), q.vendor, q.version);
    let _ = writeln!(out, "{}", q.source.url);
    let _ = writeln!(out);
    for s in &q.sections {
        let _ = writeln!(
            out,
            "{:>4}  {:<60} {:>3}",
            s.number,
            s.title.get(lang),
            s.questions.len()
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} questions. Run `srm-assess --help` for the commands.",
        q.questions.len()
    );
    print(&out)
}
