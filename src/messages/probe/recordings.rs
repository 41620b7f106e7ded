//! What `--record` and `--replay` say.

use std::path::Path;

use crate::lang::Lang;
use crate::messages::*;

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

/// Where responses were recorded.
pub fn probe_recorded(l: Lang, dir: &Path) -> String {
    let dir = p(dir);
    say!(
        l,
        "Responses recorded in {dir} (no headers, no token)",
        "Risposte registrate in {dir} (senza intestazioni né token)",
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
