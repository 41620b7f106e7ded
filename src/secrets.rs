//! Notes that look like credentials. Assessments are shared and kept in
//! git, so a pasted API token or private key is a leak: srm-assess warns
//! before saving one, and `report --redact` hides them.
//!
//! The shapes follow the published gitleaks rules (config/gitleaks.toml,
//! MIT): providers' token prefixes and webhook addresses as regular
//! expressions ([`SHAPES`]), plus a scanner for what a rule set cannot
//! say well: `password = …` assignments, `Bearer …` headers and bare
//! 40-character keys.

use std::sync::LazyLock;

use regex::Regex;

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

/// Providers' credential shapes, after gitleaks' rules: the kind, and the
/// expression (its first group, when it has one, is what to hide).
const SHAPES: &[(Kind, &str)] = &[
    (
        Kind::UrlPassword,
        r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/?#@]{1,128}:([^\s/?#@]{1,256})@",
    ),
    // Zendesk's `EMAIL/token:TOKEN` (basic authentication with an API
    // token), whatever the token's length.
    (
        Kind::ZendeskToken,
        r"[^\s@/:]{1,64}@[^\s@/:]{1,255}/token:([A-Za-z0-9+/=_-]{6,256})",
    ),
    (
        Kind::Webhook,
        r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,80}",
    ),
    (
        Kind::Webhook,
        r"https://[a-z0-9.-]{1,64}\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/._-]{20,400}",
    ),
    (
        Kind::Webhook,
        r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{5,30}/[A-Za-z0-9_-]{20,100}",
    ),
    (Kind::SlackToken, r"\bxox[abeoprs]-[0-9A-Za-z-]{10,250}"),
    (
        Kind::SlackToken,
        r"\bxapp-[0-9]-[A-Z0-9]{1,20}-[0-9]{1,20}-[a-z0-9]{10,100}",
    ),
    (
        Kind::Service("GitLab"),
        r"\bgl(?:pat|dt|rt|ft|ffct|soat|oas|imt|agent|cbt|ptt)-[A-Za-z0-9_.-]{20,300}",
    ),
    (Kind::Service("GitLab"), r"\bGR1348941[A-Za-z0-9_-]{20}"),
    (Kind::Service("npm"), r"(?i)\bnpm_[a-z0-9]{36}\b"),
    (
        Kind::Service("PyPI"),
        r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}",
    ),
    (
        Kind::Service("OpenAI"),
        r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}",
    ),
    (
        Kind::Service("OpenAI"),
        r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b",
    ),
    (Kind::Service("OpenAI"), r"\bsk-[A-Za-z0-9]{48}\b"),
    (
        Kind::Service("Anthropic"),
        r"\bsk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{20,200}",
    ),
    (
        Kind::Service("SendGrid"),
        r"\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}",
    ),
    (Kind::Service("Twilio"), r"\bSK[0-9a-fA-F]{32}\b"),
    (Kind::Service("Mailgun"), r"\bkey-[0-9a-f]{32}\b"),
    (
        Kind::Service("Shopify"),
        r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b",
    ),
    (
        Kind::Service("Atlassian"),
        r"\bATATT3[A-Za-z0-9_=-]{100,300}",
    ),
    (
        Kind::Service("Azure"),
        r"(?:^|[\s'\x60=:(,>])([a-zA-Z0-9_~.]{3}[0-9]Q~[a-zA-Z0-9_~.-]{31,34})(?:$|[\s'\x60<),])",
    ),
    (
        Kind::Service("Azure"),
        r"(?i)AccountKey=([A-Za-z0-9+/]{80,100}={0,2})",
    ),
    (Kind::Service("Hugging Face"), r"\bhf_[A-Za-z]{34}\b"),
    (
        Kind::Service("DigitalOcean"),
        r"\bdo[opr]_v1_[a-f0-9]{64}\b",
    ),
    (Kind::Service("Linear"), r"\blin_api_[A-Za-z0-9]{40}\b"),
    (
        Kind::Service("Postman"),
        r"\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b",
    ),
    (Kind::Service("Doppler"), r"\bdp\.pt\.[A-Za-z0-9]{43}\b"),
    (Kind::Service("Vault"), r"\bhv[sb]\.[A-Za-z0-9_-]{24,300}"),
    (
        Kind::Service("Terraform Cloud"),
        r"\b[a-z0-9]{14}\.atlasv1\.[a-z0-9_=-]{60,70}",
    ),
    (
        Kind::Service("Grafana"),
        r"\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b",
    ),
    (
        Kind::Service("Grafana"),
        r"\bglc_[A-Za-z0-9+/]{32,400}={0,3}",
    ),
    (Kind::Service("Databricks"), r"\bdapi[a-f0-9]{32}\b"),
    (
        Kind::Service("Square"),
        r"\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}",
    ),
    (Kind::Service("Docker"), r"\bdckr_pat_[A-Za-z0-9_-]{20,100}"),
    (
        Kind::Service("Telegram"),
        r"\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}\b",
    ),
    (Kind::Service("age"), r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b"),
    (
        Kind::Service("1Password"),
        r"\bops_eyJ[A-Za-z0-9+/]{100,}={0,3}",
    ),
    (Kind::Service("Heroku"), r"\bHRKU-AA[0-9a-zA-Z_-]{58}"),
    (Kind::Service("Google OAuth"), r"\bGOCSPX-[A-Za-z0-9_-]{28}"),
    (
        Kind::Service("Google OAuth"),
        r"\bya29\.[A-Za-z0-9_-]{20,500}",
    ),
    (
        Kind::StripeKey,
        r"\b(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}\b",
    ),
    (Kind::StripeKey, r"\bwhsec_[a-zA-Z0-9]{24,64}\b"),
];

