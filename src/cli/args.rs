//! Each subcommand's arguments, declared once for clap: the types
//! [`super::run`] hands to the commands (one line per command there).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use crate::commands::values::Criteria;
use crate::commands::values::{parse_criteria, parse_date_arg};

/// The subcommands.
///
/// A command's help (clap's `about`) is the doc comment of its arguments'
/// struct, where clap reads it when the command is built: commands are
/// built only when used (`defer`), which spares every start building the
/// options of all the others.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[allow(missing_docs)]
pub enum Command {
    New(crate::commands::new::NewArgs),
    Set(crate::commands::set::SetArgs),
    Open(OpenArgs),
    List(ListArgs),
    // ANSWER is required unless --from-probe gives it, which clap's own
    // usage shows as optional (`[ANSWER]`).
    #[command(
        override_usage = "srm-assess answer [OPTIONS] <NAME|PATH> <QUESTION_ID> <ANSWER>\n       srm-assess answer [OPTIONS] <NAME|PATH> <QUESTION_ID> --from-probe"
    )]
    Answer(crate::commands::answer::AnswerArgs),
    Accept(crate::commands::accept::AcceptArgs),
    Evidence(crate::commands::evidence::EvidenceArgs),
    Check(CheckArgs),
    Probe(crate::commands::probe::ProbeArgs),
    Report(crate::commands::report::ReportArgs),
    Diff(crate::commands::diff::DiffArgs),
    Fleet(crate::commands::fleet::FleetArgs),
    Show(ShowArgs),
    GitSetup(crate::commands::git_setup::GitSetupArgs),
    Settle(SettleArgs),
    MergeDriver(crate::commands::merge_driver::MergeDriverArgs),
    Ask(AskArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
    /// List the questionnaire's questions, one per line: id, reference,
    /// severity and text, separated by tabs (for scripts using `answer`)
    Questions,
    Validate(ValidateArgs),
}

/// Open an assessment in the interactive interface
#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
}

/// List saved assessments: questionnaire, progress, gaps, last change
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only these assessments: names or paths (a file kept in a git checkout) [default: every saved one]
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub targets: Vec<String>,
    /// The assessment files (*.toml) of this folder instead of the saved ones
    #[arg(long, value_name = "DIR", conflicts_with = "targets")]
    pub dir: Option<PathBuf>,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
}

/// Fail (exit status 3) when the assessment has what LIST names: for CI
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
    /// Comma-separated: high, medium, low (open gaps of that severity), unknown,
    /// unanswered, expired, overdue, stale, changed, contradiction, to-verify, conflict,
    /// setting-changed
    #[arg(long, value_name = "LIST", value_parser = parse_criteria)]
    pub fail_on: Criteria,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
}

/// Settle a question's git merge conflict: keep this branch's values
/// (--ours) or take the other branch's (--theirs)
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("side").required(true).args(["ours", "theirs"])))]
pub struct SettleArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
    /// The question in conflict
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// Keep this branch's values
    #[arg(long)]
    pub ours: bool,
    /// Take the other branch's values
    #[arg(long)]
    pub theirs: bool,
}

/// An assessment as one line per question; --git makes it git's textconv
/// (set up by git-setup), so that git diff reads as answers
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The assessment: a name or a path (with --git: the path git gives)
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
    /// As git's textconv: the argument is a path, and a file that is not a
    /// readable assessment is printed as it is
    #[arg(long)]
    pub git: bool,
}

/// The guided walk as plain lines of text (screen readers, dumb terminals, piped input)
#[derive(Debug, Args)]
pub struct AskArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
}

/// Print shell completions
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the manual page (roff): one page covering every command; with
/// --dir, write srm-assess.1 and a page per command into DIR instead
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the pages into this folder (created if missing)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Check a questionnaire file (the built-in one when none is given)
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The questionnaire TOML file to check
    #[arg(value_name = "QUESTIONNAIRE.toml")]
    pub path: Option<PathBuf>,
}
