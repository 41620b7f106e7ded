//! `--record DIR` and `--replay DIR`: responses kept as files (one per
//! request: the request, status, time and body; never a header, so never
//! the token) and read back with no network. A body keeps what the rules
//! read and nothing secret: OAuth client secrets, webhook custom headers
//! and credentials, token texts are removed; people's names, e-mail
//! addresses, phone numbers and the like are replaced by a digest unless
//! `--record-personal-data` is given.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::endpoint::Endpoint;
use super::error::{ProbeError, Why};
use super::http::{Fetch, HttpResponse, MAX_BODY};
use crate::store::regular::ReadError;

mod replay;
pub use replay::Replay;

/// One recorded response.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Recorded {
    request: String,
    status: u16,
    fetched_at: Timestamp,
    body: String,
}

/// The file that holds the response to `request` in `dir`: the endpoint's
/// path made safe, and a hash of the whole request (pages differ by it).
pub fn file_for(dir: &Path, request: &str) -> PathBuf {
    let path = request.split('?').next().unwrap_or_default();
    let slug: String = path
        .trim_start_matches("/api/v2/")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    let digest = Sha256::digest(request.as_bytes());
    let hash: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    dir.join(format!("{slug}-{hash}.json"))
}

/// Passes requests to another source and keeps each response in a folder.
pub struct Recorder<F> {
    inner: F,
    dir: PathBuf,
    secret: String,
    personal: bool,
}

/// Keys whose values are never recorded: an OAuth client's secret, a
/// webhook's custom headers and credentials, token texts, passwords.
const SECRET_KEYS: [&str; 7] = [
    "secret",
    "custom_headers",
    "data",
    "token",
    "full_token",
    "refresh_token",
    "password",
];

/// Keys that hold personal data in users and audit-log entries.
const PERSONAL_KEYS: [&str; 14] = [
    "name",
    "email",
    "phone",
    "alias",
    "signature",
    "details",
    "notes",
    "photo",
    "remote_photo_url",
    "user_fields",
    "ip_address",
    "actor_name",
    "shared_phone_number",
    "external_id",
];

/// What a recording keeps of the items of some lists (`parent`: the key
/// of the list or object): they hold whatever the account put there (an
/// app's own credentials under any name, an identity provider's addresses
/// and certificates, a business rule's mail text, an app author's
/// address), so only what the rules read is kept.
fn allowed(endpoint: Endpoint, parent: &str) -> Option<&'static [&'static str]> {
    const RESTRICTIONS: [&str; 2] = ["role_restrictions", "group_restrictions"];
    match (endpoint, parent) {
        (Endpoint::AppInstallations, "installations") => Some(&[
            "id",
            "app_id",
            "enabled",
            "settings",
            "product",
            "updated_at",
            RESTRICTIONS[0],
            RESTRICTIONS[1],
        ]),
        (Endpoint::AppInstallations, "settings") => {
            Some(&["name", "title", RESTRICTIONS[0], RESTRICTIONS[1]])
        }
        (Endpoint::RemoteAuthentications, "remote_authentications") => Some(&[
            "id",
            "name",
            "agent",
            "agent_primary",
            "end_user",
            "end_user_primary",
            "is_active",
            "auth_mode",
            "auth_mode_name",
            "priority",
        ]),
        (Endpoint::OwnedApps, "apps") => {
            Some(&["id", "name", "deprecated", "obsolete", "visibility"])
        }
        (Endpoint::Triggers, "triggers") | (Endpoint::Automations, "automations") => {
            Some(&["id", "title", "active", "position", "actions"])
        }
        (Endpoint::Triggers | Endpoint::Automations, "actions") => Some(&["field", "value"]),
        // Who viewed what, from where: only when an entry was made.
        (Endpoint::AccessLogs, "access_logs") => Some(&["id", "timestamp", "method"]),
        _ => None,
    }
}

/// A business rule's action keeps only the id of the webhook or target it
/// sends to (the first of its value), never the message it sends.
fn keep_action_target(action: &mut serde_json::Map<String, serde_json::Value>) {
    use serde_json::Value;
    let field = action
        .get("field")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let target = matches!(field, "notification_webhook" | "notification_target");
    if let Some(value) = action.get_mut("value") {
        *value = match (target, value.take()) {
            (true, Value::Array(parts)) => Value::Array(parts.into_iter().take(1).collect()),
            (true, id @ (Value::String(_) | Value::Number(_))) => id,
            _ => Value::Null,
        };
    }
}

/// Network and tenant identifiers, and audit-log texts that can quote
/// people: kept only with `--record-personal-data`.
const IDENTIFYING_KEYS: [&str; 3] = [
    "office_365_allowed_tids",
    "change_description",
    "source_label",
];

/// IP ranges, each replaced by a placeholder (so that the rules still count
/// them) unless `personal`.
fn mask_ranges(value: &mut serde_json::Value) {
    if let serde_json::Value::String(ranges) = value {
        let n = ranges.split_whitespace().count();
        *ranges = vec!["[range]"; n].join(" ");
    }
}

