//! What is at the path decides how a save or a report is written: links are
//! followed and stay links, devices and FIFOs are written through, read-only
//! files and linked lock files are refused untouched, and one assessment's
//! save never touches another's temporary files. Through the real binary.

#![cfg(unix)]

use crate::common::{binary, mkfifo};

use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::Path;

/// The binary on a data folder inside `dir` (`dir/data`): reports are
/// written beside it, since the data folder is never a report's place.
fn srm(dir: &Path) -> assert_cmd::Command {
    binary::srm(&dir.join("data"))
}
use predicates::prelude::*;

fn new(dir: &Path, name: &str) {
    binary::create(&dir.join("data"), name, &[]);
}

/// A null device of the test's own where it may make one (as root, where a
/// regression would otherwise replace the system's `/dev/null`); elsewhere
/// `/dev/null` itself, which an ordinary user cannot replace anyway.
fn null_device(dir: &Path) -> std::path::PathBuf {
    let own = dir.join("null");
    let made = std::process::Command::new("mknod")
        .args(["-m", "666"])
        .arg(&own)
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made { own } else { "/dev/null".into() }
}

#[test]
fn report_to_a_null_device_discards_and_leaves_the_device() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    let null = null_device(dir.path());
    srm(dir.path())
        .args(["report", "x", "-o"])
        .arg(&null)
        .assert()
        .success();
    let meta = std::fs::symlink_metadata(&null).expect("null device");
    assert!(
        meta.file_type().is_char_device(),
        "{} is a device",
        null.display()
    );
    assert_eq!(meta.permissions().mode() & 0o777, 0o666);
}

#[test]
fn report_to_a_fifo_is_written_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    let fifo = dir.path().join("pipe.md");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read the fifo"))
    };
    srm(dir.path())
        .args(["report", "x", "-o"])
        .arg(&fifo)
        .assert()
        .success();
    // Checked before waiting for the reader, which would wait forever on a
    // FIFO that was replaced instead of written.
    let meta = std::fs::symlink_metadata(&fifo).expect("fifo");
    assert!(meta.file_type().is_fifo(), "still a FIFO");
    let text = reader.join().expect("reader");
    assert!(
        text.starts_with("# "),
        "the report came through: {text:.80}"
    );
}

#[test]
fn report_through_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    let target = dir.path().join("target.md");
    std::fs::write(&target, "old").expect("target");
    let link = dir.path().join("link.md");
    symlink("target.md", &link).expect("symlink");
    srm(dir.path())
        .args(["report", "x", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .expect("target")
            .starts_with("# ")
    );
}

#[test]
fn an_assessment_kept_elsewhere_through_a_symlink_stays_linked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("repo");
    let real = repo.join("acme.toml");
    new(dir.path(), &real.to_string_lossy());
    let assessments = dir.path().join("data/assessments");
    std::fs::create_dir_all(&assessments).expect("assessments");
    symlink(&real, assessments.join("acme.toml")).expect("symlink");
    srm(dir.path())
        .args(["answer", "acme", "access.lifecycle", "yes"])
        .assert()
        .success();
    let link = assessments.join("acme.toml");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    let text = std::fs::read_to_string(&real).expect("real");
    assert!(text.contains("access.lifecycle"), "{text}");
    assert!(
        !assessments.join(".srm-assess/acme.toml.bak").exists(),
        "the backup sits beside the real file"
    );
    assert!(repo.join(".srm-assess/acme.toml.bak").exists());
}

#[test]
fn a_read_only_assessment_is_not_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "ro");
    let path = dir.path().join("data/assessments/ro.toml");
    let before = std::fs::read(&path).expect("file");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    srm(dir.path())
        .args(["answer", "ro", "access.lifecycle", "yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ro.toml").and(predicate::str::contains("read-only")));
    assert_eq!(std::fs::read(&path).expect("file"), before);
    assert_eq!(
        std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777,
        0o400
    );
}

#[test]
fn a_lock_file_that_is_a_symlink_is_never_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").expect("victim");
    let side = dir.path().join("data/assessments/.srm-assess");
    std::fs::create_dir_all(&side).expect("side folder");
    let lock = side.join("x.toml.lock");
    let _ = std::fs::remove_file(&lock);
    symlink(&victim, &lock).expect("symlink");
    srm(dir.path())
        .args(["answer", "x", "access.lifecycle", "yes"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("symbolic link").and(predicate::str::contains("x.toml.lock")),
        );
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "precious"
    );
}

#[test]
fn saving_one_assessment_leaves_the_temporary_files_of_another() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "a");
    new(dir.path(), "a.toml.x");
    // What a save of `a.toml.x` in progress has on disk.
    let theirs = dir
        .path()
        .join("data/assessments/.a.toml.x.toml.Ab3dE6gH.tmp");
    std::fs::write(&theirs, "in progress").expect("temp");
    // A leftover of `a` itself, from a killed save, is cleaned.
    let ours = dir.path().join("data/assessments/.a.toml.Zy9xW8vU.tmp");
    std::fs::write(&ours, "stale").expect("temp");
    srm(dir.path())
        .args(["answer", "a", "access.lifecycle", "yes"])
        .assert()
        .success();
    assert!(
        theirs.exists(),
        "another assessment's temporary file was removed"
    );
    assert!(!ours.exists(), "a's own leftover is cleaned");
}

