//! Time to first frame of the real binary in a pseudo-terminal, compared in
//! the same run with `less` showing the questionnaire file.
//!
//! `cargo build --release && cargo run --release --example first_frame [RUNS] [OTHER_BINARY...]`
//! (other builds, such as a copy of an older release binary, are timed in
//! the same runs).

use std::io::Read;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Starts `cmd` in a 120×32 pseudo-terminal and returns the time until the
/// screen shows `marker`.
fn first_frame(mut cmd: CommandBuilder, marker: &str) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 32,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
    let rows = std::num::NonZeroU16::new(32).expect("rows");
    let cols = std::num::NonZeroU16::new(120).expect("cols");
    let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
    let seen = Arc::new(Mutex::new(None));
    let (p, s, m) = (Arc::clone(&parser), Arc::clone(&seen), marker.to_string());
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let mut parser = p.lock().expect("parser");
            parser.process(&buf[..n]);
            let mut seen = s.lock().expect("seen");
            if seen.is_none() && parser.screen().contents().contains(&m) {
                *seen = Some(start.elapsed());
            }
        }
    });
    let elapsed = loop {
        if let Some(t) = *seen.lock().expect("seen") {
            break t;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{marker:?} never appeared"
        );
        std::thread::sleep(Duration::from_micros(200));
    };
    let _ = writer.write_all(b"q");
    let _ = child.wait();
    elapsed
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

use std::io::Write as _;

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = root.join("target/release/srm-assess");
    assert!(bin.exists(), "build first: cargo build --release");
    // Other builds to compare with this one, in the same runs (a copy of
    // an older release binary, say): machine noise then hits all alike.
    let others: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    let data = tempfile::tempdir().expect("tempdir");
    let status = std::process::Command::new(&bin)
        .arg("--data-dir")
        .arg(data.path())
        .args(["new", "bench", "--no-open"])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("new");
    assert!(status.success());
    let questionnaire = root.join("questionnaire/zendesk.toml");
    let open = |bin: &Path| {
        let mut cmd = CommandBuilder::new(bin);
        cmd.arg("--data-dir");
        cmd.arg(data.path());
        cmd.args(["open", "bench"]);
        first_frame(cmd, "answered")
    };
    let mut ours = Vec::new();
    let mut theirs = vec![Vec::new(); others.len()];
    let mut less = Vec::new();
    for _ in 0..runs {
        ours.push(open(&bin));
        for (other, times) in others.iter().zip(&mut theirs) {
            times.push(open(other));
        }
        let mut cmd = CommandBuilder::new("less");
        cmd.arg(&questionnaire);
        less.push(first_frame(
            cmd,
            "The Zendesk shared responsibility model as a self-assessment",
        ));
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let less = median(less);
    println!("time to first frame, median of {runs} runs in a 120x32 pseudo-terminal:");
    let a = median(ours);
    println!(
        "  srm-assess open (built-in questionnaire)  {:>7.2} ms",
        ms(a)
    );
    println!(
        "  less questionnaire/zendesk.toml          {:>7.2} ms",
        ms(less)
    );
    println!(
        "  ratio                                     {:>7.2}x",
        a.as_secs_f64() / less.as_secs_f64()
    );
    for (other, times) in others.iter().zip(theirs) {
        let t = median(times);
        println!(
            "  {} open: {:.2} ms, {:.2}x less",
            other.display(),
            ms(t),
            t.as_secs_f64() / less.as_secs_f64()
        );
    }
}
