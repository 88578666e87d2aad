//! The learner's active plan: enrollment, roadmap and statuses read from the
//! store, and the schedule engine's answers about them.

use chrono::NaiveDate;
use color_eyre::eyre::Result;

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
