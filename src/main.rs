//! The `srm-assess` binary: parses the command line and dispatches.

use std::process::ExitCode;

use srm_assess::cli;

fn main() -> ExitCode {
    let cli = cli::parse();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("srm-assess: {failure}");
            ExitCode::FAILURE
        }
    }
}
