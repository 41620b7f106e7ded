//! `srm-assess set NAME|PATH [--org ORG] [--instance SUB] [--assessor WHO]`:
//! the assessment's metadata, changed after creation.

use super::{Context, open_assessment, print};
use crate::error::Failure;
use clap::Args;
use clap_complete::engine::ArgValueCompleter;

/// Change an assessment's organization, instance or assessor after creation
#[derive(Debug, Args)]
pub struct SetArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The organization assessed ("" clears it)
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// The vendor instance: acme, acme.zendesk.com or https://acme.zendesk.com/ ("" clears it)
    #[arg(long, value_name = "SUB")]
    pub instance: Option<String>,
    /// Who assesses ("" clears it)
    #[arg(long, value_name = "WHO")]
    pub assessor: Option<String>,
    /// Leave this account (its email address) out of the probe's user
    /// checks, as a break-glass account; needs --reason
    #[arg(long, value_name = "EMAIL", requires = "reason")]
    pub break_glass: Option<String>,
    /// Why the --break-glass account is left out
    #[arg(long, value_name = "TEXT", requires = "break_glass")]
    pub reason: Option<String>,
    /// Take an account off the break-glass list
    #[arg(long, value_name = "EMAIL", conflicts_with = "break_glass")]
    pub no_break_glass: Option<String>,
}

/// Changes the assessment's details.
pub fn run(args: SetArgs, ctx: &Context) -> Result<(), Failure> {
    let details = Details {
        org: args.org,
        instance: args.instance,
        assessor: args.assessor,
        break_glass: args.break_glass.zip(args.reason),
        no_break_glass: args.no_break_glass,
    };
    change(&args.target, details, ctx)
}

/// What `set` changes.
#[derive(Debug, Default)]
pub struct Details {
    /// The organization ("" clears it).
    pub org: Option<String>,
    /// The instance ("" clears it).
    pub instance: Option<String>,
    /// The assessor ("" clears it).
    pub assessor: Option<String>,
    /// A break-glass account to leave out of the probe's user checks, and
    /// why (replacing the reason of one already listed).
    pub break_glass: Option<(String, String)>,
    /// A break-glass account to take off the list.
    pub no_break_glass: Option<String>,
}

/// Changes the fields given (an empty value clears one) and saves; with no
/// field given, says how to use it and changes nothing.
fn change(target: &str, d: Details, ctx: &Context) -> Result<(), Failure> {
    let nothing = d.org.is_none()
        && d.instance.is_none()
        && d.assessor.is_none()
        && d.break_glass.is_none()
        && d.no_break_glass.is_none();
    if nothing {
        return Err(Failure::usage(crate::messages::set_nothing(ctx.lang)));
    }
    let (_, mut doc) = open_assessment(target, ctx)?;
    let mut metadata = doc
        .assessment()
        .metadata
        .with(
            d.org.as_deref(),
            d.instance.as_deref(),
            d.assessor.as_deref(),
        )
        .map_err(|r| Failure::new(crate::messages::metadata_refused(ctx.lang, r)))?;
    if let Some((account, reason)) = d.break_glass {
        let (account, reason) = (account.trim().to_string(), reason.trim().to_string());
        let hidden =
            crate::sanitize::hidden_char(&account).or(crate::sanitize::hidden_char(&reason));
        if account.is_empty() || reason.is_empty() || hidden.is_some() || !account.contains('@') {
            return Err(Failure::usage(crate::messages::break_glass_refused(
                ctx.lang,
            )));
        }
        metadata
            .break_glass
            .retain(|b| !b.account.eq_ignore_ascii_case(&account));
        metadata
            .break_glass
            .push(crate::assessment::BreakGlass { account, reason });
    }
    if let Some(account) = d.no_break_glass {
        metadata
            .break_glass
            .retain(|b| !b.account.eq_ignore_ascii_case(account.trim()));
    }
    doc.set_metadata(metadata);
    super::save(&mut doc, ctx.lang)?;
    let m = &doc.assessment().metadata;
    print(&format!(
        "{}\n",
        crate::messages::set_done(
            ctx.lang,
            doc.path(),
            &m.organization,
            &m.instance,
            &m.assessor
        )
    ))
}
