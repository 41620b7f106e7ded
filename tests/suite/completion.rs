//! Shell completion as a user gets it: the script `completions SHELL`
//! prints, loaded into the real shell, completing subcommands, option
//! values and saved assessment names (the static bash script clap once
//! generated completed nothing below the command name, clap-rs/clap#6421).
//! bash is on every machine the tests run on; zsh and fish are installed
//! by `.ci/run`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::binary::srm;

/// A data folder with three saved assessments, and the script for `shell`
/// written beside it.
fn setup(shell: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    for name in ["acme-prod", "acme-sandbox", "globex"] {
        srm(&data)
            .args(["new", name, "--no-open"])
            .assert()
            .success();
    }
    let out = srm(&data)
        .args(["completions", shell])
        .output()
        .expect("run");
    assert!(out.status.success());
    let script = dir.path().join(format!("completion.{shell}"));
    std::fs::write(&script, out.stdout).expect("script");
    (dir, data, script)
}

/// `shell` running `code`, with the binary first on the PATH (the script
/// calls `srm-assess` by name, as an installed one would be).
fn run(shell: &str, args: &[&str], code: &str, script: &Path, data: &Path) -> String {
    let bin = assert_cmd::cargo::cargo_bin("srm-assess");
    let bin_dir = bin.parent().expect("bin dir");
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new(shell)
        .args(args)
        .arg(code)
        .env("PATH", path)
        .env("SCRIPT", script)
        .env("DATA", data)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("the shell runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{shell} failed: {text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// What each part of a line completes to, in every shell.
fn assert_completes(out: &str) {
    let parts: Vec<&str> = out.split("---\n").collect();
    assert_eq!(parts.len(), 3, "{out}");
    let names: Vec<&str> = parts[0].lines().collect();
    assert!(
        names.contains(&"acme-prod") && names.contains(&"acme-sandbox"),
        "saved names: {out}"
    );
    assert!(
        !names.contains(&"globex"),
        "only those starting acme: {out}"
    );
    for format in ["md", "html", "json", "csv", "oscal-ar"] {
        assert!(parts[1].lines().any(|l| l == format), "{format}: {out}");
    }
    assert!(parts[2].lines().any(|l| l == "report"), "commands: {out}");
}

#[test]
fn bash_completes_commands_option_values_and_saved_names() {
    let (_dir, data, script) = setup("bash");
    let code = r#"
source "$SCRIPT"
complete -p srm-assess >/dev/null || exit 9
complete_line() {
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_TYPE=9
    COMPREPLY=()
    _clap_complete_srm_assess srm-assess "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
}
complete_line srm-assess --data-dir "$DATA" open acme
echo ---
complete_line srm-assess report x --format ""
echo ---
complete_line srm-assess rep
"#;
    let out = run(
        "bash",
        &["--norc", "--noprofile", "-c"],
        code,
        &script,
        &data,
    );
    assert_completes(&out);
}

#[test]
#[ignore = "needs zsh"]
fn zsh_completes_commands_option_values_and_saved_names() {
    let (_dir, data, script) = setup("zsh");
    // Outside a completion widget, `_describe` (which hands the candidates
    // to zsh) is replaced by one that prints them.
    let code = r#"
compdef() { : }
source "$SCRIPT"
_describe() { local name=${@[-1]}; print -rl -- "${(@P)name}" }
complete_line() {
    words=("$@"); CURRENT=$#
    _clap_dynamic_completer_srm_assess
}
complete_line srm-assess --data-dir "$DATA" open acme
echo ---
complete_line srm-assess report x --format ""
echo ---
complete_line srm-assess rep
"#;
    let out = run("zsh", &["-f", "-c"], code, &script, &data);
    // zsh's candidates may carry a description after a colon.
    let plain: String = out
        .lines()
        .map(|l| format!("{}\n", l.split(':').next().unwrap_or_default()))
        .collect();
    assert_completes(&plain);
}

#[test]
#[ignore = "needs fish"]
fn fish_completes_commands_option_values_and_saved_names() {
    let (_dir, data, script) = setup("fish");
    let code = r#"
source $SCRIPT
complete -C "srm-assess --data-dir $DATA open acme"
echo ---
complete -C "srm-assess report x --format "
echo ---
complete -C "srm-assess rep"
"#;
    let out = run("fish", &["--no-config", "-c"], code, &script, &data);
    // fish prints a description after a tab.
    let plain: String = out
        .lines()
        .map(|l| format!("{}\n", l.split('\t').next().unwrap_or_default()))
        .collect();
    assert_completes(&plain);
}
