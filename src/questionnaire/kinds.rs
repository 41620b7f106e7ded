//! The two closed vocabularies of a question: its severity (how much a gap
//! matters, and its weight in the score) and its responsibility (which
//! party carries the control).

/// How much a missing control matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Weight 3.
    High,
    /// Weight 2.
    Medium,
    /// Weight 1.
    Low,
}

impl Severity {
    /// The word used in files: `high`, `medium`, `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "high" => Some(Severity::High),
            "medium" => Some(Severity::Medium),
            "low" => Some(Severity::Low),
            _ => None,
        }
    }

    /// The weight of a question of this severity in the score.
    pub fn weight(self) -> u32 {
        match self {
            Severity::High => 3,
            Severity::Medium => 2,
            Severity::Low => 1,
        }
    }
}

/// Which party carries the control (the questionnaire's `owner` key):
/// not to be confused with an answer's owner, the person who closes a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Responsibility {
    /// The subscriber alone.
    Subscriber,
    /// Subscriber and vendor each hold a part.
    Shared,
}

impl Responsibility {
    /// The word used in files: `subscriber`, `shared`.
    pub fn as_str(self) -> &'static str {
        match self {
            Responsibility::Subscriber => "subscriber",
            Responsibility::Shared => "shared",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "subscriber" => Some(Responsibility::Subscriber),
            "shared" => Some(Responsibility::Shared),
            _ => None,
        }
    }
}
