//! Where a question stands in a view by framework control: a gap, not
//! assessed, accepted, met or not applicable.

use super::decisions::Status;

/// Where a question, or a control, stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// A gap still to be closed (open, overdue, an acceptance run out).
    Gap,
    /// Nobody has assessed it.
    NotAssessed,
    /// A gap accepted as a risk, the acceptance in force.
    Accepted,
    /// In place.
    Met,
    /// Does not apply.
    NotApplicable,
}

impl Standing {
    /// The word machines read.
    pub fn word(self) -> &'static str {
        match self {
            Standing::Gap => "gap",
            Standing::NotAssessed => "not_assessed",
            Standing::Accepted => "accepted",
            Standing::Met => "met",
            Standing::NotApplicable => "not_applicable",
        }
    }

    /// Where a question of this status stands.
    pub fn of(s: Status) -> Self {
        match s {
            Status::NotAssessed => Standing::NotAssessed,
            Status::Met => Standing::Met,
            Status::NotApplicable => Standing::NotApplicable,
            Status::Accepted(_) => Standing::Accepted,
            Status::Open | Status::Overdue(_) | Status::Expired(_) => Standing::Gap,
        }
    }
}
