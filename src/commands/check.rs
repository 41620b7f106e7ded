//! `srm-assess check NAME|PATH --fail-on LIST [--as-of DATE] [--since REV]
//! [--format text|sarif|junit|github]`: a gate for CI. Prints what it
//! finds (one line each, or in a format pipelines read) and exits 3 when
//! anything fails the gate.

use std::path::Path;

use clap::{Args, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use super::{Context, print, print_document, read_assessment};
use crate::error::Failure;
use crate::report::gate::{self, Finding};

pub use crate::report::gate::Criterion;

/// Fail (exit status 3) when the assessment has what LIST names: for CI
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// Comma-separated: high, medium, low (open gaps of that severity), unknown,
    /// unanswered, expired, overdue, stale, changed, contradiction, to-verify, conflict,
    /// setting-changed, new (what is new or worse since --since REV)
    #[arg(long, value_name = "LIST", value_parser = super::values::parse_criteria)]
    pub fail_on: super::values::Criteria,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = super::values::parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// The git revision to compare with (HEAD, origin/main, a tag): what is
    /// new or worse since is marked, and is what --fail-on new fails on
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// How findings are written: text (one line each), sarif (SARIF 2.1.0,
    /// for code scanning), junit (JUnit XML), github (workflow annotations,
    /// and a job summary in $GITHUB_STEP_SUMMARY when it is set)
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "text")]
    pub format: GateFormat,
}

/// How `check` writes what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GateFormat {
    /// One line per finding, and a summary line.
    Text,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// JUnit XML (Jenkins, Azure DevOps, GitLab).
    Junit,
    /// GitHub workflow annotations and job summary.
    Github,
}

/// Finds what `--fail-on` names, writes it in the format asked for, and
/// fails with exit status 3 when anything fails the gate.
pub fn run(args: CheckArgs, ctx: &Context) -> Result<(), Failure> {
    let criteria = &args.fail_on.0[..];
    let since = args.since.as_deref();
    if criteria.contains(&Criterion::New) && since.is_none() {
        return Err(Failure::usage(crate::messages::new_needs_since(ctx.lang)));
    }
    let (path, assessment, questionnaire) = read_assessment(&args.target, ctx)?;
    let (assessment, _) = ctx.as_of(&path, assessment, args.as_of)?;
    let as_of = args.as_of.unwrap_or_else(|| ctx.today());
    let mut wanted: Vec<Criterion> = criteria.to_vec();
    if since.is_some() {
        wanted.extend(gate::NEWNESS);
    }
    wanted.retain(|c| *c != Criterion::New);
    wanted.sort();
    wanted.dedup();
    let (q, lang) = (&questionnaire, ctx.lang);
    let mut found = gate::findings(&path, q, &assessment, &wanted, as_of, lang);
    if let Some(rev) = since {
        match crate::store::git::at_revision(&path, rev)? {
            Some((then, day)) => {
                let before = gate::findings(&path, q, &then, &gate::NEWNESS, day, lang);
                gate::mark_new(&mut found, &before);
            }
            None => {
                eprintln!("{}", crate::messages::since_no_file(lang, rev));
                gate::mark_new(&mut found, &[]);
            }
        }
    }
    // What the gate reports, and accepted gaps of the severities asked
    // for (listed as suppressed, never failing).
    found.retain(|f| {
        f.reported(criteria) || (f.accepted.is_some() && criteria.contains(&f.criterion))
    });
    let output = Output {
        args: &args,
        path: &path,
        questionnaire: q,
        assessment: &assessment,
        found: &found,
        as_of,
        ctx,
    };
    output.write()?;
    let failing = found.iter().filter(|f| f.reported(criteria)).count();
    if failing == 0 {
        return Ok(());
    }
    Err(Failure::Findings(crate::messages::check_matched(
        lang,
        failing,
        &q.named(),
        as_of,
    )))
}

/// What `check` found, to be written.
struct Output<'a> {
    args: &'a CheckArgs,
    path: &'a Path,
    questionnaire: &'a crate::questionnaire::Questionnaire,
    assessment: &'a crate::assessment::Assessment,
    found: &'a [Finding],
    as_of: jiff::civil::Date,
    ctx: &'a Context,
}

