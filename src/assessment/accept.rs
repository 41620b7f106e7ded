//! Accepting a gap as a risk: the one rule, checked in one order, that the
//! `accept` command and the interface's form both call. They only word the
//! refusal (`messages`); nothing is checked anywhere else.

use jiff::civil::Date;

use super::{Acceptance, Answer, Entry};

/// What a person asks to record, as typed (untrimmed).
#[derive(Debug, Clone, Default)]
pub struct AcceptRequest<'a> {
    /// Who approved the risk.
    pub by: &'a str,
    /// The last day the acceptance holds.
    pub until: Option<Date>,
    /// Why the risk is accepted.
    pub reason: &'a str,
    /// What reduces the risk meanwhile (may be empty).
    pub compensating: &'a str,
    /// When it was approved; `None` is today.
    pub approved: Option<Date>,
}

/// The part of a request a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptField {
    /// Who approved it.
    By,
    /// The last day it holds.
    Until,
    /// Why.
    Reason,
    /// When it was approved.
    Approved,
}

/// Why an acceptance was refused; the entry is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptRefusal {
    /// Only a gap (partial, no, unknown) can be accepted; the answer it has.
    NotAGap(Option<Answer>),
    /// A required field is empty.
    Empty(AcceptField),
    /// The approver's name hides a character that changes how it reads.
    HiddenChar(char),
    /// The acceptance would already have ended.
    UntilPast {
        /// The last day asked for.
        until: Date,
        /// Today.
        today: Date,
    },
    /// An approval given in the future.
    ApprovedFuture {
        /// The approval day asked for.
        approved: Date,
        /// Today.
        today: Date,
    },
}

impl AcceptRefusal {
    /// The field to point at, when the refusal is about one.
    pub fn field(self) -> Option<AcceptField> {
        match self {
            AcceptRefusal::NotAGap(_) => None,
            AcceptRefusal::Empty(field) => Some(field),
            AcceptRefusal::HiddenChar(_) => Some(AcceptField::By),
            AcceptRefusal::UntilPast { .. } => Some(AcceptField::Until),
            AcceptRefusal::ApprovedFuture { .. } => Some(AcceptField::Approved),
        }
    }
}

/// A revocation of an acceptance that is not there (refused alike by the
/// command line and the interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NothingToRevoke;

impl Entry {
    /// Revokes the acceptance: the one that was recorded, or a refusal
    /// when there is none (nothing changes).
    pub fn revoke_acceptance(&mut self) -> Result<super::Acceptance, NothingToRevoke> {
        self.acceptance.take().ok_or(NothingToRevoke)
    }

    /// Sets the notes as typed, surrounding white space and blank lines
    /// trimmed: the one rule of every front end.
    pub fn set_notes(&mut self, text: &str) {
        self.notes = text.trim().to_string();
    }

    /// Accepts the entry's gap as a risk on `today` and returns what was
    /// recorded, or says why not and changes nothing. Texts are trimmed.
    pub fn accept(
        &mut self,
        request: &AcceptRequest,
        today: Date,
    ) -> Result<&Acceptance, AcceptRefusal> {
        let acceptance = acceptance(self.answer, request, today)?;
        Ok(self.acceptance.insert(acceptance))
    }
}

