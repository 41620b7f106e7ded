//! `srm-assess probe NAME|PATH [--subdomain SUB | --base-url URL]
//! [--dry-run] [--record DIR] [--replay DIR] [--token-stdin]`: a
//! read-only look at the Zendesk instance, stored as observations beside
//! the answers (never instead of them).

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::{Context, open_assessment, print};
use crate::error::Failure;
use crate::probe::recording::{Recorder, Replay};
use crate::probe::{BaseUrl, Fetch, Token, http::Live};

/// The environment variable the token is read from.
pub const TOKEN_VARIABLE: &str = "ZENDESK_OAUTH_TOKEN";

/// Look at the Zendesk instance through its API, read-only, and keep what it
/// shows beside the answers (never changing one). Token: ZENDESK_OAUTH_TOKEN
/// or --token-stdin, an OAuth token limited to read
#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The Zendesk subdomain [default: the assessment's instance]
    #[arg(long, value_name = "SUB", conflicts_with = "base_url")]
    pub subdomain: Option<String>,
    /// Another address: https://SUB.zendesk.com, or http:// or https:// for
    /// 127.0.0.1, ::1 or localhost; any other host needs --allow-host
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Let --base-url send the token to this host (not Zendesk, not this
    /// computer): a proxy you trust
    #[arg(long, value_name = "HOST", requires = "base_url")]
    pub allow_host: Option<String>,
    /// Print the requests the probe would make, and make none
    #[arg(long)]
    pub dry_run: bool,
    /// Keep the responses in DIR (no headers, no token, no secrets; names,
    /// e-mail addresses and phone numbers replaced), for --replay
    #[arg(long, value_name = "DIR", conflicts_with = "dry_run")]
    pub record: Option<PathBuf>,
    /// With --record: keep names, e-mail addresses and phone numbers
    #[arg(long, requires = "record")]
    pub record_personal_data: bool,
    /// Read at most N pages (100 items each) of a list
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub max_pages: u64,
    /// Read the responses recorded in DIR instead of asking Zendesk
    #[arg(long, value_name = "DIR", conflicts_with_all = ["subdomain", "base_url", "dry_run", "record", "token_stdin"])]
    pub replay: Option<PathBuf>,
    /// Read the token from standard input (first line) instead of ZENDESK_OAUTH_TOKEN
    #[arg(long)]
    pub token_stdin: bool,
    /// Seconds each request may take
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
}

/// Runs the probe and saves its observations; answers are left as they are.
pub fn run(request: ProbeArgs, ctx: &Context) -> Result<(), Failure> {
    let target = request.target.as_str();
    let (questionnaire, mut doc) = open_assessment(target, ctx)?;
    if questionnaire.questions.iter().all(|q| q.probe.is_empty()) {
        return Err(Failure::new(crate::messages::probe_no_rules(
            ctx.lang,
            &questionnaire.id,
        )));
    }
    if request.replay.is_none() && request.dry_run {
        let base = base_url(&request, doc.assessment(), ctx.lang)?;
        return print_plan(&base, &questionnaire, ctx.lang);
    }
    let mut source = source(&request, doc.assessment(), ctx.lang)?;
    let mut progress = Progress::new();
    let max_pages = match usize::try_from(request.max_pages) {
        Ok(0) | Err(_) => crate::probe::MAX_PAGES,
        Ok(n) => n,
    };
    let left_out: Vec<String> = doc
        .assessment()
        .metadata
        .break_glass
        .iter()
        .map(|b| b.account.clone())
        .collect();
    // Setting changes are shown since the previous probe.
    let since = doc
        .assessment()
        .observations
        .values()
        .flatten()
        .map(|o| o.fetched_at)
        .max();
    let options = crate::probe::Options {
        max_pages,
        left_out: &left_out,
        since,
    };
    let observations =
        crate::probe::run_for(source.as_mut(), &questionnaire, &options, &mut |d, t, r| {
            progress.step(d, t, r, ctx.lang)
        });
    progress.finish();
    let observations = observations?;
    if let Some(dir) = &request.record {
        eprintln!(
            "{}",
            crate::sanitize::for_output(&crate::messages::probe_recorded(ctx.lang, dir))
        );
    }
    doc.set_observations(observations);
    super::save(&mut doc, ctx.lang)?;
    let out = summary(
        &doc,
        &questionnaire,
        source.sent(),
        request.replay.is_some(),
        ctx.lang,
    );
    print(&format!("{out}\n"))
}

