//! Tests of `observations.rs`.
use super::*;

fn seen(suggests: Suggestion) -> Observation {
    Observation {
        rule: RuleName::Unknown("r".into()),
        endpoint: "/api/v2/x".into(),
        field: "/x".into(),
        value: Observed::Count(1),
        total: None,
        names: Vec::new(),
        status: 200,
        fetched_at: Timestamp::UNIX_EPOCH,
        sha256: String::new(),
        suggests,
        direct: true,
        facts: Default::default(),
    }
}

#[test]
fn the_weakest_suggestion_wins_and_hints_suggest_nothing() {
    use Suggestion::*;
    assert_eq!(suggested(&[seen(Hint)]), None);
    assert_eq!(
        suggested(&[seen(Yes), seen(Partial)]),
        Some(Answer::Partial)
    );
    assert_eq!(suggested(&[seen(Na), seen(Yes)]), Some(Answer::Yes));
    assert_eq!(suggested(&[seen(No), seen(Partial)]), Some(Answer::No));
    assert_eq!(suggested(&[seen(Na)]), Some(Answer::Na));
}

#[test]
fn a_suggestion_is_taken_as_a_decision_or_refused_unchanged() {
    let q = crate::questionnaire::Questionnaire::parse(
        include_str!("../../tests/fixtures/valid/minimal.toml"),
        "minimal.toml",
    )
    .expect("valid");
    let question = &q.questions[0];
    let at = Timestamp::UNIX_EPOCH;
    let mut e = crate::assessment::Entry::default();
    let hint = [seen(Suggestion::Hint)];
    assert_eq!(
        e.take_suggestion(question, &hint, None, |_| "x".into(), at),
        Err(TakeRefusal::NoSuggestion)
    );
    assert_eq!(e, crate::assessment::Entry::default());
    // Not applicable is justified by what the observations say.
    let na = [seen(Suggestion::Na)];
    let taken = e.take_suggestion(question, &na, None, |_| "the API shows it off".into(), at);
    assert_eq!(taken, Ok(Answer::Na));
    assert_eq!(e.justification, "the API shows it off");
    assert!(e.from_probe);
}

#[test]
fn observations_go_stale_like_evidence() {
    let mut o = seen(Suggestion::Hint);
    o.fetched_at = "2026-01-01T12:00:00Z".parse().expect("ts");
    let every = crate::questionnaire::Period::parse("90d").expect("period");
    let day = |s: &str| s.parse::<jiff::civil::Date>().expect("date");
    assert!(!o.stale(every, day("2026-04-01")));
    assert!(o.stale(every, day("2026-04-02")));
}

#[test]
fn contradictions_are_material_disagreements() {
    use Suggestion::*;
    let yes = Some(Answer::Yes);
    assert!(contradicts(yes, &[seen(Partial)]));
    assert!(contradicts(yes, &[seen(Yes), seen(No)]));
    assert!(!contradicts(yes, &[seen(Yes), seen(Hint)]));
    assert!(!contradicts(yes, &[seen(Na)]));
    assert!(contradicts(Some(Answer::No), &[seen(Yes)]));
    assert!(!contradicts(Some(Answer::No), &[seen(Partial)]));
    assert!(contradicts(Some(Answer::Na), &[seen(Partial)]));
    assert!(!contradicts(Some(Answer::Partial), &[seen(No), seen(Yes)]));
    assert!(!contradicts(None, &[seen(No)]));
}

#[test]
fn an_inference_is_only_to_verify_and_never_suggested_as_an_answer() {
    let mut inferred = seen(Suggestion::Partial);
    inferred.direct = false;
    let yes = Some(Answer::Yes);
    assert!(!contradicts(yes, std::slice::from_ref(&inferred)));
    assert!(to_verify(yes, std::slice::from_ref(&inferred)));
    assert_eq!(suggested(std::slice::from_ref(&inferred)), None);
    assert_eq!(
        suggested(&[inferred, seen(Suggestion::Yes)]),
        Some(Answer::Yes)
    );
}

#[test]
fn rule_names_and_words_are_typed_and_unknown_ones_are_kept_as_written() {
    use crate::questionnaire::ProbeRule;
    assert_eq!(
        RuleName::from("audit-log"),
        RuleName::Known(ProbeRule::AuditLog)
    );
    let later = RuleName::from("a-rule-of-a-later-version");
    assert_eq!(later, RuleName::Unknown("a-rule-of-a-later-version".into()));
    assert_eq!(String::from(later), "a-rule-of-a-later-version");
    assert_eq!(Word::from("not shown"), Word::NotShown);
    assert_eq!(Word::from("sso only"), Word::SsoOnly);
    assert_eq!(Word::from("week"), Word::Value("week".into()));
    for word in [
        Word::Unavailable,
        Word::Available,
        Word::NotShown,
        Word::SsoOnly,
        Word::AssumableByAccountType,
    ] {
        assert_eq!(Word::from(String::from(word.clone())), word);
    }
}
