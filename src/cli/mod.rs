//! The command line: options and subcommands (clap derive), and the
//! dispatch to each command's module under [`crate::commands`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::report::Format;
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
    /// Change an assessment's organization, instance or assessor after creation
    Set {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The organization assessed ("" clears it)
        #[arg(long, value_name = "ORG")]
        org: Option<String>,
        /// The vendor instance: acme, acme.zendesk.com or https://acme.zendesk.com/ ("" clears it)
        #[arg(long, value_name = "SUB")]
        instance: Option<String>,
        /// Who assesses ("" clears it)
        #[arg(long, value_name = "WHO")]
        assessor: Option<String>,
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
        #[arg(value_name = "ANSWER", value_parser = parse_answer, required_unless_present = "from_probe")]
        answer: Option<AnswerChoice>,
        /// Take the answer the probe's observations suggest (see `probe`)
        #[arg(long, conflicts_with = "answer")]
        from_probe: bool,
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
        /// unanswered, expired, overdue, stale, changed, contradiction, to-verify
        #[arg(long, value_name = "LIST", value_parser = parse_criteria)]
        fail_on: Criteria,
        /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
        as_of: Option<jiff::civil::Date>,
    },
    /// Look at the Zendesk instance through its API, read-only, and keep what it
    /// shows beside the answers (never changing one). Token: ZENDESK_OAUTH_TOKEN
    /// or --token-stdin, an OAuth token limited to read
    Probe {
        /// The assessment: a name or a path
        #[arg(value_name = "NAME|PATH")]
        target: String,
        /// The Zendesk subdomain [default: the assessment's instance]
        #[arg(long, value_name = "SUB", conflicts_with = "base_url")]
        subdomain: Option<String>,
        /// Another address: https://SUB.zendesk.com, or http:// or https:// for
        /// 127.0.0.1, ::1 or localhost; any other host needs --allow-host
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Let --base-url send the token to this host (not Zendesk, not this
        /// computer): a proxy you trust
        #[arg(long, value_name = "HOST", requires = "base_url")]
        allow_host: Option<String>,
        /// Print the requests the probe would make, and make none
        #[arg(long)]
        dry_run: bool,
        /// Keep the responses in DIR (no headers, no token, no secrets; names,
        /// e-mail addresses and phone numbers replaced), for --replay
        #[arg(long, value_name = "DIR", conflicts_with = "dry_run")]
        record: Option<PathBuf>,
        /// With --record: keep names, e-mail addresses and phone numbers
        #[arg(long, requires = "record")]
        record_personal_data: bool,
        /// Read at most N pages (100 items each) of a list
        #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        max_pages: u64,
        /// Read the responses recorded in DIR instead of asking Zendesk
        #[arg(long, value_name = "DIR", conflicts_with_all = ["subdomain", "base_url", "dry_run", "record", "token_stdin"])]
        replay: Option<PathBuf>,
        /// Read the token from standard input (first line) instead of ZENDESK_OAUTH_TOKEN
        #[arg(long)]
        token_stdin: bool,
        /// Seconds each request may take
        #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
        timeout: u64,
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
        /// Leave the charts out (the Mermaid block in Markdown, the SVG in HTML)
        #[arg(long = "no-charts")]
        no_charts: bool,
        /// The CSV's separator [default: semicolon for an Italian report, as
        /// Excel there expects; comma otherwise]
        #[arg(long, value_enum, value_name = "SEPARATOR")]
        separator: Option<crate::report::csv::Separator>,
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
    /// Print the manual page (roff): one page covering every command; with
    /// --dir, write srm-assess.1 and a page per command into DIR instead
    Man {
        /// Write the pages into this folder (created if missing)
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
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
    crate::messages::set_lang(
        early_lang(
            std::env::args_os()
                .skip(1)
                .map(|a| a.to_string_lossy().into_owned()),
        )
        .unwrap_or_else(Lang::detect),
    );
    let matches = command()
        .try_get_matches()
        .unwrap_or_else(|e| exit_with(&e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(&e))
}

/// Prints clap's error (or its help and version text) and exits with
/// clap's status. An error quotes what was typed, so it is cleaned of
/// control characters first: `srm-assess --lang $'\e]0;x\a'` must not
/// retitle the terminal.
fn exit_with(error: &clap::Error) -> ! {
    use clap::error::ErrorKind;
    let text = error.render().to_string();
    let code = error.exit_code();
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = crate::commands::print(&text);
        }
        _ => eprint!("{}", crate::sanitize::for_output(&text)),
    }
    std::process::exit(code)
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

mod run;
mod values;

pub use run::main;
pub use values::{AnswerChoice, Criteria, DueChoice};
use values::{parse_answer, parse_criteria, parse_date_arg, parse_due};
