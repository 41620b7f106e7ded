//! Hostile text, signals, panics and secrets, met where a user meets them:
//! through the real binary.

use crate::common::binary;
use crate::common::credentials;
use crate::common::pty;

use crate::common::env::Env;
use binary::{read, srm};
use predicates::prelude::*;
use proptest::prelude::*;
use pty::Session;
use srm_assess::assessment::{Answer, file};
use srm_assess::questionnaire::Questionnaire;
use srm_assess::tui::view::{help_text, theme::Theme};

/// Escape sequences that would retitle the terminal, clear it, or reverse
/// the text, written into a questionnaire and into notes.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}reversed";

#[test]
fn escape_sequences_from_files_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let toml_escaped = "\\u001B]0;pwned\\u0007\\u001B[2J\\u202Ereversed";
    let q = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "Whoever signs in can read your customers' data.",
            &format!("Why {toml_escaped}"),
        )
        .replace(
            "Is multi-factor authentication required for every administrator?",
            &format!("MFA {toml_escaped}?"),
        );
    let qpath = dir.path().join("q.toml");
    std::fs::write(&qpath, q).expect("write");
    let qarg = qpath.to_str().expect("utf-8 path");
    binary::create(dir.path(), "h", &["--questionnaire", qarg]);
    srm(dir.path())
        .args([
            "--questionnaire",
            qarg,
            "answer",
            "h",
            "access.mfa",
            "no",
            "--notes",
            HOSTILE,
        ])
        .assert()
        .success();
    let mut s = Session::start(&["--questionnaire", qarg, "open", "h"], dir.path(), 100, 30);
    s.wait_for("question 2 of 2");
    s.send("k"); // back to the answered question, with its notes
    s.wait_for("reversed");
    s.wait_for("Notes");
    s.send("q");
    assert!(s.wait_exit());
    let raw = s.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        !text.contains("\u{1b}]0;"),
        "an OSC title change got through"
    );
    assert!(!text.contains("\u{202e}"), "a bidi override got through");
    assert!(!text.contains("\u{7}"), "a bell got through");
    assert!(
        text.contains("\u{fffd}]0;pwned"),
        "the text is shown, defused"
    );
}

#[cfg(unix)]
#[test]
fn sigint_and_sighup_restore_the_terminal_and_save() {
    for signal in ["-INT", "-HUP"] {
        let dir = tempfile::tempdir().expect("tempdir");
        binary::create(dir.path(), "s", &[]);
        let mut s = Session::start(&["open", "s"], dir.path(), 100, 30);
        s.wait_for("Why it matters");
        s.send("y");
        s.send("e");
        s.wait_for("Esc saves and closes");
        s.send("notes in progress");
        std::process::Command::new("kill")
            .args([signal, &s.pid().to_string()])
            .status()
            .expect("kill");
        s.wait_exit();
        let a = read(dir.path(), "s");
        assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes), "{signal}");
        assert_eq!(
            a.answers["access.least-privilege"].notes, "notes in progress",
            "{signal}"
        );
        assert!(
            s.wait_raw("\u{1b}[?1049l"),
            "{signal}: the terminal is restored"
        );
    }
}

#[test]
fn a_panic_restores_the_terminal_says_where_the_data_is_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "p", &[]);
    let mut s = Session::start_env(
        &["open", "p"],
        dir.path(),
        100,
        30,
        &[("SRM_ASSESS_TEST_PANIC_KEY", "Z")],
    );
    s.wait_for("Why it matters");
    s.send("y");
    s.wait_for("1/63 answered");
    s.send("Z");
    assert_eq!(s.exit_code(), 1);
    assert!(s.wait_raw("\u{1b}[?25h"), "the cursor is shown again");
    let text = String::from_utf8_lossy(&s.raw()).into_owned();
    assert!(text.contains("\u{1b}[?1049l"), "the terminal is restored");
    let restored = text.rfind("\u{1b}[?1049l").expect("restored");
    assert!(
        text[restored..].contains("\u{1b}[?25h"),
        "the cursor is shown again after the panic"
    );
    assert!(
        text.contains("internal error") && text.contains("p.toml"),
        "{text}"
    );
    assert!(
        !text.contains("panicked at") && !text.contains("RUST_BACKTRACE"),
        "no Rust panic message"
    );
    assert_eq!(
        read(dir.path(), "p").answer("access.lifecycle"),
        Some(Answer::Yes)
    );
}

