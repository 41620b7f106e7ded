//! `srm-assess new NAME|PATH`: creates an assessment.

use std::path::Path;

use super::{load_questionnaire, print};
use crate::assessment::{Assessment, Metadata, now};
use crate::error::Failure;
use crate::lang::Lang;
use crate::store::{self, DataDir, Document};

/// Creates the assessment file; fails if one already exists there.
pub fn run(
    target: &str,
    metadata: Metadata,
    questionnaire_path: Option<&Path>,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<(), Failure> {
    let data = DataDir::resolve(data_dir)?;
    let path = store::resolve(target, &data)?;
    if !target.ends_with(".toml") {
        if let Some(other) = store::case_clash(target, &data)? {
            return Err(Failure::new(crate::messages::case_clash(target, &other)));
        }
    } else {
        let long = path.file_name().is_some_and(|n| n.len() + 14 > 255);
        if long {
            return Err(Failure::new(crate::messages::file_name_too_long(&path)));
        }
    }
    let questionnaire = load_questionnaire(questionnaire_path)?;
    let assessment = Assessment::new(&questionnaire, lang, metadata, now());
    let doc = Document::create(&path, assessment)?;
    print(&format!(
        "{}\n",
        crate::messages::created(
            doc.path(),
            &questionnaire.vendor,
            &questionnaire.version,
            questionnaire.questions.len(),
            lang.code(),
            target,
        )
    ))
}
