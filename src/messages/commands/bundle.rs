//! Messages of `bundle` and `verify`: the auditor's README, what was
//! written, and what is wrong with a bundle.

use std::path::Path;

use crate::lang::Lang;
use crate::messages::*;
use jiff::civil::Date;

/// The README inside a bundle: what each file is and how to check it.
pub fn bundle_readme(l: Lang, name: &str, as_of: Date, members: &[&str]) -> String {
    let list = members
        .iter()
        .map(|m| format!("  {m}"))
        .collect::<Vec<_>>()
        .join("\n");
    say!(
        l,
        "Evidence bundle of the assessment {name}, as of {as_of}, written by srm-assess.\n\nWhat is here:\n- assessment.toml: the assessment file itself, as kept (answers, notes, owners, accepted risks, evidence records with each file's SHA-256, and what the Zendesk API showed).\n- reports/: the gap report (report.md, report.html), the same data for machines (report.json), the action plan (action-plan.csv) and OSCAL assessment results and plan of action (oscal-ar.json, oscal-poam.json when there is something to plan), all as of {as_of}.\n- evidence/index.json: every piece of evidence: web addresses with the day observed and recorded; files with the SHA-256 recorded and their state now (copied, changed, missing, not-regular, unreadable, too-large). Only a file that still holds what was recorded is copied, under evidence/files/.\n- probe/readings.json: each reading of the Zendesk API per question: the endpoint requested, the field read, the HTTP status, when it was fetched and the SHA-256 of the response, how many pages made a list (a list is recorded only when read whole), and what it showed.\n- MANIFEST: the SHA-256, size and name of every other member.\n\nHow to check it, without extracting it: srm-assess verify BUNDLE.tar.gz --pub KEY.pub checks every member against MANIFEST and the signature. Without srm-assess: minisign -Vm BUNDLE.tar.gz -p KEY.pub checks the signature; then extract it and run sha256sum on each member to compare with MANIFEST.\n\nMembers:\n{list}\n",
        "Pacchetto di prove della valutazione {name}, al {as_of}, scritto da srm-assess.\n\nCosa contiene:\n- assessment.toml: il file della valutazione così com'è conservato (risposte, note, responsabili, rischi accettati, registrazioni delle prove con lo SHA-256 di ogni file, e ciò che ha mostrato l'API di Zendesk).\n- reports/: il rapporto sulle lacune (report.md, report.html), gli stessi dati per le macchine (report.json), il piano d'azione (action-plan.csv) e i risultati e il piano d'azione OSCAL (oscal-ar.json, oscal-poam.json quando c'è qualcosa da pianificare), tutti al {as_of}.\n- evidence/index.json: ogni prova: gli indirizzi web con il giorno di osservazione e di registrazione; i file con lo SHA-256 registrato e il loro stato attuale (copied, changed, missing, not-regular, unreadable, too-large). Solo un file che contiene ancora ciò che è stato registrato viene copiato, in evidence/files/.\n- probe/readings.json: ogni lettura dell'API di Zendesk per domanda: l'endpoint richiesto, il campo letto, lo stato HTTP, quando è stata eseguita e lo SHA-256 della risposta, quante pagine componevano un elenco (un elenco è registrato solo se letto per intero), e cosa ha mostrato.\n- MANIFEST: lo SHA-256, la dimensione e il nome di ogni altro membro.\n\nCome verificarlo, senza estrarlo: srm-assess verify PACCHETTO.tar.gz --pub CHIAVE.pub confronta ogni membro con MANIFEST e controlla la firma. Senza srm-assess: minisign -Vm PACCHETTO.tar.gz -p CHIAVE.pub controlla la firma; poi estraetelo e calcolate sha256sum di ogni membro per confrontarlo con MANIFEST.\n\nMembri:\n{list}\n"
    )
}

/// How the probe's lists are read, in the readings file.
pub fn bundle_lists_note(l: Lang) -> String {
    say!(
        l,
        "Lists are whole: the probe records a list only when it read every page, and refuses to judge a partial one.",
        "Gli elenchi sono completi: la sonda registra un elenco solo quando ne ha letto ogni pagina, e rifiuta di giudicarne uno parziale."
    )
}

/// `bundle` wrote the archive (and its signature).
pub fn bundle_written(l: Lang, file: &Path, members: usize, signed: Option<&Path>) -> String {
    let file = file.display();
    match signed {
        Some(sig) => {
            let sig = sig.display();
            say!(
                l,
                "Wrote {file} ({members} members) and its signature {sig}. Check it with: srm-assess verify {file} --pub KEY.pub",
                "Scritto {file} ({members} membri) e la sua firma {sig}. Verificatelo con: srm-assess verify {file} --pub CHIAVE.pub"
            )
        }
        None => say!(
            l,
            "Wrote {file} ({members} members), not signed (--sign-key KEY signs it). Check it with: srm-assess verify {file}",
            "Scritto {file} ({members} membri), non firmato (--sign-key CHIAVE lo firma). Verificatelo con: srm-assess verify {file}"
        ),
    }
}