#[test]
fn credentials_in_notes_are_warned_about_and_can_be_redacted() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "k", &[]);
    srm(dir.path())
        .args([
            "answer",
            "k",
            "access.api-token-migration",
            "no",
            "--notes",
            "old token AKIAIOSFODNN7EXAMPLE still active",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("warning").and(predicate::str::contains("an AWS access key")),
        );
    srm(dir.path())
        .args([
            "answer",
            "k",
            "access.sso",
            "yes",
            "--notes",
            "SAML with Okta",
        ])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    srm(dir.path())
        .args(["report", "k"])
        .assert()
        .success()
        .stdout(predicate::str::contains("AKIAIOSFODNN7EXAMPLE"));
    for format in ["md", "html", "json", "csv"] {
        srm(dir.path())
            .args(["report", "k", "--redact", "--format", format])
            .assert()
            .success()
            .stdout(
                predicate::str::contains("AKIAIOSFODNN7EXAMPLE")
                    .not()
                    .and(predicate::str::contains("redacted")),
            );
    }
}

/// Each of these was saved without a warning and printed by `--redact`.
#[test]
fn every_common_credential_shape_is_warned_about_and_redacted() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "c", &[]);
    let secrets = [
        (
            "access.lifecycle",
            "password=Hunter2Secret",
            "Hunter2Secret",
        ),
        (
            "access.least-privilege",
            "token=abcdef123456",
            "abcdef123456",
        ),
        ("access.review", "zd_api_token=Zq8LmN3pQ7", "Zq8LmN3pQ7"),
        (
            "access.sso",
            r#"{"password": "s3cr3t-Value"}"#,
            "s3cr3t-Value",
        ),
        (
            "access.two-factor",
            "Authorization: Bearer abcDEF123456ghiJKL789",
            "abcDEF123456ghiJKL789",
        ),
        (
            "access.passwords",
            "API token aB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0zA3bC6dE9f",
            "aB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0zA3bC6dE9f",
        ),
    ];
    for (id, notes, _) in secrets {
        srm(dir.path())
            .args(["answer", "c", id, "no", "--notes", notes])
            .assert()
            .success()
            .stderr(predicate::str::contains("warning"));
    }
    srm(dir.path())
        .args(["report", "c"])
        .assert()
        .success()
        .stderr(predicate::str::contains("6 texts").and(predicate::str::contains("--redact")));
    for format in ["md", "html", "json", "csv"] {
        let out = srm(dir.path())
            .args(["report", "c", "--redact", "--format", format])
            .assert()
            .success()
            .stderr(predicate::str::is_empty())
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8_lossy(&out);
        for (_, _, secret) in secrets {
            assert!(!out.contains(secret), "{format}: {secret} was printed");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_as_a_questionnaire_gives_a_located_error_or_a_questionnaire(text in ".{0,400}") {
        match Questionnaire::parse(&text, "p.toml") {
            Ok(q) => prop_assert!(!q.questions.is_empty()),
            Err(e) => prop_assert!(e.file == "p.toml" && !e.problems.is_empty()),
        }
    }

    #[test]
    fn any_help_text_renders_without_control_characters(text in any::<String>()) {
        for line in help_text::render(&text, &Theme::mono()) {
            for span in line.spans {
                prop_assert!(!span.content.chars().any(char::is_control));
            }
        }
    }

    #[test]
    fn any_assessment_text_parses_or_fails_with_a_position(text in ".{0,300}") {
        if let Err(e) = file::parse(&text) {
            prop_assert!(e.position.line >= 1 && e.position.column >= 1);
        }
    }
}

/// A 256 KiB file system mounted for one test, so that the disk really
/// fills up; `None` where mounting is not allowed (not root).
struct TinyDisk {
    dir: tempfile::TempDir,
}

impl TinyDisk {
    fn mount() -> Option<TinyDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(TinyDisk { dir })
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Fills the rest of the disk.
    fn fill(&self) {
        let mut f = std::fs::File::create(self.path().join("filler")).expect("filler");
        let block = vec![0u8; 4096];
        while std::io::Write::write_all(&mut f, &block).is_ok() {}
    }

    fn free(&self) {
        std::fs::remove_file(self.path().join("filler")).expect("free");
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

#[test]
fn a_full_disk_loses_nothing_and_saving_resumes_when_space_returns() {
    let Some(disk) = TinyDisk::mount() else {
        eprintln!("skipped: mounting a small tmpfs needs root (CI runs as root)");
        return;
    };
    let data = disk.path();
    binary::create(data, "f", &[]);
    srm(data)
        .args(["answer", "f", "access.sso", "yes"])
        .assert()
        .success();
    let before = std::fs::read(data.join("assessments/f.toml")).expect("file");
    disk.fill();
    // The command line: a clear error, the file untouched.
    srm(data)
        .args(["answer", "f", "access.review", "no"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("cannot save").and(predicate::str::contains("disk is full")),
        );
    assert_eq!(
        std::fs::read(data.join("assessments/f.toml")).expect("file"),
        before
    );
    // The interface: the answer stays on screen and is saved with the next
    // change once there is room again.
    let mut s = Session::start(&["open", "f"], data, 100, 30);
    s.wait_for("1/63 answered");
    s.send("y");
    s.wait_for("Not saved");
    disk.free();
    s.send("p");
    s.wait_for("Saved");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(data, "f");
    assert_eq!(a.answer("access.sso"), Some(Answer::Yes));
    assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(a.answer("access.least-privilege"), Some(Answer::Partial));
    let leftovers: Vec<_> = std::fs::read_dir(data.join("assessments"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_file_deleted_while_open_is_written_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "d", &[]);
    let mut s = Session::start(&["open", "d"], dir.path(), 100, 30);
    s.wait_for("Why it matters");
    s.send("y");
    s.wait_for("1/63 answered");
    std::fs::remove_file(dir.path().join("assessments/d.toml")).expect("delete");
    s.send("n");
    s.wait_for("2/63 answered");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(dir.path(), "d");
    assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(a.answer("access.least-privilege"), Some(Answer::No));
}

/// Characters that must never reach a terminal from a file or an argument:
/// ESC, BEL, a C1 CSI, bidi controls and the line/paragraph separators.
fn assert_plain(what: &str, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    for bad in [
        '\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2067}', '\u{200f}', '\u{2028}', '\u{2029}',
    ] {
        assert!(
            !text.contains(bad),
            "{what}: {bad:?} reached the output:\n{text}"
        );
    }
}

/// The same hostile string as TOML escapes, for writing into files.
const TOML_HOSTILE: &str =
    "\\u001B]0;pwned\\u0007\\u001B[2J\\u009B2J\\u202Eb\\u2067i\\u200Fd\\u2028l\\u2029p";

/// Standard output and standard error of `cmd`, one after the other.
fn out(cmd: &mut assert_cmd::Command) -> Vec<u8> {
    let o = cmd.output().expect("run");
    let mut all = o.stdout.clone();
    all.extend_from_slice(&o.stderr);
    all
}

#[test]
fn plain_command_output_never_carries_escape_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A questionnaire with hostile vendor, version, an unknown key and a
    // bad URL: `validate` quotes them all.
    let q = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "vendor = \"Acme Cloud\"",
            &format!("vendor = \"Acme {TOML_HOSTILE}\"\n\"k{TOML_HOSTILE}\" = 1"),
        )
        .replace(
            "version = \"2025-01-31\"",
            &format!("version = \"v{TOML_HOSTILE}\""),
        );
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, &q).expect("write");
    assert_plain("validate", &out(srm(dir.path()).arg("validate").arg(&bad)));

    // A valid hostile questionnaire: `new` and `answer` print its texts.
    let good = dir.path().join("good.toml");
    let q = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "version = \"2025-01-31\"",
            &format!("version = \"v{TOML_HOSTILE}\""),
        )
        .replace(
            "id = \"acme-srm\"",
            &format!("id = \"acme-srm\"\n# {}", "comment"),
        );
    std::fs::write(&good, &q).expect("write");
    let g = good.to_str().expect("utf-8");
    assert_plain(
        "new",
        &out(srm(dir.path()).args(["--questionnaire", g, "new", "h", "--no-open"])),
    );
    assert_plain(
        "answer with a hostile id",
        &out(srm(dir.path()).args(["--questionnaire", g, "answer", "h", HOSTILE, "yes"])),
    );
    assert_plain(
        "answer with hostile notes",
        &out(srm(dir.path()).args([
            "--questionnaire",
            g,
            "answer",
            "h",
            "access.mfa",
            "no",
            "--notes",
            &format!("password=Hunter2Secret {HOSTILE}"),
        ])),
    );
}

/// Assessment files with a hostile name, a hostile questionnaire id and
/// version, a retired hostile id, and a broken one: `list`, `diff` and
/// `report` print nothing a terminal would act on.
#[test]
fn listing_hostile_assessment_files_carries_no_escape_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let assessments = dir.path().join("assessments");
    std::fs::create_dir_all(&assessments).expect("folder");
    let record = std::fs::read_to_string("tests/fixtures/assessments/acme-prod.toml")
        .expect("fixture")
        .replace(
            "version = \"2023-06-16\"",
            &format!("version = \"{TOML_HOSTILE}\""),
        )
        .replace(
            "[answers.\"access.api-access\"]",
            &format!("[answers.\"retired{TOML_HOSTILE}\"]"),
        );
    std::fs::write(assessments.join("hostile-record.toml"), &record).expect("write");
    let foreign = record.replace("id = \"zendesk-srm\"", &format!("id = \"z{TOML_HOSTILE}\""));
    std::fs::write(assessments.join("foreign.toml"), &foreign).expect("write");
    std::fs::write(
        assessments.join("name\u{1b}]0;pwned\u{7}.toml"),
        "format = 1\n",
    )
    .expect("write");
    std::fs::write(
        assessments.join("broken.toml"),
        format!("format = 1\n\"x{TOML_HOSTILE}\" = [\n"),
    )
    .expect("write");
    assert_plain("list", &out(srm(dir.path()).arg("list")));
    assert_plain(
        "diff",
        &out(srm(dir.path()).args(["diff", "hostile-record", "hostile-record"])),
    );
    assert_plain(
        "open with another questionnaire",
        &out(srm(dir.path()).args(["report", "foreign"])),
    );
    assert_plain(
        "report --format json",
        &out(srm(dir.path()).args(["report", "hostile-record", "--format", "json"])),
    );
}

