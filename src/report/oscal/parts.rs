//! What both OSCAL documents hold: the parties, one observation per
//! answered question (and one per question the probe informed), one risk
//! per gap, one finding per question, and the back matter.

use std::collections::BTreeMap;

use super::risks::risk;
use super::types::*;
use super::{Ids, href, line, prop, time, token};
use crate::assessment::{Answer, Entry};
use crate::messages::{self, OscalWords};
use crate::questionnaire::Question;
use crate::report::model::Model;

/// The parts, with the parties they name.
pub(super) struct Parts {
    /// Parties and the roles they play.
    pub parties: Parties,
    /// Observations, questionnaire order.
    pub observations: Vec<Observation>,
    /// Risks, one per gap, questionnaire order.
    pub risks: Vec<Risk>,
    /// Findings, one per question.
    pub findings: Vec<Finding>,
    /// The back matter's resources: the questionnaire, then evidence files.
    pub resources: Vec<Resource>,
    /// The questionnaire's resource (what `import-ap` points at).
    pub questionnaire_uuid: String,
}

/// People and organizations, by name, with their uuids.
#[derive(Default)]
pub(super) struct Parties {
    organization: Option<(String, String)>,
    assessor: Option<(String, String)>,
    owners: BTreeMap<String, String>,
    approvers: BTreeMap<String, String>,
}

impl Parties {
    fn of(model: &Model, ids: &Ids) -> Self {
        let a = model.report.assessment;
        let named =
            |kind: &str, name: &str| line(name).map(|name| (ids.id(&["party", kind, &name]), name));
        let mut parties = Parties {
            organization: named("organization", &a.metadata.organization),
            assessor: named("person", &a.metadata.assessor),
            ..Parties::default()
        };
        for entry in a.answers.values() {
            if let Some((uuid, name)) = named("person", &entry.owner) {
                parties.owners.insert(name, uuid);
            }
            if let Some((uuid, name)) = entry
                .acceptance
                .as_ref()
                .and_then(|x| named("person", &x.by))
            {
                parties.approvers.insert(name, uuid);
            }
        }
        parties
    }

    /// The uuid of the owner or approver named `name`.
    pub(super) fn person(&self, name: &str) -> Option<String> {
        let name = line(name)?;
        self.owners
            .get(&name)
            .or_else(|| self.approvers.get(&name))
            .cloned()
    }

    /// The metadata's roles, parties and who plays which role.
    pub fn metadata(&self, w: &OscalWords) -> (Vec<Role>, Vec<Party>, Vec<ResponsibleParty>) {
        let mut parties: BTreeMap<String, Party> = BTreeMap::new();
        let mut roles = Vec::new();
        let mut responsible = Vec::new();
        let one = |p: &Option<(String, String)>, kind: &'static str| {
            p.iter()
                .map(|(u, n)| (u.clone(), n.clone(), kind))
                .collect::<Vec<_>>()
        };
        let many = |m: &BTreeMap<String, String>| {
            m.iter()
                .map(|(n, u)| (u.clone(), n.clone(), "person"))
                .collect::<Vec<_>>()
        };
        for (role, title, members) in [
            (
                "prepared-for",
                w.role_prepared_for,
                one(&self.organization, "organization"),
            ),
            ("assessor", w.role_assessor, one(&self.assessor, "person")),
            ("gap-owner", w.role_owner, many(&self.owners)),
            ("risk-approver", w.role_approver, many(&self.approvers)),
        ] {
            if members.is_empty() {
                continue;
            }
            roles.push(Role {
                id: role,
                title: title.to_string(),
            });
            responsible.push(ResponsibleParty {
                role_id: role,
                party_uuids: members.iter().map(|(u, _, _)| u.clone()).collect(),
            });
            for (uuid, name, kind) in members {
                parties
                    .entry(uuid.clone())
                    .or_insert(Party { uuid, kind, name });
            }
        }
        (roles, parties.into_values().collect(), responsible)
    }
}

