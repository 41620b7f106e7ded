//! Reading a questionnaire past its structural mistakes, so that `validate`
//! reports every problem at once: an unknown key is set aside, a value of
//! the wrong type or a missing key gets a stand-in of the right shape, and
//! the reading starts again, until the file deserializes. Each mistake is
//! reported where it is in the file as written; the lines repaired are
//! remembered so that nothing is reported twice. Only a TOML syntax error
//! stops the reading (past it, the file has no structure to read).

use super::problems::{Issue, Problem, QuestionnaireError, enclosing_item};
use super::raw::RawQuestionnaire;
use crate::position::Position;

/// The most structural mistakes read past before giving up.
const MAX_REPAIRS: usize = 200;

/// The most text read over all the attempts (each reads the whole file
/// again): a huge file stops early rather than taking minutes.
const MAX_BYTES_READ: usize = 256 * 1024 * 1024;

/// A questionnaire read past its structural mistakes.
pub(super) struct Recovered {
    /// The raw questionnaire, with stand-ins where the file was wrong.
    pub raw: RawQuestionnaire,
    /// The repaired text the raw values' spans point into.
    pub text: String,
    /// Every structural mistake, where it is in the file as written.
    pub problems: Vec<Problem>,
    /// For each line of `text`: its line in the file (1-based), and
    /// whether it was repaired or added (problems there are not repeated).
    lines: Vec<(usize, bool)>,
    /// The fields found missing, with the item they are missing from.
    missing: Vec<(Option<String>, String)>,
}

impl Recovered {
    /// A position in the repaired text, moved to the file as written; `None`
    /// on a repaired or added line (the structural problem stands for it).
    pub fn original(&self, position: Position) -> Option<Position> {
        let (line, repaired) = *self.lines.get(position.line.checked_sub(1)?)?;
        (!repaired).then_some(Position {
            line,
            column: position.column,
        })
    }

    /// Whether a later check's `problem` only repeats that a field is
    /// missing (its stand-in is empty).
    pub fn repeats(&self, problem: &Problem) -> bool {
        self.missing.iter().any(|(item, field)| {
            *item == problem.item && problem.issue.field() == Some(field.as_str())
        })
    }
}

/// Reads `source`, repairing and reporting structural mistakes. Fails with
/// the problems found when a syntax error (or too many mistakes) stops it.
pub(super) fn read(source: &str, name: &str) -> Result<Recovered, QuestionnaireError> {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let mut origin: Vec<(usize, bool)> = (1..=lines.len()).map(|n| (n, false)).collect();
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut repairs_per_line = std::collections::HashMap::<usize, usize>::new();
    let mut read_so_far = 0usize;
    for _ in 0..MAX_REPAIRS {
        let text = lines.join("\n");
        read_so_far = read_so_far.saturating_add(text.len());
        let error = match toml::from_str::<RawQuestionnaire>(&text) {
            Ok(raw) => {
                return Ok(Recovered {
                    raw,
                    text,
                    problems,
                    lines: origin,
                    missing,
                });
            }
            Err(e) => e,
        };
        let offset = error.span().map_or(0, |span| span.start);
        let message = error.message().trim().to_string();
        let at = Position::at(&text, offset);
        let index = at.line.saturating_sub(1).min(lines.len().saturating_sub(1));
        let (line, _) = origin.get(index).copied().unwrap_or((at.line, false));
        let item = enclosing_item(&text, offset);
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            missing.push((item.clone(), field.to_string()));
        }
        problems.push(Problem {
            position: Position {
                line,
                column: at.column,
            },
            item,
            issue: Issue::Parse(message.to_string()),
        });
        // A syntax error leaves nothing to read; a line that keeps failing
        // cannot be repaired.
        let tries = repairs_per_line.entry(index).or_default();
        *tries += 1;
        let syntax = toml::from_str::<toml::Table>(&text).is_err();
        let spent = read_so_far >= MAX_BYTES_READ;
        if syntax || spent || *tries > 2 || !repair(&mut lines, &mut origin, index, &message) {
            break;
        }
    }
    Err(QuestionnaireError {
        file: name.to_string(),
        problems,
    })
}

