//! Messages about the data folder, names, and reading and saving assessments.

use crate::lang::Lang;
use std::fmt::Display;
use std::path::Path;

use super::{p, pick};

/// No data folder can be found.
pub fn no_home_folder(l: Lang) -> String {
    say!(
        l,
        "cannot find a home folder for saved assessments; set HOME or pass --data-dir DIR",
        "non trovo una cartella home per le valutazioni salvate; impostate HOME o usate --data-dir CARTELLA",
    )
}

/// The assessments folder cannot be listed.
pub fn cannot_list(l: Lang, dir: &Path, e: impl Display) -> String {
    let dir = p(dir);
    say!(
        l,
        "{dir}: cannot list the folder: {e}",
        "{dir}: non riesco a leggere la cartella: {e}",
    )
}

/// A separator without `.toml`.
pub fn neither_name_nor_path(l: Lang, arg: &str) -> String {
    say!(
        l,
        "{arg:?} is neither an assessment name nor a path: a name has no path separator (like acme-prod), and a path ends in .toml (like {arg}.toml)",
        "{arg:?} non è né il nome di una valutazione né un percorso: un nome non contiene separatori (come acme-prod) e un percorso termina in .toml (come {arg}.toml)",
    )
}

/// A name that breaks the rules, and why.
pub fn invalid_name(l: Lang, arg: &str, why: &str) -> String {
    say!(
        l,
        "{arg:?} is not a valid assessment name: {why}. A name uses letters, digits, '-', '_' and '.' (like acme-prod-2026q4) and does not start with '.'; or give a path ending in .toml",
        "{arg:?} non è un nome valido per una valutazione: {why}. Un nome usa lettere, cifre, '-', '_' e '.' (come acme-prod-2026q4) e non inizia con '.'; oppure indicate un percorso che termina in .toml",
    )
}

/// Why a name is refused: empty.
pub fn name_empty(l: Lang) -> String {
    say!(l, "the name is empty", "il nome è vuoto")
}

/// Why a name is refused: too many characters.
pub fn name_too_many_chars(l: Lang) -> String {
    say!(
        l,
        "the name is longer than 100 characters",
        "il nome supera i 100 caratteri",
    )
}

/// Why a name is refused: too many bytes for a file name.
pub fn name_too_many_bytes(l: Lang) -> String {
    say!(
        l,
        "the name is too long for a file name (at most 236 bytes)",
        "il nome è troppo lungo per un nome di file (al massimo 236 byte)",
    )
}

/// Why a name is refused: a leading dot.
pub fn name_leading_dot(l: Lang) -> String {
    say!(
        l,
        "a name cannot start with '.'",
        "un nome non può iniziare con '.'",
    )
}

/// Why a name is refused: a character.
pub fn name_bad_char(l: Lang, c: char) -> String {
    say!(
        l,
        "{c:?} is not allowed: use letters, digits, '-', '_' and '.'",
        "{c:?} non è ammesso: usate lettere, cifre, '-', '_' e '.'",
    )
}

/// A new name that clashes by case with an existing one.
pub fn name_clash(l: Lang, name: &str, clash: &crate::store::NameClash) -> String {
    let other = match clash {
        crate::store::NameClash::Case(other) => other,
        crate::store::NameClash::LookAlike(other) => {
            return say!(
                l,
                "{name:?} looks like the existing assessment {other:?} but is spelled with other characters (letters of another script, say); two assessments that read the same would be mistaken for each other: choose another name, or open {other}",
                "{name:?} sembra la valutazione esistente {other:?} ma è scritta con altri caratteri (lettere di un altro alfabeto, per esempio); due valutazioni che si leggono uguali verrebbero scambiate: scegliete un altro nome, o aprite {other}",
            );
        }
    };
    say!(
        l,
        "{name:?} differs from the existing assessment {other:?} only by case, and the two would be one file on macOS and Windows; choose another name, or open {other}",
        "{name:?} differisce dalla valutazione esistente {other:?} solo per maiuscole e minuscole, e su macOS e Windows sarebbero lo stesso file; scegliete un altro nome, o aprite {other}",
    )
}

/// A file name too long for its temporary files.
pub fn file_name_too_long(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: the file name is too long (at most 241 bytes, so its temporary files fit the 255-byte limit); choose a shorter name",
        "{path}: il nome del file è troppo lungo (al massimo 241 byte, perché i suoi file temporanei restino entro il limite di 255); scegliete un nome più corto",
    )
}

// ---- Reading and saving assessments --------------------------------------

/// The file is not UTF-8.
pub fn assessment_not_utf8(l: Lang, path: &Path, backup: &str) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: the file is not valid UTF-8 text; it was not changed.{backup}",
        "{path}: il file non è testo UTF-8 valido; non è stato modificato.{backup}",
    )
}

