//! Recording evidence: the one check of what a person typed, for the
//! `evidence` command and the interface's form. Reading and hashing a file
//! is the store's; this decides whether the request may go that far.

use jiff::civil::Date;

/// Why evidence was refused; nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceRefusal {
    /// No reference was given.
    Empty,
    /// The reference holds a line break or another control character (it
    /// could forge lines of output that CI reads).
    NotOneLine,
    /// The evidence would show the control on a day still to come.
    ObservedFuture {
        /// The day asked for.
        observed: Date,
        /// Today.
        today: Date,
    },
}

/// What a checked request holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedEvidence {
    /// The reference, trimmed: a web address or a file path.
    pub reference: String,
    /// The day the evidence shows the control (today when not given).
    pub observed: Date,
    /// What it shows, trimmed.
    pub note: String,
}

impl CheckedEvidence {
    /// Whether the reference is a web address (else a file to hash).
    pub fn is_url(&self) -> bool {
        super::decisions::is_url(&self.reference)
    }
}

/// The reference alone, trimmed: given, and on one line (to record
/// evidence or to remove it).
pub fn check_reference(reference: &str) -> Result<&str, EvidenceRefusal> {
    let reference = reference.trim();
    if reference.is_empty() {
        return Err(EvidenceRefusal::Empty);
    }
    if reference.chars().any(char::is_control) {
        return Err(EvidenceRefusal::NotOneLine);
    }
    Ok(reference)
}

/// Checks a request to record evidence, in the form's order: the
/// reference, then the day.
pub fn check_evidence(
    reference: &str,
    observed: Option<Date>,
    note: &str,
    today: Date,
) -> Result<CheckedEvidence, EvidenceRefusal> {
    let reference = check_reference(reference)?;
    let observed = observed.unwrap_or(today);
    if observed > today {
        return Err(EvidenceRefusal::ObservedFuture { observed, today });
    }
    Ok(CheckedEvidence {
        reference: reference.to_string(),
        observed,
        note: note.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 1);

    #[test]
    fn a_reference_on_one_line_observed_by_today_is_kept_trimmed() {
        let e = check_evidence(" https://x.example/a ", None, " n ", TODAY).expect("ok");
        assert_eq!(
            (e.reference.as_str(), e.observed),
            ("https://x.example/a", TODAY)
        );
        assert_eq!(e.note, "n");
        assert!(e.is_url());
    }

    #[test]
    fn empty_multi_line_or_future_is_refused() {
        assert_eq!(
            check_evidence("  ", None, "", TODAY),
            Err(EvidenceRefusal::Empty)
        );
        assert_eq!(
            check_evidence("a.pdf\n::error::forged", None, "", TODAY),
            Err(EvidenceRefusal::NotOneLine)
        );
        assert_eq!(
            check_evidence("a.pdf", Some(date(2026, 12, 2)), "", TODAY),
            Err(EvidenceRefusal::ObservedFuture {
                observed: date(2026, 12, 2),
                today: TODAY
            })
        );
    }
}
