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
