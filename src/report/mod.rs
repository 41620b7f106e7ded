//! The gap report: Markdown to share, HTML, JSON and CSV for machines and
//! spreadsheets, and the comparison with an older assessment.
//!
//! Every format formats the same [`model::Model`], computed once from a
//! [`Report`]; nothing here touches the
//! terminal, and only [`write_file`] the file system (through the store's
//! atomic writer).

pub mod bundle;
pub mod chart;
pub mod compare;
pub mod controls;
pub mod csv;
mod error;
pub mod fleet;
pub mod gate;
pub mod html;
pub mod json;
pub mod markdown;
pub mod md_writer;
pub mod model;
pub mod oscal;
pub mod plan;
pub mod textconv;

use jiff::Timestamp;

pub use error::ReportError;

use crate::assessment::decisions::{FileDigests, Standing, standing};
use crate::assessment::{Answer, Assessment};
use crate::lang::Lang;
use crate::messages::{self, ReportWords};
use crate::questionnaire::{Question, Questionnaire};

/// Everything a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The questionnaire answered.
    pub questionnaire: &'a Questionnaire,
    /// The assessment reported on.
    pub assessment: &'a Assessment,
    /// The assessment's name (its file's stem).
    pub name: &'a str,
    /// The report's language.
    pub lang: Lang,
    /// When the report is made.
    pub generated: Timestamp,
    /// An older assessment to compare with (`--since`).
    pub since: Option<Since<'a>>,
    /// The day expiry, staleness and overdue are judged on (`--as-of`).
    pub as_of: jiff::civil::Date,
    /// With `--as-of`: the assessment shows what was recorded by that
    /// day, and this many later (or undated) records were left out.
    pub left_out: Option<usize>,
    /// Whether the evidence files were read, and what is at their paths.
    pub files: Files<'a>,
    /// Whether to draw charts (a Mermaid block in Markdown, SVG in HTML).
    pub charts: bool,
    /// A view by the controls of this framework (`--framework`).
    pub framework: Option<crate::questionnaire::Framework>,
}

/// Whether a report's evidence files were read: every front end passes
/// the same, so that "evidence-backed" is one number wherever it is shown
/// (a changed file backs nothing).
#[derive(Debug, Clone, Copy)]
pub enum Files<'a> {
    /// Read (`store::evidence::digests`): what is at each recorded path.
    Checked(&'a FileDigests),
    /// Not read: a file that changed since it was recorded still counts,
    /// and reports say the files were not checked.
    NotChecked,
}

impl<'a> Files<'a> {
    /// The digests, when the files were read.
    pub fn digests(self) -> Option<&'a FileDigests> {
        match self {
            Files::Checked(digests) => Some(digests),
            Files::NotChecked => None,
        }
    }
}

/// An older assessment of the same questionnaire.
#[derive(Debug, Clone, Copy)]
pub struct Since<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its answers.
    pub assessment: &'a Assessment,
}

impl<'a> Report<'a> {
    /// The report of `assessment` (named `name`) in `lang`, made at
    /// `generated` and judged on that day (in the system's time zone),
    /// with charts, compared with nothing: the one way every front end
    /// builds one. `as_of`, `since`, `left_out` and `charts` change it.
    pub fn new(
        questionnaire: &'a Questionnaire,
        assessment: &'a Assessment,
        name: &'a str,
        lang: Lang,
        generated: Timestamp,
        files: Files<'a>,
    ) -> Self {
        Report {
            questionnaire,
            assessment,
            name,
            lang,
            generated,
            since: None,
            as_of: crate::assessment::local_date(generated),
            left_out: None,
            files,
            charts: true,
            framework: None,
        }
    }

    /// With a view by the controls of `framework` (`--framework`).
    pub fn framework(self, framework: Option<crate::questionnaire::Framework>) -> Self {
        Report { framework, ..self }
    }

    /// Judged on `day` (`--as-of`).
    pub fn as_of(self, day: jiff::civil::Date) -> Self {
        Report { as_of: day, ..self }
    }

    /// Compared with an older assessment (`--since`).
    pub fn since(self, since: Option<Since<'a>>) -> Self {
        Report { since, ..self }
    }

    /// With `--as-of`, how many later records were left out.
    pub fn left_out(self, left_out: Option<usize>) -> Self {
        Report { left_out, ..self }
    }

    /// With or without charts.
    pub fn charts(self, charts: bool) -> Self {
        Report { charts, ..self }
    }

    /// The messages in the report's language.
    pub fn messages(&self) -> &'static ReportWords {
        messages::report_words(self.lang)
    }

    /// What was recorded for a question (empty when nothing was).
    pub fn entry(&self, question: &Question) -> crate::assessment::Entry {
        self.assessment
            .answers
            .get(&*question.id)
            .cloned()
            .unwrap_or_default()
    }

    /// Where a question stands as of the report's day.
    pub fn standing(&self, question: &Question) -> Standing {
        match self.assessment.answers.get(&*question.id) {
            Some(entry) => standing(question, entry, self.as_of, self.files.digests()),
            None => Standing::default(),
        }
    }
}

/// The questions answered with a gap (partial, no, unknown), most severe
/// first: by severity, then no before don't know before partial, then in
/// questionnaire order.
pub fn gaps<'a>(
    questionnaire: &'a Questionnaire,
    assessment: &Assessment,
) -> Vec<(&'a Question, Answer)> {
    let mut gaps: Vec<(usize, &Question, Answer)> = questionnaire
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            assessment
                .answer(&q.id)
                .filter(|a| a.is_gap())
                .map(|a| (i, q, a))
        })
        .collect();
    let rank = |a: Answer| match a {
        Answer::No => 0,
        Answer::Unknown => 1,
        _ => 2,
    };
    gaps.sort_by_key(|(i, q, a)| (q.severity, rank(*a), *i));
    gaps.into_iter().map(|(_, q, a)| (q, a)).collect()
}

/// A timestamp for people: `2026-11-25 14:02 UTC`.
pub fn timestamp(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// Writes a report file atomically, readable by its owner only; an
/// existing file is replaced whole or not at all (a link is followed, a
/// device or FIFO written through, as for every file srm-assess writes).
pub fn write_file(
    path: &std::path::Path,
    contents: impl AsRef<[u8]>,
) -> Result<(), crate::store::StoreError> {
    use crate::store::{StoreError, atomic};
    atomic::write(path, contents.as_ref(), atomic::Mode::Replace)
        .map_err(|e| StoreError::save(path, e))
}
