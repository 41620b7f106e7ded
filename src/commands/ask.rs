//! `srm-assess ask NAME|PATH`: the guided walk as plain lines of text, for
//! screen readers, dumb terminals and piped input. No escape sequences, no
//! screen clearing: every line is plain text, cleaned of control characters.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use std::io::{BufRead, Write};

use super::{Context, open_assessment};
use crate::assessment::Answer;
use crate::error::Failure;
use crate::lang::Lang;
use crate::messages as m;
use crate::questionnaire::{Question, Questionnaire};
use crate::sanitize::for_output as clean;
use crate::score::{self, format_percent};
use crate::store::Document;

mod show;
use show::{ask_one, help, introduce};

/// The guided walk as plain lines of text (screen readers, dumb terminals, piped input)
#[derive(Debug, Args)]
pub struct AskArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
}

/// Runs the walk on standard input and output.
pub fn run(args: AskArgs, ctx: &Context) -> Result<(), Failure> {
    plain_walk(&args.target, ctx)
}

/// The plain-text walk of the assessment `target`.
pub fn plain_walk(target: &str, ctx: &Context) -> Result<(), Failure> {
    let lang = ctx.lang;
    let (questionnaire, mut doc) = open_assessment(target, ctx)?;
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
enum Choice {
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

fn choice(line: &str) -> Choice {
    // The answer words are the ones `answer` takes: one list.
    match Answer::from_user(line) {
        Some(Answer::Na) => return Choice::NotApplicable,
        Some(answer) => return Choice::Answer(answer),
        None => {}
    }
    match line.trim().to_lowercase().as_str() {
        "" => Choice::Skip,
        "?" | "h" | "help" | "aiuto" => Choice::Help,
        "e" | "notes" | "note" => Choice::Notes,
        "o" | "owner" | "responsabile" => Choice::Owner,
        "f" | "flag" | "segna" => Choice::Flag,
        "q" | "quit" | "esci" => Choice::Stop,
        _ => Choice::Unknown,
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
    let mut out = Out { output, lang };
    let tally = score::breakdown(q, doc.assessment()).overall;
    let name = crate::store::display_name(doc.path());
    out.line(&m::ask_intro(
        lang,
        &name,
        q.title.get(lang),
        &q.version,
        tally.answered,
        tally.total,
        tally.unanswered(),
    ))?;
    if tally.unanswered() == 0 {
        return out.line(&m::ask_nothing_left(lang));
    }
    out.line(&m::ask_keys(lang))?;
    let mut section_shown = None;
    let mut stopped = false;
    for (index, question) in q.questions.iter().enumerate() {
        if doc.assessment().answer(&question.id).is_some() {
            continue;
        }
        if section_shown != Some(question.section) {
            section_shown = Some(question.section);
            introduce(q, question.section, lang, &mut out)?;
        }
        let mut walk = Step {
            q,
            question,
            doc: &mut *doc,
            lang,
            input: &mut *input,
            out: &mut out,
        };
        if walk.question(index)? == Next::Stop {
            stopped = true;
            break;
        }
    }
    let tally = score::breakdown(q, doc.assessment()).overall;
    let score = format_percent(tally.percent());
    let path = doc.path().display().to_string();
    let closing = if stopped {
        m::ask_stopped(lang, tally.answered, tally.total, &score, &path)
    } else {
        m::ask_done(lang, tally.answered, tally.total, &score, &path)
    };
    out.line("")?;
    out.line(&closing)
}

/// Where the walk goes after a line.
#[derive(Debug, PartialEq, Eq)]
enum Next {
    /// Ask the same question again (help shown, a detail saved, not
    /// understood, refused).
    Stay,
    /// On to the next question (answered or skipped).
    Move,
    /// End the walk (asked to, or the input ended).
    Stop,
}

/// One question of the walk: what it needs to ask and save.
struct Step<'a, 'o> {
    q: &'a Questionnaire,
    question: &'a Question,
    doc: &'a mut Document,
    lang: Lang,
    input: &'a mut dyn BufRead,
    out: &'a mut Out<'o>,
}

impl Step<'_, '_> {
    /// Asks the question (with what the probe saw) until it is answered,
    /// skipped or the walk stops.
    fn question(&mut self, index: usize) -> Result<Next, Failure> {
        ask_one(self.q, index, self.lang, self.out)?;
        // What the probe saw helps answer; it never answers.
        for o in self.doc.assessment().observations(&self.question.id) {
            let suggests = o
                .suggests
                .answer()
                .map(|a| crate::messages::words::answer(self.lang, a));
            let seen = crate::messages::observation_text(self.lang, o);
            self.out
                .line(&m::ask_observation(self.lang, &seen, suggests))?;
        }
        loop {
            self.out.prompt(&m::ask_prompt(self.lang))?;
            let Some(line) = read_line(self.input, self.lang)? else {
                return Ok(Next::Stop);
            };
            let next = self.on(choice(&line))?;
            if next != Next::Stay {
                return Ok(next);
            }
        }
    }

    /// What a typed line does.
    fn on(&mut self, choice: Choice) -> Result<Next, Failure> {
        let (question, doc) = (self.question, &mut *self.doc);
        match choice {
            Choice::Answer(answer) => Ok(moved(record(doc, question, answer, None, self.out)?)),
            Choice::NotApplicable => self.not_applicable(),
            Choice::Help => {
                help(self.q, question, self.lang, self.out)?;
                Ok(Next::Stay)
            }
            Choice::Notes => self.notes(),
            Choice::Owner => self.owner(),
            Choice::Flag => {
                let mut now = false;
                change(
                    doc,
                    question,
                    |e| {
                        e.flagged = !e.flagged;
                        now = e.flagged;
                    },
                    self.lang,
                )?;
                self.out.line(m::ask_flag(self.lang, now))?;
                Ok(Next::Stay)
            }
            Choice::Skip => {
                self.out.line(&m::ask_skipped(self.lang))?;
                Ok(Next::Move)
            }
            Choice::Stop => Ok(Next::Stop),
            Choice::Unknown => {
                self.out.line(&m::ask_not_understood(self.lang))?;
                Ok(Next::Stay)
            }
        }
    }

    /// `x`: the justification, then the answer through the domain's rule.
    fn not_applicable(&mut self) -> Result<Next, Failure> {
        self.out.prompt(&m::ask_justification(self.lang))?;
        let Some(text) = read_line(self.input, self.lang)? else {
            self.out.line(&m::ask_cancelled(self.lang))?;
            return Ok(Next::Stop);
        };
        let recorded = record(self.doc, self.question, Answer::Na, Some(&text), self.out)?;
        Ok(moved(recorded))
    }

    /// `e`: the notes, replacing the old ones; a warning when they look
    /// like a credential.
    fn notes(&mut self) -> Result<Next, Failure> {
        self.out.prompt(&m::ask_notes_prompt(self.lang))?;
        let Some(text) = read_line(self.input, self.lang)? else {
            return Ok(Next::Stop);
        };
        let text = text.trim().to_string();
        if !text.is_empty() {
            let looks_secret = !crate::secrets::find(&text).is_empty();
            change(self.doc, self.question, |e| e.set_notes(&text), self.lang)?;
            self.out.line(&m::ask_details_saved(self.lang))?;
            if looks_secret {
                self.out.line(&m::ask_secret(self.lang))?;
            }
        }
        Ok(Next::Stay)
    }

    /// `o`: owner and due date (an empty line keeps each; `-` clears the
    /// date); the owner through the domain's rule.
    fn owner(&mut self) -> Result<Next, Failure> {
        self.out.prompt(&m::ask_owner_prompt(self.lang))?;
        let Some(owner) = read_line(self.input, self.lang)? else {
            return Ok(Next::Stop);
        };
        self.out.prompt(&m::ask_due_prompt(self.lang))?;
        let Some(due) = read_line(self.input, self.lang)? else {
            return Ok(Next::Stop);
        };
        let due = match due.trim() {
            "" => None,
            "-" => Some(None),
            text => match crate::assessment::parse_date(text) {
                Some(date) => Some(Some(date)),
                None => {
                    self.out.line(&m::ask_bad_date(self.lang))?;
                    None
                }
            },
        };
        let mut entry = self
            .doc
            .entry(&self.question.id)
            .cloned()
            .unwrap_or_default();
        if !owner.trim().is_empty()
            && let Err(refusal) = entry.set_owner(&owner)
        {
            self.out
                .line(&crate::messages::owner_refused(self.lang, refusal))?;
            return Ok(Next::Stay);
        }
        if let Some(due) = due {
            entry.due = due;
        }
        change(self.doc, self.question, |e| *e = entry, self.lang)?;
        self.out.line(&m::ask_details_saved(self.lang))?;
        Ok(Next::Stay)
    }
}

/// After an answer: on when it was recorded, again when it was refused.
fn moved(recorded: bool) -> Next {
    if recorded { Next::Move } else { Next::Stay }
}

fn read_line(input: &mut dyn BufRead, lang: Lang) -> Result<Option<String>, Failure> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line.trim_end_matches(['\n', '\r']).to_string())),
        Err(e) => Err(Failure::new(crate::messages::cannot_read_stdin(
            lang,
            crate::messages::io_error(lang, &e),
        ))),
    }
}

