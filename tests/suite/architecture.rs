//! The arrows of `docs/architecture.md` point down: every `crate::` path
//! in the library's code (tests left out) is read, and a module that
//! reaches up a layer, or two modules that reach each other, fail here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, top first. A module may use its own layer's modules and
/// any below; never one above, and never in a cycle.
const LAYERS: &[&[&str]] = &[
    &["cli", "fuzz"],
    &["commands"],
    &["error"],
    &["tui"],
    &["panic"],
    &["report"],
    &["messages"],
    &["probe"],
    &["store"],
    &["score"],
    &["assessment"],
    &["questionnaire"],
    &["clock", "lang", "sanitize", "secrets", "position"],
];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| layer.contains(&module))
        .unwrap_or_else(|| {
            panic!("module {module} is in no layer: add it to LAYERS and to docs/architecture.md")
        })
}

/// The top-level module a file under `src/` belongs to.
fn module_of(path: &Path, src: &Path) -> Option<String> {
    let rel = path.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// The code of a file without comments and without what only tests
/// compile (`#[cfg(test)]` items, `*_tests.rs` files).
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            // Skip the item: one line, or a block to its closing brace.
            let mut depth = 0i32;
            let mut opened = false;
            for item in lines.by_ref() {
                depth += item.matches('{').count() as i32 - item.matches('}').count() as i32;
                opened |= item.contains('{');
                if (opened && depth <= 0) || (!opened && item.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// The top-level modules `code` names after `crate::`.
fn uses(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.to_string_lossy().ends_with("_tests.rs")
        {
            out.push(path);
        }
    }
}

/// Who uses whom, with one file that shows it per arrow.
fn graph() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for path in all {
        let Some(module) = module_of(&path, &src) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("read");
        let entry = graph.entry(module.clone()).or_default();
        for used in uses(&code(&text)) {
            if used != module {
                let shown = path
                    .strip_prefix(&src)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                entry.entry(used).or_insert(shown);
            }
        }
    }
    graph
}

#[test]
fn every_arrow_points_down() {
    let mut upward = Vec::new();
    for (module, used) in graph() {
        for (other, file) in used {
            if layer_of(&other) < layer_of(&module) {
                upward.push(format!("{module} uses {other} (in src/{file})"));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports that point up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = graph();
    // Depth-first search for a cycle, naming it when found.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("a cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_reader_finds_grouped_and_inline_paths_and_skips_comments_and_tests() {
    let text = "use crate::{lang::Lang, store};\n\
                // crate::tui in a comment\n\
                fn f() { crate::score::x(); }\n\
                #[cfg(test)]\n\
                mod tests {\n    use crate::cli;\n}\n";
    let found = uses(&code(text));
    let expected: BTreeSet<String> = ["lang", "store", "score"].map(String::from).into();
    assert_eq!(found, expected);
}

/// The lines of each function in `text` (from its `fn` line to the brace
/// that closes it at the same indentation), by name.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let rest = ["pub fn ", "pub(crate) fn ", "pub(super) fn ", "fn "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p));
        let Some(rest) = rest else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{indent}}}");
        if let Some(end) = lines[i + 1..].iter().position(|l| *l == close) {
            found.push((name, end + 2));
        }
    }
    found
}

