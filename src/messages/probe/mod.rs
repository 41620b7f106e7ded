//! Messages of `probe`: its refusals and failures (never the token) and
//! its progress. What an observation says is in `observations.rs`.

mod observations;
mod reading;
mod recordings;

pub use observations::*;
pub use reading::*;
pub use recordings::*;

use super::*;
use crate::lang::Lang;

/// `--token-stdin` at a terminal where typing cannot be hidden.
pub fn probe_prompt_unavailable(l: Lang) -> String {
    say!(
        l,
        "on this system a token typed at the terminal would show on the screen, so srm-assess does not ask for one: set ZENDESK_OAUTH_TOKEN, or pipe the token to --token-stdin; nothing was sent",
        "su questo sistema un token digitato nel terminale comparirebbe sullo schermo, quindi srm-assess non lo chiede: impostate ZENDESK_OAUTH_TOKEN o passate il token a --token-stdin con una pipe; non è stato inviato nulla",
    )
}

/// A 401.
pub fn probe_unauthorized(l: Lang) -> String {
    say!(
        l,
        "Zendesk refused the token (401): it is wrong, revoked or expired; create a new read-only OAuth token (README, \"Checking against the Zendesk API\"); nothing was changed",
        "Zendesk ha rifiutato il token (401): è errato, revocato o scaduto; create un nuovo token OAuth di sola lettura (README, \"Checking against the Zendesk API\"); non è cambiato nulla",
    )
}

/// A token with scopes beyond reading.
pub fn probe_write_scopes(l: Lang, scopes: &[String]) -> String {
    let scopes = crate::sanitize::one_line(&scopes.join(", "));
    say!(
        l,
        "the token has scopes beyond reading ({scopes}): the probe only runs with a token limited to \"read\" (or RESOURCE:read scopes), and made no other request; create one as the README says; nothing was changed",
        "il token ha ambiti oltre la lettura ({scopes}): la verifica funziona solo con un token limitato a \"read\" (o ad ambiti RISORSA:read) e non ha fatto altre richieste; createne uno come dice il README; non è cambiato nulla",
    )
}

/// The token's scopes could not be read.
pub fn probe_scopes_unknown(l: Lang, status: u16) -> String {
    say!(
        l,
        "Zendesk did not show the token's scopes (GET /api/v2/oauth/tokens/current answered {status}): the probe needs an OAuth access token, not an API token or a password, and stops rather than guess; nothing was changed",
        "Zendesk non ha mostrato gli ambiti del token (GET /api/v2/oauth/tokens/current ha risposto {status}): la verifica richiede un token di accesso OAuth, non un token API né una password, e si ferma anziché tirare a indovinare; non è cambiato nulla",
    )
}

/// The token's user is not an admin.
pub fn probe_not_admin(l: Lang, role: &str) -> String {
    let role = if role.is_empty() { "?" } else { role };
    say!(
        l,
        "the token's user is not an admin (role {role:?}): the settings the probe reads are shown only to admins; create the token as an admin; nothing was changed",
        "l'utente del token non è un amministratore (ruolo {role:?}): le impostazioni che la verifica legge sono visibili solo agli amministratori; create il token come amministratore; non è cambiato nulla",
    )
}

/// No token in the environment and none asked from standard input.
pub fn probe_no_token(l: Lang) -> String {
    say!(
        l,
        "no token: set ZENDESK_OAUTH_TOKEN to a read-only OAuth access token, or pass it on standard input with --token-stdin (never on the command line); README, \"Checking against the Zendesk API\", says how to create one",
        "nessun token: impostate ZENDESK_OAUTH_TOKEN a un token di accesso OAuth di sola lettura, o passatelo sullo standard input con --token-stdin (mai sulla riga di comando); il README, \"Checking against the Zendesk API\", spiega come crearlo",
    )
}

/// A token that is empty or not printable.
pub fn probe_bad_token(l: Lang, from: &str) -> String {
    say!(
        l,
        "the token in {from} is empty or holds characters no OAuth token has; nothing was changed",
        "il token in {from} è vuoto o contiene caratteri che nessun token OAuth ha; non è cambiato nulla",
    )
}

/// No subdomain known.
pub fn probe_no_subdomain(l: Lang) -> String {
    say!(
        l,
        "which Zendesk? The assessment records no instance: give --subdomain SUB (or --base-url URL)",
        "quale Zendesk? La valutazione non registra un'istanza: indicate --subdomain SUB (o --base-url URL)",
    )
}

/// A subdomain that is no host label.
pub fn probe_bad_subdomain(l: Lang, sub: &str) -> String {
    let sub = crate::sanitize::one_line(sub);
    say!(
        l,
        "{sub:?} is not a Zendesk subdomain (lowercase letters, digits and inner hyphens, as in acme or acme.zendesk.com)",
        "{sub:?} non è un sottodominio Zendesk (lettere minuscole, cifre e trattini interni, come acme o acme.zendesk.com)",
    )
}

/// A base URL refused.
pub fn probe_bad_base_url(l: Lang, url: &str) -> String {
    let url = crate::sanitize::one_line(url);
    say!(
        l,
        "--base-url {url:?} is refused: use https://HOST[:PORT][/PATH], or http:// only for 127.0.0.1, ::1 or localhost; no user, query or fragment",
        "--base-url {url:?} non è accettato: usate https://HOST[:PORTA][/PERCORSO], o http:// solo per 127.0.0.1, ::1 o localhost; niente utente, query o frammento",
    )
}

