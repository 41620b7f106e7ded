//! The one error type the commands return: a message already worded for
//! the user, naming the file, the place and what to do.

use std::fmt;

/// A failure to report on standard error; the process exits with status 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    message: String,
    usage: bool,
}

impl Failure {
    /// A failure with this message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            usage: false,
        }
    }

    /// Bad usage: arguments that contradict each other (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            usage: true,
        }
    }

    /// The exit status: 2 for bad usage, else 1.
    pub fn exit_code(&self) -> u8 {
        if self.usage { 2 } else { 1 }
    }

    /// The message, as shown to the user.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}