/// Every Rust file under `dir`, tests included.
fn all_rust(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            all_rust(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Functions a reader can hold (issue 43): none in the library, its unit
/// tests, the test suite or the benchmarks is over 80 lines.
#[test]
fn no_function_is_longer_than_80_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["src", "tests", "benches"] {
        all_rust(&root.join(dir), &mut all);
    }
    let mut long = Vec::new();
    for path in all {
        let text = std::fs::read_to_string(&path).expect("read");
        for (name, lines) in function_lengths(&text) {
            if lines > 80 {
                let shown = path.strip_prefix(root).unwrap_or(&path).display();
                long.push(format!("{shown}: {name} ({lines} lines)"));
            }
        }
    }
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn a_function_is_measured_from_its_fn_line_to_its_closing_brace() {
    let text = "fn a() {\n    1;\n}\n\nimpl X {\n    pub fn b(&self) {\n        if x {\n        }\n    }\n}\n";
    assert_eq!(
        function_lengths(text),
        vec![("a".to_string(), 3), ("b".to_string(), 4)]
    );
}

/// Portable by construction (issue 43): every Unix-only interface (the
/// hangup signal, `std::os::unix`, rustix's calls) sits in an item marked
/// `#[cfg(unix)]` (or `all(unix, …)`), beside a stated fallback, so that a
/// Windows build is one step away. Test-only code is left out.
#[test]
fn unix_only_code_is_marked_as_such() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut unmarked = Vec::new();
    for path in all {
        let text = std::fs::read_to_string(&path).expect("source");
        let code = code(&text);
        let code_lines: Vec<&str> = code.lines().collect();
        for (i, line) in code_lines.iter().enumerate() {
            let unix_only = ["std::os::unix", "rustix::", "SIGHUP"]
                .iter()
                .any(|w| line.contains(w));
            if !unix_only {
                continue;
            }
            // The nearest `cfg` attribute above, within the enclosing item.
            let marked = code_lines[..i]
                .iter()
                .rev()
                .take(25)
                .find(|l| l.contains("#[cfg("))
                .is_some_and(|l| l.contains("unix") && !l.contains("not(unix"));
            if !marked {
                let rel = path
                    .strip_prefix(&src)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                unmarked.push(format!("{rel}: {}", line.trim()));
            }
        }
    }
    assert!(
        unmarked.is_empty(),
        "not behind #[cfg(unix)]:\n{}",
        unmarked.join("\n")
    );
}

/// Files a reader can hold (issue 43): every hand-written source file
/// under 400 lines; generated files (they say so on their first lines)
/// and the unit tests kept beside a file (`*_tests.rs`) are left out.
#[test]
fn no_hand_written_source_file_is_longer_than_400_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut long = Vec::new();
    for path in all {
        let text = std::fs::read_to_string(&path).expect("read");
        let generated = text
            .lines()
            .take(6)
            .any(|l| l.contains("Generated: do not edit"));
        let lines = text.lines().count();
        if lines >= 400 && !generated {
            let shown = path
                .strip_prefix(&src)
                .unwrap_or(&path)
                .display()
                .to_string();
            long.push(format!("{shown}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "split these by concern:\n{}",
        long.join("\n")
    );
}

/// Drawing is a function of the model: nothing under `tui/view` reads the
/// clock (the walk's day and the app's clock are set in `update`).
#[test]
fn the_view_reads_no_clock() {
    let view = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/view");
    let mut all = Vec::new();
    all_rust(&view, &mut all);
    let readers: Vec<String> = all
        .iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).expect("read");
            [
                "Timestamp::now",
                "Zoned::now",
                "Instant::now",
                "SystemTime::now",
                "::now()",
            ]
            .iter()
            .any(|w| code(&text).contains(w))
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        readers.is_empty(),
        "the clock is read while drawing: {readers:?}"
    );
}

/// One dispatch shape (issue 43): a command's arguments live in its own
/// module under `commands/` and every arm hands them over whole, as
/// `commands::NAME::run(a, &ctx)`; none is taken apart field by field.
/// `completions` and `man` also take the command tree, which is the command
/// line's own.
#[test]
fn every_command_is_dispatched_one_way() {
    let run = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli/run.rs"))
        .expect("run.rs");
    let odd: Vec<&str> = run
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("Some(Command::") && l.contains("(a))"))
        .filter(|l| !l.contains("Completions") && !l.contains("Man(a)"))
        .filter(|l| {
            let call = l.split("=> ").nth(1).unwrap_or_default();
            !(call.starts_with("commands::") && call.ends_with("::run(a, &ctx),"))
        })
        .collect();
    assert!(odd.is_empty(), "dispatched another way: {odd:#?}");
    let args =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli/args.rs"))
            .expect("args.rs");
    let structs = args.matches("pub struct ").count();
    assert_eq!(structs, 1, "only CompletionsArgs stays in cli/args.rs");
}