/// The file does not parse (`e` starts with `LINE:COL:`).
pub fn assessment_broken(l: Lang, path: &Path, e: impl Display, backup: &str) -> String {
    let path = p(path);
    say!(
        l,
        "{path}:{e}\nThe file was not changed. Fix it by hand, then try again.{backup}",
        "{path}:{e}\nIl file non è stato modificato. Correggetelo a mano, poi riprovate.{backup}",
    )
}

/// The file holds git's conflict markers (a merge without the driver).
pub fn merge_markers(l: Lang, path: &Path, line: usize) -> String {
    let path = p(path);
    say!(
        l,
        "{path}:{line}: a git merge conflict: git merged this file line by line (this clone has no srm-assess merge driver) and left <<<<<<< ======= >>>>>>> markers in it.
To merge it per question instead: git merge --abort, then srm-assess git-setup --local, then merge again. Or, between each pair of markers, keep the lines you want, delete the markers, and check the file with srm-assess show.
The file was not changed; do not restore an older copy, which would lose both branches' work.",
        "{path}:{line}: un conflitto di merge git: git ha unito questo file riga per riga (questo clone non ha il driver di merge di srm-assess) e vi ha lasciato i segni <<<<<<< ======= >>>>>>>.
Per unirlo domanda per domanda: git merge --abort, poi srm-assess git-setup --local, poi ripetete il merge. Oppure, fra ogni coppia di segni, tenete le righe che volete, cancellate i segni e controllate il file con srm-assess show.
Il file non è stato modificato; non ripristinate una copia precedente, che perderebbe il lavoro di entrambi i rami.",
    )
}

/// Where the previous version is.
pub fn backup_is_in(l: Lang, backup: &Path) -> String {
    let backup = p(backup);
    say!(
        l,
        " The previous version is in {backup}.",
        " La versione precedente è in {backup}.",
    )
}

/// No file at the path.
pub fn no_such_assessment(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: no such assessment; create it with `srm-assess new`, or see `srm-assess list`",
        "{path}: questa valutazione non esiste; createla con `srm-assess new`, o vedete `srm-assess list`",
    )
}

/// The file cannot be read.
pub fn cannot_read(l: Lang, path: &Path, e: impl Display) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: cannot read the file: {e}",
        "{path}: non riesco a leggere il file: {e}",
    )
}

/// The file is read-only.
pub fn read_only(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: cannot save: the file is read-only; nothing was changed. Make it writable (chmod u+w) to save changes, or copy it to work on the copy",
        "{path}: non posso salvare: il file è in sola lettura; non è cambiato nulla. Rendetelo scrivibile (chmod u+w) per salvare, o copiatelo e lavorate sulla copia",
    )
}

/// What to do after a failed save, by the kind of failure.
pub enum SaveHint {
    /// A folder where a file was expected.
    Folder,
    /// Permissions or a read-only file system.
    NotWritable,
    /// No space left.
    DiskFull,
    /// The folder is gone.
    NoFolder,
    /// Anything else.
    Unchanged,
}

/// A failed save.
pub fn cannot_save(l: Lang, path: &Path, e: impl Display, hint: SaveHint) -> String {
    let path = p(path);
    let hint = match hint {
        SaveHint::Folder => say!(
            l,
            "give a file name, not a folder",
            "indicate un file, non una cartella"
        ),
        SaveHint::NotWritable => say!(
            l,
            "the folder is not writable: fix its permissions or use another --data-dir",
            "la cartella non è scrivibile: correggetene i permessi o usate un'altra --data-dir",
        ),
        SaveHint::DiskFull => say!(
            l,
            "the disk is full: free some space and try again",
            "il disco è pieno: liberate spazio e riprovate",
        ),
        SaveHint::NoFolder => say!(l, "the folder does not exist", "la cartella non esiste"),
        SaveHint::Unchanged => say!(
            l,
            "nothing was changed on disk",
            "sul disco non è cambiato nulla"
        ),
    };
    say!(
        l,
        "{path}: cannot save: {e} ({hint})",
        "{path}: non posso salvare: {e} ({hint})",
    )
}

/// `new` on an existing file.
pub fn already_exists(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: an assessment with this name already exists; open it with `srm-assess open`, or choose another name",
        "{path}: esiste già una valutazione con questo nome; apritela con `srm-assess open`, o scegliete un altro nome",
    )
}

/// The assessment cannot be written as TOML.
pub fn cannot_serialize(l: Lang, path: &Path, e: impl Display) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: cannot write the assessment as TOML: {e}",
        "{path}: non riesco a scrivere la valutazione in TOML: {e}",
    )
}

