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
            return Err(Failure::new(format!(
                "{target:?} differs from the existing assessment {other:?} only by case, and the \
                 two would be one file on macOS and Windows; choose another name, or open {other}"
            )));
        }
    } else {
        let long = path.file_name().is_some_and(|n| n.len() + 14 > 255);
        if long {
            return Err(Failure::new(format!(
                "{}: the file name is too long (at most 241 bytes, so its temporary files fit \
                 the 255-byte limit); choose a shorter name",
                path.display()
            )));
        }
    }
    let questionnaire = load_questionnaire(questionnaire_path)?;
    let assessment = Assessment::new(&questionnaire, lang, metadata, now());
    let doc = Document::create(&path, assessment)?;
    print(&format!(
        "Created {} ({} {}, {} questions, in {}).\n\
         Answer from a script with: srm-assess answer {target} QUESTION_ID yes|partial|no|unknown|na\n",
        doc.path().display(),
        questionnaire.vendor,
        questionnaire.version,
        questionnaire.questions.len(),
        lang.code(),
    ))
}
