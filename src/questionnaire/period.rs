//! How often evidence must be renewed (a question's `review_every`): a
//! questionnaire's notion, which the assessment's judgements use.

use jiff::civil::Date;

use super::Severity;

/// How often evidence must be renewed: a number of days, weeks, months or
/// years, written `90d`, `12w`, `6m`, `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Period {
    amount: u16,
    unit: PeriodUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum PeriodUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Period {
    /// Reads `90d`, `12w`, `6m` or `1y` (1 to 9999 of the unit).
    pub fn parse(text: &str) -> Option<Self> {
        Self::read(text.trim().as_bytes())
    }

    /// [`Period::parse`] without the trimming, usable in a constant (the
    /// compiled built-in questionnaire's).
    pub(super) const fn read(text: &[u8]) -> Option<Self> {
        let Some((&last, digits)) = text.split_last() else {
            return None;
        };
        let unit = match last {
            b'd' => PeriodUnit::Days,
            b'w' => PeriodUnit::Weeks,
            b'm' => PeriodUnit::Months,
            b'y' => PeriodUnit::Years,
            _ => return None,
        };
        if digits.is_empty() {
            return None;
        }
        // At most 9999 before each step, so never past 99,999.
        let mut amount: u32 = 0;
        let mut at = 0;
        while at < digits.len() {
            if !digits[at].is_ascii_digit() {
                return None;
            }
            amount = amount * 10 + (digits[at] - b'0') as u32;
            if amount > 9999 {
                return None;
            }
            at += 1;
        }
        if amount == 0 {
            return None;
        }
        Some(Period {
            amount: amount as u16,
            unit,
        })
    }

    /// The default for a question of this severity: the more a gap
    /// matters, the fresher its evidence must be.
    pub fn for_severity(severity: Severity) -> Self {
        match severity {
            Severity::High => Period {
                amount: 90,
                unit: PeriodUnit::Days,
            },
            Severity::Medium => Period {
                amount: 180,
                unit: PeriodUnit::Days,
            },
            Severity::Low => Period {
                amount: 1,
                unit: PeriodUnit::Years,
            },
        }
    }

    /// The last day evidence observed on `from` is fresh.
    pub fn last_fresh_day(self, from: Date) -> Date {
        let n = i64::from(self.amount);
        let span = match self.unit {
            PeriodUnit::Days => jiff::Span::new().days(n),
            PeriodUnit::Weeks => jiff::Span::new().weeks(n),
            PeriodUnit::Months => jiff::Span::new().months(n),
            PeriodUnit::Years => jiff::Span::new().years(n),
        };
        from.checked_add(span).unwrap_or(Date::MAX)
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            PeriodUnit::Days => 'd',
            PeriodUnit::Weeks => 'w',
            PeriodUnit::Months => 'm',
            PeriodUnit::Years => 'y',
        };
        write!(f, "{}{unit}", self.amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn periods_read_and_count_calendar_days() {
        let p = Period::parse("90d").expect("90d");
        assert_eq!(p.to_string(), "90d");
        assert_eq!(p.last_fresh_day(date("2026-01-01")), date("2026-04-01"));
        assert_eq!(
            Period::parse("1y")
                .expect("1y")
                .last_fresh_day(date("2024-02-29")),
            date("2025-02-28")
        );
        assert_eq!(
            Period::parse(" 0090d ").map(|p| p.to_string()),
            Some("90d".into())
        );
        assert_eq!(
            Period::parse("000090d").map(|p| p.to_string()),
            Some("90d".into())
        );
        assert_eq!(
            Period::parse("9999y").map(|p| p.to_string()),
            Some("9999y".into())
        );
        for bad in [
            "", "d", "90", "0d", "-1d", "1.5y", "10000d", "99999d", "00000d", "9x", "１d", "+9d",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad:?}");
        }
    }
}
