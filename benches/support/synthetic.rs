#![allow(dead_code)] // each user (bench, scale test) takes what it needs
//! Synthetic questionnaires and assessments of any size, for benchmarks and
//! scale tests: realistic text lengths in two languages, every question
//! answered, long multi-line notes.

use std::fmt::Write as _;

use jiff::Timestamp;

use srm_assess::assessment::{Answer, Assessment, Entry, Metadata, fingerprint};
use srm_assess::lang::Lang;
use srm_assess::questionnaire::Questionnaire;

/// The questionnaire sizes the benchmarks use.
pub const SIZES: [usize; 3] = [25, 1_000, 10_000];

const HELP_EN: &str = "**Good looks like:** a documented control with a named owner, reviewed every quarter, \
with evidence kept where auditors can find it; *exceptions* are recorded with an end date.\n\n\
**Where to check:** *Admin Center > Account > Security > Advanced*, then the audit log for changes \
since the last review. Compare with your `policy` register.\n\n- first point to verify\n- second point to verify\n";
const HELP_IT: &str = "**Come dovrebbe essere:** un controllo documentato con un responsabile nominato, rivisto ogni \
trimestre, con le prove conservate dove i revisori possono trovarle; le *eccezioni* sono registrate con una scadenza.\n\n\
**Dove verificare:** *Centro amministrativo > Account > Sicurezza > Avanzate*, poi il registro di verifica per le \
modifiche dall'ultima revisione. Confrontate con il registro delle `policy`.\n\n- primo punto da verificare\n- secondo punto da verificare\n";

/// The number of sections for `questions` questions: about 100 questions
/// a section, at least 6 and at most 100 sections.
pub fn section_count(questions: usize) -> usize {
    (questions / 100).clamp(6, 100).min(questions.max(1))
}

/// A valid questionnaire of `questions` questions, as TOML text.
pub fn questionnaire_toml(questions: usize) -> String {
    let sections = section_count(questions);
    let mut out = String::with_capacity(questions * 2_000);
    out.push_str(
        "format = 1\nid = \"synthetic\"\nversion = \"2026-01-01\"\nvendor = \"Example\"\n\
         locales = [\"en\", \"it\"]\nsecurity_contact = \"security@example.com\"\n\
         general_links = [\"l0\"]\ntitle.en = \"Synthetic model\"\ntitle.it = \"Modello sintetico\"\n\n\
         [source]\nurl = \"https://example.com/srm\"\ntitle.en = \"Source\"\ntitle.it = \"Fonte\"\n\n",
    );
    for l in 0..20 {
        let _ = write!(
            out,
            "[[link]]\nid = \"l{l}\"\nurl = \"https://example.com/docs/{l}\"\ntitle.en = \"Reference page {l}\"\ntitle.it = \"Pagina di riferimento {l}\"\n\n"
        );
    }
    for s in 0..sections {
        let _ = write!(
            out,
            "[[section]]\nid = \"s{s}\"\nnumber = \"{}\"\ntitle.en = \"Section {s} of the model\"\ntitle.it = \"Sezione {s} del modello\"\n\
             why.en = \"Why section {s} matters: controls here protect the data your customers trust you with.\"\n\
             why.it = \"Perché la sezione {s} conta: questi controlli proteggono i dati che i clienti vi affidano.\"\n\
             links = [\"l{}\", \"l{}\"]\n\n\
             [[section.vendor]]\nref = \"Z-{s}.1\"\ntext.en = \"The vendor secures its own infrastructure for section {s}.\"\n\
             text.it = \"Il fornitore protegge la propria infrastruttura per la sezione {s}.\"\n\n",
            s + 1,
            s % 20,
            (s + 7) % 20
        );
    }
    let severities = ["high", "medium", "low"];
    for i in 0..questions {
        let s = i * sections / questions.max(1);
        let _ = write!(
            out,
            "[[question]]\nid = \"s{s}.q{i}\"\nsection = \"s{s}\"\nref = \"{}.{}\"\nseverity = \"{}\"\nowner = \"{}\"\n\
             links = [\"l{}\", \"l{}\"]\n\
             text.en = \"Question {i}: is the control for this duty in place, documented and reviewed on a fixed schedule?\"\n\
             text.it = \"Domanda {i}: il controllo per questo obbligo è attivo, documentato e rivisto a scadenze fisse?\"\n\
             help.en = \"\"\"\n{HELP_EN}\"\"\"\nhelp.it = \"\"\"\n{HELP_IT}\"\"\"\n\
             remedy.en = \"Assign an owner to control {i}, document it, and schedule its first review this quarter.\"\n\
             remedy.it = \"Assegnate un responsabile al controllo {i}, documentatelo e pianificatene la prima revisione.\"\n\n",
            s + 1,
            i + 1,
            severities[i % 3],
            if i % 4 == 0 { "shared" } else { "subscriber" },
            i % 20,
            (i * 7 + 3) % 20
        );
    }
    out
}

/// A questionnaire of `questions` questions.
pub fn questionnaire(questions: usize) -> Questionnaire {
    Questionnaire::parse(&questionnaire_toml(questions), "synthetic.toml").unwrap_or_else(|e| {
        // The generator's output is checked by the tests; a failure is a bug here.
        unreachable!("synthetic questionnaire is invalid: {e:?}")
    })
}

/// An assessment of `q` with every question answered and long notes.
pub fn assessment(q: &Questionnaire) -> Assessment {
    let at = Timestamp::from_second(1_780_000_000).unwrap_or(Timestamp::UNIX_EPOCH);
    let metadata = Metadata {
        organization: "Example S.p.A.".into(),
        instance: "example".into(),
        assessor: "Synthetic Assessor".into(),
        break_glass: Vec::new(),
    };
    let mut a = Assessment::new(q, Lang::En, metadata, at);
    let answers = [
        Answer::Yes,
        Answer::Partial,
        Answer::No,
        Answer::Unknown,
        Answer::Na,
    ];
    for (i, question) in q.questions.iter().enumerate() {
        let answer = answers[i % answers.len()];
        let mut notes = String::new();
        for line in 0..6 {
            let _ = writeln!(
                notes,
                "Line {line} of the evidence for control {i}: ticket ABC-{}, reviewed with the owner; see https://wiki.example.com/c/{i}.",
                i * 10 + line
            );
        }
        a.answers.insert(
            question.id.to_string(),
            Entry {
                answer: Some(answer),
                notes,
                justification: if answer == Answer::Na {
                    "Out of scope for this instance.".into()
                } else {
                    String::new()
                },
                owner: if answer.is_gap() {
                    format!("owner-{}", i % 17)
                } else {
                    String::new()
                },
                due: None,
                flagged: i % 11 == 0,
                answered_at: Some(at),
                fingerprint: fingerprint(question),
                ..Entry::default()
            },
        );
    }
    a
}
