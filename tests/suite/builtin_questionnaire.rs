//! The built-in Zendesk questionnaire: valid, complete against the source's
//! subscriber duties, and fully translated.

use std::collections::BTreeSet;

use srm_assess::lang::Lang;
use srm_assess::questionnaire::{self, Questionnaire};

fn builtin() -> Questionnaire {
    questionnaire::builtin_from_source()
        .unwrap_or_else(|e| panic!("built-in questionnaire is invalid:\n{e:?}"))
}

/// The 25 subscriber bullets of sections I–VI, as numbered in
/// `shared/notes/bullets.md`.
const BULLETS: [&str; 25] = [
    "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "I.7", "II.1", "II.2", "II.3", "III.1", "III.2",
    "III.3", "III.4", "III.5", "III.6", "III.7", "III.8", "IV.1", "IV.2", "IV.3", "V.1", "V.2",
    "VI.1", "VI.2",
];

#[test]
fn builtin_questionnaire_is_valid_and_dated_by_the_source_change_log() {
    let q = builtin();
    assert_eq!(q.id, "zendesk-srm");
    assert_eq!(q.version, "2023-06-16");
    assert_eq!(*q.locales, ["en", "it"]);
    assert_eq!(q.security_contact, "security@zendesk.com");
    let numbers: Vec<&str> = q.sections.iter().map(|s| &*s.number).collect();
    assert_eq!(numbers, ["I", "II", "III", "IV", "V", "VI"]);
}

#[test]
fn every_subscriber_bullet_has_a_question_and_no_other_reference_is_used() {
    let q = builtin();
    let used: BTreeSet<&str> = q.questions.iter().map(|x| &*x.reference).collect();
    for bullet in BULLETS {
        assert!(used.contains(bullet), "no question cites bullet {bullet}");
    }
    let known: BTreeSet<&str> = BULLETS.into_iter().collect();
    let unknown: Vec<&&str> = used.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "questions cite references the source does not have: {unknown:?}"
    );
}

#[test]
fn each_question_sits_in_the_section_its_reference_names() {
    let q = builtin();
    for question in q.questions.iter() {
        let section = &q.sections[question.section];
        let roman = question.reference.split('.').next().unwrap_or_default();
        assert_eq!(
            roman, section.number,
            "{} ({}) is in section {}",
            question.id, question.reference, section.number
        );
    }
}

#[test]
fn every_text_exists_in_english_and_italian_and_is_translated() {
    let q = builtin();
    for question in q.questions.iter() {
        for (field, text) in [
            ("text", &question.text),
            ("help", &question.help),
            ("remedy", &question.remedy),
        ] {
            let en = text.get(Lang::En);
            let it = text.get(Lang::It);
            assert!(
                !en.trim().is_empty() && !it.trim().is_empty(),
                "{} {field} is empty",
                question.id
            );
            assert_ne!(en, it, "{} {field} is not translated", question.id);
        }
    }
    for section in q.sections.iter() {
        assert_ne!(section.title.get(Lang::En), section.title.get(Lang::It));
        assert_ne!(section.why.get(Lang::En), section.why.get(Lang::It));
        for item in section.vendor_items.iter() {
            assert_ne!(
                item.text.get(Lang::En),
                item.text.get(Lang::It),
                "{}",
                item.reference
            );
        }
    }
}

#[test]
fn question_ids_are_the_same_whatever_the_language() {
    // One file holds both languages, so each id has a text in each: check
    // that looking a question up gives the same question and both texts.
    let q = builtin();
    let ids: Vec<&str> = q.questions.iter().map(|x| &*x.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len());
    for id in ids {
        let question = q.question(id).expect("indexed");
        assert_eq!(question.id, id);
        for lang in Lang::ALL {
            assert!(!question.text.get(lang).is_empty());
        }
    }
}

#[test]
fn every_help_says_what_good_looks_like_and_where_to_check() {
    let q = builtin();
    for question in q.questions.iter() {
        let en = question.help.get(Lang::En);
        let it = question.help.get(Lang::It);
        assert!(
            en.contains("**Good looks like:**") && en.contains("**Where to check:**"),
            "{}",
            question.id
        );
        assert!(
            it.contains("**Come dovrebbe essere:**") && it.contains("**Dove verificare:**"),
            "{}",
            question.id
        );
    }
}

#[test]
fn every_section_lists_what_the_vendor_covers_with_its_references() {
    let q = builtin();
    for section in q.sections.iter() {
        assert!(
            !section.vendor_items.is_empty(),
            "section {} lists nothing on Zendesk's side",
            section.id
        );
        for item in section.vendor_items.iter() {
            assert!(
                item.reference
                    .starts_with(&format!("Z-{}.", section.number)),
                "{}",
                item.reference
            );
        }
    }
    let total: usize = q.sections.iter().map(|s| s.vendor_items.len()).sum();
    assert_eq!(
        total,
        3 + 3 + 8 + 5 + 3 + 5,
        "the source lists 27 vendor duties"
    );
}

