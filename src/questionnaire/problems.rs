//! Problems found in a questionnaire file, and where they are: the error
//! type, the TOML parse into the raw schema, and the table around a parse
//! error, read from the text itself since the file did not deserialize.

use crate::position::Position;

/// One problem found in a questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is (1-based line and column).
    pub position: Position,
    /// The item concerned, e.g. `question "access.sso"`, when there is one.
    pub item: Option<String>,
    /// What is wrong (worded, with what to do, by `messages::issue`).
    pub issue: Issue,
}

/// What is wrong with a questionnaire, as data; `messages::issue` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A link last checked more than a year ago: its id and the day.
    LinkStale(String, String),
    /// A deadline that has passed: its id and the day.
    DeadlinePassed(String, String),
    /// A date with a time or an offset where only a day belongs.
    NotADay(String),
    /// A retired question's id that a question still has.
    RetiredStillAsked(String),
    /// A question id no `[[question]]` declares.
    UndeclaredQuestion(String),
    /// The TOML does not read (the parser's own words).
    Parse(String),
    /// A `format` this version does not read: found, supported.
    Format(i64, i64),
    /// A field that is empty.
    Empty(String),
    /// A contact that is neither an email address nor a URL.
    Contact(String),
    /// No `locales`.
    NoLocales,
    /// A locale that is not one of ours.
    BadLocale(String),
    /// A locale declared twice.
    LocaleTwice(String),
    /// A text with no text in any language.
    NoText(String),
    /// A text missing a declared language: field, locale.
    MissingTranslation(String, String),
    /// A text in an undeclared language: field, locale.
    UndeclaredLocale(String, String),
    /// Not an https URL.
    BadUrl(String),
    /// An id used twice: the kind of item.
    DuplicateId(String),
    /// A link id no `[[link]]` declares.
    UndeclaredLink(String),
    /// No `[[section]]`.
    NoSections,
    /// A section with no question.
    EmptySection,
    /// A section id no `[[section]]` declares.
    UndeclaredSection(String),
    /// A severity that is not high, medium or low.
    BadSeverity(String),
    /// A probe rule that does not exist.
    BadProbeRule(String),
    /// A review period that does not read.
    BadReviewEvery(String),
    /// An owner that is not one of the responsibilities.
    BadResponsibility(String),
    /// A `translation` that is not a known word.
    BadTranslation(String),
    /// A `translation` beside per-language URLs.
    TranslationWithUrls,
    /// Per-language URLs on a link said to be untranslated.
    UntranslatedWithUrls,
    /// An admin URL without exactly one `{instance}`.
    AdminUrl(String),
    /// A plan no `[[plan]]` declares.
    UndeclaredPlan(String),
    /// An admin path that does not read.
    AdminPath(String),
    /// An admin path with no admin URL.
    AdminPathWithoutUrl,
    /// A question text that starts with a demonstrative: id, locale, word.
    Demonstrative(String, String, String),
    /// An id that does not read: the kind of item, the id.
    BadId(String, String),
    /// A control id that is not one of its framework's: the framework's
    /// key, the id.
    BadControl(String, String),
    /// A relationship NIST IR 8477 does not name.
    BadRelationship(String),
    /// 800-53 controls without a relationship or a rationale.
    MappingUnexplained,
}

impl Issue {
    /// The field a missing or empty text names, when it is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Issue::Empty(field) | Issue::NoText(field) | Issue::MissingTranslation(field, _) => {
                Some(field)
            }
            _ => None,
        }
    }
}

/// A questionnaire that could not be read or is not valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireError {
    /// The file name as given by the user.
    pub file: String,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
}

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
