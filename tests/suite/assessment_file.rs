//! The assessment file: random assessments survive save and load unchanged,
//! and two processes' saves merge instead of overwriting each other.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use proptest::prelude::*;
use srm_assess::assessment::{Answer, Assessment, Entry, FORMAT, Metadata, QuestionnaireRef, file};
use srm_assess::lang::Lang;
use srm_assess::store::Document;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => "[ -~\n\r\t\"'\\\\#\\[\\]{}=]{0,60}",
        1 => Just("\u{0}\u{1b}[2J\u{7f}\u{202e}\r\n\"\"\"'''".to_string()),
        1 => (any::<char>(), 100_000usize..100_001).prop_map(|(c, n)| std::iter::repeat_n(c, n / c.len_utf8()).collect()),
    ]
}

fn any_timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_102_444_800).prop_map(|s| Timestamp::from_second(s).expect("in range"))
}

fn any_date() -> impl Strategy<Value = Date> {
    (1970i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).expect("valid"))
}

fn any_acceptance() -> impl Strategy<Value = srm_assess::assessment::Acceptance> {
    (any_text(), any_date(), any_date(), any_text(), any_text()).prop_map(
        |(by, approved, until, reason, compensating)| srm_assess::assessment::Acceptance {
            by,
            approved,
            until,
            reason,
            compensating,
        },
    )
}

fn any_evidence() -> impl Strategy<Value = srm_assess::assessment::Evidence> {
    (
        any_text(),
        any_date(),
        any_date(),
        proptest::option::of("[0-9a-f]{64}"),
        any_text(),
    )
        .prop_map(|(reference, observed, recorded, sha256, note)| {
            srm_assess::assessment::Evidence {
                reference,
                observed,
                recorded,
                sha256,
                note,
            }
        })
}

fn any_entry() -> impl Strategy<Value = Entry> {
    (
        proptest::option::of(proptest::sample::select(Answer::ALL.to_vec())),
        any_text(),
        any_text(),
        any_text(),
        proptest::option::of(
            (1970i16..2100, 1i8..=12, 1i8..=28)
                .prop_map(|(y, m, d)| Date::new(y, m, d).expect("valid")),
        ),
        any::<bool>(),
        proptest::option::of(any_timestamp()),
        proptest::option::of(any_timestamp()),
        "(sha256:[0-9a-f]{16})?",
        proptest::option::of(any_acceptance()),
        proptest::collection::vec(any_evidence(), 0..3),
    )
        .prop_map(
            |(
                answer,
                notes,
                justification,
                owner,
                due,
                flagged,
                answered_at,
                edited_at,
                fingerprint,
                acceptance,
                evidence,
            )| Entry {
                answer,
                notes,
                justification,
                owner,
                due,
                flagged,
                answered_at,
                edited_at,
                fingerprint,
                acceptance,
                evidence,
                from_probe: flagged && answer.is_some(),
            },
        )
}

