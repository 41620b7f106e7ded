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

#[test]
fn control_mappings_are_checked_where_they_are_written() {
    let base = include_str!("../../tests/fixtures/valid/minimal.toml");
    let with = |lines: &str| {
        let at = base.find("[[question]]").expect("a question");
        let owner = at + base[at..].find("\nowner = ").expect("owner") + 1;
        let end = owner + base[owner..].find('\n').expect("line") + 1;
        format!("{}{lines}\n{}", &base[..end], &base[end..])
    };
    let good = "controls.nist-sp-800-53-r5 = [\"ac-2\", \"ac-2.3\"]\ncontrols.relationship = \"subset-of\"\ncontrols.rationale = \"Account management for one service.\"\ncontrols.iso-27001-2022 = [\"A.5.18\"]\ncontrols.soc2-2017 = [\"CC6.2\"]";
    let q = crate::questionnaire::Questionnaire::parse(&with(good), "q").expect("valid");
    let c = &q.questions[0].controls;
    assert_eq!(
        c.of(crate::questionnaire::Framework::Nist80053),
        ["ac-2", "ac-2.3"]
    );
    assert_eq!(
        c.relationship,
        Some(crate::questionnaire::Relationship::SubsetOf)
    );
    for (lines, words) in [
        (
            "controls.nist-sp-800-53-r5 = [\"AC-2(3)\"]\ncontrols.relationship = \"subset-of\"\ncontrols.rationale = \"x\"",
            "\"AC-2(3)\" is not a control of nist-sp-800-53-r5",
        ),
        (
            "controls.iso-27001-2022 = [\"A.5.38\"]",
            "\"A.5.38\" is not a control of iso-27001-2022",
        ),
        (
            "controls.soc2-2017 = [\"CC6.9\"]",
            "\"CC6.9\" is not a control of soc2-2017",
        ),
        (
            "controls.nist-sp-800-53-r5 = [\"ac-2\"]\ncontrols.relationship = \"equal\"\ncontrols.rationale = \"x\"",
            "\"equal\" is not a relationship",
        ),
        (
            "controls.nist-sp-800-53-r5 = [\"ac-2\"]",
            "needs `controls.relationship` and a one-line `controls.rationale`",
        ),
        ("controls.cis = [\"4.1\"]", "cis"),
    ] {
        let err = crate::questionnaire::Questionnaire::parse(&with(lines), "q").expect_err(lines);
        let said = crate::messages::questionnaire_error(crate::lang::Lang::En, &err);
        assert!(said.contains(words), "{lines}: {said}");
        assert!(said.contains("q:"), "names the place: {said}");
    }
}