#[test]
fn a_folder_as_report_output_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    srm(dir.path())
        .args(["report", "x", "-o"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("folder"));
}

/// Runs the binary with a deadline: a hang fails the test instead of
/// stalling the suite.
fn within(cmd: &mut assert_cmd::Command) -> assert_cmd::assert::Assert {
    cmd.timeout(std::time::Duration::from_secs(20)).assert()
}

/// An evidence file recorded for `access.sso` in assessment `x`.
fn with_file_evidence(dir: &Path) -> std::path::PathBuf {
    new(dir, "x");
    let file = dir.join("data/assessments").join("proof.txt");
    std::fs::write(&file, "sso on").expect("write");
    srm(dir)
        .args(["answer", "x", "access.sso", "yes"])
        .assert()
        .success();
    srm(dir)
        .args(["evidence", "x", "access.sso"])
        .arg(&file)
        .assert()
        .success();
    file
}

#[test]
fn evidence_that_becomes_a_fifo_never_hangs_a_report_or_check_and_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = with_file_evidence(dir.path());
    std::fs::remove_file(&file).expect("rm");
    mkfifo(&file);
    let out = within(srm(dir.path()).args(["report", "x"])).success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(md.contains("no longer a regular file"), "{md}");
    for format in ["html", "csv"] {
        within(srm(dir.path()).args(["report", "x", "--format", format])).success();
    }
    let out = within(srm(dir.path()).args(["report", "x", "--format", "json"])).success();
    let json = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(json.contains("\"file\": \"not_regular\""), "{json}");
    within(srm(dir.path()).args(["check", "x", "--fail-on", "changed"]))
        .code(3)
        .stdout(predicate::str::contains(
            "evidence file no longer a regular file",
        ));
}

#[test]
fn deleted_evidence_is_missing_not_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = with_file_evidence(dir.path());
    std::fs::remove_file(&file).expect("rm");
    within(srm(dir.path()).args(["check", "x", "--fail-on", "changed"]))
        .code(3)
        .stdout(predicate::str::contains(
            "evidence file missing (deleted or moved)",
        ));
    std::fs::write(&file, "sso off").expect("write");
    within(srm(dir.path()).args(["check", "x", "--fail-on", "changed"]))
        .code(3)
        .stdout(predicate::str::contains(
            "evidence file changed since recorded",
        ));
}

#[test]
fn a_fifo_or_folder_given_as_evidence_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    within(
        srm(dir.path())
            .args(["evidence", "x", "access.sso"])
            .arg(&fifo),
    )
    .failure()
    .stderr(predicate::str::contains("not a regular file"));
    within(
        srm(dir.path())
            .args(["evidence", "x", "access.sso"])
            .arg(dir.path()),
    )
    .failure()
    .stderr(predicate::str::contains("not a regular file"));
}

#[test]
fn an_assessment_path_that_is_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("a.toml");
    mkfifo(&fifo);
    for args in [
        vec!["report"],
        vec!["check", "--fail-on", "high"],
        vec!["answer", "access.sso", "yes"],
    ] {
        let mut cmd = srm(dir.path());
        cmd.arg(args[0]).arg(&fifo).args(&args[1..]);
        within(&mut cmd)
            .failure()
            .stderr(predicate::str::contains("not a regular file"));
    }
    let meta = std::fs::symlink_metadata(&fifo).expect("still there");
    assert!(meta.file_type().is_fifo());
}

/// Lock and backup files never show as untracked in a git checkout: they
/// sit in `.srm-assess/`, whose own `.gitignore` ignores everything in it.
#[test]
fn lock_and_backup_files_stay_out_of_git() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "g");
    srm(dir.path())
        .args(["answer", "g", "access.lifecycle", "yes"])
        .assert()
        .success();
    let folder = dir.path().join("data/assessments");
    let names: Vec<String> = std::fs::read_dir(&folder)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, [".srm-assess", "g.toml"], "nothing else beside it");
    let side = folder.join(".srm-assess");
    assert!(side.join("g.toml.bak").is_file());
    assert!(side.join("g.toml.lock").is_file());
    let ignore = std::fs::read_to_string(side.join(".gitignore")).expect(".gitignore");
    assert!(ignore.lines().any(|l| l == "*"), "{ignore}");
}

/// The same through git itself: after saves, `git status` shows only the
/// assessment.
#[test]
#[ignore = "needs git; .ci/run installs it and runs it"]
fn git_status_shows_only_the_assessment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).expect("repo");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(&repo)
            .output()
            .expect("git");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    git(&["init", "-q"]);
    let file = repo.join("acme.toml");
    new(dir.path(), &file.to_string_lossy());
    for answer in ["yes", "no"] {
        srm(dir.path())
            .arg("answer")
            .arg(&file)
            .args(["access.lifecycle", answer])
            .assert()
            .success();
    }
    assert_eq!(git(&["status", "--porcelain"]), "?? acme.toml\n");
}

#[test]
fn a_questionnaire_that_is_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("q.toml");
    mkfifo(&fifo);
    within(srm(dir.path()).arg("validate").arg(&fifo))
        .failure()
        .stderr(predicate::str::contains("not a regular file"));
    within(
        srm(dir.path())
            .arg("--questionnaire")
            .arg(&fifo)
            .args(["new", "x", "--no-open"]),
    )
    .failure()
    .stderr(predicate::str::contains("not a regular file"));
}