fn any_observation() -> impl Strategy<Value = srm_assess::assessment::Observation> {
    use srm_assess::assessment::{Observation, Observed, Suggestion};
    let value = prop_oneof![
        any::<bool>().prop_map(Observed::Flag),
        (0u64..1_000_000).prop_map(Observed::Count),
        "[a-z ]{1,12}".prop_map(|w: String| Observed::Word(w.into())),
    ];
    let suggests = proptest::sample::select(vec![
        Suggestion::Yes,
        Suggestion::Partial,
        Suggestion::No,
        Suggestion::Na,
        Suggestion::Hint,
    ]);
    (
        "[a-z-]{1,20}",
        "/api/v2/[a-z_/?=&\\[\\]]{1,30}",
        value,
        proptest::option::of(0u64..10_000),
        proptest::collection::vec(any_text(), 0..3),
        prop_oneof![Just(200u16), Just(403u16), Just(404u16)],
        any_timestamp(),
        "[0-9a-f]{64}",
        suggests,
        any::<bool>(),
        proptest::collection::vec(("[a-z_]{1,12}", any_text()), 0..3),
    )
        .prop_map(
            |(
                rule,
                endpoint,
                value,
                total,
                names,
                status,
                fetched_at,
                sha256,
                suggests,
                direct,
                facts,
            )| {
                let mut kept = srm_assess::assessment::observations::Facts::default();
                for (name, value) in facts {
                    kept.insert(name, value);
                }
                Observation {
                    rule: rule.into(),
                    field: "/users/*/name".into(),
                    endpoint,
                    value,
                    total,
                    names,
                    status,
                    fetched_at,
                    sha256,
                    suggests,
                    direct,
                    facts: kept,
                }
            },
        )
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    (
        any_timestamp(),
        any_timestamp(),
        any_text(),
        any_text(),
        any_text(),
        proptest::collection::btree_map(
            "[a-z0-9]{1,8}([._-][a-z0-9]{1,8}){0,2}",
            any_entry(),
            0..6,
        ),
        any::<bool>(),
        proptest::collection::btree_map(
            "[a-z0-9]{1,8}([._-][a-z0-9]{1,8}){0,2}",
            proptest::collection::vec(any_observation(), 1..3),
            0..3,
        ),
    )
        .prop_map(
            |(
                created,
                _updated,
                organization,
                instance,
                assessor,
                answers,
                italian,
                observations,
            )| Assessment {
                format: FORMAT,
                lang: if italian { Lang::It } else { Lang::En },
                created,
                identity: if italian {
                    "6f1d2c3b-4a59-4e8f-9a7b-0c1d2e3f4a5b".into()
                } else {
                    String::new()
                },
                saved: None,
                questionnaire: QuestionnaireRef {
                    id: "zendesk-srm".into(),
                    version: "2023-06-16".into(),
                    file: String::new(),
                    sha256: String::new(),
                },
                metadata: Metadata {
                    organization,
                    instance,
                    assessor,
                    break_glass: Vec::new(),
                },
                answers: answers
                    .into_iter()
                    .filter(|(_, e): &(String, Entry)| !e.is_empty())
                    .collect::<BTreeMap<_, _>>(),
                observations,
                conflicts: BTreeMap::new(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_assessment_round_trips_through_its_toml_text(a in any_assessment()) {
        let text = file::to_toml(&a, &[]).expect("serializes");
        let back = file::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        // Reading puts text in Unicode NFC; nothing else may change.
        let mut expected = a;
        file::normalize(&mut expected);
        prop_assert_eq!(back, expected);
    }

    #[test]
    fn any_assessment_round_trips_through_a_saved_file(mut a in any_assessment(), extra in any_entry()) {
        file::normalize(&mut a);
        let mut extra = extra;
        if let Some(n) = { let mut one = srm_assess::assessment::Assessment { answers: [("x".to_string(), extra.clone())].into(), ..a.clone() }; file::normalize(&mut one); one.answers.remove("x") } {
            extra = n;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.toml");
        let mut doc = Document::create(&path, a.clone(), &builtin()).expect("create");
        let opened = Document::open(&path).expect("open");
        prop_assert_eq!(opened.assessment(), &a);
        // A save through the merging path keeps every other entry unchanged.
        let (extra_details, extra_edited_at) = (extra.has_details(), extra.edited_at);
        doc.set_entry("zz.extra", extra.clone());
        doc.save().expect("save");
        let reopened = Document::open(&path).expect("reopen");
        let mut expected = a.answers.clone();
        if !extra.is_empty() {
            expected.insert("zz.extra".into(), extra);
        }
        // The save dates the details it wrote; everything else as given.
        let mut got = reopened.assessment().answers.clone();
        if let Some(e) = got.get_mut("zz.extra") {
            if extra_details {
                prop_assert!(e.edited_at.is_some());
            }
            e.edited_at = extra_edited_at;
        }
        prop_assert_eq!(&got, &expected);
        prop_assert_eq!(&reopened.assessment().metadata, &a.metadata);
    }
}

fn builtin() -> srm_assess::questionnaire::Questionnaire {
    srm_assess::questionnaire::builtin().expect("builtin")
}

fn sample() -> Assessment {
    let q = builtin();
    Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        Timestamp::from_second(1_700_000_000).expect("ts"),
    )
}

fn answered(answer: Answer) -> Entry {
    Entry {
        answer: Some(answer),
        ..Entry::default()
    }
}

#[test]
fn two_documents_on_one_file_keep_each_others_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.toml");
    Document::create(&path, sample(), &builtin()).expect("create");
    let mut first = Document::open(&path).expect("first");
    let mut second = Document::open(&path).expect("second");
    first.set_entry("access.sso", answered(Answer::Yes));
    second.set_entry("access.review", answered(Answer::No));
    assert!(first.save().expect("save").overwritten.is_empty());
    assert!(second.save().expect("save").overwritten.is_empty());
    let on_disk = Document::open(&path).expect("reopen");
    assert_eq!(on_disk.assessment().answer("access.sso"), Some(Answer::Yes));
    assert_eq!(
        on_disk.assessment().answer("access.review"),
        Some(Answer::No)
    );
    // The second saw the first's answer when it saved.
    assert_eq!(second.assessment().answer("access.sso"), Some(Answer::Yes));
}

#[test]
fn the_later_change_to_the_same_question_wins_and_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.toml");
    Document::create(&path, sample(), &builtin()).expect("create");
    let mut first = Document::open(&path).expect("first");
    let mut second = Document::open(&path).expect("second");
    first.set_entry("access.sso", answered(Answer::Yes));
    first.save().expect("save");
    second.set_entry("access.sso", answered(Answer::No));
    let report = second.save().expect("save");
    assert_eq!(report.overwritten, ["access.sso"]);
    assert_eq!(
        Document::open(&path)
            .expect("reopen")
            .assessment()
            .answer("access.sso"),
        Some(Answer::No)
    );
}

#[test]
fn a_broken_file_is_never_overwritten_and_the_changes_stay_in_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.toml");
    let mut doc = Document::create(&path, sample(), &builtin()).expect("create");
    std::fs::write(&path, "format = 1\n[answers\n").expect("break it");
    doc.set_entry("access.sso", answered(Answer::Yes));
    let err = doc.save().expect_err("refused");
    assert!(
        matches!(&err, srm_assess::store::StoreError::Broken { error, .. } if error.position.line == 2),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "format = 1\n[answers\n"
    );
    assert!(doc.has_changes());
    // Once the file is repaired, the same change is saved.
    std::fs::write(
        &path,
        file::to_toml(&sample(), &builtin().ids()).expect("toml"),
    )
    .expect("repair");
    doc.save().expect("saved after repair");
    assert_eq!(
        Document::open(&path)
            .expect("reopen")
            .assessment()
            .answer("access.sso"),
        Some(Answer::Yes)
    );
}

