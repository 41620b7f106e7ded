//! `check --format github`: a workflow-command annotation per finding
//! (`::error file=…,line=…,title=…::…`), and a Markdown job summary of at
//! most 40 lines for `$GITHUB_STEP_SUMMARY`.

use super::Finding;
use crate::lang::Lang;
use crate::questionnaire::{Questionnaire, Severity};
use crate::report::md_writer::{Align, Markdown, text};

/// How many findings the job summary lists by name.
const LISTED: usize = 20;

/// What the annotations and the summary are made of.
pub struct Run<'a> {
    /// The questionnaire the assessment answers.
    pub questionnaire: &'a Questionnaire,
    /// The findings: those the gate reports, and accepted gaps.
    pub findings: &'a [Finding],
    /// The criteria asked for.
    pub criteria: &'a [super::Criterion],
    /// The assessment file as the repository names it.
    pub uri: &'a str,
    /// The assessment file's text, for the line of each question.
    pub text: &'a str,
    /// The assessment's name.
    pub name: &'a str,
    /// The revision new findings are told against (`--since`).
    pub since: Option<&'a str>,
    /// The day it was judged as of.
    pub as_of: jiff::civil::Date,
    /// The criteria as the summary line names them.
    pub criteria_words: &'a str,
    /// The language of the words.
    pub lang: Lang,
}

/// A workflow command's data: `%`, CR and LF encoded.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property: also `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The severity of the finding's question (a retired one counts as high).
fn severity(q: &Questionnaire, f: &Finding) -> Severity {
    q.question(&f.id).map_or(Severity::High, |x| x.severity)
}

/// One annotation per failing finding, each on its own line: an error for
/// a high-severity question, a warning for medium, a notice for low.
pub fn annotations(run: &Run) -> String {
    let mut out = String::new();
    for f in run.findings.iter().filter(|f| f.reported(run.criteria)) {
        let command = match severity(run.questionnaire, f) {
            Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low => "notice",
        };
        let reference = f.reference.as_deref().unwrap_or("-");
        let title = super::shown(&format!("{} ({reference})", f.id));
        let line = f.line(run.since, run.lang);
        let message = crate::sanitize::for_output(&super::shown(&line));
        out.push_str(&format!(
            "::{command} file={},line={},title={}::{}\n",
            property(run.uri),
            super::line_of(run.text, &f.id),
            property(&title),
            data(&message)
        ));
    }
    out
}

/// The job summary: a title, what was checked, failing findings and
/// accepted risks by severity, and the first findings by name.
pub fn summary(run: &Run) -> String {
    let l = run.lang;
    let q = run.questionnaire;
    let failing: Vec<&Finding> = run
        .findings
        .iter()
        .filter(|f| f.reported(run.criteria))
        .collect();
    let words = crate::messages::summary_words(l);
    let mut md = Markdown::new();
    md.heading(2, &[text(crate::messages::summary_title(l, run.name))]);
    md.paragraph(&[text(crate::messages::summary_outcome(
        l,
        q.questions.len(),
        &q.named(),
        run.as_of,
        run.criteria_words,
        failing.len(),
    ))]);
    let rows: Vec<Vec<Vec<_>>> = [Severity::High, Severity::Medium, Severity::Low]
        .into_iter()
        .map(|sev| {
            let count = |accepted: bool| {
                run.findings
                    .iter()
                    .filter(|f| severity(q, f) == sev && f.accepted.is_some() == accepted)
                    .filter(|f| accepted || f.reported(run.criteria))
                    .count()
                    .to_string()
            };
            vec![
                vec![text(sev.as_str())],
                vec![text(count(false))],
                vec![text(count(true))],
            ]
        })
        .collect();
    let header: Vec<&str> = words.header.iter().map(String::as_str).collect();
    md.table(&header, &[Align::Left, Align::Right, Align::Right], &rows);
    if !failing.is_empty() {
        md.heading(3, &[text(words.findings)]);
        let items: Vec<Vec<_>> = failing
            .iter()
            .take(LISTED)
            .map(|f| vec![text(super::shown(&f.line(run.since, l)))])
            .collect();
        md.bullets(&items);
        if failing.len() > LISTED {
            let words: Vec<&str> = run.criteria.iter().map(|c| c.word()).collect();
            let mut command = format!(
                "srm-assess check {} --fail-on {}",
                crate::sanitize::shell_quote(run.uri),
                words.join(",")
            );
            if let Some(rev) = run.since {
                command.push_str(&format!(" --since {}", crate::sanitize::shell_quote(rev)));
            }
            md.paragraph(&[text(crate::messages::summary_more(
                l,
                failing.len() - LISTED,
                &command,
            ))]);
        }
    }
    md.finish()
}
