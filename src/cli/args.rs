//! Each subcommand's arguments, declared once for clap: the types
//! [`super::run`] hands to the commands (one line per command there).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCompleter;

use super::values::{AnswerChoice, Criteria, DueChoice};
use super::values::{parse_answer, parse_criteria, parse_date_arg, parse_due, parse_oscal_version};
use crate::commands::{self, Context, report::Format};
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
    Answer(AnswerArgs),
    Accept(AcceptArgs),
    Evidence(EvidenceArgs),
    Check(CheckArgs),
    Probe(ProbeArgs),
    Report(ReportArgs),
    Diff(DiffArgs),
    Fleet(FleetArgs),
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
}

/// List saved assessments: questionnaire, progress, gaps, last change
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only these assessments: names or paths (a file kept in a git checkout) [default: every saved one]
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub targets: Vec<String>,
    /// The assessment files (*.toml) of this folder instead of the saved ones
    #[arg(long, value_name = "DIR", conflicts_with = "targets")]
    pub dir: Option<PathBuf>,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
}

/// Set one answer without the interactive interface
#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
    /// The question's id, e.g. access.two-factor
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// The answer, required (unless --from-probe): yes, partial, no,
    /// unknown or na (or y, p, n, u, x, in any case); unanswered clears it.
    /// To change only notes, owner, due date or flag, give the current
    /// answer again
    #[arg(value_name = "ANSWER", value_parser = parse_answer, required_unless_present = "from_probe")]
    pub answer: Option<AnswerChoice>,
    /// Take the answer the probe's observations suggest (see `probe`)
    #[arg(long, conflicts_with = "answer")]
    pub from_probe: bool,
    /// Notes (evidence, context); replace the existing notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Why the question does not apply (required with na)
    #[arg(long, value_name = "TEXT")]
    pub justification: Option<String>,
    /// Who closes the gap ("" clears it)
    #[arg(long, value_name = "WHO")]
    pub owner: Option<String>,
    /// When the gap is due, as YYYY-MM-DD ("" clears it)
    #[arg(long, value_name = "DATE", value_parser = parse_due)]
    pub due: Option<DueChoice>,
    /// Flag the question for review
    #[arg(long, conflicts_with = "unflag")]
    pub flag: bool,
    /// Remove the review flag
    #[arg(long)]
    pub unflag: bool,
}

/// Accept a gap as a risk: who approved it, until when, why (or --revoke)
#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
    /// The question's id (answered partial, no or unknown)
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// Who approved the risk
    #[arg(long, value_name = "WHO", required_unless_present = "revoke")]
    pub by: Option<String>,
    /// The last day the acceptance holds, as YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, required_unless_present = "revoke")]
    pub until: Option<jiff::civil::Date>,
    /// Why the risk is accepted
    #[arg(long, value_name = "TEXT", required_unless_present = "revoke")]
    pub reason: Option<String>,
    /// What reduces the risk meanwhile
    #[arg(long, value_name = "TEXT")]
    pub compensating: Option<String>,
    /// When it was approved, as YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub approved: Option<jiff::civil::Date>,
    /// Revoke the acceptance: the gap is open again
    #[arg(long, conflicts_with_all = ["by", "until", "reason", "compensating", "approved"])]
    pub revoke: bool,
}

/// Record evidence for an answer: a web address or a file (or --remove)
#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
    /// The question's id
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// A web address (https://…) or a file (hashed, so a later change shows)
    #[arg(value_name = "REF")]
    pub reference: String,
    /// The day the evidence shows the control in place, as YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub observed: Option<jiff::civil::Date>,
    /// What the evidence shows
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Remove this evidence
    #[arg(long, conflicts_with_all = ["observed", "note"])]
    pub remove: bool,
}

/// Fail (exit status 3) when the assessment has what LIST names: for CI
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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

