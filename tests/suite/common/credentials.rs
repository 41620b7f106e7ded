//! The corpus of credential shapes (`tests/fixtures/credentials.tsv`), read
//! by the unit tests of `secrets` and by the hardening tests through the
//! real binary: one reader for both.

#![allow(dead_code)]

/// Every shape: (what it is, a text holding it, the secret in it).
pub fn corpus() -> Vec<(String, String, String)> {
    include_str!("../../fixtures/credentials.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let unescape = |s: &str| s.replace("\\n", "\n");
            let secret = unescape(cells[2]);
            let text = format!("{}{}{}", unescape(cells[1]), secret, unescape(cells[3]));
            (cells[0].to_string(), text, secret)
        })
        .collect()
}
