//! An assessment compared with itself at a git revision (`diff NAME --rev
//! REV`), with real git: ignored by a plain `cargo test`, run by `.ci/run`
//! (which installs git when it is missing).

use std::path::Path;
use std::process::Command;

use predicates::prelude::*;

use crate::common::env::Env;

/// Runs git in `dir`, as a committer of its own.
fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// A repository holding `acme.toml`, committed twice: first with
/// `access.review` answered no, then yes with 2FA answered too.
fn repository() -> Env {
    let env = Env::new().with_assessment("acme.toml", &[]);
    git(env.root(), &["init", "-q", "."]);
    env.run(&["answer", env.a(), "access.review", "no"])
        .success();
    git(env.root(), &["add", "acme.toml"]);
    git(env.root(), &["commit", "-q", "-m", "first"]);
    env.run(&["answer", env.a(), "access.review", "yes"])
        .success();
    env.run(&["answer", env.a(), "access.two-factor", "yes"])
        .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "second"]);
    env
}

#[test]
#[ignore = "needs git"]
fn diff_rev_compares_with_the_file_as_committed() {
    let env = repository();
    env.run(&["answer", env.a(), "access.sso", "no"]).success();
    // Since the last commit: only what is not committed yet.
    env.run(&["diff", env.a(), "--rev", "HEAD"])
        .success()
        .stdout(predicate::str::contains("acme@HEAD"))
        .stdout(predicate::str::contains("access.sso  unanswered → No"))
        .stdout(predicate::str::contains("access.review").not());
    // Since the commit before: the review improved, 2FA newly answered.
    env.run(&["diff", env.a(), "--rev", "HEAD~1"])
        .success()
        .stdout(predicate::str::contains("access.review  No → Yes"))
        .stdout(predicate::str::contains(
            "access.two-factor  unanswered → Yes",
        ));
}

#[test]
#[ignore = "needs git"]
fn a_revision_git_refuses_is_said_with_gits_words_and_nothing_changes() {
    let env = repository();
    let before = env.bytes();
    env.run(&["diff", env.a(), "--rev", "no-such-branch"])
        .code(1)
        .stderr(predicate::str::contains("\"no-such-branch\""))
        .stderr(predicate::str::contains("git says"));
    // Never taken for an option.
    env.run(&["diff", env.a(), "--rev=--output=/tmp/x"])
        .code(1)
        .stderr(predicate::str::contains("is not a revision"));
    env.run(&["--lang", "it", "diff", env.a(), "--rev", "no-such-branch"])
        .code(1)
        .stderr(predicate::str::contains("git dice"));
    assert_eq!(env.bytes(), before, "diff never writes");
}

#[test]
#[ignore = "needs git"]
fn a_file_outside_a_repository_or_broken_at_the_revision_is_named() {
    let outside = Env::new().with_assessment("loose.toml", &[]);
    outside
        .run(&["diff", outside.a(), "--rev", "HEAD"])
        .code(1)
        .stderr(predicate::str::contains("not a git repository"));
    let env = repository();
    std::fs::write(env.a(), "format = 1\n[answers\n").expect("break it");
    git(env.root(), &["commit", "-q", "-a", "-m", "broken"]);
    // The working file is broken too: take it back from the commit before.
    git(env.root(), &["checkout", "-q", "HEAD~1", "--", "acme.toml"]);
    env.run(&["diff", env.a(), "--rev", "HEAD"])
        .code(1)
        .stderr(predicate::str::contains("at \"HEAD\":2:"));
}

/// Runs git in `dir` and returns what it printed.
fn git_out(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .output()
        .expect("git runs")
}

