//! The gap report: snapshots in English and Italian, JSON, lint rules, the
//! sample files in `assets/`, and what hostile notes can and cannot do.

use crate::common;

use std::collections::BTreeMap;

use common::{fixture, gfm_structure, lint, report, zendesk};
use proptest::prelude::*;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};
use srm_assess::assessment::{Answer, Assessment, Entry, Metadata};
use srm_assess::lang::Lang;
use srm_assess::report::{csv, html, json, markdown};

/// The Markdown report in each language, from one test: the snapshots
/// `markdown_report_in_english` and `markdown_report_in_italian`.
#[test]
fn markdown_report_in_each_language() {
    let q = zendesk();
    let (now, old) = (fixture("acme-prod"), fixture("acme-2026q2"));
    for (lang, name) in [(Lang::En, "english"), (Lang::It, "italian")] {
        let md = markdown::render(
            &report(&q, &now, "acme-prod", lang, Some(("acme-2026q2", &old))).model(),
        );
        insta::assert_snapshot!(format!("markdown_report_in_{name}"), md);
    }
}

#[test]
fn json_report() {
    let q = zendesk();
    let (now, old) = (fixture("acme-prod"), fixture("acme-2026q2"));
    let text =
        json::render(&report(&q, &now, "acme-prod", Lang::En, Some(("acme-2026q2", &old))).model())
            .expect("json");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    // The shape README.md and docs/ promise.
    assert!(value["assessment"]["organization"].is_string());
    assert!(value["summary"]["score"].is_number());
    // The score's coverage beside it: 32 of 63 answered (the answer to
    // a retired question is kept, not counted).
    assert_eq!(value["summary"]["coverage"], 50.8);
    assert_eq!(value["summary"]["provisional"], false);
    assert!(value["sections"][0]["summary"]["coverage"].is_number());
    let first = &value["sections"][0];
    assert_eq!(first["id"], "access");
    assert!(first["title"].is_string());
    let q0 = &first["questions"][0];
    for key in ["id", "ref", "severity", "answer", "notes", "links"] {
        assert!(q0.get(key).is_some(), "question lacks {key}");
    }
    let unanswered = value["sections"][3]["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["id"] == "monitoring.exported-data")
        .expect("q");
    assert!(unanswered["answer"].is_null());
    insta::assert_snapshot!(text);
}

#[test]
fn every_report_passes_the_lint_rules() {
    let q = zendesk();
    let empty = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    let mut full = empty.clone();
    for (i, question) in q.questions.iter().enumerate() {
        let answer = Answer::ALL[i % 5];
        let justification = if answer == Answer::Na {
            "Does not apply.".into()
        } else {
            String::new()
        };
        full.answers.insert(
            question.id.to_string(),
            Entry {
                answer: Some(answer),
                justification,
                ..Entry::default()
            },
        );
    }
    let (now, old) = (fixture("acme-prod"), fixture("acme-2026q2"));
    for lang in common::langs() {
        for (a, since) in [
            (&empty, None),
            (&full, Some(("empty", &empty))),
            (&now, Some(("acme-2026q2", &old))),
            (&now, Some(("same", &now))),
        ] {
            let md = markdown::render(&report(&q, a, "x", lang, since).model());
            let problems = lint(&md);
            assert!(problems.is_empty(), "{problems:#?}\n{md}");
        }
    }
}

#[test]
fn an_empty_assessment_says_what_is_missing() {
    let q = zendesk();
    let empty = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    let md = markdown::render(&report(&q, &empty, "blank", Lang::En, None).model());
    assert!(md.starts_with("# Zendesk shared responsibility assessment · blank · 2026-01-01\n"));
    assert!(md.contains("Overall score: **—**"));
    assert!(md.contains("No gaps among the answered questions."));
    // Never more than is known: the coverage, that the score is
    // provisional, and the unassessed high-severity questions as risks.
    assert!(md.contains("on 0 of 63 questions (0% assessed)"), "{md}");
    assert!(
        md.contains("63 of 63 questions are not yet assessed"),
        "{md}"
    );
    assert!(md.contains("provisional: fewer than half"), "{md}");
    assert!(!md.contains("No high-severity gap"), "{md}");
    let unassessed_high = md.matches("— **not assessed**").count();
    assert_eq!(unassessed_high, 7, "{md}");
    assert_eq!(
        md.matches("\n- ").count() - 1 - q.general_links.len() - 2 - 3 - 10 - unassessed_high,
        q.questions.len(),
        "{md}"
    );
}

#[test]
fn gaps_come_most_severe_first() {
    let q = zendesk();
    let a = fixture("acme-prod");
    let gaps = srm_assess::report::gaps(&q, &a);
    let severities: Vec<_> = gaps.iter().map(|(q, _)| q.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(gaps[0].1, Answer::No);
}

#[test]
fn html_is_one_standalone_page_without_scripts() {
    let q = zendesk();
    let mut a = fixture("acme-prod");
    a.metadata.organization = "<script>alert('x')</script> & Co".into();
    a.answers.get_mut("access.review").expect("entry").notes =
        "<img src=x onerror=alert(1)> <b>bold</b>".into();
    let page = html::render(&report(&q, &a, "acme-prod", Lang::En, None).model());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<title>Zendesk shared responsibility assessment: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</title>") || page.contains("<title>Zendesk shared responsibility assessment: &lt;script&gt;alert('x')&lt;/script&gt; &amp; Co</title>"), "{}", &page[..600]);
    assert!(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("<table>") && page.contains("<h2>"));
    assert!(!page.contains("src=\"http") && !page.contains("<link"));
}

#[test]
fn csv_has_one_row_per_question_and_defuses_formulas() {
    let q = zendesk();
    let mut a = fixture("acme-prod");
    a.answers.get_mut("access.review").expect("entry").notes = "=HYPERLINK(\"http://evil\")".into();
    let text = csv::render(&report(&q, &a, "acme-prod", Lang::En, None).model()).expect("csv");
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), csv::HEADER);
    let rows: Vec<_> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), q.questions.len());
    let review = rows.iter().find(|r| &r[2] == "access.review").expect("row");
    assert_eq!(&review[8], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(&review[10], "Marco Bianchi");
    assert_eq!(&review[11], "2027-01-31");
    // What the Zendesk probe saw, and whether it contradicts the answer.
    let column = |name: &str| csv::HEADER.iter().position(|h| *h == name).expect("column");
    let two_factor = rows
        .iter()
        .find(|r| &r[2] == "access.two-factor")
        .expect("row");
    assert_eq!(
        &two_factor[column("api_shows")],
        "two-factor authentication is not required of team members; 7 of 9 active team members show two-factor authentication set up, 1 shows it off, 1 does not show it (enrolment, not enforcement; people who sign in through SSO cannot enrol)"
    );
    assert_eq!(&two_factor[column("api_suggests")], "no");
    assert_eq!(&two_factor[column("contradiction")], "true");
    assert_eq!(&review[column("contradiction")], "false");
}

