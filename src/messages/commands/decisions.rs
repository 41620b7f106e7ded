//! Messages of `accept`, `evidence` and `check`: accepted risks, evidence
//! and the CI gate.

use crate::assessment::accept::{AcceptField, AcceptRefusal};
use crate::lang::Lang;
use crate::messages::*;
use jiff::civil::Date;

/// Why `evidence` refused the evidence for `id`, in the command's terms.
pub fn evidence_refused(
    l: Lang,
    id: &str,
    refusal: crate::assessment::evidence_rule::EvidenceRefusal,
) -> String {
    use crate::assessment::evidence_rule::EvidenceRefusal;
    match refusal {
        EvidenceRefusal::Empty => evidence_reference_empty(l, id),
        EvidenceRefusal::NotOneLine => evidence_reference_not_one_line(l, id),
        EvidenceRefusal::ObservedFuture { observed, today } => {
            evidence_observed_future(l, observed, today)
        }
    }
}

/// `evidence` with an empty reference.
pub fn evidence_reference_empty(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id}: the evidence reference is empty; give a web address or a file path; nothing was changed",
        "{id}: il riferimento dell'evidenza è vuoto; indicate un indirizzo web o un percorso di file; non è cambiato nulla",
    )
}

/// Why `accept` refused to accept the gap of `id`, in the command's terms.
pub fn accept_refused(l: Lang, id: &str, refusal: AcceptRefusal) -> String {
    match refusal {
        AcceptRefusal::NotAGap(answer) => accept_not_a_gap(l, id, answer.map(|a| a.as_str())),
        AcceptRefusal::Empty(AcceptField::By) => accept_needs(l, "by"),
        AcceptRefusal::Empty(AcceptField::Reason) => accept_needs(l, "reason"),
        AcceptRefusal::Empty(AcceptField::Until | AcceptField::Approved) => {
            accept_missing(l, "until")
        }
        AcceptRefusal::HiddenChar(c) => name_hidden_char(l, NameField::Approver, c),
        AcceptRefusal::UntilPast { until, today } => accept_until_past(l, until, today),
        AcceptRefusal::ApprovedFuture { approved, today } => {
            accept_approved_future(l, approved, today)
        }
    }
}

/// `accept` on a question that is no gap.
pub fn accept_not_a_gap(l: Lang, id: &str, answer: Option<&str>) -> String {
    match answer {
        Some(answer) => say!(
            l,
            "{id} is answered {answer}: only a gap (partial, no, unknown) can be accepted as a risk; nothing was changed",
            "{id} ha risposta {answer}: solo una lacuna (partial, no, unknown) si può accettare come rischio; non è cambiato nulla",
        ),
        None => say!(
            l,
            "{id} is not answered: answer it first (partial, no or unknown) to accept the gap as a risk; nothing was changed",
            "{id} non ha risposta: rispondete prima (partial, no o unknown) per accettare la lacuna come rischio; non è cambiato nulla",
        ),
    }
}

/// `accept --until` a day already past.
pub fn accept_until_past(l: Lang, until: Date, today: Date) -> String {
    say!(
        l,
        "--until {until} is already past (today is {today}): an acceptance must end today or later; nothing was changed",
        "--until {until} è già passato (oggi è il {today}): un'accettazione deve finire oggi o più avanti; non è cambiato nulla",
    )
}

/// `accept` with an empty `--by` or `--reason`.
pub fn accept_needs(l: Lang, what: &str) -> String {
    say!(
        l,
        "--{what} is empty: say who approved the risk and why; nothing was changed",
        "--{what} è vuoto: indicate chi ha approvato il rischio e perché; non è cambiato nulla",
    )
}

/// `accept` without `--by`, `--until` or `--reason` (and not `--revoke`).
pub fn accept_missing(l: Lang, what: &str) -> String {
    say!(
        l,
        "--{what} is required to accept a risk (or use --revoke); nothing was changed",
        "--{what} è obbligatorio per accettare un rischio (oppure usate --revoke); non è cambiato nulla",
    )
}

/// `accept --revoke` with nothing to revoke.
pub fn accept_nothing_to_revoke(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id} has no accepted risk to revoke; nothing was changed",
        "{id} non ha un rischio accettato da revocare; non è cambiato nulla",
    )
}

/// `accept`: done.
pub fn accepted(l: Lang, id: &str, by: &str, until: Date) -> String {
    say!(
        l,
        "Accepted the gap of {id} as a risk: approved by {by}, until {until}.",
        "Lacuna di {id} accettata come rischio: approvata da {by}, fino al {until}.",
    )
}

/// `accept --revoke`: done.
pub fn revoked(l: Lang, id: &str) -> String {
    say!(
        l,
        "Revoked the accepted risk of {id}: it is an open gap again.",
        "Revocato il rischio accettato di {id}: è di nuovo una lacuna aperta.",
    )
}

