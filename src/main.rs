//! The `srm-assess` binary: everything happens in [`srm_assess::cli::main`].

fn main() -> std::process::ExitCode {
    srm_assess::cli::main()
}
