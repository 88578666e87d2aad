//! `studyplan review`: the Sunday review of one week as a view (stable JSON keys),
//! as plain text and as Markdown.

use chrono::NaiveDate;
use serde::Serialize;

use super::layout::{checkbox, clean, iso_label, minutes, pad, pad_left, short_date, widest};
use super::today::{PhaseView, RoadmapRef, TaskView, WeekRef, pace_line};
use crate::plan::{DueItem, DueKind, ItemState, Pace, RecurringDue, Task, TimeEntry, WeekPlan};
use crate::roadmap::Roadmap;
use crate::store::WeeklyReview;

/// Minutes on one block over the week, against plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockReview {
    /// Block id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Planned minutes over the week.
    pub planned_minutes: u32,
    /// Logged minutes over the week.
    pub logged_minutes: u32,
}

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

/// Next week, as the roadmap plans it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextWeekView {
    /// ISO week label.
    pub iso_week: String,
    /// Where it falls in the plan.
    pub week: WeekRef,
    /// Its phases and their focus, outermost first.
    pub phases: Vec<PhaseView>,
}

/// Everything the Sunday review shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewView {
    /// ISO week label.
    pub iso_week: String,
    /// Monday of the reviewed week.
    pub monday: NaiveDate,
    /// The active roadmap.
    pub roadmap: RoadmapRef,
    /// Where the week falls in the plan.
    pub week: WeekRef,
    /// Minutes per block against plan.
    pub blocks: Vec<BlockReview>,
    /// Planned minutes over the week.
    pub planned_minutes: u32,
    /// Logged minutes over the week.
    pub logged_minutes: u32,
    /// Days with any time logged.
    pub days_studied: u32,
    /// Days with study blocks planned.
    pub study_days_planned: u32,
    /// Consecutive study days with time logged, up to the week's end (or today).
    pub streak_days: u32,
    /// Deliverables and milestones due this week, with their status.
    pub deliverables: Vec<DueItem>,
    /// How many of them are done.
    pub deliverables_done: u32,
    /// Milestones due this week that are done.
    pub milestones_reached: Vec<DueItem>,
    /// Pace at the end of the week (or today, when the week is not over).
    pub pace: Pace,
    /// The checkpoint due this week, with any saved answers.
    pub checkpoint: Option<CheckpointView>,
    /// Recurring parallel tasks of the week.
    pub recurring: Vec<RecurringDue>,
    /// The learner's reflection, once written.
    pub reflection: Option<ReflectionView>,
    /// Unfinished tasks of the week (carried over to next week when the review is closed).
    pub unfinished_tasks: Vec<TaskView>,
    /// Next week's plan.
    pub next_week: NextWeekView,
}

/// Inputs of [`ReviewView::build`].
#[derive(Debug, Clone, Copy)]
pub struct ReviewInputs<'a> {
    /// The roadmap.
    pub roadmap: &'a Roadmap,
    /// The reviewed week.
    pub week: &'a WeekPlan,
    /// The week after it.
    pub next_week: &'a WeekPlan,
    /// Pace at the review's date.
    pub pace: Pace,
    /// Time logged in the week.
    pub entries: &'a [TimeEntry],
    /// Tasks of the week.
    pub tasks: &'a [Task],
    /// The saved review, if any.
    pub saved: Option<&'a WeeklyReview>,
    /// The streak at the week's end.
    pub streak_days: u32,
}

impl ReviewView {
    /// Assembles the review.
    pub fn build(inputs: ReviewInputs<'_>) -> ReviewView {
        let week = inputs.week;
        let blocks: Vec<BlockReview> = inputs
            .roadmap
            .daily_split()
            .blocks
            .iter()
            .map(|block| BlockReview {
                id: block.id.clone(),
                name: block.name.clone(),
                planned_minutes: week
                    .days
                    .iter()
                    .flat_map(|d| d.blocks.iter())
                    .filter(|b| b.id == block.id)
                    .map(|b| b.planned_minutes)
                    .sum(),
                logged_minutes: inputs
                    .entries
                    .iter()
                    .filter(|e| e.block == block.id)
                    .map(|e| e.minutes)
                    .sum(),
            })
            .collect();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let days_studied = count(
            week.days
                .iter()
                .filter(|d| inputs.entries.iter().any(|e| e.day == d.date && e.minutes > 0))
                .count(),
        );
        let done = |item: &&DueItem| item.state == Some(ItemState::Done);
        let answers = inputs.saved.map(|r| r.answers.as_slice()).unwrap_or_default();
        ReviewView {
            iso_week: iso_label(week.monday),
            monday: week.monday,
            roadmap: RoadmapRef::of(inputs.roadmap),
            week: week_ref(week),
            planned_minutes: blocks.iter().map(|b| b.planned_minutes).sum(),
            logged_minutes: inputs.entries.iter().map(|e| e.minutes).sum(),
            blocks,
            days_studied,
            study_days_planned: count(week.days.iter().filter(|d| !d.blocks.is_empty()).count()),
            streak_days: inputs.streak_days,
            deliverables_done: count(week.due.iter().filter(done).count()),
            milestones_reached: week
                .due
                .iter()
                .filter(done)
                .filter(|i| i.kind == DueKind::Milestone)
                .cloned()
                .collect(),
            deliverables: week.due.clone(),
            pace: inputs.pace,
            checkpoint: week.checkpoint.as_ref().map(|c| CheckpointView {
                id: c.id.clone(),
                title: c.title.clone(),
                note: c.note.clone(),
                questions: c
                    .questions
                    .iter()
                    .map(|(id, text)| QuestionView {
                        id: id.clone(),
                        text: text.clone(),
                        answer: answers.iter().find(|(q, _)| q == id).map(|(_, a)| a.clone()),
                    })
                    .collect(),
            }),
            recurring: week.recurring.clone(),
            reflection: inputs.saved.map(|r| ReflectionView {
                went_well: r.went_well.clone(),
                in_the_way: r.in_the_way.clone(),
                next_focus: r.next_focus.clone(),
            }),
            unfinished_tasks: inputs.tasks.iter().filter(|t| !t.done).map(TaskView::of).collect(),
            next_week: NextWeekView {
                iso_week: iso_label(inputs.next_week.monday),
                week: week_ref(inputs.next_week),
                phases: inputs
                    .next_week
                    .days
                    .first()
                    .map(|d| d.phases.iter().map(PhaseView::of).collect())
                    .unwrap_or_default(),
            },
        }
    }

