//! The report's facts as JSON, for machines.

mod probe;

use serde::Serialize;

use super::Report;
use super::model::Model;
use crate::assessment::Entry;
use crate::assessment::decisions::AuditTally;
use crate::score::Tally;

mod history;
use history::{Retired, SinceOut, retired, since};

mod meta;
use meta::{Meta, meta};

#[derive(Serialize)]
struct Document<'a> {
    assessment: Meta<'a>,
    summary: Summary<'a>,
    sections: Vec<SectionOut<'a>>,
    retired: Vec<Retired<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<SinceOut<'a>>,
}

#[derive(Serialize)]
struct Summary<'a> {
    /// Percent, or null when nothing scored was answered.
    score: Option<f64>,
    earned: f64,
    possible: u32,
    total: usize,
    answered: usize,
    unanswered: usize,
    /// Percent of the questions answered: what the score rests on.
    coverage: Option<f64>,
    /// Whether fewer than half the questions are answered, so that the
    /// score speaks for the answers only.
    provisional: bool,
    yes: usize,
    partial: usize,
    no: usize,
    unknown: usize,
    na: usize,
    gaps: usize,
    gaps_high: usize,
    gaps_medium: usize,
    gaps_low: usize,
    needs_review: usize,
    flagged: usize,
    /// Gaps still to be closed (open, overdue, expired acceptance):
    /// `gaps` is `open_gaps` plus `accepted`.
    open_gaps: usize,
    open_high: usize,
    open_medium: usize,
    open_low: usize,
    /// Questions without an answer (the same as `unanswered`).
    not_assessed: usize,
    /// Gaps accepted as risks, the acceptance in force.
    accepted: usize,
    /// Acceptances that ran out.
    expired: usize,
    /// Open gaps past their due date.
    overdue: usize,
    /// Answered questions with stale evidence.
    stale: usize,
    /// Percent of answered questions (n/a left out) backed by fresh
    /// evidence, or null when none is answered.
    evidence_backed: Option<f64>,
    /// What the Zendesk probe observed (the whole assessment's summary only).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    probe: Option<probe::ProbeSummary<'a>>,
}

fn summary<'a>(t: &Tally, audit: &AuditTally) -> Summary<'a> {
    Summary {
        open_gaps: audit.open_gaps(),
        open_high: audit.open_by_severity[0],
        open_medium: audit.open_by_severity[1],
        open_low: audit.open_by_severity[2],
        not_assessed: audit.not_assessed,
        accepted: audit.accepted,
        expired: audit.expired,
        overdue: audit.overdue,
        stale: audit.stale,
        evidence_backed: audit.backed_percent().map(|p| (p * 10.0).round() / 10.0),
        ..Summary::from(t)
    }
}

impl From<&Tally> for Summary<'_> {
    fn from(t: &Tally) -> Self {
        use crate::assessment::Answer;
        Summary {
            open_gaps: 0,
            open_high: 0,
            open_medium: 0,
            open_low: 0,
            not_assessed: t.unanswered(),
            accepted: 0,
            expired: 0,
            overdue: 0,
            stale: 0,
            evidence_backed: None,
            probe: None,
            score: t.percent().map(|p| (p * 10.0).round() / 10.0),
            coverage: t.coverage_percent().map(|p| (p * 10.0).round() / 10.0),
            provisional: t.provisional(),
            earned: t.earned(),
            possible: t.possible,
            total: t.total,
            answered: t.answered,
            unanswered: t.unanswered(),
            yes: t.count(Answer::Yes),
            partial: t.count(Answer::Partial),
            no: t.count(Answer::No),
            unknown: t.count(Answer::Unknown),
            na: t.count(Answer::Na),
            gaps: t.gaps(),
            gaps_high: t.gaps_by_severity[0],
            gaps_medium: t.gaps_by_severity[1],
            gaps_low: t.gaps_by_severity[2],
            needs_review: t.needs_review,
            flagged: t.flagged,
        }
    }
}

#[derive(Serialize)]
struct SectionOut<'a> {
    id: &'a str,
    number: &'a str,
    title: &'a str,
    summary: Summary<'a>,
    vendor_covers: Vec<VendorOut<'a>>,
    questions: Vec<QuestionOut<'a>>,
}

#[derive(Serialize)]
struct VendorOut<'a> {
    #[serde(rename = "ref")]
    reference: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: &'a str,
    /// The framework controls it maps to, by framework key.
    controls: std::collections::BTreeMap<&'static str, Vec<&'a str>>,
    #[serde(rename = "ref")]
    reference: &'a str,
    text: &'a str,
    finding: &'a str,
    severity: &'a str,
    responsibility: &'a str,
    answer: Option<&'a str>,
    notes: &'a str,
    justification: &'a str,
    owner: &'a str,
    due: Option<String>,
    flagged: bool,
    needs_review: bool,
    answered_at: Option<String>,
    remedy: &'a str,
    links: Vec<LinkOut<'a>>,
    /// The setting in the subscriber's own Admin Center, when known.
    admin_url: Option<String>,
    /// The plans the setting needs, when not every plan has it.
    plans: Option<String>,
    /// The gap accepted as a risk, if it is.
    acceptance: Option<AcceptanceOut<'a>>,
    /// What shows the answer is true.
    evidence: Vec<EvidenceOut<'a>>,
    /// An open gap past its due date.
    overdue: bool,
    /// What the Zendesk probe observed.
    observations: Vec<probe::ObservationOut<'a>>,
    /// Whether an observation contradicts the answer.
    contradiction: bool,
    /// Whether the answer was taken from the probe's suggestion.
    from_probe: bool,
}