#[test]
#[ignore = "needs git"]
fn two_branches_answering_different_questions_merge_without_a_driver() {
    let env = Env::new().with_assessment("acme.toml", &[]);
    git(env.root(), &["init", "-q", "-b", "main", "."]);
    git(env.root(), &["add", "acme.toml"]);
    git(env.root(), &["commit", "-q", "-m", "created"]);
    let a = env.a();
    // One branch: neighbouring questions answered, evidence, a risk.
    git(env.root(), &["checkout", "-q", "-b", "anna"]);
    env.run(&["answer", a, "access.lifecycle", "yes"]).success();
    env.run(&[
        "evidence",
        a,
        "access.lifecycle",
        "https://wiki.example.com/joiners",
    ])
    .success();
    env.run(&["answer", a, "access.review", "no"]).success();
    env.run(&[
        "accept",
        a,
        "access.review",
        "--by",
        "CISO",
        "--until",
        "2099-01-01",
        "--reason",
        "r",
    ])
    .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "anna"]);
    // The other: the questions in between and after, other fields.
    git(env.root(), &["checkout", "-q", "main"]);
    env.run(&[
        "answer",
        a,
        "access.least-privilege",
        "partial",
        "--owner",
        "Bo",
    ])
    .success();
    env.run(&["answer", a, "access.sso", "yes"]).success();
    env.run(&["evidence", a, "access.sso", "https://idp.example.com/saml"])
        .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "bo"]);
    // No driver is configured: git's own line merge.
    let merge = git_out(env.root(), &["merge", "-q", "--no-edit", "anna"]);
    assert!(merge.status.success(), "merged cleanly: {merge:?}");
    let text = String::from_utf8(env.bytes()).expect("UTF-8");
    assert!(!text.contains("<<<<<<<"), "{text}");
    let merged = srm_assess::assessment::file::parse(&text).expect("parses");
    let answer = |id: &str| merged.answer(id).map(|x| x.as_str());
    assert_eq!(answer("access.lifecycle"), Some("yes"));
    assert_eq!(answer("access.least-privilege"), Some("partial"));
    assert_eq!(answer("access.review"), Some("no"));
    assert_eq!(answer("access.sso"), Some("yes"));
    assert_eq!(merged.answers["access.least-privilege"].owner, "Bo");
    assert!(merged.answers["access.review"].acceptance.is_some());
    assert_eq!(merged.answers["access.lifecycle"].evidence.len(), 1);
    assert_eq!(merged.answers["access.sso"].evidence.len(), 1);
    // And the tool reads and writes it on.
    env.run(&["answer", a, "access.two-factor", "yes"])
        .success();
}

/// A repository holding `acme.toml` committed once, set up with
/// `git-setup --local` (its .gitattributes committed too).
fn set_up_repository() -> Env {
    let env = Env::new().with_assessment("acme.toml", &[]);
    git(env.root(), &["init", "-q", "-b", "main", "."]);
    env.cmd()
        .current_dir(env.root())
        .args(["git-setup", "--local"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "acme.toml merge=srm-assess diff=srm-assess",
        ));
    git(env.root(), &["add", "acme.toml", ".gitattributes"]);
    git(env.root(), &["commit", "-q", "-m", "created"]);
    env
}

#[test]
#[ignore = "needs git"]
fn with_the_driver_one_question_changed_on_both_branches_merges_per_field() {
    let env = set_up_repository();
    let a = env.a();
    git(env.root(), &["checkout", "-q", "-b", "anna"]);
    env.run(&[
        "answer",
        a,
        "access.review",
        "no",
        "--notes",
        "quarterly, not done",
    ])
    .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "anna"]);
    git(env.root(), &["checkout", "-q", "main"]);
    env.run(&["answer", a, "access.review", "no", "--owner", "Bo"])
        .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "bo"]);
    // Same question, different fields (the answer the same): clean.
    let merge = git_out(env.root(), &["merge", "-q", "--no-edit", "anna"]);
    assert!(merge.status.success(), "{merge:?}");
    let merged = srm_assess::assessment::file::parse(&env.read_a()).expect("parses");
    let review = &merged.answers["access.review"];
    assert_eq!(review.notes, "quarterly, not done");
    assert_eq!(review.owner, "Bo");
    assert!(merged.conflicts.is_empty());
}

#[test]
#[ignore = "needs git"]
fn with_the_driver_the_same_field_changed_twice_is_a_recorded_conflict() {
    let env = set_up_repository();
    let a = env.a();
    git(env.root(), &["checkout", "-q", "-b", "anna"]);
    env.run(&["answer", a, "access.review", "yes"]).success();
    env.run(&["answer", a, "access.sso", "yes"]).success();
    git(env.root(), &["commit", "-q", "-a", "-m", "anna"]);
    git(env.root(), &["checkout", "-q", "main"]);
    env.run(&["answer", a, "access.review", "no", "--owner", "Bo"])
        .success();
    git(env.root(), &["commit", "-q", "-a", "-m", "bo"]);
    let merge = git_out(env.root(), &["merge", "--no-edit", "anna"]);
    assert!(!merge.status.success(), "a conflict stops the merge");
    let said = String::from_utf8_lossy(&merge.stderr);
    assert!(said.contains("access.review (answer)"), "{said}");
    // The file stays a valid assessment: this branch's answer, the other's
    // recorded, everything else merged.
    let text = env.read_a();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let merged = srm_assess::assessment::file::parse(&text).expect("parses");
    assert_eq!(
        merged.answer("access.review").map(|x| x.as_str()),
        Some("no")
    );
    assert_eq!(merged.answers["access.review"].owner, "Bo");
    assert_eq!(merged.answer("access.sso").map(|x| x.as_str()), Some("yes"));
    let conflict = &merged.conflicts["access.review"];
    assert_eq!(conflict.theirs.answer.map(|x| x.as_str()), Some("yes"));
    // Every command reads it, and list shows the conflict.
    let listed = env.data().join("assessments");
    std::fs::create_dir_all(&listed).expect("data folder");
    std::fs::copy(env.a(), listed.join("merged.toml")).expect("copy");
    env.run(&["list"])
        .success()
        .stdout(predicate::str::contains("1 merge conflict to settle"));
    env.run(&["show", a])
        .success()
        .stdout(predicate::str::contains(
            "access.review: CONFLICT (answer), other branch: yes",
        ));
}

