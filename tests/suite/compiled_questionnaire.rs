//! The built-in questionnaire compiled into Rust: `src/questionnaire/
//! compiled.rs` is the model built from `questionnaire/zendesk.toml`, written
//! out as one `static` that a start borrows from instead of parsing.
//!
//! Regenerate it with `UPDATE_SAMPLES=1 cargo test --test suite
//! compiled_questionnaire::` (the test below fails until you do).

use std::fmt::Write as _;

use srm_assess::questionnaire::{
    self, Controls, Deadline, Link, Plan, Question, Questionnaire, Retired, Section, Source, Str,
    Text, VendorItem,
};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/questionnaire/compiled.rs");

/// The compiled model the binary embeds is the TOML's, exactly, lookups
/// by id included.
#[test]
fn the_compiled_built_in_questionnaire_is_the_toml_built() {
    let from_source = questionnaire::builtin_from_source()
        .unwrap_or_else(|e| panic!("built-in questionnaire is invalid:\n{e:?}"));
    let source = rust_source(&from_source);
    if std::env::var_os("UPDATE_SAMPLES").is_some() {
        std::fs::write(PATH, &source).expect("write the compiled questionnaire");
        return;
    }
    assert!(
        std::fs::read_to_string(PATH).expect("src/questionnaire/compiled.rs") == source,
        "src/questionnaire/compiled.rs is stale: regenerate it with \
         `UPDATE_SAMPLES=1 cargo test --test suite compiled_questionnaire::`"
    );
    let compiled = questionnaire::builtin().expect("compiled");
    // Equal field by field, the sorted lookups by id among them.
    assert_eq!(compiled, from_source);
    let two_factor = compiled.question("access.two-factor").expect("by id");
    let first_link = two_factor.links.first().expect("a link");
    assert_eq!(compiled.link(first_link).map(|l| &l.id), Some(first_link));
    assert!(compiled.question("no.such.question").is_none());
    assert!(compiled.link("no-such-link").is_none());
}

/// The whole file: a header and one `static`.
fn rust_source(q: &Questionnaire) -> String {
    let mut out = String::from(
        "//! The built-in questionnaire's model, compiled from \
         `questionnaire/zendesk.toml`.\n\
         //!\n\
         //! Generated: do not edit. After editing the TOML, run\n\
         //! `UPDATE_SAMPLES=1 cargo test --test suite compiled_questionnaire::`.\n\n\
         use std::borrow::Cow::Borrowed as B;\n\n\
         use super::*;\n\n\
         /// A period written as in the questionnaire (`90d`).\n\
         const fn period(text: &str) -> Period {\n    \
         match Period::read(text.as_bytes()) {\n        \
         Some(period) => period,\n        \
         None => panic!(\"not a period\"),\n    \
         }\n}\n\n\
         /// The built-in questionnaire.\n\
         pub(super) static BUILTIN: Questionnaire = Questionnaire {\n",
    );
    let w = &mut out;
    field(w, 1, "id", &s(&q.id));
    field(w, 1, "version", &s(&q.version));
    field(w, 1, "revision", &option(q.revision.as_ref().map(|r| s(r))));
    field(w, 1, "vendor", &s(&q.vendor));
    field(w, 1, "title", &text(&q.title));
    field(w, 1, "source", &source(&q.source));
    field(w, 1, "locales", &strs(&q.locales));
    field(w, 1, "security_contact", &s(&q.security_contact));
    field(
        w,
        1,
        "admin_url",
        &option(q.admin_url.as_ref().map(|u| s(u))),
    );
    field(w, 1, "plans", &list(q.plans.iter().map(plan), 2));
    field(w, 1, "links", &list(q.links.iter().map(link), 2));
    field(w, 1, "general_links", &strs(&q.general_links));
    field(w, 1, "sections", &list(q.sections.iter().map(section), 2));
    field(
        w,
        1,
        "questions",
        &list(q.questions.iter().map(question), 2),
    );
    field(
        w,
        1,
        "deadlines",
        &list(q.deadlines.iter().map(deadline), 2),
    );
    field(w, 1, "retired", &list(q.retired.iter().map(retired), 2));
    field(w, 1, "index", &index(q.questions.iter().map(|q| &q.id)));
    field(w, 1, "link_index", &index(q.links.iter().map(|l| &l.id)));
    out.push_str("};\n");
    out
}

/// `name: value,` on its own line, `depth` levels in.
fn field(out: &mut String, depth: usize, name: &str, value: &str) {
    let _ = writeln!(out, "{}{name}: {value},", "    ".repeat(depth));
}

/// A string literal, borrowed.
fn s(text: &str) -> String {
    // `{:?}` writes a valid Rust string literal: quotes, backslashes and
    // control characters escaped.
    format!("B({text:?})")
}

fn option(value: Option<String>) -> String {
    value.map_or_else(|| "None".to_string(), |v| format!("Some({v})"))
}

/// A borrowed slice of items, each on its own line at `depth`.
fn list(items: impl Iterator<Item = String>, depth: usize) -> String {
    let pad = "    ".repeat(depth);
    let mut out = String::from("B(&[\n");
    for item in items {
        let _ = writeln!(out, "{pad}{item},");
    }
    let _ = write!(out, "{}])", "    ".repeat(depth - 1));
    out
}