impl Output<'_> {
    /// The criteria as the summary line names them.
    fn criteria_words(&self) -> String {
        let words: Vec<String> = self
            .args
            .fail_on
            .0
            .iter()
            .map(|c| match (c, &self.args.since) {
                (Criterion::New, Some(rev)) => {
                    crate::messages::criterion_new_since(self.ctx.lang, rev)
                }
                _ => c.word().to_string(),
            })
            .collect();
        words.join(",")
    }

    /// Writes the findings in the format asked for.
    fn write(&self) -> Result<(), Failure> {
        let lang = self.ctx.lang;
        let criteria = &self.args.fail_on.0[..];
        let since = self.args.since.as_deref();
        let failing: Vec<&Finding> = self.found.iter().filter(|f| f.reported(criteria)).collect();
        let uri = repository_uri(self.path);
        let name = crate::store::display_name(self.path);
        // The file's lines, for the formats that point at a question's
        // table: read as every assessment is read (bounded, regular files).
        let text = || {
            crate::store::regular::read(self.path, crate::store::MAX_ASSESSMENT_BYTES)
                .map(|(bytes, _)| String::from_utf8_lossy(&bytes).into_owned())
                .unwrap_or_default()
        };
        match self.args.format {
            GateFormat::Text if failing.is_empty() => self.clean(),
            GateFormat::Text => {
                let lines: String = failing.iter().map(|f| f.line(since, lang) + "\n").collect();
                print(&lines)
            }
            GateFormat::Sarif => print_document(&gate::sarif::render(&gate::sarif::Log {
                questionnaire: self.questionnaire,
                findings: self.found,
                uri: &uri,
                text: &text(),
                since,
                as_of: self.as_of,
                lang,
            })),
            GateFormat::Junit => print_document(&gate::junit::render(&gate::junit::Suites {
                questionnaire: self.questionnaire,
                assessment: self.assessment,
                findings: &failing,
                name: &name,
                since,
                lang,
            })),
            GateFormat::Github => {
                let (words, text) = (self.criteria_words(), text());
                let run = gate::github::Run {
                    questionnaire: self.questionnaire,
                    findings: self.found,
                    criteria,
                    uri: &uri,
                    text: &text,
                    name: &name,
                    since,
                    as_of: self.as_of,
                    criteria_words: &words,
                    lang,
                };
                write_step_summary(&gate::github::summary(&run), lang)?;
                // Workflow commands of our own making: the user's text in
                // them is neutralised and encoded by `annotations`.
                super::print_raw(&gate::github::annotations(&run))?;
                if failing.is_empty() {
                    self.clean()
                } else {
                    Ok(())
                }
            }
        }
    }

    /// When nothing fails: the summary line that says what was checked
    /// (never silently green).
    fn clean(&self) -> Result<(), Failure> {
        let lang = self.ctx.lang;
        let q = self.questionnaire;
        let answered = q
            .questions
            .iter()
            .filter(|x| self.assessment.answer(&x.id).is_some())
            .count();
        print(&format!(
            "{}\n",
            crate::messages::check_clean(
                lang,
                q.questions.len(),
                answered,
                &q.named(),
                &self.criteria_words(),
                self.as_of
            )
        ))
    }
}

/// The assessment file as a repository names it, for SARIF and the
/// annotations: a relative path with `/`, without a leading `./`; an
/// absolute one under the current folder is made relative to it.
fn repository_uri(path: &Path) -> String {
    let here = std::env::current_dir().ok();
    let shown = match here.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(relative) => relative,
        None => path,
    };
    let text = shown.to_string_lossy().replace('\\', "/");
    let mut text = text.as_str();
    while let Some(rest) = text.strip_prefix("./") {
        text = rest;
    }
    text.to_string()
}

/// Appends the job summary to the file `$GITHUB_STEP_SUMMARY` names, when
/// it is set (GitHub Actions sets it for every step).
fn write_step_summary(summary: &str, lang: crate::lang::Lang) -> Result<(), Failure> {
    let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty()) else {
        return Ok(());
    };
    use std::io::Write;
    let path = std::path::PathBuf::from(file);
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut f| f.write_all(summary.as_bytes()))
        .map_err(|e| Failure::new(crate::messages::step_summary_failed(lang, &path, &e)))
}