#[test]
#[ignore = "needs git"]
fn git_diff_reads_as_answers_through_the_textconv() {
    let env = set_up_repository();
    let a = env.a();
    env.run(&["answer", a, "access.review", "no"]).success();
    git(env.root(), &["commit", "-q", "-a", "-m", "no"]);
    env.run(&["answer", a, "access.review", "yes", "--notes", "done in Q3"])
        .success();
    let diff = git_out(env.root(), &["diff"]);
    let text = String::from_utf8_lossy(&diff.stdout);
    assert!(text.contains("-access.review: no"), "{text}");
    assert!(
        text.contains("+access.review: yes · notes \"done in Q3\""),
        "{text}"
    );
    // The file's own lines are not what git shows.
    assert!(!text.contains("answered_at"), "{text}");
}

#[test]
#[ignore = "needs git"]
fn report_since_a_revision_shows_the_progress_since_that_commit() {
    let env = repository();
    git(env.root(), &["tag", "audit-2026q2", "HEAD~1"]);
    env.run(&["report", env.a(), "--since", "audit-2026q2"])
        .success()
        .stdout(predicate::str::contains(
            "Since acme\\@audit-2026q2: 1 improved, 0 regressed.",
        ));
    env.run(&["report", env.a(), "--since", "HEAD~1", "--format", "json"])
        .success()
        .stdout(predicate::str::contains("\"since\""));
    // Neither a saved assessment nor a revision: both said.
    env.run(&["report", env.a(), "--since", "acme-q2"])
        .code(1)
        .stderr(predicate::str::contains("no saved assessment of that name"))
        .stderr(predicate::str::contains("git says"));
}

#[test]
#[ignore = "needs git"]
fn fleet_since_a_revision_compares_each_file_with_itself_then() {
    let env = repository();
    env.run(&["fleet", env.a(), "--since", "HEAD~1"])
        .success()
        .stdout(predicate::str::contains("## Since the older version"))
        .stdout(predicate::str::contains("| **acme** | 0% | 100% | 1 | 0 |"));
}

#[test]
#[ignore = "needs git"]
fn the_driver_falls_back_to_a_line_merge_for_a_version_that_is_no_assessment() {
    let env = Env::new().with_assessment("base.toml", &[]);
    let path = |side: &str| env.root().join(side);
    for side in ["ours.toml", "theirs.toml"] {
        std::fs::copy(env.a(), path(side)).expect("copy");
    }
    let ours = path("ours.toml");
    env.run(&[
        "answer",
        ours.to_str().expect("UTF-8"),
        "access.review",
        "yes",
    ])
    .success();
    // The other branch broke the file by hand, on the same lines.
    let text = std::fs::read_to_string(path("theirs.toml")).expect("theirs");
    let broken = text.replace(
        "[answers.\"access.review\"]\n",
        "[answers.\"access.review\"]\nanswer = maybe\n",
    );
    std::fs::write(path("theirs.toml"), broken).expect("break");
    let p = |side: &str| path(side).display().to_string();
    env.run(&[
        "merge-driver",
        &p("base.toml"),
        &p("ours.toml"),
        &p("theirs.toml"),
        "acme.toml",
    ])
    .code(1)
    .stderr(predicate::str::contains(
        "merged line by line as git does, 1 conflict(s)",
    ));
    let merged = std::fs::read_to_string(&ours).expect("ours");
    assert!(
        merged.contains("<<<<<<< this branch") && merged.contains("answer = maybe"),
        "{merged}"
    );
    assert!(merged.contains(">>>>>>> other branch"), "{merged}");
}

