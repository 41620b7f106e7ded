//! What reading the built-in questionnaire costs a start, in this process:
//! from its compiled model (what every start does) and parsed from its
//! TOML source (what `validate` does). `cargo run --release --example
//! start_phases [RUNS]`; the figures are in BENCHMARKS.md.

use std::time::Instant;

use srm_assess::questionnaire;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time(runs: usize, f: &dyn Fn()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    )
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let compiled = time(runs, &|| {
        std::hint::black_box(questionnaire::builtin().expect("built in"));
    });
    let source = time(runs, &|| {
        std::hint::black_box(questionnaire::builtin_from_source().expect("built in"));
    });
    println!("median of {runs} runs, in one process (warm caches):");
    println!("  built-in questionnaire from its compiled model  {compiled:>7.3} ms");
    println!("  built-in questionnaire parsed from its TOML     {source:>7.3} ms");
}
