//! The assessment as it stood at the end of a past day (`--as-of`): what
//! was recorded after it is left out, so that a report answers an
//! auditor's "what did you know on 30 June?".
//!
//! The file keeps the latest of each record, not its history: an answer
//! changed after the day is left out, not restored to what it was (git
//! keeps that; `--since REV` compares with it). A record without a date
//! (written by hand) counts as made at the newest date the file records,
//! the latest it can be known to be: it is shown only when that is not
//! after the day. (Files from before records were dated are dated when
//! read: see [`Assessment::date_undated`].)

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::Assessment;

/// The assessment as of a day, and how much of it was left out.
#[derive(Debug, Clone)]
pub struct AsOf {
    /// What was recorded by the end of the day.
    pub assessment: Assessment,
    /// Records left out: answers, details (notes, owner, due date,
    /// justification, flag), acceptances, evidence and observations made
    /// after the day, or without a date in a file saved after it.
    pub left_out: usize,
}

impl Assessment {
    /// The assessment as it stood at the end of `day` in `tz`; `None` when
    /// the assessment did not exist yet on that day.
    pub fn as_of(&self, day: Date, tz: &TimeZone) -> Option<AsOf> {
        let on = |t: Timestamp| t.to_zoned_datetime(tz.clone()).date();
        if on(self.created) > day {
            return None;
        }
        let updated = self.updated();
        let after = |t: Option<Timestamp>| on(t.unwrap_or(updated)) > day;
        let mut out = self.clone();
        let mut left_out = 0;
        for entry in out.answers.values_mut() {
            if entry.acceptance.as_ref().is_some_and(|a| a.approved > day) {
                entry.acceptance = None;
                left_out += 1;
            }
            if entry.answer.is_some() && after(entry.answered_at) {
                entry.clear_answer();
                left_out += 1;
            }
            if entry.has_details() && after(entry.edited_at) {
                entry.notes.clear();
                entry.justification.clear();
                entry.owner.clear();
                entry.due = None;
                entry.flagged = false;
                left_out += 1;
            }
            let before = entry.evidence.len();
            entry.evidence.retain(|e| e.recorded <= day);
            left_out += before - entry.evidence.len();
        }
        out.answers.retain(|_, entry| !entry.is_empty());
        for seen in out.observations.values_mut() {
            let before = seen.len();
            seen.retain(|o| on(o.fetched_at) <= day);
            left_out += before - seen.len();
        }
        out.observations.retain(|_, seen| !seen.is_empty());
        Some(AsOf {
            assessment: out,
            left_out,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Acceptance, Answer, Entry, Evidence, Metadata};
    use crate::lang::Lang;
    use crate::questionnaire::Questionnaire;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    fn sample() -> Assessment {
        let q = Questionnaire::parse(
            include_str!("../../tests/fixtures/valid/minimal.toml"),
            "minimal.toml",
        )
        .expect("valid");
        let mut a = Assessment::new(
            &q,
            Lang::En,
            Metadata::default(),
            ts("2026-01-01T08:00:00Z"),
        );
        let evidence = |recorded: &str| Evidence {
            reference: format!("https://example.com/{recorded}"),
            observed: date(recorded),
            recorded: date(recorded),
            sha256: None,
            note: String::new(),
        };
        a.answers.insert(
            "early".into(),
            Entry {
                answer: Some(Answer::No),
                answered_at: Some(ts("2026-02-01T10:00:00Z")),
                notes: "known in February".into(),
                edited_at: Some(ts("2026-02-01T10:00:00Z")),
                acceptance: Some(Acceptance {
                    by: "CISO".into(),
                    approved: date("2026-08-01"),
                    until: date("2027-01-01"),
                    reason: "r".into(),
                    compensating: String::new(),
                }),
                evidence: vec![evidence("2026-03-01"), evidence("2026-07-01")],
                ..Entry::default()
            },
        );
        a.answers.insert(
            "late".into(),
            Entry {
                answer: Some(Answer::Yes),
                answered_at: Some(ts("2026-08-15T10:00:00Z")),
                ..Entry::default()
            },
        );
        // Written by hand without a date: as old as the newest record.
        a.answers.insert(
            "undated".into(),
            Entry {
                owner: "Legal".into(),
                ..Entry::default()
            },
        );
        a
    }

    #[test]
    fn what_came_after_the_day_is_left_out() {
        let a = sample();
        let past = a
            .as_of(date("2026-06-30"), &TimeZone::UTC)
            .expect("existed");
        let early = &past.assessment.answers["early"];
        assert_eq!(early.answer, Some(Answer::No));
        assert_eq!(early.notes, "known in February");
        assert_eq!(early.acceptance, None, "approved in August");
        assert_eq!(early.evidence.len(), 1, "the July evidence goes");
        assert!(!past.assessment.answers.contains_key("late"));
        assert!(!past.assessment.answers.contains_key("undated"));
        assert_eq!(past.left_out, 4);
        // Last updated as the day knew it: the newest record kept.
        assert_eq!(past.assessment.updated(), ts("2026-02-01T10:00:00Z"));
    }

    #[test]
    fn the_last_day_counts_whole_and_a_day_before_creation_is_refused() {
        let a = sample();
        let past = a
            .as_of(date("2026-08-15"), &TimeZone::UTC)
            .expect("existed");
        assert!(past.assessment.answers.contains_key("late"));
        assert!(a.as_of(date("2025-12-31"), &TimeZone::UTC).is_none());
        assert!(a.as_of(date("2026-01-01"), &TimeZone::UTC).is_some());
        let now = a
            .as_of(date("2026-09-01"), &TimeZone::UTC)
            .expect("existed");
        assert_eq!(now.left_out, 0);
        assert_eq!(now.assessment, a);
    }
}
