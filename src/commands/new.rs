//! `srm-assess new NAME|PATH`: creates an assessment.

use super::{Context, print};
use crate::error::Failure;
use crate::store::create::{self, CreateRefusal, NewAssessment, Place};
use clap::Args;
use clap_complete::engine::ArgValueCompleter;

/// Create an assessment
#[derive(Debug, Args)]
pub struct NewArgs {
    /// A plain name (saved in the data folder) or a path ending in .toml
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The organization assessed
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// The vendor instance, e.g. the Zendesk subdomain
    #[arg(long, value_name = "SUBDOMAIN")]
    pub instance: Option<String>,
    /// Who answers
    #[arg(long, value_name = "WHO")]
    pub assessor: Option<String>,
    /// Only create it, do not open it
    #[arg(long)]
    pub no_open: bool,
}

/// Creates the assessment, then opens it unless `--no-open`; refuses
/// before creating anything when nothing could be opened (no terminal,
/// an unknown theme).
pub fn run(args: NewArgs, ctx: &Context) -> Result<(), Failure> {
    use crate::tui::terminal::{TerminalKind, check_terminal, kind};
    if !args.no_open && kind() != TerminalKind::Dumb {
        check_terminal()?;
    }
    let details = [&args.org, &args.instance, &args.assessor].map(|d| d.as_deref());
    create(&args.target, details, ctx)?;
    if args.no_open {
        return Ok(());
    }
    super::tui::open(&args.target, ctx)
}

/// Creates the assessment `target` with the details as given (`--org`,
/// `--instance`, `--assessor`), after [`create::create`]'s checks; fails
/// if one already exists there.
fn create(target: &str, details: [Option<&str>; 3], ctx: &Context) -> Result<(), Failure> {
    let data = ctx.data()?;
    let place = Place::of_arg(target)?;
    let questionnaire = ctx.questionnaire()?;
    let new = NewAssessment {
        place,
        details,
        questionnaire: &questionnaire,
        questionnaire_file: ctx.questionnaire_file(),
        lang: ctx.lang,
        now: ctx.now(),
    };
    let doc = create::create(&new, &data).map_err(|refusal| match refusal {
        CreateRefusal::Place(e) | CreateRefusal::Store(e) => Failure::Store(e),
        other => Failure::new(crate::messages::create_refused(ctx.lang, &other)),
    })?;
    print(&format!(
        "{}\n",
        crate::messages::created(
            ctx.lang,
            doc.path(),
            &questionnaire.vendor,
            &questionnaire.version,
            questionnaire.questions.len(),
            ctx.lang.code(),
            target,
        )
    ))
}
