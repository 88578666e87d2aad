//! The plan for one day: where it falls, its phases, role, blocks and what is due.

use chrono::{Datelike, NaiveDate};

use super::blocks::{scale_blocks, unplanned_blocks};
use super::due::{due_in_week, due_items, is_settled};
use super::model::{DayPlan, DueItem, DueKind, Enrollment, ItemStatus, Position};
use super::position::{plan_week, position};
use super::structure::{day_role, phases_at, week_detail};
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
        plan.blocks = scale_blocks(&split, enrollment.daily_minutes);
    }
    plan.phases = phases_at(roadmap, week);
    let detail = week_detail(roadmap, week);
    if let Some(detail) = detail {
        plan.week_title = Some(detail.title.clone());
        plan.concept = detail.concept.clone();
        plan.code = detail.code.clone();
    }
    plan.due_this_week = due_in_week(items, week);
    // Deliverables of the phases holding the week and of the week's own detail.
    let owned: Vec<&str> = roadmap
        .phases
        .iter()
        .filter(|phase| plan.phases.iter().any(|current| current.id == phase.id))
        .flat_map(|phase| phase.deliverables.iter())
        .chain(detail.into_iter().flat_map(|detail| detail.deliverables.iter()))
        .map(|d| d.id.as_str())
        .collect();
    plan.open_deliverables = items
        .iter()
        .filter(|item| {
            item.kind == DueKind::Deliverable && !is_settled(item.state) && owned.contains(&item.id.as_str())
        })
        .cloned()
        .collect();
    plan
}

/// Minutes planned on `date`: the learner's budget on a study day inside the
/// plan, else 0 (the blocks of a day always sum to this).
pub fn planned_minutes(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> u32 {
    let in_plan = plan_week(&position(roadmap, enrollment, date)).is_some();
    if in_plan && day_role(roadmap, date.weekday()).study {
        enrollment.daily_minutes
    } else {
        0
    }
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
}
