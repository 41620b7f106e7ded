//! The command line: options and subcommands (clap derive), and the
//! dispatch to each command's module under [`crate::commands`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::assessment::{Answer, Metadata};
use crate::commands;
use crate::commands::report::Format;
use crate::error::Failure;
use crate::lang::Lang;

/// Walk through the subscriber side of a vendor's shared responsibility
/// model, keep the answers in a TOML file and report the gaps.
#[derive(Debug, Parser)]
#[command(name = "srm-assess", version, about, long_about = None)]
pub struct Cli {
    /// Language of the interface and the questionnaire [default: from the system locale, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Use this questionnaire file instead of the built-in Zendesk one
    #[arg(long, global = true, value_name = "PATH")]
    pub questionnaire: Option<PathBuf>,

    /// Keep saved assessments in DIR [default: the platform's data folder, e.g. ~/.local/share/srm-assess]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// What to do (without one: the interactive interface's start screen)
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an assessment
    New {
        /// A plain name (saved in the data folder) or a path ending in .toml
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The organization assessed
        #[arg(long, value_name = "ORG")]
        org: Option<String>,
        /// The vendor instance, e.g. the Zendesk subdomain
        #[arg(long, value_name = "SUBDOMAIN")]
        instance: Option<String>,
        /// Who answers
        #[arg(long, value_name = "WHO")]
        assessor: Option<String>,
        /// Only create it, do not open it
        #[arg(long)]
        no_open: bool,
    },
    /// Open an assessment in the interactive interface
    Open {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
    },
    /// List saved assessments: questionnaire, progress, gaps, last change
    List {
        /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        as_of: Option<jiff::civil::Date>,
    },
    /// Set one answer without the interactive interface
    Answer {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The question's id, e.g. access.two-factor
        #[arg(value_name = "QUESTION_ID")]
        question: String,
        /// The answer: yes, partial, no, unknown or na (or y, p, n, u, x, in
        /// any case); unanswered clears it
        #[arg(value_name = "ANSWER", value_parser = parse_answer)]
        answer: AnswerChoice,
        /// Notes (evidence, context); replace the existing notes
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        /// Why the question does not apply (required with na)
        #[arg(long, value_name = "TEXT")]
        justification: Option<String>,
        /// Who closes the gap ("" clears it)
        #[arg(long, value_name = "WHO")]
        owner: Option<String>,
        /// When the gap is due, as YYYY-MM-DD ("" clears it)
        #[arg(long, value_name = "DATE", value_parser = parse_due)]
        due: Option<DueChoice>,
        /// Flag the question for review
        #[arg(long, conflicts_with = "unflag")]
        flag: bool,
        /// Remove the review flag
        #[arg(long)]
        unflag: bool,
    },
    /// Accept a gap as a risk: who approved it, until when, why (or --revoke)
    Accept {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The question's id (answered partial, no or unknown)
        #[arg(value_name = "QUESTION_ID")]
        question: String,
        /// Who approved the risk
        #[arg(long, value_name = "WHO", required_unless_present = "revoke")]
        by: Option<String>,
        /// The last day the acceptance holds, as YYYY-MM-DD
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg, required_unless_present = "revoke")]
        until: Option<jiff::civil::Date>,
        /// Why the risk is accepted
        #[arg(long, value_name = "TEXT", required_unless_present = "revoke")]
        reason: Option<String>,
        /// What reduces the risk meanwhile
        #[arg(long, value_name = "TEXT")]
        compensating: Option<String>,
        /// When it was approved, as YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        approved: Option<jiff::civil::Date>,
        /// Revoke the acceptance: the gap is open again
        #[arg(long, conflicts_with_all = ["by", "until", "reason", "compensating", "approved"])]
        revoke: bool,
    },
    /// Record evidence for an answer: a web address or a file (or --remove)
    Evidence {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The question's id
        #[arg(value_name = "QUESTION_ID")]
        question: String,
        /// A web address (https://…) or a file (hashed, so a later change shows)
        #[arg(value_name = "REF")]
        reference: String,
        /// The day the evidence shows the control in place, as YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        observed: Option<jiff::civil::Date>,
        /// What the evidence shows
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Remove this evidence
        #[arg(long, conflicts_with_all = ["observed", "note"])]
        remove: bool,
    },
    /// Fail (exit status 3) when the assessment has what LIST names: for CI
    Check {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// Comma-separated: high, medium, low (open gaps of that severity), unknown,
        /// unanswered, expired, overdue, stale, changed
        #[arg(long, value_name = "LIST", value_parser = parse_criteria)]
        fail_on: Criteria,
        /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        as_of: Option<jiff::civil::Date>,
    },
    /// Write the gap report (to standard output unless -o is given)
    Report {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// Write to FILE (atomically, readable by you only)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// The format [default: from the -o file's extension, else md]
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Compare with an older assessment: what improved, regressed, is new
        #[arg(long, value_name = "OLD")]
        since: Option<String>,
        /// Hide what looks like passwords, tokens and keys in notes and other typed text
        #[arg(long)]
        redact: bool,
        /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        as_of: Option<jiff::civil::Date>,
    },
    /// What changed between two assessments, question by question
    Diff {
        /// The older assessment: a name or a path
        #[arg(value_name = "OLD")]
        old: String,
        /// The newer assessment: a name or a path
        #[arg(value_name = "NEW")]
        new: String,
    },
    /// The guided walk as plain lines of text (screen readers, dumb terminals, piped input)
    Ask {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
    },
    /// Print shell completions
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    Man,
    /// List the questionnaire's questions, one per line: id, reference,
    /// severity and text, separated by tabs (for scripts using `answer`)
    Questions,
    /// Check a questionnaire file (the built-in one when none is given)
    Validate {
        /// The questionnaire TOML file to check
        #[arg(value_name = "QUESTIONNAIRE.toml")]
        path: Option<PathBuf>,
    },
}

