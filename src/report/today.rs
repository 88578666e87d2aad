//! `studyplan today`: the daily session as a view (stable JSON keys) and as plain text.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::layout::{clean, long_date, minutes, pad, pad_left, short_date, weekday_of, widest};
use super::parts::{PhaseView, RoadmapRef, TaskView, TimerView, WeekRef, due_lines, note_lines, pace_line};
use crate::plan::{DayPlan, DueItem, DueKind, Note, Pace, Task, TimeEntry};
use crate::roadmap::Roadmap;
use crate::study::timer::TimerState;

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
    /// Unfinished tasks of earlier days of the plan, oldest first.
    pub carried_tasks: Vec<TaskView>,
    /// Pace against the schedule: the worse of items and minutes.
    pub pace: Pace,
    /// The streak: study days in a row up to today, days off skipped.
    pub streak_days: u32,
    /// Set when the daily budget leaves a block of today with no time.
    pub budget_warning: Option<String>,
    /// Deliverables and milestones due this week.
    pub due: Vec<DueItem>,
    /// The ids of the items due today (an exam day, a deadline), settled or not.
    pub due_today: Vec<String>,
    /// Open deliverables of the current phases.
    pub open_deliverables: Vec<DueItem>,
    /// Deliverables and projects of any phase due before today and not settled.
    pub late: Vec<DueItem>,
    /// The running timer, if any.
    pub timer: Option<TimerView>,
    /// Today's notes: the day's note, then the notes of today's time entries.
    pub notes: Vec<Note>,
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
    /// The streak today.
    pub streak: u32,
    /// The warning of a budget too small for a block, if any.
    pub budget_warning: Option<&'a str>,
    /// Time logged today.
    pub entries: &'a [TimeEntry],
    /// Tasks planned today.
    pub tasks: &'a [Task],
    /// Unfinished tasks of earlier days.
    pub carried: &'a [Task],
    /// Late deliverables and projects.
    pub late: &'a [DueItem],
    /// The running timer.
    pub timer: Option<&'a TimerState>,
    /// Today's notes.
    pub notes: &'a [Note],
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
            week: WeekRef::of(day.position, day.date),
            phase: day.phases.first().map(PhaseView::of),
            phases: day.phases.iter().map(PhaseView::of).collect(),
            week_detail: has_detail.then(|| WeekDetailView {
                title: day.week_title.clone(),
                concept: day.concept.clone(),
                code: day.code.clone(),
            }),
            day_role: day.role.role.clone(),
            // On holiday (a paused week) or after the end, the weekday's chores do not apply.
            day_tasks: if crate::plan::day::is_plan_day(day) {
                day.role.tasks.clone()
            } else {
                Vec::new()
            },
            study_day: day.role.study,
            blocks,
            other_logged_minutes,
            tasks: inputs.tasks.iter().map(TaskView::of).collect(),
            carried_tasks: inputs.carried.iter().map(TaskView::of).collect(),
            pace: inputs.pace,
            streak_days: inputs.streak,
            budget_warning: inputs.budget_warning.map(str::to_owned),
            due: day.due_this_week.clone(),
            due_today: day.due_today().iter().map(|item| item.id.clone()).collect(),
            open_deliverables: day.open_deliverables.clone(),
            late: inputs.late.to_vec(),
            timer: inputs.timer.map(|t| TimerView::of(t, inputs.now)),
            notes: inputs.notes.to_vec(),
        }
    }

    /// The plain-text rendering.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let title = format!("{} ({})", clean(&self.roadmap.title), clean(&self.roadmap.id));
        out.push_str(&format!("{title}\n{}\n", long_date(self.date)));
        let position = match self.week.status {
            // How it ended, not "Finished": a plan can end with nothing done.
            "finished" => format!("The plan {}", crate::plan::words::ending(&self.pace)),
            _ => self.week.describe(),
        };
        out.push_str(&format!("{position}\n"));
        for item in self.due.iter().filter(|item| self.due_today.contains(&item.id)) {
            let kind = match item.kind {
                DueKind::Milestone => "milestone",
                DueKind::Deliverable => "deliverable",
                DueKind::Project => "project",
                DueKind::Recurring => "recurring",
            };
            out.push_str(&format!("Due today: {} ({kind})\n", clean(&item.title)));
        }
        for phase in &self.phases {
            let level = capitalize(&clean(&phase.level));
            let title = clean(&phase.title);
            // "Month 1 of 7" already says its level; "Sprint: Foundations Sprint" would not.
            let label = if title.to_lowercase().starts_with(&level.to_lowercase()) {
                title
            } else {
                format!("{level}: {title}")
            };
            out.push_str(&format!("{label} ({})\n", phase.span_words()));
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
        if !self.notes.is_empty() {
            out.push_str("\nNotes\n");
            out.push_str(&note_lines(&self.notes, false));
        }
        if !self.tasks.is_empty() {
            out.push_str("\nTasks\n");
            for task in &self.tasks {
                let mark = if task.done { "[x]" } else { "[ ]" };
                out.push_str(&format!("  {mark} #{:<4} {}\n", task.id, clean(&task.title)));
            }
        }
        if !self.carried_tasks.is_empty() {
            out.push_str("\nCarried over from earlier days\n");
            for task in &self.carried_tasks {
                out.push_str(&format!(
                    "  [ ] #{:<4} {}  {}\n",
                    task.id,
                    short_date(task.day),
                    clean(&task.title)
                ));
            }
        }
        if !self.late.is_empty() {
            out.push_str("\nLate\n");
            out.push_str(&due_lines(&self.late));
        }
        // An item of this week already late is listed once, under Late.
        let due: Vec<DueItem> = self
            .due
            .iter()
            .filter(|item| self.late.iter().all(|late| late.id != item.id))
            .cloned()
            .collect();
        if !due.is_empty() {
            out.push_str("\nDue this week\n");
            out.push_str(&due_lines(&due));
        }
        let later: Vec<DueItem> = self
            .open_deliverables
            .iter()
            .filter(|open| self.due.iter().chain(&self.late).all(|due| due.id != open.id))
            .cloned()
            .collect();
        if !later.is_empty() {
            out.push_str("\nOpen in this phase\n");
            out.push_str(&due_lines(&later));
        }
        out.push_str(&format!("\nPace: {}\n", pace_line(&self.pace)));
        out.push_str(&format!(
            "Streak: {}\n",
            crate::plan::words::study_days(self.streak_days)
        ));
        if let Some(timer) = &self.timer {
            let done = if timer.seconds_left.is_some_and(|left| left <= 0) {
                "; its block is done, so a stop logs up to the block's end"
            } else {
                ""
            };
            out.push_str(&format!(
                "Timer: {} running for {} (since {}){done}\n",
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
        if let Some(warning) = &self.budget_warning {
            out.push_str(&format!("  {}\n", clean(warning)));
        }
        for (block, label) in self.blocks.iter().zip(&labels) {
            // A block with nothing planned (before the start, a rest day) is not "done".
            let mark = if block.planned_minutes > 0 && block.logged_minutes >= block.planned_minutes {
                "done"
            } else {
                ""
            };
            let hint = block.hint.as_deref().map(clean).unwrap_or_default();
            let row = format!(
                "  {}  {}  {}  {}  {hint}",
                pad(label, width),
                pad_left(&minutes(block.planned_minutes), 7),
                pad_left(&minutes(block.logged_minutes), 6),
                pad(mark, 4)
            );
            out.push_str(row.trim_end());
            out.push('\n');
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

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
