//! Each subcommand's arguments, declared once for clap: the types
//! [`super::run`] hands to the commands (one line per command there).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use crate::commands::values::Criteria;
use crate::commands::values::{parse_criteria, parse_date_arg};
use crate::commands::{self, Context};
use crate::error::Failure;

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
    New(NewArgs),
    Set(SetArgs),
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
    Diff(DiffArgs),
    Fleet(crate::commands::fleet::FleetArgs),
    Show(ShowArgs),
    GitSetup(GitSetupArgs),
    Settle(SettleArgs),
    MergeDriver(MergeDriverArgs),
    Ask(AskArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
    /// List the questionnaire's questions, one per line: id, reference,
    /// severity and text, separated by tabs (for scripts using `answer`)
    Questions,
    Validate(ValidateArgs),
}

/// Create an assessment
#[derive(Debug, Args)]
pub struct NewArgs {
    /// A plain name (saved in the data folder) or a path ending in .toml
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
    /// The organization assessed
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// The vendor instance, e.g. the Zendesk subdomain
    #[arg(long, value_name = "SUBDOMAIN")]
    pub instance: Option<String>,
    /// Who answers
    #[arg(long, value_name = "WHO")]
    pub assessor: Option<String>,
    /// Only create it, do not open it
    #[arg(long)]
    pub no_open: bool,
}

/// Change an assessment's organization, instance or assessor after creation
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(crate::commands::values::complete_assessment))]
    pub target: String,
    /// The organization assessed ("" clears it)
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// The vendor instance: acme, acme.zendesk.com or https://acme.zendesk.com/ ("" clears it)
    #[arg(long, value_name = "SUB")]
    pub instance: Option<String>,
    /// Who assesses ("" clears it)
    #[arg(long, value_name = "WHO")]
    pub assessor: Option<String>,
    /// Leave this account (its email address) out of the probe's user
    /// checks, as a break-glass account; needs --reason
    #[arg(long, value_name = "EMAIL", requires = "reason")]
    pub break_glass: Option<String>,
    /// Why the --break-glass account is left out
    #[arg(long, value_name = "TEXT", requires = "break_glass")]
    pub reason: Option<String>,
    /// Take an account off the break-glass list
    #[arg(long, value_name = "EMAIL", conflicts_with = "break_glass")]
    pub no_break_glass: Option<String>,
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

/// What changed between two assessments, question by question
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older assessment: a name or a path (with --rev: the assessment,
    /// compared with itself at that revision)
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The newer assessment: a name or a path
    #[arg(value_name = "NEW", required_unless_present = "rev")]
    pub new: Option<String>,
    /// Compare with the file as it was at this git revision (a commit, a
    /// tag, a branch: HEAD~1, v1.0)
    #[arg(long, value_name = "REV", conflicts_with = "new")]
    pub rev: Option<String>,
}

impl DiffArgs {
    /// Compares two assessments, or one with itself at a git revision.
    pub fn run(&self, ctx: &Context) -> Result<(), Failure> {
        match (&self.rev, &self.new) {
            (Some(rev), _) => commands::diff::run_rev(&self.old, rev, ctx),
            (None, Some(new)) => commands::diff::run(&self.old, new, ctx),
            // clap asks for one of them first; said again, not assumed.
            (None, None) => Err(Failure::usage(crate::messages::diff_needs_new(ctx.lang))),
        }
    }
}

/// Make git merge assessment files per question and diff them as answers:
/// writes .gitattributes here and prints the git config (or sets it)
#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// The files to set up, as .gitattributes patterns relative to this
    /// folder [default: the assessment files found under it]
    #[arg(value_name = "PATTERN")]
    pub patterns: Vec<String>,
    /// Set the configuration in this repository (.git/config)
    #[arg(long, conflicts_with = "global")]
    pub local: bool,
    /// Set the configuration for all your repositories (~/.gitconfig)
    #[arg(long)]
    pub global: bool,
}

impl GitSetupArgs {
    /// Writes .gitattributes and prints or sets the configuration.
    pub fn run(&self, ctx: &Context) -> Result<(), Failure> {
        use crate::store::git::Scope;
        let scope = match (self.local, self.global) {
            (true, _) => Some(Scope::Local),
            (_, true) => Some(Scope::Global),
            _ => None,
        };
        commands::git_setup::run(&self.patterns, scope, ctx)
    }
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

/// git's merge driver for assessment files (set up by git-setup): merges
/// per question and field; exit 0 clean, 1 when a conflict is recorded
// Its arguments are in the order git passes them (`%O %A %B %P`).
#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor's version (git's %O; empty when both branches
    /// added the file)
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// This branch's version, replaced by the result (git's %A)
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// The other branch's version (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
    /// The file's path in the repository, for the messages (git's %P)
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
}

impl MergeDriverArgs {
    /// Merges the three versions into `ours`.
    pub fn run(&self, ctx: &Context) -> Result<(), Failure> {
        commands::merge_driver::run(
            &self.base,
            &self.ours,
            &self.theirs,
            self.path.as_deref(),
            ctx,
        )
    }
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

// Each command's arguments run it: what clap parsed becomes the command's
// request here, and nowhere else.

impl NewArgs {
    /// Creates the assessment, then opens it unless `--no-open`.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        if !self.no_open && crate::tui::terminal::kind() != crate::tui::terminal::TerminalKind::Dumb
        {
            // Refuse before creating anything when nothing can be opened
            // (no terminal, an unknown theme).
            crate::tui::terminal::check_terminal()?;
        }
        let details = [&self.org, &self.instance, &self.assessor].map(|d| d.as_deref());
        commands::new::run(&self.target, details, ctx)?;
        if self.no_open {
            return Ok(());
        }
        commands::tui::open(&self.target, ctx)
    }
}

impl SetArgs {
    /// Changes the assessment's details.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let details = commands::set::Details {
            org: self.org,
            instance: self.instance,
            assessor: self.assessor,
            break_glass: self.break_glass.zip(self.reason),
            no_break_glass: self.no_break_glass,
        };
        commands::set::run(&self.target, details, ctx)
    }
}
