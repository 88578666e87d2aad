//! Self-paced projects laid out end to end by their upper effort estimate.
//!
//! The layout runs in plan days from the Monday of week 1 (the unit the
//! roadmap's length is counted in); paused weeks are skipped, so a pause
//! moves every later project. The first project never shows a start before
//! the learner's start date.

use chrono::NaiveDate;

use super::calendar::add_days;
use super::model::{Enrollment, ProjectSlot};
use super::weeks::monday_of_week;
use crate::roadmap::Roadmap;

/// The calendar day of plan day `offset` (0 = Monday of week 1), pauses skipped.
pub fn plan_day(enrollment: &Enrollment, offset: u64) -> NaiveDate {
    let week = u32::try_from(offset / 7 + 1).unwrap_or(u32::MAX);
    add_days(monday_of_week(enrollment, week), i64::try_from(offset % 7).unwrap_or(0))
}

/// The projects in file order, each starting the day after the previous one's
/// upper estimate ends.
pub fn project_slots(roadmap: &Roadmap, enrollment: &Enrollment) -> Vec<ProjectSlot> {
    let mut offset: u64 = 0;
    roadmap
        .projects
        .iter()
        .map(|project| {
            let max_days = u64::from(project.effort.max_days().max(1));
            let min_days = u64::from(project.effort.min_days().clamp(1, project.effort.max_days().max(1)));
            let slot = ProjectSlot {
                id: project.id.clone(),
                title: project.title.clone(),
                start: plan_day(enrollment, offset).max(enrollment.start),
                end: plan_day(enrollment, offset + max_days - 1),
                earliest_end: plan_day(enrollment, offset + min_days - 1),
            };
            offset += max_days;
            slot
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const PROJECTS: &str = r#"
id = "five"
title = "Five projects"
summary = "s"
[[projects]]
id = "chatbot"
title = "Chatbot"
effort = { min = 1, max = 2, unit = "days" }
[[projects]]
id = "rag"
title = "RAG"
effort = { min = 1, max = 2, unit = "weeks" }
[[projects]]
id = "agent"
title = "Agent"
effort = { min = 2, max = 3, unit = "months" }
"#;

    fn enrollment(paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "five".into(),
            start: date(2026, 11, 23),
            daily_minutes: 60,
            paused_weeks: paused.to_vec(),
        }
    }

    #[test]
    fn projects_are_laid_end_to_end_by_their_upper_estimate() {
        let r = parse_str(PROJECTS, "test").unwrap();
        let slots = project_slots(&r, &enrollment(&[]));
        assert_eq!(
            (slots[0].start, slots[0].earliest_end, slots[0].end),
            (date(2026, 11, 23), date(2026, 11, 23), date(2026, 11, 24))
        );
        assert_eq!(
            (slots[1].start, slots[1].earliest_end, slots[1].end),
            (date(2026, 11, 25), date(2026, 12, 1), date(2026, 12, 8))
        );
        // 3 months = 84 days from Dec 9.
        assert_eq!((slots[2].start, slots[2].end), (date(2026, 12, 9), date(2027, 3, 2)));
    }

    #[test]
    fn a_pause_moves_the_projects_after_it() {
        let r = parse_str(PROJECTS, "test").unwrap();
        let slots = project_slots(&r, &enrollment(&[date(2026, 11, 30)]));
        assert_eq!(slots[0].end, date(2026, 11, 24));
        assert_eq!(slots[1].earliest_end, date(2026, 12, 8));
        assert_eq!(slots[1].end, date(2026, 12, 15));
    }
}
