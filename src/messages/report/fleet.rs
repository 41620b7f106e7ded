//! The words of the fleet report (`srm-assess fleet`), in English and
//! Italian.

use crate::lang::Lang;
use crate::messages::pick;

/// The fixed words of a fleet report.
#[derive(Debug)]
pub struct FleetWords {
    /// The title.
    pub title: &'static str,
    /// Heading: the heat map.
    pub heat_heading: &'static str,
    /// How to read the heat map.
    pub heat_legend: &'static str,
    /// Heading: the gaps across the fleet.
    pub shared_heading: &'static str,
    /// What the gaps list is.
    pub shared_intro: &'static str,
    /// Heading: hygiene per instance.
    pub hygiene_heading: &'static str,
    /// Heading: the trend.
    pub trend_heading: &'static str,
    /// Heading: regressions in many instances at once.
    pub at_once_heading: &'static str,
    /// What a regression in many instances at once means.
    pub at_once_intro: &'static str,
    /// Heading: files not read.
    pub unread_heading: &'static str,
    /// Column: instance.
    pub instance: &'static str,
    /// Column: organization.
    pub organization: &'static str,
    /// Column: questionnaire.
    pub questionnaire: &'static str,
    /// Column: score.
    pub score: &'static str,
    /// Column: answered.
    pub answered: &'static str,
    /// Column: evidence-backed.
    pub backed: &'static str,
    /// Column: overdue.
    pub overdue: &'static str,
    /// Column: expired acceptances.
    pub expired: &'static str,
    /// Column: contradicted by the API.
    pub contradicted: &'static str,
    /// Column: when the probe last ran.
    pub probed: &'static str,
    /// The probe never ran.
    pub never: &'static str,
    /// Column: score then.
    pub before: &'static str,
    /// Column: improved.
    pub improved: &'static str,
    /// Column: regressed.
    pub regressed: &'static str,
    /// Column: the question.
    pub question: &'static str,
    /// Column: how many instances.
    pub instances: &'static str,
    /// Column: accepted, expired, contradicted.
    pub accepted: &'static str,
    /// Column: severity.
    pub severity: &'static str,
    /// A section the instance's questionnaire lacks.
    pub not_in_questionnaire: &'static str,
    /// No gap anywhere.
    pub no_gaps: &'static str,
    /// No assessment to roll up.
    pub empty: &'static str,
}

const EN: FleetWords = FleetWords {
    title: "Fleet report",
    heat_heading: "Heat map",
    heat_legend: "Each cell is a section's score in one instance, with how many of its questions were answered: a score on few answers says little. ■■■ 80% or more, ■■□ 50–79%, ■□□ below 50%, ░░░ provisional (fewer than half its questions answered: the score is shown, not judged), □□□ nothing answered; — the instance's questionnaire has no such section.",
    shared_heading: "Gaps across the fleet",
    shared_intro: "Each gap once, with the instances that share it: most severe first, then the most widespread.",
    hygiene_heading: "Hygiene per instance",
    trend_heading: "Since the older version",
    at_once_heading: "Regressed in many instances at once",
    at_once_intro: "The same question got worse in more than one instance over the same span: look for one cause (a vendor change, a shared policy) before fixing each.",
    unread_heading: "Not read",
    instance: "Instance",
    organization: "Organization",
    questionnaire: "Questionnaire",
    score: "Score",
    answered: "Answered",
    backed: "Evidence-backed",
    overdue: "Overdue",
    expired: "Expired acceptances",
    contradicted: "Contradicted by the API",
    probed: "Probe last ran",
    never: "never",
    before: "Score then",
    improved: "Improved",
    regressed: "Regressed",
    question: "Question",
    instances: "Instances",
    accepted: "Accepted, expired, contradicted",
    severity: "Severity",
    not_in_questionnaire: "—",
    no_gaps: "No gap in any instance.",
    empty: "No assessment to roll up.",
};

