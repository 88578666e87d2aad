//! Pieces shared by the views: which roadmap, where a day falls in the plan,
//! phases, tasks, the timer, and the due-item and pace lines.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::layout::{checkbox, clean, minutes, pad, short_date, widest};
use crate::plan::{DueItem, DueKind, Pace, PhaseRef, Position, RecurringDue, Task};
use crate::roadmap::Roadmap;
use crate::study::timer::TimerState;

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
    /// The plan's last day, after it.
    pub ended_on: Option<NaiveDate>,
}

impl WeekRef {
    /// The week reference of a plan position on `date`.
    pub fn of(position: Position, date: NaiveDate) -> WeekRef {
        let blank = WeekRef {
            status: "in_plan",
            number: None,
            of: None,
            days_until_start: None,
            days_since_end: None,
            ended_on: None,
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
                ended_on: Some(crate::plan::calendar::add_days(date, -days_since_end)),
                ..blank
            },
        }
    }

    /// `Week 3 of 24`, `Starts in 5 days`, `Paused: week 4 of 24 resumes after
    /// this week`, `The plan ended on Sun 13 Dec`.
    pub fn describe(&self) -> String {
        match (self.status, self.number, self.of) {
            ("in_plan", Some(n), Some(of)) => format!("Week {n} of {of}"),
            ("paused", Some(n), Some(of)) => format!("Paused: week {n} of {of} resumes after this week"),
            ("before_start", ..) => match self.days_until_start.unwrap_or(0) {
                1 => "Starts tomorrow".to_owned(),
                days => format!("Starts in {days} days"),
            },
            // Not "Finished": a plan ended with nothing done is not finished.
            ("finished", ..) => match self.ended_on {
                Some(day) => format!("The plan ended on {}", short_date(day)),
                None => "The plan has ended".to_owned(),
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
    /// First and last day in the learner's plan.
    pub dates: [NaiveDate; 2],
    /// Placed by calendar months: shown by its dates.
    #[serde(skip)]
    pub by_months: bool,
}

impl PhaseView {
    /// When the phase runs, in words: "weeks 1-4", "week 3", or its dates
    /// for a phase in calendar months ("Thu 1 Jan to Tue 31 Mar").
    pub fn span_words(&self) -> String {
        let [first, last] = self.weeks;
        if self.by_months {
            format!(
                "{} to {}",
                self.dates[0].format("%a %-d %b"),
                self.dates[1].format("%a %-d %b")
            )
        } else if first == last {
            format!("week {first}")
        } else {
            format!("weeks {first}-{last}")
        }
    }

    /// The view of a plan phase.
    pub fn of(phase: &PhaseRef) -> PhaseView {
        PhaseView {
            id: phase.id.clone(),
            level: phase.level.clone(),
            title: phase.title.clone(),
            focus: phase.focus.clone(),
            weeks: phase.weeks,
            dates: phase.days,
            by_months: phase.by_months,
        }
    }
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
    /// The day it is planned on.
    pub day: NaiveDate,
}

impl TaskView {
    /// The view of a store task.
    pub fn of(task: &Task) -> TaskView {
        TaskView {
            id: task.id,
            title: task.title.clone(),
            done: task.done,
            day: task.day,
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
    /// Minutes so far, as a stop now would log them (`study::timer`'s rule).
    pub elapsed_minutes: i64,
    /// Seconds to the block's end (negative past it), when the timer has one.
    pub seconds_left: Option<i64>,
}

impl TimerView {
    /// The timer as seen at `now`.
    pub fn of(timer: &TimerState, now: NaiveDateTime) -> TimerView {
        let reading = timer.reading(now);
        TimerView {
            block: timer.running.block.clone(),
            started_at: timer.running.started_at,
            elapsed_minutes: i64::from(reading.minutes),
            seconds_left: reading.seconds_left,
        }
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

fn kind_name(kind: DueKind) -> &'static str {
    match kind {
        DueKind::Deliverable => "deliverable",
        DueKind::Milestone => "milestone",
        DueKind::Project => "project",
        DueKind::Recurring => "recurring",
    }
}

/// A recurring task as `week` and `review` print it: `Network with people (x2)  [Career, optional]`.
pub fn recurring_line(item: &RecurringDue) -> String {
    let optional = if item.optional { ", optional" } else { "" };
    let count = if item.count > 1 {
        format!(" (x{})", item.count)
    } else {
        String::new()
    };
    format!(
        "{}{count}  [{}{optional}]",
        clean(&item.title),
        clean(&item.track_title)
    )
}

/// `on track`, `3 days ahead`, `2 days behind` (the worse of the two
/// measures), then each measure with its counts, and the projected finish.
pub fn pace_line(pace: &Pace) -> String {
    use crate::plan::pace::measure_label;
    let status = crate::plan::pace_label(pace);
    if pace.status == crate::plan::PaceStatus::NotStarted {
        return format!(
            "{status} ({} of {} items settled; planned finish {})",
            pace.settled, pace.total, pace.planned_finish
        );
    }
    let items = crate::plan::words::pace_items(pace);
    format!(
        "{status} (minutes: {}, {} logged of {} planned so far; items: {items}; projected finish {}, planned {})",
        measure_label(pace.minutes),
        minutes(pace.logged_minutes),
        minutes(pace.planned_minutes),
        pace.projected_finish,
        pace.planned_finish
    )
}

/// Notes as plain-text lines: `  Wed 2 Dec  build 45m: baseline classifier`
/// (the day left out when `with_day` is false); a note's line breaks become spaces.
pub fn note_lines(notes: &[crate::plan::Note], with_day: bool) -> String {
    let mut out = String::new();
    for note in notes {
        let day = if with_day {
            format!("{}  ", short_date(note.day))
        } else {
            String::new()
        };
        let what = match (&note.block, note.minutes) {
            (Some(block), Some(minutes)) => format!("{} {}: ", clean(block), super::layout::minutes(minutes)),
            _ => String::new(),
        };
        out.push_str(&format!("  {day}{what}{}\n", clean(&note.text)));
    }
    out
}
