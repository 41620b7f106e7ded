//! Every message the commands print and every failure they report, in
//! English and Italian: one function per message, with typed arguments, so
//! a misspelt argument or a missing language does not compile.
//!
//! Every message takes its language as its first argument: the command
//! line's (`--lang`, else the locale), the interface's, or a report's.
//! There is no language set aside anywhere.

use std::path::Path;

use crate::lang::Lang;

/// The English or the Italian text.
fn pick(lang: Lang, en: String, it: String) -> String {
    match lang {
        Lang::En => en,
        Lang::It => it,
    }
}

// Declared before the submodules, so that they can use it: the language
// first, then the English and the Italian text.
macro_rules! say {
    ($lang:expr, $en:literal, $it:literal $(,)?) => {
        pick($lang, format!($en), format!($it))
    };
}

fn p(path: &Path) -> std::path::Display<'_> {
    path.display()
}

mod commands;
mod errors;
mod files;
mod interface;
mod probe;
mod questionnaire;
mod report;
pub mod words;

pub use commands::*;
pub use errors::*;
pub use files::*;
pub use interface::*;
pub use probe::*;
pub use questionnaire::*;
pub use report::{
    FleetWords, fleet_clean, fleet_counts, fleet_format, fleet_gate_incomplete, fleet_matched,
    fleet_needs_targets, fleet_no_older, fleet_not_checked, fleet_older_not_same, fleet_revisions,
    fleet_share, fleet_since_unknown, fleet_subtitle, fleet_withheld, fleet_words,
};
pub use report::{
    OscalWords, ReportWords, bad_oscal_version, break_glass_heading, break_glass_intro,
    chart_left_out, deadline_line, earlier_answer, files_not_checked, oscal_answered,
    oscal_catalog_title, oscal_control_description, oscal_control_title, oscal_deviation,
    oscal_evidence, oscal_mapped_controls, oscal_mapping_words, oscal_nothing_to_plan,
    oscal_reviewed, oscal_version_alone, oscal_words, report_words,
};
pub use report::{controls_columns, controls_heading, controls_intro, standing_word};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_answer() {
        assert!(no_such_assessment(Lang::It, Path::new("x.toml")).contains("non esiste"));
        assert_eq!(list_retired(Lang::It, 1), "1 domanda ritirata conservata");
        assert!(no_such_assessment(Lang::En, Path::new("x.toml")).contains("no such assessment"));
    }
}