/// Where responses come from: recordings, or Zendesk (kept as files with
/// --record).
fn source(
    request: &ProbeArgs,
    assessment: &crate::assessment::Assessment,
    lang: crate::lang::Lang,
) -> Result<Box<dyn Fetch>, Failure> {
    if let Some(dir) = &request.replay {
        return Ok(Box::new(Replay::new(dir)?));
    }
    let base = base_url(request, assessment, lang)?;
    let token = read_token(request.token_stdin, lang)?;
    let on_wait = Box::new(move |s| {
        // On a terminal, over the progress bar rather than after it.
        let clear = if std::io::stderr().is_terminal() {
            "\r\x1b[2K"
        } else {
            ""
        };
        eprintln!("{clear}{}", crate::messages::probe_waiting(lang, s));
    });
    let timeout = Duration::from_secs(request.timeout.max(1));
    let live = Live::new(base, token.clone(), timeout, on_wait);
    Ok(match &request.record {
        Some(dir) => Box::new(Recorder::with_personal_data(
            live,
            dir,
            token.secret(),
            request.record_personal_data,
        )?),
        None => Box::new(live),
    })
}

/// What the probe found: the counts, then one line per contradiction.
fn summary(
    doc: &crate::store::Document,
    questionnaire: &crate::questionnaire::Questionnaire,
    sent: usize,
    replayed: bool,
    lang: crate::lang::Lang,
) -> String {
    let assessment = doc.assessment();
    let mut out = crate::messages::probe_done(
        lang,
        doc.path(),
        assessment.observed(questionnaire),
        assessment.contradicted(questionnaire).count(),
        sent,
        replayed,
    );
    for question in questionnaire.questions.iter() {
        let answer = assessment.answer(&question.id).map_or("", |a| a.as_str());
        for o in assessment.contradicting(&question.id) {
            out.push('\n');
            out.push_str(&crate::messages::probe_contradiction(
                lang,
                &question.id,
                answer,
                &crate::messages::observation_text(lang, o),
            ));
        }
    }
    out
}

/// `--base-url`, else `--subdomain`, else the assessment's instance.
fn base_url(
    request: &ProbeArgs,
    assessment: &crate::assessment::Assessment,
    lang: crate::lang::Lang,
) -> Result<BaseUrl, Failure> {
    if let Some(url) = &request.base_url {
        let base = BaseUrl::parse(url)
            .ok_or_else(|| Failure::usage(crate::messages::probe_bad_base_url(lang, url)))?;
        // The token goes only to Zendesk or this computer, unless the
        // user names the other host explicitly.
        if !base.is_zendesk() && !base.is_loopback() {
            let allowed = request
                .allow_host
                .as_deref()
                .is_some_and(|h| h.trim().eq_ignore_ascii_case(base.host()));
            if !allowed {
                return Err(Failure::usage(crate::messages::probe_host_not_allowed(
                    lang,
                    base.host(),
                )));
            }
            eprintln!(
                "{}",
                crate::sanitize::for_output(&crate::messages::probe_host_warning(
                    lang,
                    base.host()
                ))
            );
        }
        return Ok(base);
    }
    let sub = request
        .subdomain
        .clone()
        .unwrap_or_else(|| assessment.metadata.instance.clone());
    if sub.trim().is_empty() {
        return Err(Failure::usage(crate::messages::probe_no_subdomain(lang)));
    }
    BaseUrl::for_subdomain(&sub)
        .ok_or_else(|| Failure::usage(crate::messages::probe_bad_subdomain(lang, &sub)))
}