/// `evidence --observed` in the future.
pub fn evidence_observed_future(l: Lang, observed: Date, today: Date) -> String {
    say!(
        l,
        "--observed {observed} is in the future (today is {today}): give the day the evidence shows; nothing was changed",
        "--observed {observed} è nel futuro (oggi è il {today}): indicate il giorno che la prova documenta; non è cambiato nulla",
    )
}

/// `evidence --remove` of a reference the question does not hold.
pub fn evidence_not_found(l: Lang, id: &str, reference: &str) -> String {
    say!(
        l,
        "{id} has no evidence {reference:?}; nothing was changed",
        "{id} non ha la prova {reference:?}; non è cambiato nulla",
    )
}

/// `evidence`: recorded.
pub fn evidence_recorded(l: Lang, id: &str, reference: &str, observed: Date) -> String {
    say!(
        l,
        "Recorded evidence for {id}: {reference} (shows the control on {observed}).",
        "Prova registrata per {id}: {reference} (documenta il controllo al {observed}).",
    )
}

/// `evidence --remove`: done.
pub fn evidence_removed(l: Lang, id: &str, reference: &str) -> String {
    say!(
        l,
        "Removed evidence {reference} from {id}.",
        "Prova {reference} tolta da {id}.",
    )
}

/// `check --fail-on` with a word that is no criterion.
pub fn check_bad_criterion(l: Lang, word: &str) -> String {
    say!(
        l,
        "{word:?} is not a criterion: use high, medium, low, unknown, unanswered, expired, overdue, stale, changed, contradiction, to-verify, conflict, setting-changed or new, separated by commas",
        "{word:?} non è un criterio: usate high, medium, low, unknown, unanswered, expired, overdue, stale, changed, contradiction, to-verify, conflict, setting-changed o new, separati da virgole",
    )
}

/// `check` with nothing matched: what was checked, and what is unknown.
pub fn check_clean(
    l: Lang,
    total: usize,
    answered: usize,
    questionnaire: &str,
    criteria: &str,
    as_of: Date,
) -> String {
    let unanswered = total - answered;
    let caution = if unanswered > 0 {
        say!(
            l,
            "; {unanswered} not assessed, so unknown (add unanswered to --fail-on to fail on them)",
            "; {unanswered} non valutate, quindi ignote (aggiungete unanswered a --fail-on per fallire su di esse)"
        )
    } else {
        String::new()
    };
    say!(
        l,
        "Checked {total} questions ({answered} answered) of {questionnaire} as of {as_of} for {criteria}: nothing matched{caution}",
        "Controllate {total} domande ({answered} con risposta) di {questionnaire} al {as_of} per {criteria}: nessun riscontro{caution}"
    )
}

/// `check`: how many matched (on standard error; exit status 3).
pub fn check_matched(l: Lang, count: usize, questionnaire: &str, as_of: Date) -> String {
    match count {
        1 => say!(
            l,
            "1 finding in {questionnaire} as of {as_of} (exit status 3)",
            "1 riscontro in {questionnaire} al {as_of} (stato di uscita 3)"
        ),
        _ => say!(
            l,
            "{count} findings in {questionnaire} as of {as_of} (exit status 3)",
            "{count} riscontri in {questionnaire} al {as_of} (stato di uscita 3)"
        ),
    }
}

