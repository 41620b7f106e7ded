//! `merge-driver` run as git runs it (`%O %A %B %P`), on files made by the
//! tool, without git: clean merges, recorded conflicts, and a version it
//! refuses without touching this branch's file. (A version that is not a
//! readable assessment falls back to git's line merge: in `git.rs`.)

use predicates::prelude::*;

use crate::common::env::Env;

/// Three copies of one assessment: the ancestor, ours and theirs, each
/// changed by `answer` commands.
struct Three {
    env: Env,
}

impl Three {
    fn new() -> Self {
        let env = Env::new().with_assessment("base.toml", &["--org", "Acme"]);
        for side in ["ours.toml", "theirs.toml"] {
            std::fs::copy(env.a(), env.root().join(side)).expect("copy");
        }
        Three { env }
    }

    fn path(&self, side: &str) -> String {
        self.env.root().join(side).display().to_string()
    }

    fn answer(&self, side: &str, args: &[&str]) {
        let path = self.path(side);
        let mut all = vec!["answer", path.as_str()];
        all.extend_from_slice(args);
        self.env.run(&all).success();
    }

    fn merge(&self) -> assert_cmd::assert::Assert {
        let (b, o, t) = (
            self.path("base.toml"),
            self.path("ours.toml"),
            self.path("theirs.toml"),
        );
        self.env
            .run(&["merge-driver", &b, &o, &t, "security/acme.toml"])
    }

    fn ours(&self) -> srm_assess::assessment::Assessment {
        let text = std::fs::read_to_string(self.path("ours.toml")).expect("ours");
        srm_assess::assessment::file::parse(&text).expect("parses")
    }
}

#[test]
fn different_questions_and_fields_merge_cleanly_with_exit_0() {
    let t = Three::new();
    t.answer("ours.toml", &["access.review", "yes"]);
    t.answer("theirs.toml", &["access.sso", "no", "--owner", "Bo"]);
    t.answer(
        "theirs.toml",
        &["access.review", "yes", "--notes", "Q3 done"],
    );
    t.merge().code(0).stderr(predicate::str::is_empty());
    let merged = t.ours();
    assert_eq!(merged.answers["access.review"].notes, "Q3 done");
    assert_eq!(merged.answers["access.sso"].owner, "Bo");
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.metadata.organization, "Acme");
}

#[test]
fn the_same_field_changed_twice_is_recorded_and_exits_1() {
    let t = Three::new();
    t.answer("ours.toml", &["access.review", "yes", "--owner", "Ann"]);
    t.answer("theirs.toml", &["access.review", "no", "--owner", "Bo"]);
    t.merge().code(1).stderr(predicate::str::contains(
        "security/acme.toml: changed differently on both branches: access.review (answer, owner)",
    ));
    let merged = t.ours();
    let review = &merged.answers["access.review"];
    assert_eq!(
        (review.answer.map(|a| a.as_str()), review.owner.as_str()),
        (Some("yes"), "Ann")
    );
    let conflict = &merged.conflicts["access.review"];
    assert_eq!(conflict.theirs.owner, "Bo");
    assert_eq!(conflict.theirs.answer.map(|a| a.as_str()), Some("no"));
    // A report says the answers shown are not settled.
    let ours = t.path("ours.toml");
    t.env
        .run(&["report", &ours])
        .success()
        .stdout(predicate::str::contains(
            "1 question(s) still hold a git merge conflict (access.review)",
        ));
    t.env
        .run(&["report", &ours, "--format", "json"])
        .success()
        .stdout(predicate::str::contains(
            "\"merge_conflicts\": [\n      \"access.review\"",
        ));
    // And the CI gate can fail on it.
    t.env
        .run(&["check", &ours, "--fail-on", "conflicts"])
        .code(3)
        .stdout(predicate::str::contains(
            "access.review (I.1): git merge conflict not settled (answer, owner)",
        ));
    // Merging again (git re-runs it on a rebase) keeps the record.
    std::fs::copy(t.path("ours.toml"), t.path("base.toml")).expect("copy");
    std::fs::copy(t.path("ours.toml"), t.path("theirs.toml")).expect("copy");
    t.merge().code(1).stderr(predicate::str::contains(
        "1 earlier conflict(s) still to settle",
    ));
}

#[test]
fn the_organization_changed_twice_keeps_ours_and_says_theirs() {
    let t = Three::new();
    for (side, org) in [("ours.toml", "Acme S.p.A."), ("theirs.toml", "ACME Inc.")] {
        let path = t.path(side);
        t.env.run(&["set", &path, "--org", org]).success();
    }
    t.merge().code(1).stderr(predicate::str::contains(
        "the other branch's is \"ACME Inc.\"",
    ));
    assert_eq!(t.ours().metadata.organization, "Acme S.p.A.");
}

