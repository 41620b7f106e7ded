//! `srm-assess set NAME|PATH [--org ORG] [--instance SUB] [--assessor WHO]`:
//! the assessment's metadata, changed after creation.

use super::{Context, open_assessment, print};
use crate::error::Failure;

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
        return Err(Failure::usage(crate::messages::set_nothing(ctx.lang)));
    }
    let (_, mut doc) = open_assessment(target, ctx)?;
    let metadata = doc
        .assessment()
        .metadata
        .with(org.as_deref(), instance.as_deref(), assessor.as_deref())
        .map_err(|r| Failure::new(crate::messages::metadata_refused(ctx.lang, r)))?;
    doc.set_metadata(metadata);
    super::save(&mut doc, ctx.lang)?;
    let m = &doc.assessment().metadata;
    print(&format!(
        "{}\n",
        crate::messages::set_done(
            ctx.lang,
            doc.path(),
            &m.organization,
            &m.instance,
            &m.assessor
        )
    ))
}
