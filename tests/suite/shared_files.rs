//! What a shared assessment file can do to the colleague who opens it:
//! nothing (the fourth attack review, `docs/hardening.md`). Each test
//! here failed before its fix.

use predicates::prelude::*;

use crate::common::env::Env;

/// I2: `show --git` (git's textconv) prints every field of a file on one
/// line: an id, an observation key or rule, or the questionnaire's
/// version holding a line break cannot forge lines that read as other
/// questions' answers in `git diff`.
#[test]
fn show_git_cannot_be_made_to_print_a_forged_line() {
    let env = Env::new().with_assessment("z.toml", &[]);
    env.run(&["answer", env.a(), "access.two-factor", "no"])
        .success();
    let mut text = env
        .read_a()
        .replace("version = \"", "version = \"forged\\naccess.sso: yes\\n");
    text.push_str(concat!(
        "\n[answers.\"access.review: no\\naccess.sso: yes · evidence https://idp.example/saml\\naccess.two-factor\"]\n",
        "answer = \"yes\"\n\n",
        "[[observations.\"x\\naccess.sso: yes\"]]\n",
        "rule = \"two-factor-enforced\\naccess.sso: yes\"\n",
        "endpoint = \"/api/v2/security_settings\"\n",
        "field = \"/security_settings/authentication/agent/two_factor_enforce\"\n",
        "value = false\nstatus = 200\nfetched_at = \"2026-11-26T09:00:00Z\"\n",
        "sha256 = \"7a1e3c5b9d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c\"\n",
        "suggests = \"no\"\ndirect = true\n",
    ));
    std::fs::write(env.a(), text).expect("write");
    let out = env.run(&["show", "--git", env.a()]).success();
    let shown = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for line in shown.lines() {
        assert!(
            !line.starts_with("access.sso") && !line.starts_with("access.two-factor: yes"),
            "a forged line: {line:?}\n{shown}"
        );
    }
    assert!(shown.contains("access.two-factor: no\n"), "{shown}");
    assert!(
        shown.contains("\n\"access.review: no access.sso: yes"),
        "the odd id is shown quoted, on one line: {shown}"
    );
}

/// Item 4: an assessment a colleague's clone merged without the driver
/// holds git's conflict markers. Every command names it as a git merge
/// conflict at its line, says how to redo the merge with the driver, and
/// never advises restoring a backup (which would lose both sides).
#[test]
fn a_file_merged_without_the_driver_is_named_a_git_merge_conflict() {
    let env = Env::new();
    env.create("acme", &[]);
    env.run(&["answer", "acme", "access.review", "no"])
        .success();
    env.run(&["answer", "acme", "access.review", "yes"])
        .success();
    let path = env.data().join("assessments").join("acme.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let marked = text.replacen(
        "answer = \"yes\"\n",
        "<<<<<<< HEAD\nanswer = \"yes\"\n=======\nanswer = \"partial\"\n>>>>>>> anna\n",
        1,
    );
    std::fs::write(&path, &marked).expect("write");
    let line = marked
        .lines()
        .position(|l| l.starts_with("<<<<<<<"))
        .expect("marker")
        + 1;
    let at = format!("acme.toml:{line}: a git merge conflict");
    for args in [
        &["show", "acme"][..],
        &["report", "acme"],
        &["check", "acme", "--fail-on", "high"],
        &["answer", "acme", "access.sso", "yes"],
        &["settle", "acme", "access.review", "--ours"],
    ] {
        env.run(args)
            .failure()
            .stderr(predicate::str::contains(at.as_str()))
            .stderr(predicate::str::contains("git merge --abort"))
            .stderr(predicate::str::contains("srm-assess git-setup --local"))
            .stderr(predicate::str::contains("previous version is in").not());
    }
    env.run(&["list"])
        .success()
        .stdout(predicate::str::contains(format!(
            "git merge conflict from line {line}"
        )));
    env.run(&["fleet", "--all", "--fail-on", "high"])
        .failure()
        .stdout(
            predicate::str::contains("git merge conflict").or(predicate::str::contains("acme")),
        );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), marked);
}

