//! Writes a synthetic questionnaire and a fully answered assessment, to
//! measure the real binary on them (see BENCHMARKS.md):
//! `cargo run --release --example synthetic_files -- N DIR`

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let text = synthetic::questionnaire_toml(n);
    let q = srm_assess::questionnaire::Questionnaire::parse(&text, "q.toml").expect("valid");
    let a = synthetic::assessment(&q);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("questionnaire.toml"), text).expect("write");
    std::fs::write(
        dir.join("assessment.toml"),
        srm_assess::assessment::file::to_toml(&a, &q.ids()).expect("toml"),
    )
    .expect("write");
    println!("wrote {} with {n} questions", dir.display());
}