/// Removes what a recording never keeps from `value`, in place: secrets
/// always (`data` only inside a webhook's `authentication`), personal data
/// unless `personal` (replaced by a short digest, so that equal values
/// stay equal and counts stay right).
fn scrub(value: &mut serde_json::Value, endpoint: Endpoint, personal: bool, parent: &str) {
    use serde_json::Value;
    let people = matches!(
        endpoint,
        Endpoint::Staff | Endpoint::Me | Endpoint::AuditLog | Endpoint::SettingChanges
    );
    match value {
        Value::Object(map) => {
            if let Some(keys) = allowed(endpoint, parent) {
                map.retain(|k, _| keys.contains(&k.as_str()));
                if parent == "actions" {
                    keep_action_target(map);
                }
            }
            for (key, inner) in map.iter_mut() {
                // A support address's mailbox name may be a person's; its
                // domain is what the rule reads.
                if !personal && endpoint == Endpoint::RecipientAddresses && key == "email" {
                    if let Value::String(address) = inner {
                        let domain = address.rsplit_once('@').map_or("", |(_, d)| d);
                        *inner = Value::String(format!("[removed]@{domain}"));
                    }
                    continue;
                }
                if !personal && key == "ip_ranges" {
                    mask_ranges(inner);
                    continue;
                }
                // A setting change's label names the setting, not a person.
                let setting_label = endpoint == Endpoint::SettingChanges && key == "source_label";
                if !personal
                    && IDENTIFYING_KEYS.contains(&key.as_str())
                    && !setting_label
                    && !inner.is_null()
                {
                    *inner = Value::String("[removed]".into());
                    continue;
                }
                let secret = SECRET_KEYS.contains(&key.as_str())
                    && (key != "data" || parent == "authentication");
                if secret && !inner.is_null() {
                    *inner = Value::String("[removed]".into());
                } else if people && !personal && PERSONAL_KEYS.contains(&key.as_str()) {
                    *inner = match inner {
                        Value::Null => Value::Null,
                        Value::String(text) => {
                            let digest = Sha256::digest(text.as_bytes());
                            let short: String =
                                digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
                            Value::String(format!("[personal data {short}]"))
                        }
                        _ => Value::Null,
                    };
                } else {
                    scrub(inner, endpoint, personal, key);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                scrub(item, endpoint, personal, parent);
            }
        }
        _ => {}
    }
}

/// The largest recording read back: a body of [`MAX_BODY`] bytes, each of
/// which JSON may write as a six-character escape, and the fields around.
const MAX_RECORDING: u64 = 6 * MAX_BODY + 64 * 1024;

/// The statuses a live run keeps (it stops at any other).
fn kept_status(status: u16) -> bool {
    matches!(status, 200..=299 | 403 | 404)
}

impl<F: Fetch> Recorder<F> {
    /// Records what `inner` answers into `dir` (created if missing);
    /// `secret` (the token) is removed from every body written.
    pub fn new(inner: F, dir: &Path, secret: &str) -> Result<Self, ProbeError> {
        Self::with_personal_data(inner, dir, secret, false)
    }

    /// [`Recorder::new`]; `personal` keeps people's names, e-mail
    /// addresses and phone numbers (`--record-personal-data`).
    pub fn with_personal_data(
        inner: F,
        dir: &Path,
        secret: &str,
        personal: bool,
    ) -> Result<Self, ProbeError> {
        std::fs::create_dir_all(dir).map_err(|e| ProbeError::Recording {
            path: dir.to_path_buf(),
            reason: Why::System(e.to_string()),
        })?;
        Ok(Recorder {
            inner,
            dir: dir.to_path_buf(),
            secret: secret.to_string(),
            personal,
        })
    }
}

impl<F: Fetch> Fetch for Recorder<F> {
    fn get(&mut self, endpoint: Endpoint, request: &str) -> Result<HttpResponse, ProbeError> {
        let reply = self.inner.get(endpoint, request)?;
        let body = if endpoint == Endpoint::TokenScopes {
            // Only the scopes: the token's own record may hold its text.
            let scopes = serde_json::from_slice::<serde_json::Value>(&reply.body)
                .ok()
                .and_then(|v| v.pointer("/token/scopes").cloned());
            serde_json::json!({ "token": { "scopes": scopes } }).to_string()
        } else {
            match serde_json::from_slice::<serde_json::Value>(&reply.body) {
                Ok(mut value) => {
                    scrub(&mut value, endpoint, self.personal, "");
                    value.to_string()
                }
                // Not JSON (the probe stops on it): kept for what it says.
                Err(_) => String::from_utf8_lossy(&reply.body).into_owned(),
            }
        };
        let body = super::scrub_secret(body.as_bytes(), &self.secret, "[token removed]");
        let body = String::from_utf8_lossy(&body).into_owned();
        let record = Recorded {
            request: request.to_string(),
            status: reply.status,
            fetched_at: reply.fetched_at,
            body,
        };
        let path = file_for(&self.dir, request);
        let failed = |reason: Why| ProbeError::Recording {
            path: path.clone(),
            reason,
        };
        let text = serde_json::to_string_pretty(&record)
            .map_err(|e| failed(Why::System(e.to_string())))?;
        create_new(&path, text.as_bytes()).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                failed(Why::RecordingExists)
            } else {
                failed(Why::System(e.to_string()))
            }
        })?;
        Ok(reply)
    }

    fn sent(&self) -> usize {
        self.inner.sent()
    }

    fn secret(&self) -> Option<&str> {
        self.inner.secret()
    }
}

/// Writes a new file, `0600`: never through a link (`O_EXCL` fails on
/// any existing name, a link included), never over a file this run did
/// not create. A failed write leaves no partial file.
fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}

#[cfg(test)]
#[path = "recording_tests.rs"]
mod tests;
