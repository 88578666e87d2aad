//! `studyplan today`: the daily session as a view (stable JSON keys) and as plain text.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::layout::{checkbox, clean, long_date, minutes, pad, pad_left, short_date, weekday_of, widest};
use crate::plan::{DayPlan, DueItem, Pace, PaceStatus, PhaseRef, Position, RunningTimer, Task, TimeEntry};
use crate::roadmap::Roadmap;

/// Which roadmap a view is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoadmapRef {
    /// Roadmap id.
    pub id: String,
    /// Roadmap title.
    pub title: String,
}

impl RoadmapRef {
    /// The id and title of a roadmap.
    pub fn of(roadmap: &Roadmap) -> RoadmapRef {
        RoadmapRef {
            id: roadmap.id.clone(),
            title: roadmap.title.clone(),
        }
    }
}

/// Where a day falls in the plan; `number` is null outside it, `status` says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekRef {
    /// `in_plan`, `before_start`, `paused` or `finished`.
    pub status: &'static str,
    /// Roadmap week (1-based) inside the plan; the resuming week when paused.
    pub number: Option<u32>,
    /// Length of the roadmap in weeks.
    pub of: Option<u32>,
    /// Days until the start, before it.
    pub days_until_start: Option<i64>,
    /// Days since the last day, after it.
    pub days_since_end: Option<i64>,
}

impl WeekRef {
    /// The week reference of a plan position.
    pub fn of(position: Position) -> WeekRef {
        let blank = WeekRef {
            status: "in_plan",
            number: None,
            of: None,
            days_until_start: None,
            days_since_end: None,
        };
        match position {
            Position::BeforeStart { days_until } => WeekRef {
                status: "before_start",
                days_until_start: Some(days_until),
                ..blank
            },
            Position::InPlan { week, of } => WeekRef {
                number: Some(week),
                of: Some(of),
                ..blank
            },
            Position::Paused { next_week, of } => WeekRef {
                status: "paused",
                number: Some(next_week),
                of: Some(of),
                ..blank
            },
            Position::Finished { days_since_end, of } => WeekRef {
                status: "finished",
                of: Some(of),
                days_since_end: Some(days_since_end),
                ..blank
            },
        }
    }

    /// `Week 3 of 24`, `Starts in 5 days`, `Paused (week 4 of 24 resumes next)`, `Finished 3 days ago`.
    pub fn describe(&self) -> String {
        match (self.status, self.number, self.of) {
            ("in_plan", Some(n), Some(of)) => format!("Week {n} of {of}"),
            ("paused", Some(n), Some(of)) => format!("Paused: week {n} of {of} resumes after this week"),
            ("before_start", ..) => match self.days_until_start.unwrap_or(0) {
                1 => "Starts tomorrow".to_owned(),
                days => format!("Starts in {days} days"),
            },
            ("finished", ..) => match self.days_since_end.unwrap_or(0) {
                0 | 1 => "Finished: the plan ended yesterday".to_owned(),
                days => format!("Finished: the plan ended {days} days ago"),
            },
            _ => String::new(),
        }
    }
}

/// A phase at one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseView {
    /// Phase id.
    pub id: String,
    /// Level (`sprint`, `quarter`, `month`).
    pub level: String,
    /// Title.
    pub title: String,
    /// Focus line, null when the roadmap has none.
    pub focus: Option<String>,
    /// First and last roadmap week.
    pub weeks: [u32; 2],
}

impl PhaseView {
    /// The view of a plan phase.
    pub fn of(phase: &PhaseRef) -> PhaseView {
        PhaseView {
            id: phase.id.clone(),
            level: phase.level.clone(),
            title: phase.title.clone(),
            focus: phase.focus.clone(),
            weeks: phase.weeks,
        }
    }
}

/// One block of the day: planned against logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockView {
    /// Block id (what `studyplan log` takes).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Planned minutes.
    pub planned_minutes: u32,
    /// Minutes logged today.
    pub logged_minutes: u32,
    /// What to do in it.
    pub hint: Option<String>,
}

/// A learner task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskView {
    /// Task id (what `studyplan task done` takes).
    pub id: i64,
    /// Title.
    pub title: String,
    /// Done or not.
    pub done: bool,
}

impl TaskView {
    /// The view of a store task.
    pub fn of(task: &Task) -> TaskView {
        TaskView {
            id: task.id,
            title: task.title.clone(),
            done: task.done,
        }
    }
}

/// The running timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimerView {
    /// Block being timed.
    pub block: String,
    /// Local start time.
    pub started_at: NaiveDateTime,
    /// Whole minutes so far.
    pub elapsed_minutes: i64,
}

impl TimerView {
    /// The timer as seen at `now`.
    pub fn of(timer: &RunningTimer, now: NaiveDateTime) -> TimerView {
        TimerView {
            block: timer.block.clone(),
            started_at: timer.started_at,
            elapsed_minutes: (now - timer.started_at).num_minutes().max(0),
        }
    }
}

