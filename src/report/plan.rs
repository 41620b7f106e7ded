//! The action plan: every gap, most severe first, with who closes it, by
//! when and where it stands as of the report's day — shared by the
//! Markdown report and `--format action-plan-csv`.

use jiff::civil::Date;

use super::{Report, gaps};
use crate::assessment::decisions::Standing;
use crate::assessment::{Answer, Entry};
use crate::questionnaire::{Question, Severity};

/// Where a gap stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Open, not past due.
    Open,
    /// Open and past its due date.
    Overdue(Date),
    /// Open again: its acceptance ran out on this day.
    Expired(Date),
    /// Accepted as a risk until this day.
    Accepted(Date),
}

/// One gap in the plan.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// The question.
    pub question: &'a Question,
    /// Its answer (a gap).
    pub answer: Answer,
    /// What was recorded with it.
    pub entry: Entry,
    /// Where it stands as of the report's day.
    pub standing: Standing,
}

impl Item<'_> {
    /// Where it stands, in one word, by the domain's one rule
    /// ([`crate::assessment::decisions::status`]).
    pub fn status(&self) -> Status {
        use crate::assessment::decisions::Status as S;
        match crate::assessment::decisions::status(Some(&self.entry), &self.standing) {
            S::Accepted(until) => Status::Accepted(until),
            S::Overdue(due) => Status::Overdue(due),
            S::Expired(until) => Status::Expired(until),
            S::Open | S::NotAssessed | S::Met | S::NotApplicable => Status::Open,
        }
    }

    /// Whether it is still to be closed (not accepted).
    pub fn open(&self) -> bool {
        !self.standing.accepted
    }

    /// Whether the summary's top risks name it: an open high gap, an
    /// expired acceptance or an overdue action.
    pub fn top_risk(&self) -> bool {
        match self.status() {
            Status::Accepted(_) => false,
            Status::Expired(_) | Status::Overdue(_) => true,
            Status::Open => self.question.severity == Severity::High,
        }
    }
}

/// Every gap, most severe first.
pub fn plan<'a>(report: &Report<'a>) -> Vec<Item<'a>> {
    gaps(report.questionnaire, report.assessment)
        .into_iter()
        .map(|(question, answer)| Item {
            question,
            answer,
            entry: report.entry(question),
            standing: report.standing(question),
        })
        .collect()
}

/// The top risks: open high gaps, expired acceptances and overdue
/// actions, in the plan's order.
pub fn top_risks<'p, 'a>(plan: &'p [Item<'a>]) -> impl Iterator<Item = &'p Item<'a>> {
    plan.iter().filter(|i| i.top_risk())
}
