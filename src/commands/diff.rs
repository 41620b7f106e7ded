//! `srm-assess diff OLD NEW` and `diff NAME --rev REV`: what changed,
//! question by question.

use std::fmt::Write as _;

use super::{Context, print, read_assessment, read_assessment_of};
use crate::error::Failure;
use crate::report::compare::{Kind, compare};
use crate::sanitize::clean;
use crate::score::{self, format_percent};
use crate::store;
use clap::Args;

/// What changed between two assessments, question by question
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older assessment: a name or a path (with --rev: the assessment,
    /// compared with itself at that revision)
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The newer assessment: a name or a path
    #[arg(value_name = "NEW", required_unless_present = "rev")]
    pub new: Option<String>,
    /// Compare with the file as it was at this git revision (a commit, a
    /// tag, a branch: HEAD~1, v1.0)
    #[arg(long, value_name = "REV", conflicts_with = "new")]
    pub rev: Option<String>,
}

/// Compares two assessments, or one with itself at a git revision.
pub fn run(args: DiffArgs, ctx: &Context) -> Result<(), Failure> {
    match (&args.rev, &args.new) {
        (Some(rev), _) => run_rev(&args.old, rev, ctx),
        (None, Some(new)) => run_two(&args.old, new, ctx),
        // clap asks for one of them first; said again, not assumed.
        (None, None) => Err(Failure::usage(crate::messages::diff_needs_new(ctx.lang))),
    }
}

/// Prints the changes from `old` to `new`; exit 0 whatever they are.
fn run_two(old: &str, new: &str, ctx: &Context) -> Result<(), Failure> {
    let (new_path, new_a, q) = read_assessment(new, ctx)?;
    let (old_path, old_a) = read_assessment_of(old, &q, ctx)?;
    let names = (
        store::display_name(&old_path),
        store::display_name(&new_path),
    );
    print_changes(&q, (&names.0, &old_a), (&names.1, &new_a), ctx)
}

/// Prints the changes to `target` since git revision `rev` (the file as
/// committed then, read with git); exit 0 whatever they are.
pub fn run_rev(target: &str, rev: &str, ctx: &Context) -> Result<(), Failure> {
    let (path, now, q) = read_assessment(target, ctx)?;
    let then = store::git::load_at(&path, rev)?;
    super::check_questionnaire(&path, &then, &q, ctx.lang)?;
    let name = store::display_name(&path);
    let old_name = store::git::name_at(&path, rev);
    print_changes(&q, (&old_name, &then), (&name, &now), ctx)
}

/// The changes from `old` to `new`, each given with its name.
fn print_changes(
    q: &crate::questionnaire::Questionnaire,
    (old_name, old_a): (&str, &crate::assessment::Assessment),
    (new_name, new_a): (&str, &crate::assessment::Assessment),
    ctx: &Context,
) -> Result<(), Failure> {
    let lang = ctx.lang_override.unwrap_or(new_a.lang);
    let m = crate::messages::report_words(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}) → {} ({})",
        old_name,
        crate::report::timestamp(old_a.updated()),
        new_name,
        crate::report::timestamp(new_a.updated())
    );
    let before = format_percent(score::breakdown(q, old_a).overall.percent());
    let after = format_percent(score::breakdown(q, new_a).overall.percent());
    let _ = writeln!(out, "{}", m.score_was(&before, &after));
    let changes = compare(q, old_a, new_a, ctx.today());
    if changes.is_empty() {
        let _ = writeln!(out, "{}", m.nothing_changed);
        return print(&out);
    }
    let word = |a: Option<crate::assessment::Answer>| a.map_or(m.unanswered, |a| m.answer_word(a));
    for kind in Kind::ALL {
        let heading = kind.heading(m);
        let group: Vec<_> = changes.iter().filter(|c| c.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{heading} ({}):", group.len());
        for c in group {
            let text = q
                .question(&c.id)
                .map(|x| clean(x.text.get(lang)))
                .unwrap_or_default();
            if kind == Kind::Details {
                let _ = writeln!(out, "  {}  {}  {text}", c.id, word(c.new));
            } else {
                let _ = writeln!(out, "  {}  {} → {}  {text}", c.id, word(c.old), word(c.new));
            }
            for detail in &c.details {
                let _ = writeln!(out, "      {}", detail.describe(m));
            }
        }
    }
    print(&out)
}