/// What a `check` line says about a question.
pub enum Finding<'a> {
    /// An open gap of a severity, with its answer.
    OpenGap(&'a str, &'a str),
    /// Answered don't know.
    Unknown,
    /// Not answered.
    Unanswered,
    /// Acceptance expired on a day.
    Expired(Date),
    /// Due on a day now past.
    Overdue(Date),
    /// Evidence older than the renewal period.
    Stale(&'a str, Date),
    /// The question was reworded since it was answered.
    Reworded,
    /// An evidence file no longer shows what was recorded: the reference
    /// and what is there now.
    FileChanged(&'a str, crate::assessment::decisions::FileState),
    /// The answer, and what the probe saw that contradicts it.
    Contradiction(&'a str, &'a str),
    /// The answer, and what the probe inferred that disagrees with it.
    ToVerify(&'a str, &'a str),
    /// A git merge conflict not settled, on these fields.
    Conflict(&'a str),
    /// What the audit log shows changed in the settings the question reads.
    SettingChanged(&'a str),
}

/// In place of a question's reference: the questionnaire has no such
/// question (retired since the file was written).
pub fn not_in_questionnaire(l: Lang) -> String {
    say!(
        l,
        "not in the questionnaire",
        "non presente nel questionario"
    )
}

/// One `check` line's description.
pub fn finding(l: Lang, f: Finding) -> String {
    match f {
        Finding::Conflict(fields) => say!(
            l,
            "git merge conflict not settled ({fields}): srm-assess settle, or K / O in the interface",
            "conflitto di merge git non risolto ({fields}): srm-assess settle, o K / O nell'interfaccia"
        ),
        Finding::OpenGap(severity, answer) => say!(
            l,
            "open {severity} gap (answered {answer})",
            "lacuna aperta di gravità {severity} (risposta {answer})"
        ),
        Finding::Unknown => say!(l, "answered don't know", "risposta non so"),
        Finding::Unanswered => say!(l, "not answered", "senza risposta"),
        Finding::Expired(until) => say!(
            l,
            "risk acceptance expired on {until}",
            "accettazione del rischio scaduta il {until}"
        ),
        Finding::Overdue(due) => say!(l, "overdue: was due {due}", "in ritardo: scadeva il {due}"),
        Finding::Stale(reference, observed) => say!(
            l,
            "stale evidence: {reference} (observed {observed})",
            "prova non aggiornata: {reference} (del {observed})"
        ),
        Finding::Contradiction(answer, seen) => say!(
            l,
            "answered {answer}, but the Zendesk API shows: {seen}",
            "risposta {answer}, ma l'API di Zendesk mostra: {seen}"
        ),
        Finding::ToVerify(answer, seen) => say!(
            l,
            "to verify: answered {answer}, and the Zendesk API suggests otherwise: {seen}",
            "da verificare: risposta {answer}, e l'API di Zendesk suggerisce altro: {seen}"
        ),
        Finding::SettingChanged(seen) => say!(
            l,
            "settings changed: {seen}",
            "impostazioni cambiate: {seen}"
        ),
        Finding::Reworded => say!(
            l,
            "question reworded since it was answered",
            "domanda riformulata dopo la risposta"
        ),
        Finding::FileChanged(reference, state) => {
            let state = file_state(l, state);
            say!(
                l,
                "evidence file {state}: {reference}",
                "file di prova {state}: {reference}"
            )
        }
    }
}

/// What is at an evidence file's path, compared with what was recorded,
/// as words that follow "evidence file" / "file di prova".
pub fn file_state(l: Lang, state: crate::assessment::decisions::FileState) -> String {
    use crate::assessment::decisions::FileState as S;
    let mib = crate::store::evidence::MAX_EVIDENCE_BYTES / (1024 * 1024);
    match state {
        S::Unchanged => say!(
            l,
            "unchanged since recorded",
            "invariato dalla registrazione"
        ),
        S::Changed => say!(
            l,
            "changed since recorded",
            "cambiato dopo la registrazione"
        ),
        S::Missing => say!(
            l,
            "missing (deleted or moved)",
            "mancante (eliminato o spostato)"
        ),
        S::NotRegular => say!(
            l,
            "no longer a regular file (a folder, a pipe or a device)",
            "non più un file normale (una cartella, una pipe o un dispositivo)"
        ),
        S::Unreadable => say!(
            l,
            "unreadable (check its permissions)",
            "illeggibile (verificatene i permessi)"
        ),
        S::TooLarge => say!(
            l,
            "too large to check (over {mib} MiB)",
            "troppo grande da verificare (oltre {mib} MiB)"
        ),
    }
}

/// `list`: open gaps past their due date.
pub fn list_overdue(l: Lang, n: usize) -> String {
    say!(l, "{n} overdue", "{n} in ritardo")
}

/// `list`: risk acceptances that ran out.
pub fn list_expired(l: Lang, n: usize) -> String {
    match n {
        1 => say!(l, "1 acceptance expired", "1 accettazione scaduta"),
        _ => say!(l, "{n} acceptances expired", "{n} accettazioni scadute"),
    }
}

/// `list`: answers the probe contradicts.
pub fn list_contradicted(l: Lang, n: usize) -> String {
    match n {
        1 => say!(l, "1 contradicted by the API", "1 smentita dall'API"),
        _ => say!(l, "{n} contradicted by the API", "{n} smentite dall'API"),
    }
}

/// `list`: answers with stale evidence.
pub fn list_stale(l: Lang, n: usize) -> String {
    say!(l, "{n} with stale evidence", "{n} con prove non aggiornate")
}

/// An evidence reference holding a line break or another control character.
pub fn evidence_reference_not_one_line(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id}: the evidence reference holds a line break or a control character; give one web address or one file path on a single line; nothing was changed",
        "{id}: il riferimento dell'evidenza contiene un a capo o un carattere di controllo; indicate un solo indirizzo web o percorso di file su una riga; non è cambiato nulla",
    )
}

/// `accept --approved` in the future.
pub fn accept_approved_future(l: Lang, approved: Date, today: Date) -> String {
    say!(
        l,
        "--approved {approved} is in the future; an approval is recorded on the day it was given (today, {today}, or earlier); nothing was changed",
        "--approved {approved} è nel futuro; un'approvazione si registra nel giorno in cui è stata data (oggi, {today}, o prima); non è cambiato nulla",
    )
}