#[test]
fn a_file_added_on_both_branches_merges_from_an_empty_ancestor() {
    let t = Three::new();
    std::fs::write(t.path("base.toml"), "").expect("empty");
    t.answer("ours.toml", &["access.review", "yes"]);
    t.answer("theirs.toml", &["access.sso", "yes"]);
    t.merge().code(0);
    let merged = t.ours();
    assert!(merged.answer("access.review").is_some() && merged.answer("access.sso").is_some());
}

#[test]
fn a_version_of_another_questionnaire_leaves_ours_untouched() {
    let t = Three::new();
    t.answer("ours.toml", &["access.review", "yes"]);
    let before = std::fs::read(t.path("ours.toml")).expect("ours");
    // Another questionnaire: refused, said, untouched.
    let text = String::from_utf8(before.clone()).expect("UTF-8");
    std::fs::write(
        t.path("theirs.toml"),
        text.replace("id = \"zendesk-srm\"", "id = \"other\""),
    )
    .expect("write");
    t.merge()
        .code(1)
        .stderr(predicate::str::contains("cannot be merged"));
    assert_eq!(std::fs::read(t.path("ours.toml")).expect("ours"), before);
}

#[test]
fn settle_keeps_one_side_from_the_command_line() {
    let t = Three::new();
    t.answer("ours.toml", &["access.review", "yes", "--owner", "Ann"]);
    t.answer("theirs.toml", &["access.review", "no", "--owner", "Bo"]);
    t.merge().code(1);
    let ours = t.path("ours.toml");
    // Neither side named: bad usage.
    t.env.run(&["settle", &ours, "access.review"]).code(2);
    t.env
        .run(&["settle", &ours, "access.review", "--theirs"])
        .success()
        .stdout(predicate::str::contains(
            "access.review: the other branch's values taken",
        ))
        .stdout(predicate::str::contains("0 conflict(s) left"));
    let merged = t.ours();
    assert_eq!(
        merged.answer("access.review").map(|a| a.as_str()),
        Some("no")
    );
    assert_eq!(merged.answers["access.review"].owner, "Bo");
    assert!(merged.conflicts.is_empty());
    t.env
        .run(&["settle", &ours, "access.review", "--ours"])
        .code(1)
        .stderr(predicate::str::contains("no merge conflict to settle"));
}

impl Three {
    /// Runs `srm-assess ARGS` with the file of `side` put in at `{}`.
    fn on(&self, side: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        let path = self.path(side);
        let all: Vec<&str> = args
            .iter()
            .map(|a| if *a == "{}" { path.as_str() } else { a })
            .collect();
        self.env.run(&all)
    }
}

/// D1: this branch extends an acceptance while the other answers yes (or
/// n/a, or clears the answer): this branch's acceptance stays with its
/// gap, the other's answer is in conflict, and either side can be kept.
#[test]
fn this_branchs_acceptance_survives_the_other_answering_yes() {
    for other in [
        &["access.review", "yes"][..],
        &["access.review", "na", "--justification", "no agents"],
        &["access.review", "unanswered"],
    ] {
        let t = Three::new();
        t.answer("base.toml", &["access.review", "no"]);
        t.on(
            "base.toml",
            &[
                "accept",
                "{}",
                "access.review",
                "--by",
                "CISO",
                "--until",
                "2027-03-31",
                "--reason",
                "Q1 budget",
            ],
        )
        .success();
        for side in ["ours.toml", "theirs.toml"] {
            std::fs::copy(t.path("base.toml"), t.path(side)).expect("copy");
        }
        t.on(
            "ours.toml",
            &[
                "accept",
                "{}",
                "access.review",
                "--by",
                "CISO",
                "--until",
                "2027-12-31",
                "--reason",
                "extended",
                "--compensating",
                "IP allowlist",
            ],
        )
        .success();
        t.answer("theirs.toml", other);
        t.merge().code(1);
        let merged = t.ours();
        let review = &merged.answers["access.review"];
        assert_eq!(review.answer.map(|a| a.as_str()), Some("no"), "{other:?}");
        let kept = review
            .acceptance
            .as_ref()
            .expect("this branch's acceptance");
        assert_eq!(kept.reason, "extended");
        assert_eq!(kept.compensating, "IP allowlist");
        let conflict = &merged.conflicts["access.review"];
        assert!(
            conflict.fields.iter().any(|f| f.as_str() == "answer"),
            "{other:?}: {conflict:?}"
        );
        assert_eq!(
            conflict.theirs.answer.map(|a| a.as_str()),
            Some(other[1]).filter(|w| *w != "unanswered"),
        );
        // Taking the other branch's values gives its answer, and no
        // acceptance on what is no longer a gap.
        t.on("ours.toml", &["settle", "{}", "access.review", "--theirs"])
            .success();
        let settled = t.ours();
        assert!(
            settled
                .answers
                .get("access.review")
                .is_none_or(|e| e.acceptance.is_none())
        );
    }
}

