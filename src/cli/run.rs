//! Running the parsed command line: the context built once, then the
//! command's module under [`crate::commands`].

use super::{Cli, Command, command, parse};
use crate::assessment::Metadata;
use crate::commands;
use crate::error::Failure;

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
                crate::sanitize::for_output(&failure.to_string())
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
                instance: crate::assessment::normalize_instance(&instance.unwrap_or_default()),
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
        Some(Command::Set {
            target,
            org,
            instance,
            assessor,
        }) => commands::set::run(&target, org, instance, assessor, &ctx),
        Some(Command::Open { target }) => commands::tui::open(&target, &ctx),
        Some(Command::List { as_of }) => commands::list::run(as_of, &ctx),
        Some(Command::Answer {
            target,
            question,
            answer,
            from_probe,
            notes,
            justification,
            owner,
            due,
            flag,
            unflag,
        }) => {
            let request = commands::answer::Request {
                question,
                answer: answer.and_then(|a| a.0),
                from_probe,
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
            no_charts,
            separator,
        }) => {
            let request = commands::report::Request {
                target: &target,
                output: output.as_deref(),
                format,
                since: since.as_deref(),
                redact,
                as_of,
                charts: !no_charts,
                separator,
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
        Some(Command::Probe {
            target,
            subdomain,
            base_url,
            dry_run,
            record,
            replay,
            token_stdin,
            timeout,
            allow_host,
            record_personal_data,
            max_pages,
        }) => commands::probe::run(
            &target,
            commands::probe::Request {
                subdomain,
                base_url,
                dry_run,
                record,
                replay,
                token_stdin,
                timeout,
                allow_host,
                record_personal_data,
                max_pages: usize::try_from(max_pages).unwrap_or(crate::probe::MAX_PAGES),
            },
            &ctx,
        ),
        Some(Command::Diff { old, new }) => commands::diff::run(&old, &new, &ctx),
        Some(Command::Ask { target }) => commands::ask::run(&target, &ctx),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command(), "srm-assess", &mut out);
            commands::print_raw(&String::from_utf8_lossy(&out))
        }
        Some(Command::Man { dir }) => commands::man::run(command(), dir.as_deref()),
        Some(Command::Questions) => commands::questions::run(&ctx),
        Some(Command::Validate { path }) => {
            commands::validate::run(path.as_deref().or(cli.questionnaire.as_deref()))
        }
        None => commands::tui::start(&ctx),
    }
}
