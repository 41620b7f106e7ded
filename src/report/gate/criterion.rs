//! What `--fail-on` takes: the criteria a gate fails on, and their words.

/// What makes the check fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Criterion {
    /// Open gaps of high severity.
    High,
    /// Open gaps of medium severity.
    Medium,
    /// Open gaps of low severity.
    Low,
    /// Questions answered don't know.
    Unknown,
    /// Questions not answered.
    Unanswered,
    /// Risk acceptances that ran out.
    Expired,
    /// Open gaps past their due date.
    Overdue,
    /// Evidence older than its renewal period.
    Stale,
    /// Answered questions reworded since, and evidence files changed since
    /// they were recorded.
    Changed,
    /// Answers the probe's observations contradict (a setting read
    /// directly).
    Contradiction,
    /// Answers an inference of the probe disagrees with: worth a look.
    ToVerify,
    /// Questions a git merge left in conflict, not settled yet.
    Conflict,
    /// Account settings the audit log shows changed since the probe before
    /// the last one, on the questions that read them.
    SettingChanged,
    /// What is new or worse since `--since REV`: an answer that got worse,
    /// a new gap, a new contradiction or to-verify, an acceptance that
    /// expired since, a setting the probe saw change.
    New,
}

impl Criterion {
    /// Every criterion, in the order findings are listed.
    pub const ALL: [Criterion; 14] = [
        Criterion::High,
        Criterion::Medium,
        Criterion::Low,
        Criterion::Unknown,
        Criterion::Unanswered,
        Criterion::Expired,
        Criterion::Overdue,
        Criterion::Stale,
        Criterion::Changed,
        Criterion::Contradiction,
        Criterion::ToVerify,
        Criterion::Conflict,
        Criterion::SettingChanged,
        Criterion::New,
    ];

    /// The word `--fail-on` takes for it.
    pub fn word(self) -> &'static str {
        match self {
            Criterion::High => "high",
            Criterion::Medium => "medium",
            Criterion::Low => "low",
            Criterion::Unknown => "unknown",
            Criterion::Unanswered => "unanswered",
            Criterion::Expired => "expired",
            Criterion::Overdue => "overdue",
            Criterion::Stale => "stale",
            Criterion::Changed => "changed",
            Criterion::Contradiction => "contradiction",
            Criterion::ToVerify => "to-verify",
            Criterion::Conflict => "conflict",
            Criterion::SettingChanged => "setting-changed",
            Criterion::New => "new",
        }
    }

    /// Reads a comma-separated list (`high,expired`); a word it does not
    /// know (or the whole text, when it names none) is the error.
    pub fn parse_list(text: &str) -> Result<Vec<Criterion>, String> {
        let mut out = Vec::new();
        for given in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let lower = given.to_lowercase();
            // The words are those `word` gives, and the plurals
            // `contradictions` and `conflicts` too.
            let word = match lower.as_str() {
                "contradictions" => "contradiction",
                "conflicts" => "conflict",
                "settings-changed" | "setting-changes" => "setting-changed",
                other => other,
            };
            let c = Criterion::ALL
                .into_iter()
                .find(|c| c.word() == word)
                .ok_or_else(|| given.to_string())?;
            if !out.contains(&c) {
                out.push(c);
            }
        }
        if out.is_empty() {
            return Err(text.to_string());
        }
        out.sort();
        Ok(out)
    }
}