#[test]
fn every_question_has_a_link_and_every_link_is_https() {
    let q = builtin();
    for question in q.questions.iter() {
        assert!(!question.links.is_empty(), "{} has no link", question.id);
        for id in question.links.iter() {
            assert!(
                q.link(id).is_some(),
                "{} cites unknown link {id}",
                question.id
            );
        }
    }
    for link in q.links.iter() {
        assert!(link.url.starts_with("https://"), "{}", link.id);
    }
}

#[test]
fn the_section_seven_links_of_the_source_are_all_there() {
    let q = builtin();
    for id in [
        "zd-security",
        "zd-security-best-practices",
        "zd-security-settings",
        "zd-temporary-access",
        "zd-cookie-policy",
        "zd-msa",
        "zd-privacy",
        "zd-audit-log",
        "zd-ticket-audits-api",
        "zd-chat-history",
        "zd-chat-export",
        "zd-sunshine-objects",
        "zd-sell-firehose",
    ] {
        assert!(q.link(id).is_some(), "missing link {id}");
    }
}

#[test]
fn the_documented_example_is_a_valid_questionnaire() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/questionnaire-format.md"
    ))
    .expect("docs/questionnaire-format.md");
    let start = doc.find("```toml\n").expect("a ```toml block") + "```toml\n".len();
    let end = start + doc[start..].find("```").expect("closed block");
    let example = &doc[start..end];
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/minimal.toml"
    ))
    .expect("fixture");
    assert_eq!(
        example, fixture,
        "the documented example and tests/fixtures/valid/minimal.toml differ"
    );
    Questionnaire::parse(example, "docs example").expect("the documented example is valid");
}

#[test]
fn the_quick_id_and_version_match_the_parsed_ones() {
    let q = builtin();
    assert_eq!(
        questionnaire::builtin_id_and_version(),
        (
            &*q.id,
            &*q.version,
            q.revision
                .as_deref()
                .expect("the built-in questionnaire records its revision")
        )
    );
}

/// The report sorts gaps by severity, so a question can be printed far
/// from its neighbours: none may lean on another by a demonstrative, in
/// any language, and the validator warns about it.
#[test]
fn every_question_stands_alone() {
    let q = builtin();
    assert!(
        srm_assess::questionnaire::warnings(&q).is_empty(),
        "{:?}",
        srm_assess::questionnaire::warnings(&q)
    );
}

/// Links straight to the admin's own settings, plans that exist, Italian
/// pages where they are known: what issue 13 asks of the content.
#[test]
fn admin_paths_plans_and_italian_links_hold_up() {
    use srm_assess::lang::Lang;
    let q = builtin();
    let mut with_path = 0;
    for question in q.questions.iter() {
        if question.admin_path.is_some() {
            with_path += 1;
            let url = q.admin_link(question, "acme").expect("a link for acme");
            assert!(
                url.starts_with("https://acme.zendesk.com/admin/")
                    && !url.contains(char::is_whitespace),
                "{}: {url}",
                question.id
            );
            assert_eq!(
                q.admin_link(question, "Ac me<b>"),
                None,
                "a hostile instance gives no link"
            );
            assert_eq!(q.admin_link(question, ""), None);
        }
        for plan in question.plans.iter() {
            assert!(
                q.plans.iter().any(|p| &p.id == plan),
                "{}: unknown plan {plan}",
                question.id
            );
        }
    }
    assert!(
        with_path >= 10,
        "only {with_path} questions link to their setting"
    );
    let audit = q
        .question("monitoring.audit-log")
        .expect("audit log question");
    assert!(
        q.plans_needed(audit, Lang::En)
            .expect("a plan")
            .contains("Enterprise")
    );
    for link in q.links.iter() {
        if link.url.starts_with("https://support.zendesk.com/") {
            let italian = link.url_for(Lang::It);
            assert!(
                italian.starts_with("https://support.zendesk.com/hc/it/")
                    || link.untranslated
                    || link.translation_unconfirmed,
                "{}: the Italian report links {italian} without saying whether an Italian page exists",
                link.id
            );
        }
    }
}

/// The format's documentation lists exactly the probe rules a questionnaire
/// may name (it listed rules that had been renamed and missed new ones).
#[test]
fn the_format_documentation_lists_every_probe_rule() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/questionnaire-format.md"
    ))
    .expect("docs/questionnaire-format.md");
    let row = doc
        .lines()
        .find(|l| l.starts_with("| `probe` |"))
        .expect("the probe row");
    let listed: BTreeSet<&str> = row
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|w| *w != "probe" && !w.contains(' '))
        .collect();
    let known: BTreeSet<&str> = questionnaire::ProbeRule::ALL
        .iter()
        .map(|r| r.as_str())
        .collect();
    assert_eq!(listed, known);
}

