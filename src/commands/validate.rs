//! `srm-assess validate [QUESTIONNAIRE.toml]`: checks a questionnaire.

use clap::Args;

use super::{parse_questionnaire, print};
use crate::error::Failure;
use crate::questionnaire::BUILTIN_NAME;

/// Check a questionnaire file (the built-in one when none is given)
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The questionnaire TOML file to check
    #[arg(value_name = "QUESTIONNAIRE.toml")]
    pub path: Option<std::path::PathBuf>,
}

/// Checks the questionnaire at `path` (the built-in one when `None`) and
/// prints a one-line summary, or fails with every problem found.
pub fn run(args: ValidateArgs, ctx: &super::Context) -> Result<(), Failure> {
    let path = args.path.as_deref().or(ctx.questionnaire_path());
    let lang = ctx.lang;
    let name = path.map_or_else(|| BUILTIN_NAME.to_string(), |p| p.display().to_string());
    // Problems are counted as problems, not as lines of text: a message
    // may hold a line break of its own.
    // The built-in questionnaire is checked from its TOML source, not read
    // from the model compiled from it.
    let parsed = match path {
        None => crate::questionnaire::builtin_from_source(),
        Some(_) => parse_questionnaire(path, lang)?,
    };
    let q = parsed.map_err(|problems| {
        // Each problem on a line of its own that starts `FILE:LINE:COL:`,
        // as editors and CI annotations read them; the count comes last.
        eprintln!(
            "{}",
            crate::sanitize::for_output(&crate::messages::questionnaire_error(lang, &problems))
        );
        Failure::new(crate::messages::questionnaire_invalid(
            lang,
            &name,
            problems.problems.len(),
        ))
    })?;
    // Age: links last checked over a year ago, deadlines passed.
    let today = crate::assessment::local_date(crate::assessment::now());
    let mut warnings = crate::questionnaire::warnings(&q);
    warnings.extend(crate::questionnaire::staleness(&q, today));
    for warning in warnings {
        eprintln!(
            "{}",
            crate::sanitize::for_output(&format!(
                "{name}: {}",
                crate::messages::issue(lang, &warning)
            ))
        );
    }
    print(&format!(
        "{}\n",
        crate::messages::questionnaire_valid(lang, &name, &q)
    ))
}
