//! Problems found in a questionnaire file, and where they are: the error
//! type, the TOML parse into the raw schema, and the table around a parse
//! error, read from the text itself since the file did not deserialize.

use std::fmt;

use crate::position::Position;

/// One problem found in a questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is (1-based line and column).
    pub position: Position,
    /// The item concerned, e.g. `question "access.sso"`, when there is one.
    pub item: Option<String>,
    /// What is wrong and, where useful, what to do.
    pub message: String,
}

/// A questionnaire that could not be read or is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireError {
    /// The file name as given by the user.
    pub file: String,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
}

impl fmt::Display for QuestionnaireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(
                f,
                "{}:{}:{}: ",
                self.file, p.position.line, p.position.column
            )?;
            if let Some(item) = &p.item {
                write!(f, "{item}: ")?;
            }
            write!(f, "{}", p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for QuestionnaireError {}

/// Names the `[[question]]`, `[[section]]` or `[[link]]` table around byte
/// `offset`, read from the text itself since the file did not deserialize.
pub(super) fn enclosing_item(source: &str, offset: usize) -> Option<String> {
    let offset = offset.min(source.len());
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let lines: Vec<&str> = source[..line_end].lines().collect();
    let is_header = |l: &str| l.trim_start().starts_with('[');
    let mut header_at = lines.iter().rposition(|l| is_header(l))?;
    let mut header = lines[header_at].trim();
    if header.starts_with("[[section.") {
        // A vendor item: name the section it belongs to.
        header_at = lines[..header_at]
            .iter()
            .rposition(|l| l.trim() == "[[section]]")?;
        header = "[[section]]";
    }
    let kind = match header {
        "[[question]]" => "question",
        "[[section]]" => "section",
        "[[link]]" => "link",
        _ => return None,
    };
    let id = source
        .lines()
        .skip(header_at + 1)
        .take_while(|l| !is_header(l))
        .find_map(|l| {
            let (key, value) = l.split_once('=')?;
            (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
        });
    Some(match id {
        Some(id) => format!("{kind} {id:?}"),
        None => format!("a [[{kind}]] without an id"),
    })
}