/// D2: evidence the other branch removed and this branch renewed is a
/// conflict, as the reverse is; settling for the other branch removes it.
#[test]
fn a_renewal_of_evidence_the_other_branch_removed_is_a_conflict() {
    let t = Three::new();
    t.answer("base.toml", &["access.sso", "yes"]);
    let page = "https://wiki.example/old-sso";
    t.on(
        "base.toml",
        &[
            "evidence",
            "{}",
            "access.sso",
            page,
            "--observed",
            "2026-10-01",
        ],
    )
    .success();
    for side in ["ours.toml", "theirs.toml"] {
        std::fs::copy(t.path("base.toml"), t.path(side)).expect("copy");
    }
    t.on(
        "ours.toml",
        &[
            "evidence",
            "{}",
            "access.sso",
            page,
            "--observed",
            "2026-12-01",
        ],
    )
    .success();
    t.on(
        "theirs.toml",
        &["evidence", "{}", "access.sso", page, "--remove"],
    )
    .success();
    t.merge()
        .code(1)
        .stderr(predicate::str::contains("access.sso (evidence)"));
    let merged = t.ours();
    assert_eq!(merged.answers["access.sso"].evidence.len(), 1);
    assert_eq!(merged.conflicts["access.sso"].removed, [page]);
    t.on("ours.toml", &["show", "--git", "{}"])
        .success()
        .stdout(predicate::str::contains(format!("evidence {page} removed")));
    t.on("ours.toml", &["settle", "{}", "access.sso", "--theirs"])
        .success();
    assert!(t.ours().answers["access.sso"].evidence.is_empty());
}

/// W6: a conflict on a question the questionnaire no longer has still
/// fails the gate, and can be settled.
#[test]
fn a_conflict_on_a_retired_question_fails_the_gate_and_can_be_settled() {
    let t = Three::new();
    let mut text = std::fs::read_to_string(t.path("ours.toml")).expect("ours");
    text.push_str(concat!(
        "\n[answers.\"old.retired\"]\nanswer = \"no\"\n\n",
        "[conflicts.\"old.retired\"]\nfields = [\"answer\"]\n\n",
        "[conflicts.\"old.retired\".theirs]\nanswer = \"yes\"\n",
    ));
    std::fs::write(t.path("ours.toml"), text).expect("write");
    t.on("ours.toml", &["check", "{}", "--fail-on", "conflict"])
        .code(3)
        .stdout(predicate::str::contains(
            "old.retired (not in the questionnaire): git merge conflict not settled (answer)",
        ));
    t.on("ours.toml", &["settle", "{}", "old.retired", "--ours"])
        .success();
    assert!(t.ours().conflicts.is_empty());
    t.on("ours.toml", &["check", "{}", "--fail-on", "conflict"])
        .success();
    // An id that is neither a question nor in conflict is still refused.
    t.on("ours.toml", &["settle", "{}", "old.gone", "--ours"])
        .code(1)
        .stderr(predicate::str::contains("old.gone"));
}

/// D3: `settle` says when it replaced a field another process had just
/// changed, as `answer` does. The test holds the assessment's lock while
/// it changes the file, so that the settle has read the file before.
#[test]
fn settle_says_which_concurrent_change_it_replaced() {
    let t = Three::new();
    t.answer("ours.toml", &["access.review", "yes", "--notes", "ours"]);
    t.answer("theirs.toml", &["access.review", "no", "--notes", "theirs"]);
    t.merge().code(1);
    let ours = std::path::PathBuf::from(t.path("ours.toml"));
    let lock_path = t.env.root().join(".srm-assess").join("ours.toml.lock");
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .expect("lock file");
    lock.lock().expect("lock");
    let settle = std::process::Command::new(assert_cmd::cargo::cargo_bin("srm-assess"))
        .args([
            "settle",
            ours.to_str().expect("UTF-8"),
            "access.review",
            "--theirs",
        ])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("settle");
    // The settle reads the file, then waits for the lock to save.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let text = std::fs::read_to_string(&ours).expect("ours");
    std::fs::write(
        &ours,
        text.replace("notes = \"ours\"", "notes = \"concurrent\""),
    )
    .expect("concurrent change");
    lock.unlock().expect("unlock");
    let out = settle.wait_with_output().expect("settle ends");
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("access.review"), "{said}");
}
