//! `studyplan review`: the Sunday review of one week (the schedule engine's
//! summary plus the learner's saved answers) as JSON and plain text. The
//! Markdown rendering is [`crate::export::markdown`], shared with `export markdown`.

use chrono::NaiveDate;
use serde::Serialize;

use super::layout::{checkbox, clean, minutes, pad, pad_left, short_date, widest};
use super::parts::{RoadmapRef, TaskView, note_lines, pace_line, recurring_line};
use crate::plan::review::{BlockReview, PlanEdge, ReviewSummary};
use crate::plan::{DueItem, Note, Pace, RecurringDue};
use crate::roadmap::Roadmap;
use crate::store::{CarryOver, WeeklyReview};

/// A checkpoint question with the learner's saved answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionView {
    /// Question id.
    pub id: String,
    /// The question.
    pub text: String,
    /// The saved answer, if any.
    pub answer: Option<String>,
}

/// The checkpoint due this week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckpointView {
    /// Checkpoint id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Its questions.
    pub questions: Vec<QuestionView>,
    /// Advice shown with them.
    pub note: Option<String>,
}

/// The learner's written reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReflectionView {
    /// What went well.
    pub went_well: String,
    /// What got in the way.
    pub in_the_way: String,
    /// Next week's focus, in the learner's words.
    pub next_focus: String,
}

/// Roadmap week N of M; `number` is null when the week is outside the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanWeek {
    /// Roadmap week.
    pub number: Option<u32>,
    /// Length of the roadmap in weeks.
    pub of: u32,
}

/// Next week, as the roadmap plans it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextWeekView {
    /// Roadmap week after this one (null when the plan ends).
    pub number: Option<u32>,
    /// Its focus: week title, else the phase focus.
    pub focus: Option<String>,
    /// Why no plan week follows, when none does: `{"kind": "ends_this_week"}`,
    /// `{"kind": "ended", "on": DATE}` or `{"kind": "starts", "on": DATE}`.
    pub plan_edge: Option<PlanEdge>,
}

/// Everything the Sunday review shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewView {
    /// ISO week label (`2026-W48`).
    pub iso_week: String,
    /// Monday of the reviewed week.
    pub monday: NaiveDate,
    /// The active roadmap.
    pub roadmap: RoadmapRef,
    /// Roadmap week N of M.
    pub week: PlanWeek,
    /// Minutes per block against plan.
    pub blocks: Vec<BlockReview>,
    /// Planned minutes over the week.
    pub planned_minutes: u32,
    /// Logged minutes over the week.
    pub logged_minutes: u32,
    /// Days with any time logged (study days or not).
    pub days_studied: u32,
    /// The week's planned study days with time logged.
    pub study_days_studied: u32,
    /// The week's planned study days (inside the plan, not paused).
    pub study_days_planned: u32,
    /// The streak up to the week's end (or today): study days in a row,
    /// days off skipped.
    pub streak_days: u32,
    /// Deliverables and milestones due this week, with their status.
    pub deliverables: Vec<DueItem>,
    /// How many of them are done.
    pub deliverables_done: u32,
    /// Milestones marked done during this week.
    pub milestones_reached: Vec<DueItem>,
    /// Deliverables and projects marked done during this week, whenever due.
    pub done_this_week: Vec<DueItem>,
    /// Pace at the end of the week (or today, when the week is not over).
    pub pace: Pace,
    /// The checkpoint due this week, with any saved answers.
    pub checkpoint: Option<CheckpointView>,
    /// Recurring parallel tasks of the week.
    pub recurring: Vec<RecurringDue>,
    /// The learner's reflection, once written.
    pub reflection: Option<ReflectionView>,
    /// The week's notes: each day's note and the notes of its time entries.
    pub notes: Vec<Note>,
    /// Unfinished tasks of the week (to carry over).
    pub unfinished_tasks: Vec<TaskView>,
    /// Tasks already carried out of the week (`task carry`, `c` on the Review screen).
    pub carried: Vec<CarryOver>,
    /// Next week's plan.
    pub next_week: NextWeekView,
}

impl ReviewView {
    /// Joins the engine's summary with the week's recurring tasks, the saved
    /// review and the tasks carried out of the week.
    pub fn build(
        roadmap: &Roadmap,
        summary: ReviewSummary,
        recurring: Vec<RecurringDue>,
        saved: Option<&WeeklyReview>,
        carried: Vec<CarryOver>,
        notes: Vec<Note>,
    ) -> ReviewView {
        let answers = saved.map(|r| r.answers.as_slice()).unwrap_or_default();
        let mut deliverables = summary.deliverables_due;
        deliverables.extend(summary.milestones_due);
        ReviewView {
            iso_week: summary.iso_week.to_string(),
            monday: summary.monday,
            roadmap: RoadmapRef::of(roadmap),
            week: PlanWeek {
                number: summary.week,
                of: summary.of,
            },
            blocks: summary.blocks,
            planned_minutes: summary.planned_minutes,
            logged_minutes: summary.logged_minutes,
            days_studied: summary.days_studied,
            study_days_studied: summary.study_days_studied,
            study_days_planned: summary.study_days_planned,
            streak_days: summary.streak,
            deliverables,
            deliverables_done: summary.due_done,
            milestones_reached: summary.milestones_reached,
            done_this_week: summary.deliverables_done,
            pace: summary.pace,
            checkpoint: summary.checkpoint.map(|c| CheckpointView {
                questions: c
                    .questions
                    .into_iter()
                    .map(|(id, text)| QuestionView {
                        answer: answers.iter().find(|(q, _)| *q == id).map(|(_, a)| a.clone()),
                        id,
                        text,
                    })
                    .collect(),
                id: c.id,
                title: c.title,
                note: c.note,
            }),
            recurring,
            notes,
            reflection: saved.map(|r| ReflectionView {
                went_well: r.went_well.clone(),
                in_the_way: r.in_the_way.clone(),
                next_focus: r.next_focus.clone(),
            }),
            unfinished_tasks: summary.unfinished_tasks.iter().map(TaskView::of).collect(),
            carried,
            next_week: NextWeekView {
                number: summary.next_week,
                focus: summary.next_focus,
                plan_edge: summary.plan_edge,
            },
        }
    }

