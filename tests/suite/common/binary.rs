//! Running the real binary on a scratch data folder, and reading what it saved.

#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use srm_assess::assessment::{Assessment, file};

/// The binary, with no locale from the environment, on `data_dir`.
pub fn srm(data_dir: &Path) -> Command {
    let mut cmd = srm_anywhere();
    cmd.arg("--data-dir").arg(data_dir);
    cmd
}

/// The release build (`cargo build --release`) on `data_dir`, for the
/// tests that must see the features the shipped binary is built with.
pub fn release(data_dir: &Path) -> Command {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        std::path::PathBuf::from,
    );
    let program = target.join("release").join("srm-assess");
    assert!(
        program.is_file(),
        "{} is missing: cargo build --release",
        program.display()
    );
    let mut cmd = Command::new(program);
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--data-dir")
        .arg(data_dir);
    cmd
}

/// The binary, with no locale from the environment and no data folder of
/// its own (for commands given paths, or none).
pub fn srm_anywhere() -> Command {
    let mut cmd = Command::cargo_bin("srm-assess").expect("binary");
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

/// The assessment `name` as saved in `data_dir`.
pub fn read(data_dir: &Path, name: &str) -> Assessment {
    let text = std::fs::read_to_string(data_dir.join("assessments").join(format!("{name}.toml")))
        .expect("assessment file");
    file::parse(&text).expect("the saved file parses")
}

/// The one way a test makes an assessment to work on: `new TARGET
/// --no-open` in `data_dir` (a name, or a path ending in .toml), with any
/// `extra` options before it (`--lang it`, `--questionnaire FILE`); it must
/// succeed. Tests of `new` itself run the command.
pub fn create(data_dir: &Path, target: &str, extra: &[&str]) {
    create_with(data_dir, extra, target, &[]);
}

/// [`create`] with `new`'s own options too (`--instance acme`), after the
/// target.
pub fn create_with(data_dir: &Path, global: &[&str], target: &str, options: &[&str]) {
    srm(data_dir)
        .args(global)
        .args(["new", target])
        .args(options)
        .arg("--no-open")
        .assert()
        .success();
}
