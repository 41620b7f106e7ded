//! The `srm-assess` binary: parses the command line and dispatches.

use std::process::ExitCode;

use clap::Parser;
use srm_assess::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("srm-assess: {failure}");
            ExitCode::FAILURE
        }
    }
}