/// W1: `fleet --fail-on` never passes on what it did not check: a broken
/// file, named or found, an `--as-of` before an assessment's creation,
/// and `--only` matching nothing all fail the gate (exit 1), naming each
/// instance not checked.
#[test]
fn a_fleet_gate_never_passes_on_nothing() {
    let env = Env::new();
    crate::common::binary::create_with(&env.data(), &[], "prod", &["--org", "Initech"]);
    crate::common::binary::create_with(&env.data(), &[], "sandbox", &["--org", "Initech"]);
    env.run(&["fleet", "--all", "--fail-on", "high"]).success();
    let broken = env.data().join("assessments").join("prod.toml");
    std::fs::write(&broken, "format = 1\nbroken = [\n").expect("break");
    for args in [
        &["fleet", "prod", "--fail-on", "high"][..],
        &["fleet", "--all", "--fail-on", "high"],
    ] {
        env.run(args)
            .code(1)
            .stdout(predicate::str::contains("prod: not checked:"))
            .stderr(predicate::str::contains("could not be checked"));
    }
    // Under --only, the unreadable file is counted, never named.
    env.run(&["fleet", "--all", "--only", "Initech", "--fail-on", "high"])
        .code(1)
        .stdout(predicate::str::contains(
            "1 assessment file(s) could not be read",
        ))
        .stdout(predicate::str::contains("prod").not());
    std::fs::remove_file(&broken).expect("remove");
    env.run(&["fleet", "--all", "--only", "Globex", "--fail-on", "high"])
        .code(1)
        .stderr(predicate::str::contains("matched no assessment"));
    env.run(&[
        "fleet",
        "--all",
        "--as-of",
        "2020-01-01",
        "--fail-on",
        "high",
    ])
    .code(1)
    .stdout(predicate::str::contains("sandbox: not checked:"));
    env.run(&["fleet", "--all", "--fail-on", "high"])
        .success()
        .stdout(predicate::str::contains("Checked 1 instances"));
}

/// W10: `fleet --since` a folder that is not there, or a revision that is
/// not one, is an error rather than a report without a trend.
#[test]
fn fleet_since_nothing_is_an_error() {
    let env = Env::new();
    env.create("prod", &[]);
    let typo = env.root().join("2026-q3-typo");
    env.run(&["fleet", "--all", "--since", typo.to_str().expect("UTF-8")])
        .code(1)
        .stderr(predicate::str::contains(
            "neither a folder nor a git revision",
        ));
}

/// W3: under `--only`, an older copy that is another organization's
/// never lends its score to the trend.
#[test]
fn fleet_since_never_compares_with_another_organizations_copy() {
    let env = Env::new();
    crate::common::binary::create_with(&env.data(), &[], "init-prod", &["--org", "Initech"]);
    crate::common::binary::create_with(&env.data(), &[], "globex", &["--org", "Globex"]);
    env.run(&["answer", "globex", "access.sso", "yes"])
        .success();
    env.run(&["answer", "globex", "access.review", "no"])
        .success();
    let old = env.root().join("old");
    std::fs::create_dir(&old).expect("old");
    std::fs::copy(
        env.data().join("assessments").join("globex.toml"),
        old.join("init-prod.toml"),
    )
    .expect("copy");
    let out = env
        .run(&[
            "fleet",
            "--all",
            "--only",
            "Initech",
            "--since",
            old.to_str().expect("UTF-8"),
            "--format",
            "json",
        ])
        .success();
    let json = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(!json.contains("\"score_before\": 50"), "{json}");
    assert!(!json.contains("Globex"), "{json}");
}

