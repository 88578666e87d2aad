//! Gathers [`ScreenData`] from the store and the plan engine: one short read
//! of each table the screens need, then pure plan functions over the rows;
//! and, once at start, what became of the file the followed roadmap came from.

use std::path::Path;

use chrono::{Duration, NaiveDate, Weekday};
use color_eyre::Result;

use crate::plan::day::{carry_range, day_plan_from_items, worklist_deliverables};
use crate::plan::review::{ReviewInput, review};
use crate::plan::stats::{burn_up, heatmap_year, weekly_trend};
use crate::plan::week::{shown_first_day, shown_week};
use crate::plan::{due::due_items, pace, week_plan};
use crate::roadmap::load_file;
use crate::store::Store;
use crate::tui::data::ScreenData;

/// Weeks in the Stats screen's trend.
const TREND_WEEKS: u32 = 26;
/// Days of history read for the heatmap and streaks (53 weeks and a margin).
const HISTORY_DAYS: i64 = 53 * 7 + 7;

/// The screen data for `today` with the week of `shown_monday`, weeks shown
/// from Monday; `None` before any enrollment.
pub fn load(store: &Store, today: NaiveDate, shown_monday: NaiveDate) -> Result<Option<ScreenData>> {
    load_with(store, today, shown_monday, Weekday::Mon, &[])
}

/// [`load`] with the Week screen's days starting on `week_start` (the config's
/// `week_start`), keeping on Today the earlier days' tasks with the ids in
/// `keep` even when done (ticked there this session, so a tick can be undone).
pub fn load_with(
    store: &Store,
    today: NaiveDate,
    shown_monday: NaiveDate,
    week_start: Weekday,
    keep: &[i64],
) -> Result<Option<ScreenData>> {
    let Some(enrollment) = store.active_enrollment()? else {
        return Ok(None);
    };
    let roadmap = store.roadmap(&enrollment.roadmap_id)?;
    let statuses = store.statuses()?;
    let sunday = shown_monday + Duration::days(6);
    let first = shown_first_day(today, shown_monday, week_start);
    // One read covers the plan week (Review) and the Week screen's days.
    let (from, to) = (first.min(shown_monday), (first + Duration::days(6)).max(sunday));
    let week_tasks = store.tasks_between(from, to)?;
    let week_time = store.time_between(from, to)?;
    let in_week = |day: NaiveDate| (shown_monday..=sunday).contains(&day);
    let review_tasks: Vec<_> = week_tasks.iter().filter(|t| in_week(t.day)).cloned().collect();
    let review_time: Vec<_> = week_time.iter().filter(|e| in_week(e.day)).cloned().collect();
    let history_end = today.max(sunday);
    let history = store.minutes_per_day(today - Duration::days(HISTORY_DAYS), history_end)?;
    let input = ReviewInput {
        statuses: &statuses,
        entries: &review_time,
        tasks: &review_tasks,
        minutes_per_day: &history,
        today,
    };
    let review = review(&roadmap, &enrollment, shown_monday, input);
    let started = today >= enrollment.start;
    let mut carried_tasks = Vec::new();
    if let Some((from, to)) = carry_range(&enrollment, today) {
        carried_tasks = store.unfinished_tasks_between(from, to)?;
        for id in keep {
            if let Some(task) = store.task(*id)?.filter(|t| (from..=to).contains(&t.day)) {
                carried_tasks.push(task);
            }
        }
    }
    carried_tasks.sort_by_key(|t| (t.day, t.id));
    carried_tasks.dedup_by_key(|t| t.id);
    // The dated items and today's plan feed Today's worklist too: computed once.
    let items = due_items(&roadmap, &enrollment, &statuses);
    let today_plan = day_plan_from_items(&roadmap, &enrollment, &items, today);
    let worklist = worklist_deliverables(&roadmap, &today_plan, &items, &statuses);
    Ok(Some(ScreenData {
        today: today_plan,
        pace: started.then(|| pace(&roadmap, &enrollment, &statuses, today)),
        today_tasks: store.tasks_between(today, today)?,
        carried_tasks,
        worklist,
        today_time: store.time_between(today, today)?,
        note: store.note(today)?,
        timer: store.timer()?,
        week: week_plan(&roadmap, &enrollment, &statuses, shown_monday),
        shown: shown_week(&roadmap, &enrollment, &statuses, first),
        due_items: items,
        saved_review: store.review(shown_monday)?.unwrap_or_default(),
        carried_out: store.carry_overs(shown_monday)?,
        heat: heatmap_year(&history, enrollment.daily_minutes, today),
        trend: weekly_trend(&roadmap, &enrollment, &history, today, TREND_WEEKS),
        burn_up: burn_up(&roadmap, &enrollment, &statuses, today),
        review,
        week_tasks,
        week_time,
        statuses,
        roadmap,
        enrollment,
    }))
}

