//! The credential shapes found word by word: token prefixes, base64
//! credentials, `Bearer …` and `password = …` assignments.

use super::{Kind, find, is_word, run_len};

pub(super) fn alnum_after(word: &str, prefix: &str, min: usize) -> bool {
    word.strip_prefix(prefix).is_some_and(|rest| {
        rest.len() >= min && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

pub(super) fn token_kind(word: &str) -> Option<Kind> {
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
pub(super) fn base64_text(word: &str) -> Option<String> {
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
pub(super) fn bearer(text: &str, start: usize, len: usize) -> Option<usize> {
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
pub(super) fn assignment(text: &str, start: usize, len: usize) -> Option<usize> {
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