/// No line of what `check` (or any command) prints can be a GitHub Actions
/// workflow command, whatever a shared assessment holds.
#[test]
fn a_shared_assessment_cannot_forge_ci_workflow_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "ci", &[]);
    srm(dir.path())
        .args(["answer", "ci", "access.sso", "yes"])
        .assert()
        .success();
    srm(dir.path())
        .args([
            "evidence",
            "ci",
            "access.sso",
            "https://a.example/x",
            "--observed",
            "2020-01-01",
        ])
        .assert()
        .success();
    // As a colleague could have edited the shared file by hand.
    let path = dir.path().join("assessments/ci.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let forged = text.replace(
        "https://a.example/x",
        "https://a.example/x\\n::error::forged\\n  ::add-mask::secret\\r\\n::stop-commands::tok",
    );
    assert_ne!(text, forged);
    std::fs::write(&path, forged).expect("write");
    let out = srm(dir.path())
        .args(["check", "ci", "--fail-on", "stale,changed,high"])
        .output()
        .expect("check");
    assert_eq!(out.status.code(), Some(3));
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(printed.contains("forged"), "{printed}");
    for line in printed.lines() {
        assert!(
            !line.trim_start().starts_with("::"),
            "forged line: {line:?}"
        );
    }
    // Entered through the command, such a reference is refused.
    srm(dir.path())
        .args([
            "evidence",
            "ci",
            "access.sso",
            "https://a.example/y\n::error::x",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("line break"));
}

