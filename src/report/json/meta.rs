//! The JSON report's `meta`: what, when, of which questionnaire.

use super::*;

#[derive(Serialize)]
pub(super) struct Meta<'a> {
    name: &'a str,
    organization: &'a str,
    instance: &'a str,
    assessor: &'a str,
    lang: &'a str,
    created: String,
    updated: String,
    generated: String,
    /// The day expiry, staleness and overdue are judged on.
    as_of: String,
    /// With `--as-of`: records made after that day (or undated in a file
    /// saved after it), left out; absent without `--as-of`.
    #[serde(skip_serializing_if = "Option::is_none")]
    left_out: Option<usize>,
    /// Accounts the probe's user checks leave out, with their reasons
    /// (absent when none).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    break_glass: &'a [crate::assessment::BreakGlass],
    /// Questions a git merge left in conflict (absent when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    merge_conflicts: Vec<&'a str>,
    questionnaire: QuestionnaireOut<'a>,
}

#[derive(Serialize)]
pub(super) struct QuestionnaireOut<'a> {
    id: &'a str,
    version: &'a str,
    /// The questionnaire's own revision (its wording), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<&'a str>,
    title: &'a str,
    vendor: &'a str,
    source: &'a str,
    security_contact: &'a str,
}

/// The assessment's details and the questionnaire it answers.
pub(super) fn meta<'a>(report: &Report<'a>) -> Meta<'a> {
    let (q, a, lang) = (report.questionnaire, report.assessment, report.lang);
    Meta {
        name: report.name,
        organization: &a.metadata.organization,
        instance: &a.metadata.instance,
        assessor: &a.metadata.assessor,
        lang: lang.code(),
        created: a.created.to_string(),
        updated: a.updated().to_string(),
        generated: report.generated.to_string(),
        as_of: report.as_of.to_string(),
        left_out: report.left_out,
        break_glass: &a.metadata.break_glass,
        merge_conflicts: a.conflicts.keys().map(String::as_str).collect(),
        questionnaire: QuestionnaireOut {
            id: &q.id,
            version: &q.version,
            revision: q.revision.as_deref(),
            title: q.title.get(lang),
            vendor: &q.vendor,
            source: &q.source.url,
            security_contact: &q.security_contact,
        },
    }
}
