//! What a shared assessment file can do to the colleague who opens it:
//! nothing (the fourth attack review, `docs/hardening.md`). Each test
//! here failed before its fix.

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
