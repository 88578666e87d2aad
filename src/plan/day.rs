//! The plan for one day: where it falls, its phases, role, blocks and what is due.

use chrono::{Datelike, NaiveDate};

use super::blocks::{day_blocks, unplanned_blocks};
use super::due::{due_in_week, due_items, is_settled, latest_statuses};
use super::model::{DayPlan, DueItem, DueKind, Enrollment, ItemStatus, Position};
use super::position::{plan_week, position};
use super::structure::{day_role, plan_phases, week_detail};
use crate::roadmap::Roadmap;

/// Everything the schedule says about `date`. Never fails: before the start,
/// in a paused week and after the end, `position` says so, no phase or item
/// is listed, and the blocks are listed with 0 planned minutes (so time can
/// still be logged on them). A rest day (`study = false`, Sunday by default)
/// also lists its blocks with 0 planned minutes.
pub fn day_plan(roadmap: &Roadmap, enrollment: &Enrollment, statuses: &[ItemStatus], date: NaiveDate) -> DayPlan {
    let items = due_items(roadmap, enrollment, statuses);
    day_plan_from_items(roadmap, enrollment, &items, date)
}

/// `day_plan` with the dated items already computed (a week computes them once).
pub fn day_plan_from_items(roadmap: &Roadmap, enrollment: &Enrollment, items: &[DueItem], date: NaiveDate) -> DayPlan {
    let position = position(roadmap, enrollment, date);
    let role = day_role(roadmap, date.weekday());
    let split = roadmap.daily_split();
    let mut plan = DayPlan {
        date,
        position,
        phases: Vec::new(),
        blocks: unplanned_blocks(&split),
        role,
        week_title: None,
        concept: None,
        code: Vec::new(),
        due_this_week: Vec::new(),
        open_deliverables: Vec::new(),
    };
    let Some(week) = plan_week(&position) else {
        return plan;
    };
    if plan.role.study {
        plan.blocks = day_blocks(&split, &plan.role, enrollment.daily_minutes);
    }
    plan.phases = plan_phases(roadmap, enrollment, date);
    if let Some(detail) = week_detail(roadmap, week) {
        plan.week_title = Some(detail.title.clone());
        plan.concept = detail.concept.clone();
        plan.code = detail.code.clone();
    }
    plan.due_this_week = due_in_week(items, week);
    plan.open_deliverables = current_deliverables(roadmap, &plan, items)
        .into_iter()
        .filter(|item| !is_settled(item.state))
        .collect();
    plan
}

/// The deliverables of the phases holding the plan's week and of the week's
/// own detail, the milestones due inside those phases, and the project
/// planned for the day, settled or not, in due order.
fn current_deliverables(roadmap: &Roadmap, plan: &DayPlan, items: &[DueItem]) -> Vec<DueItem> {
    let Some(week) = plan_week(&plan.position) else {
        return Vec::new();
    };
    let detail = week_detail(roadmap, week);
    let owned: Vec<&str> = roadmap
        .phases
        .iter()
        .filter(|phase| plan.phases.iter().any(|current| current.id == phase.id))
        .flat_map(|phase| phase.deliverables.iter())
        .chain(detail.into_iter().flat_map(|detail| detail.deliverables.iter()))
        .map(|d| d.id.as_str())
        .chain(
            plan.phases
                .iter()
                .filter(|p| p.level == "project")
                .map(|p| p.id.as_str()),
        )
        .collect();
    // A roadmap made of milestones (one per month) has nothing else to work
    // on: a milestone belongs to the innermost current phase whose weeks hold
    // it (the month, not the whole quarter).
    let innermost = super::structure::innermost(
        plan.phases
            .iter()
            .filter(|p| p.level != "project")
            .map(|p| (p, p.weeks)),
    );
    let in_current_phase = |week: u32| innermost.is_some_and(|p| (p.weeks[0]..=p.weeks[1]).contains(&week));
    items
        .iter()
        .filter(|item| match item.kind {
            DueKind::Deliverable | DueKind::Project => owned.contains(&item.id.as_str()),
            DueKind::Milestone => in_current_phase(item.week),
            // A week's occurrence is listed with its week, not as open work of the phase.
            DueKind::Recurring => false,
        })
        .cloned()
        .collect()
}

