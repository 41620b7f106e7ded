//! `srm-assess accept NAME|PATH QUESTION_ID --by WHO --until DATE --reason
//! TEXT [--compensating TEXT]`, and `--revoke`: a gap accepted as a risk.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::values::parse_date_arg;
use super::{Context, open_question, print};
use crate::assessment::accept::AcceptRequest;
use crate::error::Failure;

/// Accept a gap as a risk: who approved it, until when, why (or --revoke)
#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The question's id (answered partial, no or unknown)
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// Who approved the risk
    #[arg(long, value_name = "WHO", required_unless_present = "revoke")]
    pub by: Option<String>,
    /// The last day the acceptance holds, as YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, required_unless_present = "revoke")]
    pub until: Option<jiff::civil::Date>,
    /// Why the risk is accepted
    #[arg(long, value_name = "TEXT", required_unless_present = "revoke")]
    pub reason: Option<String>,
    /// What reduces the risk meanwhile
    #[arg(long, value_name = "TEXT")]
    pub compensating: Option<String>,
    /// When it was approved, as YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub approved: Option<jiff::civil::Date>,
    /// Revoke the acceptance: the gap is open again
    #[arg(long, conflicts_with_all = ["by", "until", "reason", "compensating", "approved"])]
    pub revoke: bool,
}

/// Records (or revokes) the acceptance and saves; refuses, changing
/// nothing, an acceptance of a question that is no gap or that would
/// already have ended.
pub fn run(request: AcceptArgs, ctx: &Context) -> Result<(), Failure> {
    let (questionnaire, mut doc, at) = open_question(&request.target, &request.question, ctx)?;
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
