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