/// The command line's definition, with the version of the built-in
/// questionnaire in `--version`.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let (id, version, revision) = crate::questionnaire::builtin_id_and_version();
    let version = format!(
        "{} (built-in questionnaire {id} {version}, revision {revision})",
        env!("CARGO_PKG_VERSION")
    );
    Cli::command().version(version)
}

/// Parses the process's arguments; `--help`, `--version` and usage errors
/// exit here (status 0 or 2) as clap does.
pub(crate) fn parse() -> Cli {
    use clap::FromArgMatches;
    // Messages from the parsing itself (a bad answer word, a bad date)
    // follow --lang too: read it before clap does.
    crate::messages::set_lang(early_lang(std::env::args().skip(1)).unwrap_or_else(Lang::detect));
    let matches = command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

impl Cli {
    /// The language to use: `--lang`, else the system locale, else English.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::detect)
    }
}

/// `--lang it` or `--lang=it` among the arguments, before they are parsed.
fn early_lang(args: impl Iterator<Item = String>) -> Option<Lang> {
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang=") {
            Some(value) => value.to_string(),
            None if arg == "--lang" => args.peek().cloned().unwrap_or_default(),
            None => continue,
        };
        return match value.as_str() {
            "it" => Some(Lang::It),
            "en" => Some(Lang::En),
            _ => None,
        };
    }
    None
}

/// The whole program: parses the arguments, runs the command, reports a
/// failure on standard error (cleaned like all output) and gives the exit
/// status. Panics leave the terminal restored and say where the data is.
pub fn main() -> std::process::ExitCode {
    crate::panic::set_hook(false, "the assessment file".into());
    match run(parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(failure) => {
            // The message may quote a file's text.
            eprintln!(
                "srm-assess: {}",
                crate::sanitize::clean(&failure.to_string())
            );
            std::process::ExitCode::from(failure.exit_code())
        }
    }
}

