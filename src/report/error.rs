//! What can go wrong producing a report (writing it to a file is the
//! store's [`crate::store::StoreError`]); `messages::report_error` words it.

/// A report that could not be rendered.
#[derive(Debug)]
pub enum ReportError {
    /// The JSON serializer failed.
    Json(serde_json::Error),
    /// The CSV writer failed.
    Csv(csv::Error),
    /// The CSV writer's buffer could not be taken back.
    CsvBuffer(String),
    /// A plan of action and milestones with nothing to plan: no gap and
    /// no unanswered question (OSCAL requires at least one item).
    NothingToPlan,
}

impl From<serde_json::Error> for ReportError {
    fn from(e: serde_json::Error) -> Self {
        ReportError::Json(e)
    }
}

impl From<csv::Error> for ReportError {
    fn from(e: csv::Error) -> Self {
        ReportError::Csv(e)
    }
}

impl ReportError {
    /// Why the report could not be rendered, in `lang`.
    pub fn words(&self, lang: crate::lang::Lang) -> String {
        use crate::messages::{cannot_write_csv, cannot_write_json};
        match self {
            ReportError::Json(e) => cannot_write_json(lang, e),
            ReportError::Csv(e) => cannot_write_csv(lang, e),
            ReportError::CsvBuffer(e) => cannot_write_csv(lang, e),
            ReportError::NothingToPlan => crate::messages::oscal_nothing_to_plan(lang),
        }
    }
}
