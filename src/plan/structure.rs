//! What the roadmap says about a week and a weekday: the phases holding the
//! week at every level, the week's detail, and the weekday's role.

use chrono::Weekday;

use super::model::{DayRoleRef, PhaseRef};
use crate::roadmap::{DayRole, Phase, Roadmap, WeekDetail};

/// The phases holding roadmap week `week`, one per level in file order when
/// levels overlap, outermost (longest) first; ties keep file order.
pub fn phases_at(roadmap: &Roadmap, week: u32) -> Vec<PhaseRef> {
    let mut holding: Vec<(usize, &Phase, [u32; 2])> = roadmap
        .phases
        .iter()
        .enumerate()
        .filter_map(|(index, phase)| phase.weeks.map(|weeks| (index, phase, weeks)))
        .filter(|(_, _, [first, last])| (*first..=*last).contains(&week))
        .collect();
    holding.sort_by_key(|(index, _, [first, last])| (std::cmp::Reverse(last.saturating_sub(*first)), *index));
    holding
        .into_iter()
        .map(|(_, phase, weeks)| phase_ref(phase, weeks))
        .collect()
}

fn phase_ref(phase: &Phase, weeks: [u32; 2]) -> PhaseRef {
    PhaseRef {
        id: phase.id.clone(),
        level: phase.level.clone(),
        title: phase.title.clone(),
        focus: phase.focus.clone(),
        weeks,
    }
}

/// The roadmap's detail for week `week`, if it has one.
pub fn week_detail(roadmap: &Roadmap, week: u32) -> Option<&WeekDetail> {
    roadmap.week_details.iter().find(|detail| detail.week == week)
}

/// The role of `weekday` in the roadmap's weekly structure (or the default one).
pub fn day_role(roadmap: &Roadmap, weekday: Weekday) -> DayRoleRef {
    let week = roadmap.weekly_structure();
    let role: DayRole = match weekday {
        Weekday::Mon => week.monday,
        Weekday::Tue => week.tuesday,
        Weekday::Wed => week.wednesday,
        Weekday::Thu => week.thursday,
        Weekday::Fri => week.friday,
        Weekday::Sat => week.saturday,
        Weekday::Sun => week.sunday,
    };
    DayRoleRef {
        weekday,
        role: role.role,
        tasks: role.tasks,
        study: role.study,
    }
}

/// How many days of the week plan study blocks.
pub fn study_days(roadmap: &Roadmap) -> u32 {
    let week = roadmap.weekly_structure();
    [
        week.monday,
        week.tuesday,
        week.wednesday,
        week.thursday,
        week.friday,
        week.saturday,
        week.sunday,
    ]
    .iter()
    .filter(|day| day.study)
    .count() as u32
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    const NESTED: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 12
[[phases]]
id = "sprint-2"
level = "sprint"
title = "Deep Learning Sprint"
weeks = [5, 8]
focus = "Transformers"
[[phases]]
id = "q1"
level = "quarter"
title = "Quarter 1"
weeks = [1, 12]
[[phases]]
id = "self-paced"
title = "No weeks"
[[week_details]]
id = "week-7"
week = 7
title = "The Transformer Implementation"
concept = "Attention"
code = ["src/attention.py"]
"#;

    #[test]
    fn phases_at_two_levels_come_outermost_first() {
        let r = parse_str(NESTED, "test").unwrap();
        let ids: Vec<_> = phases_at(&r, 7).into_iter().map(|p| p.id).collect();
        assert_eq!(ids, ["q1", "sprint-2"]);
        let ids: Vec<_> = phases_at(&r, 2).into_iter().map(|p| p.id).collect();
        assert_eq!(ids, ["q1"]);
        assert!(phases_at(&r, 13).is_empty());
    }

    #[test]
    fn week_7_detail_is_found() {
        let r = parse_str(NESTED, "test").unwrap();
        let detail = week_detail(&r, 7).unwrap();
        assert_eq!(detail.title, "The Transformer Implementation");
        assert_eq!(detail.code, ["src/attention.py"]);
        assert!(week_detail(&r, 6).is_none());
    }

    #[test]
    fn default_week_reviews_on_sunday_without_study() {
        let r = parse_str(NESTED, "test").unwrap();
        let sunday = day_role(&r, Weekday::Sun);
        assert_eq!(sunday.role, "Review and reset");
        assert!(!sunday.study);
        assert_eq!(day_role(&r, Weekday::Tue).role, "Implement + test");
        assert_eq!(study_days(&r), 6);
    }
}
