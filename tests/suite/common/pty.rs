//! Runs the real binary in a pseudo-terminal and reads its screen through
//! a terminal emulator (vt100), as a user would see it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// How long to wait for the screen; generous, for slow CI machines.
pub const WAIT: Duration = Duration::from_secs(20);

/// A running srm-assess in a pseudo-terminal.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Option<Box<dyn Write + Send>>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reader thread to let go of its end after its next read.
    hang_up: Arc<AtomicBool>,
}

impl Session {
    /// Starts the binary with `args` in a `cols`×`rows` terminal.
    pub fn start(args: &[&str], data_dir: &Path, cols: u16, rows: u16) -> Session {
        Self::start_with(args, data_dir, cols, rows, "xterm-256color")
    }

    /// Starts the binary with `TERM` set to `term`.
    pub fn start_with(args: &[&str], data_dir: &Path, cols: u16, rows: u16, term: &str) -> Session {
        Self::start_env(args, data_dir, cols, rows, &[("TERM", term)])
    }

    /// Starts the binary with extra environment variables.
    pub fn start_env(
        args: &[&str],
        data_dir: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("srm-assess"));
        cmd.arg("--data-dir");
        cmd.arg(data_dir);
        for a in args {
            cmd.arg(a);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("NO_COLOR");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).expect("non-zero");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let hang_up = Arc::new(AtomicBool::new(false));
        let (p, r, h) = (Arc::clone(&parser), Arc::clone(&raw), Arc::clone(&hang_up));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().expect("parser").process(&buf[..n]);
                r.lock().expect("raw").extend_from_slice(&buf[..n]);
                if h.load(Ordering::SeqCst) {
                    break;
                }
            }
        });
        Session {
            child,
            writer: Some(writer),
            parser,
            raw,
            master: Some(pty.master),
            hang_up,
        }
    }

    /// The screen's text.
    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Every byte the program wrote.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().expect("raw").clone()
    }

    /// Waits until the screen shows `text`; panics with the screen if not.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the screen never showed {text:?}:\n{}", self.screen());
    }

    /// Types keys (bytes as a terminal sends them).
    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(keys.as_bytes()).expect("write");
        writer.flush().expect("flush");
        // Let the program draw before the next key, as a person would.
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types `last_keys`, then closes the terminal as a closed window or a
    /// dropped SSH connection does: every handle on the master side goes.
    /// The reader thread lets go of its handle once the program has drawn
    /// what the keys changed.
    ///
    /// portable-pty's writer sends `\n` and the EOF character when dropped,
    /// which the program reads as Ctrl-J and Ctrl-D (two editing keys): end
    /// `last_keys` where those change nothing, e.g. on an empty line.
    pub fn hang_up(&mut self, last_keys: &str) {
        self.hang_up.store(true, Ordering::SeqCst);
        self.send(last_keys);
        self.writer = None;
        self.master = None;
    }

    /// Waits up to `limit` for the program to exit; returns whether it did.
    pub fn exits_within(&mut self, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.child.try_wait().expect("try_wait").is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    /// Waits for the program to exit; returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        if !self.exits_within(WAIT) {
            panic!("the program did not exit:\n{}", self.screen());
        }
        self.child
            .try_wait()
            .expect("try_wait")
            .is_some_and(|status| status.success())
    }

    /// The exit code, once exited.
    pub fn exit_code(&mut self) -> u32 {
        self.wait_exit();
        self.child
            .try_wait()
            .expect("status")
            .map_or(u32::MAX, |s| s.exit_code())
    }

    /// The process id.
    /// Waits up to [`WAIT`] for `needle` among the bytes received (the
    /// reader may lag behind the program's exit on a busy machine).
    pub fn wait_raw(&self, needle: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if String::from_utf8_lossy(&self.raw()).contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// The child's exit status, as portable-pty reports it (a signal
    /// included), for messages.
    pub fn status_debug(&mut self) -> String {
        format!("{:?}", self.child.try_wait())
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
