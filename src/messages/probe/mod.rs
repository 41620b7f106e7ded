//! Messages of `probe`: its refusals and failures (never the token) and
//! its progress. What an observation says is in `observations.rs`.

mod observations;

pub use observations::*;

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

/// No answer in time.
pub fn probe_timeout(l: Lang, request: &str, seconds: u64) -> String {
    say!(
        l,
        "GET {request}: no answer within {seconds} s; try again later or allow more with --timeout; nothing was changed",
        "GET {request}: nessuna risposta entro {seconds} s; riprovate più tardi o concedete più tempo con --timeout; non è cambiato nulla",
    )
}

/// The connection failed.
pub fn probe_network(l: Lang, request: &str, reason: &str) -> String {
    let reason = crate::sanitize::one_line(reason);
    say!(
        l,
        "GET {request}: {reason}; check the subdomain (or --base-url) and the network; nothing was changed",
        "GET {request}: {reason}; controllate il sottodominio (o --base-url) e la rete; non è cambiato nulla",
    )
}

/// A body over the limit.
pub fn probe_too_large(l: Lang, request: &str, limit: u64) -> String {
    let mib = limit / (1024 * 1024);
    say!(
        l,
        "GET {request}: the response is larger than {mib} MiB, more than the probe reads; nothing was changed",
        "GET {request}: la risposta supera {mib} MiB, più di quanto la verifica legge; non è cambiato nulla",
    )
}

/// A body that is not the JSON expected.
pub fn probe_malformed(l: Lang, request: &str, reason: &str) -> String {
    let reason = crate::sanitize::one_line(reason);
    say!(
        l,
        "GET {request}: the response is not the JSON Zendesk documents ({reason}); if a proxy sits in between, check it; nothing was changed",
        "GET {request}: la risposta non è il JSON documentato da Zendesk ({reason}); se c'è un proxy in mezzo, controllatelo; non è cambiato nulla",
    )
}

/// A redirect, not followed.
pub fn probe_redirected(l: Lang, request: &str, status: u16) -> String {
    say!(
        l,
        "GET {request}: Zendesk answered with a redirect ({status}), which the probe never follows; a subdomain that does not exist is redirected like this, so check --subdomain or the assessment's instance; nothing was changed",
        "GET {request}: Zendesk ha risposto con un reindirizzamento ({status}), che la verifica non segue mai; un sottodominio inesistente viene reindirizzato così, quindi controllate --subdomain o l'istanza della valutazione; non è cambiato nulla",
    )
}

/// An unexpected status.
pub fn probe_status(l: Lang, request: &str, status: u16) -> String {
    say!(
        l,
        "GET {request}: Zendesk answered {status}, which the probe does not expect (an outage, a proxy in between); try again later; nothing was changed",
        "GET {request}: Zendesk ha risposto {status}, che la verifica non si aspetta (un disservizio, un proxy in mezzo); riprovate più tardi; non è cambiato nulla",
    )
}

/// Rate-limited after one wait, or asked to wait too long.
pub fn probe_rate_limited(l: Lang, request: &str, seconds: Option<u64>) -> String {
    match seconds {
        Some(s) => say!(
            l,
            "GET {request}: Zendesk is limiting requests (429) and asked to wait {s} s; try again after that; nothing was changed",
            "GET {request}: Zendesk sta limitando le richieste (429) e ha chiesto di attendere {s} s; riprovate dopo; non è cambiato nulla",
        ),
        None => say!(
            l,
            "GET {request}: Zendesk is limiting requests (429); try again in a few minutes; nothing was changed",
            "GET {request}: Zendesk sta limitando le richieste (429); riprovate tra qualche minuto; non è cambiato nulla",
        ),
    }
}

/// Too many requests in one run.
pub fn probe_request_cap(l: Lang, cap: usize) -> String {
    say!(
        l,
        "the probe stopped at its limit of {cap} requests; nothing was changed",
        "la verifica si è fermata al suo limite di {cap} richieste; non è cambiato nulla",
    )
}

