//! Unit tests of `validate`.
use super::*;

#[test]
fn ids_are_lowercase_words_joined_by_single_separators() {
    for good in ["a", "access.sso", "data.host-mapping-tls", "x_1", "2fa"] {
        assert!(is_valid_id(good), "{good}");
    }
    for bad in [
        "", "A", "a b", "a..b", "-a", "a-", "a/b", "..", "è", "a.-b", "a;b",
    ] {
        assert!(!is_valid_id(bad), "{bad}");
    }
}
