//! What can go wrong producing a report (writing it to a file is the
//! store's [`crate::store::StoreError`]).

/// A report that could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The JSON serializer failed.
    #[error("{}", crate::messages::cannot_write_json(crate::messages::current_lang(), .0))]
    Json(#[from] serde_json::Error),
    /// The CSV writer failed.
    #[error("{}", crate::messages::cannot_write_csv(crate::messages::current_lang(), .0))]
    Csv(#[from] csv::Error),
    /// The CSV writer's buffer could not be taken back.
    #[error("{}", crate::messages::cannot_write_csv(crate::messages::current_lang(), .0))]
    CsvBuffer(String),
}
