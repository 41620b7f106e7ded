//! The parts of NIST's OSCAL models that srm-assess writes, as serde
//! types: assessment results and a plan of action and milestones share
//! their metadata, observations, risks, findings and back matter. Empty
//! lists and absent values are left out (OSCAL refuses empty arrays).

use serde::Serialize;

/// A document's metadata.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Metadata {
    pub title: String,
    pub last_modified: String,
    pub version: String,
    pub oscal_version: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<MetadataLink>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsible_parties: Vec<ResponsibleParty>,
}

/// A link from the metadata: the questionnaire the assessment answers,
/// in the back matter.
#[derive(Debug, Serialize)]
pub struct MetadataLink {
    pub href: String,
    pub rel: &'static str,
}

/// A role parties play.
#[derive(Debug, Serialize)]
pub struct Role {
    pub id: &'static str,
    pub title: String,
}

/// A person or an organization.
#[derive(Debug, Serialize)]
pub struct Party {
    pub uuid: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: String,
}

/// Who plays a role.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResponsibleParty {
    pub role_id: &'static str,
    pub party_uuids: Vec<String>,
}

/// A named value in srm-assess's namespace.
#[derive(Debug, Serialize)]
pub struct Prop {
    pub name: &'static str,
    pub ns: &'static str,
    pub value: String,
}

/// One result of an assessment.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResult {
    pub uuid: String,
    pub title: String,
    pub description: String,
    pub start: String,
    pub end: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub reviewed_controls: ReviewedControls,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
}

/// The controls reviewed: all of the questionnaire's.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewedControls {
    pub description: String,
    pub control_selections: Vec<ControlSelection>,
}

/// A selection of controls.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ControlSelection {
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include_all: Option<Empty>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub include_controls: Vec<SelectControl>,
}

/// One control selected by id.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SelectControl {
    pub control_id: String,
}

/// An empty object (`include-all`).
#[derive(Debug, Serialize)]
pub struct Empty {}

/// What was observed about one question.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Observation {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub methods: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relevant_evidence: Vec<RelevantEvidence>,
    pub collected: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// A piece of evidence.
#[derive(Debug, Serialize)]
pub struct RelevantEvidence {
    pub href: String,
    pub description: String,
}

/// A gap's risk.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Risk {
    pub uuid: String,
    pub title: String,
    pub description: String,
    pub statement: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remediations: Vec<Response>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk_log: Option<RiskLog>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_observations: Vec<RelatedObservation>,
}

/// A planned response to a risk.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Response {
    pub uuid: String,
    pub lifecycle: &'static str,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
}

/// A milestone of a response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Task {
    pub uuid: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsible_roles: Vec<ResponsibleRole>,
}

/// When a task is due.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Timing {
    pub on_date: OnDate,
}

/// A day (as a time with its zone).
#[derive(Debug, Serialize)]
pub struct OnDate {
    pub date: String,
}

/// Who carries out a task.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResponsibleRole {
    pub role_id: &'static str,
    pub party_uuids: Vec<String>,
}

/// A risk's history: its approval as a deviation.
#[derive(Debug, Serialize)]
pub struct RiskLog {
    pub entries: Vec<RiskLogEntry>,
}

/// One event of a risk's history.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RiskLogEntry {
    pub uuid: String,
    pub title: String,
    pub description: String,
    pub start: String,
    pub end: String,
    pub logged_by: Vec<LoggedBy>,
    pub status_change: &'static str,
}

/// Who logged an event.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LoggedBy {
    pub party_uuid: String,
}

/// A question's conclusion.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Finding {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub target: Target,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_observations: Vec<RelatedObservation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_risks: Vec<RelatedRisk>,
}

/// What a finding is about, and whether it is met.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Target {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub target_id: String,
    pub status: TargetStatus,
}

/// Satisfied or not.
#[derive(Debug, Serialize)]
pub struct TargetStatus {
    pub state: &'static str,
}

/// A reference to an observation.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RelatedObservation {
    pub observation_uuid: String,
}

/// A reference to a risk.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RelatedRisk {
    pub risk_uuid: String,
}

/// Resources the document refers to: the questionnaire, evidence files
/// with their hashes.
#[derive(Debug, Serialize)]
pub struct BackMatter {
    pub resources: Vec<Resource>,
}

/// One resource.
#[derive(Debug, Serialize)]
pub struct Resource {
    pub uuid: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rlinks: Vec<Rlink>,
}

/// Where a resource is, and its hashes.
#[derive(Debug, Serialize)]
pub struct Rlink {
    pub href: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hashes: Vec<Hash>,
}

/// A resource's hash.
#[derive(Debug, Serialize)]
pub struct Hash {
    pub algorithm: &'static str,
    pub value: String,
}

/// A reference to the assessment plan.
#[derive(Debug, Serialize)]
pub struct Import {
    pub href: String,
}

/// An assessment-results document.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResults {
    pub uuid: String,
    pub metadata: Metadata,
    pub import_ap: Import,
    pub results: Vec<AssessmentResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub back_matter: Option<BackMatter>,
}

/// One item of a plan of action and milestones.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PoamItem {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_observations: Vec<RelatedObservation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_risks: Vec<RelatedRisk>,
}

/// A plan of action and milestones.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Poam {
    pub uuid: String,
    pub metadata: Metadata,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
    pub poam_items: Vec<PoamItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub back_matter: Option<BackMatter>,
}