/// `bundle --sign-key` could not sign with the key.
pub fn bundle_sign_failed(l: Lang, key: &Path, why: &str) -> String {
    let key = key.display();
    say!(
        l,
        "cannot sign with {key}: {why}; nothing was written",
        "impossibile firmare con {key}: {why}; non è stato scritto nulla"
    )
}

/// `verify`: unreadable.
pub fn verify_unreadable(l: Lang, why: &str) -> String {
    say!(
        l,
        "not a readable .tar.gz: {why}",
        "non è un .tar.gz leggibile: {why}"
    )
}

/// `verify`: no manifest.
pub fn verify_no_manifest(l: Lang) -> String {
    say!(l, "no MANIFEST member", "nessun membro MANIFEST")
}

/// `verify`: bad manifest.
pub fn verify_bad_manifest(l: Lang, n: usize) -> String {
    say!(
        l,
        "MANIFEST line {n} does not read",
        "la riga {n} di MANIFEST non è leggibile"
    )
}

/// `verify`: changed.
pub fn verify_changed(l: Lang, m: &str) -> String {
    say!(
        l,
        "changed: {m} is not what MANIFEST records",
        "modificato: {m} non corrisponde a MANIFEST"
    )
}

/// `verify`: missing.
pub fn verify_missing(l: Lang, m: &str) -> String {
    say!(
        l,
        "missing: {m} is in MANIFEST but not in the archive",
        "mancante: {m} è in MANIFEST ma non nell'archivio"
    )
}

/// `verify`: extra.
pub fn verify_extra(l: Lang, m: &str) -> String {
    say!(
        l,
        "extra: {m} is in the archive but not in MANIFEST",
        "in più: {m} è nell'archivio ma non in MANIFEST"
    )
}

/// `verify`: unsafe.
pub fn verify_unsafe(l: Lang, m: &str) -> String {
    say!(
        l,
        "unsafe member: {m:?} (not a regular file, or not a clean relative name)",
        "membro non sicuro: {m:?} (non è un file regolare, o non ha un nome relativo pulito)"
    )
}

/// `verify`: twice.
pub fn verify_twice(l: Lang, m: &str) -> String {
    say!(l, "twice: {m}", "due volte: {m}")
}

/// `verify`: no signature.
pub fn verify_no_signature(l: Lang) -> String {
    say!(
        l,
        "no signature: the .minisig file beside the archive is missing",
        "nessuna firma: manca il file .minisig accanto all'archivio"
    )
}

/// `verify`: bad signature.
pub fn verify_bad_signature(l: Lang, why: &str) -> String {
    say!(
        l,
        "bad signature (a changed archive, or another key): {why}",
        "firma non valida (archivio modificato, o altra chiave): {why}"
    )
}

/// `verify`: bad key.
pub fn verify_bad_key(l: Lang, why: &str) -> String {
    say!(
        l,
        "the public key does not read: {why}",
        "la chiave pubblica non è leggibile: {why}"
    )
}

/// `verify` found nothing wrong.
pub fn verify_ok(l: Lang, file: &Path, members: usize, signature: Option<&Path>) -> String {
    let file = file.display();
    match signature {
        Some(key) => {
            let key = key.display();
            say!(
                l,
                "{file}: all {members} members match MANIFEST, and the signature verifies with {key}",
                "{file}: tutti i {members} membri corrispondono a MANIFEST, e la firma è valida con {key}"
            )
        }
        None => say!(
            l,
            "{file}: all {members} members match MANIFEST; the signature was not checked (give --pub KEY.pub)",
            "{file}: tutti i {members} membri corrispondono a MANIFEST; la firma non è stata controllata (indicate --pub CHIAVE.pub)"
        ),
    }
}

/// `verify` found problems.
pub fn verify_failed(l: Lang, file: &Path, count: usize) -> String {
    let file = file.display();
    say!(
        l,
        "{file} does not verify: {count} problem(s) above",
        "{file} non supera la verifica: {count} problema/i sopra"
    )
}

/// A key stored without a password whose content does not read.
pub fn bundle_key_without_password(l: Lang) -> String {
    say!(
        l,
        "the key is stored without a password (minisign -G -W) but its content does not read as a minisign secret key",
        "la chiave è conservata senza password (minisign -G -W) ma il suo contenuto non è una chiave segreta minisign leggibile"
    )
}

/// A secret key that does not read, in minisign's words.
pub fn bundle_key_unreadable(l: Lang, why: &str) -> String {
    say!(
        l,
        "{why} (give a minisign secret key, e.g. from minisign -G, and its password in SRM_ASSESS_SIGN_PASSWORD)",
        "{why} (indicate una chiave segreta minisign, es. da minisign -G, e la sua password in SRM_ASSESS_SIGN_PASSWORD)"
    )
}