/// A borrowed slice of items on one line.
fn inline(items: impl Iterator<Item = String>) -> String {
    format!("B(&[{}])", items.collect::<Vec<_>>().join(", "))
}

fn strs(items: &[Str]) -> String {
    inline(items.iter().map(|i| s(i)))
}

fn pairs(items: &[(Str, Str)]) -> String {
    inline(items.iter().map(|(a, b)| format!("({}, {})", s(a), s(b))))
}

fn text(t: &Text) -> String {
    format!("Text {{ values: {} }}", pairs(t.all()))
}

/// The lookup by id the model keeps: `(id, position)`, sorted by id.
fn index<'a>(ids: impl Iterator<Item = &'a Str>) -> String {
    let mut sorted: Vec<(&str, usize)> = ids.map(|id| &**id).zip(0..).collect();
    sorted.sort();
    inline(sorted.iter().map(|(id, at)| format!("({}, {at})", s(id))))
}

fn source(src: &Source) -> String {
    format!(
        "Source {{ title: {}, url: {} }}",
        text(&src.title),
        s(&src.url)
    )
}

fn plan(p: &Plan) -> String {
    format!("Plan {{ id: {}, title: {} }}", s(&p.id), text(&p.title))
}

fn link(l: &Link) -> String {
    let Link {
        id,
        url,
        urls,
        untranslated,
        translation_unconfirmed,
        checked,
        title,
    } = l;
    format!(
        "Link {{ id: {}, url: {}, urls: {}, untranslated: {untranslated}, \
         translation_unconfirmed: {translation_unconfirmed}, checked: {}, title: {} }}",
        s(id),
        s(url),
        pairs(urls),
        option(checked.map(date)),
        text(title)
    )
}

/// A civil date as a constant.
fn date(d: jiff::civil::Date) -> String {
    format!(
        "jiff::civil::Date::constant({}, {}, {})",
        d.year(),
        d.month(),
        d.day()
    )
}

fn deadline(d: &Deadline) -> String {
    let Deadline {
        id,
        day,
        questions,
        what,
    } = d;
    format!(
        "Deadline {{ id: {}, day: {}, questions: {}, what: {} }}",
        s(id),
        date(*day),
        strs(questions),
        text(what)
    )
}

fn retired(r: &Retired) -> String {
    format!(
        "Retired {{ id: {}, replaced_by: {} }}",
        s(&r.id),
        strs(&r.replaced_by)
    )
}

fn vendor_item(v: &VendorItem) -> String {
    format!(
        "VendorItem {{ reference: {}, text: {} }}",
        s(&v.reference),
        text(&v.text)
    )
}

fn section(sec: &Section) -> String {
    let Section {
        id,
        number,
        title,
        why,
        vendor_items,
        links,
        questions,
    } = sec;
    let mut out = String::from("Section {\n");
    field(&mut out, 3, "id", &s(id));
    field(&mut out, 3, "number", &s(number));
    field(&mut out, 3, "title", &text(title));
    field(&mut out, 3, "why", &text(why));
    let items = list(vendor_items.iter().map(vendor_item), 4);
    field(&mut out, 3, "vendor_items", &items);
    field(&mut out, 3, "links", &strs(links));
    let range = format!("{}..{}", questions.start, questions.end);
    field(&mut out, 3, "questions", &range);
    out.push_str("        }");
    out
}

fn question(q: &Question) -> String {
    // Every field named: a field added to `Question` fails to compile here
    // until the generator writes it.
    let Question {
        id,
        section,
        reference,
        text: question_text,
        help,
        remedy,
        finding,
        severity,
        review_every,
        responsibility,
        links,
        plans,
        admin_path,
        probe,
        fingerprint,
        controls,
    } = q;
    let mut out = String::from("Question {\n");
    let f = &mut out;
    field(f, 3, "id", &s(id));
    field(f, 3, "section", &section.to_string());
    field(f, 3, "reference", &s(reference));
    field(f, 3, "text", &text(question_text));
    field(f, 3, "help", &text(help));
    field(f, 3, "remedy", &text(remedy));
    field(f, 3, "finding", &option(finding.as_ref().map(text)));
    field(f, 3, "severity", &format!("Severity::{severity:?}"));
    field(f, 3, "review_every", &format!("period(\"{review_every}\")"));
    let owner = format!("Responsibility::{responsibility:?}");
    field(f, 3, "responsibility", &owner);
    field(f, 3, "links", &strs(links));
    field(f, 3, "plans", &strs(plans));
    field(
        f,
        3,
        "admin_path",
        &option(admin_path.as_ref().map(|p| s(p))),
    );
    let rules = inline(probe.iter().map(|r| format!("ProbeRule::{r:?}")));
    field(f, 3, "probe", &rules);
    field(f, 3, "fingerprint", &s(fingerprint));
    field(f, 3, "controls", &controls_literal(controls));
    out.push_str("        }");
    out
}

fn controls_literal(c: &Controls) -> String {
    let Controls {
        nist,
        iso,
        soc2,
        relationship,
        rationale,
    } = c;
    let relationship = option(relationship.map(|r| format!("Relationship::{r:?}")));
    format!(
        "Controls {{ nist: {}, iso: {}, soc2: {}, relationship: {relationship}, rationale: {} }}",
        strs(nist),
        strs(iso),
        strs(soc2),
        s(rationale)
    )
}
