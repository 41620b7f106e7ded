//! `srm-assess new NAME|PATH`: creates an assessment.

use super::{Context, print};
use crate::error::Failure;
use crate::store::create::{self, CreateRefusal, NewAssessment, Place};

/// Creates the assessment `target` with the details as given (`--org`,
/// `--instance`, `--assessor`), after [`create::create`]'s checks; fails
/// if one already exists there.
pub fn run(target: &str, details: [Option<&str>; 3], ctx: &Context) -> Result<(), Failure> {
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
