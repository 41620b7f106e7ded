//! Where the time goes for a 10,000-question questionnaire and assessment:
//! `cargo run --release --example timing [N]`.

use std::time::Instant;

use srm_assess::assessment::file;
use srm_assess::questionnaire::Questionnaire;
#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let text = synthetic::questionnaire_toml(n);
    println!(
        "questionnaire: {} questions, {:.1} MB",
        n,
        text.len() as f64 / 1e6
    );
    let t = Instant::now();
    let table: toml::Table = toml::from_str(&text).expect("toml");
    println!(
        "  toml::Table parse          {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    drop(table);
    let t = Instant::now();
    let q = Questionnaire::parse(&text, "x").expect("valid");
    println!(
        "  Questionnaire::parse       {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let a = synthetic::assessment(&q);
    let t = Instant::now();
    let out = file::to_toml(&a, &q.ids()).expect("toml");
    println!("assessment: {:.1} MB", out.len() as f64 / 1e6);
    println!(
        "  to_toml                    {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let back = file::parse(&out).expect("parse");
    println!(
        "  parse                      {:>8.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let _ = srm_assess::score::breakdown(&q, &back);
    println!(
        "  score::breakdown           {:>8.3} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let md = srm_assess::report::markdown::render(
        &srm_assess::report::Report::new(
            &q,
            &back,
            "timing",
            srm_assess::lang::Lang::En,
            back.updated(),
            srm_assess::report::Files::NotChecked,
        )
        .as_of("2026-11-25".parse().expect("date"))
        .model(),
    );
    let ms = t.elapsed().as_secs_f64() * 1e3;
    println!("report: {:.1} MB", md.len() as f64 / 1e6);
    println!("  markdown::render           {ms:>8.1} ms");
    // Peak resident memory of this process, as the kernel counts it.
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
        println!(
            "peak memory (VmHWM)          {}",
            line.trim_start_matches("VmHWM:").trim()
        );
    }
}
