//! Any bytes as an assessment file: parsing never panics, and whatever
//! parses is written back and read again unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_assess::assessment::file;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(assessment) = file::parse(text) {
        let written = file::to_toml(&assessment).expect("a parsed assessment serializes");
        let again = file::parse(&written).expect("what was written parses");
        assert_eq!(again, assessment);
    }
});
