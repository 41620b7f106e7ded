//! `new`, `list` and `answer` run as a user runs them, with bad inputs.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const MINIMAL: &str = "tests/fixtures/valid/minimal.toml";

use crate::common::binary;
use crate::common::env::Env;
use binary::srm;

#[test]
fn new_creates_a_private_file_with_the_metadata() {
    let env = Env::new();
    env.cmd()
        .args([
            "new",
            "acme-prod",
            "--org",
            "Acme S.p.A.",
            "--instance",
            "acme",
            "--assessor",
            "J. Rossi",
            "--no-open",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Created"));
    let text = env.read("acme-prod");
    for words in [
        "organization = \"Acme S.p.A.\"",
        "instance = \"acme\"",
        "assessor = \"J. Rossi\"",
        "id = \"zendesk-srm\"",
        "version = \"2023-06-16\"",
        "lang = \"en\"",
    ] {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.file("acme-prod"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn new_refuses_to_replace_an_existing_assessment() {
    let env = Env::new();
    env.create("a", &[]);
    env.cmd()
        .args(["answer", "a", "access.sso", "yes"])
        .assert()
        .success();
    let before = env.read("a");
    env.cmd()
        .args(["new", "a", "--no-open"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(env.read("a"), before);
}

#[test]
fn new_records_the_language() {
    let env = Env::new();
    env.create("it-one", &["--lang", "it"]);
    assert!(env.read("it-one").contains("lang = \"it\""));
}

#[test]
fn invalid_names_are_refused_with_the_rule() {
    let env = Env::new();
    for name in ["..", ".", "", "two words", "a;b", ".hidden", "a\u{1b}b"] {
        env.cmd()
            .args(["new", name, "--no-open"])
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains("is not a valid assessment name")
                    .and(predicate::str::contains("letters")),
            );
    }
    assert!(
        !env.data().join("assessments").exists()
            || std::fs::read_dir(env.data().join("assessments"))
                .expect("dir")
                .next()
                .is_none()
    );
}

#[test]
fn a_path_is_used_as_is() {
    let env = Env::new();
    let path = env.root().join("elsewhere/q4.toml");
    env.cmd()
        .arg("new")
        .arg(&path)
        .arg("--no-open")
        .assert()
        .success();
    assert!(path.is_file());
    env.cmd()
        .arg("answer")
        .arg(&path)
        .args(["data.inventory", "no"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&path)
            .expect("file")
            .contains("[answers.\"data.inventory\"]")
    );
}

#[test]
fn answer_records_notes_time_and_fingerprint() {
    let env = Env::new();
    env.create("a", &[]);
    env.cmd()
        .args([
            "answer",
            "a",
            "access.two-factor",
            "partial",
            "--notes",
            "Admins only.\nAgents next quarter.",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("access.two-factor = partial")
                .and(predicate::str::contains("1/63 answered")),
        );
    let text = env.read("a");
    assert!(
        text.contains("[answers.\"access.two-factor\"]\nanswer = \"partial\""),
        "{text}"
    );
    assert!(
        text.contains("Admins only.\nAgents next quarter."),
        "{text}"
    );
    assert!(text.contains("answered_at = \"20"), "{text}");
    assert!(text.contains("fingerprint = \"sha256:"), "{text}");
}

#[test]
fn an_unknown_question_id_is_refused_with_suggestions() {
    let env = Env::new();
    env.create("a", &[]);
    let before = env.read("a");
    env.cmd()
        .args(["answer", "a", "access.two-factr", "yes"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("\"access.two-factr\" is not a question")
                .and(predicate::str::contains("did you mean: access.two-factor")),
        );
    assert_eq!(env.read("a"), before);
}

#[test]
fn na_needs_a_justification() {
    let env = Env::new();
    env.create("a", &[]);
    let before = env.read("a");
    env.cmd()
        .args(["answer", "a", "data.host-mapping-tls", "na"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs a justification"));
    env.cmd()
        .args([
            "answer",
            "a",
            "data.host-mapping-tls",
            "na",
            "--justification",
            "  ",
        ])
        .assert()
        .code(1);
    assert_eq!(env.read("a"), before);
    env.cmd()
        .args([
            "answer",
            "a",
            "data.host-mapping-tls",
            "na",
            "--justification",
            "No host mapping.",
        ])
        .assert()
        .success();
    // Answering na again keeps the justification already given.
    env.cmd()
        .args(["answer", "a", "data.host-mapping-tls", "na"])
        .assert()
        .success();
    assert!(
        env.read("a")
            .contains("justification = \"No host mapping.\"")
    );
}

#[test]
fn a_bad_answer_word_is_a_usage_error() {
    let env = Env::new();
    env.create("a", &[]);
    env.cmd()
        .args(["answer", "a", "access.sso", "maybe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "use yes, partial, no, unknown or na",
        ));
}

#[test]
fn a_broken_file_is_located_and_left_byte_for_byte_unchanged() {
    let env = Env::new();
    env.create("a", &[]);
    env.cmd()
        .args(["answer", "a", "access.sso", "yes"])
        .assert()
        .success();
    let mut broken = env.read("a").into_bytes();
    broken.extend_from_slice(b"\n[answers.\"access.review\"\nanswer = \"no\"\n");
    std::fs::write(env.file("a"), &broken).expect("break");
    let line = broken.iter().filter(|&&b| b == b'\n').count() - 1;
    env.cmd()
        .args(["answer", "a", "access.review", "yes"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains(format!("a.toml:{line}:"))
                .and(predicate::str::contains("was not changed"))
                .and(predicate::str::contains("a.toml.bak")),
        );
    assert_eq!(std::fs::read(env.file("a")).expect("read"), broken);
    // `list` shows it as broken and still lists the others.
    env.create("b", &[]);
    env.cmd().arg("list").assert().success().stdout(
        predicate::str::contains(format!("broken at line {line}"))
            .and(predicate::str::contains("b  ")),
    );
}

#[test]
fn a_missing_assessment_says_how_to_create_one() {
    let env = Env::new();
    env.cmd()
        .args(["answer", "ghost", "access.sso", "yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("srm-assess new"));
}

#[test]
fn list_shows_progress_gaps_and_last_change() {
    let env = Env::new();
    env.cmd()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No saved assessments"));
    env.create("acme-prod", &[]);
    env.create("acme-sandbox", &[]);
    for (id, answer) in [
        ("access.sso", "yes"),
        ("access.review", "no"),
        ("data.inventory", "unknown"),
    ] {
        env.cmd()
            .args(["answer", "acme-prod", id, answer])
            .assert()
            .success();
    }
    let out = env
        .cmd()
        .arg("list")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("NAME")
            && lines[0].contains("PROGRESS")
            && lines[0].contains("LAST CHANGE"),
        "{out}"
    );
    let prod: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(
        &prod[..5],
        ["acme-prod", "zendesk-srm", "2023-06-16", "3/63", "2"],
        "{out}"
    );
    assert!(lines[2].starts_with("acme-sandbox"), "{out}");
    assert!(out.lines().all(|l| !l.ends_with(' ')));
}

#[test]
fn retired_ids_are_kept_and_changed_questions_flagged() {
    let env = Env::new();
    env.create("m", &["--questionnaire", MINIMAL]);
    env.cmd()
        .args([
            "--questionnaire",
            MINIMAL,
            "answer",
            "m",
            "access.mfa",
            "yes",
        ])
        .assert()
        .success();
    // A later version of the questionnaire rewords access.mfa and retires access.review.
    let newer = std::fs::read_to_string(MINIMAL)
        .expect("fixture")
        .replace("version = \"2025-01-31\"", "version = \"2025-06-30\"")
        .replace(
            "Is multi-factor authentication required for every administrator?",
            "Is phishing-resistant MFA required for every administrator?",
        );
    let newer_path = env.root().join("newer.toml");
    std::fs::write(&newer_path, &newer).expect("write");
    let mut text = env.read("m");
    text.push_str("\n[answers.\"access.retired\"]\nanswer = \"no\"\nnotes = \"kept\"\n");
    std::fs::write(env.file("m"), text).expect("hand edit");
    env.cmd()
        .arg("--questionnaire")
        .arg(&newer_path)
        .args(["answer", "m", "access.review", "partial"])
        .assert()
        .success();
    let after = env.read("m");
    assert!(
        after.contains("[answers.\"access.retired\"]\nanswer = \"no\"\nnotes = \"kept\""),
        "{after}"
    );
    assert!(after.contains("version = \"2025-06-30\""), "{after}");
    env.cmd()
        .arg("--questionnaire")
        .arg(&newer_path)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 to review").and(predicate::str::contains("1 retired")));
}

#[test]
fn another_questionnaire_is_refused_with_what_to_do() {
    let env = Env::new();
    env.create("z", &[]);
    env.cmd()
        .args([
            "--questionnaire",
            MINIMAL,
            "answer",
            "z",
            "access.mfa",
            "yes",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains(
                "answers the questionnaire \"zendesk-srm\" (version 2023-06-16)",
            )
            .and(predicate::str::contains("drop --questionnaire"))
            .and(predicate::str::contains("answer z access.mfa yes")),
        );
    // The command it suggests works as given.
    let out = env
        .cmd()
        .args([
            "--questionnaire",
            MINIMAL,
            "answer",
            "z",
            "access.sso",
            "yes",
        ])
        .output()
        .expect("run");
    let message = String::from_utf8(out.stderr).expect("utf-8");
    let suggested = message.trim().rsplit(": ").next().expect("a command");
    assert!(suggested.starts_with("srm-assess "), "{message}");
    assert!(!suggested.contains("--questionnaire"), "{suggested}");
    let words: Vec<&str> = suggested.split(' ').skip(1).collect();
    Command::cargo_bin("srm-assess")
        .expect("binary")
        .args(&words)
        .assert()
        .success();
    // The other way round: an assessment of another questionnaire that
    // does not record its file (made before files were recorded) says
    // which questionnaire file to give.
    env.create("m", &["--questionnaire", MINIMAL]);
    let text = env.read("m");
    let unrecorded: String = text
        .lines()
        .filter(|l| !l.starts_with("file = ") && !l.starts_with("sha256 = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(env.file("m"), unrecorded).expect("older file");
    env.cmd().args(["report", "m"]).assert().code(1).stderr(
        predicate::str::contains("\"acme-srm\" (version 2025-01-31)")
            .and(predicate::str::contains("--questionnaire FILE")),
    );
}

/// Runs `cmd` as an unprivileged user when the tests run as root (root
/// ignores permission bits), so a read-only folder really is read-only.
fn unprivileged(env: &Env, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("srm-assess");
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let mut cmd = if is_root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    cmd.arg("--data-dir")
        .arg(env.data())
        .args(args)
        .output()
        .expect("run")
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.create("a", &[]);
    let before = env.read("a");
    let assessments = env.data().join("assessments");
    for dir in [env.root(), &env.data(), &assessments] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    std::fs::set_permissions(env.file("a"), std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(&assessments, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let out = unprivileged(&env, &["answer", "a", "access.sso", "yes"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot save") && stderr.contains("not writable"),
        "{stderr}"
    );
    let out = unprivileged(&env, &["new", "b", "--no-open"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not writable"), "{stderr}");
    std::fs::set_permissions(&assessments, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    assert_eq!(env.read("a"), before);
    assert!(!Path::new(&env.file("b")).exists());
}

/// A NAME has no separator and a PATH ends in .toml: anything else is
/// refused, and nothing is created anywhere.
#[test]
fn names_with_separators_clashing_case_or_too_long_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = tempfile::tempdir().expect("work");
    for bad in ["foo/bar", "../evil", "a/../../b"] {
        srm(dir.path())
            .current_dir(work.path())
            .args(["new", bad, "--no-open"])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(".toml").and(predicate::str::contains("name")));
    }
    let created: Vec<_> = walk(dir.path())
        .into_iter()
        .chain(walk(work.path()))
        .collect();
    assert!(created.is_empty(), "created {created:?}");
    binary::create(dir.path(), "Acme", &[]);
    srm(dir.path())
        .args(["new", "acme", "--no-open"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("only by case"));
    // 90 characters, but 270 bytes: too long for a file name.
    let long = "日".repeat(90);
    srm(dir.path())
        .args(["new", &long, "--no-open"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("too long"));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// `answer` takes the interface's letters in any case, sets owner, due date
/// and flag, returns a question to unanswered, and refuses bad usage.
#[test]
fn answer_takes_letters_details_and_clears() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    binary::create(d, "z", &[]);
    let file = d.join("assessments/z.toml");
    let read = || {
        srm_assess::assessment::file::parse(&std::fs::read_to_string(&file).expect("file"))
            .expect("parses")
    };
    for (word, answer) in [
        ("Y", "yes"),
        ("p", "partial"),
        ("NO", "no"),
        ("u", "unknown"),
    ] {
        srm(d)
            .args(["answer", "z", "access.sso", word])
            .assert()
            .success();
        assert_eq!(
            read().answers["access.sso"].answer.map(|a| a.as_str()),
            Some(answer)
        );
    }
    srm(d)
        .args([
            "answer",
            "z",
            "access.sso",
            "n",
            "--owner",
            "Marco",
            "--due",
            "2026-12-31",
            "--flag",
        ])
        .assert()
        .success();
    let e = read().answers["access.sso"].clone();
    assert_eq!((e.owner.as_str(), e.flagged), ("Marco", true));
    assert_eq!(e.due.map(|d| d.to_string()).as_deref(), Some("2026-12-31"));
    srm(d)
        .args(["answer", "z", "access.sso", "n", "--due", "", "--unflag"])
        .assert()
        .success();
    let e = read().answers["access.sso"].clone();
    assert_eq!((e.due, e.flagged), (None, false));
    srm(d)
        .args(["answer", "z", "access.sso", "unanswered"])
        .assert()
        .success();
    let e = read().answers["access.sso"].clone();
    assert_eq!(e.answer, None);
    assert_eq!(e.owner, "Marco", "the details stay");
    // Bad usage: a date that is not one, flag and unflag together, a word.
    for args in [vec!["--due", "31/12/2026"], vec!["--flag", "--unflag"]] {
        srm(d)
            .args(["answer", "z", "access.sso", "no"])
            .args(&args)
            .assert()
            .code(2);
    }
    srm(d)
        .args(["answer", "z", "access.sso", "maybe"])
        .assert()
        .code(2);
}

/// `answer` never reuses an old justification unseen: na, then no, then
/// na again is refused and names the old one; re-answering na when it
/// already is na keeps its justification.
#[test]
fn answer_never_reuses_an_old_justification_unseen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    binary::create(d, "z", &[]);
    let file = d.join("assessments/z.toml");
    let read = || {
        srm_assess::assessment::file::parse(&std::fs::read_to_string(&file).expect("file"))
            .expect("parses")
    };
    srm(d)
        .args([
            "answer",
            "z",
            "access.ip-restrictions",
            "X",
            "--justification",
            "All SSO",
        ])
        .assert()
        .success();
    srm(d)
        .args(["answer", "z", "access.ip-restrictions", "no"])
        .assert()
        .success();
    let before = std::fs::read(&file).expect("file");
    srm(d)
        .args(["answer", "z", "access.ip-restrictions", "na"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("All SSO").and(predicate::str::contains("--justification")),
        );
    assert_eq!(std::fs::read(&file).expect("file"), before);
    // Re-answering na when it already is na keeps its justification.
    srm(d)
        .args([
            "answer",
            "z",
            "access.ip-restrictions",
            "na",
            "--justification",
            "Still SSO",
        ])
        .assert()
        .success();
    srm(d)
        .args(["answer", "z", "access.ip-restrictions", "na"])
        .assert()
        .success();
    assert_eq!(
        read().answers["access.ip-restrictions"].justification,
        "Still SSO"
    );
}

/// Under --lang it the commands speak Italian: outputs, failures, clap's
/// value errors and the validator.
#[test]
fn every_command_message_follows_lang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let it = |args: &[&str]| {
        let out = srm(d)
            .arg("--lang")
            .arg("it")
            .args(args)
            .output()
            .expect("run");
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    for (args, italian) in [
        (vec!["new", "a", "--no-open"], "Creata"),
        (vec!["answer", "a", "access.sso", "y"], "salvato in"),
        (vec!["answer", "a", "access.ssoo", "y"], "non è una domanda"),
        (vec!["answer", "a", "access.sso", "forse"], "usate yes"),
        (
            vec!["answer", "a", "access.sso", "n", "--due", "31/12"],
            "non è una data",
        ),
        (
            vec!["answer", "a", "access.ip-restrictions", "na"],
            "richiede una motivazione",
        ),
        (vec!["list"], "AVANZAMENTO"),
        (vec!["report", "nope"], "non esiste"),
        (vec!["open", "a/b"], "terminale"),
        (vec!["new", "../x", "--no-open"], "né il nome"),
        (
            vec![
                "validate",
                "tests/fixtures/invalid/missing-translation.toml",
            ],
            "il questionario non è valido",
        ),
        (vec!["validate"], "valido"),
    ] {
        let text = it(&args);
        assert!(text.contains(italian), "{args:?}: {text}");
    }
}

/// The manual points to no page it does not come with: the single page
/// names no other page, and `--dir` writes a page for every one pointed to.
#[test]
fn the_manual_points_only_to_pages_it_writes() {
    let page = Command::cargo_bin("srm-assess")
        .expect("bin")
        .arg("man")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = String::from_utf8_lossy(&page);
    assert!(page.contains(".SH COMMANDS"), "{page}");
    assert!(
        page.contains("srm\\-assess report"),
        "every command is on the page"
    );
    assert!(!page.contains("(1)"), "points to another page: {page}");

    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("man/man1");
    Command::cargo_bin("srm-assess")
        .expect("bin")
        .args(["man", "--dir"])
        .arg(&out)
        .assert()
        .success();
    let mut pointed = Vec::new();
    for entry in std::fs::read_dir(&out).expect("pages") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("page");
        for (i, _) in text.match_indices("(1)") {
            let start = text[..i]
                .rfind(|c: char| c.is_whitespace() || c == '>')
                .map_or(0, |s| s + 1);
            pointed.push(text[start..i].replace('\\', ""));
        }
    }
    assert!(!pointed.is_empty());
    for name in pointed {
        assert!(
            out.join(format!("{name}.1")).is_file(),
            "{name}(1) is not written"
        );
    }
}

/// `acme.zendesk.com`, `https://acme.zendesk.com/` and `acme` are one
/// instance: given on the command line or found in an older file, it is
/// kept as the subdomain, so the Admin Center links work.
#[test]
fn an_instance_given_as_a_host_or_address_is_the_subdomain() {
    let dir = tempfile::tempdir().expect("tempdir");
    srm(dir.path())
        .args([
            "new",
            "a",
            "--no-open",
            "--instance",
            "https://Acme.zendesk.com/",
        ])
        .assert()
        .success();
    assert_eq!(binary::read(dir.path(), "a").metadata.instance, "acme");
    // An older file that kept the host as typed.
    let path = dir.path().join("assessments/a.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("instance = \"acme\"", "instance = \"acme.zendesk.com\""),
    )
    .expect("write");
    srm(dir.path())
        .args(["answer", "a", "access.sso", "no"])
        .assert()
        .success();
    let md = srm(dir.path())
        .args(["report", "a"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8_lossy(&md);
    assert!(md.contains("https://acme.zendesk.com/admin/"), "{md}");
    assert!(!md.contains("acme.zendesk.com.zendesk.com"), "{md}");
}

/// `set` changes the metadata after creation; the instance is normalised,
/// a hidden character refused, and nothing to change is a usage error.
#[test]
fn set_changes_the_metadata_after_creation() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create_with(dir.path(), &[], "m", &["--org", "Acme"]);
    srm(dir.path())
        .args(["answer", "m", "access.sso", "yes"])
        .assert()
        .success();
    srm(dir.path())
        .args([
            "set",
            "m",
            "--instance",
            "acme.zendesk.com",
            "--assessor",
            "Ann",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("instance: acme"));
    let a = binary::read(dir.path(), "m");
    assert_eq!(
        (
            a.metadata.organization.as_str(),
            a.metadata.instance.as_str(),
            a.metadata.assessor.as_str()
        ),
        ("Acme", "acme", "Ann")
    );
    assert_eq!(
        a.answer("access.sso"),
        Some(srm_assess::assessment::Answer::Yes)
    );
    srm(dir.path())
        .args(["set", "m", "--org", ""])
        .assert()
        .success();
    assert_eq!(binary::read(dir.path(), "m").metadata.organization, "");
    srm(dir.path()).args(["set", "m"]).assert().code(2);
    srm(dir.path())
        .args(["set", "m", "--assessor", "A\u{200B}nn"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("U+200B"));
    assert_eq!(binary::read(dir.path(), "m").metadata.assessor, "Ann");
}

/// A custom questionnaire is remembered: `new` records its file (relative
/// to the assessment) and SHA-256; later commands find it without
/// `--questionnaire`, say when it changed, and say plainly when it moved.
#[test]
fn a_custom_questionnaire_is_remembered() {
    let env = Env::new();
    let root = env.root();
    std::fs::create_dir_all(root.join("q")).expect("mkdir");
    let q = root.join("q/custom.toml");
    std::fs::copy(MINIMAL, &q).expect("questionnaire");
    let a = root.join("audits/acme.toml");
    let a_str = a.to_str().expect("utf-8");
    let out = env
        .cmd()
        .arg("--questionnaire")
        .arg(&q)
        .args(["new", a_str, "--no-open"])
        .output()
        .expect("new");
    assert!(out.status.success(), "{out:?}");
    let saved = std::fs::read_to_string(&a).expect("assessment");
    assert!(saved.contains("file = \"../q/custom.toml\""), "{saved}");
    assert!(saved.contains("sha256 = \""), "{saved}");
    // The hint printed after `new` works as printed.
    let hint = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        hint.contains(&format!("srm-assess answer {a_str} QUESTION_ID")),
        "{hint}"
    );
    env.cmd()
        .args(["answer", a_str, "access.mfa", "yes"])
        .assert()
        .success()
        .stderr("");
    env.cmd()
        .args(["report", a_str, "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"id\": \"acme-srm\""));
    // Changed since: said, and the next save records the new content.
    let mut text = std::fs::read_to_string(&q).expect("q");
    text.push_str("\n# a comment\n");
    std::fs::write(&q, text).expect("change");
    env.cmd()
        .args(["check", a_str, "--fail-on", "high"])
        .assert()
        .success()
        .stderr(predicate::str::contains("changed since it was last used"));
    env.cmd()
        .args(["answer", a_str, "access.review", "no"])
        .assert()
        .success()
        .stderr(predicate::str::contains("changed since"));
    env.cmd()
        .args(["answer", a_str, "access.review", "partial"])
        .assert()
        .success()
        .stderr("");
    // Moved: refused, saying where it was looked for and what to do.
    let moved = root.join("q/moved.toml");
    std::fs::rename(&q, &moved).expect("move");
    let before = std::fs::read(&a).expect("bytes");
    env.cmd().args(["report", a_str]).assert().code(1).stderr(
        predicate::str::contains("custom.toml")
            .and(predicate::str::contains("moved or deleted"))
            .and(predicate::str::contains("--questionnaire FILE")),
    );
    assert_eq!(std::fs::read(&a).expect("bytes"), before);
    // Given once with its new place, it is remembered there.
    env.cmd()
        .arg("--questionnaire")
        .arg(&moved)
        .args(["answer", a_str, "access.mfa", "no"])
        .assert()
        .success();
    let saved = std::fs::read_to_string(&a).expect("assessment");
    assert!(saved.contains("file = \"../q/moved.toml\""), "{saved}");
    env.cmd().args(["report", a_str]).assert().success();
}

/// `list` and the start screen read an assessment of a custom
/// questionnaire with the file it recorded.
#[test]
fn list_reads_a_remembered_questionnaire() {
    let env = Env::new();
    env.create("m", &["--questionnaire", MINIMAL]);
    env.cmd()
        .args(["answer", "m", "access.mfa", "no"])
        .assert()
        .success();
    env.cmd()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("1/2").and(predicate::str::contains("acme-srm")));
}

/// `list` takes names and paths, and `--dir` lists a folder's assessment
/// files: a file kept in a git checkout shows its progress and its
/// conflicts, as README's team workflow says.
#[test]
fn list_takes_paths_and_a_folder() {
    let env = Env::new();
    env.create("acme-prod", &[]);
    let checkout = env.root().join("checkout");
    std::fs::create_dir_all(&checkout).expect("checkout");
    let team = checkout.join("zendesk.toml");
    let team_arg = team.to_str().expect("utf-8");
    env.cmd()
        .args(["new", team_arg, "--no-open"])
        .assert()
        .success();
    env.run(&["answer", team_arg, "access.sso", "yes"])
        .success();
    // A conflict a merge left, not settled yet.
    let mut text = std::fs::read_to_string(&team).expect("team file");
    text.push_str(
        "\n[conflicts.\"access.sso\"]\nfields = [\"answer\"]\n\n[conflicts.\"access.sso\".theirs]\nanswer = \"no\"\n",
    );
    std::fs::write(&team, text).expect("write");
    // A copy with the markers of a merge made without the driver.
    std::fs::write(
        checkout.join("broken.toml"),
        "<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> theirs\n",
    )
    .expect("write");
    let out = |args: &[&str]| {
        let out = env.cmd().args(args).output().expect("runs");
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let one = out(&["list", team_arg]);
    let row = one.lines().nth(1).expect("a row");
    assert!(row.starts_with(team_arg), "the path as given: {one}");
    assert!(
        row.contains("1/63") && row.contains("1 merge conflict to settle"),
        "{one}"
    );
    assert_eq!(one.lines().count(), 2, "only what was named: {one}");
    // A name and a path together.
    let both = out(&["list", "acme-prod", team_arg]);
    assert!(
        both.lines().nth(1).expect("row").starts_with("acme-prod"),
        "{both}"
    );
    assert_eq!(both.lines().count(), 3, "{both}");
    // The folder: both files, the broken one said to be broken.
    let folder = out(&["list", "--dir", checkout.to_str().expect("utf-8")]);
    assert!(
        folder.contains("zendesk.toml") && folder.contains("1 merge conflict to settle"),
        "{folder}"
    );
    assert!(
        folder.contains("broken.toml") && folder.contains("git merge conflict from line 1"),
        "{folder}"
    );
    assert!(!folder.contains("acme-prod"), "{folder}");
    // A folder that is not there is an error naming it.
    env.cmd()
        .args(["list", "--dir", "/nonexistent/srm"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("/nonexistent/srm"));
    // A missing file is a row saying so, not the end of the list.
    let missing = out(&["list", "./nowhere.toml", "acme-prod"]);
    assert!(
        missing.contains("./nowhere.toml") && missing.contains("acme-prod"),
        "{missing}"
    );
}

/// One vocabulary of answers for every front end (issue 43): the Italian
/// words `ask` took are taken by `answer` too.
#[test]
fn answer_takes_the_words_ask_takes() {
    let env = Env::new();
    env.create("acme", &[]);
    for (word, want) in [
        ("sì", "yes"),
        ("SI", "yes"),
        ("in parte", "partial"),
        ("non so", "unknown"),
        ("don't know", "unknown"),
    ] {
        env.run(&["answer", "acme", "access.lifecycle", word])
            .success()
            .stdout(predicates::str::contains(format!(
                "access.lifecycle = {want}"
            )));
    }
}
