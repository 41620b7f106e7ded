//! Shell completion: `completions SHELL` prints a script that asks the
//! binary itself what to complete (clap_complete's dynamic completion,
//! which has none of the static scripts' trouble with a hyphen in the
//! program's name, clap-rs/clap#6421), and saved assessment names are
//! offered where a NAME|PATH is expected.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};

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

/// Saved assessments whose name starts with what was typed, then files
/// and folders (a path is accepted too).
pub fn assessment(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let mut found = Vec::new();
    if !typed.contains(std::path::MAIN_SEPARATOR) && !typed.starts_with('.') {
        let dir = crate::store::DataDir::resolve(data_dir_given().as_deref());
        let files = dir.and_then(|d| d.list()).unwrap_or_default();
        found.extend(
            files
                .iter()
                .filter_map(|p| p.file_stem().and_then(OsStr::to_str))
                .filter(|name| name.starts_with(&*typed))
                .map(|name| CompletionCandidate::new(name.to_string())),
        );
    }
    found.extend(PathCompleter::any().complete(current));
    found
}

/// `--data-dir DIR` (or `--data-dir=DIR`) on the line being completed: a
/// completer sees only its own word, and the line is in the arguments.
fn data_dir_given() -> Option<PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--data-dir=")
            .map(PathBuf::from)
            .or_else(|| (a == "--data-dir").then(|| args.get(i + 1).map(PathBuf::from))?)
    })
}