/// The deliverables (and milestones) a day's worklist shows, in due order:
/// the late ones of any phase (due before `date`, neither done nor skipped),
/// then the open ones of the current phases (as [`DayPlan::open_deliverables`]); and, in
/// their place, those of either kind settled on `date` itself, so a
/// deliverable ticked by mistake can be unticked where it was ticked.
/// Earlier settled ones are gone.
///
/// `plan` is the day's plan and `items` the dated items it was made from
/// (`due_items`), so a caller that shows both computes them once.
pub fn worklist_deliverables(
    roadmap: &Roadmap,
    plan: &DayPlan,
    items: &[DueItem],
    statuses: &[ItemStatus],
) -> Vec<DueItem> {
    let date = plan.date;
    let current: Vec<String> = current_deliverables(roadmap, plan, items)
        .into_iter()
        .map(|item| item.id)
        .collect();
    let latest = latest_statuses(statuses);
    let settled_today = |id: &str| latest.get(id).is_some_and(|status| status.on == date);
    items
        .iter()
        .filter(|item| {
            // A recurring task's occurrence belongs to its own week only: an earlier one was missed, not late.
            let this_weeks = || plan.due_this_week.iter().any(|due| due.id == item.id);
            match item.kind {
                DueKind::Recurring => this_weeks(),
                _ => current.contains(&item.id) || item.due < date,
            }
        })
        .filter(|item| !is_settled(item.state) || settled_today(&item.id))
        .cloned()
        .collect()
}

/// The earlier days whose unfinished tasks Today carries: from the Monday of
/// the plan's first week to the day before `today`; `None` when there are none.
pub fn carry_range(enrollment: &Enrollment, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = super::monday_of(enrollment.start);
    today
        .pred_opt()
        .filter(|yesterday| *yesterday >= first)
        .map(|yesterday| (first, yesterday))
}

