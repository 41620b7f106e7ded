//! The questionnaire: a vendor's shared responsibility model turned into
//! sections and questions, in several languages.
//!
//! Plain data with no user-interface code. Load one with [`Questionnaire::parse`]
//! or take the embedded Zendesk one with [`builtin`].

mod build;
mod checks;
mod controls;
mod kinds;
mod period;
mod problems;
mod raw;
mod recover;
mod text;
mod validate;

pub use controls::{Controls, Framework, Relationship, order_key};

use std::borrow::Cow;
use std::ops::Range;

pub use checks::{is_instance_name, staleness, warnings};
pub use kinds::{ProbeRule, Responsibility, Severity};
pub use period::Period;
pub use text::{Text, fingerprint_of};
pub use validate::{Issue, Problem, QuestionnaireError, is_valid_id};

use crate::lang::Lang;

/// The built-in Zendesk questionnaire's TOML, embedded in the binary.
pub const BUILTIN_TOML: &str = include_str!("../../questionnaire/zendesk.toml");

/// The name shown for the built-in questionnaire in messages.
pub const BUILTIN_NAME: &str = "questionnaire/zendesk.toml (built in)";

/// The built-in questionnaire's model, compiled from [`BUILTIN_TOML`] into
/// Rust (`src/questionnaire/compiled.rs`; `UPDATE_SAMPLES=1 cargo test`
/// writes it, and a test fails when the two differ), so that a start
/// neither parses nor copies anything: every text is borrowed from the
/// binary.
#[rustfmt::skip]
mod compiled;

/// The built-in Zendesk questionnaire.
///
/// Its compiled model; the TOML it is compiled from is checked by the
/// test suite (and by `srm-assess validate`), so this cannot fail. The
/// `Result` is kept so that callers handle it like any other questionnaire.
pub fn builtin() -> Result<Questionnaire, QuestionnaireError> {
    Ok(compiled::BUILTIN.clone())
}

/// The built-in questionnaire parsed and checked from its TOML source
/// (what `validate` reports on, and what [`builtin`] is compiled from).
pub fn builtin_from_source() -> Result<Questionnaire, QuestionnaireError> {
    Questionnaire::parse(BUILTIN_TOML, BUILTIN_NAME)
}

/// The built-in questionnaire's id and version, read from its first lines
/// without parsing the whole file (for `--version`, on every start).
pub fn builtin_id_and_version() -> (&'static str, &'static str, &'static str) {
    let value = |key: &str| {
        BUILTIN_TOML
            .lines()
            .find_map(|l| {
                l.strip_prefix(key)?
                    .trim()
                    .strip_prefix('=')?
                    .trim()
                    .strip_prefix('"')?
                    .strip_suffix('"')
            })
            .unwrap_or("?")
    };
    (value("id"), value("version"), value("revision"))
}

/// A string of a questionnaire: borrowed from the binary for the built-in
/// one, so that a start copies none of its 120 KB of text; owned for one
/// read from a file.
pub type Str = Cow<'static, str>;

/// A list in a questionnaire, borrowed or owned like [`Str`].
pub type List<T> = Cow<'static, [T]>;

/// A link declared once in the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Stable id used by sections and questions.
    pub id: Str,
    /// An `https` URL.
    pub url: Str,
    /// The same page in other locales: `(locale, url)`.
    pub urls: List<(Str, Str)>,
    /// Whether the page exists in `url`'s language only.
    pub untranslated: bool,
    /// Whether it is unknown if the page exists in other languages
    /// (`translation = "unconfirmed"`).
    pub translation_unconfirmed: bool,
    /// The day it was last checked against the page, when recorded.
    pub checked: Option<jiff::civil::Date>,
    /// What the page is.
    pub title: Text,
}

/// A day on which a fact the questions rely on ends or begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Stable id.
    pub id: Str,
    /// The day.
    pub day: jiff::civil::Date,
    /// The questions whose content relies on it.
    pub questions: List<Str>,
    /// What happens that day.
    pub what: Text,
}

