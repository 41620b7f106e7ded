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
        Failure::new(format!(
            "{}\n{}",
            f,
            crate::messages::questionnaire_invalid(&name, count)
        ))
    })?;
    for warning in crate::questionnaire::warnings(&q) {
        eprintln!("{}", crate::sanitize::clean(&format!("{name}: {warning}")));
    }
    print(&format!(
        "{}\n",
        crate::messages::questionnaire_valid(
            &name,
            &q.vendor,
            &q.id,
            &q.version,
            q.sections.len(),
            q.questions.len(),
            &q.locales.join(", "),
        )
    ))
}
