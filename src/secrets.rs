//! Notes that look like credentials. Assessments are shared and kept in
//! git, so a pasted API token or private key is a leak: srm-assess warns
//! before saving one, and `report --redact` hides them.

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
}

impl Kind {
    /// A short English description.
    pub fn describe(self) -> &'static str {
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
        }
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
    while let Some(at) = text[from..].find("-----BEGIN ") {
        let start = from + at;
        let header_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !text[start..header_end].contains("PRIVATE KEY") {
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
    found.sort_by_key(|f| f.start);
    let mut kept: Vec<Finding> = Vec::new();
    for f in found {
        if kept.last().is_none_or(|k| f.start >= k.end) {
            kept.push(f);
        }
    }
    kept
}

fn alnum_after(word: &str, prefix: &str, min: usize) -> bool {
    word.strip_prefix(prefix).is_some_and(|rest| {
        rest.len() >= min && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

fn token_kind(word: &str) -> Option<Kind> {
    let word = word.trim_end_matches(['.', '/', '=']);
    let upper_digits = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if (word.starts_with("AKIA") || word.starts_with("ASIA"))
        && word.len() == 20
        && upper_digits(word)
    {
        return Some(Kind::AwsKey);
    }
    if ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
        .iter()
        .any(|p| alnum_after(word, p, 30))
        || alnum_after(word, "github_pat_", 30)
    {
        return Some(Kind::GitHubToken);
    }
    if ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"]
        .iter()
        .any(|p| word.starts_with(p) && word.len() >= 20)
    {
        return Some(Kind::SlackToken);
    }
    if word.starts_with("AIza") && word.len() == 39 {
        return Some(Kind::GoogleKey);
    }
    if ["sk_live_", "rk_live_"]
        .iter()
        .any(|p| alnum_after(word, p, 16))
    {
        return Some(Kind::StripeKey);
    }
    let parts: Vec<&str> = word.split('.').collect();
    if parts.len() == 3 && parts[0].starts_with("eyJ") && parts.iter().all(|p| p.len() >= 8) {
        return Some(Kind::Jwt);
    }
    // Zendesk API tokens are 40 letters and digits of both cases; a hex
    // digest (a git commit, a SHA-1) is one case only and is left alone.
    if word.len() == 40
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word.chars().any(|c| c.is_ascii_digit())
    {
        return Some(Kind::ZendeskToken);
    }
    None
}

/// `Bearer abc…` or `Basic abc…` (the credentials of an `Authorization`
/// header): the end of the token when the word at `start` is one of those
/// and a token of at least 12 characters follows.
fn bearer(text: &str, start: usize, len: usize) -> Option<usize> {
    let word = &text[start..start + len];
    if !(word.eq_ignore_ascii_case("bearer") || word.eq_ignore_ascii_case("basic")) {
        return None;
    }
    let rest = &text[start + len..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if gap == 0 {
        return None;
    }
    let token_start = start + len + gap;
    let token_len = run_len(text, token_start, |c| {
        is_word(c) || matches!(c, '.' | '/' | '+' | '=' | '~')
    });
    let token = &text[token_start..token_start + token_len];
    let looks_secret = token.len() >= 12 && token.chars().any(|c| c.is_ascii_digit());
    looks_secret.then_some(token_start + token_len)
}

/// `password = value`, `token: value`: the end of the value when the word at
/// `start` is such a key and the value looks like a secret.
fn assignment(text: &str, start: usize, len: usize) -> Option<usize> {
    const KEYS: [&str; 13] = [
        "password",
        "passwd",
        "passphrase",
        "pwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "api-key",
        "client_secret",
        "private_key",
        "authorization",
        "auth",
    ];
    let rest = &text[start + len..];
    // A quoted key (`"password": …`) closes its quote before the separator.
    // Checked first: most words are followed by no separator at all.
    let sep = rest.len() - rest.trim_start_matches([' ', '\t', '"', '\'']).len();
    let after_sep = rest[sep..].strip_prefix([':', '='])?;
    let key = &text[start..start + len];
    let is_key = |k: &str| {
        key.len() >= k.len()
            && key[key.len() - k.len()..].eq_ignore_ascii_case(k)
            && (key.len() == k.len()
                || matches!(key.as_bytes()[key.len() - k.len() - 1], b'_' | b'-'))
    };
    if !KEYS.iter().any(|k| is_key(k)) {
        return None;
    }
    let gap = after_sep.len() - after_sep.trim_start_matches([' ', '\t', '"', '\'']).len();
    let value_start = start + len + sep + 1 + gap;
    let value_len = text[value_start..]
        .find(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == ',' || c == ';')
        .unwrap_or(text.len() - value_start);
    // `Authorization: Bearer abc…`: the credentials follow the scheme.
    if let Some(end) = bearer(text, value_start, value_len) {
        return Some(end);
    }
    let value = &text[value_start..value_start + value_len];
    let placeholder = value
        .chars()
        .all(|c| c == '*' || c == 'x' || c == 'X' || c == '.')
        || value.starts_with('<');
    // A short plain word is a description ("password: Recommended"), not a
    // secret; anything with a digit or a symbol, or long, may be one.
    let plain_word = value.len() < 12 && value.chars().all(char::is_alphabetic);
    (value_len >= 6 && !placeholder && !plain_word).then_some(value_start + value_len)
}

/// `text` with every finding replaced by `[redacted: KIND]`.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in find(text) {
        out.push_str(&text[at..f.start]);
        out.push_str("[redacted: ");
        out.push_str(f.kind.describe());
        out.push(']');
        at = f.end;
    }
    out.push_str(&text[at..]);
    out
}

/// What a kind of credential is, in the messages' language.
pub fn describe(kind: Kind) -> &'static str {
    match crate::messages::lang() {
        crate::lang::Lang::En => kind.describe(),
        crate::lang::Lang::It => match kind {
            Kind::PrivateKey => "una chiave privata",
            Kind::AwsKey => "una chiave di accesso AWS",
            Kind::GitHubToken => "un token GitHub",
            Kind::SlackToken => "un token Slack",
            Kind::GoogleKey => "una chiave API Google",
            Kind::StripeKey => "una chiave segreta Stripe",
            Kind::Jwt => "un JSON Web Token",
            Kind::ZendeskToken => "un token API",
            Kind::Bearer => "un'intestazione di autorizzazione",
            Kind::Assignment => "una password o un token",
        },
    }
}

#[cfg(test)]
#[path = "secrets_tests.rs"]
mod tests;
