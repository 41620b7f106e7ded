//! Unicode's confusable skeletons (UTS #39): two names with the same
//! skeleton look alike, as a Cyrillic "а" does a Latin "a".
//!
//! The data is `unicode-security`'s, compiled by
//! `tests/suite/confusable_skeleton.rs` into tables that hold no pointers
//! (`table.rs`). That crate's own table is 6,700 `(char, &[char])` pairs,
//! each a pointer the dynamic loader must patch at every start of the
//! program, whether or not a name is ever compared: 40 pages written
//! before `main` (BENCHMARKS.md, "fourth"). The test checks that this
//! module's skeleton is the crate's for every character.

#[rustfmt::skip]
mod table;

use unicode_normalization::UnicodeNormalization;

/// The skeleton of `text`: its canonical decomposition with every
/// character replaced by its prototype (default-ignorable ones dropped),
/// decomposed again.
pub fn skeleton(text: &str) -> String {
    let mut mapped = String::with_capacity(text.len());
    for c in text.nfd() {
        match prototype(c) {
            Some(prototype) => mapped.push_str(prototype),
            None => mapped.push(c),
        }
    }
    mapped.nfd().collect()
}

/// What a character of a canonical decomposition stands for in a skeleton,
/// already decomposed; `None` for itself.
fn prototype(c: char) -> Option<&'static str> {
    let code = u32::from(c);
    if let Ok(i) = table::MAPPED.binary_search(&code) {
        let start = i.checked_sub(1).map_or(0, |before| table::ENDS[before]);
        return table::PROTOTYPES.get(start as usize..table::ENDS[i] as usize);
    }
    let after = table::IGNORED.partition_point(|&(first, _)| first <= code);
    let ignored = after
        .checked_sub(1)
        .is_some_and(|i| code <= table::IGNORED[i].1);
    ignored.then_some("")
}
