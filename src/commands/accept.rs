//! `srm-assess accept NAME|PATH QUESTION_ID --by WHO --until DATE --reason
//! TEXT [--compensating TEXT]`, and `--revoke`: a gap accepted as a risk.

use jiff::civil::Date;

use super::{Context, open_question, print};
use crate::assessment::accept::AcceptRequest;
use crate::error::Failure;

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
        entry.revoke_acceptance().map_err(|_| {
            Failure::new(crate::messages::accept_nothing_to_revoke(
                ctx.lang,
                &question.id,
            ))
        })?;
        crate::messages::revoked(ctx.lang, &question.id)
    } else {
        let refused = |r| Failure::new(crate::messages::accept_refused(ctx.lang, &question.id, r));
        let acceptance = entry
            .accept(
                &AcceptRequest {
                    by: request.by.as_deref().unwrap_or_default(),
                    until: request.until,
                    reason: request.reason.as_deref().unwrap_or_default(),
                    compensating: request.compensating.as_deref().unwrap_or_default(),
                    approved: request.approved,
                },
                ctx.today(),
            )
            .map_err(refused)?
            .clone();
        crate::messages::accepted(ctx.lang, &question.id, &acceptance.by, acceptance.until)
    };
    let (_, suspicious) = doc.edit(&question.id, |e| *e = entry);
    super::warn_suspicious(&question.id, &suspicious, ctx.lang);
    super::save(&mut doc, ctx.lang)?;
    print(&format!("{message}\n"))
}
