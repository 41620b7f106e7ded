//! The system's time zone, for "today".
//!
//! `jiff::tz::TimeZone::system()` resolves `/etc/localtime` to an IANA name
//! by first scanning the whole zoneinfo directory (jiff issue #366, pull
//! request #370): a few hundred system calls before the first frame, for
//! a name we never show. We only need the rules of the local zone, and on
//! Unix those are the TZif data `/etc/localtime` holds; so that file is read
//! directly (bounded, as every input is), and jiff's lookup is kept for
//! `TZ`, other systems and a missing or broken file.

use std::io::Read;

use jiff::tz::TimeZone;

/// Larger than any real TZif file (the biggest in a zoneinfo tree are a few
/// KiB); a bigger `/etc/localtime` is not one.
const TZIF_LIMIT: u64 = 256 * 1024;

/// How long a zone read is used before it is read again: jiff's own cache
/// of the system zone (which this replaces) keeps it as long, so a zone
/// changed while the program runs is noticed as soon as before.
const RECHECK: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// The first moment of `day` in UTC: a time that depends on the day alone,
/// for what must not move with the clock (a bundle's dates, the summary's
/// numbers).
pub fn midnight_utc(day: jiff::civil::Date) -> jiff::Timestamp {
    TimeZone::UTC
        .to_timestamp(day.to_datetime(jiff::civil::Time::midnight()))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// The time zone local dates are computed in. Every keypress and every
/// listed file asks for "today", so the zone is kept for [`RECHECK`]
/// rather than read again each time.
pub fn system_zone() -> TimeZone {
    use std::sync::{Mutex, PoisonError};
    use std::time::Instant;
    static KEPT: Mutex<Option<(Instant, TimeZone)>> = Mutex::new(None);
    let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((read_at, zone)) = kept.as_ref()
        && read_at.elapsed() < RECHECK
    {
        return zone.clone();
    }
    let zone = read_system_zone();
    *kept = Some((Instant::now(), zone.clone()));
    zone
}

/// The system's zone as it is now: `/etc/localtime`'s TZif data, else
/// jiff's lookup.
fn read_system_zone() -> TimeZone {
    #[cfg(unix)]
    if std::env::var_os("TZ").is_none()
        && let Some(zone) = read_tzif(std::path::Path::new("/etc/localtime"))
    {
        return zone;
    }
    TimeZone::system()
}

/// The zone in a TZif file, or `None` when it is missing, too big or not
/// TZif.
fn read_tzif(path: &std::path::Path) -> Option<TimeZone> {
    let file = std::fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut data = Vec::new();
    file.take(TZIF_LIMIT + 1).read_to_end(&mut data).ok()?;
    if data.len() as u64 > TZIF_LIMIT {
        return None;
    }
    // The name is only a label; the symlink's tail is the usual one.
    let name = std::fs::read_link(path)
        .ok()
        .and_then(|target| {
            let target = target.to_string_lossy().into_owned();
            target
                .split_once("zoneinfo/")
                .map(|(_, name)| name.to_string())
        })
        .unwrap_or_else(|| "localtime".to_string());
    TimeZone::tzif(&name, &data).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tzif_file_gives_its_zone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("localtime");
        // Rome's rules, a copy of the system's zoneinfo file.
        let data = include_bytes!("../tests/fixtures/tz/Europe-Rome.tzif");
        std::fs::write(&path, data).expect("write");
        let zone = read_tzif(&path).expect("a zone");
        let at: jiff::Timestamp = "2026-07-01T22:30:00Z".parse().expect("ts");
        assert_eq!(
            at.to_zoned_datetime(zone).date(),
            jiff::civil::date(2026, 7, 2),
            "half past midnight in Rome in summer"
        );
    }

    #[test]
    fn not_tzif_too_big_or_missing_is_none() {
        let dir = tempfile::tempdir().expect("tempdir");
        let text = dir.path().join("text");
        std::fs::write(&text, "not a zone").expect("write");
        assert!(read_tzif(&text).is_none());
        let big = dir.path().join("big");
        std::fs::write(&big, vec![0u8; (TZIF_LIMIT + 1) as usize]).expect("write");
        assert!(read_tzif(&big).is_none());
        assert!(read_tzif(&dir.path().join("absent")).is_none());
        assert!(read_tzif(dir.path()).is_none(), "a folder");
    }
}