/// Builds the parts of `model`'s assessment.
pub(super) fn build(model: &Model, ids: &Ids) -> Parts {
    let report = &model.report;
    let w = messages::oscal_words(report.lang);
    let parties = Parties::of(model, ids);
    let questionnaire_uuid = ids.id(&["questionnaire"]);
    let mut parts = Parts {
        parties,
        observations: Vec::new(),
        risks: Vec::new(),
        findings: Vec::new(),
        resources: vec![questionnaire_resource(model, &questionnaire_uuid, w)],
        questionnaire_uuid,
    };
    for q in report.questionnaire.questions.iter() {
        question(model, ids, q, &mut parts);
    }
    parts
}

/// The parts of one question.
fn question(model: &Model, ids: &Ids, q: &Question, parts: &mut Parts) {
    let report = &model.report;
    let l = report.lang;
    let w = messages::oscal_words(l);
    let entry = report.assessment.answers.get(&*q.id);
    let mut related = Vec::new();
    if let Some(entry) = entry.filter(|e| e.answer.is_some()) {
        let uuid = ids.id(&["observation", &q.id]);
        parts
            .observations
            .push(answered(model, ids, q, entry, &uuid, &mut parts.resources));
        related.push(RelatedObservation {
            observation_uuid: uuid,
        });
    }
    let seen = report.assessment.observations(&q.id);
    if let Some(latest) = seen.iter().map(|o| o.fetched_at).max() {
        let uuid = ids.id(&["probe", &q.id]);
        let description = seen
            .iter()
            .map(|o| messages::observation_text(l, &o.for_report()))
            .collect::<Vec<_>>()
            .join("\n\n");
        parts.observations.push(Observation {
            uuid: uuid.clone(),
            title: w.probe_title.to_string(),
            description,
            props: question_props(q),
            methods: vec!["TEST"],
            relevant_evidence: Vec::new(),
            collected: time(latest),
            remarks: None,
        });
        related.push(RelatedObservation {
            observation_uuid: uuid,
        });
    }
    // A gap and where it stands, as the report's plan has it.
    let gap = model.plan.iter().find(|item| item.question.id == q.id);
    let risk = gap.map(|item| {
        let risk = risk(model, ids, item, &parts.parties, &related);
        let uuid = risk.uuid.clone();
        parts.risks.push(risk);
        uuid
    });
    parts
        .findings
        .push(finding(model, ids, q, entry, related, risk));
}