/// The week's detail (concept, code), when the roadmap has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekDetailView {
    /// Title of the week.
    pub title: Option<String>,
    /// Concept studied.
    pub concept: Option<String>,
    /// Code paths written.
    pub code: Vec<String>,
}

/// Everything `studyplan today` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TodayView {
    /// The day.
    pub date: NaiveDate,
    /// Its weekday, spelled out.
    pub weekday: &'static str,
    /// The active roadmap.
    pub roadmap: RoadmapRef,
    /// Week N of M (null-safe before the start and after the end).
    pub week: WeekRef,
    /// The outermost phase holding today (null outside the plan).
    pub phase: Option<PhaseView>,
    /// Every phase holding today, outermost first (quarter, then month).
    pub phases: Vec<PhaseView>,
    /// The week's concept and code, if any.
    pub week_detail: Option<WeekDetailView>,
    /// Today's role in the weekly structure.
    pub day_role: String,
    /// The role's standing tasks.
    pub day_tasks: Vec<String>,
    /// Whether study blocks are planned today.
    pub study_day: bool,
    /// The day's blocks, planned against logged.
    pub blocks: Vec<BlockView>,
    /// Minutes logged today on blocks the roadmap does not plan today.
    pub other_logged_minutes: u32,
    /// The learner's tasks for today.
    pub tasks: Vec<TaskView>,
    /// Pace against the schedule.
    pub pace: Pace,
    /// Deliverables and milestones due this week.
    pub due: Vec<DueItem>,
    /// Open deliverables of the current phases.
    pub open_deliverables: Vec<DueItem>,
    /// The running timer, if any.
    pub timer: Option<TimerView>,
}

/// Inputs of [`TodayView::build`], read from the store and the schedule engine.
#[derive(Debug, Clone, Copy)]
pub struct TodayInputs<'a> {
    /// The roadmap.
    pub roadmap: &'a Roadmap,
    /// The schedule's day.
    pub day: &'a DayPlan,
    /// Pace today.
    pub pace: Pace,
    /// Time logged today.
    pub entries: &'a [TimeEntry],
    /// Tasks planned today.
    pub tasks: &'a [Task],
    /// The running timer.
    pub timer: Option<&'a RunningTimer>,
    /// Now, for the timer's elapsed time.
    pub now: NaiveDateTime,
}

impl TodayView {
    /// Assembles the view.
    pub fn build(inputs: TodayInputs<'_>) -> TodayView {
        let day = inputs.day;
        let logged = |block: &str| -> u32 {
            inputs
                .entries
                .iter()
                .filter(|e| e.block == block)
                .map(|e| e.minutes)
                .sum()
        };
        let blocks: Vec<BlockView> = day
            .blocks
            .iter()
            .map(|b| BlockView {
                id: b.id.clone(),
                name: b.name.clone(),
                planned_minutes: b.planned_minutes,
                logged_minutes: logged(&b.id),
                hint: b.hint.clone(),
            })
            .collect();
        let other_logged_minutes = inputs
            .entries
            .iter()
            .filter(|e| !day.blocks.iter().any(|b| b.id == e.block))
            .map(|e| e.minutes)
            .sum();
        let has_detail = day.week_title.is_some() || day.concept.is_some() || !day.code.is_empty();
        TodayView {
            date: day.date,
            weekday: weekday_of(day.date),
            roadmap: RoadmapRef::of(inputs.roadmap),
            week: WeekRef::of(day.position),
            phase: day.phases.first().map(PhaseView::of),
            phases: day.phases.iter().map(PhaseView::of).collect(),
            week_detail: has_detail.then(|| WeekDetailView {
                title: day.week_title.clone(),
                concept: day.concept.clone(),
                code: day.code.clone(),
            }),
            day_role: day.role.role.clone(),
            day_tasks: day.role.tasks.clone(),
            study_day: day.role.study,
            blocks,
            other_logged_minutes,
            tasks: inputs.tasks.iter().map(TaskView::of).collect(),
            pace: inputs.pace,
            due: day.due_this_week.clone(),
            open_deliverables: day.open_deliverables.clone(),
            timer: inputs.timer.map(|t| TimerView::of(t, inputs.now)),
        }
    }

