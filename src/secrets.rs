//! Notes that look like credentials. Assessments are shared and kept in
//! git, so a pasted API token or private key is a leak: srm-assess warns
//! before saving one, and `report --redact` hides them.
//!
//! The shapes follow the published gitleaks rules (config/gitleaks.toml,
//! MIT): providers' token prefixes and webhook addresses as regular
//! expressions ([`SHAPES`]), plus a scanner for what a rule set cannot
//! say well: `password = …` assignments, `Bearer …` headers and bare
//! 40-character keys.

mod shapes;
mod words;

use shapes::shape_findings;
use words::{assignment, bearer, token_kind};

/// What kind of credential a finding looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A PEM private key block.
    PrivateKey,
    /// An AWS access key id.
    AwsKey,
    /// A GitHub token.
    GitHubToken,
    /// A Slack token.
    SlackToken,
    /// A Google API key.
    GoogleKey,
    /// A Stripe secret key.
    StripeKey,
    /// A JSON Web Token.
    Jwt,
    /// A Zendesk API token: 40 letters and digits.
    ZendeskToken,
    /// `Bearer …` or `Basic …`, as in an `Authorization` header.
    Bearer,
    /// `password = …`, `token: …`, `api_key=…` and the like.
    Assignment,
    /// A password in a web address (`https://user:pass@host`).
    UrlPassword,
    /// An AWS secret access key: 40 characters of base64.
    AwsSecret,
    /// A webhook address, which is its own credential (Slack, Teams,
    /// Discord).
    Webhook,
    /// A provider's token, recognised by its prefix: the provider's name.
    Service(&'static str),
}

impl Kind {
    /// A short English description.
    pub fn describe(self) -> String {
        if let Kind::Service(name) = self {
            return format!("a {name} token");
        }
        match self {
            Kind::PrivateKey => "a private key",
            Kind::AwsKey => "an AWS access key",
            Kind::GitHubToken => "a GitHub token",
            Kind::SlackToken => "a Slack token",
            Kind::GoogleKey => "a Google API key",
            Kind::StripeKey => "a Stripe secret key",
            Kind::Jwt => "a JSON Web Token",
            Kind::ZendeskToken => "an API token",
            Kind::Bearer => "an authorization header",
            Kind::Assignment => "a password or token",
            Kind::UrlPassword => "a password in a web address",
            Kind::AwsSecret => "an AWS secret access key",
            Kind::Webhook => "a webhook address",
            Kind::Service(_) => "a token",
        }
        .to_string()
    }
}

/// One credential-like stretch of text (byte range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// What it looks like.
    pub kind: Kind,
    /// Where it starts.
    pub start: usize,
    /// Where it ends.
    pub end: usize,
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
}

fn run_len(text: &str, from: usize, ok: impl Fn(char) -> bool) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !ok(c))
        .map_or(text.len() - from, |(i, _)| i)
}

/// Every credential-like stretch in `text`, in order, not overlapping.
pub fn find(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    // Private keys: the whole block.
    let mut from = 0;
    while let Some(at) = text[from..].find("-----BEGIN") {
        let start = from + at;
        // The header runs to its closing dashes, even when a line break
        // splits it (`-----BEGIN RSA PRIVATE` / `KEY-----`).
        let header_end = text[start + 10..]
            .find("-----")
            .map_or(text.len(), |i| start + 10 + i);
        let header: Vec<&str> = text[start + 10..header_end].split_whitespace().collect();
        if !header.windows(2).any(|w| w == ["PRIVATE", "KEY"]) {
            from = start + 1;
            continue;
        }
        let end = text[start..].find("-----END ").map_or(text.len(), |i| {
            let e = start + i;
            text[e..].find('\n').map_or(text.len(), |j| e + j)
        });
        found.push(Finding {
            kind: Kind::PrivateKey,
            start,
            end,
        });
        from = end.max(start + 1);
    }
    // Tokens: scan word by word.
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if !is_word(c) || (i > 0 && text[..i].chars().next_back().is_some_and(is_word)) {
            i += c.len_utf8();
            continue;
        }
        // `password=…`: the key is the plain word, before any `=`.
        let key_len = run_len(text, i, is_word);
        if let Some(end) = assignment(text, i, key_len) {
            found.push(Finding {
                kind: Kind::Assignment,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        if let Some(end) = bearer(text, i, key_len) {
            found.push(Finding {
                kind: Kind::Bearer,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        let len = run_len(text, i, |c| {
            is_word(c) || c == '.' || c == '/' || c == '+' || c == '='
        });
        let word = &text[i..i + len];
        if let Some(kind) = token_kind(word) {
            found.push(Finding {
                kind,
                start: i,
                end: i + len,
            });
        }
        i += len.max(c.len_utf8());
    }
    shape_findings(text, &mut found);
    // Earliest first; of two starting together, the longer.
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Finding> = Vec::new();
    for f in found {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    kept
}

/// `text` with every finding replaced by `[redacted: KIND]`.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in find(text) {
        out.push_str(&text[at..f.start]);
        // The stretch of text without spaces the finding starts in.
        let word_start = text[..f.start].rfind(char::is_whitespace).map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        let in_address = text[word_start..f.start].contains("://");
        if f.kind == Kind::UrlPassword || in_address {
            // Inside an address: a marker that keeps it one address.
            out.push_str("REDACTED");
        } else {
            out.push_str("[redacted: ");
            out.push_str(&f.kind.describe());
            out.push(']');
        }
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
#[path = "secrets_tests.rs"]
mod tests;