/// Whether the day is inside the plan (not before, paused or finished).
pub fn is_plan_day(plan: &DayPlan) -> bool {
    matches!(plan.position, Position::InPlan { .. })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::model::{ItemState, Position};
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 12
[[phases]]
id = "q1"
level = "quarter"
title = "Quarter 1"
weeks = [1, 12]
deliverables = [{ id = "portfolio", title = "Portfolio" }]
[[phases]]
id = "sprint-2"
level = "sprint"
title = "Deep Learning"
weeks = [5, 8]
focus = "Transformers"
deliverables = [{ id = "gpt", title = "Mini GPT" }, { id = "notes", title = "Notes" }]
[[week_details]]
id = "week-7"
week = 7
title = "The Transformer Implementation"
concept = "Attention"
code = ["src/attention.py"]
deliverables = [{ id = "attn", title = "Attention layer" }]
"#;

    fn enrollment() -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 90,
            paused_weeks: vec![],
        }
    }

    /// The worklist of `date` for the test enrollment, as the loader makes it.
    fn worklist(r: &Roadmap, statuses: &[ItemStatus], date: NaiveDate) -> Vec<DueItem> {
        let items = due_items(r, &enrollment(), statuses);
        let plan = day_plan_from_items(r, &enrollment(), &items, date);
        worklist_deliverables(r, &plan, &items, statuses)
    }

    #[test]
    fn tasks_are_carried_from_the_first_plan_monday_to_yesterday() {
        let e = enrollment(); // starts Monday 2026-11-23
        assert_eq!(carry_range(&e, date(2026, 11, 20)), None, "before the start");
        assert_eq!(
            carry_range(&e, date(2026, 11, 23)),
            None,
            "the first day has no earlier day"
        );
        assert_eq!(
            carry_range(&e, date(2026, 12, 2)),
            Some((date(2026, 11, 23), date(2026, 12, 1)))
        );
    }

    #[test]
    fn a_week_7_tuesday_shows_the_week_detail_phases_and_scaled_blocks() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let statuses = [ItemStatus {
            item_id: "notes".into(),
            state: ItemState::Skipped,
            on: date(2027, 1, 1),
        }];
        let plan = day_plan(&r, &enrollment(), &statuses, date(2027, 1, 5));
        assert_eq!(plan.position, Position::InPlan { week: 7, of: 12 });
        assert_eq!(
            plan.phases.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["q1", "sprint-2"]
        );
        assert_eq!(plan.week_title.as_deref(), Some("The Transformer Implementation"));
        assert_eq!(plan.concept.as_deref(), Some("Attention"));
        assert_eq!(plan.role.role, "Implement + test");
        assert_eq!(plan.blocks.iter().map(|b| b.planned_minutes).sum::<u32>(), 90);
        assert_eq!(
            plan.due_this_week.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["attn"]
        );
        let open: Vec<_> = plan.open_deliverables.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(open, ["attn", "gpt", "portfolio"]);
    }

    #[test]
    fn sunday_review_lists_blocks_with_nothing_planned() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let plan = day_plan(&r, &enrollment(), &[], date(2027, 1, 10));
        assert!(!plan.role.study);
        assert_eq!(plan.blocks.len(), 3);
        assert!(plan.blocks.iter().all(|b| b.planned_minutes == 0));
    }

    #[test]
    fn before_the_start_and_after_the_end_the_plan_says_so() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let before = day_plan(&r, &enrollment(), &[], date(2026, 11, 20));
        assert_eq!(before.position, Position::BeforeStart { days_until: 3 });
        assert!(before.phases.is_empty() && before.due_this_week.is_empty());
        assert!(before.blocks.iter().all(|b| b.planned_minutes == 0));
        let after = day_plan(&r, &enrollment(), &[], date(2027, 3, 1));
        assert!(matches!(after.position, Position::Finished { of: 12, .. }));
        assert!(!is_plan_day(&after));
    }

    #[test]
    fn a_deliverable_settled_today_stays_on_the_worklist_until_tomorrow() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let tuesday = date(2027, 1, 5);
        let status = |id: &str, state, on| ItemStatus {
            item_id: id.into(),
            state,
            on,
        };
        let statuses = [
            status("gpt", ItemState::Done, tuesday),
            status("notes", ItemState::Skipped, date(2027, 1, 4)),
            status("attn", ItemState::InProgress, date(2027, 1, 4)),
        ];
        let ids = |items: Vec<DueItem>| items.into_iter().map(|d| (d.id, d.state)).collect::<Vec<_>>();
        let today = ids(worklist(&r, &statuses, tuesday));
        assert_eq!(
            today,
            [
                ("attn".to_owned(), Some(ItemState::InProgress)),
                ("gpt".to_owned(), Some(ItemState::Done)),
                ("portfolio".to_owned(), None),
            ],
            "done today stays in its place; skipped yesterday is gone"
        );
        let wednesday = ids(worklist(&r, &statuses, date(2027, 1, 6)));
        assert!(wednesday.iter().all(|(id, _)| id != "gpt"), "{wednesday:?}");
        let plan = day_plan(&r, &enrollment(), &statuses, tuesday);
        assert!(plan.open_deliverables.iter().all(|d| d.id != "gpt"), "open means open");
    }

    #[test]
    fn on_a_project_roadmap_the_days_project_is_the_phase_and_the_open_deliverable() {
        let r = parse_str(
            r#"
id = "five"
title = "Five projects"
summary = "s"
[[projects]]
id = "chatbot"
title = "01. Chatbot"
effort = { min = 1, max = 2, unit = "days" }
[[projects]]
id = "rag"
title = "02. RAG"
effort = { min = 1, max = 2, unit = "weeks" }
"#,
            "test",
        )
        .unwrap();
        let plan = day_plan(&r, &enrollment(), &[], date(2026, 11, 26));
        assert_eq!(plan.phases.last().map(|p| p.title.as_str()), Some("02. RAG"));
        let open: Vec<_> = plan.open_deliverables.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            open,
            ["rag"],
            "the late chatbot is not today's work; the RAG project is"
        );
    }

    #[test]
    fn late_deliverables_of_earlier_phases_stay_on_the_worklist_until_settled() {
        let r = parse_str(
            r#"
id = "r"
title = "R"
summary = "s"
weeks = 4
[[phases]]
id = "one"
title = "One"
weeks = [1, 2]
deliverables = [{ id = "late", title = "Late" }, { id = "done-early", title = "Done early" }]
[[phases]]
id = "two"
title = "Two"
weeks = [3, 4]
deliverables = [{ id = "now", title = "Now" }]
"#,
            "test",
        )
        .unwrap();
        let statuses = [ItemStatus {
            item_id: "done-early".into(),
            state: ItemState::Done,
            on: date(2026, 12, 1),
        }];
        // Week 3: phase one ended on Sunday 6 December.
        let ids: Vec<_> = worklist(&r, &statuses, date(2026, 12, 8))
            .into_iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(ids, ["late", "now"]);
    }
}
