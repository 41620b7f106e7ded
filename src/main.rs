//! The `srm-assess` binary: parses the command line and dispatches.

use std::process::ExitCode;

use srm_assess::cli;

fn main() -> ExitCode {
    srm_assess::panic::set_hook(false, "the assessment file".into());
    let cli = cli::parse();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("srm-assess: {failure}");
            ExitCode::FAILURE
        }
    }
}
