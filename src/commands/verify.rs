//! `srm-assess verify FILE.tar.gz [--pub KEY.pub]`: a bundle checked
//! against its MANIFEST and, with a public key, its minisign signature
//! (`FILE.tar.gz.minisig`); nothing is extracted.

use std::path::PathBuf;

use clap::Args;

use super::{Context, print};
use crate::error::Failure;
use crate::report::bundle::verify::{self, Problem};

/// Check a bundle written by `bundle`: every member against its MANIFEST,
/// and the signature with --pub; exit 0 only when all holds
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The archive
    #[arg(value_name = "FILE.tar.gz")]
    pub file: PathBuf,
    /// The minisign public key to check FILE.tar.gz.minisig with
    #[arg(long = "pub", value_name = "KEY.pub")]
    pub public_key: Option<PathBuf>,
}

/// The largest archive read.
const MAX_BUNDLE_BYTES: u64 = 8 * 1024 * 1024 * 1024;

/// Checks the bundle and says what is wrong, one line each.
pub fn run(args: VerifyArgs, ctx: &Context) -> Result<(), Failure> {
    let l = ctx.lang;
    let bytes = super::read_bytes(&args.file, MAX_BUNDLE_BYTES, l)?;
    let (members, mut problems) = verify::manifest(&bytes);
    if let Some(key) = &args.public_key {
        let key_text = super::read_text(key, l)?;
        let sig = crate::report::bundle::signature_path(&args.file);
        match std::fs::symlink_metadata(&sig) {
            Ok(meta) if meta.is_file() => {
                let signature = super::read_text(&sig, l)?;
                if let Err(p) = verify::signature(&bytes, &signature, &key_text) {
                    problems.push(p);
                }
            }
            _ => problems.push(Problem::NoSignature),
        }
    }
    if problems.is_empty() {
        return print(&format!(
            "{}\n",
            crate::messages::verify_ok(l, &args.file, members, args.public_key.as_deref())
        ));
    }
    let lines: String = problems.iter().map(|p| p.words(l) + "\n").collect();
    print(&lines)?;
    Err(Failure::new(crate::messages::verify_failed(
        l,
        &args.file,
        problems.len(),
    )))
}
