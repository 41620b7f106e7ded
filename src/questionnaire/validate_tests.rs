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

#[test]
fn an_unconfirmed_translation_is_said_once_and_only_so() {
    let base = include_str!("../../tests/fixtures/valid/minimal.toml");
    let with = |line: &str| {
        let at = base.find("[[link]]").expect("a link");
        let title = at + base[at..].find("title.en").expect("a title");
        format!("{}{line}\n{}", &base[..title], &base[title..])
    };
    let ok =
        crate::questionnaire::Questionnaire::parse(&with("translation = \"unconfirmed\""), "q")
            .expect("valid");
    assert!(ok.links[0].translation_unconfirmed);
    for (line, words) in [
        ("translation = \"maybe\"", "only value is \"unconfirmed\""),
        (
            "translation = \"unconfirmed\"\nuntranslated = true",
            "keep the one that is known",
        ),
    ] {
        let err = crate::questionnaire::Questionnaire::parse(&with(line), "q").expect_err(line);
        let said = crate::messages::questionnaire_error(crate::lang::Lang::En, &err);
        assert!(said.contains(words), "{said}");
    }
}