/// The lock file is a symbolic link.
pub fn lock_is_link(l: Lang, lock: &Path) -> String {
    let lock = p(lock);
    say!(
        l,
        "its lock file {lock} is a symbolic link, which srm-assess never follows; remove the link and try again",
        "il suo file di blocco {lock} è un collegamento simbolico, che srm-assess non segue mai; rimuovete il collegamento e riprovate",
    )
}

/// Another process holds the lock too long.
pub fn lock_busy(l: Lang) -> String {
    say!(
        l,
        "another srm-assess process has been saving this assessment for 10 s; try again",
        "un altro processo srm-assess sta salvando questa valutazione da 10 s; riprovate",
    )
}

/// Another process's change to a question was replaced.
pub fn overwritten(l: Lang, id: &str) -> String {
    say!(
        l,
        "srm-assess: note: {id}: another srm-assess process had changed the same field since this one read it; this change replaced it",
        "srm-assess: nota: {id}: un altro processo srm-assess aveva modificato lo stesso campo dopo la lettura; questa modifica l'ha sostituito",
    )
}

/// Refusing to replace a read-only file.
pub fn refused_read_only(l: Lang) -> String {
    say!(l, "the file is read-only", "il file è in sola lettura")
}

/// Refusing to write over a folder.
pub fn refused_folder(l: Lang) -> String {
    say!(
        l,
        "it is a folder, not a file",
        "è una cartella, non un file"
    )
}

/// Something that is not a regular file where one was expected.
pub fn refused_not_regular(l: Lang) -> String {
    say!(
        l,
        "not a regular file (a folder, a pipe or a device)",
        "non è un file normale (una cartella, una pipe o un dispositivo)"
    )
}

/// A symbolic link where none is followed.
pub fn refused_link(l: Lang) -> String {
    say!(
        l,
        "a symbolic link, which srm-assess never follows here (it could lead outside the repository); replace it with a regular file or remove it",
        "è un collegamento simbolico, che srm-assess qui non segue mai (potrebbe portare fuori dal repository); sostituitelo con un file normale o rimuovetelo"
    )
}

/// The `.srm-assess` side folder is not a folder.
pub fn refused_side_folder(l: Lang) -> String {
    say!(
        l,
        "the .srm-assess beside it (where its backup and lock are kept) is not a folder; move it away",
        "il .srm-assess accanto (dove si tengono copia di sicurezza e blocco) non è una cartella; spostatelo",
    )
}

/// Refusing to follow a loop of symbolic links.
pub fn refused_link_chain(l: Lang) -> String {
    say!(
        l,
        "too many levels of symbolic links",
        "troppi livelli di collegamenti simbolici"
    )
}

/// Evidence given as something that is not a regular file.
pub fn evidence_not_regular(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: not a regular file (a folder, a pipe or a device); give a file, or a web address starting with https://; nothing was changed",
        "{path}: non è un file normale (una cartella, una pipe o un dispositivo); indicate un file, o un indirizzo web che inizi con https://; non è cambiato nulla",
    )
}

/// An evidence file over the size the tool hashes.
pub fn evidence_too_large(l: Lang, path: &Path, limit: u64) -> String {
    let path = p(path);
    let mib = limit / (1024 * 1024);
    say!(
        l,
        "{path}: larger than {mib} MiB, the most srm-assess hashes as evidence; record a smaller extract, or a web address where the file is kept; nothing was changed",
        "{path}: supera {mib} MiB, il massimo che srm-assess calcola come evidenza; registrate un estratto più piccolo, o l'indirizzo web dove il file è conservato; non è cambiato nulla",
    )
}

/// An assessment path that is a FIFO, a device or a folder.
pub fn assessment_not_regular(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: not a regular file (a folder, a pipe or a device), so not an assessment; give the path of an assessment file; nothing was read or changed",
        "{path}: non è un file normale (una cartella, una pipe o un dispositivo), quindi non è una valutazione; indicate il percorso di un file di valutazione; non è stato letto né cambiato nulla",
    )
}

/// An assessment file over the size the tool reads.
pub fn assessment_too_large(l: Lang, path: &Path, limit: u64) -> String {
    let path = p(path);
    let mib = limit / (1024 * 1024);
    say!(
        l,
        "{path}: larger than {mib} MiB, more than any assessment holds; check that this is the right file; nothing was changed",
        "{path}: supera {mib} MiB, più di quanto contenga qualsiasi valutazione; verificate che sia il file giusto; non è cambiato nulla",
    )
}

/// An evidence file that does not exist.
pub fn evidence_missing(l: Lang, path: &Path) -> String {
    let path = p(path);
    say!(
        l,
        "{path}: no such file; give an existing file, or a web address starting with https://; nothing was changed",
        "{path}: il file non esiste; indicate un file esistente, o un indirizzo web che inizi con https://; non è cambiato nulla",
    )
}