#[derive(Serialize)]
struct AcceptanceOut<'a> {
    by: &'a str,
    approved: String,
    until: String,
    reason: &'a str,
    compensating: &'a str,
    /// Run out as of the report's day: the gap is open again.
    expired: bool,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    #[serde(rename = "ref")]
    reference: &'a str,
    observed: String,
    recorded: String,
    sha256: Option<&'a str>,
    note: &'a str,
    stale: bool,
    changed: bool,
    /// What is at a file's path now (unchanged, changed, missing,
    /// not_regular, unreadable, too_large); absent for a web address.
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'static str>,
}

#[derive(Serialize)]
struct LinkOut<'a> {
    title: &'a str,
    url: &'a str,
}

/// Renders the JSON document (pretty-printed, stable key order); a
/// serialisation failure is returned, never an empty object.
pub fn render(model: &Model) -> Result<String, super::ReportError> {
    let report = &model.report;
    let sections = report
        .questionnaire
        .sections
        .iter()
        .zip(&model.score.sections)
        .zip(&model.audit_sections)
        .map(|((section, tally), section_audit)| section_out(report, section, tally, section_audit))
        .collect();
    let doc = Document {
        assessment: meta(report),
        summary: Summary {
            probe: Some(probe::summary(model)),
            ..summary(&model.score.overall, &model.audit)
        },
        sections,
        retired: retired(report),
        since: since(model),
    };
    let out = serde_json::to_string_pretty(&doc)?;
    // Still the same JSON, but `cat report.json` cannot drive a terminal.
    let mut out = crate::sanitize::json_escape_invisible(&out);
    out.push('\n');
    Ok(out)
}

/// One section: its summary, what the vendor covers and its questions.
fn section_out<'a>(
    report: &Report<'a>,
    section: &'a crate::questionnaire::Section,
    tally: &Tally,
    audit: &AuditTally,
) -> SectionOut<'a> {
    let lang = report.lang;
    SectionOut {
        id: &section.id,
        number: &section.number,
        title: section.title.get(lang),
        summary: summary(tally, audit),
        vendor_covers: section
            .vendor_items
            .iter()
            .map(|v| VendorOut {
                reference: &v.reference,
                text: v.text.get(lang),
            })
            .collect(),
        questions: report
            .questionnaire
            .section_questions(section)
            .iter()
            .map(|question| question_out(report, question))
            .collect(),
    }
}

/// One question: the questionnaire's words and what was recorded for it.
fn question_out<'a>(
    report: &Report<'a>,
    question: &'a crate::questionnaire::Question,
) -> QuestionOut<'a> {
    // An unanswered question reads as an empty entry; the output borrows
    // from it for as long as from the assessment, hence a shared constant.
    static EMPTY: std::sync::LazyLock<Entry> = std::sync::LazyLock::new(Entry::default);
    let (q, a, lang) = (report.questionnaire, report.assessment, report.lang);
    let e = a.answers.get(&*question.id).unwrap_or(&EMPTY);
    let standing = report.standing(question);
    QuestionOut {
        acceptance: e.acceptance.as_ref().map(|x| AcceptanceOut {
            by: &x.by,
            approved: x.approved.to_string(),
            until: x.until.to_string(),
            reason: &x.reason,
            compensating: &x.compensating,
            expired: x.expired(report.as_of),
        }),
        evidence: e
            .evidence
            .iter()
            .zip(&standing.evidence)
            .map(|(x, state)| EvidenceOut {
                reference: &x.reference,
                observed: x.observed.to_string(),
                recorded: x.recorded.to_string(),
                sha256: x.sha256.as_deref(),
                note: &x.note,
                stale: state.stale,
                changed: state.changed(),
                file: state.file.map(|f| f.as_str()),
            })
            .collect(),
        overdue: standing.overdue.is_some(),
        observations: probe::observations(report, a, question),
        contradiction: a.contradiction(&question.id),
        from_probe: e.from_probe,
        id: &question.id,
        controls: crate::questionnaire::Framework::ALL
            .iter()
            .map(|f| {
                (
                    f.key(),
                    question.controls.of(*f).iter().map(|c| &**c).collect(),
                )
            })
            .collect(),
        reference: &question.reference,
        text: question.text.get(lang),
        finding: question.finding_or_question(lang),
        severity: question.severity.as_str(),
        responsibility: question.responsibility.as_str(),
        answer: e.answer.map(|x| x.as_str()),
        notes: &e.notes,
        justification: &e.justification,
        owner: &e.owner,
        due: e.due.map(|d| d.to_string()),
        flagged: e.flagged,
        needs_review: a.needs_review(question),
        answered_at: e.answered_at.map(|t| t.to_string()),
        remedy: question.remedy.get(lang),
        admin_url: q.admin_link(question, &a.metadata.instance),
        plans: q.plans_needed(question, lang),
        links: question
            .links
            .iter()
            .filter_map(|id| q.link(id))
            .map(|l| LinkOut {
                title: l.title.get(lang),
                url: l.url_for(lang),
            })
            .collect(),
    }
}
