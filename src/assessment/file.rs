//! The assessment's TOML text: reading it with located errors, and writing
//! it in a stable, diff-friendly order (see `docs/assessment-format.md`).

use std::fmt;

use super::{Assessment, FORMAT};
use crate::position::Position;

/// The comment at the top of every assessment file.
const HEADER: &str = "\
# srm-assess assessment: the answers to one shared responsibility questionnaire.
# Written by srm-assess; safe to keep in git. Hand edits are read back, but a
# file that no longer parses is never overwritten. Format: docs/assessment-format.md
";

/// An assessment file that could not be read as an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// Where the problem is.
    pub position: Position,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}",
            self.position.line, self.position.column, self.message
        )
    }
}

/// Reads an assessment from its TOML text.
pub fn parse(text: &str) -> Result<Assessment, ParseError> {
    let mut assessment: Assessment = toml::from_str(text).map_err(|e| ParseError {
        position: Position::at(text, e.span().map_or(0, |s| s.start)),
        message: e.message().trim().to_string(),
    })?;
    if assessment.format != FORMAT {
        let at = text
            .match_indices("format")
            .map(|(i, _)| i)
            .find(|&i| i == 0 || text[..i].ends_with('\n'))
            .unwrap_or(0);
        return Err(ParseError {
            position: Position::at(text, at),
            message: format!(
                "format {} is not supported; this version of srm-assess reads format {FORMAT}",
                assessment.format
            ),
        });
    }
    normalize(&mut assessment);
    Ok(assessment)
}

/// Puts every text users typed in Unicode NFC (see [`crate::sanitize::nfc`]).
pub fn normalize(assessment: &mut Assessment) {
    assessment.for_each_typed_text(crate::sanitize::nfc_in_place);
    // Older files may hold the instance as typed (`acme.zendesk.com`).
    assessment.metadata.instance = super::normalize_instance(&assessment.metadata.instance);
}

/// Writes an assessment as TOML: fixed key order, one table per question in
/// id order, empty fields and empty entries left out.
pub fn to_toml(assessment: &Assessment) -> Result<String, toml::ser::Error> {
    let mut clean = assessment.clone();
    clean.answers.retain(|_, entry| !entry.is_empty());
    let body = toml::to_string(&clean)?;
    Ok(format!("{HEADER}\n{body}"))
}