/// Every shape of the corpus, typed into notes, an acceptance's reason and
/// compensating control, and an evidence note (and, for addresses, an
/// evidence reference): warned about naming that field, and hidden by
/// `report --redact` in every format.
#[test]
fn every_shape_in_every_typed_field_is_warned_about_and_redacted() {
    every_shape_warned_about_and_redacted(srm);
}

/// The same through the release build, whose features are its own:
/// `cargo test` builds the program with its dev-dependencies' features
/// too, which once hid three shapes that never compiled in the release
/// binary (regex's `(?i)` without `unicode-case`).
#[test]
#[ignore = "needs a release build: cargo build --release"]
fn the_release_binary_warns_about_and_redacts_every_shape() {
    every_shape_warned_about_and_redacted(binary::release);
}

/// The command that puts credential-shaped `text` into the field of
/// question `id` chosen by `i` (notes, an acceptance's reason or
/// compensating control, an evidence note), and that field's name as the
/// warning gives it. An acceptance first answers no.
fn one_field(
    srm: fn(&std::path::Path) -> assert_cmd::Command,
    dir: &std::path::Path,
    i: usize,
    name: &str,
    id: &str,
    text: &str,
) -> (Vec<String>, &'static str) {
    match i % 4 {
        0 => (
            vec![
                "answer".into(),
                name.to_string(),
                id.to_string(),
                "no".into(),
                format!("--notes={text}"),
            ],
            "the notes",
        ),
        1 | 2 => {
            srm(dir).args(["answer", name, id, "no"]).assert().success();
            let (reason, compensating) = if i % 4 == 1 {
                (text.to_string(), "none".to_string())
            } else {
                ("budget".to_string(), text.to_string())
            };
            (
                vec![
                    "accept".into(),
                    name.to_string(),
                    id.to_string(),
                    "--by".into(),
                    "CISO".into(),
                    "--until".into(),
                    "2099-01-01".into(),
                    format!("--reason={reason}"),
                    format!("--compensating={compensating}"),
                ],
                if i % 4 == 1 {
                    "the acceptance's reason"
                } else {
                    "the compensating control"
                },
            )
        }
        _ => (
            vec![
                "evidence".into(),
                name.to_string(),
                id.to_string(),
                "https://wiki.example/p".into(),
                format!("--note={text}"),
            ],
            "the evidence note",
        ),
    }
}