/// What became of the file the followed roadmap was imported from, when the
/// learner should know: gone, broken or edited since the import. The plan
/// always runs on the imported copy; this only says so. `None` for a bundled
/// roadmap, a source that is no absolute path, an unchanged file, or before
/// any enrollment.
pub fn roadmap_file_notice(store: &Store) -> Result<Option<String>> {
    let Some(enrollment) = store.active_enrollment()? else {
        return Ok(None);
    };
    let Some(stored) = store.roadmaps()?.into_iter().find(|r| r.id == enrollment.roadmap_id) else {
        return Ok(None);
    };
    // Imports record absolute paths; a bundled roadmap's source is `bundled`, and a
    // relative path would be looked up from wherever the app was started: no file to check.
    let file = Path::new(&stored.source);
    if !file.is_absolute() {
        return Ok(None);
    }
    if !file.exists() {
        return Ok(Some(format!(
            "Roadmap file gone, the plan keeps the imported copy: {}",
            stored.source
        )));
    }
    Ok(match load_file(file) {
        // The first problem carries the path, line and column; the rest are for `roadmap validate`.
        Err(error) => Some(format!(
            "Roadmap file broken, the plan keeps the imported copy: {}",
            error.diagnostics.first().map(ToString::to_string).unwrap_or_default()
        )),
        Ok(roadmap) if roadmap != store.roadmap(&stored.id)? => Some(format!(
            "Roadmap file changed, the plan keeps the imported copy until `studyplan roadmap import`: {}",
            stored.source
        )),
        Ok(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Enrollment;
    use crate::roadmap::parse_str;

    const VALID: &str = include_str!("../../tests/fixtures/roadmaps/valid.toml");

    /// A store following the fixture roadmap imported from `source`.
    fn following(source: &str) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store
            .import_roadmap(&parse_str(VALID, "valid.toml").unwrap(), source)
            .unwrap();
        store
            .start(&Enrollment {
                roadmap_id: "fixture-roadmap".to_owned(),
                start: NaiveDate::from_ymd_opt(2026, 2, 2).unwrap(),
                daily_minutes: 120,
                paused_weeks: Vec::new(),
            })
            .unwrap();
        store
    }

    #[test]
    fn the_notice_names_a_gone_broken_or_edited_file_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.toml");
        let shown = file.to_str().unwrap();
        let store = following(shown);
        let notice = || roadmap_file_notice(&store).unwrap();

        std::fs::write(&file, VALID).unwrap();
        assert_eq!(notice(), None, "the file as imported");

        std::fs::write(&file, "id = \"fixture-roadmap\"\ntitle = [unclosed\n").unwrap();
        let broken = notice().unwrap();
        assert!(
            broken.contains("broken") && broken.contains(&format!("{shown}:2:")),
            "{broken}"
        );

        std::fs::write(&file, VALID.replace("Fixture roadmap", "Edited")).unwrap();
        let changed = notice().unwrap();
        assert!(changed.contains("changed") && changed.contains(shown), "{changed}");

        std::fs::remove_file(&file).unwrap();
        let gone = notice().unwrap();
        assert!(gone.contains("gone") && gone.contains(shown), "{gone}");

        // No file to check: a bundled roadmap, a relative path, no enrollment yet.
        assert_eq!(roadmap_file_notice(&following("bundled")).unwrap(), None);
        assert_eq!(roadmap_file_notice(&following("mine.toml")).unwrap(), None);
        assert_eq!(roadmap_file_notice(&Store::open_in_memory().unwrap()).unwrap(), None);
    }
}