/// [`SHAPES`], compiled once.
static COMPILED: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    SHAPES
        .iter()
        .filter_map(|(kind, pattern)| Regex::new(pattern).ok().map(|re| (*kind, re)))
        .collect()
});

/// Every match of the providers' shapes.
fn shape_findings(text: &str, found: &mut Vec<Finding>) {
    for (kind, re) in COMPILED.iter() {
        for caps in re.captures_iter(text) {
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
                continue;
            };
            let value = m.as_str();
            let placeholder = value.chars().all(|c| matches!(c, '*' | 'x' | 'X' | '.'))
                || value.starts_with('<')
                || value.starts_with('$');
            if !placeholder {
                found.push(Finding {
                    kind: *kind,
                    start: m.start(),
                    end: m.end(),
                });
            }
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
    if ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"]
        .iter()
        .any(|p| word.starts_with(p))
        && word.len() == 20
        && upper_digits(word)
    {
        return Some(Kind::AwsKey);
    }
    // An AWS secret access key: 40 characters of base64 with a `/` or `+`
    // and both cases (a path or a hex digest has not all of these).
    if word.len() == 40
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '+')
        && word.contains(['/', '+'])
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
        && !word.starts_with('/')
    {
        return Some(Kind::AwsSecret);
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
    // An unsigned token (`alg: none`): a header and a payload, and an
    // empty signature (the final `.` was trimmed above).
    if parts.len() == 2 && parts[0].starts_with("eyJ") && parts[1].starts_with("eyJ") {
        return Some(Kind::Jwt);
    }
    // Credentials wrapped in base64 without their `Basic` scheme: a word
    // that decodes to text holding a credential itself.
    if word.len() >= 16
        && let Some(inner) = base64_text(word)
        && (inner.contains("/token:") || !find(&inner).is_empty())
    {
        return Some(Kind::Bearer);
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

/// `word` decoded from standard base64 (padded or not), when it is
/// printable text: what a `Basic` header carries.
fn base64_text(word: &str) -> Option<String> {
    let digits = word.trim_end_matches('=');
    if digits.len() % 4 == 1 || word.len() - digits.len() > 2 {
        return None;
    }
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for c in digits.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    let text = String::from_utf8(out).ok()?;
    text.chars().all(|c| !c.is_control()).then_some(text)
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
    const KEYS: [&str; 19] = [
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
        "access_key",
        "secret_key",
        "accesskey",
        "secretkey",
        "credentials",
        "credential",
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
    // A quoted value runs to its closing quote, spaces and all (a
    // passphrase); so does a passphrase's unquoted value, to the line's end.
    let quote = after_sep[..gap]
        .chars()
        .rev()
        .find(|c| matches!(c, '"' | '\''));
    let passphrase = is_key("passphrase");
    let value_len = text[value_start..]
        .find(|c: char| match quote {
            Some(q) => c == q || c == '\n',
            None if passphrase => matches!(c, '\n' | ',' | ';'),
            None => c.is_whitespace() || c == '"' || c == '\'' || c == ',' || c == ';',
        })
        .unwrap_or(text.len() - value_start);
    let value_len = text[value_start..value_start + value_len].trim_end().len();
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
    // Several plain words are a passphrase only when quoted or so named;
    // otherwise a sentence ("password: Recommended for agents").
    let spaced = value.contains(' ');
    if spaced && quote.is_none() && !passphrase {
        return None;
    }
    (value_len >= 6 && !placeholder && !plain_word).then_some(value_start + value_len)
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
