//! The report as NIST OSCAL: assessment results (`--format oscal-ar`) and a
//! plan of action and milestones (`--format oscal-poam`), in JSON, for GRC
//! tools and auditors. Every identifier is a version-5 UUID derived from
//! the assessment and what it names, so two exports of one file are the
//! same bytes and a change to one question changes only its parts.
//!
//! What maps to what is in README's *OSCAL*; [`parts`] builds what both
//! documents share.

mod ar;
pub mod catalog;
mod controls;
mod metadata;
mod parts;
mod poam;
mod risks;
mod types;

pub use ar::render_ar;
pub use poam::render_poam;

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use super::ReportError;
use types::Prop;

/// The OSCAL version a document follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OscalVersion {
    /// OSCAL 1.1.3, which most GRC tools read today.
    #[default]
    V1_1_3,
    /// OSCAL 1.2.1.
    V1_2_1,
}

impl OscalVersion {
    /// Every version written.
    pub const ALL: [OscalVersion; 2] = [OscalVersion::V1_1_3, OscalVersion::V1_2_1];

    /// The version as OSCAL writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            OscalVersion::V1_1_3 => "1.1.3",
            OscalVersion::V1_2_1 => "1.2.1",
        }
    }

    /// Reads a version as written on the command line.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == text.trim())
    }
}

/// The namespace of srm-assess's props.
const NS: &str = "urn:srm-assess:oscal";

/// Derives the identifiers of one assessment's documents.
struct Ids {
    base: Uuid,
}

impl Ids {
    /// The identifiers of `assessment`: from its own identity, which no
    /// save changes (a file not saved since it had none: from its
    /// questionnaire and the moment it was created).
    fn of(assessment: &crate::assessment::Assessment) -> Self {
        let root = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:srm-assess:oscal");
        let key = if assessment.identity.is_empty() {
            format!(
                "{}\u{1f}{}",
                assessment.questionnaire.id, assessment.created
            )
        } else {
            format!("identity\u{1f}{}", assessment.identity)
        };
        Ids {
            base: Uuid::new_v5(&root, key.as_bytes()),
        }
    }

    /// The identifier of what `parts` name (kind first, then ids).
    fn id(&self, parts: &[&str]) -> String {
        Uuid::new_v5(&self.base, parts.join("\u{1f}").as_bytes()).to_string()
    }
}

/// `document` as OSCAL JSON: an object holding it under `root`, indented,
/// ending with a line break.
fn to_json(root: &str, document: &impl serde::Serialize) -> Result<String, ReportError> {
    let wrapped = std::collections::BTreeMap::from([(root, document)]);
    let mut text = serde_json::to_string_pretty(&wrapped)?;
    text.push('\n');
    Ok(text)
}

/// A prop in srm-assess's namespace; `None` for a value with nothing to
/// show (OSCAL refuses an empty or space-edged value).
fn prop(name: &'static str, value: &str) -> Option<Prop> {
    line(value).map(|value| Prop {
        name,
        ns: NS,
        value,
    })
}

/// `text` on one line: control characters gone, runs of white space one
/// space, trimmed; `None` when nothing is left (OSCAL's plain strings and
/// titles may not hold a line break or start or end with a space).
fn line(text: &str) -> Option<String> {
    let clean = crate::sanitize::one_line(text);
    let words: Vec<&str> = clean.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A moment as OSCAL writes it: UTC, to the second, its year within the
/// 1900–2999 OSCAL allows.
fn time(at: Timestamp) -> String {
    let lowest = Timestamp::from_second(-2_208_988_800).unwrap_or(Timestamp::MIN);
    let highest = Timestamp::from_second(32_503_679_999).unwrap_or(Timestamp::MAX);
    at.clamp(lowest, highest)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// The start of `day` (UTC), as OSCAL writes a moment.
fn day_start(day: Date) -> String {
    format!("{}T00:00:00Z", clamp(day))
}

/// The end of `day` (UTC), as OSCAL writes a moment: a due date or the
/// last day of an acceptance holds through it.
fn day_end(day: Date) -> String {
    format!("{}T23:59:59Z", clamp(day))
}

/// `day` within the years OSCAL allows (an acceptance "until 9999-12-31"
/// is exported as 2999-12-31; its own prop keeps the day as recorded).
fn clamp(day: Date) -> Date {
    let lowest = jiff::civil::date(1900, 1, 1);
    let highest = jiff::civil::date(2999, 12, 31);
    day.clamp(lowest, highest)
}

/// An id as an OSCAL token: it must start with a letter or `_`.
fn token(id: &str) -> String {
    if id.starts_with(|c: char| c.is_alphabetic()) {
        id.to_string()
    } else {
        format!("_{id}")
    }
}

/// A reference as a URI reference: characters a URI cannot hold are
/// percent-encoded (a `%` that already starts an escape stays). In a web
/// address only the first `#` starts the fragment; in a file's path, `#`,
/// `?`, `:` and brackets are part of the name, so they are encoded too.
fn href(reference: &str) -> String {
    let url = crate::assessment::decisions::is_url(reference);
    let bytes = reference.as_bytes();
    let mut out = String::new();
    let mut fragment = false;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        let delimiter = match b {
            b'#' if url && !fragment => {
                fragment = true;
                true
            }
            b'#' => false,
            b'?' | b':' | b'[' | b']' => url,
            _ => true,
        };
        let allowed =
            delimiter && (b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b));
        if allowed || escape {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_what_oscal_accepts() {
        assert_eq!(line("  two\n lines\t "), Some("two lines".into()));
        assert_eq!(line(" \n "), None);
        assert_eq!(token("1.access"), "_1.access");
        assert_eq!(token("access.review"), "access.review");
        assert_eq!(
            href("evidence/a b%20c%zz.png"),
            "evidence/a%20b%20c%25zz.png"
        );
        assert_eq!(href("https://x.example/é"), "https://x.example/%C3%A9");
        // W8: a `#` in a file's name is no fragment; a second `#` in an
        // address is encoded.
        assert_eq!(
            href("file with spaces #1.png"),
            "file%20with%20spaces%20%231.png"
        );
        assert_eq!(
            href("https://x.example/a b#c#d"),
            "https://x.example/a%20b#c%23d"
        );
        assert_eq!(
            day_end(jiff::civil::date(9999, 12, 31)),
            "2999-12-31T23:59:59Z"
        );
        assert_eq!(
            day_start(jiff::civil::date(1066, 10, 14)),
            "1900-01-01T00:00:00Z"
        );
        let at: Timestamp = "2026-12-01T10:00:00.5Z".parse().expect("ts");
        assert_eq!(time(at), "2026-12-01T10:00:00Z");
    }

    #[test]
    fn identifiers_are_version_5_and_stable() {
        let q = crate::questionnaire::builtin().expect("builtin");
        let a = crate::assessment::Assessment::new(
            &q,
            crate::lang::Lang::En,
            Default::default(),
            "2026-01-01T00:00:00Z".parse().expect("ts"),
        );
        let (one, two) = (Ids::of(&a), Ids::of(&a));
        let id = one.id(&["finding", "access.review"]);
        assert_eq!(id, two.id(&["finding", "access.review"]));
        assert_ne!(id, one.id(&["finding", "access.sso"]));
        assert_eq!(Uuid::parse_str(&id).expect("uuid").get_version_num(), 5);
    }
}
