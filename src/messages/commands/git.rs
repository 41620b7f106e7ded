//! What the git commands say: the merge driver and the conflicts it
//! records, `git-setup`.

use std::path::Path;

use crate::assessment::MetadataField;
use crate::assessment::merge::Field;
use crate::lang::Lang;

use super::super::pick;

/// A field of a question's record, as a merge conflict names it.
pub fn conflict_field(l: Lang, field: Field) -> &'static str {
    let (en, it) = match field {
        Field::Answer => ("answer", "risposta"),
        Field::Notes => ("notes", "note"),
        Field::Justification => ("justification", "motivazione"),
        Field::Owner => ("owner", "responsabile"),
        Field::Due => ("due date", "scadenza"),
        Field::Flag => ("flag", "segnalazione"),
        Field::Acceptance => ("accepted risk", "rischio accettato"),
        Field::Evidence => ("evidence", "prove"),
    };
    match l {
        Lang::En => en,
        Lang::It => it,
    }
}

/// The fields of one conflict, listed.
pub fn conflict_fields(l: Lang, fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| conflict_field(l, *f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The merge left questions (or details) for a person to settle.
pub fn merge_conflicts(
    l: Lang,
    name: &str,
    questions: &[(String, Vec<Field>)],
    details: &[(MetadataField, String)],
    older: usize,
) -> String {
    let mut lines = Vec::new();
    if !questions.is_empty() {
        let list = questions
            .iter()
            .map(|(id, fields)| format!("{id} ({})", conflict_fields(l, fields)))
            .collect::<Vec<_>>()
            .join("; ");
        lines.push(say!(
            l,
            "{name}: changed differently on both branches: {list}. This branch's values are kept and the other branch's recorded under [conflicts]; open the assessment to keep one or the other.",
            "{name}: modificate in modo diverso nei due rami: {list}. Restano i valori di questo ramo e quelli dell'altro sono registrati in [conflicts]; aprite la valutazione per tenere gli uni o gli altri.",
        ));
    }
    for (field, theirs) in details {
        let what = detail(l, *field);
        lines.push(say!(
            l,
            "{name}: {what} changed differently on both branches; this branch's is kept, the other branch's is \"{theirs}\" (srm-assess set to change it).",
            "{name}: {what} modificato in modo diverso nei due rami; resta quello di questo ramo, quello dell'altro è \"{theirs}\" (srm-assess set per cambiarlo).",
        ));
    }
    if older > 0 {
        lines.push(say!(
            l,
            "{name}: {older} earlier conflict(s) still to settle.",
            "{name}: {older} conflitti precedenti ancora da risolvere.",
        ));
    }
    lines.join("\n")
}

fn detail(l: Lang, field: MetadataField) -> &'static str {
    let (en, it) = match field {
        MetadataField::Organization => ("the organization", "l'organizzazione"),
        MetadataField::Instance => ("the instance", "l'istanza"),
        MetadataField::Assessor => ("the assessor", "il valutatore"),
    };
    match l {
        Lang::En => en,
        Lang::It => it,
    }
}

/// Two versions that answer different questionnaires.
pub fn merge_unmergeable(l: Lang, name: &str, ours: &str, theirs: &str) -> String {
    say!(
        l,
        "{name}: this branch answers questionnaire \"{ours}\" and the other \"{theirs}\"; they cannot be merged. This branch's file is left as it was: keep one (git checkout --ours or --theirs) and git add it.",
        "{name}: questo ramo risponde al questionario \"{ours}\" e l'altro a \"{theirs}\"; non si possono unire. Il file di questo ramo resta com'era: tenetene uno (git checkout --ours o --theirs) e fate git add.",
    )
}

/// `git-setup` found no assessment file under the current folder.
pub fn git_setup_nothing_found(l: Lang) -> String {
    say!(
        l,
        "no assessment file under this folder; run git-setup at the top of the repository that holds them, or name them: srm-assess git-setup 'security/*.toml'",
        "nessun file di valutazione in questa cartella; eseguite git-setup alla radice del repository che li contiene, o indicateli: srm-assess git-setup 'security/*.toml'",
    )
}

/// `git-setup --local` outside a git repository.
pub fn git_setup_not_a_repository(l: Lang, here: &Path) -> String {
    let here = here.display();
    say!(
        l,
        "{here} is not inside a git repository, so --local has nowhere to write and nothing was written; run it inside your clone (after git init or git clone), or use --global",
        "{here} non è dentro un repository git, quindi --local non ha dove scrivere e non è stato scritto nulla; eseguitelo dentro il vostro clone (dopo git init o git clone), o usate --global",
    )
}

/// What `git-setup` did to `.gitattributes`.
pub fn git_setup_attributes(l: Lang, file: &Path, added: &[String], wanted: usize) -> String {
    let file = file.display();
    if added.is_empty() {
        return say!(
            l,
            "{file} already gives the {wanted} assessment file(s) srm-assess's merge and diff",
            "{file} assegna già il merge e il diff di srm-assess ai {wanted} file di valutazione",
        );
    }
    let lines: String = added.iter().map(|a| format!("\n  {a}")).collect();
    say!(
        l,
        "{file}: added (commit it, so the whole team merges the same way):{lines}",
        "{file}: aggiunte (registratelo con un commit, così tutto il gruppo unisce allo stesso modo):{lines}",
    )
}

/// Before the `git config` lines `git-setup` prints.
pub fn git_setup_run_these(l: Lang) -> String {
    say!(
        l,
        "Each clone also needs the driver defined: run these (or git-setup --local, or --global once for all your repositories):",
        "Ogni clone deve anche definire il driver: eseguite queste righe (o git-setup --local, o --global una volta per tutti i vostri repository):",
    )
}

/// `git-setup --local` or `--global` set the configuration.
pub fn git_setup_configured(l: Lang, global: bool) -> String {
    match (l, global) {
        (Lang::En, false) => "Set in this repository's git configuration: the merge driver and the diff of srm-assess.".into(),
        (Lang::En, true) => "Set in your global git configuration: the merge driver and the diff of srm-assess.".into(),
        (Lang::It, false) => "Impostati nella configurazione git di questo repository: il driver di merge e il diff di srm-assess.".into(),
        (Lang::It, true) => "Impostati nella vostra configurazione git globale: il driver di merge e il diff di srm-assess.".into(),
    }
}

/// `git config` failed.
pub fn git_config_failed(l: Lang, key: &str, why: &crate::store::git::GitWhy) -> String {
    use crate::store::git::GitWhy as W;
    match why {
        W::Missing => say!(
            l,
            "cannot set {key}: git is not installed (or not on PATH)",
            "non riesco a impostare {key}: git non è installato (o non è nel PATH)",
        ),
        W::Refused(said) => say!(
            l,
            "cannot set {key}: git says: {said}. With --local, run git-setup inside the repository",
            "non riesco a impostare {key}: git dice: {said}. Con --local, eseguite git-setup dentro il repository",
        ),
        _ => say!(l, "cannot set {key}", "non riesco a impostare {key}"),
    }
}

/// The current folder could not be read.
pub fn cannot_read_here(l: Lang, e: &str) -> String {
    say!(
        l,
        "cannot tell the current folder: {e}",
        "non riesco a determinare la cartella corrente: {e}",
    )
}

/// `list`: questions a git merge left in conflict.
pub fn list_conflicts(l: Lang, n: usize) -> String {
    match n {
        1 => say!(
            l,
            "1 merge conflict to settle",
            "1 conflitto di merge da risolvere"
        ),
        _ => say!(
            l,
            "{n} merge conflicts to settle",
            "{n} conflitti di merge da risolvere"
        ),
    }
}

/// The other branch's values of the fields in conflict, in words.
pub fn conflict_theirs(l: Lang, conflict: &crate::assessment::Conflict) -> String {
    let t = &conflict.theirs;
    let none = || pick(l, "none".to_string(), "nessuno".to_string());
    let short = |text: &str| format!("\"{}\"", crate::sanitize::one_line_cut(text, 40));
    conflict
        .fields
        .iter()
        .map(|field| {
            let value = match field {
                Field::Answer => t
                    .answer
                    .map_or_else(none, |a| crate::messages::words::answer(l, a).to_string()),
                Field::Notes => short(&t.notes),
                Field::Justification => short(&t.justification),
                Field::Owner => short(&t.owner),
                Field::Due => t.due.map_or_else(none, |d| d.to_string()),
                Field::Flag => pick(
                    l,
                    t.flagged.to_string(),
                    (if t.flagged { "sì" } else { "no" }).to_string(),
                ),
                Field::Acceptance => t.acceptance.as_ref().map_or_else(none, |a| {
                    let until = a.until;
                    say!(l, "until {until}", "fino al {until}")
                }),
                Field::Evidence if conflict.removed.is_empty() => t.evidence.len().to_string(),
                Field::Evidence => {
                    let (n, gone) = (t.evidence.len(), conflict.removed.len());
                    say!(l, "{n}, {gone} removed", "{n}, {gone} rimosse")
                }
            };
            format!("{} {value}", conflict_field(l, *field))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `report --since X`: no assessment named X, and no revision X either.
pub fn since_not_found(l: Lang, target: &str, git: &str) -> String {
    let target = crate::sanitize::one_line(target);
    say!(
        l,
        "--since {target:?}: there is no saved assessment of that name, and as a git revision: {git}",
        "--since {target:?}: non c'è una valutazione salvata con quel nome, e come revisione git: {git}",
    )
}

/// The merge driver fell back to git's line merge.
pub fn merge_by_lines(l: Lang, name: &str, why: &str, conflicts: u32) -> String {
    say!(
        l,
        "{name}: a version is not a readable assessment ({why}); merged line by line as git does, {conflicts} conflict(s) marked with <<<<<<< and >>>>>>>: edit them out, then check the file with srm-assess show",
        "{name}: una versione non è una valutazione leggibile ({why}); unito riga per riga come fa git, {conflicts} conflitti segnati con <<<<<<< e >>>>>>>: toglieteli, poi controllate il file con srm-assess show",
    )
}

/// The line merge of a version that is not a readable assessment clashed
/// nowhere, but its result does not read either: git must not take it.
pub fn merge_by_lines_unreadable(l: Lang, name: &str, why: &str, result: &str) -> String {
    say!(
        l,
        "{name}: a version is not a readable assessment ({why}); merged line by line as git does, with no clash, but the result does not read either ({result}): fix those lines by hand, check the file with srm-assess show, then git add it",
        "{name}: una versione non è una valutazione leggibile ({why}); unito riga per riga come fa git, senza conflitti, ma neanche il risultato si legge ({result}): correggete quelle righe a mano, controllate il file con srm-assess show, poi git add",
    )
}

/// `settle` on a question with no merge conflict.
pub fn settle_nothing(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id} has no merge conflict to settle; nothing was changed",
        "{id} non ha conflitti di merge da risolvere; non è cambiato nulla",
    )
}

/// `settle` done.
pub fn settled(l: Lang, id: &str, theirs: bool, left: usize, path: &Path) -> String {
    let path = path.display();
    match theirs {
        false => say!(
            l,
            "{id}: this branch's values kept · saved to {path} · {left} conflict(s) left",
            "{id}: tenuti i valori di questo ramo · salvato in {path} · conflitti rimasti: {left}",
        ),
        true => say!(
            l,
            "{id}: the other branch's values taken · saved to {path} · {left} conflict(s) left",
            "{id}: presi i valori dell'altro ramo · salvato in {path} · conflitti rimasti: {left}",
        ),
    }
}