/// A list with too many pages.
pub fn probe_page_cap(l: Lang, request: &str, pages: usize) -> String {
    let items = pages * crate::probe::endpoint::PAGE_SIZE as usize;
    let more = (pages * 4).min(crate::probe::MAX_PAGES_LIMIT);
    let most = crate::probe::MAX_PAGES_LIMIT;
    say!(
        l,
        "GET {request}: the list is longer than {pages} pages ({items} items); the probe stops rather than judge part of it; nothing was changed. To read it whole, run again with --max-pages {more} (at most {most})",
        "GET {request}: l'elenco supera le {pages} pagine ({items} elementi); la verifica si ferma anziché giudicarne una parte; non è cambiato nulla. Per leggerlo tutto, rilanciate con --max-pages {more} (al massimo {most})",
    )
}

/// A later page of a list refused.
pub fn probe_later_page(l: Lang, request: &str, page: usize, status: u16) -> String {
    say!(
        l,
        "GET {request}: page {page} was refused (HTTP {status}) after the first was read; the probe stops rather than judge part of the list; nothing was changed. Check the token's role and scopes, then run again",
        "GET {request}: la pagina {page} è stata rifiutata (HTTP {status}) dopo che la prima era stata letta; la verifica si ferma anziché giudicare parte dell'elenco; non è cambiato nulla. Controllate ruolo e ambiti del token, poi rilanciate",
    )
}

/// A full page without a pagination signal.
pub fn probe_no_pagination_signal(l: Lang, request: &str, page: usize, full: bool) -> String {
    if !full {
        return say!(
            l,
            "GET {request}: page {page} says more pages follow but gives no cursor to read them (meta.after_cursor); the probe stops rather than judge part of the list; nothing was changed",
            "GET {request}: la pagina {page} dice che seguono altre pagine ma non dà il cursore per leggerle (meta.after_cursor); la verifica si ferma anziché giudicare parte dell'elenco; non è cambiato nulla",
        );
    }
    say!(
        l,
        "GET {request}: page {page} is full but says neither whether more follow (meta.has_more) nor where (links.next, meta.after_cursor); the probe stops rather than judge part of the list; nothing was changed",
        "GET {request}: la pagina {page} è piena ma non dice se ne seguono altre (meta.has_more) né dove (links.next, meta.after_cursor); la verifica si ferma anziché giudicare parte dell'elenco; non è cambiato nulla",
    )
}

/// The next-page cursor repeats one already followed.
pub fn probe_repeated_cursor(l: Lang, request: &str, page: usize) -> String {
    say!(
        l,
        "GET {request}: Zendesk returned the same page again (page {page} points back to a page already read), so the list would never end; the probe stops rather than judge part of it; nothing was changed. Try again later",
        "GET {request}: Zendesk ha restituito di nuovo la stessa pagina (la pagina {page} rimanda a una già letta), quindi l'elenco non finirebbe mai; la verifica si ferma anziché giudicarne una parte; non è cambiato nulla. Riprovate più tardi",
    )
}

/// A recording that could not be written or read.
pub fn probe_recording(l: Lang, path: &Path, reason: &str) -> String {
    let path = p(path);
    let reason = crate::sanitize::one_line(reason);
    say!(
        l,
        "{path}: {reason}; nothing was changed",
        "{path}: {reason}; non è cambiato nulla",
    )
}

/// `--replay` with no recording for a request.
pub fn probe_not_recorded(l: Lang, request: &str, dir: &Path) -> String {
    let dir = p(dir);
    say!(
        l,
        "{dir} holds no recorded response to GET {request}: record the probe again with --record {dir}; nothing was changed",
        "{dir} non contiene la risposta registrata a GET {request}: registrate di nuovo la verifica con --record {dir}; non è cambiato nulla",
    )
}

/// `--replay` given something that is not a folder.
pub fn probe_not_a_folder(l: Lang) -> String {
    say!(
        l,
        "not a folder of recordings",
        "non è una cartella di registrazioni"
    )
}

/// A single document that is not a JSON object.
pub fn probe_not_an_object(l: Lang) -> String {
    say!(l, "not a JSON object", "non è un oggetto JSON")
}