#[test]
fn a_file_deleted_while_open_is_written_again_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.toml");
    let mut doc = Document::create(&path, sample(), &builtin()).expect("create");
    doc.set_entry("access.review", answered(Answer::Partial));
    doc.save().expect("save");
    std::fs::remove_file(&path).expect("delete");
    doc.set_entry("access.sso", answered(Answer::Yes));
    doc.save().expect("save again");
    let back = Document::open(&path).expect("reopen");
    assert_eq!(
        back.assessment().answer("access.review"),
        Some(Answer::Partial)
    );
    assert_eq!(back.assessment().answer("access.sso"), Some(Answer::Yes));
}

#[test]
fn unknown_keys_and_bad_values_are_located() {
    let good = file::to_toml(&sample(), &builtin().ids()).expect("toml");
    for (broken, marker) in [
        (
            good.replace("[metadata]", "[metadata]\ncolour = \"blue\""),
            "colour",
        ),
        (
            good.replace(
                "[answers.\"access.sso\"]\n",
                "[answers.\"access.sso\"]\nanswer = \"maybe\"\n",
            ),
            "\"maybe\"",
        ),
        (
            good.replace(
                "[answers.\"access.sso\"]\n",
                "[answers.\"access.sso\"]\ndue = \"2027-02-30\"\n",
            ),
            "\"2027-02-30\"",
        ),
        (good.replace("format = 1", "format = 9"), "format = 9"),
    ] {
        let line = broken[..broken.find(marker).expect("marker")]
            .matches('\n')
            .count()
            + 1;
        let err = file::parse(&broken).expect_err("refused");
        assert_eq!(err.position.line, line, "{err}\n{broken}");
    }
}