/// Questions are listed in the order of their references (newcomer-4:
/// `access.agent-ticket-scope`, I.1 but added last, came after I.7), in
/// the questionnaire and so in the interface, the walk, every report and
/// the CSV; a custom questionnaire's are put in that order too.
#[test]
fn questions_follow_their_references() {
    fn key(reference: &str) -> Vec<u64> {
        let roman = |s: &str| match s {
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            "V" => 5,
            "VI" => 6,
            n => n.parse().expect("a number"),
        };
        reference.split('.').map(roman).collect()
    }
    let q = questionnaire::builtin().expect("builtin");
    for pair in q.questions.windows(2) {
        if pair[0].section == pair[1].section {
            assert!(
                key(&pair[0].reference) <= key(&pair[1].reference),
                "{} ({}) before {} ({})",
                pair[0].id,
                pair[0].reference,
                pair[1].id,
                pair[1].reference
            );
        }
    }
    let at = |id: &str| q.position(id).expect(id);
    assert!(at("access.agent-ticket-scope") < at("access.sso"));
    // The CSV as a user gets it.
    let dir = tempfile::tempdir().expect("tempdir");
    crate::common::binary::create(dir.path(), "a", &[]);
    let csv = crate::common::binary::srm(dir.path())
        .args(["report", "a", "--format", "csv"])
        .output()
        .expect("csv");
    let csv = String::from_utf8(csv.stdout).expect("utf-8");
    let row = |id: &str| csv.find(&format!("{id},")).expect(id);
    assert!(
        row("access.agent-ticket-scope") < row("access.sso"),
        "{csv}"
    );
    // A custom questionnaire whose first question has the last reference.
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/navigation.toml"
    ))
    .expect("fixture")
    .replacen("ref = \"I.1\"", "ref = \"I.10\"", 1);
    let custom = questionnaire::Questionnaire::parse(&source, "navigation.toml").expect("valid");
    let access: Vec<&str> = custom
        .questions
        .iter()
        .filter(|x| x.id.starts_with("access."))
        .map(|x| &*x.id)
        .collect();
    assert_eq!(access.last(), Some(&"access.lifecycle"), "{access:?}");
}

/// The ids of every control and enhancement in NIST's SP 800-53 rev. 5
/// HIGH baseline catalog (tests/fixtures/oscal/catalogs).
fn nist_catalog_ids() -> std::collections::BTreeSet<String> {
    fn walk(controls: &[serde_json::Value], ids: &mut std::collections::BTreeSet<String>) {
        for c in controls {
            ids.insert(c["id"].as_str().expect("id").to_string());
            walk(c["controls"].as_array().map_or(&[][..], Vec::as_slice), ids);
        }
    }
    let path = "tests/fixtures/oscal/catalogs/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";
    let catalog: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("catalog")).expect("JSON");
    let mut ids = std::collections::BTreeSet::new();
    for group in catalog["catalog"]["groups"].as_array().expect("groups") {
        walk(group["controls"].as_array().expect("controls"), &mut ids);
    }
    ids
}

/// Every built-in question is mapped to SP 800-53 rev. 5 (each id in NIST's
/// catalog, with a relationship and a rationale), to ISO/IEC 27001:2022
/// Annex A and to SOC 2; ids are of the right shape and not repeated.
#[test]
fn every_question_is_mapped_to_the_three_frameworks() {
    use srm_assess::questionnaire::Framework;
    let q = srm_assess::questionnaire::builtin().expect("built-in");
    let catalog = nist_catalog_ids();
    assert!(catalog.len() > 300, "{} controls", catalog.len());
    for question in q.questions.iter() {
        let c = &question.controls;
        for framework in Framework::ALL {
            let ids = c.of(framework);
            assert!(
                !ids.is_empty(),
                "{} has no {} control",
                question.id,
                framework.key()
            );
            let unique: std::collections::BTreeSet<&str> = ids.iter().map(|i| &**i).collect();
            assert_eq!(unique.len(), ids.len(), "{}: repeated", question.id);
            for id in ids {
                assert!(framework.is_id(id), "{}: {id}", question.id);
            }
        }
        for id in c.of(Framework::Nist80053) {
            assert!(
                catalog.contains(&**id),
                "{}: {id} is not in NIST's catalog",
                question.id
            );
        }
        assert!(c.relationship.is_some(), "{}", question.id);
        assert!(
            c.rationale.len() > 20 && !c.rationale.contains('\n'),
            "{}: {}",
            question.id,
            c.rationale
        );
    }
}
