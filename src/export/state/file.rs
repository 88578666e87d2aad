//! The state file's JSON types: the format's contract (documented in
//! `docs/state-format.md`), kept apart from the store's types so the store can
//! change without changing the files people keep.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{FORMAT, VERSION};
use crate::plan::{Enrollment, ItemState, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;
use crate::store::{CarryOverRecord, DayNote, EnrollmentRecord, LearnerState, OwnRoadmap, StatusRecord, WeeklyReview};

/// A whole state file; lists left out of a hand-written file read as empty.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StateFile {
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

/// The file form of a state.
pub(super) fn to_file(state: &LearnerState) -> StateFile {
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

/// The state a file holds.
pub(super) fn from_file(file: StateFile) -> LearnerState {
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
            .map(|n| DayNote {
                day: n.day,
                text: n.text,
            })
            .collect(),
    }
}