#[test]
fn the_documented_example_file_parses() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/assessment-format.md"
    ))
    .expect("doc");
    let start = doc.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let end = start + doc[start..].find("```").expect("closed");
    let a = file::parse(&doc[start..end]).expect("the documented example parses");
    assert_eq!(a.answer("access.session-timeout"), Some(Answer::Partial));
    assert_eq!(
        a.answers["access.session-timeout"].due,
        Some(Date::new(2027, 1, 31).expect("date"))
    );
    // And it is written back exactly as documented.
    assert_eq!(file::to_toml(&a, &[]).expect("toml"), &doc[start..end]);
    // The example of an accepted risk with evidence: the header of the
    // first example, then it; read, and written back in the same order.
    let header = &doc[start..start + doc[start..].find("[answers.").expect("answers")];
    let second = end + doc[end..].find("```toml\n").expect("a second block") + "```toml\n".len();
    let second_end = second + doc[second..].find("```").expect("closed");
    let text = format!("{header}{}", &doc[second..second_end]);
    let a = file::parse(&text).expect("the documented decisions parse");
    let entry = &a.answers["access.session-timeout"];
    assert_eq!(
        entry.acceptance.as_ref().map(|x| x.until.to_string()),
        Some("2027-03-31".to_string())
    );
    assert_eq!(entry.evidence.len(), 1);
    assert_eq!(file::to_toml(&a, &[]).expect("toml"), text);
    // The example of an observation: read, and written back the same.
    let third = second_end
        + doc[second_end..].find("```toml\n").expect("a third block")
        + "```toml\n".len();
    let third_end = third + doc[third..].find("```").expect("closed");
    let text = format!("{header}{}", &doc[third..third_end]);
    let a = file::parse(&text).expect("the documented observation parses");
    let seen = a.observations("access.two-factor");
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].suggests, srm_assess::assessment::Suggestion::No);
    assert!(seen[0].direct && !seen[1].direct);
    assert_eq!(seen[1].facts["set_up"], "11");
    assert!(a.contradiction("access.two-factor"));
    assert_eq!(file::to_toml(&a, &[]).expect("toml"), text);
}

#[test]
fn a_file_with_an_updated_line_is_read_with_its_records_dated_and_saved_without_it() {
    let old = "format = 1\nlang = \"en\"\ncreated = \"2026-01-01T00:00:00Z\"\n\
        updated = \"2026-03-01T00:00:00Z\"\n\n[questionnaire]\nid = \"zendesk-srm\"\n\
        version = \"2023-06-16\"\n\n[answers.\"access.sso\"]\nanswer = \"yes\"\nowner = \"Ann\"\n";
    let a = file::parse(old).expect("an older file parses");
    let sso = &a.answers["access.sso"];
    let saved: Timestamp = "2026-03-01T00:00:00Z".parse().expect("ts");
    // Undated records were made by the last save, the latest they can be.
    assert_eq!((sso.answered_at, sso.edited_at), (Some(saved), Some(saved)));
    assert_eq!(a.updated(), saved);
    assert_eq!(a.saved, None);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.toml");
    std::fs::write(&path, old).expect("write");
    let mut doc = Document::open(&path).expect("open");
    doc.use_questionnaire(&builtin());
    let later: Timestamp = "2026-04-01T00:00:00Z".parse().expect("ts");
    doc.set_entry(
        "access.review",
        Entry {
            answered_at: Some(later),
            ..answered(Answer::No)
        },
    );
    doc.save().expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("\nupdated"), "{text}");
    // Every question has its block, in the questionnaire's order.
    assert_eq!(file::block_order(&text), builtin().ids());
    let back = file::parse(&text).expect("parses");
    assert_eq!(back.answers["access.sso"].answered_at, Some(saved));
    assert_eq!(back.updated(), later, "the new answer is the newest record");
}

#[test]
fn a_save_changes_only_the_lines_of_what_it_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.toml");
    let mut doc = Document::create(&path, sample(), &builtin()).expect("create");
    doc.set_entry("access.sso", answered(Answer::Yes));
    doc.save().expect("save");
    let before = std::fs::read_to_string(&path).expect("read");
    doc.set_entry("access.review", answered(Answer::No));
    doc.save().expect("save");
    let after = std::fs::read_to_string(&path).expect("read");
    let (old, new): (Vec<_>, Vec<_>) = (before.lines().collect(), after.lines().collect());
    // Only lines were added, all inside the review's block.
    let added: Vec<_> = new.iter().filter(|l| !old.contains(l)).collect();
    assert_eq!(added, [&"answer = \"no\""]);
    assert!(old.iter().all(|l| new.contains(l)));
}
