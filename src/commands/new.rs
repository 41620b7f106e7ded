//! `srm-assess new NAME|PATH`: creates an assessment.

use super::{Context, print};
use crate::assessment::{Assessment, Metadata};
use crate::error::Failure;
use crate::store::{self, Document};

/// Creates the assessment file with `metadata` (checked by
/// [`Metadata::with`]); fails if one already exists there.
pub fn run(target: &str, metadata: Metadata, ctx: &Context) -> Result<(), Failure> {
    let lang = ctx.lang;
    let data = ctx.data()?;
    let path = store::resolve(target, &data)?;
    if !target.ends_with(".toml") {
        if let Some(clash) = store::name_clash(target, &data)? {
            return Err(Failure::new(crate::messages::name_clash(
                ctx.lang, target, &clash,
            )));
        }
    } else {
        let long = path
            .file_name()
            .is_some_and(|n| !store::atomic::name_fits(n.len()));
        if long {
            return Err(Failure::new(crate::messages::file_name_too_long(
                ctx.lang, &path,
            )));
        }
    }
    let questionnaire = ctx.questionnaire()?;
    let mut assessment = Assessment::new(&questionnaire, lang, metadata, ctx.now());
    // A questionnaire file is remembered, so later commands find it.
    if let Some(record) = ctx.questionnaire_record(&path) {
        (
            assessment.questionnaire.file,
            assessment.questionnaire.sha256,
        ) = record;
    }
    let doc = Document::create(&path, assessment, &questionnaire)?;
    print(&format!(
        "{}\n",
        crate::messages::created(
            ctx.lang,
            doc.path(),
            &questionnaire.vendor,
            &questionnaire.version,
            questionnaire.questions.len(),
            lang.code(),
            target,
        )
    ))
}
