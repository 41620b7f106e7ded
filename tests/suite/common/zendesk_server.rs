//! A real HTTP/1.1 server on 127.0.0.1, inside the test: it serves
//! responses shaped like Zendesk's (from `tests/fixtures/zendesk/`) by
//! exact request target, and records every request it receives (method,
//! target, headers) so that tests can count them.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One response to serve.
#[derive(Debug, Clone)]
pub struct Canned {
    /// The status.
    pub status: u16,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
}

impl Canned {
    /// A 200 with this JSON body.
    pub fn json(body: &str) -> Self {
        Canned {
            status: 200,
            headers: Vec::new(),
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
        }
    }

    /// A 429 asking to wait `seconds` (`Retry-After`).
    pub fn rate_limited(seconds: u64) -> Self {
        let mut canned = Canned::status(429);
        canned
            .headers
            .push(("Retry-After".into(), seconds.to_string()));
        canned
    }

    /// A status with a small JSON error body.
    pub fn status(status: u16) -> Self {
        Canned {
            status,
            headers: Vec::new(),
            body: br#"{"error":"Forbidden","description":"You do not have access to this page."}"#
                .to_vec(),
            delay: Duration::ZERO,
        }
    }
}

/// A request the server received.
#[derive(Debug, Clone)]
pub struct Seen {
    /// GET, POST, …
    pub method: String,
    /// The target, as sent (path and query).
    pub target: String,
    /// The headers, names lowercase.
    pub headers: Vec<(String, String)>,
    /// When it arrived.
    pub at: Instant,
}

#[derive(Default)]
struct State {
    /// Responses by target; each is served in turn, the last one repeats.
    routes: HashMap<String, Vec<Canned>>,
    served: HashMap<String, usize>,
    seen: Vec<Seen>,
}

/// The server; it stops when the test process ends.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl Server {
    /// Starts a server with no routes (everything is a 404).
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        Server { url, state }
    }

    /// Serves `responses` in turn to `target` (path and query, as sent).
    pub fn route(&self, target: &str, responses: Vec<Canned>) {
        let mut state = self.state.lock().expect("lock");
        state.routes.insert(target.to_string(), responses);
    }

    /// How many requests for `target` were received.
    pub fn requests_to(&self, target: &str) -> usize {
        self.seen().iter().filter(|r| r.target == target).count()
    }

    /// Every request received so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().expect("lock").seen.clone()
    }
}

fn serve(stream: TcpStream, state: &Mutex<State>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut stream = stream;
    // One request per connection: every response says `Connection: close`.
    {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut words = line.split_whitespace();
        let method = words.next().unwrap_or_default().to_string();
        let target = words.next().unwrap_or_default().to_string();
        let mut headers = Vec::new();
        let mut length = 0usize;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let name = name.trim().to_ascii_lowercase();
                let value = value.trim().to_string();
                if name == "content-length" {
                    length = value.parse().unwrap_or(0);
                }
                headers.push((name, value));
            }
        }
        let mut body = vec![0; length];
        let _ = reader.read_exact(&mut body);
        let canned = {
            let mut state = state.lock().expect("lock");
            state.seen.push(Seen {
                method: method.clone(),
                target: target.clone(),
                headers,
                at: Instant::now(),
            });
            let turn = *state.served.get(&target).unwrap_or(&0);
            let canned = state
                .routes
                .get(&target)
                .and_then(|list| list.get(turn.min(list.len().saturating_sub(1))).cloned())
                .unwrap_or_else(|| Canned::status(404));
            *state.served.entry(target.clone()).or_default() += 1;
            canned
        };
        std::thread::sleep(canned.delay);
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n",
            canned.status,
            canned.body.len()
        );
        for (name, value) in &canned.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(&canned.body).is_err() {
            return;
        }
        let _ = stream.flush();
    }
}
