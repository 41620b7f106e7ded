//! `srm-assess evidence NAME|PATH QUESTION_ID REF [--observed DATE]
//! [--note TEXT]`, and `--remove`: what shows an answer is true.

use std::path::Path;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::values::parse_date_arg;
use super::{Context, open_question, print};
use crate::assessment::Evidence;
use crate::assessment::decisions::is_url;
use crate::assessment::evidence_rule::{check_evidence, check_reference};
use crate::error::Failure;

/// Record evidence for an answer: a web address or a file (or --remove)
#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The question's id
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// A web address (https://…) or a file (hashed, so a later change shows)
    #[arg(value_name = "REF")]
    pub reference: String,
    /// The day the evidence shows the control in place, as YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub observed: Option<jiff::civil::Date>,
    /// What the evidence shows
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Remove this evidence
    #[arg(long, conflicts_with_all = ["observed", "note"])]
    pub remove: bool,
}

/// Records (or removes) the evidence and saves. A file is hashed, so that
/// the report can tell when it changes; recording the same reference
/// again renews it.
pub fn run(request: EvidenceArgs, ctx: &Context) -> Result<(), Failure> {
    let (questionnaire, mut doc, at) = open_question(&request.target, &request.question, ctx)?;
    let question = &questionnaire.questions[at];
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    let refused = |r| Failure::new(crate::messages::evidence_refused(ctx.lang, &question.id, r));
    let message = if request.remove {
        let given = check_reference(&request.reference).map_err(refused)?;
        // As recorded, or as the same file given another way.
        let as_file = (!is_url(given))
            .then(|| crate::store::evidence::file_reference(doc.path(), Path::new(given)).ok())
            .flatten()
            .map(|(reference, _)| reference);
        let before = entry.evidence.len();
        entry
            .evidence
            .retain(|e| e.reference != given && Some(&e.reference) != as_file.as_ref());
        if entry.evidence.len() == before {
            return Err(Failure::new(crate::messages::evidence_not_found(
                ctx.lang,
                &question.id,
                given,
            )));
        }
        crate::messages::evidence_removed(ctx.lang, &question.id, given)
    } else {
        let today = ctx.today();
        let checked = check_evidence(
            &request.reference,
            request.observed,
            request.note.as_deref().unwrap_or_default(),
            today,
        )
        .map_err(refused)?;
        let (reference, sha256) = if checked.is_url() {
            (checked.reference, None)
        } else {
            let (reference, digest) =
                crate::store::evidence::file_reference(doc.path(), Path::new(&checked.reference))?;
            (reference, Some(digest))
        };
        let (observed, note) = (checked.observed, checked.note);
        let message =
            crate::messages::evidence_recorded(ctx.lang, &question.id, &reference, observed);
        entry.record_evidence(Evidence {
            reference,
            observed,
            recorded: today,
            sha256,
            note,
        });
        message
    };
    let (_, suspicious) = doc.edit(&question.id, |e| *e = entry);
    super::warn_suspicious(&question.id, &suspicious, ctx.lang);
    super::save(&mut doc, ctx.lang)?;
    print(&format!("{message}\n"))
}
