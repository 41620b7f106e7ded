//! Confusable skeletons: `src/store/skeleton/table.rs` holds
//! `unicode-security`'s data in tables without pointers, so that the
//! program does not carry the crate's 6,700 relocations.
//!
//! Regenerate it with `UPDATE_SAMPLES=1 cargo test --test suite
//! confusable_skeleton::` (the test below fails until you do).

use std::fmt::Write as _;

use srm_assess::store::skeleton::skeleton;
use unicode_normalization::UnicodeNormalization;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/skeleton/table.rs");

/// The crate's skeleton of `text`.
fn theirs(text: &str) -> String {
    unicode_security::skeleton(text).collect()
}

/// The tables are the crate's data, and the skeleton built on them is the
/// crate's for every character and for names that mix them.
#[test]
fn the_skeleton_is_unicode_securitys() {
    let source = rust_source();
    if std::env::var_os("UPDATE_SAMPLES").is_some() {
        std::fs::write(PATH, &source).expect("write the skeleton tables");
        return;
    }
    assert!(
        std::fs::read_to_string(PATH).expect("src/store/skeleton/table.rs") == source,
        "src/store/skeleton/table.rs is stale: regenerate it with \
         `UPDATE_SAMPLES=1 cargo test --test suite confusable_skeleton::`"
    );
    let mut differ = Vec::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let one = c.to_string();
        if skeleton(&one) != theirs(&one) {
            differ.push(c);
        }
    }
    assert!(differ.is_empty(), "skeletons differ for {differ:?}");
    for name in [
        "acme",
        "аcme",
        "ACME prod",
        "pa\u{301}ris",
        "pári\u{200b}s",
        "Ǆemal",
        "ﬁnance",
        "rn-vs-m",
        "𝐚𝐜𝐦𝐞",
        "東京-支店",
        "a\u{0327}\u{0301}\u{0308}z",
        "\u{1f1eb}\u{1f1f7} ops",
        "",
    ] {
        assert_eq!(skeleton(name), theirs(name), "skeleton of {name:?}");
    }
    // The point of it: a Cyrillic "а" looks like a Latin "a".
    assert_eq!(skeleton("\u{430}cme"), skeleton("acme"));
    assert_ne!(skeleton("acne"), skeleton("acme"));
}

/// The tables: characters that already are their own canonical
/// decomposition (the only ones a skeleton looks up) and whose skeleton is
/// something else, split into those that vanish and those replaced.
fn rust_source() -> String {
    let mut ignored: Vec<(u32, u32)> = Vec::new();
    let mut mapped = Vec::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        if !c.to_string().nfd().eq(std::iter::once(c)) {
            continue;
        }
        let skeleton = theirs(&c.to_string());
        if skeleton == c.to_string() {
            continue;
        }
        let code = u32::from(c);
        if !skeleton.is_empty() {
            mapped.push((code, skeleton));
        } else if let Some(last) = ignored.last_mut().filter(|(_, end)| end + 1 == code) {
            last.1 = code;
        } else {
            ignored.push((code, code));
        }
    }
    let mut out = String::from(
        "//! Confusable skeletons as tables without pointers, from \
         `unicode-security`.\n\
         //!\n\
         //! Generated: do not edit. After updating `unicode-security`, run\n\
         //! `UPDATE_SAMPLES=1 cargo test --test suite confusable_skeleton::`.\n\n",
    );
    let _ = writeln!(
        out,
        "/// Characters whose skeleton is empty, as inclusive ranges.\n\
         pub(super) static IGNORED: [(u32, u32); {}] = [",
        ignored.len()
    );
    write_rows(
        &mut out,
        ignored.iter().map(|(a, b)| format!("(0x{a:X}, 0x{b:X})")),
    );
    let _ = writeln!(
        out,
        "];\n\n/// Characters whose skeleton is another text, in order.\n\
         pub(super) static MAPPED: [u32; {}] = [",
        mapped.len()
    );
    write_rows(&mut out, mapped.iter().map(|(c, _)| format!("0x{c:X}")));
    let _ = writeln!(
        out,
        "];\n\n/// Where each one's skeleton ends in `PROTOTYPES`; it starts where \
         the one before ends.\npub(super) static ENDS: [u32; {}] = [",
        mapped.len()
    );
    let mut end = 0;
    write_rows(
        &mut out,
        mapped.iter().map(|(_, s)| {
            end += s.len();
            end.to_string()
        }),
    );
    out.push_str("];\n\n/// The skeletons, one after the other.\npub(super) const PROTOTYPES: &str = concat!(\n");
    for chunk in mapped.chunks(16) {
        let piece: String = chunk.iter().map(|(_, s)| s.as_str()).collect();
        let _ = writeln!(out, "    {piece:?},");
    }
    out.push_str(");\n");
    out
}

/// Items eight to a line.
fn write_rows(out: &mut String, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    for row in items.chunks(8) {
        let _ = writeln!(out, "    {},", row.join(", "));
    }
}
