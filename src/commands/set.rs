//! `srm-assess set NAME|PATH [--org ORG] [--instance SUB] [--assessor WHO]`:
//! the assessment's metadata, changed after creation.

use super::{Context, open_assessment, print};
use crate::error::Failure;
use crate::messages::NameField;

/// Changes the fields given (an empty value clears one) and saves; with no
/// field given, says how to use it and changes nothing.
pub fn run(
    target: &str,
    org: Option<String>,
    instance: Option<String>,
    assessor: Option<String>,
    ctx: &Context,
) -> Result<(), Failure> {
    if org.is_none() && instance.is_none() && assessor.is_none() {
        return Err(Failure::usage(crate::messages::set_nothing()));
    }
    let (_, mut doc) = open_assessment(target, ctx)?;
    let mut metadata = doc.assessment().metadata.clone();
    for (field, value) in [
        (NameField::Organization, &org),
        (NameField::Instance, &instance),
        (NameField::Assessor, &assessor),
    ] {
        if let Some(value) = value {
            super::refuse_hidden_chars(&[(field, value)])?;
        }
    }
    if let Some(org) = org {
        metadata.organization = org.trim().to_string();
    }
    if let Some(instance) = instance {
        metadata.instance = crate::assessment::normalize_instance(&instance);
    }
    if let Some(assessor) = assessor {
        metadata.assessor = assessor.trim().to_string();
    }
    doc.set_metadata(metadata);
    super::save(&mut doc)?;
    let m = &doc.assessment().metadata;
    print(&format!(
        "{}\n",
        crate::messages::set_done(doc.path(), &m.organization, &m.instance, &m.assessor)
    ))
}
