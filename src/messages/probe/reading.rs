//! What stops a read: time, network, size, pages, cursors, rate limits,
//! a response that is not Zendesk's.

use crate::lang::Lang;
use crate::messages::*;

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

/// A single document that is not a JSON object.
pub fn probe_not_an_object(l: Lang) -> String {
    say!(l, "not a JSON object", "non è un oggetto JSON")
}

/// A list page without its list.
pub fn probe_no_list(l: Lang, key: &str) -> String {
    say!(l, "no {key:?} list", "manca l'elenco {key:?}")
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
