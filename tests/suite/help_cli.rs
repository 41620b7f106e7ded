//! Help as a user asks for it: `--help`, `help` and each command's `-h`,
//! with every command described (commands are built only when used, so the
//! top-level help is rendered from the whole tree).

use crate::common::binary::srm_anywhere as srm;

/// Every command of the whole tree, built: `(name, description)`.
fn commands() -> Vec<(String, String)> {
    let mut cli = srm_assess::cli::command();
    cli.build();
    cli.get_subcommands()
        .map(|c| {
            let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
            (c.get_name().to_string(), about)
        })
        .collect()
}

fn stdout(args: &[&str]) -> String {
    let out = srm().args(args).output().expect("run");
    assert!(out.status.success(), "{args:?} failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_help_lists_every_command_with_its_description() {
    let commands = commands();
    assert!(commands.len() > 20, "{commands:?}");
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["--lang", "it", "--help"],
    ] {
        let help = stdout(args);
        for (name, about) in &commands {
            assert!(!about.is_empty(), "{name} has no description");
            let line = help
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{name} ")))
                .unwrap_or_else(|| panic!("{args:?} does not list {name}:\n{help}"));
            let first_words: String = about.chars().take(30).collect();
            assert!(
                line.contains(&first_words),
                "{args:?}: {name} is listed without its description: {line:?}"
            );
        }
    }
}

#[test]
fn each_command_help_opens_with_its_description() {
    for (name, about) in commands() {
        if name == "help" {
            continue;
        }
        let help = stdout(&[&name, "-h"]);
        assert!(
            help.starts_with(&about),
            "`{name} -h` opens with {:?}, not {about:?}",
            help.lines().next()
        );
    }
}

#[test]
fn the_help_reads_as_before() {
    insta::assert_snapshot!("help", stdout(&["--help"]));
    insta::assert_snapshot!("help_new", stdout(&["new", "--help"]));
}

/// W15: `answer --help` says ANSWER is required (unless --from-probe),
/// as the command enforces.
#[test]
fn answer_help_shows_the_answer_is_required() {
    crate::common::binary::srm_anywhere()
        .args(["answer", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "srm-assess answer [OPTIONS] <NAME|PATH> <QUESTION_ID> <ANSWER>\n",
        ))
        .stdout(predicates::str::contains("<QUESTION_ID> --from-probe"));
}

/// clap's own checks of the whole command line (conflicting names, a
/// `requires` naming no argument, …), which it makes only in debug
/// builds and only when asked: the arguments now live with their
/// commands, so this keeps the assembled tree sound.
#[test]
fn the_command_line_passes_clap_s_own_checks() {
    srm_assess::cli::command().debug_assert();
}
