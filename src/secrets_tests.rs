//! Unit tests of `secrets`.
use super::*;

fn kinds(text: &str) -> Vec<Kind> {
    find(text).into_iter().map(|f| f.kind).collect()
}

#[test]
fn finds_common_credentials() {
    assert_eq!(
        kinds("key AKIAIOSFODNN7EXAMPLE in the wiki"),
        [Kind::AwsKey]
    );
    assert_eq!(
        kinds("ghp_0123456789abcdefghijABCDEFGHIJ012345"),
        [Kind::GitHubToken]
    );
    assert_eq!(kinds("xoxb-123456789012-abcdefghij"), [Kind::SlackToken]);
    assert_eq!(
        kinds(
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        ),
        [Kind::Jwt]
    );
    assert_eq!(kinds("password = hunter2hunter2"), [Kind::Assignment]);
    assert_eq!(kinds("password=Hunter2Secret"), [Kind::Assignment]);
    assert_eq!(kinds("token=abcdef123456"), [Kind::Assignment]);
    assert_eq!(kinds("zd_api_token=Xy7aB3kL9mN2"), [Kind::Assignment]);
    assert_eq!(kinds(r#"{"password": "s3cr3t-value"}"#), [Kind::Assignment]);
    assert_eq!(kinds("password: \"s3cr3t value\""), [Kind::Assignment]);
    assert_eq!(
        kinds("Authorization: Bearer abcDEF123456ghiJKL789"),
        [Kind::Assignment]
    );
    assert_eq!(
        kinds("curl -H 'Bearer abcDEF123456ghiJKL789'"),
        [Kind::Bearer]
    );
    assert_eq!(
        kinds("token is aB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0zA3bC6dE9f"),
        [Kind::ZendeskToken]
    );
    assert_eq!(kinds("API_TOKEN: 'a1b2c3d4e5f6'"), [Kind::Assignment]);
    assert_eq!(
        kinds("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nafter"),
        [Kind::PrivateKey]
    );
}

#[test]
fn ordinary_notes_are_left_alone() {
    for text in [
        "Password policy is Recommended; tokens are rotated quarterly.",
        "password: ******",
        "token = <your token>",
        "See https://support.zendesk.com/hc/en-us/articles/4408889192858",
        "Ticket ABC-1234 reviewed by the owner.",
        "-----BEGIN CERTIFICATE-----",
        "Password: Recommended for team members",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it",
        "Bearer tokens are not used",
    ] {
        assert!(find(text).is_empty(), "{text}");
    }
}

#[test]
fn the_whole_authorization_value_is_redacted() {
    assert_eq!(
        redact("Authorization: Bearer abcDEF123456ghiJKL789 (old)"),
        "[redacted: a password or token] (old)"
    );
}

#[test]
fn redaction_keeps_the_rest() {
    assert_eq!(
        redact("old key AKIAIOSFODNN7EXAMPLE, now rotated"),
        "old key [redacted: an AWS access key], now rotated"
    );
}

#[path = "../tests/suite/common/credentials.rs"]
mod credentials;
use credentials::corpus;

#[test]
fn every_shape_of_the_corpus_is_found_and_redacted_whole() {
    let corpus = corpus();
    assert!(corpus.len() >= 43, "{}", corpus.len());
    let mut missed = Vec::new();
    for (what, text, secret) in &corpus {
        let note = format!("Rotated after the audit. {text} (old)");
        let redacted = redact(&note);
        if find(&note).is_empty() || redacted.contains(secret.as_str()) {
            missed.push(format!("{what}: {redacted}"));
        }
        assert!(
            redacted.starts_with("Rotated after the audit. "),
            "{redacted}"
        );
    }
    assert!(
        missed.is_empty(),
        "missed {} shapes:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

#[test]
fn a_password_in_an_address_is_hidden_and_the_address_stays_one() {
    assert_eq!(
        redact("see https://ann:S3cret@wiki.example/x now"),
        "see https://ann:REDACTED@wiki.example/x now"
    );
    assert!(find("https://wiki.example:8443/x and mailto:ann@example.com").is_empty());
}

/// A credential inside an address is replaced by a marker that keeps the
/// address one word: the Markdown report makes it an autolink, which
/// `[redacted: …]`'s space and brackets broke (`<https://…?[redacted>`).
#[test]
fn a_credential_inside_an_address_keeps_the_address_whole() {
    assert_eq!(
        redact("see https://x.example/cb?token=abcdef123456&x=1 now"),
        "see https://x.example/cb?REDACTED now"
    );
    assert_eq!(
        redact("token=abcdef123456 alone"),
        "[redacted: a password or token] alone"
    );
}

/// The shapes the fourth attack review found unseen (W14).
#[test]
fn split_headers_unsigned_tokens_and_wrapped_credentials_are_found() {
    assert_eq!(
        kinds("-----BEGIN RSA PRIVATE\nKEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"),
        [Kind::PrivateKey]
    );
    assert_eq!(
        kinds("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."),
        [Kind::Jwt]
    );
    assert_eq!(
        kinds("admin@acme.example/token:short1"),
        [Kind::ZendeskToken]
    );
    // Ordinary long words are not base64 credentials.
    assert!(find("administratively internationalisation").is_empty());
    assert!(find("eyJhbGciOiJub25lIn0 alone").is_empty());
}
