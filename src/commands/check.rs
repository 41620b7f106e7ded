//! `srm-assess check NAME|PATH --fail-on LIST [--as-of DATE]`: a gate for
//! CI. Prints one line per match and exits 3 when anything matches.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use jiff::civil::Date;

use super::{Context, print, read_assessment};
use crate::assessment::Answer;
use crate::assessment::decisions::standing;
use crate::error::Failure;
use crate::lang::Lang;
use crate::messages::Finding;
use crate::questionnaire::Severity;

/// Fail (exit status 3) when the assessment has what LIST names: for CI
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// Comma-separated: high, medium, low (open gaps of that severity), unknown,
    /// unanswered, expired, overdue, stale, changed, contradiction, to-verify, conflict,
    /// setting-changed
    #[arg(long, value_name = "LIST", value_parser = super::values::parse_criteria)]
    pub fail_on: super::values::Criteria,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = super::values::parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
}

/// What makes the check fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Criterion {
    /// Open gaps of high severity.
    High,
    /// Open gaps of medium severity.
    Medium,
    /// Open gaps of low severity.
    Low,
    /// Questions answered don't know.
    Unknown,
    /// Questions not answered.
    Unanswered,
    /// Risk acceptances that ran out.
    Expired,
    /// Open gaps past their due date.
    Overdue,
    /// Evidence older than its renewal period.
    Stale,
    /// Answered questions reworded since, and evidence files changed since
    /// they were recorded.
    Changed,
    /// Answers the probe's observations contradict (a setting read
    /// directly).
    Contradiction,
    /// Answers an inference of the probe disagrees with: worth a look.
    ToVerify,
    /// Questions a git merge left in conflict, not settled yet.
    Conflict,
    /// Account settings the audit log shows changed since the probe before
    /// the last one, on the questions that read them.
    SettingChanged,
}

impl Criterion {
    /// Every criterion, in the order findings are listed.
    pub const ALL: [Criterion; 13] = [
        Criterion::High,
        Criterion::Medium,
        Criterion::Low,
        Criterion::Unknown,
        Criterion::Unanswered,
        Criterion::Expired,
        Criterion::Overdue,
        Criterion::Stale,
        Criterion::Changed,
        Criterion::Contradiction,
        Criterion::ToVerify,
        Criterion::Conflict,
        Criterion::SettingChanged,
    ];

    /// The word `--fail-on` takes for it.
    pub fn word(self) -> &'static str {
        match self {
            Criterion::High => "high",
            Criterion::Medium => "medium",
            Criterion::Low => "low",
            Criterion::Unknown => "unknown",
            Criterion::Unanswered => "unanswered",
            Criterion::Expired => "expired",
            Criterion::Overdue => "overdue",
            Criterion::Stale => "stale",
            Criterion::Changed => "changed",
            Criterion::Contradiction => "contradiction",
            Criterion::ToVerify => "to-verify",
            Criterion::Conflict => "conflict",
            Criterion::SettingChanged => "setting-changed",
        }
    }

    /// Reads a comma-separated list (`high,expired`); a word it does not
    /// know (or the whole text, when it names none) is the error.
    pub fn parse_list(text: &str) -> Result<Vec<Criterion>, String> {
        let mut out = Vec::new();
        for given in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let lower = given.to_lowercase();
            // The words are those `word` gives, and the plurals
            // `contradictions` and `conflicts` too.
            let word = match lower.as_str() {
                "contradictions" => "contradiction",
                "conflicts" => "conflict",
                "settings-changed" | "setting-changes" => "setting-changed",
                other => other,
            };
            let c = Criterion::ALL
                .into_iter()
                .find(|c| c.word() == word)
                .ok_or_else(|| given.to_string())?;
            if !out.contains(&c) {
                out.push(c);
            }
        }
        if out.is_empty() {
            return Err(text.to_string());
        }
        out.sort();
        Ok(out)
    }
}