    /// The plain-text rendering.
    pub fn to_text(&self) -> String {
        let mut out = format!("Week review {}: {}\n", self.iso_week, clean(&self.roadmap.title));
        let position = match self.week.number {
            Some(n) => format!("Week {n} of {}", self.week.of),
            None => "Outside the plan".to_owned(),
        };
        out.push_str(&format!("{position}, from {}\n", short_date(self.monday)));
        out.push_str(&self.time_section());
        out.push_str(&self.deliverables_section());
        out.push_str(&self.checkpoint_section());
        if !self.recurring.is_empty() {
            out.push_str(&heading("Recurring"));
            for task in &self.recurring {
                out.push_str(&item(&recurring_line(task)));
            }
        }
        if let Some(reflection) = &self.reflection {
            // A review saved with only checkpoint answers has empty prompts: list only what was written.
            let answered: Vec<(&str, &String)> = [
                ("Went well", &reflection.went_well),
                ("In the way", &reflection.in_the_way),
                ("Next focus", &reflection.next_focus),
            ]
            .into_iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .collect();
            if !answered.is_empty() {
                out.push_str(&heading("Reflection"));
            }
            for (label, text) in answered {
                out.push_str(&item(&format!("{label}: {}", clean(text))));
            }
        }
        if !self.notes.is_empty() {
            out.push_str(&heading("Notes"));
            out.push_str(&note_lines(&self.notes, true));
        }
        if !self.unfinished_tasks.is_empty() {
            out.push_str(&heading("Unfinished tasks (carry over)"));
            for task in &self.unfinished_tasks {
                out.push_str(&item(&format!("#{} {}", task.id, clean(&task.title))));
            }
        }
        if !self.carried.is_empty() {
            out.push_str(&heading("Carried over"));
            for task in &self.carried {
                out.push_str(&item(&format!(
                    "#{} {} ({} -> {})",
                    task.task_id,
                    clean(&task.title),
                    short_date(task.from),
                    short_date(task.to)
                )));
            }
        }
        out.push_str(&heading("Next week"));
        let next = match (self.next_week.number, &self.next_week.focus) {
            (Some(n), Some(focus)) => format!("Week {n}: {}", clean(focus)),
            (Some(n), None) => format!("Week {n}"),
            (None, _) => self.next_week.plan_edge.unwrap_or(PlanEdge::EndsThisWeek).sentence(),
        };
        out.push_str(&item(&next));
        out
    }

    fn time_section(&self) -> String {
        let mut out = heading("Time");
        let names: Vec<String> = self.blocks.iter().map(|b| clean(&b.name)).collect();
        let width = widest(names.iter().map(String::as_str)).max("Total".len());
        let row = |name: &str, logged: u32, planned: u32| {
            format!(
                "{}  {} of {}",
                pad(name, width),
                pad_left(&minutes(logged), 6),
                minutes(planned)
            )
        };
        for (block, name) in self.blocks.iter().zip(&names) {
            out.push_str(&item(&row(name, block.logged_minutes, block.planned_minutes)));
        }
        out.push_str(&item(&row("Total", self.logged_minutes, self.planned_minutes)));
        out.push_str(&item(&format!(
            "Days studied: {}; streak: {}",
            crate::plan::words::days_studied(self.days_studied, self.study_days_studied, self.study_days_planned),
            crate::plan::words::study_days(self.streak_days)
        )));
        out
    }

    fn deliverables_section(&self) -> String {
        let mut out = heading("Deliverables");
        if self.deliverables.is_empty() {
            out.push_str(&item("Nothing due this week."));
        }
        let width = widest(self.deliverables.iter().map(|d| d.id.as_str()));
        for due in &self.deliverables {
            out.push_str(&item(&format!(
                "{} {}  {}",
                checkbox(due.state),
                pad(&clean(&due.id), width),
                clean(&due.title)
            )));
        }
        // Done ahead of (or after) their week: the Review screen counts them, so say so here too.
        for done in self
            .done_this_week
            .iter()
            .filter(|d| self.deliverables.iter().all(|due| due.id != d.id))
        {
            out.push_str(&item(&format!(
                "Also done this week: {} (due {})",
                clean(&done.title),
                short_date(done.due)
            )));
        }
        for milestone in &self.milestones_reached {
            out.push_str(&item(&format!("Milestone reached: {}", clean(&milestone.title))));
        }
        out.push_str(&item(&format!("Pace: {}", pace_line(&self.pace))));
        out
    }

    fn checkpoint_section(&self) -> String {
        let Some(checkpoint) = &self.checkpoint else {
            return String::new();
        };
        let mut out = heading(&format!("Checkpoint: {}", clean(&checkpoint.title)));
        for question in &checkpoint.questions {
            out.push_str(&item(&clean(&question.text)));
            if let Some(answer) = &question.answer {
                out.push_str(&item(&format!("  > {}", clean(answer))));
            }
        }
        if let Some(note) = &checkpoint.note {
            out.push_str(&item(&clean(note)));
        }
        out
    }
}

/// A plain-text heading, after a blank line.
fn heading(text: &str) -> String {
    format!("\n{text}\n")
}

/// A plain-text item, indented under its heading.
fn item(text: &str) -> String {
    format!("  {text}\n")
}
