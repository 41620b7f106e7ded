//! Creating an assessment: every check a new one passes, in one order,
//! for `new` and the start screen's create form alike.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::{DataDir, Document, NameClash, StoreError, check_name, name_clash};
use crate::assessment::{Assessment, Metadata, MetadataRefusal};
use crate::lang::Lang;
use crate::questionnaire::Questionnaire;

/// Where a new assessment goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// A plain name, saved in the data folder as `assessments/NAME.toml`.
    Name(&'a str),
    /// A file of the user's choosing (a path ending in `.toml`).
    Path(&'a Path),
}

impl<'a> Place<'a> {
    /// The place a command-line `NAME|PATH` argument gives: a path ends in
    /// `.toml`; anything else is a name, and one holding a path separator
    /// (`../evil`, `team/acme`) is neither, so nothing is made outside the
    /// data folder by mistake.
    pub fn of_arg(arg: &'a str) -> Result<Self, StoreError> {
        if arg.ends_with(".toml") {
            return Ok(Place::Path(Path::new(arg)));
        }
        if arg.contains('/') || arg.contains(std::path::MAIN_SEPARATOR) {
            return Err(StoreError::NeitherNameNorPath {
                arg: arg.to_string(),
            });
        }
        Ok(Place::Name(arg))
    }

    /// The file of this place: a name must pass [`check_name`].
    pub fn path(self, data: &DataDir) -> Result<PathBuf, StoreError> {
        match self {
            Place::Path(path) => Ok(path.to_path_buf()),
            Place::Name(name) => {
                check_name(name).map_err(|why| StoreError::BadName {
                    arg: name.to_string(),
                    why,
                })?;
                Ok(data.assessments().join(format!("{name}.toml")))
            }
        }
    }
}

/// What a new assessment is made of, as the user gave it.
#[derive(Debug, Clone, Copy)]
pub struct NewAssessment<'a> {
    /// Where it goes.
    pub place: Place<'a>,
    /// The organization, instance and assessor as typed (checked and
    /// trimmed by [`Metadata::with`]).
    pub details: [Option<&'a str>; 3],
    /// The questionnaire it answers.
    pub questionnaire: &'a Questionnaire,
    /// The questionnaire's file, remembered so that later commands find
    /// it; `None` for the built-in one.
    pub questionnaire_file: Option<&'a Path>,
    /// The language it is assessed in.
    pub lang: Lang,
    /// When it is made.
    pub now: Timestamp,
}

/// Why an assessment was not created.
#[derive(Debug)]
pub enum CreateRefusal {
    /// The name or the path is refused (see [`Place`]).
    Place(StoreError),
    /// A path whose file name is too long for the file system's backup
    /// and temporary files beside it.
    FileNameTooLong(PathBuf),
    /// A detail hides a character.
    Details(MetadataRefusal),
    /// A saved assessment's name differs only by case, or looks the same.
    Clash {
        /// The name given.
        name: String,
        /// The saved one it clashes with.
        clash: NameClash,
    },
    /// The data folder could not be listed, or the file not written (one
    /// that already exists is never replaced).
    Store(StoreError),
}

/// Creates the assessment after its checks, in this order: the place (a
/// valid name, or a path whose file name fits), the details, then a
/// clash with a saved assessment's name. Nothing is written unless all
/// pass.
pub fn create(new: &NewAssessment, data: &DataDir) -> Result<Document, CreateRefusal> {
    let path = new.place.path(data).map_err(CreateRefusal::Place)?;
    // A name's length is part of its check; a path's file name is not.
    let long = matches!(new.place, Place::Path(_))
        && path
            .file_name()
            .is_some_and(|n| !super::atomic::name_fits(n.len()));
    if long {
        return Err(CreateRefusal::FileNameTooLong(path));
    }
    let [organization, instance, assessor] = new.details;
    let metadata = Metadata::default()
        .with(organization, instance, assessor)
        .map_err(CreateRefusal::Details)?;
    if let Place::Name(name) = new.place
        && let Some(clash) = name_clash(name, data).map_err(CreateRefusal::Store)?
    {
        return Err(CreateRefusal::Clash {
            name: name.to_string(),
            clash,
        });
    }
    let mut assessment = Assessment::new(new.questionnaire, new.lang, metadata, new.now);
    assessment.ensure_identity();
    if let Some(record) = new
        .questionnaire_file
        .and_then(|file| super::questionnaire_file::record(&path, file))
    {
        (
            assessment.questionnaire.file,
            assessment.questionnaire.sha256,
        ) = record;
    }
    let doc =
        Document::create(&path, assessment, new.questionnaire).map_err(CreateRefusal::Store)?;
    // Given on the command line: vouched for, so that later commands read
    // it from the assessment's record wherever it is.
    if let Some(file) = new.questionnaire_file {
        super::questionnaire_file::Vouched::add(data.root(), &path, file);
    }
    Ok(doc)
}
