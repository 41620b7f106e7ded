//! `--replay DIR`: the recorded responses read back, with no network.

use super::*;

/// Reads responses recorded by [`Recorder`]; sends nothing.
pub struct Replay {
    dir: PathBuf,
    /// The folder, links resolved: every recording read must be inside.
    real: PathBuf,
    read: usize,
}

impl Replay {
    /// Replays the recordings in `dir`.
    pub fn new(dir: &Path) -> Result<Self, ProbeError> {
        if !dir.is_dir() {
            return Err(ProbeError::Recording {
                path: dir.to_path_buf(),
                reason: Why::NotAFolder,
            });
        }
        let real = std::fs::canonicalize(dir).map_err(|e| ProbeError::Recording {
            path: dir.to_path_buf(),
            reason: Why::System(e.to_string()),
        })?;
        Ok(Replay {
            dir: dir.to_path_buf(),
            real,
            read: 0,
        })
    }
}

impl Fetch for Replay {
    fn get(&mut self, _endpoint: Endpoint, request: &str) -> Result<HttpResponse, ProbeError> {
        let path = file_for(&self.dir, request);
        let failed = |reason: Why| ProbeError::Recording {
            path: path.clone(),
            reason,
        };
        // Only a regular file inside the folder: a link that leads out of
        // it, a FIFO or a device is refused, never read.
        match std::fs::canonicalize(&path) {
            Ok(real) if !real.starts_with(&self.real) => {
                return Err(failed(Why::Outside));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ProbeError::NotRecorded {
                    request: request.to_string(),
                    dir: self.dir.clone(),
                });
            }
            Err(e) => return Err(failed(Why::System(e.to_string()))),
        }
        let bytes = match crate::store::regular::read(&path, MAX_RECORDING) {
            Ok((bytes, _)) => bytes,
            Err(ReadError::NotRegular) => {
                return Err(failed(Why::NotRegular));
            }
            Err(ReadError::TooLarge(limit)) => {
                return Err(ProbeError::TooLarge {
                    request: request.to_string(),
                    limit,
                });
            }
            Err(ReadError::Io(e)) => return Err(failed(Why::System(e.to_string()))),
        };
        let text = String::from_utf8(bytes).map_err(|e| failed(Why::System(e.to_string())))?;
        let record: Recorded = serde_json::from_str(&text).map_err(|e| ProbeError::Recording {
            path: path.clone(),
            reason: Why::System(e.to_string()),
        })?;
        if record.request != request {
            return Err(ProbeError::NotRecorded {
                request: request.to_string(),
                dir: self.dir.clone(),
            });
        }
        if !kept_status(record.status) {
            return Err(ProbeError::RecordedStatus {
                path,
                status: record.status,
            });
        }
        if record.body.len() as u64 > MAX_BODY {
            return Err(ProbeError::TooLarge {
                request: request.to_string(),
                limit: MAX_BODY,
            });
        }
        self.read += 1;
        Ok(HttpResponse {
            status: record.status,
            body: record.body.into_bytes(),
            fetched_at: record.fetched_at,
        })
    }

    fn sent(&self) -> usize {
        self.read
    }
}
