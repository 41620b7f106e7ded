//! `srm-assess questions [--format tsv|oscal-catalog|oscal-mapping]`: the
//! questionnaire's questions as lines of tab-separated fields, for scripts
//! that answer with `answer`; or the questionnaire as an OSCAL 1.2.1
//! catalog, or its mapping to NIST SP 800-53 rev. 5.

use clap::{Args, ValueEnum};

use super::{Context, print_document, print_raw};
use crate::error::Failure;
use crate::sanitize::one_line;

/// List the questionnaire's questions, one per line: id, reference,
/// severity and text, separated by tabs (for scripts using `answer`); or
/// export it as an OSCAL catalog or its mapping to NIST SP 800-53 rev. 5
#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// tsv (one question a line), oscal-catalog (the questions as OSCAL
    /// 1.2.1 controls), oscal-mapping (their mapping to NIST SP 800-53
    /// rev. 5, OSCAL 1.2.1)
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "tsv")]
    pub format: QuestionsFormat,
}

/// What `questions` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuestionsFormat {
    /// Tab-separated lines.
    Tsv,
    /// An OSCAL catalog.
    OscalCatalog,
    /// An OSCAL control mapping to SP 800-53 rev. 5.
    OscalMapping,
}

/// Prints the questions in the format asked for, in questionnaire order.
pub fn run(args: QuestionsArgs, ctx: &Context) -> Result<(), Failure> {
    let lang = ctx.lang;
    let q = ctx.questionnaire()?;
    let oscal = crate::report::oscal::catalog::render_catalog;
    match args.format {
        QuestionsFormat::OscalCatalog => return print_document(&oscal(&q, lang)?),
        QuestionsFormat::OscalMapping => {
            let mapping = crate::report::oscal::catalog::render_mapping(&q, lang)?;
            return print_document(&mapping);
        }
        QuestionsFormat::Tsv => {}
    }
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
