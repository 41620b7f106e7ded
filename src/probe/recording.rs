//! `--record DIR` and `--replay DIR`: responses kept as files (one per
//! request: the request, status, time and body; never a header, so never
//! the token) and read back with no network.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::endpoint::Endpoint;
use super::error::ProbeError;
use super::http::{Fetch, Reply};

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
}

impl<F: Fetch> Recorder<F> {
    /// Records what `inner` answers into `dir` (created if missing);
    /// `secret` (the token) is removed from every body written.
    pub fn new(inner: F, dir: &Path, secret: &str) -> Result<Self, ProbeError> {
        std::fs::create_dir_all(dir).map_err(|e| ProbeError::Recording {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        Ok(Recorder {
            inner,
            dir: dir.to_path_buf(),
            secret: secret.to_string(),
        })
    }
}

impl<F: Fetch> Fetch for Recorder<F> {
    fn get(&mut self, endpoint: Endpoint, request: &str) -> Result<Reply, ProbeError> {
        let reply = self.inner.get(endpoint, request)?;
        let body = if endpoint == Endpoint::TokenScopes {
            // Only the scopes: the token's own record may hold its text.
            let scopes = serde_json::from_slice::<serde_json::Value>(&reply.body)
                .ok()
                .and_then(|v| v.pointer("/token/scopes").cloned());
            serde_json::json!({ "token": { "scopes": scopes } }).to_string()
        } else {
            String::from_utf8_lossy(&reply.body).into_owned()
        };
        let body = if self.secret.is_empty() {
            body
        } else {
            body.replace(&self.secret, "[token removed]")
        };
        let record = Recorded {
            request: request.to_string(),
            status: reply.status,
            fetched_at: reply.fetched_at,
            body,
        };
        let path = file_for(&self.dir, request);
        let failed = |reason: String| ProbeError::Recording {
            path: path.clone(),
            reason,
        };
        let text = serde_json::to_string_pretty(&record).map_err(|e| failed(e.to_string()))?;
        crate::store::atomic::write(&path, text.as_bytes(), crate::store::atomic::Mode::Replace)
            .map_err(|e| failed(e.to_string()))?;
        Ok(reply)
    }
}

/// Reads responses recorded by [`Recorder`]; sends nothing.
pub struct Replay {
    dir: PathBuf,
}

impl Replay {
    /// Replays the recordings in `dir`.
    pub fn new(dir: &Path) -> Result<Self, ProbeError> {
        if !dir.is_dir() {
            return Err(ProbeError::Recording {
                path: dir.to_path_buf(),
                reason: crate::messages::probe_not_a_folder(),
            });
        }
        Ok(Replay {
            dir: dir.to_path_buf(),
        })
    }
}

impl Fetch for Replay {
    fn get(&mut self, _endpoint: Endpoint, request: &str) -> Result<Reply, ProbeError> {
        let path = file_for(&self.dir, request);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ProbeError::NotRecorded {
                    request: request.to_string(),
                    dir: self.dir.clone(),
                });
            }
            Err(e) => {
                return Err(ProbeError::Recording {
                    path,
                    reason: e.to_string(),
                });
            }
        };
        let record: Recorded = serde_json::from_str(&text).map_err(|e| ProbeError::Recording {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if record.request != request {
            return Err(ProbeError::NotRecorded {
                request: request.to_string(),
                dir: self.dir.clone(),
            });
        }
        Ok(Reply {
            status: record.status,
            body: record.body.into_bytes(),
            fetched_at: record.fetched_at,
        })
    }
}
