//! The metadata both OSCAL documents open with.

use super::parts::Parts;
use super::types::*;
use super::{OscalVersion, line, prop, time};
use crate::messages;
use crate::report::model::Model;

/// The metadata of a document titled `title`.
pub(super) fn metadata(
    model: &Model,
    parts: &Parts,
    title: &str,
    version: OscalVersion,
) -> Metadata {
    let report = &model.report;
    let a = report.assessment;
    let w = messages::oscal_words(report.lang);
    let (roles, parties, responsible_parties) = parts.parties.metadata(w);
    let subject = line(&a.metadata.organization).unwrap_or_else(|| report.name.to_string());
    Metadata {
        title: line(&format!("{title} · {subject}")).unwrap_or_else(|| title.to_string()),
        last_modified: time(a.updated()),
        version: time(a.updated()),
        oscal_version: version.as_str().to_string(),
        props: [
            prop("questionnaire", &report.questionnaire.id),
            prop("questionnaire-version", &report.questionnaire.named()),
            prop("instance", &a.metadata.instance),
            prop("as-of", &report.as_of.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect(),
        // The questionnaire resource, referenced in the POA&M too (the
        // assessment results also import it as their plan).
        links: vec![MetadataLink {
            href: format!("#{}", parts.questionnaire_uuid),
            rel: "reference",
        }],
        roles,
        parties,
        responsible_parties,
    }
}