fn every_shape_warned_about_and_redacted(srm: fn(&std::path::Path) -> assert_cmd::Command) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ids: Vec<String> = srm_assess::questionnaire::builtin().expect("builtin").ids();
    let corpus = credentials::corpus();
    let mut names = Vec::new();
    for (i, (what, text, _)) in corpus.iter().enumerate() {
        let name = format!("c{}", i / ids.len());
        if !names.contains(&name) {
            binary::create(dir.path(), &name, &[]);
            names.push(name.clone());
        }
        let id = &ids[i % ids.len()];
        let (args, field) = one_field(srm, dir.path(), i, &name, id, text);
        srm(dir.path())
            .args(&args)
            .assert()
            .append_context("shape", what.clone())
            .success()
            .stderr(predicate::str::contains(format!("{id}: {field} look")));
        // An address that holds its own credential, given as evidence.
        if text.starts_with("https://") || text.starts_with("hook: https://") {
            let url = text.trim_start_matches("hook: ");
            srm(dir.path())
                .args(["evidence", &name, id, url])
                .assert()
                .append_context("shape", what.clone())
                .success()
                .stderr(predicate::str::contains(
                    "the evidence reference looks like",
                ));
        }
    }
    for name in &names {
        for format in ["md", "html", "json", "csv"] {
            let out = srm(dir.path())
                .args(["report", name, "--redact", "--format", format])
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let out = String::from_utf8_lossy(&out);
            for (what, _, secret) in &corpus {
                assert!(
                    !out.contains(secret.as_str()),
                    "{format}: {what} was printed"
                );
            }
        }
    }
}

/// clap's error for a bad value quotes what was typed: on a terminal, an
/// escape sequence in it must arrive neutralised (it retitled and cleared
/// the terminal), and an argument that is not UTF-8 is an error, not a
/// crash.
#[cfg(unix)]
#[test]
fn a_bad_value_is_quoted_without_its_escape_sequences() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Session::start(
        &["report", "x", "--format", "md\u{1b}[2J\u{1b}]0;pwned\u{7}x"],
        dir.path(),
        100,
        20,
    );
    assert!(!s.wait_exit(), "a usage error");
    // All of what it wrote (the reader may lag behind the exit).
    assert!(s.wait_raw("possible values"), "{:?}", s.raw());
    let raw = String::from_utf8_lossy(&s.raw()).into_owned();
    assert!(raw.contains("invalid value"), "{raw}");
    assert!(!raw.contains("\u{1b}[2J"), "{raw:?}");
    assert!(!raw.contains("\u{1b}]0;"), "{raw:?}");

    use std::os::unix::ffi::OsStrExt;
    let out = srm(dir.path())
        .args(["report", "x", "--format"])
        .arg(std::ffi::OsStr::from_bytes(b"md\x9b2J"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert!(stderr.contains("invalid value"), "{stderr}");
}

/// One credential rule for every front end (issue 43): `answer` warns
/// about a justification and `ask` about a not-applicable justification,
/// as the interface does (tests/suite/tui_model.rs), naming the field.
#[test]
fn every_front_end_warns_about_a_credential_in_any_typed_field() {
    let env = Env::new();
    env.create("acme", &[]);
    env.run(&[
        "answer",
        "acme",
        "access.sso",
        "na",
        "--justification",
        "Kiosk key AKIAIOSFODNN7EXAMPLE signs in",
    ])
    .success()
    .stderr(predicate::str::contains(
        "the justification looks like it contains",
    ));
    let out = env
        .cmd()
        .args(["ask", "acme"])
        .write_stdin("x\nKiosk key AKIAIOSFODNN7EXAMPLE signs in\nq\n")
        .output()
        .expect("ask");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("the justification looks like it contains"),
        "{text}"
    );
}