/// The token: standard input with `--token-stdin`, else the environment.
fn read_token(from_stdin: bool, lang: crate::lang::Lang) -> Result<Token, Failure> {
    if from_stdin {
        let mut text = String::new();
        let stdin = std::io::stdin();
        // Where the terminal's echo cannot be turned off (not Unix), a
        // token is never typed where it would show: it comes from the
        // environment or a pipe instead.
        if stdin.is_terminal() && !HiddenInput::POSSIBLE {
            return Err(Failure::usage(crate::messages::probe_prompt_unavailable(
                lang,
            )));
        }
        let read = if stdin.is_terminal() {
            // Typed by a person: a prompt, and no echo of what is typed.
            eprint!("{}", crate::messages::probe_token_prompt(lang));
            let _ = std::io::stderr().flush();
            let hidden = HiddenInput::start();
            let read = stdin.lock().take(64 * 1024).read_line(&mut text);
            drop(hidden);
            eprintln!();
            read
        } else {
            stdin.take(64 * 1024).read_to_string(&mut text)
        };
        read.map_err(|_| Failure::new(crate::messages::probe_bad_token(lang, "standard input")))?;
        let first = text.lines().next().unwrap_or_default();
        return Token::new(first)
            .ok_or_else(|| Failure::new(crate::messages::probe_bad_token(lang, "standard input")));
    }
    match std::env::var(TOKEN_VARIABLE) {
        Ok(text) => Token::new(&text)
            .ok_or_else(|| Failure::new(crate::messages::probe_bad_token(lang, TOKEN_VARIABLE))),
        Err(std::env::VarError::NotPresent) => {
            Err(Failure::usage(crate::messages::probe_no_token(lang)))
        }
        Err(std::env::VarError::NotUnicode(_)) => Err(Failure::new(
            crate::messages::probe_bad_token(lang, TOKEN_VARIABLE),
        )),
    }
}

/// The terminal's echo turned off while it lives (a token typed at the
/// prompt never shows), restored when dropped.
struct HiddenInput {
    #[cfg(unix)]
    saved: Option<rustix::termios::Termios>,
}

impl HiddenInput {
    /// Whether this system lets the echo be turned off.
    const POSSIBLE: bool = cfg!(unix);

    fn start() -> Self {
        #[cfg(unix)]
        {
            use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
            let stdin = std::io::stdin();
            let saved = tcgetattr(&stdin).ok();
            if let Some(saved) = &saved {
                let mut quiet = saved.clone();
                quiet.local_modes.remove(LocalModes::ECHO);
                let _ = tcsetattr(&stdin, OptionalActions::Now, &quiet);
            }
            HiddenInput { saved }
        }
        #[cfg(not(unix))]
        HiddenInput {}
    }
}

impl Drop for HiddenInput {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(saved) = &self.saved {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                saved,
            );
        }
    }
}

/// `--dry-run`: every first request, in order.
fn print_plan(
    base: &BaseUrl,
    questionnaire: &crate::questionnaire::Questionnaire,
    lang: crate::lang::Lang,
) -> Result<(), Failure> {
    let mut out = crate::messages::probe_dry_run(lang, base.as_str());
    for endpoint in crate::probe::plan(questionnaire) {
        out.push_str(&format!("\nGET {base}{}", endpoint.page_request(None)));
        if endpoint.list_key().is_some() {
            out.push_str(" …");
        }
    }
    print(&format!("{out}\n"))
}

/// The progress line on standard error: a bar redrawn in place on a
/// terminal, one line per request otherwise.
struct Progress {
    terminal: bool,
    drawn: bool,
    sent: usize,
}

impl Progress {
    fn new() -> Self {
        Progress {
            terminal: std::io::stderr().is_terminal(),
            drawn: false,
            sent: 0,
        }
    }

    fn step(&mut self, done: usize, total: usize, request: &str, lang: crate::lang::Lang) {
        self.sent += 1;
        let line = crate::messages::probe_progress(lang, done + 1, total, request);
        let line = crate::sanitize::one_line(&line);
        let mut err = std::io::stderr().lock();
        if self.terminal {
            let width = 20;
            let filled = (done * width / total.max(1)).min(width);
            let bar = format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled));
            let shown: String = line.chars().take(70).collect();
            let _ = write!(err, "\r\x1b[2K{bar} {shown}");
            self.drawn = true;
        } else {
            let _ = writeln!(err, "{line}");
        }
        let _ = err.flush();
    }

    fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}