    /// The plain-text rendering.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    /// The Markdown rendering, for a journal or a blog post.
    pub fn to_markdown(&self) -> String {
        self.render(true)
    }

    fn render(&self, markdown: bool) -> String {
        let heading = |text: &str| {
            if markdown {
                format!("\n## {text}\n\n")
            } else {
                format!("\n{text}\n")
            }
        };
        let item = if markdown { "- " } else { "  " };
        let mut out = if markdown {
            format!("# Week review {}: {}\n\n", self.iso_week, clean(&self.roadmap.title))
        } else {
            format!("Week review {}: {}\n", self.iso_week, clean(&self.roadmap.title))
        };
        out.push_str(&format!("{}, from {}\n", self.week.describe(), short_date(self.monday)));

        out.push_str(&heading("Time"));
        let width = widest(self.blocks.iter().map(|b| b.name.as_str())).max("Total".len());
        for block in &self.blocks {
            out.push_str(&format!(
                "{item}{}  {} of {}\n",
                pad(&clean(&block.name), width),
                pad_left(&minutes(block.logged_minutes), 6),
                minutes(block.planned_minutes)
            ));
        }
        out.push_str(&format!(
            "{item}{}  {} of {}\n",
            pad("Total", width),
            pad_left(&minutes(self.logged_minutes), 6),
            minutes(self.planned_minutes)
        ));
        out.push_str(&format!(
            "{item}Days studied: {} of {} planned; streak: {} {}\n",
            self.days_studied,
            self.study_days_planned,
            self.streak_days,
            if self.streak_days == 1 { "day" } else { "days" }
        ));

        out.push_str(&heading("Deliverables"));
        if self.deliverables.is_empty() {
            out.push_str(&format!("{item}Nothing due this week.\n"));
        }
        for due in &self.deliverables {
            out.push_str(&format!(
                "{item}{} {}  {}\n",
                checkbox(due.state),
                clean(&due.id),
                clean(&due.title)
            ));
        }
        for milestone in &self.milestones_reached {
            out.push_str(&format!("{item}Milestone reached: {}\n", clean(&milestone.title)));
        }
        out.push_str(&format!("{item}Pace: {}\n", pace_line(&self.pace)));

        if let Some(checkpoint) = &self.checkpoint {
            out.push_str(&heading(&format!("Checkpoint: {}", clean(&checkpoint.title))));
            for question in &checkpoint.questions {
                out.push_str(&format!("{item}{}\n", clean(&question.text)));
                if let Some(answer) = &question.answer {
                    out.push_str(&format!("{item}  > {}\n", clean(answer)));
                }
            }
            if let Some(note) = &checkpoint.note {
                out.push_str(&format!("{item}{}\n", clean(note)));
            }
        }
        if !self.recurring.is_empty() {
            out.push_str(&heading("Recurring"));
            for task in &self.recurring {
                out.push_str(&format!(
                    "{item}{} ({})\n",
                    clean(&task.title),
                    clean(&task.track_title)
                ));
            }
        }
        if let Some(reflection) = &self.reflection {
            out.push_str(&heading("Reflection"));
            out.push_str(&format!("{item}Went well: {}\n", clean(&reflection.went_well)));
            out.push_str(&format!("{item}In the way: {}\n", clean(&reflection.in_the_way)));
            out.push_str(&format!("{item}Next focus: {}\n", clean(&reflection.next_focus)));
        }
        if !self.unfinished_tasks.is_empty() {
            out.push_str(&heading("Unfinished tasks (carry over)"));
            for task in &self.unfinished_tasks {
                out.push_str(&format!("{item}#{} {}\n", task.id, clean(&task.title)));
            }
        }
        out.push_str(&heading(&format!("Next week ({})", self.next_week.iso_week)));
        out.push_str(&format!("{item}{}\n", self.next_week.week.describe()));
        for phase in &self.next_week.phases {
            let focus = phase
                .focus
                .as_deref()
                .map(|f| format!(": {}", clean(f)))
                .unwrap_or_default();
            out.push_str(&format!("{item}{}{focus}\n", clean(&phase.title)));
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
            || WeekRef::of(crate::plan::Position::BeforeStart { days_until: 0 }),
            |d| WeekRef::of(d.position),
        )
}
