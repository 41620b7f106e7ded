//! Running the parsed command line: the context built once, then the
//! command's module under [`crate::commands`].

use super::{Cli, Command, parse};
use crate::commands;
use crate::error::Failure;

/// The whole program: parses the arguments, runs the command, reports a
/// failure on standard error (cleaned like all output) and gives the exit
/// status. Panics leave the terminal restored and say where the data is.
pub fn main() -> std::process::ExitCode {
    super::complete::answer_if_asked();
    let cli = parse();
    let lang = cli.language();
    crate::panic::set_hook(
        None,
        crate::messages::the_assessment_file(lang).into(),
        lang,
    );
    match run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(failure) => {
            // The message may quote a file's text.
            eprintln!(
                "srm-assess: {}",
                crate::sanitize::for_output(&failure.words(lang))
            );
            std::process::ExitCode::from(failure.exit_code())
        }
    }
}

/// Runs the parsed command line, writing results to standard output.
pub(crate) fn run(cli: Cli) -> Result<(), Failure> {
    let lang = cli.language();
    let ctx = commands::Context::new(
        cli.questionnaire.clone(),
        cli.data_dir.clone(),
        lang,
        cli.lang,
    );
    match cli.command {
        Some(Command::New(a)) => commands::new::run(a, &ctx),
        Some(Command::Set(a)) => commands::set::run(a, &ctx),
        Some(Command::Open(a)) => commands::tui::run(a, &ctx),
        Some(Command::List(a)) => commands::list::run(a, &ctx),
        Some(Command::Answer(a)) => commands::answer::run(a, &ctx),
        Some(Command::Accept(a)) => commands::accept::run(a, &ctx),
        Some(Command::Evidence(a)) => commands::evidence::run(a, &ctx),
        Some(Command::Check(a)) => commands::check::run(a, &ctx),
        Some(Command::Probe(a)) => commands::probe::run(a, &ctx),
        Some(Command::Report(a)) => commands::report::run(a, &ctx),
        Some(Command::Diff(a)) => commands::diff::run(a, &ctx),
        Some(Command::Fleet(a)) => commands::fleet::run(a, &ctx),
        Some(Command::MergeDriver(a)) => commands::merge_driver::run(a, &ctx),
        Some(Command::GitSetup(a)) => commands::git_setup::run(a, &ctx),
        Some(Command::CiSetup(a)) => commands::ci_setup::run(a, &ctx),
        Some(Command::Bundle(a)) => commands::bundle::run(a, &ctx),
        Some(Command::Verify(a)) => commands::verify::run(a, &ctx),
        Some(Command::Settle(a)) => commands::settle::run(a, &ctx),
        Some(Command::Show(a)) => commands::show::run(a, &ctx),
        Some(Command::Ask(a)) => commands::ask::run(a, &ctx),
        Some(Command::Completions(a)) => commands::print_raw(&super::complete::script(a.shell)),
        Some(Command::Man(a)) => commands::man::run(a, super::command(), &ctx),
        Some(Command::Questions(a)) => commands::questions::run(a, &ctx),
        Some(Command::Validate(a)) => commands::validate::run(a, &ctx),
        None => commands::tui::start(&ctx),
    }
}