/// Records the answer and saves; `false` when the domain refused it (said
/// on `out`, nothing saved).
fn record(
    doc: &mut Document,
    question: &Question,
    answer: Answer,
    justification: Option<&str>,
    out: &mut Out,
) -> Result<bool, Failure> {
    let recorded = doc.try_edit(&question.id, |entry| {
        entry.record_answer(question, answer, justification, crate::assessment::now())
    });
    let suspicious = match recorded {
        Ok((_, suspicious)) => suspicious,
        Err(refusal) => {
            out.line(&m::ask_refused(out.lang, &refusal))?;
            return Ok(false);
        }
    };
    for s in &suspicious {
        out.line(&crate::messages::suspicious_warning(
            out.lang,
            &question.id,
            s,
        ))?;
    }
    super::save(doc, out.lang)?;
    out.line(&m::ask_saved(
        out.lang,
        &m::ask_answer_word(out.lang, answer),
    ))?;
    Ok(true)
}

/// Changes the question's entry besides its answer, and saves.
fn change(
    doc: &mut Document,
    question: &Question,
    edit: impl FnOnce(&mut crate::assessment::Entry),
    lang: Lang,
) -> Result<(), Failure> {
    doc.edit(&question.id, edit);
    super::save(doc, lang)?;
    Ok(())
}

/// Plain-text output: every line cleaned of control characters.
struct Out<'a> {
    output: &'a mut dyn Write,
    /// The language of what is written.
    lang: Lang,
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
            .map_err(|e| Failure::new(crate::messages::cannot_write_stdout(self.lang, e)))
    }
}
