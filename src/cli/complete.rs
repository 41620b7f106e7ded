//! Shell completion: `completions SHELL` prints a script that asks the
//! binary itself what to complete (clap_complete's dynamic completion,
//! which has none of the static scripts' trouble with a hyphen in the
//! program's name, clap-rs/clap#6421), and saved assessment names are
//! offered where a NAME|PATH is expected (`commands::values::complete_assessment`).

/// The environment variable that turns the binary into its own completer.
pub const VAR: &str = "SRM_ASSESS_COMPLETE";

/// Answers a completion request and exits, when the shell's script made
/// one (`VAR` set); else returns.
pub fn answer_if_asked() {
    clap_complete::CompleteEnv::with_factory(super::command)
        .var(VAR)
        .complete();
}

/// The script that registers completion for `shell`.
pub fn script(shell: clap_complete::Shell) -> String {
    let name = shell.to_string();
    let mut out = Vec::new();
    let shells = clap_complete::env::Shells::builtins();
    if let Some(completer) = shells.completer(&name) {
        // Writing to memory cannot fail.
        let _ =
            completer.write_registration(VAR, "srm-assess", "srm-assess", "srm-assess", &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}