/// Look at the Zendesk instance through its API, read-only, and keep what it
/// shows beside the answers (never changing one). Token: ZENDESK_OAUTH_TOKEN
/// or --token-stdin, an OAuth token limited to read
#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
    /// The Zendesk subdomain [default: the assessment's instance]
    #[arg(long, value_name = "SUB", conflicts_with = "base_url")]
    pub subdomain: Option<String>,
    /// Another address: https://SUB.zendesk.com, or http:// or https:// for
    /// 127.0.0.1, ::1 or localhost; any other host needs --allow-host
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Let --base-url send the token to this host (not Zendesk, not this
    /// computer): a proxy you trust
    #[arg(long, value_name = "HOST", requires = "base_url")]
    pub allow_host: Option<String>,
    /// Print the requests the probe would make, and make none
    #[arg(long)]
    pub dry_run: bool,
    /// Keep the responses in DIR (no headers, no token, no secrets; names,
    /// e-mail addresses and phone numbers replaced), for --replay
    #[arg(long, value_name = "DIR", conflicts_with = "dry_run")]
    pub record: Option<PathBuf>,
    /// With --record: keep names, e-mail addresses and phone numbers
    #[arg(long, requires = "record")]
    pub record_personal_data: bool,
    /// Read at most N pages (100 items each) of a list
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub max_pages: u64,
    /// Read the responses recorded in DIR instead of asking Zendesk
    #[arg(long, value_name = "DIR", conflicts_with_all = ["subdomain", "base_url", "dry_run", "record", "token_stdin"])]
    pub replay: Option<PathBuf>,
    /// Read the token from standard input (first line) instead of ZENDESK_OAUTH_TOKEN
    #[arg(long)]
    pub token_stdin: bool,
    /// Seconds each request may take
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

/// Write the gap report (to standard output unless -o is given)
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub target: String,
    /// Write to FILE (atomically, readable by you only)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format [default: from the -o file's extension, else md]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Compare with an older assessment, or with this one at a git revision
    /// (a commit, tag or branch, when no assessment has that name): what
    /// improved, regressed, is new
    #[arg(long, value_name = "OLD|REV")]
    pub since: Option<String>,
    /// Hide what looks like passwords, tokens and keys in notes and other typed text
    #[arg(long)]
    pub redact: bool,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// Leave the charts out (the Mermaid block in Markdown, the SVG in HTML)
    #[arg(long = "no-charts")]
    pub no_charts: bool,
    /// The CSV's separator [default: semicolon for an Italian report, as
    /// Excel there expects; comma otherwise]
    #[arg(long, value_enum, value_name = "SEPARATOR")]
    pub separator: Option<crate::report::csv::Separator>,
    /// The OSCAL version of --format oscal-ar or oscal-poam
    #[arg(long, value_name = "VERSION", value_parser = parse_oscal_version)]
    pub oscal_version: Option<crate::report::oscal::OscalVersion>,
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

/// Roll up many assessments (instances, sandboxes, customers): heat map,
/// the gaps they share, hygiene per instance, trend
#[derive(Debug, Args)]
pub struct FleetArgs {
    /// The assessments: names or paths
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
    pub targets: Vec<String>,
    /// Every saved assessment too
    #[arg(long)]
    pub all: bool,
    /// Only the assessments of this organization; nothing of the others
    /// reaches the output
    #[arg(long, value_name = "ORG")]
    pub only: Option<String>,
    /// The format [default: from the -o file's extension, else md]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to FILE (atomically, readable by you only)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Judge as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// Compare each with its file at this git revision, or with the file of
    /// the same name in this folder
    #[arg(long, value_name = "REV|DIR")]
    pub since: Option<String>,
    /// check's criteria: one line per instance and match, exit status 3
    #[arg(long, value_name = "LIST", value_parser = parse_criteria)]
    pub fail_on: Option<Criteria>,
}

impl FleetArgs {
    /// Rolls up the assessments.
    pub fn run(&self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::fleet::Request {
            targets: &self.targets,
            all: self.all,
            only: self.only.as_deref(),
            format: self.format,
            output: self.output.as_deref(),
            as_of: self.as_of,
            since: self.since.as_deref(),
            fail_on: self.fail_on.as_ref().map(|c| c.0.as_slice()),
        };
        commands::fleet::run(&request, ctx)
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::complete::assessment))]
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

impl AnswerArgs {
    /// Records the answer.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::answer::Request {
            question: self.question,
            answer: self.answer.and_then(|a| a.0),
            from_probe: self.from_probe,
            notes: self.notes,
            justification: self.justification,
            owner: self.owner,
            due: self.due.map(|d| d.0),
            flag: (self.flag || self.unflag).then_some(self.flag),
        };
        commands::answer::run(&self.target, request, ctx)
    }
}

impl AcceptArgs {
    /// Accepts (or revokes) the risk.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::accept::Request {
            question: self.question,
            by: self.by,
            until: self.until,
            reason: self.reason,
            compensating: self.compensating,
            approved: self.approved,
            revoke: self.revoke,
        };
        commands::accept::run(&self.target, request, ctx)
    }
}

impl EvidenceArgs {
    /// Records (or removes) the evidence.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::evidence::Request {
            question: self.question,
            reference: self.reference,
            observed: self.observed,
            note: self.note,
            remove: self.remove,
        };
        commands::evidence::run(&self.target, request, ctx)
    }
}

impl ProbeArgs {
    /// Runs the probe.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::probe::Request {
            subdomain: self.subdomain,
            base_url: self.base_url,
            dry_run: self.dry_run,
            record: self.record,
            replay: self.replay,
            token_stdin: self.token_stdin,
            timeout: self.timeout,
            allow_host: self.allow_host,
            record_personal_data: self.record_personal_data,
            max_pages: usize::try_from(self.max_pages).unwrap_or(crate::probe::MAX_PAGES),
        };
        commands::probe::run(&self.target, request, ctx)
    }
}

impl ReportArgs {
    /// Writes the report.
    pub fn run(self, ctx: &Context) -> Result<(), Failure> {
        let request = commands::report::Request {
            target: &self.target,
            output: self.output.as_deref(),
            format: self.format,
            since: self.since.as_deref(),
            redact: self.redact,
            as_of: self.as_of,
            charts: !self.no_charts,
            separator: self.separator,
            oscal_version: self.oscal_version,
        };
        commands::report::run(&request, ctx)
    }
}
