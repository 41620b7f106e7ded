//! The report by framework control (`report --framework`): each control
//! the questionnaire maps to, in the framework's order, the questions
//! mapped to it and where each stands.

use super::Report;
use crate::assessment::decisions::status;
pub use crate::assessment::standing::Standing;
use crate::questionnaire::{Framework, Question};

/// One control and the questions mapped to it.
#[derive(Debug, Clone)]
pub struct ControlRow<'a> {
    /// The control's id.
    pub id: &'a str,
    /// Where it stands: the worst of its questions (a gap, then one not
    /// assessed, then an accepted risk, then met); not applicable only
    /// when every question is.
    pub standing: Standing,
    /// Its questions, in the questionnaire's order, and where each stands.
    pub questions: Vec<(&'a Question, Standing)>,
}

/// Every control of `framework` the questionnaire maps to, in the
/// framework's order.
pub fn by_control<'a>(report: &Report<'a>, framework: Framework) -> Vec<ControlRow<'a>> {
    let mut rows: Vec<ControlRow<'a>> = Vec::new();
    for question in report.questionnaire.questions.iter() {
        let s = Standing::of(status(
            report.assessment.answers.get(&*question.id),
            &report.standing(question),
        ));
        for id in question.controls.of(framework) {
            match rows.iter_mut().find(|r| r.id == &**id) {
                Some(row) => row.questions.push((question, s)),
                None => rows.push(ControlRow {
                    id,
                    standing: s,
                    questions: vec![(question, s)],
                }),
            }
        }
    }
    for row in &mut rows {
        row.standing = row
            .questions
            .iter()
            .map(|(_, s)| *s)
            .min()
            .unwrap_or(Standing::NotAssessed);
    }
    rows.sort_by_key(|r| framework.sort_key(r.id));
    rows
}
