//! Each subcommand's arguments, declared once for clap: the types
//! [`super::run`] hands to the commands (one line per command there).

use clap::{Args, Subcommand};

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
    Open(crate::commands::tui::OpenArgs),
    List(crate::commands::list::ListArgs),
    // ANSWER is required unless --from-probe gives it, which clap's own
    // usage shows as optional (`[ANSWER]`).
    #[command(
        override_usage = "srm-assess answer [OPTIONS] <NAME|PATH> <QUESTION_ID> <ANSWER>\n       srm-assess answer [OPTIONS] <NAME|PATH> <QUESTION_ID> --from-probe"
    )]
    Answer(crate::commands::answer::AnswerArgs),
    Accept(crate::commands::accept::AcceptArgs),
    Evidence(crate::commands::evidence::EvidenceArgs),
    Check(crate::commands::check::CheckArgs),
    Probe(crate::commands::probe::ProbeArgs),
    Report(crate::commands::report::ReportArgs),
    Diff(crate::commands::diff::DiffArgs),
    Fleet(crate::commands::fleet::FleetArgs),
    Show(crate::commands::show::ShowArgs),
    GitSetup(crate::commands::git_setup::GitSetupArgs),
    CiSetup(crate::commands::ci_setup::CiSetupArgs),
    Bundle(crate::commands::bundle::BundleArgs),
    Verify(crate::commands::verify::VerifyArgs),
    Settle(crate::commands::settle::SettleArgs),
    MergeDriver(crate::commands::merge_driver::MergeDriverArgs),
    Ask(crate::commands::ask::AskArgs),
    Completions(CompletionsArgs),
    Man(crate::commands::man::ManArgs),
    Questions(crate::commands::questions::QuestionsArgs),
    Validate(crate::commands::validate::ValidateArgs),
}

/// Print shell completions
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
