//! Unit tests of `md_writer`.
use super::*;

fn para(text: &str) -> String {
    let mut md = Markdown::new();
    md.paragraph(&[super::text(text)]);
    md.finish()
}

#[test]
fn structure_in_text_is_escaped() {
    assert_eq!(para("# not a heading"), "\\# not a heading\n");
    assert_eq!(para("a\n- b\n1. c\n==="), "a\\\n\\- b\\\n1\\. c\\\n\\===\n");
    assert_eq!(
        para("*x* [y](z) <b> a|b &amp; `c`"),
        "\\*x\\* \\[y\\](z) &lt;b\\> a\\|b \\&amp; \\`c\\`\n"
    );
}

#[test]
fn urls_become_autolinks_and_keep_trailing_punctuation_outside() {
    assert_eq!(
        para("see https://example.com/a_b."),
        "see <https://example.com/a_b>.\n"
    );
    assert_eq!(
        para("[x](https://evil.example)"),
        "\\[x\\](<https://evil.example>)\n"
    );
}

#[test]
fn a_pipe_ends_a_url_so_table_cells_stay_whole() {
    // Found by the property test: a `|` inside an autolink split a cell.
    assert_eq!(
        para("https://x.example/a*em*|b"),
        "<https://x.example/a*em>\\*\\|b\n"
    );
}

#[test]
fn links_need_https_and_blocks_are_separated_by_one_blank_line() {
    let mut md = Markdown::new();
    md.heading(1, &[text("T")]);
    md.bullets(&[
        vec![link("ok", "https://a.example")],
        vec![link("bad", "javascript:alert(1)")],
    ]);
    assert_eq!(
        md.finish(),
        "# T\n\n- [ok](<https://a.example>)\n- bad (javascript:alert(1))\n"
    );
}
