//! What the roadmap says about a week and a weekday: the phases holding the
//! week at every level (named as the learner's plan has them: a dated month
//! started on another date becomes "Month 1 of 7", and a self-paced project
//! is the phase of its days), the week's detail, and the weekday's role.

use chrono::{NaiveDate, Weekday};

use super::calendar::monday_of;
use super::model::{DayRoleRef, Enrollment, PhaseRef};
use super::projects::project_slots;
use super::span::phase_days;
use super::weeks::week_at;
use crate::roadmap::{DayRole, Phase, Roadmap, WeekDetail};

/// The phases holding roadmap week `week`, one per level in file order when
/// levels overlap, outermost (longest) first; ties keep file order.
/// The innermost of some phases given with their week spans: the shortest
/// span, the first on a tie. One rule for "the phase a week is in" when
/// phases nest (a month inside a quarter).
pub fn innermost<T>(spans: impl IntoIterator<Item = (T, [u32; 2])>) -> Option<T> {
    spans
        .into_iter()
        .enumerate()
        .min_by_key(|(i, (_, [first, last]))| (last.saturating_sub(*first), *i))
        .map(|(_, (phase, _))| phase)
}

/// Every phase holding `date` in the learner's plan (its days, see
/// `span::phase_days`), outermost (longest) first; ties keep file order.
pub fn phases_on(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> Vec<PhaseRef> {
    let mut holding: Vec<(usize, &Phase, (NaiveDate, NaiveDate))> = roadmap
        .phases
        .iter()
        .enumerate()
        .filter_map(|(index, phase)| phase_days(roadmap, enrollment, phase).map(|days| (index, phase, days)))
        .filter(|(_, _, (first, last))| (*first..=*last).contains(&date))
        .collect();
    holding.sort_by_key(|(index, _, (first, last))| (std::cmp::Reverse(*last - *first), *index));
    holding
        .into_iter()
        .map(|(_, phase, days)| phase_ref(phase, enrollment, days))
        .collect()
}

fn phase_ref(phase: &Phase, enrollment: &Enrollment, (first, last): (NaiveDate, NaiveDate)) -> PhaseRef {
    PhaseRef {
        id: phase.id.clone(),
        level: phase.level.clone(),
        title: phase.title.clone(),
        // A phase with only a subtitle (genai-engineering's "What every GenAI
        // engineer must know") says what it is about with it, as a project's tagline does.
        focus: phase.focus.clone().or_else(|| phase.subtitle.clone()),
        weeks: [week_number(enrollment, first), week_number(enrollment, last)],
        days: [first, last],
        by_months: phase.months.is_some(),
    }
}

/// The roadmap week holding `day` (week 1 at the least; a paused week is
/// read as the week that resumes after it).
fn week_number(enrollment: &Enrollment, day: NaiveDate) -> u32 {
    let week = match week_at(enrollment, day) {
        Ok(week) | Err(week) => week,
    };
    u32::try_from(week.max(1)).unwrap_or(u32::MAX)
}

/// The phases of the learner's plan on `date`: the roadmap's phases holding
/// it (outermost first, titled by [`phase_title`]), then the self-paced
/// project planned for that day, as the innermost phase (level `project`,
/// its tagline as the focus).
pub fn plan_phases(roadmap: &Roadmap, enrollment: &Enrollment, date: NaiveDate) -> Vec<PhaseRef> {
    let mut phases = phases_on(roadmap, enrollment, date);
    for phase in &mut phases {
        if let Some(source) = roadmap.phases.iter().find(|p| p.id == phase.id) {
            phase.title = phase_title(roadmap, enrollment, source);
        }
    }
    let slots = project_slots(roadmap, enrollment);
    if let Some(slot) = slots.iter().find(|slot| (slot.start..=slot.end).contains(&date)) {
        let tagline = roadmap
            .projects
            .iter()
            .find(|p| p.id == slot.id)
            .and_then(|p| p.tagline.clone());
        phases.push(PhaseRef {
            id: slot.id.clone(),
            level: "project".to_owned(),
            title: slot.title.clone(),
            focus: tagline,
            weeks: [week_number(enrollment, slot.start), week_number(enrollment, slot.end)],
            days: [slot.start, slot.end],
            by_months: false,
        });
    }
    phases
}

/// Whether the learner started a calendar-dated roadmap in another week than
/// the one it suggests: its dated phase titles ("February 2026") then name
/// the wrong months.
///
/// A roadmap measured in weeks is on its dates when started in the
/// suggested week; one measured in months, or ending on a fixed day, only
/// when started on the suggested day (its months count from the start).
pub fn started_off_dates(roadmap: &Roadmap, enrollment: &Enrollment) -> bool {
    let by_day = roadmap.months.is_some() || roadmap.ends.is_some();
    roadmap.suggested_start.is_some_and(|suggested| {
        if by_day {
            suggested != enrollment.start
        } else {
            monday_of(suggested) != monday_of(enrollment.start)
        }
    })
}

/// A phase's title in the learner's plan: its own, unless the roadmap was
/// started off its dates and the title names a date; then its place among
/// the phases of its level ("Month 1 of 7"), which stays true on any start.
pub fn phase_title(roadmap: &Roadmap, enrollment: &Enrollment, phase: &Phase) -> String {
    if !started_off_dates(roadmap, enrollment) || !names_a_date(&phase.title) {
        return phase.title.clone();
    }
    let mut same_level: Vec<&Phase> = roadmap
        .phases
        .iter()
        .filter(|p| p.level == phase.level && (p.weeks.is_some() || p.months.is_some()))
        .collect();
    same_level.sort_by_key(|p| p.months.or(p.weeks).map(|[first, _]| first));
    match same_level.iter().position(|p| p.id == phase.id) {
        Some(index) => format!("{} {} of {}", capitalized(&phase.level), index + 1, same_level.len()),
        None => phase.title.clone(),
    }
}

/// True when a title names a calendar date: a year (`2026`) or a month (`February`).
pub fn names_a_date(title: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    title.split(|c: char| !c.is_alphanumeric()).any(|word| {
        let year = word.len() == 4 && word.parse::<u32>().is_ok_and(|y| (1900..2200).contains(&y));
        year || MONTHS.contains(&word)
    })
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
        minutes: role.minutes,
        blocks: role.blocks,
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
        let e = enrollment(date(2026, 11, 2));
        let ids = |day| phases_on(&r, &e, day).into_iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(ids(date(2026, 12, 16)), ["q1", "sprint-2"], "week 7");
        assert_eq!(ids(date(2026, 11, 10)), ["q1"], "week 2");
        assert!(ids(date(2027, 1, 26)).is_empty(), "week 13");
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

    const DATED: &str = r#"
id = "dated"
title = "Dated"
summary = "s"
weeks = 12
suggested_start = "2026-02-02"
[[phases]]
id = "feb"
level = "month"
title = "February 2026"
weeks = [1, 4]
focus = "Foundations"
[[phases]]
id = "mar"
level = "month"
title = "March 2026"
weeks = [5, 8]
[[phases]]
id = "apr"
level = "month"
title = "Deployment month"
weeks = [9, 12]
"#;

    fn enrollment(start: NaiveDate) -> Enrollment {
        Enrollment {
            roadmap_id: "dated".into(),
            start,
            daily_minutes: 120,
            paused_weeks: vec![],
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_dated_month_started_in_november_is_named_by_its_place_not_its_old_date() {
        let r = parse_str(DATED, "test").unwrap();
        let november = enrollment(date(2026, 11, 2));
        let titles = |e: &Enrollment, _week: u32, day| {
            plan_phases(&r, e, day)
                .into_iter()
                .map(|p| (p.title, p.focus))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            titles(&november, 2, date(2026, 11, 10)),
            [("Month 1 of 3".to_owned(), Some("Foundations".to_owned()))]
        );
        assert_eq!(titles(&november, 6, date(2026, 12, 8))[0].0, "Month 2 of 3");
        assert_eq!(
            titles(&november, 10, date(2027, 1, 5))[0].0,
            "Deployment month",
            "a title without a date stays"
        );
        // Started on the suggested week (a Wednesday in it), the dates are true.
        let february = enrollment(date(2026, 2, 4));
        assert_eq!(titles(&february, 1, date(2026, 2, 4))[0].0, "February 2026");
    }

    #[test]
    fn a_date_in_a_title_is_a_year_or_a_month_name() {
        assert!(names_a_date("February 2026"));
        assert!(names_a_date("Q1 2026: Foundations"));
        assert!(names_a_date("Spring (April)"));
        assert!(!names_a_date("Block 1: The Mathematician's Forge"));
        assert!(!names_a_date("Top 10000 words"));
    }

    #[test]
    fn a_project_roadmap_names_the_days_project_as_its_phase() {
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
tagline = "Interrogate any PDF"
effort = { min = 1, max = 2, unit = "weeks" }
"#,
            "test",
        )
        .unwrap();
        let e = enrollment(date(2026, 11, 2));
        let phases = plan_phases(&r, &e, date(2026, 11, 10));
        assert_eq!(phases.len(), 1, "{phases:?}");
        assert_eq!(phases[0].level, "project");
        assert_eq!(phases[0].title, "02. RAG");
        assert_eq!(phases[0].focus.as_deref(), Some("Interrogate any PDF"));
        assert_eq!(phases[0].weeks, [1, 3]);
        assert_eq!(plan_phases(&r, &e, date(2026, 11, 2))[0].id, "chatbot");
    }
}
