//! The learner's active plan: enrollment, roadmap and statuses read from the
//! store, and the schedule engine's answers about them.

use chrono::NaiveDate;
use color_eyre::eyre::Result;

use crate::plan::recurring::{occurrence_id, parse_occurrence};
use crate::plan::{self, DayPlan, DueItem, Enrollment, ItemStatus, WeekPlan};
use crate::roadmap::Roadmap;
use crate::store::Store;
use crate::text::clean_line;

/// The active enrollment with everything the schedule engine reads.
#[derive(Debug, Clone)]
pub struct ActivePlan {
    /// Which roadmap, since when, how many minutes a day.
    pub enrollment: Enrollment,
    /// The roadmap as imported.
    pub roadmap: Roadmap,
    /// The learner's item statuses.
    pub statuses: Vec<ItemStatus>,
}

impl ActivePlan {
    /// A recurring task's occurrence: `mock-exam@w3` as written, or `mock-exam`
    /// for this week's, with a title naming its week. Only occurrences the plan
    /// holds can be ticked: those of tracks that are not optional, inside the plan.
    /// `None` when `id` names no recurring task.
    pub fn occurrence(&self, id: &str, today: NaiveDate) -> Result<Option<(String, String)>> {
        let roadmap = &self.roadmap;
        let task_of = |task_id: &str| {
            roadmap.parallel_tracks.iter().find_map(|track| {
                track
                    .tasks
                    .iter()
                    .find(|task| task.id == task_id)
                    .map(|task| (track, task))
            })
        };
        let (task_id, week) = match parse_occurrence(id) {
            Some((task_id, week)) => (task_id, Some(week)),
            None => (id, None),
        };
        let Some((track, task)) = task_of(task_id) else {
            return Ok(None);
        };
        if track.optional {
            return Err(crate::refusal!(
                "`{}` belongs to the optional track `{}`: its weeks are a habit to keep, not items to tick",
                clean_line(task_id),
                clean_line(&track.id)
            ));
        }
        let items = crate::plan::due::due_items(roadmap, &self.enrollment, &[]);
        let planned = |week: u32| items.iter().any(|item| item.id == occurrence_id(task_id, week));
        let week = match week {
            Some(week) => week,
            None => {
                let position = crate::plan::position(roadmap, &self.enrollment, today);
                let Some(week) = crate::plan::position::plan_week(&position) else {
                    return Err(crate::refusal!(
                        "{} is not a plan week; tick one week's `{}` with `studyplan done {}@wN`",
                        today.format("%a %-d %b %Y"),
                        clean_line(task_id),
                        clean_line(task_id)
                    ));
                };
                week
            }
        };
        if !planned(week) {
            let next = (week..week.saturating_add(520)).find(|w| planned(*w));
            let when = next.map_or(String::new(), |w| {
                format!(
                    "; the next is in week {w} (`studyplan done {}@w{w}`)",
                    clean_line(task_id)
                )
            });
            return Err(crate::refusal!(
                "`{}` is not planned in week {week}{when}",
                clean_line(task_id)
            ));
        }
        Ok(Some((
            occurrence_id(task_id, week),
            format!("{} (week {week})", task.title),
        )))
    }

    /// Reads the active plan, or says how to start one.
    pub fn load(store: &Store) -> Result<ActivePlan> {
        match ActivePlan::read(store)? {
            Some(active) => Ok(active),
            None => crate::refuse!(
                "no roadmap started yet: run `studyplan start ROADMAP_ID` \
                 (`studyplan roadmap list` shows the ids)"
            ),
        }
    }

    /// Reads the active plan; `None` before any enrollment.
    pub fn read(store: &Store) -> Result<Option<ActivePlan>> {
        let Some(enrollment) = store.active_enrollment()? else {
            return Ok(None);
        };
        let roadmap = store.roadmap(&enrollment.roadmap_id)?;
        let statuses = store.statuses()?;
        Ok(Some(ActivePlan {
            enrollment,
            roadmap,
            statuses,
        }))
    }

    /// What the schedule says about one day.
    pub fn day(&self, date: NaiveDate) -> DayPlan {
        plan::day_plan(&self.roadmap, &self.enrollment, &self.statuses, date)
    }

    /// What the schedule says about the week starting `monday`.
    pub fn week(&self, monday: NaiveDate) -> WeekPlan {
        plan::week_plan(&self.roadmap, &self.enrollment, &self.statuses, monday)
    }

    /// Deliverables, milestones and projects due before `today`, neither done nor skipped.
    pub fn late(&self, today: NaiveDate) -> Vec<DueItem> {
        let items = plan::due::due_items(&self.roadmap, &self.enrollment, &self.statuses);
        super::rules::late_items(&items, today)
    }

    /// Resolves a block given by id or display name (any case) to its id, or lists the blocks.
    pub fn block_id(&self, given: &str) -> Result<String> {
        resolve_block(&self.roadmap, given)
    }
}

/// Resolves a block given by id or display name (any case) to its id, or lists the blocks.
pub fn resolve_block(roadmap: &Roadmap, given: &str) -> Result<String> {
    let blocks = roadmap.daily_split().blocks;
    let wanted = given.trim();
    blocks
        .iter()
        .find(|b| b.id.eq_ignore_ascii_case(wanted) || b.name.eq_ignore_ascii_case(wanted))
        .map(|b| b.id.clone())
        .ok_or_else(|| {
            let known: Vec<String> = blocks
                .iter()
                .map(|b| format!("{} ({})", clean_line(&b.id), clean_line(&b.name)))
                .collect();
            crate::refusal!(
                "`{}` is not a block of {}; its blocks are: {}",
                clean_line(given),
                clean_line(&roadmap.id),
                known.join(", ")
            )
        })
}

/// Every roadmap id the store knows, for "unknown roadmap" messages.
pub fn known_roadmap_ids(store: &Store) -> Result<Vec<String>> {
    Ok(store.roadmaps()?.into_iter().map(|r| r.id).collect())
}

/// The message for a roadmap id nobody knows.
pub fn unknown_roadmap(given: &str, known: &[String]) -> color_eyre::eyre::Report {
    crate::refusal!(
        "no roadmap with id `{}`; known roadmaps: {} (see `studyplan roadmap list`)",
        clean_line(given),
        known
            .iter()
            .map(|id| clean_line(id).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    )
}
