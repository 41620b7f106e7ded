//! What keeps the probe harmless: the token's scopes (read only), its
//! user (an admin), and the token kept out of everything written.

use serde_json::Value;

use super::{Fetched, ProbeError};

/// Refuses a token that can do more than read: every scope must be
/// `read` or `RESOURCE:read` (a bare resource such as `tickets` means
/// read and write).
pub(super) fn check_scopes(got: &Fetched) -> Result<(), ProbeError> {
    if got.status != 200 {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    }
    let Some(scopes) = got
        .document
        .pointer("/token/scopes")
        .and_then(Value::as_array)
    else {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    };
    let scopes: Vec<String> = scopes
        .iter()
        .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string))
        .collect();
    let beyond: Vec<String> = scopes
        .iter()
        .filter(|s| !read_only_scope(s))
        .cloned()
        .collect();
    if !beyond.is_empty() {
        return Err(ProbeError::WriteScopes { scopes: beyond });
    }
    if scopes.is_empty() {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    }
    // Resource scopes alone (`users:read`) do not reach the account
    // settings, OAuth clients, brands, custom roles or deletion schedules,
    // which no resource scope covers: their 403s would read as "not on
    // this plan". Plain `read` is needed.
    if !scopes.iter().any(|s| s == "read") {
        return Err(ProbeError::NoReadScope { scopes });
    }
    Ok(())
}

/// Whether a scope only reads: `read`, or `RESOURCE:read` where RESOURCE
/// is a plain resource name (lowercase letters and `_`), never `write`,
/// `impersonate` or `read` itself. Whole names are compared: `write:read`
/// and `tickets:read:write` are not read-only.
pub(super) fn read_only_scope(scope: &str) -> bool {
    if scope == "read" {
        return true;
    }
    let Some((resource, access)) = scope.split_once(':') else {
        return false;
    };
    access == "read"
        && !resource.is_empty()
        && resource
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_')
        && !matches!(resource, "write" | "impersonate" | "read")
}

/// Refuses a token whose user is not an admin: the endpoints that show
/// the account's security are for admins, and an agent's 403s would read
/// as "not on this plan".
pub(super) fn check_admin(got: &Fetched) -> Result<(), ProbeError> {
    let role = got
        .document
        .pointer("/user/role")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if got.status == 200 && role == "admin" {
        Ok(())
    } else {
        Err(ProbeError::NotAdmin {
            role: crate::sanitize::one_line(role),
        })
    }
}

/// Whether `text` (a decoded string) holds `secret`, as it is or
/// percent-encoded in any mix of escapes.
pub fn holds_secret(text: &str, secret: &str) -> bool {
    !secret.is_empty() && (text.contains(secret) || percent_decoded(text).contains(secret))
}

/// `text` with every `%XX` escape decoded (bytes that do not form UTF-8
/// are replaced).
pub(super) fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A response body with the secret taken out wherever it stands: in a
/// JSON body, every string that holds it (however the JSON escaped it,
/// percent-encoded too) is cleaned and the body written again; any other
/// body has its plain and percent-encoded forms replaced. A body without
/// the secret is returned byte for byte.
pub fn scrub_secret(body: &[u8], secret: &str, mark: &str) -> Vec<u8> {
    if secret.is_empty() {
        return body.to_vec();
    }
    if let Ok(mut value) = serde_json::from_slice::<Value>(body) {
        if scrub_value(&mut value, secret, mark) {
            return value.to_string().into_bytes();
        }
        return body.to_vec();
    }
    match scrub_text(&String::from_utf8_lossy(body), secret, mark) {
        Some(cleaned) => cleaned.into_bytes(),
        None => body.to_vec(),
    }
}

/// `text` with the secret replaced by `mark`, or `None` when it holds none:
/// the plain form first, and where a percent-encoded form is left, the
/// text decoded and the secret replaced again. The one rule for bodies,
/// JSON strings and the names the probe keeps.
pub(super) fn scrub_text(text: &str, secret: &str, mark: &str) -> Option<String> {
    if !holds_secret(text, secret) {
        return None;
    }
    let plain = text.replace(secret, mark);
    Some(if holds_secret(&plain, secret) {
        percent_decoded(&plain).replace(secret, mark)
    } else {
        plain
    })
}

/// Cleans every string (and key) of `value` that holds the secret;
/// whether any did.
pub(super) fn scrub_value(value: &mut Value, secret: &str, mark: &str) -> bool {
    let clean = |text: &str| scrub_text(text, secret, mark);
    match value {
        Value::String(text) => match clean(text) {
            Some(cleaned) => {
                *text = cleaned;
                true
            }
            None => false,
        },
        Value::Array(items) => {
            let mut any = false;
            for item in items {
                any |= scrub_value(item, secret, mark);
            }
            any
        }
        Value::Object(map) => {
            let mut any = false;
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                if let Some(cleaned) = clean(&key) {
                    if let Some(v) = map.remove(&key) {
                        map.insert(cleaned, v);
                    }
                    any = true;
                }
            }
            for v in map.values_mut() {
                any |= scrub_value(v, secret, mark);
            }
            any
        }
        _ => false,
    }
}
