//! The three kinds of failure, told apart so each reads as what it is.
//!
//! - A **refusal**: the learner asked for something studyplan will not do
//!   (a value out of range, an id that does not exist, a timer already
//!   running). It names the value and what to do instead. Exit code 1; a
//!   yellow hint in the interface.
//! - A failure of the **environment**: a file, the disk or the terminal let
//!   studyplan down. It names the file or resource. Exit code 1; red in the
//!   interface. Errors that carry no kind (an I/O or SQLite error wrapped
//!   with context) are of this kind.
//! - A **bug** in studyplan: a state its own code should never reach. It says
//!   so, and where. Exit code [`BUG_EXIT_CODE`].
//!
//! Errors travel as `color_eyre::Report`; [`kind_of`] finds the kind anywhere
//! in a report's chain, so context added on the way up keeps it.

use std::panic::Location;

/// The exit code of a bug in studyplan (`EX_SOFTWARE` of sysexits.h).
pub const BUG_EXIT_CODE: u8 = 70;

/// A typed failure: a refusal of the learner's input, or a bug.
#[derive(Debug, thiserror::Error)]
pub enum StudyError {
    /// The learner's input was refused; the text says what to do instead.
    #[error("{0}")]
    Refused(String),
    /// A failure of the environment that has no underlying error to wrap.
    #[error("{0}")]
    Environment(String),
    /// A state studyplan's own code should never reach.
    #[error("bug in studyplan at {at}: {what}; please report it with the command you ran")]
    Bug {
        /// What went wrong.
        what: String,
        /// Where in the source it was found.
        at: &'static Location<'static>,
    },
}

impl StudyError {
    /// A refusal of the learner's input.
    pub fn refused(text: impl Into<String>) -> StudyError {
        StudyError::Refused(text.into())
    }

    /// A bug found at the caller's location.
    #[track_caller]
    pub fn bug(what: impl Into<String>) -> StudyError {
        StudyError::Bug {
            what: what.into(),
            at: Location::caller(),
        }
    }
}

/// What kind of failure a report is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The learner's input was refused.
    Refused,
    /// A file, the disk, the terminal or the database failed.
    Environment,
    /// A bug in studyplan.
    Bug,
}

impl ErrorKind {
    /// The process exit code for this kind.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Refused | ErrorKind::Environment => 1,
            ErrorKind::Bug => BUG_EXIT_CODE,
        }
    }
}

/// The kind of a report: the first typed error in its chain, else environment.
pub fn kind_of(report: &color_eyre::eyre::Report) -> ErrorKind {
    report
        .chain()
        .find_map(|cause| cause.downcast_ref::<StudyError>())
        .map_or(ErrorKind::Environment, |typed| match typed {
            StudyError::Refused(_) => ErrorKind::Refused,
            StudyError::Environment(_) => ErrorKind::Environment,
            StudyError::Bug { .. } => ErrorKind::Bug,
        })
}

/// Builds a refusal report: `refusal!("--weeks {n} is out of range")`.
#[macro_export]
macro_rules! refusal {
    ($($arg:tt)*) => {
        ::color_eyre::eyre::Report::new($crate::error::StudyError::refused(format!($($arg)*)))
    };
}

/// Returns a refusal from the current function: `refuse!("no task {id}")`.
#[macro_export]
macro_rules! refuse {
    ($($arg:tt)*) => {
        return Err($crate::refusal!($($arg)*).into())
    };
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use color_eyre::eyre::{WrapErr, eyre};

    use super::*;

    fn refused() -> color_eyre::Result<()> {
        refuse!("--weeks {} is out of range", 0)
    }

    #[test]
    fn a_kind_survives_context_added_on_the_way_up() {
        let report = refused().wrap_err("while exporting").unwrap_err();
        assert_eq!(kind_of(&report), ErrorKind::Refused);
        assert_eq!(kind_of(&eyre!("disk full")), ErrorKind::Environment);
        let bug = color_eyre::eyre::Report::new(StudyError::bug("a review has no Monday"));
        assert_eq!(kind_of(&bug), ErrorKind::Bug);
        assert_eq!(kind_of(&bug).exit_code(), BUG_EXIT_CODE);
        let text = bug.to_string();
        assert!(text.starts_with("bug in studyplan at src/error.rs:"), "{text}");
    }
}