/// Prints every match, one line each (`ID (REF): what`); fails with exit
/// status 3 when there is any.
pub fn run(args: CheckArgs, ctx: &Context) -> Result<(), Failure> {
    let (target, criteria, as_of) = (args.target.as_str(), &args.fail_on.0[..], args.as_of);
    let (path, assessment, questionnaire) = read_assessment(target, ctx)?;
    let (assessment, _) = ctx.as_of(&path, assessment, as_of)?;
    let as_of = as_of.unwrap_or_else(|| ctx.today());
    let lines = lines(
        &path,
        &questionnaire,
        &assessment,
        criteria,
        as_of,
        ctx.lang,
    );
    if lines.is_empty() {
        // Never silently green: say what was checked and what was found.
        let answered = questionnaire
            .questions
            .iter()
            .filter(|q| assessment.answer(&q.id).is_some())
            .count();
        let words: Vec<&str> = criteria.iter().map(|c| c.word()).collect();
        let named = questionnaire.named();
        return print(&format!(
            "{}\n",
            crate::messages::check_clean(
                ctx.lang,
                questionnaire.questions.len(),
                answered,
                &named,
                &words.join(","),
                as_of
            )
        ));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    print(&text)?;
    Err(Failure::Findings(crate::messages::check_matched(
        ctx.lang,
        lines.len(),
        &questionnaire.named(),
        as_of,
    )))
}

/// Every match of `criteria` in the assessment at `path`, one line each
/// (`ID (REF): what`), as of `as_of`: what `check` prints, and `fleet
/// --fail-on` per instance.
pub fn lines(
    path: &std::path::Path,
    questionnaire: &crate::questionnaire::Questionnaire,
    assessment: &crate::assessment::Assessment,
    criteria: &[Criterion],
    as_of: Date,
    lang: Lang,
) -> Vec<String> {
    // Evidence files are read (and hashed) only when asked about.
    let files = criteria
        .contains(&Criterion::Changed)
        .then(|| crate::store::evidence::digests(path, assessment));
    let empty = crate::assessment::Entry::default();
    let mut lines = Vec::new();
    for question in questionnaire.questions.iter() {
        let entry = assessment.answers.get(&*question.id).unwrap_or(&empty);
        let s = standing(question, entry, as_of, files.as_ref());
        let found = findings(question, entry, &s, assessment, criteria, lang);
        for what in found {
            // One line per finding, whatever the user's text holds.
            let line = format!("{} ({}): {what}", question.id, question.reference);
            lines.push(crate::sanitize::one_line(&line));
        }
    }
    // A conflict on a question the questionnaire no longer has (retired
    // since the branches parted) still needs settling.
    if criteria.contains(&Criterion::Conflict) {
        for (id, conflict) in &assessment.conflicts {
            if questionnaire.position(id).is_none() {
                let fields = crate::messages::conflict_fields(lang, &conflict.fields);
                let what = crate::messages::finding(lang, Finding::Conflict(&fields));
                let line = format!(
                    "{id} ({}): {what}",
                    crate::messages::not_in_questionnaire(lang)
                );
                lines.push(crate::sanitize::one_line(&line));
            }
        }
    }
    lines
}

/// What `criteria` find in one question, each worded as the line's tail.
fn findings(
    question: &crate::questionnaire::Question,
    entry: &crate::assessment::Entry,
    s: &crate::assessment::decisions::Standing,
    assessment: &crate::assessment::Assessment,
    criteria: &[Criterion],
    lang: Lang,
) -> Vec<String> {
    let answer = entry.answer;
    let open_gap = crate::assessment::decisions::status(Some(entry), s).open_gap();
    let mut found = Vec::new();
    for &c in criteria {
        match c {
            Criterion::High | Criterion::Medium | Criterion::Low => {
                let severity = match c {
                    Criterion::High => Severity::High,
                    Criterion::Medium => Severity::Medium,
                    _ => Severity::Low,
                };
                if open_gap && question.severity == severity {
                    let answer = answer.map_or("", |a| a.as_str());
                    found.push(crate::messages::finding(
                        lang,
                        Finding::OpenGap(severity.as_str(), answer),
                    ));
                }
            }
            Criterion::Unknown if answer == Some(Answer::Unknown) && !s.accepted => {
                found.push(crate::messages::finding(lang, Finding::Unknown));
            }
            Criterion::Unanswered if answer.is_none() => {
                found.push(crate::messages::finding(lang, Finding::Unanswered));
            }
            Criterion::Expired => {
                if let Some(until) = s.expired {
                    found.push(crate::messages::finding(lang, Finding::Expired(until)));
                }
            }
            Criterion::Overdue => {
                if let Some(due) = s.overdue {
                    found.push(crate::messages::finding(lang, Finding::Overdue(due)));
                }
            }
            Criterion::Stale => {
                for (e, state) in entry.evidence.iter().zip(&s.evidence) {
                    if state.stale {
                        found.push(crate::messages::finding(
                            lang,
                            Finding::Stale(&e.reference, e.observed),
                        ));
                    }
                }
            }
            Criterion::Changed => {
                if assessment.needs_review(question) {
                    found.push(crate::messages::finding(lang, Finding::Reworded));
                }
                for (e, state) in entry.evidence.iter().zip(&s.evidence) {
                    if let Some(file) = state.file.filter(|_| state.changed()) {
                        found.push(crate::messages::finding(
                            lang,
                            Finding::FileChanged(&e.reference, file),
                        ));
                    }
                }
            }
            Criterion::Contradiction | Criterion::ToVerify | Criterion::SettingChanged => {
                found.extend(probe_findings(c, question, entry, assessment, lang));
            }
            Criterion::Conflict => {
                if let Some(conflict) = assessment.conflicts.get(&*question.id) {
                    let fields = crate::messages::conflict_fields(lang, &conflict.fields);
                    found.push(crate::messages::finding(lang, Finding::Conflict(&fields)));
                }
            }
            _ => {}
        }
    }
    found
}

/// What the probe's observations of one question give for `contradiction`
/// (what contradicts the answer), `to-verify` (inferences to check) or
/// `setting-changed` (settings the audit log shows changed).
fn probe_findings(
    criterion: Criterion,
    question: &crate::questionnaire::Question,
    entry: &crate::assessment::Entry,
    assessment: &crate::assessment::Assessment,
    lang: Lang,
) -> Vec<String> {
    let answer = entry.answer.map_or("", |a| a.as_str());
    let seen = assessment.observations(&question.id).iter();
    let word = |o| crate::messages::observation_text(lang, o);
    match criterion {
        Criterion::Contradiction => assessment
            .contradicting(&question.id)
            .into_iter()
            .map(|o| crate::messages::finding(lang, Finding::Contradiction(answer, &word(o))))
            .collect(),
        Criterion::ToVerify => seen
            .filter(|o| o.to_verify(entry.answer))
            .map(|o| crate::messages::finding(lang, Finding::ToVerify(answer, &word(o))))
            .collect(),
        Criterion::SettingChanged => seen
            .filter(|o| o.shows_setting_changes())
            .map(|o| crate::messages::finding(lang, Finding::SettingChanged(&word(o))))
            .collect(),
        _ => Vec::new(),
    }
}
