//! Opening an assessment for a command: its file, the questionnaire it
//! answers, and the refusal when the two do not belong together.

use super::*;

/// Opens the assessment named by `target` with its questionnaire, checking
/// that the two belong together.
pub fn open_assessment(
    target: &str,
    ctx: &Context,
) -> Result<(Questionnaire, crate::store::Document), Failure> {
    let data = ctx.data()?;
    let path = crate::store::resolve(target, &data)?;
    let mut doc = crate::store::Document::open(&path)?;
    let (questionnaire, record) = ctx.questionnaire_for(&path, doc.assessment())?;
    check_questionnaire(&path, doc.assessment(), &questionnaire, ctx.lang)?;
    doc.use_questionnaire(&questionnaire);
    if let Some((file, sha256)) = record {
        doc.set_questionnaire_file(file, sha256);
    }
    Ok((questionnaire, doc))
}

/// Opens the assessment for changes with one of its questions, given by
/// id: returns the questionnaire, the document and the question's index;
/// an unknown id is refused with the ids that look alike.
pub fn open_question(
    target: &str,
    id: &str,
    ctx: &Context,
) -> Result<(Questionnaire, crate::store::Document, usize), Failure> {
    let (questionnaire, doc) = open_assessment(target, ctx)?;
    match questionnaire.position(id) {
        Some(at) => Ok((questionnaire, doc, at)),
        None => Err(unknown_question(&questionnaire, id, ctx.lang)),
    }
}

/// Reads an assessment without opening it for changes; returns its path too.
pub fn read_assessment(
    target: &str,
    ctx: &Context,
) -> Result<
    (
        std::path::PathBuf,
        crate::assessment::Assessment,
        Questionnaire,
    ),
    Failure,
> {
    let data = ctx.data()?;
    let path = crate::store::resolve(target, &data)?;
    let assessment = crate::store::load(&path)?;
    let (questionnaire, _) = ctx.questionnaire_for(&path, &assessment)?;
    check_questionnaire(&path, &assessment, &questionnaire, ctx.lang)?;
    Ok((path, assessment, questionnaire))
}

/// Reads a second assessment (`--since`, `diff`), which must answer the
/// same questionnaire as the first.
pub fn read_assessment_of(
    target: &str,
    questionnaire: &Questionnaire,
    ctx: &Context,
) -> Result<(std::path::PathBuf, crate::assessment::Assessment), Failure> {
    let data = ctx.data()?;
    let path = crate::store::resolve(target, &data)?;
    let assessment = crate::store::load(&path)?;
    check_questionnaire(&path, &assessment, questionnaire, ctx.lang)?;
    Ok((path, assessment))
}

/// Fails unless `assessment` answers `questionnaire` (same id), saying
/// which questionnaire it answers and the exact command that works.
pub(crate) fn check_questionnaire(
    path: &Path,
    assessment: &crate::assessment::Assessment,
    questionnaire: &Questionnaire,
    lang: crate::lang::Lang,
) -> Result<(), Failure> {
    match crate::assessment::questionnaire_mismatch(assessment, questionnaire, this_command) {
        None => Ok(()),
        Some(why) => {
            let why = crate::messages::questionnaire_mismatch(lang, &why);
            Err(Failure::new(format!("{}: {why}", path.display())))
        }
    }
}

/// This very command line, with `--questionnaire` dropped or set to
/// `questionnaire`, quoted for a POSIX shell.
fn this_command(questionnaire: Option<&str>) -> String {
    let mut words = vec!["srm-assess".to_string()];
    if let Some(file) = questionnaire {
        words.extend(["--questionnaire".to_string(), file.to_string()]);
    }
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--questionnaire" {
            args.next();
        } else if !arg.starts_with("--questionnaire=") {
            words.push(crate::sanitize::shell_quote(&arg));
        }
    }
    words.join(" ")
}