const IT: FleetWords = FleetWords {
    title: "Report della flotta",
    heat_heading: "Mappa di calore",
    heat_legend: "Ogni cella è il punteggio di una sezione in un'istanza, con quante delle sue domande hanno risposta: un punteggio su poche risposte dice poco. ■■■ 80% o più, ■■□ 50–79%, ■□□ sotto il 50%, ░░░ provvisorio (risposta a meno della metà delle domande: il punteggio è mostrato, non giudicato), □□□ nessuna risposta; — il questionario dell'istanza non ha quella sezione.",
    shared_heading: "Lacune nella flotta",
    shared_intro: "Ogni lacuna una volta, con le istanze che la condividono: prima le più gravi, poi le più diffuse.",
    hygiene_heading: "Igiene per istanza",
    trend_heading: "Dalla versione precedente",
    at_once_heading: "Peggiorate in molte istanze insieme",
    at_once_intro: "La stessa domanda è peggiorata in più istanze nello stesso periodo: cercate una causa unica (una modifica del fornitore, una politica comune) prima di correggerle una per una.",
    unread_heading: "Non lette",
    instance: "Istanza",
    organization: "Organizzazione",
    questionnaire: "Questionario",
    score: "Punteggio",
    answered: "Con risposta",
    backed: "Con prove",
    overdue: "Scadute",
    expired: "Accettazioni scadute",
    contradicted: "Smentite dall'API",
    probed: "Ultima verifica API",
    never: "mai",
    before: "Punteggio prima",
    improved: "Migliorate",
    regressed: "Peggiorate",
    question: "Domanda",
    instances: "Istanze",
    accepted: "Accettate, scadute, smentite",
    severity: "Gravità",
    not_in_questionnaire: "—",
    no_gaps: "Nessuna lacuna in alcuna istanza.",
    empty: "Nessuna valutazione da riunire.",
};

/// The fleet words of `lang`.
pub fn fleet_words(lang: Lang) -> &'static FleetWords {
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

/// How many instances share a gap.
pub fn fleet_share(l: Lang, n: usize, of: usize) -> String {
    say!(l, "{n} of {of} instances", "{n} di {of} istanze")
}

/// The subtitle: how many instances, as of which day, and `--only`.
pub fn fleet_subtitle(l: Lang, n: usize, as_of: &str, only: Option<&str>) -> String {
    match only {
        Some(org) => say!(
            l,
            "{n} instances of {org} only, as of {as_of}",
            "solo le {n} istanze di {org}, al {as_of}"
        ),
        None => say!(l, "{n} instances, as of {as_of}", "{n} istanze, al {as_of}"),
    }
}

/// Instances on different questionnaire revisions.
pub fn fleet_revisions(l: Lang, list: &str) -> String {
    say!(
        l,
        "The instances answer different questionnaire revisions ({list}): each gap is counted out of the instances whose questionnaire has the question.",
        "Le istanze rispondono a revisioni diverse del questionario ({list}): ogni lacuna è contata sulle istanze il cui questionario ha la domanda.",
    )
}

/// Counts beside a shared gap.
pub fn fleet_counts(l: Lang, accepted: usize, expired: usize, contradicted: usize) -> String {
    let mut parts = Vec::new();
    if accepted > 0 {
        parts.push(say!(l, "{accepted} accepted", "{accepted} accettate"));
    }
    if expired > 0 {
        parts.push(say!(
            l,
            "{expired} acceptance(s) expired",
            "{expired} accettazioni scadute"
        ));
    }
    if contradicted > 0 {
        parts.push(say!(
            l,
            "{contradicted} contradicted by the API",
            "{contradicted} smentite dall'API"
        ));
    }
    parts.join(", ")
}

/// `fleet` with no assessment named and no `--all`.
pub fn fleet_needs_targets(l: Lang) -> String {
    say!(
        l,
        "fleet needs the assessments to roll up: name them (fleet prod-eu prod-us), or give --all for every saved one",
        "fleet vuole le valutazioni da riunire: indicatele (fleet prod-eu prod-us), o date --all per tutte quelle salvate",
    )
}

