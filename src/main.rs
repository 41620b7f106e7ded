//! The `srm-assess` binary: parses the command line and dispatches.

use std::process::ExitCode;

use srm_assess::cli;

fn main() -> ExitCode {
    srm_assess::panic::set_hook(false, "the assessment file".into());
    let cli = cli::parse();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // The message may quote a file's text: cleaned like all output.
            eprintln!(
                "srm-assess: {}",
                srm_assess::sanitize::clean(failure.message())
            );
            ExitCode::from(failure.exit_code())
        }
    }
}