/// Repairs the mistake `message` reports on line `index`; `false` when it
/// cannot.
fn repair(
    lines: &mut Vec<String>,
    origin: &mut Vec<(usize, bool)>,
    index: usize,
    message: &str,
) -> bool {
    if index >= lines.len() && !message.starts_with("missing field") {
        return false;
    }
    if message.starts_with("unknown field") {
        for i in index..=value_end(lines, index) {
            lines[i].clear();
            origin[i].1 = true;
        }
        return true;
    }
    if message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        let Some((key, _)) = lines[index].split_once('=') else {
            return false;
        };
        let expected = message.rsplit("expected ").next().unwrap_or_default();
        let key = key.trim().to_string();
        let end = value_end(lines, index);
        lines[index] = format!("{key} = {}", stand_in_for_type(expected));
        origin[index].1 = true;
        for i in index + 1..=end {
            lines[i].clear();
            origin[i].1 = true;
        }
        return true;
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let Some(field) = rest.split('`').next() else {
            return false;
        };
        // After the header of the table the field is missing from (at the
        // top of the file for a top-level field).
        let last = index.min(lines.len().saturating_sub(1));
        let header = (0..=last).rev().find(|&i| {
            lines
                .get(i)
                .is_some_and(|l| l.trim_start().starts_with('['))
        });
        let at = header.map_or(0, |h| h + 1);
        let line = header.map_or(1, |h| origin[h].0);
        lines.insert(at, format!("{field} = {}", stand_in_for_field(field)));
        origin.insert(at, (line, true));
        return true;
    }
    false
}

/// The last line of the value that starts on line `index` (a multi-line
/// string or array spans several): the first that makes it whole TOML.
fn value_end(lines: &[String], index: usize) -> usize {
    let last = (index + 500).min(lines.len().saturating_sub(1));
    (index..=last)
        .find(|&end| toml::from_str::<toml::Table>(&lines[index..=end].join("\n")).is_ok())
        .unwrap_or(index)
}

/// A value of the type serde expected ("a string", "a sequence", …).
fn stand_in_for_type(expected: &str) -> &'static str {
    if expected.contains("datetime") || expected.contains("date") {
        "2000-01-01"
    } else if expected.contains("string") {
        "\"\""
    } else if expected.contains("sequence") || expected.contains("array") {
        "[]"
    } else if expected.contains("bool") {
        "false"
    } else if expected.contains("i64") || expected.contains("integer") {
        "1"
    } else {
        "{}"
    }
}

/// A value for a missing field, by the schema's name for it.
fn stand_in_for_field(field: &str) -> &'static str {
    match field {
        "title" | "text" | "help" | "remedy" | "why" | "finding" | "urls" | "what" => "{}",
        "locales" | "links" | "plans" | "probe" | "general_links" | "questions" | "replaced_by" => {
            "[]"
        }
        "day" | "checked" => "2000-01-01",
        "format" => "1",
        "source" => "{ url = \"https://example.invalid\", title = {} }",
        _ => "\"\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid/minimal.toml"
        ))
        .expect("fixture")
    }

    #[test]
    fn every_structural_mistake_is_reported_once() {
        let text = minimal()
            .replacen("severity = \"high\"", "severity = 3", 1)
            .replacen(
                "owner = \"shared\"",
                "owner = \"shared\"\ncolour = \"red\"",
                1,
            )
            .replacen("number = \"I\"\n", "", 1);
        let Ok(recovered) = read(&text, "q.toml") else {
            panic!("read past the mistakes");
        };
        let messages: Vec<String> = recovered
            .problems
            .iter()
            .map(|p| crate::messages::issue(crate::lang::Lang::En, &p.issue))
            .collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("invalid type")));
        assert!(
            messages
                .iter()
                .any(|m| m.contains("unknown field `colour`"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("missing field `number`"))
        );
    }

    #[test]
    fn a_clean_file_reads_without_problems() {
        let Ok(recovered) = read(&minimal(), "q.toml") else {
            panic!("reads");
        };
        assert!(recovered.problems.is_empty());
    }
}