/// The checks, in their one order, the order of the form's fields: a gap;
/// who; when it ends, not yet past; why; when it was approved, not in the
/// future. An acceptance then never ends before its approval
/// (approved ≤ today ≤ until), so that needs no check of its own.
fn acceptance(
    answer: Option<Answer>,
    request: &AcceptRequest,
    today: Date,
) -> Result<Acceptance, AcceptRefusal> {
    if !answer.is_some_and(Answer::is_gap) {
        return Err(AcceptRefusal::NotAGap(answer));
    }
    let by = request.by.trim();
    if by.is_empty() {
        return Err(AcceptRefusal::Empty(AcceptField::By));
    }
    if let Some(c) = crate::sanitize::hidden_char(by) {
        return Err(AcceptRefusal::HiddenChar(c));
    }
    let until = request
        .until
        .ok_or(AcceptRefusal::Empty(AcceptField::Until))?;
    if until < today {
        return Err(AcceptRefusal::UntilPast { until, today });
    }
    let reason = request.reason.trim();
    if reason.is_empty() {
        return Err(AcceptRefusal::Empty(AcceptField::Reason));
    }
    let approved = request.approved.unwrap_or(today);
    // An approval is a fact of the past: a future day is a typing mistake
    // (9999-12-30) or a way to make an acceptance look newer than it is.
    if approved > today {
        return Err(AcceptRefusal::ApprovedFuture { approved, today });
    }
    Ok(Acceptance {
        by: by.to_string(),
        approved,
        until,
        reason: reason.to_string(),
        compensating: request.compensating.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 1);

    fn gap() -> Entry {
        Entry {
            answer: Some(Answer::No),
            ..Entry::default()
        }
    }

    fn ok() -> AcceptRequest<'static> {
        AcceptRequest {
            by: " CISO ",
            until: Some(date(2027, 3, 31)),
            reason: " budget ",
            compensating: "",
            approved: None,
        }
    }

    #[test]
    fn a_gap_is_accepted_trimmed_and_dated_today() {
        let mut e = gap();
        e.accept(&ok(), TODAY).expect("accepted");
        let a = e.acceptance.expect("recorded");
        assert_eq!((a.by.as_str(), a.reason.as_str()), ("CISO", "budget"));
        assert_eq!(a.approved, TODAY);
    }

    #[test]
    fn each_refusal_changes_nothing() {
        let cases: Vec<(Entry, AcceptRequest, AcceptRefusal)> = vec![
            (Entry::default(), ok(), AcceptRefusal::NotAGap(None)),
            (
                Entry {
                    answer: Some(Answer::Yes),
                    ..Entry::default()
                },
                ok(),
                AcceptRefusal::NotAGap(Some(Answer::Yes)),
            ),
            (
                gap(),
                AcceptRequest { by: "  ", ..ok() },
                AcceptRefusal::Empty(AcceptField::By),
            ),
            (
                gap(),
                AcceptRequest {
                    by: "Ann\u{202e}",
                    ..ok()
                },
                AcceptRefusal::HiddenChar('\u{202e}'),
            ),
            (
                gap(),
                AcceptRequest {
                    until: None,
                    ..ok()
                },
                AcceptRefusal::Empty(AcceptField::Until),
            ),
            (
                gap(),
                AcceptRequest { reason: "", ..ok() },
                AcceptRefusal::Empty(AcceptField::Reason),
            ),
            (
                gap(),
                AcceptRequest {
                    until: Some(date(2026, 11, 30)),
                    ..ok()
                },
                AcceptRefusal::UntilPast {
                    until: date(2026, 11, 30),
                    today: TODAY,
                },
            ),
            (
                gap(),
                AcceptRequest {
                    approved: Some(date(2026, 12, 2)),
                    ..ok()
                },
                AcceptRefusal::ApprovedFuture {
                    approved: date(2026, 12, 2),
                    today: TODAY,
                },
            ),
        ];
        for (mut entry, request, refusal) in cases {
            let before = entry.clone();
            assert_eq!(entry.accept(&request, TODAY).err(), Some(refusal));
            assert_eq!(entry, before);
        }
    }

    #[test]
    fn an_acceptance_may_end_today_and_keep_an_earlier_approval() {
        let mut e = gap();
        let request = AcceptRequest {
            approved: Some(date(2026, 11, 1)),
            until: Some(TODAY),
            ..ok()
        };
        assert!(e.accept(&request, TODAY).is_ok());
        assert_eq!(e.acceptance.map(|a| a.approved), Some(date(2026, 11, 1)));
    }
}