/// I1: a cloned repository whose `.gitattributes` is a link to a file
/// outside it (`~/.bashrc`), and an assessment whose name holds a line
/// break and a command: `git-setup --local` refuses the link, leaves its
/// target as it was (content and mode), and writes nothing.
#[cfg(unix)]
#[test]
#[ignore = "needs git"]
fn git_setup_never_follows_a_linked_gitattributes_out_of_the_repository() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let victim = env.root().join("victim_rc");
    std::fs::write(&victim, "export SAFE=1\n").expect("victim");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).expect("mode");
    let repo = env.root().join("clone");
    std::fs::create_dir(&repo).expect("repo");
    git(&repo, &["init", "-q", "."]);
    let evil = repo.join("evil\ntouch${IFS}PWNED;#.toml");
    env.run(&["new", evil.to_str().expect("UTF-8"), "--no-open"])
        .success();
    std::os::unix::fs::symlink("../victim_rc", repo.join(".gitattributes")).expect("link");
    env.cmd()
        .current_dir(&repo)
        .args(["git-setup", "--local"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(".gitattributes"))
        .stderr(predicate::str::contains("symbolic link"));
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "export SAFE=1\n"
    );
    let mode = std::fs::metadata(&victim)
        .expect("victim")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
    assert!(
        std::fs::symlink_metadata(repo.join(".gitattributes"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

/// I1, I4: names and patterns holding a line break, a tab, a carriage
/// return or a leading `"`, `!`, `#` stay one line each, which git reads
/// as the very file or pattern given; an existing `.gitattributes` keeps
/// its mode.
#[cfg(unix)]
#[test]
#[ignore = "needs git"]
fn git_setup_writes_lines_git_reads_as_the_names_given() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let repo = env.root();
    git(repo, &["init", "-q", "."]);
    let names = [
        "evil\ntouch${IFS}PWNED;#.toml",
        "tab\tfilter=evil.toml",
        "#hash.toml",
        "!bang.toml",
        "\"quoted.toml",
        "star*.toml",
        "plain one.toml",
    ];
    for name in names {
        let path = repo.join(name);
        env.run(&["new", path.to_str().expect("UTF-8"), "--no-open"])
            .success();
    }
    let attributes = repo.join(".gitattributes");
    std::fs::write(&attributes, "*.png binary\n").expect("attributes");
    std::fs::set_permissions(&attributes, std::fs::Permissions::from_mode(0o664)).expect("mode");
    env.cmd()
        .current_dir(repo)
        .args(["git-setup", "--local"])
        .assert()
        .success();
    let text = std::fs::read_to_string(&attributes).expect("attributes");
    assert_eq!(text.lines().count(), 2 + names.len(), "{text}");
    assert!(text.starts_with("*.png binary\n"), "{text}");
    let mode = std::fs::metadata(&attributes)
        .expect("mode")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o664);
    for name in names {
        let out = git_out(repo, &["check-attr", "merge", "filter", "--", name]);
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("merge: srm-assess"), "{name:?}: {said}");
        assert!(said.contains("filter: unspecified"), "{name:?}: {said}");
    }
    // A star in a found name is that name, not a glob.
    std::fs::write(repo.join("starry.toml"), "x").expect("other");
    let out = git_out(repo, &["check-attr", "merge", "--", "starry.toml"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("merge: unspecified"),
        "{out:?}"
    );
    // A typed pattern with a tab never adds an attribute.
    env.cmd()
        .current_dir(repo)
        .args(["git-setup", "*.toml\tfilter=evil -diff", "x.toml\r"])
        .assert()
        .success();
    let out = git_out(repo, &["check-attr", "-a", "--", "a.toml"]);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("evil"),
        "{out:?}"
    );
    assert!(out.stderr.is_empty(), "{out:?}");
}

/// W13: `--local` outside a repository writes nothing at all.
#[test]
#[ignore = "needs git"]
fn git_setup_local_outside_a_repository_writes_nothing() {
    let env = Env::new().with_assessment("acme.toml", &[]);
    let outside = env.root().join("not-a-repo");
    std::fs::create_dir(&outside).expect("dir");
    std::fs::copy(env.a(), outside.join("acme.toml")).expect("copy");
    env.cmd()
        .current_dir(&outside)
        .env("GIT_CEILING_DIRECTORIES", env.root())
        .args(["git-setup", "--local"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not inside a git repository"))
        .stderr(predicate::str::contains("nothing was written"));
    assert!(!outside.join(".gitattributes").exists());
}

/// W5: when one side is not a readable assessment and git's line merge
/// finds no clash, the result is still unreadable: exit 1, never 0, so
/// that git does not commit it as merged.
#[test]
#[ignore = "needs git"]
fn a_line_merge_that_does_not_read_is_never_clean() {
    let env = Env::new().with_assessment("base.toml", &[]);
    let path = |side: &str| env.root().join(side);
    for side in ["ours.toml", "theirs.toml"] {
        std::fs::copy(env.a(), path(side)).expect("copy");
    }
    let ours = path("ours.toml").display().to_string();
    env.run(&["answer", &ours, "access.review", "no"]).success();
    let mut broken = std::fs::read_to_string(path("theirs.toml")).expect("theirs");
    broken.push_str("this is = = not toml\n");
    std::fs::write(path("theirs.toml"), broken).expect("break");
    let p = |side: &str| path(side).display().to_string();
    env.run(&[
        "merge-driver",
        &p("base.toml"),
        &p("ours.toml"),
        &p("theirs.toml"),
        "acme.toml",
    ])
    .code(1)
    .stderr(predicate::str::contains("the result does not read either"));
}
