//! The assessment's TOML text: reading it with located errors, and writing
//! it in a stable, diff-friendly order (see `docs/assessment-format.md`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use super::{Assessment, Entry, FORMAT};
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
    assessment.date_undated();
    // A question's empty block records nothing.
    assessment.answers.retain(|_, entry| !entry.is_empty());
    Ok(assessment)
}

/// Puts every text users typed in Unicode NFC (see [`crate::sanitize::nfc`]).
pub fn normalize(assessment: &mut Assessment) {
    assessment.for_each_typed_text(crate::sanitize::nfc_in_place);
    // Older files may hold the instance as typed (`acme.zendesk.com`).
    assessment.metadata.instance = super::normalize_instance(&assessment.metadata.instance);
}

/// Writes an assessment as TOML, laid out so that git merges it line by
/// line: the header, then one block per question in `order` (the
/// questionnaire's order) whether anything is recorded or not, then the
/// questions `order` lacks (retired ones) in id order, then what the probe
/// observed. Blocks stay where they are from one save to the next, and a
/// blank line and the next block's header always separate two questions,
/// so two people who change different questions change lines that do not
/// touch. Empty fields are left out.
pub fn to_toml(assessment: &Assessment, order: &[String]) -> Result<String, toml::ser::Error> {
    let head = Head {
        format: assessment.format,
        lang: assessment.lang,
        created: assessment.created,
        identity: &assessment.identity,
        questionnaire: &assessment.questionnaire,
        metadata: &assessment.metadata,
    };
    let mut out = format!("{HEADER}\n{}", toml::to_string(&head)?);
    let empty = Entry::default();
    let known: BTreeSet<&str> = order.iter().map(String::as_str).collect();
    let retired = assessment
        .answers
        .iter()
        .filter(|(id, entry)| !known.contains(id.as_str()) && !entry.is_empty())
        .map(|(id, _)| id.as_str());
    let mut seen = BTreeSet::new();
    for id in order.iter().map(String::as_str).chain(retired) {
        if !seen.insert(id) {
            continue;
        }
        let entry = match assessment.answers.get(id) {
            Some(entry) if !entry.is_empty() => entry,
            _ => &empty,
        };
        let block = Block {
            answers: BTreeMap::from([(id, entry)]),
        };
        out.push('\n');
        out.push_str(&toml::to_string(&block)?);
    }
    for (id, conflict) in &assessment.conflicts {
        let block = ConflictBlock {
            conflicts: BTreeMap::from([(id.as_str(), conflict)]),
        };
        out.push('\n');
        out.push_str(&toml::to_string(&block)?);
    }
    if !assessment.observations.is_empty() {
        let block = ObservationBlock {
            observations: &assessment.observations,
        };
        out.push('\n');
        out.push_str(&toml::to_string(&block)?);
    }
    Ok(out)
}

/// The ids of the questions in the order the text's blocks hold them (the
/// layout a file keeps when it is saved without its questionnaire at hand).
/// Reads the headers this program writes (`[answers."ID"]`,
/// `[answers."ID".acceptance]`, `[[answers."ID".evidence]]`); other shapes
/// a hand edit may use are left to the id order.
pub fn block_order(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for line in text.lines() {
        let Some(rest) = line
            .trim_start_matches('[')
            .strip_prefix("answers.")
            .filter(|_| line.starts_with('['))
        else {
            continue;
        };
        let id = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split('"').next(),
            None => rest.split(['.', ']']).next(),
        };
        if let Some(id) = id.filter(|id| !id.is_empty())
            && ids.last().is_none_or(|last| last != id)
            && !ids.iter().any(|known| known == id)
        {
            ids.push(id.to_string());
        }
    }
    ids
}

/// The lines before the questions.
#[derive(Serialize)]
struct Head<'a> {
    format: u32,
    lang: crate::lang::Lang,
    created: jiff::Timestamp,
    #[serde(skip_serializing_if = "str::is_empty")]
    identity: &'a str,
    questionnaire: &'a super::QuestionnaireRef,
    metadata: &'a super::Metadata,
}

/// One question's block.
#[derive(Serialize)]
struct Block<'a> {
    answers: BTreeMap<&'a str, &'a Entry>,
}

/// One question's merge conflict.
#[derive(Serialize)]
struct ConflictBlock<'a> {
    conflicts: BTreeMap<&'a str, &'a super::Conflict>,
}

/// What the probe observed.
#[derive(Serialize)]
struct ObservationBlock<'a> {
    observations: &'a BTreeMap<String, Vec<super::Observation>>,
}