/// `fleet` asked for a format it does not write.
pub fn fleet_format(l: Lang) -> String {
    say!(
        l,
        "fleet writes md, html, json or csv; for one assessment's other formats use report",
        "fleet scrive md, html, json o csv; per gli altri formati di una valutazione usate report",
    )
}

/// `fleet --fail-on` found matches.
pub fn fleet_matched(l: Lang, n: usize, instances: usize) -> String {
    say!(
        l,
        "{n} match(es) across {instances} instances",
        "{n} corrispondenze in {instances} istanze"
    )
}

/// `fleet --fail-on` found nothing.
pub fn fleet_clean(l: Lang, instances: usize, as_of: jiff::civil::Date) -> String {
    say!(
        l,
        "Checked {instances} instances as of {as_of}: nothing matched",
        "Controllate {instances} istanze al {as_of}: nessuna corrispondenza"
    )
}

/// `fleet --since`: instances with no older version to compare with.
pub fn fleet_no_older(l: Lang, names: &str) -> String {
    say!(
        l,
        "No older version to compare with (new since, or not at that revision or in that folder): {names}.",
        "Nessuna versione precedente con cui confrontare (nuove da allora, o assenti in quella revisione o cartella): {names}."
    )
}

/// `fleet --fail-on`: an instance that was not checked, and why.
pub fn fleet_not_checked(l: Lang, name: &str, why: &str) -> String {
    say!(
        l,
        "{name}: not checked: {why}",
        "{name}: non controllata: {why}"
    )
}

/// `fleet --only … --fail-on`: files that could not be read, unnamed
/// (they may be another organization's).
pub fn fleet_withheld(l: Lang, n: usize) -> String {
    say!(
        l,
        "{n} assessment file(s) could not be read and may be this organization's (names withheld under --only): run fleet --all --fail-on without --only to see them",
        "{n} file di valutazione non leggibili, forse di questa organizzazione (nomi omessi con --only): eseguite fleet --all --fail-on senza --only per vederli",
    )
}

/// `fleet --fail-on` could not check everything: it fails.
pub fn fleet_gate_incomplete(
    l: Lang,
    checked: usize,
    unchecked: usize,
    only: Option<&str>,
) -> String {
    if let Some(only) = only {
        let only = crate::sanitize::one_line(only);
        return say!(
            l,
            "--only {only:?} matched no assessment that could be read: nothing was checked, so the gate fails; check the organization's name (srm-assess list), or that its files read",
            "--only {only:?} non corrisponde a nessuna valutazione leggibile: non è stato controllato nulla, quindi il controllo fallisce; verificate il nome dell'organizzazione (srm-assess list), o che i suoi file si leggano",
        );
    }
    say!(
        l,
        "checked {checked} instance(s), but {unchecked} could not be checked (named above): the gate fails until every assessment reads",
        "controllate {checked} istanze, ma {unchecked} non si sono potute controllare (sopra): il controllo fallisce finché ogni valutazione non si legge",
    )
}

/// `fleet --since` names neither a folder nor a known git revision.
pub fn fleet_since_unknown(l: Lang, since: &str) -> String {
    let since = crate::sanitize::one_line(since);
    say!(
        l,
        "--since {since:?} is neither a folder nor a git revision of the assessments' repository: give a folder of older copies or a commit, tag or branch (git log shows them)",
        "--since {since:?} non è né una cartella né una revisione git del repository delle valutazioni: indicate una cartella di copie precedenti o un commit, tag o ramo (git log li mostra)",
    )
}

/// `fleet --since`: an older copy of another organization or assessment,
/// never compared with.
pub fn fleet_older_not_same(l: Lang, name: &str, at: &str) -> String {
    let at = crate::sanitize::one_line(at);
    say!(
        l,
        "{name}: the copy in {at} is of another organization or assessment, so it is not compared with",
        "{name}: la copia in {at} è di un'altra organizzazione o valutazione, quindi non viene confrontata",
    )
}
