//! The one fixture of the command-line tests: a scratch folder (its data
//! folder inside), the binary pointed at it, and the assessment a test
//! works on, made the one way tests make assessments
//! ([`super::binary::create`]).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::assert::Assert;

/// A scratch folder and the binary pointed at it.
pub struct Env {
    dir: tempfile::TempDir,
    questionnaire: Option<PathBuf>,
    assessment: Option<PathBuf>,
}

impl Env {
    /// An empty scratch folder.
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
            questionnaire: None,
            assessment: None,
        }
    }

    /// Every command runs with `--questionnaire FILE`.
    pub fn with_questionnaire(mut self, file: PathBuf) -> Self {
        self.questionnaire = Some(file);
        self
    }

    /// Makes the assessment at `relative` (to the scratch folder), with
    /// `new`'s `options`, and works on it: [`Env::a`].
    pub fn with_assessment(mut self, relative: &str, options: &[&str]) -> Self {
        let path = self.root().join(relative);
        let target = path.to_str().expect("UTF-8 path");
        super::binary::create_with(&self.data(), &self.global(), target, options);
        self.assessment = Some(path);
        self
    }

    /// The options every command is given before the subcommand.
    fn global(&self) -> Vec<&str> {
        match &self.questionnaire {
            Some(q) => vec!["--questionnaire", q.to_str().expect("UTF-8 path")],
            None => Vec::new(),
        }
    }

    /// A scratch folder holding the fixture `tests/fixtures/assessments/acme-prod.toml`
    /// as `prod.toml` (accepted risks, an expired acceptance, gaps, evidence).
    pub fn with_prod() -> Self {
        let env = Env::new();
        std::fs::copy(
            "tests/fixtures/assessments/acme-prod.toml",
            env.root().join("prod.toml"),
        )
        .expect("copy the fixture");
        env
    }

    /// The scratch folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The data folder every command is given.
    pub fn data(&self) -> PathBuf {
        self.root().join("data")
    }

    /// The binary on the data folder (and the questionnaire), with no
    /// locale and no Zendesk token from the environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = super::binary::srm(&self.data());
        if let Some(q) = &self.questionnaire {
            cmd.arg("--questionnaire").arg(q);
        }
        cmd.env_remove("ZENDESK_OAUTH_TOKEN");
        cmd
    }

    /// Runs the binary with `args`.
    pub fn run(&self, args: &[&str]) -> Assert {
        self.cmd().args(args).assert()
    }

    /// Makes the assessment `target` (a name, or a path ending in .toml)
    /// with `extra` options.
    pub fn create(&self, target: &str, extra: &[&str]) {
        let mut options = self.global();
        options.extend(extra);
        super::binary::create(&self.data(), target, &options);
    }

    /// The file of the saved assessment `name`.
    pub fn file(&self, name: &str) -> PathBuf {
        self.data().join("assessments").join(format!("{name}.toml"))
    }

    /// The text of the saved assessment `name`.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.file(name)).expect("assessment file")
    }

    /// The path of the assessment the test works on.
    pub fn a(&self) -> &str {
        self.assessment
            .as_deref()
            .and_then(Path::to_str)
            .expect("an assessment made with with_assessment")
    }

    /// The text of the assessment the test works on.
    pub fn read_a(&self) -> String {
        std::fs::read_to_string(self.a()).expect("assessment file")
    }

    /// The bytes of the assessment the test works on.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(self.a()).expect("assessment file")
    }
}
