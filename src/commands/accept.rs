//! `srm-assess accept NAME|PATH QUESTION_ID --by WHO --until DATE --reason
//! TEXT [--compensating TEXT]`, and `--revoke`: a gap accepted as a risk.

use jiff::civil::Date;

use super::{Context, open_question, print, warn_credentials};
use crate::assessment::Acceptance;
use crate::error::Failure;
use crate::messages::TypedField;

/// What to record.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The question's id.
    pub question: String,
    /// Who approved the risk.
    pub by: Option<String>,
    /// The last day the acceptance holds.
    pub until: Option<Date>,
    /// Why.
    pub reason: Option<String>,
    /// What reduces the risk meanwhile.
    pub compensating: Option<String>,
    /// When it was approved (default: today).
    pub approved: Option<Date>,
    /// Revoke the acceptance instead.
    pub revoke: bool,
}

/// Records (or revokes) the acceptance and saves; refuses, changing
/// nothing, an acceptance of a question that is no gap or that would
/// already have ended.
pub fn run(target: &str, request: Request, ctx: &Context) -> Result<(), Failure> {
    let (questionnaire, mut doc, at) = open_question(target, &request.question, ctx)?;
    let question = &questionnaire.questions[at];
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    let message = if request.revoke {
        if entry.acceptance.take().is_none() {
            return Err(Failure::new(crate::messages::accept_nothing_to_revoke(
                &question.id,
            )));
        }
        crate::messages::revoked(&question.id)
    } else {
        let acceptance = acceptance(&request, ctx.today())?;
        if !entry.answer.is_some_and(crate::assessment::Answer::is_gap) {
            return Err(Failure::new(crate::messages::accept_not_a_gap(
                &question.id,
                entry.answer.map(|a| a.as_str()),
            )));
        }
        warn_credentials(
            &question.id,
            &[
                (TypedField::Approver, &acceptance.by),
                (TypedField::Reason, &acceptance.reason),
                (TypedField::Compensating, &acceptance.compensating),
            ],
        );
        let message = crate::messages::accepted(&question.id, &acceptance.by, acceptance.until);
        entry.acceptance = Some(acceptance);
        message
    };
    doc.set_entry(&question.id, entry);
    super::save(&mut doc)?;
    print(&format!("{message}\n"))
}

/// The acceptance asked for, checked: who, until a day not yet past, why.
fn acceptance(request: &Request, today: Date) -> Result<Acceptance, Failure> {
    let text = |value: &Option<String>, name: &str| -> Result<String, Failure> {
        let value = value
            .as_deref()
            .ok_or_else(|| Failure::usage(crate::messages::accept_missing(name)))?;
        let value = value.trim();
        if value.is_empty() {
            return Err(Failure::new(crate::messages::accept_needs(name)));
        }
        Ok(value.to_string())
    };
    let by = text(&request.by, "by")?;
    super::refuse_hidden_chars(&[(crate::messages::NameField::Approver, &by)])?;
    let until = request
        .until
        .ok_or_else(|| Failure::usage(crate::messages::accept_missing("until")))?;
    let reason = text(&request.reason, "reason")?;
    if until < today {
        return Err(Failure::new(crate::messages::accept_until_past(
            until, today,
        )));
    }
    let approved = request.approved.unwrap_or(today);
    // An approval is a fact of the past: a future day is a typing mistake
    // (9999-12-30) or a way to make an acceptance look newer than it is.
    if approved > today {
        return Err(Failure::new(crate::messages::accept_approved_future(
            approved, today,
        )));
    }
    if approved > until {
        return Err(Failure::new(crate::messages::accept_approved_after_until(
            approved, until,
        )));
    }
    Ok(Acceptance {
        by,
        approved,
        until,
        reason,
        compensating: request
            .compensating
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_string(),
    })
}
