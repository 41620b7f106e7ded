//! The fuzz targets' bodies (`srm_assess::fuzz`) over their corpora in
//! `fuzz/corpus/`: the harness compiles with the library, and every seed
//! keeps its invariants on every `cargo test`.

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).expect("seed"))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

/// A fuzz target's body.
type Target = fn(&[u8]);

#[test]
fn every_fuzz_target_keeps_its_invariants_on_its_corpus() {
    let targets: [(&str, Target); 4] = [
        ("questionnaire", srm_assess::fuzz::questionnaire),
        ("assessment", srm_assess::fuzz::assessment),
        ("help_markdown", srm_assess::fuzz::help_markdown),
        ("report", srm_assess::fuzz::report),
    ];
    for (target, run) in targets {
        for (name, seed) in corpus(target) {
            let caught = std::panic::catch_unwind(|| run(&seed));
            assert!(caught.is_ok(), "fuzz target {target} fails on seed {name}");
        }
    }
}