/// A list page without its list.
pub fn probe_no_list(l: Lang, key: &str) -> String {
    say!(l, "no {key:?} list", "manca l'elenco {key:?}")
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

/// Where responses were recorded.
pub fn probe_recorded(l: Lang, dir: &Path) -> String {
    let dir = p(dir);
    say!(
        l,
        "Responses recorded in {dir} (no headers, no token)",
        "Risposte registrate in {dir} (senza intestazioni né token)",
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

/// The probe kept more response data than it holds in one run.
pub fn probe_total_cap(l: Lang, limit: u64) -> String {
    let mib = limit / (1024 * 1024);
    say!(
        l,
        "the responses add up to more than {mib} MiB, more than the probe keeps in one run; nothing was saved. An account this large needs a narrower questionnaire (fewer probe rules)",
        "le risposte superano in tutto {mib} MiB, più di quanto la sonda tenga in un'esecuzione; non è stato salvato nulla. Un account così grande richiede un questionario più ristretto (meno regole della sonda)",
    )
}

/// A page with more items than Zendesk sends.
pub fn probe_page_items(l: Lang, request: &str, items: usize, limit: usize) -> String {
    say!(
        l,
        "GET {request}: a page of {items} items, more than the {limit} Zendesk ever sends in one page; this is not Zendesk's answer (check --base-url); nothing was saved",
        "GET {request}: una pagina di {items} elementi, più dei {limit} che Zendesk invia in una pagina; non è la risposta di Zendesk (verificate --base-url); non è stato salvato nulla",
    )
}

/// The rate-limit waits of one run would exceed the cap.
pub fn probe_wait_cap(l: Lang, request: &str, limit: u64) -> String {
    let minutes = limit / 60;
    say!(
        l,
        "GET {request}: still rate-limited, and waiting again would take the run past {minutes} minutes of waits; nothing was saved. Run the probe again later, when the account's API traffic is lower",
        "GET {request}: ancora limitata, e attendere di nuovo porterebbe l'esecuzione oltre {minutes} minuti di attese; non è stato salvato nulla. Eseguite di nuovo la sonda più tardi, con meno traffico API sull'account",
    )
}

/// A next-page cursor holding the token.
pub fn probe_cursor_is_token(l: Lang, request: &str) -> String {
    say!(
        l,
        "GET {request}: the next-page cursor holds the token itself; it was not sent, shown or recorded. This is not Zendesk's answer (check --base-url); nothing was saved",
        "GET {request}: il cursore della pagina successiva contiene il token stesso; non è stato inviato, mostrato né registrato. Non è la risposta di Zendesk (verificate --base-url); non è stato salvato nulla",
    )
}

/// A recording with a status a live run never keeps.
pub fn probe_recorded_status(l: Lang, path: &Path, status: u16) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: a recorded status {status}, which a live probe never keeps (it keeps 2xx, 403 and 404); record the responses again; nothing was saved",
        "{path}: uno stato registrato {status}, che una sonda dal vivo non conserva mai (conserva 2xx, 403 e 404); registrate di nuovo le risposte; non è stato salvato nulla",
    )
}

/// `--record` into a folder that already holds a recording of a request.
pub fn probe_recording_exists(l: Lang) -> String {
    say!(
        l,
        "a file of that name is already there, and the probe never replaces a file it did not create; record into a new or empty folder",
        "c'è già un file con quel nome, e la sonda non sostituisce mai un file che non ha creato; registrate in una cartella nuova o vuota",
    )
}

/// `--replay` meeting a link that leads out of the folder.
pub fn probe_recording_outside(l: Lang) -> String {
    say!(
        l,
        "a link that leads out of the recordings' folder; replay reads only files inside it",
        "un collegamento che esce dalla cartella delle registrazioni; la riproduzione legge solo i file al suo interno",
    )
}

/// `--replay` meeting a FIFO, a device or a folder.
pub fn probe_recording_not_regular(l: Lang) -> String {
    say!(
        l,
        "not a regular file (a folder, a pipe or a device); replay reads only regular files",
        "non è un file normale (una cartella, una pipe o un dispositivo); la riproduzione legge solo file normali",
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
