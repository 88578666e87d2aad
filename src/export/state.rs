//! The learner's whole state as documented JSON (`docs/state-format.md`):
//! `studyplan export json` and `studyplan import json`.
//!
//! The file names its `format` and `version`. A reader refuses a file from a
//! newer version (it cannot know what it would lose), and unknown keys are
//! errors, so a typo in a hand-edited file never passes silently. The JSON
//! types here are the format's contract, kept apart from the store's types so
//! the store can change without changing the files people keep.

use chrono::{NaiveDate, NaiveDateTime};
use color_eyre::eyre::{WrapErr, eyre};
use serde::{Deserialize, Serialize};

use crate::plan::{Enrollment, ItemState, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;
use crate::store::{
    CarryOverRecord, DayNote, EnrollmentRecord, LearnerState, OwnRoadmap, StatusRecord, Store, WeeklyReview,
};
use crate::text::clean_line;

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

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateFile {
    format: String,
    version: u32,
    /// Informative: the studyplan that wrote the file.
    #[serde(default)]
    written_by: String,
    #[serde(default)]
    roadmaps: Vec<RoadmapJson>,
    #[serde(default)]
    enrollments: Vec<EnrollmentJson>,
    #[serde(default)]
    statuses: Vec<StatusJson>,
    #[serde(default)]
    tasks: Vec<TaskJson>,
    #[serde(default)]
    carry_overs: Vec<CarryOverJson>,
    #[serde(default)]
    time_log: Vec<TimeEntryJson>,
    #[serde(default)]
    timer: Option<TimerJson>,
    #[serde(default)]
    reviews: Vec<ReviewJson>,
    #[serde(default)]
    day_notes: Vec<NoteJson>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoadmapJson {
    source: String,
    roadmap: Roadmap,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnrollmentJson {
    roadmap_id: String,
    start: NaiveDate,
    daily_minutes: u32,
    #[serde(default)]
    paused_weeks: Vec<NaiveDate>,
    active: bool,
}

#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum StateJson {
    Done,
    InProgress,
    Skipped,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusJson {
    roadmap_id: String,
    item_id: String,
    state: StateJson,
    on: NaiveDate,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaskJson {
    id: i64,
    title: String,
    day: NaiveDate,
    done: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CarryOverJson {
    task_id: i64,
    from: NaiveDate,
    to: NaiveDate,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeEntryJson {
    id: i64,
    day: NaiveDate,
    block: String,
    minutes: u32,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimerJson {
    block: String,
    started_at: NaiveDateTime,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewJson {
    monday: NaiveDate,
    #[serde(default)]
    answers: Vec<AnswerJson>,
    #[serde(default)]
    went_well: String,
    #[serde(default)]
    in_the_way: String,
    #[serde(default)]
    next_focus: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerJson {
    question_id: String,
    answer: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteJson {
    day: NaiveDate,
    text: String,
}

/// The store's learner state as a state file (pretty JSON, ending in a newline).
pub fn export(store: &Store) -> color_eyre::Result<String> {
    to_json(&store.learner_state()?)
}

/// `state` as a state file (pretty JSON, ending in a newline).
pub fn to_json(state: &LearnerState) -> color_eyre::Result<String> {
    let file = to_file(state);
    let mut text = serde_json::to_string_pretty(&file).wrap_err("cannot write the learner's data as JSON")?;
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

fn to_file(state: &LearnerState) -> StateFile {
    StateFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        written_by: format!("studyplan {}", env!("CARGO_PKG_VERSION")),
        roadmaps: state
            .roadmaps
            .iter()
            .map(|r| RoadmapJson {
                source: r.source.clone(),
                roadmap: r.roadmap.clone(),
            })
            .collect(),
        enrollments: state
            .enrollments
            .iter()
            .map(|r| EnrollmentJson {
                roadmap_id: r.enrollment.roadmap_id.clone(),
                start: r.enrollment.start,
                daily_minutes: r.enrollment.daily_minutes,
                paused_weeks: r.enrollment.paused_weeks.clone(),
                active: r.active,
            })
            .collect(),
        statuses: state
            .statuses
            .iter()
            .map(|s| StatusJson {
                roadmap_id: s.roadmap_id.clone(),
                item_id: s.item_id.clone(),
                state: match s.state {
                    ItemState::Done => StateJson::Done,
                    ItemState::InProgress => StateJson::InProgress,
                    ItemState::Skipped => StateJson::Skipped,
                },
                on: s.on,
            })
            .collect(),
        tasks: state
            .tasks
            .iter()
            .map(|t| TaskJson {
                id: t.id,
                title: t.title.clone(),
                day: t.day,
                done: t.done,
            })
            .collect(),
        carry_overs: state
            .carry_overs
            .iter()
            .map(|c| CarryOverJson {
                task_id: c.task_id,
                from: c.from,
                to: c.to,
            })
            .collect(),
        time_log: state
            .time_log
            .iter()
            .map(|e| TimeEntryJson {
                id: e.id,
                day: e.day,
                block: e.block.clone(),
                minutes: e.minutes,
                note: e.note.clone(),
            })
            .collect(),
        timer: state.timer.as_ref().map(|t| TimerJson {
            block: t.block.clone(),
            started_at: t.started_at,
        }),
        reviews: state
            .reviews
            .iter()
            .filter_map(|r| {
                Some(ReviewJson {
                    monday: r.monday?,
                    answers: r
                        .answers
                        .iter()
                        .map(|(question_id, answer)| AnswerJson {
                            question_id: question_id.clone(),
                            answer: answer.clone(),
                        })
                        .collect(),
                    went_well: r.went_well.clone(),
                    in_the_way: r.in_the_way.clone(),
                    next_focus: r.next_focus.clone(),
                })
            })
            .collect(),
        day_notes: state
            .notes
            .iter()
            .map(|n| NoteJson {
                day: n.day,
                text: n.text.clone(),
            })
            .collect(),
    }
}

fn from_file(file: StateFile) -> LearnerState {
    LearnerState {
        roadmaps: file
            .roadmaps
            .into_iter()
            .map(|r| OwnRoadmap {
                source: r.source,
                roadmap: r.roadmap,
            })
            .collect(),
        enrollments: file
            .enrollments
            .into_iter()
            .map(|e| EnrollmentRecord {
                enrollment: Enrollment {
                    roadmap_id: e.roadmap_id,
                    start: e.start,
                    daily_minutes: e.daily_minutes,
                    paused_weeks: e.paused_weeks,
                },
                active: e.active,
            })
            .collect(),
        statuses: file
            .statuses
            .into_iter()
            .map(|s| StatusRecord {
                roadmap_id: s.roadmap_id,
                item_id: s.item_id,
                state: match s.state {
                    StateJson::Done => ItemState::Done,
                    StateJson::InProgress => ItemState::InProgress,
                    StateJson::Skipped => ItemState::Skipped,
                },
                on: s.on,
            })
            .collect(),
        tasks: file
            .tasks
            .into_iter()
            .map(|t| Task {
                id: t.id,
                title: t.title,
                day: t.day,
                done: t.done,
            })
            .collect(),
        carry_overs: file
            .carry_overs
            .into_iter()
            .map(|c| CarryOverRecord {
                task_id: c.task_id,
                from: c.from,
                to: c.to,
            })
            .collect(),
        time_log: file
            .time_log
            .into_iter()
            .map(|e| TimeEntry {
                id: e.id,
                day: e.day,
                block: e.block,
                minutes: e.minutes,
                note: e.note,
            })
            .collect(),
        timer: file.timer.map(|t| RunningTimer {
            block: t.block,
            started_at: t.started_at,
        }),
        reviews: file
            .reviews
            .into_iter()
            .map(|r| WeeklyReview {
                monday: Some(r.monday),
                answers: r.answers.into_iter().map(|a| (a.question_id, a.answer)).collect(),
                went_well: r.went_well,
                in_the_way: r.in_the_way,
                next_focus: r.next_focus,
            })
            .collect(),
        notes: file
            .day_notes
            .into_iter()
            .map(|n| DayNote { day: n.day, text: n.text })
            .collect(),
    }
}
