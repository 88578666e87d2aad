//! `studyplan week`: one Monday-to-Sunday week as a view (stable JSON keys) and as plain text.

use chrono::NaiveDate;
use serde::Serialize;

use super::layout::{clean, iso_label, minutes, pad, pad_left, short_date, weekday_of, widest};
use super::parts::{PhaseView, RoadmapRef, TaskView, WeekRef, due_lines, recurring_line};
use crate::plan::{CheckpointDue, DueItem, MetricTarget, RecurringDue, Task, TimeEntry, WeekPlan};
use crate::roadmap::Roadmap;

/// One day of the week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayView {
    /// The date.
    pub date: NaiveDate,
    /// Its weekday, spelled out.
    pub weekday: &'static str,
    /// Its role in the weekly structure.
    pub role: String,
    /// The role's standing tasks.
    pub standing_tasks: Vec<String>,
    /// Whether study blocks are planned.
    pub study: bool,
    /// Week N of M for this day.
    pub week: WeekRef,
    /// The learner's tasks that day.
    pub tasks: Vec<TaskView>,
    /// Planned study minutes.
    pub planned_minutes: u32,
    /// Logged minutes.
    pub logged_minutes: u32,
}

/// Everything `studyplan week` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekView {
    /// ISO week label (`2026-W48`).
    pub iso_week: String,
    /// Its Monday.
    pub monday: NaiveDate,
    /// The active roadmap.
    pub roadmap: RoadmapRef,
    /// Where the week falls in the plan (taken from its Monday).
    pub week: WeekRef,
    /// Phases holding the week, outermost first.
    pub phases: Vec<PhaseView>,
    /// Monday to Sunday.
    pub days: Vec<DayView>,
    /// Deliverables and milestones due this week.
    pub deliverables: Vec<DueItem>,
    /// Recurring parallel tasks this week.
    pub recurring: Vec<RecurringDue>,
    /// The checkpoint due this week.
    pub checkpoint: Option<CheckpointDue>,
    /// Key metric targets.
    pub metrics: Vec<MetricTarget>,
    /// Planned minutes for the whole week.
    pub planned_minutes: u32,
    /// Logged minutes for the whole week.
    pub logged_minutes: u32,
}

impl WeekView {
    /// Assembles the view from the schedule's week and the week's tasks and time.
    pub fn build(roadmap: &Roadmap, plan: &WeekPlan, tasks: &[Task], entries: &[TimeEntry]) -> WeekView {
        let days: Vec<DayView> = plan
            .days
            .iter()
            .map(|day| DayView {
                date: day.date,
                weekday: weekday_of(day.date),
                role: day.role.role.clone(),
                standing_tasks: day.role.tasks.clone(),
                study: day.role.study,
                week: WeekRef::of(day.position, day.date),
                tasks: tasks.iter().filter(|t| t.day == day.date).map(TaskView::of).collect(),
                planned_minutes: day.blocks.iter().map(|b| b.planned_minutes).sum(),
                logged_minutes: entries.iter().filter(|e| e.day == day.date).map(|e| e.minutes).sum(),
            })
            .collect();
        let anchor = plan
            .days
            .iter()
            .find(|d| matches!(d.position, crate::plan::Position::InPlan { .. }))
            .or_else(|| plan.days.first());
        WeekView {
            iso_week: iso_label(plan.monday),
            monday: plan.monday,
            roadmap: RoadmapRef::of(roadmap),
            week: week_ref(plan),
            phases: anchor
                .map(|d| d.phases.iter().map(PhaseView::of).collect())
                .unwrap_or_default(),
            planned_minutes: days.iter().map(|d| d.planned_minutes).sum(),
            logged_minutes: days.iter().map(|d| d.logged_minutes).sum(),
            days,
            deliverables: plan.due.clone(),
            recurring: plan.recurring.clone(),
            checkpoint: plan.checkpoint.clone(),
            metrics: plan.metrics.clone(),
        }
    }

    /// The plain-text rendering.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "{} ({})\n{}, {} to {}\n{}\n",
            clean(&self.roadmap.title),
            clean(&self.roadmap.id),
            self.iso_week,
            short_date(self.monday),
            self.days.last().map_or_else(String::new, |d| short_date(d.date)),
            self.week.describe()
        );
        for phase in &self.phases {
            let focus = phase
                .focus
                .as_deref()
                .map(|f| format!(": {}", clean(f)))
                .unwrap_or_default();
            out.push_str(&format!("{}{focus}\n", clean(&phase.title)));
        }
        let role_width = widest(self.days.iter().map(|d| d.role.as_str())).min(28);
        out.push_str(&format!(
            "\n{}  {}  planned  logged\n",
            pad("Day", 10),
            pad("Role", role_width)
        ));
        for day in &self.days {
            out.push_str(&format!(
                "{}  {}  {}  {}\n",
                pad(&short_date(day.date), 10),
                pad(&clean(&day.role), role_width),
                pad_left(&minutes(day.planned_minutes), 7),
                pad_left(&minutes(day.logged_minutes), 6)
            ));
            for task in &day.tasks {
                let mark = if task.done { "[x]" } else { "[ ]" };
                out.push_str(&format!("            {mark} #{} {}\n", task.id, clean(&task.title)));
            }
        }
        out.push_str(&format!(
            "{}  {}  {}  {}\n",
            pad("Week", 10),
            pad("", role_width),
            pad_left(&minutes(self.planned_minutes), 7),
            pad_left(&minutes(self.logged_minutes), 6)
        ));
        if !self.deliverables.is_empty() {
            out.push_str("\nDue this week\n");
            out.push_str(&due_lines(&self.deliverables));
        }
        if !self.recurring.is_empty() {
            out.push_str("\nRecurring\n");
            for item in &self.recurring {
                out.push_str(&format!("  - {}\n", recurring_line(item)));
            }
        }
        if !self.metrics.is_empty() {
            out.push_str("\nKey metrics\n");
            for metric in &self.metrics {
                out.push_str(&format!(
                    "  - {}: {} {}\n",
                    clean(&metric.name),
                    metric.target,
                    clean(&metric.unit)
                ));
            }
        }
        if let Some(checkpoint) = &self.checkpoint {
            out.push_str(&format!(
                "\nCheckpoint: {} (see `studyplan review`)\n",
                clean(&checkpoint.title)
            ));
        }
        out
    }
}

/// The plan position of a week, taken from its first day inside the plan.
pub fn week_ref(week: &WeekPlan) -> WeekRef {
    week.days
        .iter()
        .find(|d| matches!(d.position, crate::plan::Position::InPlan { .. }))
        .or_else(|| week.days.first())
        .map_or_else(
            || WeekRef::of(crate::plan::Position::BeforeStart { days_until: 0 }, week.monday),
            |d| WeekRef::of(d.position, d.date),
        )
}