/// A question the questionnaire no longer asks: answers to it stay in
/// assessments, shown against the questions that now ask what it asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retired {
    /// Its id, as assessments recorded it.
    pub id: Str,
    /// The questions that now ask what it asked (none: dropped).
    pub replaced_by: List<Str>,
}

impl Link {
    /// The page in `lang` when there is one, else `url`.
    pub fn url_for(&self, lang: Lang) -> &str {
        self.urls
            .iter()
            .find(|(code, _)| code == lang.code())
            .map_or(&self.url, |(_, url)| url)
    }
}

/// A plan (edition, tier) some settings need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Stable id, referenced by questions.
    pub id: Str,
    /// How it is named to users, e.g. "Suite Enterprise or above".
    pub title: Text,
}

/// Something the vendor does on its side of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorItem {
    /// The source reference, e.g. `Z-I.2`.
    pub reference: Str,
    /// What the vendor covers.
    pub text: Text,
}

/// A section of the vendor's model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Stable id.
    pub id: Str,
    /// The number the source gives it, e.g. `III`.
    pub number: Str,
    /// Title.
    pub title: Text,
    /// Why the section matters.
    pub why: Text,
    /// What the vendor covers on its side.
    pub vendor_items: List<VendorItem>,
    /// Ids of the section's useful links.
    pub links: List<Str>,
    /// The section's questions, as indices into [`Questionnaire::questions`].
    pub questions: Range<usize>,
}

impl Section {
    /// Its heading in `lang`, as the source numbers it: "I. Access controls
    /// and hygiene" (the report's and `ask`'s).
    pub fn heading(&self, lang: Lang) -> String {
        format!("{}. {}", self.number, self.title.get(lang))
    }
}

/// One question put to the subscriber.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id, the key of its answer in assessment files.
    pub id: Str,
    /// Index of its section in [`Questionnaire::sections`].
    pub section: usize,
    /// The source reference, e.g. `I.3`.
    pub reference: Str,
    /// The question, answerable with yes, partly or no.
    pub text: Text,
    /// Markdown: what good looks like and where to check it.
    pub help: Text,
    /// What to do when the control is missing.
    pub remedy: Text,
    /// What is missing when the answer is a gap, as a finding, if the
    /// questionnaire states one.
    pub finding: Option<Text>,
    /// How much a gap matters.
    pub severity: Severity,
    /// How often evidence for it must be renewed (its own, else the
    /// default for its severity).
    pub review_every: Period,
    /// Who carries the control.
    pub responsibility: Responsibility,
    /// Ids of the links that help.
    pub links: List<Str>,
    /// Ids of the plans its setting needs (any one of them); empty when
    /// every plan has it.
    pub plans: List<Str>,
    /// Where the setting is, under the questionnaire's `admin_url`.
    pub admin_path: Option<Str>,
    /// The probe rules that can inform it; none: not observable through
    /// the vendor's API.
    pub probe: List<ProbeRule>,
    /// Where it stands in the frameworks auditors know.
    pub controls: Controls,
    /// A hash of the question's wording (see [`fingerprint_of`]), recorded
    /// with each answer so that a reworded question is noticed.
    pub fingerprint: Str,
}

impl Question {
    /// What a gap on this question means, as a finding in `lang`; the
    /// question itself when the questionnaire states none.
    pub fn finding_or_question(&self, lang: Lang) -> &str {
        self.finding.as_ref().unwrap_or(&self.text).get(lang)
    }
}

/// The vendor document a questionnaire is drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Its title.
    pub title: Text,
    /// Where it is published.
    pub url: Str,
}

