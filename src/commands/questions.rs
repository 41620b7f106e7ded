//! `srm-assess questions`: the questionnaire's questions as lines of
//! tab-separated fields, for scripts that answer with `answer`.

use super::{Context, print_raw};
use crate::error::Failure;
use crate::sanitize::one_line;

/// Prints `id`, `ref`, severity and the question's text (in `lang`), one
/// question per line, in questionnaire order.
pub fn run(ctx: &Context) -> Result<(), Failure> {
    let lang = ctx.lang;
    let q = ctx.questionnaire()?;
    let mut out = String::new();
    for question in q.questions.iter() {
        // Each field on one line, cleaned: tabs and newlines cannot split it.
        let fields = [
            one_line(&question.id),
            one_line(&question.reference),
            question.severity.as_str().to_string(),
            one_line(question.text.get(lang)),
        ];
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    print_raw(&out)
}
