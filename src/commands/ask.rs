//! `srm-assess ask NAME|PATH`: the guided walk as plain lines of text, for
//! screen readers, dumb terminals and piped input. No escape sequences, no
//! screen clearing: every line is plain text, cleaned of control characters.

use std::io::{BufRead, Write};
use std::path::Path;

use super::open_assessment;
use crate::assessment::Answer;
use crate::error::Failure;
use crate::lang::Lang;
use crate::questionnaire::{Question, Questionnaire};
use crate::sanitize::clean;
use crate::score::{self, format_percent};
use crate::store::Document;

/// The words of the line-by-line walk.
struct Words {
    intro: &'static str,
    keys: &'static str,
    why: &'static str,
    vendor: &'static str,
    prompt: &'static str,
    justification: &'static str,
    cancelled: &'static str,
    saved: &'static str,
    skipped: &'static str,
    not_understood: &'static str,
    how_to_check: &'static str,
    if_missing: &'static str,
    links: &'static str,
    done: &'static str,
    stopped: &'static str,
    nothing_left: &'static str,
    answers: [&'static str; 5],
    severities: [&'static str; 3],
    notes_prompt: &'static str,
    owner_prompt: &'static str,
    due_prompt: &'static str,
    bad_date: &'static str,
    details_saved: &'static str,
    flag: [&'static str; 2],
    secret: &'static str,
}

const EN: Words = Words {
    intro: "{name}: {title} ({version}). {answered} of {total} questions answered; {left} to go.",
    keys: "Answer with y (yes), p (partial), n (no), u (don't know) or x (not applicable). Before answering, e adds notes, o sets the owner and due date, f flags for review. ? shows how to check; an empty line skips; q stops.",
    why: "Why it matters:",
    vendor: "What {vendor} covers on its side:",
    prompt: "Answer (y/p/n/u/x; e notes, o owner, f flag; ? help, empty skips, q stops): ",
    justification: "Why does this not apply? (required; an empty line cancels): ",
    cancelled: "Cancelled: a justification is required.",
    saved: "Saved: {answer}.",
    skipped: "Skipped.",
    not_understood: "Not understood. Type y, p, n, u or x, ? for help, an empty line to skip, or q to stop.",
    how_to_check: "How to check:",
    if_missing: "If missing:",
    links: "Links:",
    done: "Done: {answered} of {total} answered, score {score}. Saved in {path}.",
    stopped: "Stopped: {answered} of {total} answered, score {score}. Saved in {path}.",
    nothing_left: "Every question is answered. Open it with `srm-assess open` to review answers.",
    answers: ["yes", "partial", "no", "don't know", "not applicable"],
    severities: ["high", "medium", "low"],
    notes_prompt: "Notes, on one line (an empty line keeps them as they are): ",
    owner_prompt: "Who closes this gap? (an empty line keeps it as it is): ",
    due_prompt: "Due date, YYYY-MM-DD (an empty line keeps it; - clears it): ",
    bad_date: "Not a date: use YYYY-MM-DD, like 2026-12-31. The due date was not changed.",
    details_saved: "Saved.",
    flag: ["Flag removed.", "Flagged for review."],
    secret: "Warning: these notes look like they contain a password, token or key, and assessments are shared; type e again to replace them.",
};

const IT: Words = Words {
    intro: "{name}: {title} ({version}). {answered} domande su {total} con risposta; ne mancano {left}.",
    keys: "Rispondete con y (sì), p (in parte), n (no), u (non so) o x (non applicabile). Prima di rispondere, e aggiunge note, o imposta responsabile e scadenza, f segna da rivedere. ? mostra come verificare; una riga vuota salta; q termina.",
    why: "Perché conta:",
    vendor: "Cosa copre {vendor} dal suo lato:",
    prompt: "Risposta (y/p/n/u/x; e note, o responsabile, f segna; ? aiuto, vuoto salta, q termina): ",
    justification: "Perché non si applica? (obbligatorio; una riga vuota annulla): ",
    cancelled: "Annullato: la motivazione è obbligatoria.",
    saved: "Salvato: {answer}.",
    skipped: "Saltata.",
    not_understood: "Non capito. Digitate y, p, n, u o x, ? per l'aiuto, una riga vuota per saltare, o q per terminare.",
    how_to_check: "Come verificare:",
    if_missing: "Se manca:",
    links: "Link:",
    done: "Fatto: {answered} su {total} con risposta, punteggio {score}. Salvato in {path}.",
    stopped: "Interrotto: {answered} su {total} con risposta, punteggio {score}. Salvato in {path}.",
    nothing_left: "Tutte le domande hanno una risposta. Apritela con `srm-assess open` per rivederle.",
    answers: ["sì", "in parte", "no", "non so", "non applicabile"],
    severities: ["alta", "media", "bassa"],
    notes_prompt: "Note, su una riga (una riga vuota le lascia come sono): ",
    owner_prompt: "Chi chiude questa lacuna? (una riga vuota lo lascia com'è): ",
    due_prompt: "Scadenza, AAAA-MM-GG (una riga vuota la lascia; - la toglie): ",
    bad_date: "Non è una data: usate AAAA-MM-GG, come 2026-12-31. La scadenza non è cambiata.",
    details_saved: "Salvato.",
    flag: ["Segnalazione tolta.", "Segnata da rivedere."],
    secret: "Attenzione: queste note sembrano contenere una password, un token o una chiave, e le valutazioni si condividono; digitate e per sostituirle.",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

/// Runs the walk on standard input and output.
pub fn run(
    target: &str,
    questionnaire_path: Option<&Path>,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<(), Failure> {
    let (questionnaire, mut doc) = open_assessment(target, questionnaire_path, data_dir)?;
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    walk(
        &questionnaire,
        &mut doc,
        lang,
        &mut stdin.lock(),
        &mut stdout.lock(),
    )
}

/// What one line of input asks for.
enum Reply {
    Answer(Answer),
    NotApplicable,
    Help,
    Notes,
    Owner,
    Flag,
    Skip,
    Stop,
    Unknown,
}

fn reply(line: &str) -> Reply {
    match line.trim().to_lowercase().as_str() {
        "" => Reply::Skip,
        "y" | "yes" | "s" | "si" | "sì" => Reply::Answer(Answer::Yes),
        "p" | "partial" | "partly" | "in parte" => Reply::Answer(Answer::Partial),
        "n" | "no" => Reply::Answer(Answer::No),
        "u" | "unknown" | "non so" | "don't know" => Reply::Answer(Answer::Unknown),
        "x" | "na" | "n/a" => Reply::NotApplicable,
        "?" | "h" | "help" | "aiuto" => Reply::Help,
        "e" | "notes" | "note" => Reply::Notes,
        "o" | "owner" | "responsabile" => Reply::Owner,
        "f" | "flag" | "segna" => Reply::Flag,
        "q" | "quit" | "esci" => Reply::Stop,
        _ => Reply::Unknown,
    }
}

/// The walk over any input and output: every unanswered question in order,
/// with each section's introduction when the walk enters it.
pub fn walk(
    q: &Questionnaire,
    doc: &mut Document,
    lang: Lang,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> Result<(), Failure> {
    let w = words(lang);
    let mut out = Out { output };
    let tally = score::breakdown(q, doc.assessment()).overall;
    let name = crate::store::display_name(doc.path());
    out.line(
        &w.intro
            .replace("{name}", &name)
            .replace("{title}", q.title.get(lang))
            .replace("{version}", &q.version)
            .replace("{answered}", &tally.answered.to_string())
            .replace("{total}", &tally.total.to_string())
            .replace("{left}", &tally.unanswered().to_string()),
    )?;
    if tally.unanswered() == 0 {
        return out.line(w.nothing_left);
    }
    out.line(w.keys)?;
    let mut section_shown = None;
    let mut stopped = false;
    'questions: for (index, question) in q.questions.iter().enumerate() {
        if doc.assessment().answer(&question.id).is_some() {
            continue;
        }
        if section_shown != Some(question.section) {
            section_shown = Some(question.section);
            introduce(q, question.section, lang, w, &mut out)?;
        }
        ask_one(q, index, lang, w, &mut out)?;
        loop {
            out.prompt(w.prompt)?;
            let Some(line) = read_line(input)? else {
                stopped = true;
                break 'questions;
            };
            match reply(&line) {
                Reply::Answer(answer) => {
                    record(doc, question, answer, None, w, &mut out)?;
                    break;
                }
                Reply::NotApplicable => {
                    out.prompt(w.justification)?;
                    match read_line(input)? {
                        Some(text) if !text.trim().is_empty() => {
                            record(
                                doc,
                                question,
                                Answer::Na,
                                Some(text.trim().to_string()),
                                w,
                                &mut out,
                            )?;
                            break;
                        }
                        Some(_) => out.line(w.cancelled)?,
                        None => {
                            out.line(w.cancelled)?;
                            stopped = true;
                            break 'questions;
                        }
                    }
                }
                Reply::Help => help(q, question, lang, w, &mut out)?,
                Reply::Notes => {
                    out.prompt(w.notes_prompt)?;
                    let Some(text) = read_line(input)? else {
                        stopped = true;
                        break 'questions;
                    };
                    if !text.trim().is_empty() {
                        let text = text.trim().to_string();
                        let looks_secret = !crate::secrets::find(&text).is_empty();
                        change(doc, question, |e| e.notes = text)?;
                        out.line(w.details_saved)?;
                        if looks_secret {
                            out.line(w.secret)?;
                        }
                    }
                }
                Reply::Owner => {
                    out.prompt(w.owner_prompt)?;
                    let Some(owner) = read_line(input)? else {
                        stopped = true;
                        break 'questions;
                    };
                    out.prompt(w.due_prompt)?;
                    let Some(due) = read_line(input)? else {
                        stopped = true;
                        break 'questions;
                    };
                    let due = match due.trim() {
                        "" => None,
                        "-" => Some(None),
                        text => match crate::assessment::parse_date(text) {
                            Some(date) => Some(Some(date)),
                            None => {
                                out.line(w.bad_date)?;
                                None
                            }
                        },
                    };
                    let owner = owner.trim().to_string();
                    change(doc, question, |e| {
                        if !owner.is_empty() {
                            e.owner = owner;
                        }
                        if let Some(due) = due {
                            e.due = due;
                        }
                    })?;
                    out.line(w.details_saved)?;
                }
                Reply::Flag => {
                    let mut now = false;
                    change(doc, question, |e| {
                        e.flagged = !e.flagged;
                        now = e.flagged;
                    })?;
                    out.line(w.flag[usize::from(now)])?;
                }
                Reply::Skip => {
                    out.line(w.skipped)?;
                    break;
                }
                Reply::Stop => {
                    stopped = true;
                    break 'questions;
                }
                Reply::Unknown => out.line(w.not_understood)?,
            }
        }
    }
    let tally = score::breakdown(q, doc.assessment()).overall;
    let closing = if stopped { w.stopped } else { w.done };
    out.line("")?;
    out.line(
        &closing
            .replace("{answered}", &tally.answered.to_string())
            .replace("{total}", &tally.total.to_string())
            .replace("{score}", &format_percent(tally.percent()))
            .replace("{path}", &doc.path().display().to_string()),
    )
}

fn read_line(input: &mut dyn BufRead) -> Result<Option<String>, Failure> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
        Err(e) => Err(Failure::new(crate::messages::cannot_read_stdin(e))),
    }
}

fn introduce(
    q: &Questionnaire,
    section: usize,
    lang: Lang,
    w: &Words,
    out: &mut Out,
) -> Result<(), Failure> {
    let s = &q.sections[section];
    out.line("")?;
    out.line(&format!("{}. {}", s.number, s.title.get(lang)))?;
    out.line(&format!("{} {}", w.why, s.why.get(lang)))?;
    out.line(&w.vendor.replace("{vendor}", &q.vendor))?;
    for item in &s.vendor_items {
        out.line(&format!("- {}", item.text.get(lang)))?;
    }
    Ok(())
}

fn ask_one(
    q: &Questionnaire,
    index: usize,
    lang: Lang,
    w: &Words,
    out: &mut Out,
) -> Result<(), Failure> {
    let question = &q.questions[index];
    let s = &q.sections[question.section];
    let n = index + 1 - s.questions.start;
    out.line("")?;
    out.line(&format!(
        "[{n}/{}] {} · {} · {}",
        s.questions.len(),
        question.reference,
        w.severities[question.severity as usize],
        question.id
    ))?;
    out.line(question.text.get(lang))
}

fn help(
    q: &Questionnaire,
    question: &Question,
    lang: Lang,
    w: &Words,
    out: &mut Out,
) -> Result<(), Failure> {
    out.line(w.how_to_check)?;
    for line in plain_markdown(question.help.get(lang)) {
        out.line(&line)?;
    }
    out.line(&format!("{} {}", w.if_missing, question.remedy.get(lang)))?;
    let links: Vec<_> = question.links.iter().filter_map(|id| q.link(id)).collect();
    if !links.is_empty() {
        out.line(w.links)?;
        for link in links {
            out.line(&format!(
                "- {}: {}",
                link.title.get(lang),
                link.url_for(lang)
            ))?;
        }
    }
    Ok(())
}

/// Markdown as plain lines: markup dropped, paragraphs and list items kept.
fn plain_markdown(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut lines = Vec::new();
    let mut line = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                line.push_str(&t)
            }
            Event::SoftBreak => line.push(' '),
            Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                if !line.trim().is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.clear();
            }
            Event::Start(Tag::Item) => line.push_str("- "),
            _ => {}
        }
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

fn record(
    doc: &mut Document,
    question: &Question,
    answer: Answer,
    justification: Option<String>,
    w: &Words,
    out: &mut Out,
) -> Result<(), Failure> {
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    if let Some(j) = justification {
        entry.justification = j;
    }
    entry.record_answer(question, answer);
    doc.set_entry(&question.id, entry);
    doc.save()?;
    out.line(&w.saved.replace("{answer}", w.answers[answer as usize]))
}

/// Changes the question's entry besides its answer, and saves.
fn change(
    doc: &mut Document,
    question: &Question,
    edit: impl FnOnce(&mut crate::assessment::Entry),
) -> Result<(), Failure> {
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    edit(&mut entry);
    doc.set_entry(&question.id, entry);
    doc.save().map(|_| ())
}

/// Plain-text output: every line cleaned of control characters.
struct Out<'a> {
    output: &'a mut dyn Write,
}

impl Out<'_> {
    fn line(&mut self, text: &str) -> Result<(), Failure> {
        self.write(&format!("{}\n", clean(text)))
    }

    fn prompt(&mut self, text: &str) -> Result<(), Failure> {
        self.write(&clean(text))
    }

    fn write(&mut self, text: &str) -> Result<(), Failure> {
        self.output
            .write_all(text.as_bytes())
            .and_then(|()| self.output.flush())
            .map_err(|e| Failure::new(crate::messages::cannot_write_stdout(e)))
    }
}