/// A questionnaire without probe rules.
pub fn probe_no_rules(l: Lang, id: &str) -> String {
    say!(
        l,
        "the questionnaire {id} declares no probe rules: there is nothing the probe could inform",
        "il questionario {id} non dichiara regole di verifica: non c'è nulla che la verifica possa informare",
    )
}

/// `--dry-run`: the heading of the requests listed.
pub fn probe_dry_run(l: Lang, base: &str) -> String {
    say!(
        l,
        "The probe would send these requests to {base}, in this order (lists page by page), and sends none now:",
        "La verifica invierebbe queste richieste a {base}, in quest'ordine (gli elenchi pagina per pagina), e ora non ne invia nessuna:",
    )
}

/// Progress line.
pub fn probe_progress(l: Lang, done: usize, total: usize, request: &str) -> String {
    say!(
        l,
        "probe {done}/{total}: GET {request}",
        "verifica {done}/{total}: GET {request}",
    )
}

/// Waiting out a 429.
pub fn probe_waiting(l: Lang, seconds: u64) -> String {
    say!(
        l,
        "Zendesk asked to slow down (429): waiting {seconds} s, then trying once more",
        "Zendesk ha chiesto di rallentare (429): attendo {seconds} s, poi riprovo una volta",
    )
}

/// The probe is done (`replayed`: from recordings, with no network).
pub fn probe_done(
    l: Lang,
    path: &Path,
    observed: usize,
    contradictions: usize,
    requests: usize,
    replayed: bool,
) -> String {
    let path = p(path);
    if replayed {
        return say!(
            l,
            "Replayed {requests} recorded responses: observations for {observed} questions, {contradictions} contradicting the answer, saved in {path}; no answer was changed",
            "Riprodotte {requests} risposte registrate: osservazioni per {observed} domande, {contradictions} in contrasto con la risposta, salvate in {path}; nessuna risposta è cambiata",
        );
    }
    say!(
        l,
        "Probed with {requests} read-only requests: observations for {observed} questions, {contradictions} contradicting the answer, saved in {path}; no answer was changed",
        "Verifica fatta con {requests} richieste di sola lettura: osservazioni per {observed} domande, {contradictions} in contrasto con la risposta, salvate in {path}; nessuna risposta è cambiata",
    )
}

/// A question contradicted, one line.
pub fn probe_contradiction(l: Lang, id: &str, answer: &str, text: &str) -> String {
    say!(
        l,
        "  ≠ {id}: answered {answer}, but {text}",
        "  ≠ {id}: risposta {answer}, ma {text}",
    )
}

/// `answer --from-probe` on a question the probe suggests nothing for.
pub fn probe_no_suggestion(l: Lang, id: &str) -> String {
    say!(
        l,
        "the probe suggests no answer for {id} (no observation, or only hints): answer it yourself; nothing was changed",
        "la verifica non suggerisce una risposta per {id} (nessuna osservazione, o solo indizi): rispondete voi; non è cambiato nulla",
    )
}

/// The prompt for a token typed at a terminal.
pub fn probe_token_prompt(l: Lang) -> String {
    say!(
        l,
        "Zendesk OAuth token (not shown as you type; Enter ends it): ",
        "Token OAuth di Zendesk (non compare mentre lo digitate; Invio per finire): ",
    )
}

/// `--base-url` naming a host that is neither Zendesk nor this computer.
pub fn probe_host_not_allowed(l: Lang, host: &str) -> String {
    let host = crate::sanitize::one_line(host);
    say!(
        l,
        "--base-url: {host} is neither a Zendesk instance (https://SUB.zendesk.com) nor this computer, and the token would go to it; if it is a proxy you trust, add --allow-host {host}; nothing was sent",
        "--base-url: {host} non è un'istanza Zendesk (https://SUB.zendesk.com) né questo computer, e il token andrebbe a lui; se è un proxy di cui vi fidate, aggiungete --allow-host {host}; non è stato inviato nulla",
    )
}

/// The warning when `--allow-host` sends the token elsewhere.
pub fn probe_host_warning(l: Lang, host: &str) -> String {
    let host = crate::sanitize::one_line(host);
    say!(
        l,
        "warning: the token is sent to {host}, which is not Zendesk (--allow-host)",
        "attenzione: il token viene inviato a {host}, che non è Zendesk (--allow-host)",
    )
}

/// The token has resource scopes only, not `read`.
pub fn probe_no_read_scope(l: Lang, scopes: &[String]) -> String {
    let scopes = crate::sanitize::one_line(&scopes.join(" "));
    say!(
        l,
        "the token's scopes ({scopes}) lack the plain read scope: resource scopes such as users:read do not reach the account settings, OAuth clients, brands, custom roles or deletion schedules, so those would read as missing; create the OAuth token with the scope read (and nothing else); nothing was read",
        "gli ambiti del token ({scopes}) non comprendono l'ambito read: gli ambiti per risorsa come users:read non raggiungono impostazioni dell'account, client OAuth, brand, ruoli personalizzati e pianificazioni di eliminazione, che risulterebbero mancanti; create il token OAuth con l'ambito read (e nient'altro); non è stato letto nulla",
    )
}
