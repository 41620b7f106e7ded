//! `check --format junit`: JUnit XML as Jenkins, Azure DevOps and GitLab
//! read it. One test suite per section, one test case per question: a
//! question with a finding fails, one nobody assessed is skipped, a met or
//! accepted one passes; the counts are on every suite.

use std::fmt::Write as _;

use super::Finding;
use crate::questionnaire::{Question, Questionnaire};

/// What a JUnit report is made of.
pub struct Suites<'a> {
    /// The questionnaire the assessment answers.
    pub questionnaire: &'a Questionnaire,
    /// The assessment.
    pub assessment: &'a crate::assessment::Assessment,
    /// The findings the gate reports (failing ones only).
    pub findings: &'a [&'a Finding],
    /// The name of the assessment.
    pub name: &'a str,
    /// The revision new findings are told against (`--since`).
    pub since: Option<&'a str>,
    /// The language of the words.
    pub lang: crate::lang::Lang,
}

/// Text as XML 1.0 holds it: the five special characters escaped, and
/// the characters XML cannot hold at all dropped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// One test case's outcome.
enum Outcome {
    Passed,
    Skipped,
    Failed(Vec<String>),
}

/// The report, ending with a newline. The same input gives the same bytes.
pub fn render(s: &Suites) -> String {
    let q = s.questionnaire;
    let mut body = String::new();
    let (mut tests, mut failures, mut skipped) = (0, 0, 0);
    for section in q.sections.iter() {
        let cases: Vec<(&Question, Outcome)> = q
            .section_questions(section)
            .iter()
            .map(|question| (question, outcome(s, &question.id)))
            .collect();
        let title = section.heading(s.lang);
        let counts = suite(&mut body, &title, &section.id, &cases);
        tests += counts.0;
        failures += counts.1;
        skipped += counts.2;
    }
    let retired: Vec<&&Finding> = s
        .findings
        .iter()
        .filter(|f| f.reference.is_none())
        .collect();
    if !retired.is_empty() {
        let title = crate::messages::not_in_questionnaire(s.lang);
        let _ = writeln!(
            body,
            "  <testsuite name=\"{}\" tests=\"{n}\" failures=\"{n}\" errors=\"0\" skipped=\"0\">",
            xml(&title),
            n = retired.len()
        );
        for f in retired {
            let line = f.line(s.since, s.lang);
            case(&mut body, "retired", &f.id, &Outcome::Failed(vec![line]));
            tests += 1;
            failures += 1;
        }
        body.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"srm-assess: {}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{body}</testsuites>\n",
        xml(&crate::sanitize::one_line(&format!(
            "{} ({})",
            s.name,
            q.named()
        )))
    )
}

/// A question's outcome: failed with its findings' lines, skipped when
/// nobody assessed it, passed otherwise.
fn outcome(s: &Suites, id: &str) -> Outcome {
    let lines: Vec<String> = s
        .findings
        .iter()
        .filter(|f| f.id == id && f.reference.is_some())
        .map(|f| f.line(s.since, s.lang))
        .collect();
    if !lines.is_empty() {
        Outcome::Failed(lines)
    } else if s.assessment.answer(id).is_none() {
        Outcome::Skipped
    } else {
        Outcome::Passed
    }
}

/// Writes one section's suite; its tests, failures and skipped.
fn suite(
    body: &mut String,
    title: &str,
    section: &str,
    cases: &[(&Question, Outcome)],
) -> (usize, usize, usize) {
    let failures = cases
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed(_)))
        .count();
    let skipped = cases
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Skipped))
        .count();
    let _ = writeln!(
        body,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">",
        xml(&crate::sanitize::one_line(title)),
        cases.len()
    );
    for (question, outcome) in cases {
        let name = format!("{} ({})", question.id, question.reference);
        case(body, section, &name, outcome);
    }
    body.push_str("  </testsuite>\n");
    (cases.len(), failures, skipped)
}

/// Writes one test case.
fn case(body: &mut String, class: &str, name: &str, outcome: &Outcome) {
    let head = format!(
        "    <testcase classname=\"srm-assess.{}\" name=\"{}\"",
        xml(&crate::sanitize::one_line(class)),
        xml(&crate::sanitize::one_line(name))
    );
    match outcome {
        Outcome::Passed => {
            let _ = writeln!(body, "{head}/>");
        }
        Outcome::Skipped => {
            let _ = writeln!(
                body,
                "{head}>\n      <skipped message=\"not assessed\"/>\n    </testcase>"
            );
        }
        Outcome::Failed(lines) => {
            let lines: Vec<String> = lines.iter().map(|l| super::shown(l)).collect();
            let _ = writeln!(
                body,
                "{head}>\n      <failure message=\"{}\" type=\"srm-assess\">{}</failure>\n    </testcase>",
                xml(&lines[0]),
                xml(&lines.join("\n"))
            );
        }
    }
}