/// W9: two folders that each hold a `q.toml` are two questionnaires,
/// whatever the assessments recorded and in whichever order they come.
#[test]
fn fleet_reads_each_folders_own_questionnaire() {
    let env = Env::new();
    let builtin = srm_assess::questionnaire::BUILTIN_TOML;
    let newer = builtin.replacen("version = \"", "version = \"9-", 1);
    let mut paths = Vec::new();
    for (folder, text) in [("A", builtin.to_string()), ("B", newer)] {
        let dir = env.root().join(folder);
        std::fs::create_dir(&dir).expect("dir");
        let q = dir.join("q.toml");
        std::fs::write(&q, &text).expect("q");
        let a = dir.join(format!("{}.toml", folder.to_lowercase()));
        crate::common::binary::create_with(
            &env.data(),
            &["--questionnaire", q.to_str().expect("UTF-8")],
            a.to_str().expect("UTF-8"),
            &[],
        );
        paths.push(a.display().to_string());
    }
    // Both record the same file name and the same digest (a copy).
    let a_text = std::fs::read_to_string(&paths[0]).expect("a");
    let sha = a_text
        .lines()
        .find(|l| l.starts_with("sha256"))
        .expect("sha256 line")
        .to_string();
    let b_text = std::fs::read_to_string(&paths[1]).expect("b");
    let b_sha = b_text
        .lines()
        .find(|l| l.starts_with("sha256"))
        .expect("sha");
    std::fs::write(&paths[1], b_text.replace(b_sha, &sha)).expect("write");
    for order in [[0, 1], [1, 0]] {
        let out = env
            .run(&[
                "fleet",
                &paths[order[0]],
                &paths[order[1]],
                "--format",
                "json",
            ])
            .success();
        let json = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(json.contains("9-"), "B's revision is missing: {json}");
    }
}

/// W7: the questionnaire file a shared assessment records is read only
/// inside the assessment's folder tree (or repository), or when the user
/// vouched for it with `--questionnaire`; an error never quotes the
/// content of a file that is not a questionnaire; a FIFO is named so.
#[test]
fn a_teammates_file_cannot_make_you_read_anything() {
    let env = Env::new();
    let team = env.root().join("team");
    std::fs::create_dir(&team).expect("team");
    let secret = env.root().join("secret.toml");
    std::fs::write(
        &secret,
        "title = \"SECRET-TITLE-VALUE\"\ntoken = \"SECRET-TOKEN\"\n",
    )
    .expect("secret");
    let a = team.join("a.toml");
    let a_str = a.to_str().expect("UTF-8");
    env.run(&["new", a_str, "--no-open"]).success();
    let text = std::fs::read_to_string(&a).expect("a");
    let point = |file: &str| {
        let with = text.replacen(
            "[questionnaire]\n",
            &format!("[questionnaire]\nfile = \"{file}\"\n"),
            1,
        );
        std::fs::write(&a, with).expect("write");
    };
    // Outside: refused by name, never read.
    point("../secret.toml");
    for args in [
        &["report", a_str][..],
        &["check", a_str, "--fail-on", "high"],
    ] {
        env.run(args)
            .code(1)
            .stderr(predicate::str::contains("outside the assessment's folder"))
            .stderr(predicate::str::contains("SECRET").not());
    }
    // Given on the command line, the user vouches for it: read (and, not
    // being a questionnaire, refused by its own words).
    env.run(&[
        "--questionnaire",
        secret.to_str().expect("UTF-8"),
        "report",
        a_str,
    ])
    .failure();
    // Inside, but not a questionnaire: named, its content never quoted.
    let inside = team.join("q.toml");
    std::fs::copy(&secret, &inside).expect("copy");
    point("q.toml");
    env.run(&["report", a_str])
        .code(1)
        .stderr(predicate::str::contains("is not a valid questionnaire"))
        .stderr(predicate::str::contains("SECRET").not());
    // A FIFO is said to be one, not "moved or deleted".
    #[cfg(unix)]
    {
        crate::common::mkfifo(&team.join("pipe.toml"));
        point("pipe.toml");
        env.run(&["report", a_str])
            .code(1)
            .stderr(predicate::str::contains("not a regular file"))
            .stderr(predicate::str::contains("moved or deleted").not());
    }
}