/// Runs the parsed command line, writing results to standard output.
pub(crate) fn run(cli: Cli) -> Result<(), Failure> {
    let lang = cli.language();
    crate::messages::set_lang(lang);
    let ctx = commands::Context::new(
        cli.questionnaire.clone(),
        cli.data_dir.clone(),
        lang,
        cli.lang,
    );
    match cli.command {
        Some(Command::New {
            target,
            org,
            instance,
            assessor,
            no_open,
        }) => {
            let metadata = Metadata {
                organization: org.unwrap_or_default(),
                instance: instance.unwrap_or_default(),
                assessor: assessor.unwrap_or_default(),
            };
            if !no_open && crate::tui::terminal::fit() != crate::tui::terminal::Fit::Dumb {
                // Refuse before creating anything when nothing can be opened
                // (no terminal, an unknown theme).
                crate::tui::terminal::check_terminal()?;
            }
            commands::new::run(&target, metadata, &ctx)?;
            if no_open {
                return Ok(());
            }
            commands::tui::open(&target, &ctx)
        }
        Some(Command::Open { target }) => commands::tui::open(&target, &ctx),
        Some(Command::List { as_of }) => commands::list::run(as_of, &ctx),
        Some(Command::Answer {
            target,
            question,
            answer,
            notes,
            justification,
            owner,
            due,
            flag,
            unflag,
        }) => {
            let request = commands::answer::Request {
                question,
                answer: answer.0,
                notes,
                justification,
                owner,
                due: due.map(|d| d.0),
                flag: (flag || unflag).then_some(flag),
            };
            commands::answer::run(&target, request, &ctx)
        }
        Some(Command::Report {
            target,
            output,
            format,
            since,
            redact,
            as_of,
        }) => {
            let request = commands::report::Request {
                target: &target,
                output: output.as_deref(),
                format,
                since: since.as_deref(),
                redact,
                as_of,
            };
            commands::report::run(&request, &ctx)
        }
        Some(Command::Accept {
            target,
            question,
            by,
            until,
            reason,
            compensating,
            approved,
            revoke,
        }) => commands::accept::run(
            &target,
            commands::accept::Request {
                question,
                by,
                until,
                reason,
                compensating,
                approved,
                revoke,
            },
            &ctx,
        ),
        Some(Command::Evidence {
            target,
            question,
            reference,
            observed,
            note,
            remove,
        }) => commands::evidence::run(
            &target,
            commands::evidence::Request {
                question,
                reference,
                observed,
                note,
                remove,
            },
            &ctx,
        ),
        Some(Command::Check {
            target,
            fail_on,
            as_of,
        }) => commands::check::run(&target, &fail_on.0, as_of, &ctx),
        Some(Command::Diff { old, new }) => commands::diff::run(&old, &new, &ctx),
        Some(Command::Ask { target }) => commands::ask::run(&target, &ctx),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command(), "srm-assess", &mut out);
            commands::print_raw(&String::from_utf8_lossy(&out))
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command())
                .render(&mut out)
                .map_err(|e| Failure::new(crate::messages::cannot_write_man(e)))?;
            commands::print_raw(&String::from_utf8_lossy(&out))
        }
        Some(Command::Questions) => commands::questions::run(&ctx),
        Some(Command::Validate { path }) => {
            commands::validate::run(path.as_deref().or(cli.questionnaire.as_deref()))
        }
        None => commands::tui::start(&ctx),
    }
}

/// An answer from the command line; `None` clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerChoice(pub Option<Answer>);

/// A value clap cannot take, worded by the message catalogue.
#[derive(Debug, thiserror::Error)]
enum BadValue {
    /// Not an answer word.
    #[error("{}", crate::messages::bad_answer_word())]
    Answer,
    /// Not a date.
    #[error("{}", crate::messages::bad_date(.0))]
    Date(String),
    /// Not a list of `check` criteria (the message says which word).
    #[error("{0}")]
    Criteria(String),
}

fn parse_answer(word: &str) -> Result<AnswerChoice, BadValue> {
    if matches!(
        word.trim().to_lowercase().as_str(),
        "unanswered" | "none" | "-"
    ) {
        return Ok(AnswerChoice(None));
    }
    Answer::from_user(word)
        .map(|a| AnswerChoice(Some(a)))
        .ok_or(BadValue::Answer)
}

/// A due date from the command line; `None` clears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueChoice(pub Option<jiff::civil::Date>);

/// The criteria of `check --fail-on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criteria(pub Vec<commands::check::Criterion>);

fn parse_criteria(text: &str) -> Result<Criteria, BadValue> {
    commands::check::Criterion::parse_list(text)
        .map(Criteria)
        .map_err(BadValue::Criteria)
}

fn parse_date_arg(text: &str) -> Result<jiff::civil::Date, BadValue> {
    crate::assessment::parse_date(text).ok_or_else(|| BadValue::Date(text.to_string()))
}

fn parse_due(text: &str) -> Result<DueChoice, BadValue> {
    if text.trim().is_empty() {
        return Ok(DueChoice(None));
    }
    crate::assessment::parse_date(text)
        .map(|d| DueChoice(Some(d)))
        .ok_or_else(|| BadValue::Date(text.to_string()))
}