/// What the probe fetched goes stale like evidence, after the question's
/// renewal period: the report says so beside the date.
#[test]
fn observations_go_stale_in_the_report() {
    let q = zendesk();
    let a = fixture("acme-prod");
    let mut r = report(&q, &a, "acme-prod", Lang::En, None);
    assert!(!markdown::render(&r.model()).contains("(stale)"));
    r.as_of = "2027-06-01".parse().expect("date");
    assert!(markdown::render(&r.model()).contains("2026-11-20 09:30 UTC (stale)"));
}

#[test]
fn the_sample_reports_in_assets_are_up_to_date() {
    let q = zendesk();
    let (now, old) = (fixture("acme-prod"), fixture("acme-2026q2"));
    let r = report(&q, &now, "acme-prod", Lang::En, Some(("acme-2026q2", &old)));
    for (file, text) in [
        ("sample-report.md", markdown::render(&r.model())),
        ("sample-report.html", html::render(&r.model())),
    ] {
        crate::common::sample_is_current(file, &text, "report");
    }
}

/// The structure of a Markdown document as a reader sees it: every block
/// and inline element except text and the autolinks that show their URL.
fn structure(md: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for event in Parser::new_ext(
        md,
        Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_TASKLISTS,
    ) {
        let key = match event {
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => continue,
            Event::Start(tag) => {
                format!("{tag:?}")
                    .split(['(', ' ', '{'])
                    .next()
                    .unwrap_or_default()
                    .to_string()
                    + &match tag {
                        Tag::Heading { level, .. } => format!("{level:?}"),
                        Tag::Link { dest_url, .. } => format!(" {dest_url}"),
                        _ => String::new(),
                    }
            }
            Event::Html(_) | Event::InlineHtml(_) => "html".into(),
            Event::Code(_) => "code".into(),
            Event::FootnoteReference(_) => "footnote".into(),
            Event::TaskListMarker(_) => "task".into(),
            Event::Rule => "rule".into(),
            _ => continue,
        };
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

fn with_hostile(text: &str) -> Assessment {
    let mut a = fixture("acme-prod");
    a.metadata.organization = text.to_string();
    a.metadata.assessor = text.to_string();
    let review = a.answers.get_mut("access.review").expect("gap");
    review.notes = text.to_string();
    review.owner = text.to_string();
    a.answers
        .get_mut("access.ip-restrictions")
        .expect("na")
        .justification = text.to_string();
    a.answers
        .get_mut("access.shared-accounts")
        .expect("retired")
        .notes = text.to_string();
    // The free text of decisions: an accepted risk's approver, reason and
    // compensating control; evidence references and notes (in a gap, an
    // accepted risk and the evidence table).
    let accepted = a
        .answers
        .get_mut("access.session-timeout")
        .and_then(|e| e.acceptance.as_mut())
        .expect("an accepted risk");
    accepted.by = text.to_string();
    accepted.reason = text.to_string();
    accepted.compensating = text.to_string();
    let evidence = srm_assess::assessment::Evidence {
        reference: text.to_string(),
        observed: "2026-11-01".parse().expect("date"),
        recorded: "2026-11-01".parse().expect("date"),
        sha256: None,
        note: text.to_string(),
    };
    for id in ["access.session-timeout", "access.review", "access.sso"] {
        a.answers
            .get_mut(id)
            .expect("answered")
            .evidence
            .push(evidence.clone());
    }
    a
}

fn hostile_text() -> impl Strategy<Value = String> {
    let fragment = proptest::sample::select(vec![
        "# ",
        "## x",
        "\n",
        "\n\n",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        "> ",
        "    ",
        "\t",
        "```",
        "~~~",
        "---",
        "===",
        "***",
        "|",
        " | a | b |",
        "|---|",
        "[",
        "]",
        "(",
        ")",
        "![img](https://x.example/i.png)",
        "[l](https://evil.example)",
        "[r]: https://ref.example",
        "<",
        ">",
        "<b>",
        "<script>alert(1)</script>",
        "<!--",
        "&amp;",
        "&#60;",
        "`code`",
        "*em*",
        "_em_",
        "**",
        "~~s~~",
        "\\",
        "https://ok.example/a_b",
        "<https://auto.example>",
        "mailto:a@b.c",
        "[^1]",
        "[^1]: note",
        "- [ ] task",
        "\u{1b}[2J",
        "\u{202e}",
        "\r\n",
        "$x$",
        ":smile:",
        "@team",
        "word",
        "www.x.example",
        "WWW.x.example",
        "HTTP://x.example",
        "Ftp://x.example",
        "a@b.example",
        "<img src=//evil.example/p.png>",
        "<h1 id=x>",
        "<a href=https://evil.example>",
        "&",
        "&lt;",
        "\u{2028}",
    ]);
    prop_oneof![
        3 => proptest::collection::vec(fragment, 0..12).prop_map(|v| v.concat()),
        1 => any::<String>(),
        1 => "[#*_`\\[\\]()<>|!&~$=+\\-.:0-9 \n\ta-z/\\\\]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_typed_text_changes_the_structure_of_the_report(text in hostile_text()) {
        let q = zendesk();
        // Empty notes are left out; anything else takes the place of words.
        let plain = with_hostile(if text.trim().is_empty() { "" } else { "plain words" });
        let hostile = with_hostile(&text);
        let expected = structure(&markdown::render(&report(&q, &plain, "x", Lang::En, None).model()));
        let md = markdown::render(&report(&q, &hostile, "x", Lang::En, None).model());
        prop_assert_eq!(structure(&md), expected, "{}", md);
        let expected = gfm_structure(&markdown::render(&report(&q, &plain, "x", Lang::En, None).model()));
        prop_assert_eq!(gfm_structure(&md), expected, "{}", md);
        prop_assert!(lint(&md).is_empty(), "{:?}", lint(&md));
    }
}

/// GitHub's extended autolinks swallow the backslash that escapes the next
/// character: each of these once became live HTML, an image or a link.
#[test]
fn typed_text_next_to_autolinks_stays_text_on_github() {
    let q = zendesk();
    let plain = with_hostile("plain words");
    let expected = gfm_structure(&markdown::render(
        &report(&q, &plain, "x", Lang::En, None).model(),
    ));
    for attack in [
        "www.x.example<img src=//evil.example/p.png>",
        "www.x.example<h1 style=x>big</h1>",
        "www.x.example<a href=https://evil.example>click</a>",
        "https://x.example<img src=//evil.example/p.png>",
        "HTTP://x.example<img src=//evil.example/p.png>",
        "ftp://x.example<img src=//evil.example/p.png>",
        "a@b.example<img src=//evil.example/p.png>",
        "www.x.example&lt;img src=x&gt;",
        "www.x.example|a|b",
        "www.x.example`code`",
        "www.x.example<!-- hidden -->",
        "[r]: https://ref.example\n[r]",
        "www.x.example[^1]\n\n[^1]: note",
        "www.x.example\u{2028}<img src=x>",
        "www.x.example*em*_em_~~s~~",
        "x@y.example[l](https://evil.example)",
    ] {
        let hostile = with_hostile(attack);
        let md = markdown::render(&report(&q, &hostile, "x", Lang::En, None).model());
        assert_eq!(
            gfm_structure(&md),
            expected,
            "{attack:?} changed the structure:\n{md}"
        );
        assert!(lint(&md).is_empty(), "{attack:?}: {:?}", lint(&md));
    }
}

/// A flagged question answered yes appeared nowhere in the report.
#[test]
fn every_flagged_question_is_listed_whatever_its_answer() {
    let q = zendesk();
    let mut a = fixture("acme-prod");
    let entry = a.answers.get_mut("access.sso").expect("a yes");
    assert_eq!(entry.answer, Some(Answer::Yes));
    entry.flagged = true;
    let md = markdown::render(&report(&q, &a, "x", Lang::En, None).model());
    let section = md
        .split("\n## Flagged for review\n")
        .nth(1)
        .expect("a flagged section")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    assert!(
        section.contains("access.sso") && section.contains("Yes"),
        "{section}"
    );
    for (id, e) in &a.answers {
        if e.flagged && q.question(id).is_some() {
            assert!(
                section.contains(id.as_str()),
                "{id} is flagged but not listed"
            );
        }
    }
    assert!(lint(&md).is_empty(), "{:?}", lint(&md));
}

/// Each gap links to its setting in the instance's own Admin Center and
/// says which plan it needs; the Italian report links Italian pages where
/// they are known.
#[test]
fn gaps_link_to_the_admins_own_settings_and_plans() {
    let q = zendesk();
    let mut a = fixture("acme-prod");
    assert_eq!(a.metadata.instance, "acme");
    let md = markdown::render(&report(&q, &a, "x", Lang::En, None).model());
    assert!(
        md.contains("**Your setting:** <https://acme.zendesk.com/admin/"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(
        &json::render(&report(&q, &a, "x", Lang::En, None).model()).expect("json"),
    )
    .expect("json");
    let audit = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["questions"].as_array().expect("questions").iter())
        .find(|x| x["id"] == "monitoring.audit-log")
        .expect("audit log")
        .clone();
    assert!(
        audit["plans"]
            .as_str()
            .expect("plans")
            .contains("Enterprise")
    );
    let it = markdown::render(&report(&q, &a, "x", Lang::It, None).model());
    assert!(
        it.contains("https://support.zendesk.com/hc/it/articles/"),
        "{it}"
    );
    // A hostile instance name gives no link at all.
    a.metadata.instance = "evil.example/<x>".into();
    let md = markdown::render(&report(&q, &a, "x", Lang::En, None).model());
    assert!(!md.contains("**Your setting:**"));
}

/// The report opens with the executive summary, the contradictions and the action plan; the
/// plan has one row per gap with owner, due date and status (overdue as of
/// the report's day, accepted until …); the vendor's coverage appears once
/// per section, not under each gap; `--since` lists regressions first.
#[test]
fn the_first_screen_is_the_summary_and_the_plan() {
    let q = zendesk();
    let (now, old) = (fixture("acme-prod"), fixture("acme-2026q2"));
    let md = markdown::render(
        &report(&q, &now, "acme-prod", Lang::En, Some(("acme-2026q2", &old))).model(),
    );
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
    // A probed assessment: the contradictions come right after the summary.
    assert_eq!(
        &headings[..4],
        [
            "## Executive summary",
            "## Contradictions",
            "## Action plan",
            "## About this assessment"
        ]
    );
    let plan = md.split("\n## Action plan\n").nth(1).expect("plan");
    let plan = plan.split("\n## ").next().unwrap_or_default();
    let rows: Vec<&str> = plan
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Source") && !l.starts_with("| ---"))
        .collect();
    let gaps = srm_assess::report::gaps(&q, &now);
    assert_eq!(rows.len(), gaps.len(), "{plan}");
    assert!(
        plan.contains("| III.4 |")
            && plan.contains("| Legal | 2026-10-31 | overdue (due 2026-10-31) |"),
        "{plan}"
    );
    assert!(plan.contains("accepted until 2027-03-31"), "{plan}");
    let covers = "What Zendesk covers on its side";
    assert_eq!(md.matches(&format!("## {covers}")).count(), 1);
    assert!(
        !md.contains(&format!("**{covers}:**")),
        "no longer under each gap"
    );
    let since = md
        .split("\n## Progress since acme-2026q2\n")
        .nth(1)
        .expect("since");
    let regressed = since.find("### Regressed").expect("regressions");
    let improved = since.find("### Improved").expect("improvements");
    assert!(regressed < improved, "{since}");
    assert!(md.contains("## Appendix: answered since acme-2026q2"));
    assert!(lint(&md).is_empty(), "{:?}", lint(&md));
}

/// The HTML page's charts are well-formed SVG: one bar per section in the
/// score chart, one per answer kind (and unanswered) in the other, each
/// with its value written; the Markdown has the same as a Mermaid block,
/// left out with `charts: false`.
#[test]
fn charts_are_valid_svg_with_a_bar_per_section_and_mermaid_in_markdown() {
    let q = zendesk();
    let now = fixture("acme-prod");
    let page =
        srm_assess::report::html::render(&report(&q, &now, "acme-prod", Lang::En, None).model());
    let svgs: Vec<&str> = page
        .match_indices("<svg")
        .map(|(at, _)| {
            let end = page[at..].find("</svg>").expect("closed") + at + "</svg>".len();
            &page[at..end]
        })
        .collect();
    assert_eq!(svgs.len(), 3);
    let rects = |svg: &str, class: &str| {
        let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
        doc.descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some(class))
            .count()
    };
    // Every text of a chart, its lines joined: labels wrap, never cut.
    let words = |svg: &str| {
        let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(rects(svgs[0], "bar"), q.sections.len());
    assert_eq!(rects(svgs[2], "bar"), 6);
    for section in q.sections.iter() {
        let label = format!("{} {}", section.number, section.title.get(Lang::En));
        assert!(
            words(svgs[0]).contains(&label),
            "{label} cut in {}",
            svgs[0]
        );
        assert!(
            words(svgs[1]).contains(&label),
            "{label} cut in {}",
            svgs[1]
        );
    }
    // The score says what it rests on; answered and unanswered are shown.
    assert!(words(svgs[0]).contains("14 of 23 answered"), "{}", svgs[0]);
    assert!(words(svgs[2]).contains("Unanswered"));
    // Severity has a colour with a legend, and every count in words.
    assert_eq!(rects(svgs[1], "key"), 6);
    let gaps = words(svgs[1]);
    for word in ["high", "medium", "low", "accepted", "not assessed"] {
        assert!(gaps.contains(word), "{word} in the legend: {gaps}");
    }
    assert!(rects(svgs[1], "part") > 0);
    assert!(
        gaps.contains(
            "I Access controls and hygiene high 4 · medium 1 · low 1 · accepted 1 · met or n/a 7 · not assessed 9"
        ),
        "{gaps}"
    );
    let md = markdown::render(&report(&q, &now, "acme-prod", Lang::En, None).model());
    assert!(md.contains("```mermaid\nxychart-beta\n"), "{md}");
    assert!(lint(&md).is_empty(), "{:?}", lint(&md));
    let mut plain = report(&q, &now, "acme-prod", Lang::En, None);
    plain.charts = false;
    assert!(!markdown::render(&plain.model()).contains("mermaid"));
    assert!(!srm_assess::report::html::render(&plain.model()).contains("<svg"));
}

/// A section nobody answered is not drawn as a 0% bar beside a section
/// that really scored 0% (newcomer-4, item 5): the Mermaid chart leaves it
/// out and names it, as the table's "—" and the HTML chart do.
#[test]
fn the_markdown_chart_leaves_out_sections_with_nothing_scored() {
    let q = zendesk();
    let mut a = fixture("acme-prod");
    // Nothing answered in sections V and VI.
    a.answers
        .retain(|id, _| !id.starts_with("maintenance.") && !id.starts_with("incidents."));
    let md = markdown::render(&report(&q, &a, "acme-prod", Lang::En, None).model());
    let chart = md
        .split("```mermaid\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the chart");
    assert!(
        chart.contains(r#"x-axis ["I", "II", "III", "IV"]"#),
        "{chart}"
    );
    let bars = chart
        .lines()
        .find(|l| l.trim_start().starts_with("bar ["))
        .expect("bars");
    assert_eq!(bars.matches(',').count(), 3, "four bars: {bars}");
    assert!(
        md.contains("Not drawn: sections V, VI, where nothing is scored yet"),
        "{md}"
    );
    let it = markdown::render(&report(&q, &a, "acme-prod", Lang::It, None).model());
    assert!(it.contains("Non disegnate: sezioni V, VI"), "{it}");
}

/// The README's excerpt of the sample report is the sample's own text.
#[test]
fn the_readme_excerpt_matches_the_sample_report() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/sample-report.md"
    ))
    .expect("sample");
    let start = readme
        .find("An excerpt (a test keeps it identical")
        .expect("the excerpt");
    let block = &readme[start..];
    let open = block.find("```markdown\n").expect("a markdown block") + "```markdown\n".len();
    let close = open + block[open..].find("```").expect("closed");
    let mut at = 0;
    for line in block[open..close].lines().filter(|l| !l.is_empty()) {
        let found = sample[at..]
            .find(&format!("{line}\n"))
            .unwrap_or_else(|| panic!("README excerpt line not in the sample, in order: {line}"));
        at += found + line.len();
    }
}

/// Italian agrees with the noun: "Scadenza: non indicata" (feminine),
/// "Responsabile: non indicato" (masculine), "Istanza: non indicata".
#[test]
fn italian_placeholders_agree_with_their_noun() {
    let q = zendesk();
    let mut a = Assessment::new(
        &q,
        Lang::It,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    a.answers.insert(
        q.questions[0].id.to_string(),
        Entry {
            answer: Some(Answer::No),
            owner: "Luca".into(),
            ..Entry::default()
        },
    );
    let md = markdown::render(&report(&q, &a, "x", Lang::It, None).model());
    assert!(md.contains("**Scadenza:** non indicata"), "{md}");
    assert!(md.contains("| **Istanza** | non indicata |"), "{md}");
    assert!(md.contains("| **Organizzazione** | non indicata |"), "{md}");
    assert!(md.contains("| **Valutatore** | non indicato |"), "{md}");
}

/// Notes on a gap accepted as a risk are in the Markdown and HTML reports
/// (CSV and JSON kept them; the Markdown and HTML left them out).
#[test]
fn notes_on_an_accepted_gap_reach_the_shared_report() {
    let q = zendesk();
    let mut a = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    a.answers.insert(
        q.questions[0].id.to_string(),
        Entry {
            answer: Some(Answer::No),
            notes: "Contractors keep access until the vendor fixes SCIM".into(),
            acceptance: Some(srm_assess::assessment::Acceptance {
                by: "CISO".into(),
                approved: "2026-01-02".parse().expect("date"),
                until: "2099-01-01".parse().expect("date"),
                reason: "Vendor fix".into(),
                compensating: String::new(),
            }),
            ..Entry::default()
        },
    );
    let r = report(&q, &a, "x", Lang::En, None);
    for text in [markdown::render(&r.model()), html::render(&r.model())] {
        assert!(
            text.contains("Contractors keep access until the vendor fixes SCIM"),
            "{text}"
        );
    }
}

/// A retired question's answer is listed with the question that now asks
/// what it asked; a dated fact shows the days left; the About table says
/// when the content was last checked.
#[test]
fn retired_answers_point_to_their_replacement_and_dates_show() {
    let q = zendesk();
    let now = fixture("acme-prod");
    let md = markdown::render(&report(&q, &now, "acme-prod", Lang::En, None).model());
    assert!(
        md.contains("access.api-tokens: No — now asked as Have all scripts and integrations moved"),
        "{md}"
    );
    assert!(md.contains("(access.api-token-migration)"), "{md}");
    assert!(
        md.contains("Every Zendesk API token stops working ("),
        "{md}"
    );
    assert!(
        md.contains("| **Content last checked against the vendor's pages** | 2026-12-07 |"),
        "{md}"
    );
}

/// P17: a shareable report gives the count of team members without
/// two-factor authentication, never their names (a list of targets if it
/// leaks); the names stay in the assessment file.
#[test]
fn reports_count_staff_without_two_factor_and_never_name_them() {
    let q = zendesk();
    let now = fixture("acme-prod");
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/assessments/acme-prod.toml"
    ))
    .expect("fixture");
    assert!(file.contains("Riley Contractor"));
    let model = report(&q, &now, "acme-prod", Lang::En, None);
    let md = markdown::render(&model.model());
    let js = json::render(&model.model()).expect("json");
    let html = html::render(&model.model());
    for (format, text) in [("md", md), ("json", js), ("html", html)] {
        assert!(
            !text.contains("Riley Contractor"),
            "{format} names a target"
        );
    }
}

/// A report made without reading the evidence files says so beside the
/// evidence-backed share; one that read them does not.
#[test]
fn a_report_says_when_its_evidence_files_were_not_checked() {
    let q = zendesk();
    let a = fixture("acme-prod");
    let checked = markdown::render(&report(&q, &a, "acme-prod", Lang::En, None).model());
    assert!(!checked.contains("evidence files not checked"));
    let unread = srm_assess::report::Report::new(
        &q,
        &a,
        "acme-prod",
        Lang::It,
        a.updated(),
        srm_assess::report::Files::NotChecked,
    );
    assert!(markdown::render(&unread.model()).contains("(file di prova non controllati)"));
}
