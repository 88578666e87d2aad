//! The learner's whole state as documented JSON (`docs/state-format.md`):
//! `studyplan export json` and `studyplan import json`.
//!
//! The file names its `format` and `version`. A reader refuses a file from a
//! newer version (it cannot know what it would lose), and unknown keys are
//! errors, so a typo in a hand-edited file never passes silently.

use color_eyre::eyre::{WrapErr, eyre};
use serde::{Deserialize, Serialize};

use crate::store::{LearnerState, Store};
use crate::text::{clean_line, escape_json};

mod file;

use file::{StateFile, from_file, to_file};

/// The `format` value every state file carries.
pub const FORMAT: &str = "studyplan-state";

/// The format version this studyplan writes, and the newest it reads.
pub const VERSION: u32 = 1;

/// What an import wrote, for the message after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    /// Roadmaps imported from the file (the learner's own, not bundled ones).
    pub roadmaps: usize,
    /// Enrollments.
    pub enrollments: usize,
    /// Item statuses.
    pub statuses: usize,
    /// Tasks.
    pub tasks: usize,
    /// Time entries.
    pub time_entries: usize,
    /// Sum of their minutes.
    pub minutes: u64,
    /// Saved weekly reviews.
    pub reviews: usize,
    /// Day notes.
    pub notes: usize,
}

/// The first two keys, read before the rest so a newer file is refused for
/// its version, not for a key this studyplan does not know.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

/// The store's learner state as a state file (pretty JSON, ending in a newline).
pub fn export(store: &Store) -> color_eyre::Result<String> {
    to_json(&store.learner_state()?)
}

/// `state` as a state file (pretty JSON, ending in a newline); every character
/// a terminal would act on is a `\uXXXX` escape, so the text is kept exactly.
pub fn to_json(state: &LearnerState) -> color_eyre::Result<String> {
    let file = to_file(state);
    let text = serde_json::to_string_pretty(&file).wrap_err("cannot write the learner's data as JSON")?;
    // serde_json leaves C1 controls and BiDi overrides raw; `cat state.json` must not run them.
    let mut text = escape_json(&text).into_owned();
    text.push('\n');
    Ok(text)
}

/// Reads a state file; `origin` (its path) names it in errors.
///
/// A file that is not a state file, comes from a newer studyplan, is not
/// valid JSON or has an unknown key is refused with the line and column.
pub fn parse(text: &str, origin: &str) -> color_eyre::Result<LearnerState> {
    let shown = clean_line(origin);
    let header: Header = serde_json::from_str(text).map_err(|e| {
        eyre!(
            "{shown}: not a studyplan state file: {} (make one with `studyplan export json`)",
            clean_line(&e.to_string())
        )
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(eyre!(
            "{shown}: not a studyplan state file: `format` should be \"{FORMAT}\"{}",
            header
                .format
                .map(|f| format!(", found \"{}\"", clean_line(&f)))
                .unwrap_or_default()
        ));
    }
    match header.version {
        Some(v) if v > u64::from(VERSION) => {
            return Err(eyre!(
                "{shown}: this file has state format version {v}, written by a newer studyplan; this one \
                 reads up to version {VERSION}. Upgrade studyplan to import it (nothing was imported)"
            ));
        }
        Some(v) if v >= 1 => {}
        other => {
            return Err(eyre!(
                "{shown}: `version` should be a whole number from 1 to {VERSION}, found {}",
                other.map_or_else(|| "none".to_owned(), |v| v.to_string())
            ));
        }
    }
    let file: StateFile = serde_json::from_str(text)
        .map_err(|e| eyre!("{shown}: {}; nothing was imported", clean_line(&e.to_string())))?;
    Ok(from_file(file))
}

/// Reads a state file and writes it into `store` in one transaction.
///
/// Refuses a store that holds learner data unless `replace` (which deletes
/// that data first); on any error nothing is written.
pub fn import(store: &mut Store, text: &str, origin: &str, replace: bool) -> color_eyre::Result<ImportSummary> {
    let state = parse(text, origin)?;
    store
        .import_learner_state(&state, replace)
        .wrap_err_with(|| format!("{}: cannot import", clean_line(origin)))?;
    Ok(summary(&state))
}

/// Counts what a state holds.
pub fn summary(state: &LearnerState) -> ImportSummary {
    ImportSummary {
        roadmaps: state.roadmaps.len(),
        enrollments: state.enrollments.len(),
        statuses: state.statuses.len(),
        tasks: state.tasks.len(),
        time_entries: state.time_log.len(),
        minutes: state.time_log.iter().map(|e| u64::from(e.minutes)).sum(),
        reviews: state.reviews.len(),
        notes: state.notes.len(),
    }
}