/// A whole questionnaire, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questionnaire {
    /// Stable id, recorded in assessments.
    pub id: Str,
    /// Version, recorded in assessments (for Zendesk: the source's change-log date).
    pub version: Str,
    /// The questionnaire's own revision (its wording, for the same source
    /// version), when it records one.
    pub revision: Option<Str>,
    /// The vendor's name.
    pub vendor: Str,
    /// Title.
    pub title: Text,
    /// The source document.
    pub source: Source,
    /// Locale codes, e.g. `["en", "it"]`; every text exists in each.
    pub locales: List<Str>,
    /// The vendor's security contact (an email address or a URL).
    pub security_contact: Str,
    /// The address of a subscriber's own admin pages, with `{instance}`
    /// where the instance (subdomain) goes.
    pub admin_url: Option<Str>,
    /// Plans that some settings need.
    pub plans: List<Plan>,
    /// Every link, in declaration order.
    pub links: List<Link>,
    /// Ids of the links that concern the whole model rather than a section.
    pub general_links: List<Str>,
    /// Sections in order.
    pub sections: List<Section>,
    /// Every question, grouped by section in section order.
    pub questions: List<Question>,
    /// Days on which facts the questions rely on end or begin.
    pub deadlines: List<Deadline>,
    /// Questions taken out, with what replaces them.
    pub retired: List<Retired>,
    /// `(id, position in questions)`, sorted by id.
    index: List<(Str, usize)>,
    /// `(id, position in links)`, sorted by id.
    link_index: List<(Str, usize)>,
}

impl Questionnaire {
    /// Parses and validates a questionnaire. `name` is the file name used in
    /// error messages.
    pub fn parse(source: &str, name: &str) -> Result<Self, QuestionnaireError> {
        // Past structural mistakes too, so that every problem is reported
        // at once; each where it is in the file as written.
        let recovered = recover::read(source, name)?;
        let mut problems = recovered.problems.clone();
        if let Err(e) = validate::check(&recovered.raw, &recovered.text, name) {
            problems.extend(e.problems.into_iter().filter_map(|p| {
                let position = recovered.original(p.position)?;
                (!recovered.repeats(&p)).then_some(problems::Problem { position, ..p })
            }));
        }
        if problems.is_empty() {
            return Ok(build::build(recovered.raw));
        }
        problems.sort_by_key(|p| (p.position.line, p.position.column));
        Err(QuestionnaireError {
            file: name.to_string(),
            problems,
        })
    }

    /// The model with its lookups by id built.
    fn indexed(mut self) -> Self {
        self.index = sorted_ids(self.questions.iter().map(|q| &q.id));
        self.link_index = sorted_ids(self.links.iter().map(|l| &l.id));
        self
    }

    /// The ids of the questions, in the questionnaire's order (the order
    /// of an assessment file's blocks).
    pub fn ids(&self) -> Vec<String> {
        self.questions.iter().map(|q| q.id.to_string()).collect()
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.position(id).map(|i| &self.questions[i])
    }

    /// Where the question with this id is in [`Questionnaire::questions`].
    pub fn position(&self, id: &str) -> Option<usize> {
        find(&self.index, id)
    }

    /// The questionnaire, its version and its revision, as every output
    /// names them: `zendesk-srm 2023-06-16 rev. 2026-12-01` (the
    /// revision only when there is one).
    pub fn named(&self) -> String {
        match &self.revision {
            Some(revision) => format!("{} {} rev. {revision}", self.id, self.version),
            None => format!("{} {}", self.id, self.version),
        }
    }

    /// The link with this id.
    pub fn link(&self, id: &str) -> Option<&Link> {
        find(&self.link_index, id).map(|i| &self.links[i])
    }

    /// The questions of a section.
    pub fn section_questions(&self, section: &Section) -> &[Question] {
        &self.questions[section.questions.clone()]
    }
}

/// `(id, position)` for each id, sorted by id: a lookup by id that the
/// compiled built-in model holds ready-made.
fn sorted_ids<'a>(ids: impl Iterator<Item = &'a Str>) -> List<(Str, usize)> {
    let mut index: Vec<(Str, usize)> = ids.cloned().zip(0..).collect();
    index.sort();
    index.into()
}

/// The position recorded for `id` in an index made by [`sorted_ids`].
fn find(index: &[(Str, usize)], id: &str) -> Option<usize> {
    index
        .binary_search_by(|(key, _)| (**key).cmp(id))
        .ok()
        .map(|at| index[at].1)
}
