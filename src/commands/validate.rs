//! `srm-assess validate [QUESTIONNAIRE.toml]`: checks a questionnaire.

use std::path::Path;

use super::{load_questionnaire, print};
use crate::error::Failure;
use crate::questionnaire::BUILTIN_NAME;

/// Checks the questionnaire at `path` (the built-in one when `None`) and
/// prints a one-line summary, or fails with every problem found.
pub fn run(path: Option<&Path>) -> Result<(), Failure> {
    let name = path.map_or_else(|| BUILTIN_NAME.to_string(), |p| p.display().to_string());
    let q = load_questionnaire(path).map_err(|f| {
        let count = f.message().lines().count();
        let noun = if count == 1 { "problem" } else { "problems" };
        Failure::new(format!(
            "{}\n{name}: {count} {noun}; the questionnaire is not valid",
            f
        ))
    })?;
    print(&format!(
        "{name}: valid: {} {} (version {}): {}, {}, locales {}\n",
        q.vendor,
        q.id,
        q.version,
        plural(q.sections.len(), "section", "sections"),
        plural(q.questions.len(), "question", "questions"),
        q.locales.join(", ")
    ))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
