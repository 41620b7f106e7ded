//! The built-in questionnaire read on a thread of its own at start, while
//! the main thread parses the arguments and opens the assessment: on a
//! machine with two cores, that takes its reading off the time to the
//! interface's first frame (BENCHMARKS.md).

use std::sync::Mutex;
use std::thread::JoinHandle;

use super::{Questionnaire, QuestionnaireError, builtin};

type Reading = JoinHandle<Result<Questionnaire, QuestionnaireError>>;

/// The built-in questionnaire, being read or to be read when asked for.
#[derive(Debug, Default)]
pub struct Prefetch {
    reading: Mutex<Option<Reading>>,
}

impl Prefetch {
    /// Starts reading the built-in questionnaire on a thread. When no
    /// thread can be started, it is read when asked for instead.
    pub fn start() -> Self {
        let reading = std::thread::Builder::new()
            .name("questionnaire".into())
            .spawn(builtin)
            .ok();
        Prefetch {
            reading: Mutex::new(reading),
        }
    }

    /// Nothing started: [`Prefetch::take`] reads the questionnaire itself.
    pub fn none() -> Self {
        Self::default()
    }

    /// The built-in questionnaire: the one read on the thread the first
    /// time (waiting for it if need be), read anew after that.
    pub fn take(&self) -> Result<Questionnaire, QuestionnaireError> {
        let reading = self.reading.lock().ok().and_then(|mut r| r.take());
        match reading.map(JoinHandle::join) {
            Some(Ok(read)) => read,
            // Not started, already taken, or the thread failed.
            _ => builtin(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefetched_questionnaire_is_the_built_in_one_every_time() {
        let expected = builtin().expect("built in");
        let started = Prefetch::start();
        assert_eq!(started.take().expect("read on the thread"), expected);
        // Taken once: read anew.
        assert_eq!(started.take().expect("read again"), expected);
        assert_eq!(Prefetch::none().take().expect("read when asked"), expected);
    }
}