    /// The plain-text rendering.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let title = format!("{} ({})", clean(&self.roadmap.title), clean(&self.roadmap.id));
        out.push_str(&format!("{title}\n{}\n", long_date(self.date)));
        out.push_str(&format!("{}\n", self.week.describe()));
        for phase in &self.phases {
            out.push_str(&format!(
                "{}: {} (weeks {}-{})\n",
                capitalize(&clean(&phase.level)),
                clean(&phase.title),
                phase.weeks[0],
                phase.weeks[1]
            ));
            if let Some(focus) = &phase.focus {
                out.push_str(&format!("  Focus: {}\n", clean(focus)));
            }
        }
        if let Some(detail) = &self.week_detail {
            if let Some(title) = &detail.title {
                out.push_str(&format!("This week: {}\n", clean(title)));
            }
            if let Some(concept) = &detail.concept {
                out.push_str(&format!("  Concept: {}\n", clean(concept)));
            }
            for code in &detail.code {
                out.push_str(&format!("  Code: {}\n", clean(code)));
            }
        }
        out.push_str(&format!("\n{}: {}\n", self.weekday, clean(&self.day_role)));
        for task in &self.day_tasks {
            out.push_str(&format!("  - {}\n", clean(task)));
        }
        out.push_str(&self.blocks_text());
        if !self.tasks.is_empty() {
            out.push_str("\nTasks\n");
            for task in &self.tasks {
                let mark = if task.done { "[x]" } else { "[ ]" };
                out.push_str(&format!("  {mark} #{:<4} {}\n", task.id, clean(&task.title)));
            }
        }
        if !self.due.is_empty() {
            out.push_str("\nDue this week\n");
            out.push_str(&due_lines(&self.due));
        }
        out.push_str(&format!("\nPace: {}\n", pace_line(&self.pace)));
        if let Some(timer) = &self.timer {
            out.push_str(&format!(
                "Timer: {} running for {} (since {})\n",
                clean(&timer.block),
                minutes(u32::try_from(timer.elapsed_minutes).unwrap_or(u32::MAX)),
                timer.started_at.format("%H:%M")
            ));
        }
        out
    }

    fn blocks_text(&self) -> String {
        if self.blocks.is_empty() {
            let rest = "No study blocks planned today.".to_owned();
            return match self.other_logged_minutes {
                0 => format!("\n{rest}\n"),
                m => format!("\n{rest} Logged anyway: {}.\n", minutes(m)),
            };
        }
        let labels: Vec<String> = self
            .blocks
            .iter()
            .map(|b| format!("{} ({})", clean(&b.name), clean(&b.id)))
            .collect();
        let width = widest(labels.iter().map(String::as_str)).max("Total".len());
        let mut out = format!("\n{}  planned  logged\n", pad("Time", width + 2));
        for (block, label) in self.blocks.iter().zip(&labels) {
            let hint = block
                .hint
                .as_deref()
                .map(|h| format!("  {}", clean(h)))
                .unwrap_or_default();
            let tick = if block.logged_minutes >= block.planned_minutes {
                " done"
            } else {
                ""
            };
            out.push_str(&format!(
                "  {}  {}  {}{tick}{hint}\n",
                pad(label, width),
                pad_left(&minutes(block.planned_minutes), 7),
                pad_left(&minutes(block.logged_minutes), 6)
            ));
        }
        let planned: u32 = self.blocks.iter().map(|b| b.planned_minutes).sum();
        let logged: u32 = self.blocks.iter().map(|b| b.logged_minutes).sum::<u32>() + self.other_logged_minutes;
        out.push_str(&format!(
            "  {}  {}  {}\n",
            pad("Total", width),
            pad_left(&minutes(planned), 7),
            pad_left(&minutes(logged), 6)
        ));
        out
    }
}

/// One line per due item: checkbox, id, title, kind and date.
pub fn due_lines(items: &[DueItem]) -> String {
    let width = widest(items.iter().map(|i| i.id.as_str()));
    items
        .iter()
        .map(|item| {
            format!(
                "  {} {}  {} ({}, due {})\n",
                checkbox(item.state),
                pad(&clean(&item.id), width),
                clean(&item.title),
                kind_name(item.kind),
                short_date(item.due)
            )
        })
        .collect()
}

fn kind_name(kind: crate::plan::DueKind) -> &'static str {
    match kind {
        crate::plan::DueKind::Deliverable => "deliverable",
        crate::plan::DueKind::Milestone => "milestone",
        crate::plan::DueKind::Project => "project",
    }
}

/// `on track`, `3 days ahead`, `2 days behind`, with counts and the projected finish.
pub fn pace_line(pace: &Pace) -> String {
    let day_word = |n: u32| if n == 1 { "day" } else { "days" };
    let status = match pace.status {
        PaceStatus::OnTrack => "on track".to_owned(),
        PaceStatus::Ahead => format!("{} {} ahead", pace.days, day_word(pace.days)),
        PaceStatus::Behind => format!("{} {} behind", pace.days, day_word(pace.days)),
        PaceStatus::NotStarted => "not started".to_owned(),
    };
    format!(
        "{status} ({} of {} items settled, {} expected by now; projected finish {}, planned {})",
        pace.settled, pace.total, pace.expected, pace.projected_finish, pace.planned_finish
    )
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
