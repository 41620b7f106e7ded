//! `srm-assess bundle NAME|PATH -o FILE.tar.gz [--as-of DATE] [--sign-key
//! KEY]`: the evidence package for an auditor, the same bytes for the same
//! assessment, evidence and day, signed with a minisign key when one is
//! given.

use std::path::{Path, PathBuf};

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::{Context, print, read_assessment};
use crate::error::Failure;
use crate::report::bundle::{self, Bundle, archive};
use crate::report::{Files, Report};

/// Pack the assessment, its reports, its evidence files and the probe's
/// readings into one archive an auditor can check: MANIFEST with SHA-256,
/// the same bytes for the same inputs, a minisign signature with --sign-key
#[derive(Debug, Args)]
pub struct BundleArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The archive to write (replaced if it exists)
    #[arg(short = 'o', long = "output", value_name = "FILE.tar.gz")]
    pub output: PathBuf,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD), and
    /// date the archive's members that day [default: today]
    #[arg(long, value_name = "DATE", value_parser = super::values::parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// A minisign secret key: signs the archive into FILE.tar.gz.minisig
    /// (an encrypted key's password is read from SRM_ASSESS_SIGN_PASSWORD)
    #[arg(long, value_name = "KEY")]
    pub sign_key: Option<PathBuf>,
}

/// Builds, writes and (with a key) signs the bundle.
pub fn run(args: BundleArgs, ctx: &Context) -> Result<(), Failure> {
    let l = ctx.lang;
    let (path, assessment, questionnaire) = read_assessment(&args.target, ctx)?;
    let file = super::read_bytes(&path, crate::store::MAX_ASSESSMENT_BYTES, l)?;
    let (assessment, left_out) = ctx.as_of(&path, assessment, args.as_of)?;
    let day = args.as_of.unwrap_or_else(|| ctx.today());
    // Everything dated by the day, never by the clock: the same inputs
    // give the same bytes.
    let midnight = crate::clock::midnight_utc(day);
    let digests = crate::store::evidence::digests(&path, &assessment);
    let name = crate::store::display_name(&path);
    let report = Report::new(
        &questionnaire,
        &assessment,
        &name,
        l,
        midnight,
        Files::Checked(&digests),
    )
    .as_of(day)
    .left_out(left_out);
    let members = bundle::members(&Bundle {
        report,
        path: &path,
        file: &file,
    })?;
    let mtime = u64::try_from(midnight.as_second()).unwrap_or(0);
    let bytes = archive::write(&members, mtime).map_err(|e| {
        Failure::new(crate::messages::cannot_write_file(
            l,
            &args.output,
            &e.to_string(),
        ))
    })?;
    // Signed first: a key that does not sign leaves nothing written.
    let signature = match &args.sign_key {
        Some(key) => Some(sign(&bytes, key, &name, day, l)?),
        None => None,
    };
    crate::report::write_file(&args.output, &bytes)?;
    let signed = match signature {
        Some(text) => {
            let sig = bundle::signature_path(&args.output);
            crate::report::write_file(&sig, text)?;
            Some(sig)
        }
        None => None,
    };
    print(&format!(
        "{}\n",
        crate::messages::bundle_written(l, &args.output, members.len(), signed.as_deref())
    ))
}

/// The minisign signature of the archive with the key at `key`.
fn sign(
    bytes: &[u8],
    key: &Path,
    name: &str,
    day: jiff::civil::Date,
    l: crate::lang::Lang,
) -> Result<String, Failure> {
    let text = super::read_text(key, l)?;
    let password = std::env::var("SRM_ASSESS_SIGN_PASSWORD").ok();
    let comment = format!(
        "srm-assess bundle of {} as of {day}",
        crate::sanitize::one_line(name)
    );
    bundle::verify::sign(bytes, &text, password, &comment, l)
        .map_err(|why| Failure::new(crate::messages::bundle_sign_failed(l, key, &why)))
}
