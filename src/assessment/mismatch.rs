//! Whether an assessment and a questionnaire belong together, decided
//! once for the commands and the interface.

use super::Assessment;
use crate::questionnaire::Questionnaire;

/// Why `assessment` cannot be opened with `questionnaire` (it answers
/// another one), with what works instead; `None` when they belong
/// together. The one place that decides it, for the commands and the
/// interface. `command` is the command that would work, given the
/// questionnaire option to use: `None` to drop it (the assessment's
/// questionnaire is the built-in one), `Some("FILE")` otherwise.
pub fn questionnaire_mismatch(
    assessment: &Assessment,
    questionnaire: &Questionnaire,
    command: impl Fn(Option<&str>) -> String,
) -> Option<Mismatch> {
    let recorded = &assessment.questionnaire;
    if recorded.id == questionnaire.id {
        return None;
    }
    // The built-in questionnaire's id from its first lines: parsing the
    // whole file again only to compare one string cost a start its time.
    let builtin = crate::questionnaire::builtin_id_and_version().0 == recorded.id;
    let command = if builtin {
        command(None)
    } else {
        command(Some("FILE"))
    };
    Some(Mismatch {
        recorded: (recorded.id.clone(), recorded.version.clone()),
        in_use: (
            questionnaire.id.to_string(),
            questionnaire.version.to_string(),
        ),
        builtin,
        command,
    })
}

/// An assessment opened with a questionnaire it does not answer
/// (`messages::questionnaire_mismatch` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The id and version of the questionnaire the assessment answers.
    pub recorded: (String, String),
    /// The id and version of the questionnaire in use.
    pub in_use: (String, String),
    /// Whether the assessment answers the built-in questionnaire.
    pub builtin: bool,
    /// The command that works.
    pub command: String,
}
