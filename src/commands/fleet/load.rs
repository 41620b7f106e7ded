//! Reading the fleet's assessments and what each is compared with.

use super::*;

/// Reads every assessment asked for: kept, or set aside with why (under
/// `--only`, what cannot be read is left out unnamed: it may be another
/// organization's).
/// Also how many could not be read under `--only` (left unnamed).
pub(super) fn load_all(
    request: &FleetArgs,
    ctx: &Context,
    questionnaires: &mut Vec<Questionnaire>,
) -> Result<(Vec<Loaded>, Vec<Unread>, usize), Failure> {
    let data = ctx.data()?;
    let mut paths = Vec::new();
    for target in &request.targets {
        paths.push(store::resolve(target, &data)?);
    }
    if request.all {
        paths.extend(data.list()?);
    }
    let mut seen = std::collections::HashSet::new();
    paths.retain(|p| seen.insert(p.clone()));
    let since = match request.since.as_deref() {
        Some(since) => Some(Older::of(since, &paths, ctx.lang)?),
        None => None,
    };
    let since = since.as_ref();
    let mut cache: HashMap<(PathBuf, String), usize> = HashMap::new();
    let (mut loaded, mut unread, mut withheld) = (Vec::new(), Vec::new(), 0);
    for path in paths {
        match load_one(&path, request, since, ctx, questionnaires, &mut cache) {
            Ok(Some(one)) => loaded.push(one),
            Ok(None) => {}
            Err(_) if request.only.as_deref().is_some() => withheld += 1,
            Err(e) => unread.push(Unread {
                name: store::display_name(&path),
                why: e.words(ctx.lang),
            }),
        }
    }
    loaded.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((loaded, unread, withheld))
}

/// Reads one assessment with its questionnaire (shared with the others
/// that answer the same file) and its older version; `None` when `--only`
/// leaves it out.
pub(super) fn load_one(
    path: &Path,
    request: &FleetArgs,
    since: Option<&Older>,
    ctx: &Context,
    questionnaires: &mut Vec<Questionnaire>,
    cache: &mut HashMap<(PathBuf, String), usize>,
) -> Result<Option<Loaded>, Failure> {
    let assessment = store::load(path)?;
    if let Some(only) = request.only.as_deref()
        && !same_organization(&assessment.metadata.organization, only)
    {
        return Ok(None);
    }
    // Keyed by the file actually read and its content, never by what the
    // assessment recorded: two folders' `q.toml` are two questionnaires.
    let key = ctx.questionnaire_key(path, &assessment);
    let questionnaire = match cache.get(&key) {
        Some(&i) => i,
        None => {
            let (q, _) = ctx.questionnaire_for(path, &assessment)?;
            questionnaires.push(q);
            cache.insert(key, questionnaires.len() - 1);
            questionnaires.len() - 1
        }
    };
    crate::commands::check_questionnaire(
        path,
        &assessment,
        &questionnaires[questionnaire],
        ctx.lang,
    )?;
    let (assessment, _) = ctx.as_of(path, assessment, request.as_of)?;
    let old = since.and_then(|since| since.copy_of(path, &assessment, ctx.lang));
    Ok(Some(Loaded {
        path: path.to_path_buf(),
        name: store::display_name(path),
        files: store::evidence::digests(path, &assessment),
        assessment,
        questionnaire,
        old,
    }))
}

/// Where `--since` finds older versions: a folder of copies, or a git
/// revision; checked once, before any assessment is read.
pub(super) enum Older {
    Folder(PathBuf),
    Revision(String),
}

impl Older {
    /// `since` as a folder when there is one; else a git revision, which
    /// must exist in the repository of the current folder. A missing
    /// folder or an unknown revision is an error, not an empty trend.
    fn of(since: &str, paths: &[PathBuf], l: crate::lang::Lang) -> Result<Self, Failure> {
        let folder = Path::new(since);
        if folder.is_dir() {
            return Ok(Older::Folder(folder.to_path_buf()));
        }
        // A revision must exist in the repository of every assessment
        // compared (each may be in a repository of its own).
        let dirs: std::collections::BTreeSet<PathBuf> = paths
            .iter()
            .map(|p| match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            })
            .collect();
        let known = !dirs.is_empty()
            && dirs
                .iter()
                .all(|d| matches!(store::git::revision_exists(d, since), Ok(true)));
        if known {
            Ok(Older::Revision(since.to_string()))
        } else {
            Err(Failure::new(messages::fleet_since_unknown(l, since)))
        }
    }

    /// The older version of the assessment at `path`: the file of the
    /// same name in the folder, or the file at the revision; `None` when
    /// there is none (the instance is new since), or when it is another
    /// organization's or another assessment's (never compared with it).
    fn copy_of(
        &self,
        path: &Path,
        now: &Assessment,
        l: crate::lang::Lang,
    ) -> Option<(String, Assessment)> {
        let (old, at) = match self {
            Older::Folder(folder) => (
                store::load(&folder.join(path.file_name()?)).ok()?,
                folder.display().to_string(),
            ),
            Older::Revision(rev) => (store::git::load_at(path, rev).ok()?, rev.clone()),
        };
        let same = same_organization(&old.metadata.organization, &now.metadata.organization)
            || (old.metadata.organization.trim().is_empty()
                && now.metadata.organization.trim().is_empty());
        let same_identity =
            old.identity.is_empty() || now.identity.is_empty() || old.identity == now.identity;
        if !same || !same_identity {
            eprintln!(
                "{}",
                crate::sanitize::for_output(&messages::fleet_older_not_same(
                    l,
                    &store::display_name(path),
                    &at
                ))
            );
            return None;
        }
        Some((store::git::name_at(path, &at), old))
    }
}

/// Whether an assessment's organization is the one `--only` names (case,
/// spacing and Unicode form aside).
pub(super) fn same_organization(recorded: &str, only: &str) -> bool {
    let norm = |s: &str| {
        crate::sanitize::nfc(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !only.trim().is_empty() && norm(recorded) == norm(only)
}