/// The questionnaire, where `import-ap` points (there is no separate
/// assessment plan: the questionnaire is the plan).
fn questionnaire_resource(model: &Model, uuid: &str, w: &OscalWords) -> Resource {
    let q = model.report.questionnaire;
    let l = model.report.lang;
    Resource {
        uuid: uuid.to_string(),
        title: line(q.title.get(l)).unwrap_or_else(|| w.questionnaire_resource.to_string()),
        description: Some(w.questionnaire_resource.to_string()),
        props: [
            prop("questionnaire", &q.id),
            prop("questionnaire-version", &q.named()),
            prop("source", q.source.title.get(l)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        rlinks: line(&q.source.url)
            .map(|url| Rlink {
                href: href(&url),
                hashes: Vec::new(),
            })
            .into_iter()
            .collect(),
    }
}

/// The props every part of a question carries: its id, source reference
/// and severity.
pub(super) fn question_props(q: &Question) -> Vec<Prop> {
    [
        prop("question-id", &q.id),
        prop("reference", &q.reference),
        prop("severity", q.severity.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The observation of an answered question: the answer and notes
/// (interview), its evidence (examine); a file's hash goes in the back
/// matter.
fn answered(
    model: &Model,
    ids: &Ids,
    q: &Question,
    entry: &Entry,
    uuid: &str,
    resources: &mut Vec<Resource>,
) -> Observation {
    let report = &model.report;
    let l = report.lang;
    let answer = entry.answer.unwrap_or(Answer::Unknown);
    let mut description =
        messages::oscal_answered(l, messages::words::answer(l, answer), &entry.notes);
    if !entry.justification.trim().is_empty() {
        description.push_str("\n\n");
        description.push_str(entry.justification.trim());
    }
    let mut props = question_props(q);
    props.extend(prop("answer", answer.as_str()));
    if entry.from_probe {
        props.extend(prop("from-probe", "true"));
    }
    let mut methods = vec!["INTERVIEW"];
    if !entry.evidence.is_empty() {
        methods.push("EXAMINE");
    }
    let relevant_evidence = entry
        .evidence
        .iter()
        .map(|e| evidence(ids, q, e, l, resources))
        .collect();
    Observation {
        uuid: uuid.to_string(),
        title: line(q.text.get(l)).unwrap_or_else(|| q.id.to_string()),
        description,
        props,
        methods,
        relevant_evidence,
        collected: time(entry.answered_at.unwrap_or(report.assessment.created)),
        remarks: None,
    }
}

/// One piece of evidence: a web address as it is; a file as a back-matter
/// resource with its SHA-256, referred to by its uuid.
fn evidence(
    ids: &Ids,
    q: &Question,
    e: &crate::assessment::Evidence,
    l: crate::lang::Lang,
    resources: &mut Vec<Resource>,
) -> RelevantEvidence {
    let description = messages::oscal_evidence(l, &e.observed.to_string(), &e.note);
    if e.is_url() {
        return RelevantEvidence {
            href: href(e.reference.trim()),
            description,
        };
    }
    let uuid = ids.id(&["evidence", &q.id, &e.reference]);
    resources.push(Resource {
        uuid: uuid.clone(),
        title: line(&e.reference).unwrap_or_else(|| q.id.to_string()),
        description: None,
        props: [
            prop("question-id", &q.id),
            prop("recorded", &e.recorded.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect(),
        rlinks: vec![Rlink {
            href: href(e.reference.trim()),
            // Only a real SHA-256 (a hand edit may leave "" or junk,
            // which the schema refuses).
            hashes: e
                .sha256
                .iter()
                .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
                .map(|value| Hash {
                    algorithm: "SHA-256",
                    value: value.clone(),
                })
                .collect(),
        }],
    });
    RelevantEvidence {
        href: format!("#{uuid}"),
        description,
    }
}

/// A question's finding: satisfied (yes, not applicable) or not
/// (a gap, or not assessed).
fn finding(
    model: &Model,
    ids: &Ids,
    q: &Question,
    entry: Option<&Entry>,
    related: Vec<RelatedObservation>,
    risk: Option<String>,
) -> Finding {
    let l = model.report.lang;
    let w = messages::oscal_words(l);
    let answer = entry.and_then(|e| e.answer);
    let description = match (answer, entry) {
        (Some(a), Some(e)) => messages::oscal_answered(l, messages::words::answer(l, a), &e.notes),
        _ => w.not_assessed.to_string(),
    };
    let mut props = question_props(q);
    props.extend(prop("answer", answer.map_or("unanswered", Answer::as_str)));
    props.extend(super::controls::mapped(q));
    let satisfied = matches!(answer, Some(Answer::Yes | Answer::Na));
    Finding {
        uuid: ids.id(&["finding", &q.id]),
        title: line(q.text.get(l)).unwrap_or_else(|| q.id.to_string()),
        description,
        props,
        target: Target {
            kind: "objective-id",
            target_id: token(&q.id),
            status: TargetStatus {
                state: if satisfied {
                    "satisfied"
                } else {
                    "not-satisfied"
                },
            },
        },
        related_observations: related,
        related_risks: risk
            .map(|risk_uuid| RelatedRisk { risk_uuid })
            .into_iter()
            .collect(),
    }
}
