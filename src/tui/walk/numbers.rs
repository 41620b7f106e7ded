//! The walk's report and its numbers, built as `report` builds them:
//! what the summary shows and `r` writes.

use super::Walk;
use crate::assessment::decisions::AuditTally;
use crate::lang::Lang;

impl Walk {
    /// The report of the open assessment, as `report` builds it: what the
    /// summary shows and `r` writes.
    pub fn report<'a>(
        &'a self,
        name: &'a str,
        lang: Lang,
        now: jiff::Timestamp,
    ) -> crate::report::Report<'a> {
        crate::report::Report::new(
            &self.questionnaire,
            self.doc.assessment(),
            name,
            lang,
            now,
            crate::report::Files::Checked(&self.files),
        )
        .as_of(self.today)
    }

    /// The numbers the reports show, as of the walk's day (evidence files
    /// as last checked): the whole and each section, for the summary. No
    /// clock is read, so drawing stays a function of the model.
    pub fn audit(&self) -> (AuditTally, Vec<AuditTally>) {
        let day_start = crate::clock::midnight_utc(self.today);
        let model = self.report("", self.lang, day_start).model();
        (model.audit, model.audit_sections)
    }
}
