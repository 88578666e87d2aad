//! Dated roadmap items: deliverables, milestones and projects, each with its
//! due day (see `span`), the roadmap week holding it, and the learner's state.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::calendar::add_days;
use super::model::{DueItem, DueKind, Enrollment, ItemState, ItemStatus};
use super::projects::project_slots;
use super::recurring::{occurrence_id, task_falls_in};
use super::span::{DueDefault, DueWhen, due_day, plan_weeks, planned_finish};
use super::weeks::{monday_of_week, week_at};
use crate::roadmap::Roadmap;

/// The latest status of each item: when an item has several statuses, the
/// one set last wins (the later in the list on the same day).
pub fn latest_statuses(statuses: &[ItemStatus]) -> HashMap<&str, &ItemStatus> {
    let mut latest: HashMap<&str, &ItemStatus> = HashMap::new();
    for status in statuses {
        match latest.get(status.item_id.as_str()) {
            Some(seen) if seen.on > status.on => {}
            _ => {
                latest.insert(status.item_id.as_str(), status);
            }
        }
    }
    latest
}

/// The latest state of each item (see `latest_statuses`).
pub fn states(statuses: &[ItemStatus]) -> HashMap<&str, ItemState> {
    latest_statuses(statuses)
        .into_iter()
        .map(|(id, status)| (id, status.state))
        .collect()
}

/// Whether a state counts as settled for pace (done or skipped).
pub fn is_settled(state: Option<ItemState>) -> bool {
    matches!(state, Some(ItemState::Done | ItemState::Skipped))
}

/// Every dated item of the roadmap, sorted by due date (then deliverables,
/// milestones, projects, then file order).
///
/// Each item is due on the day `span::due_day` gives it: the week, month or
/// date it names, else its phase's last day (a self-paced phase: the plan's
/// last day), its week detail's Sunday, or the plan's last day for a
/// milestone; projects on the Sunday of the week their upper estimate ends.
/// An item's week is the roadmap week holding its due day.
pub fn due_items(roadmap: &Roadmap, enrollment: &Enrollment, statuses: &[ItemStatus]) -> Vec<DueItem> {
    let weeks = plan_weeks(roadmap, enrollment);
    let finish = planned_finish(roadmap, enrollment);
    let week_of = |day: NaiveDate| {
        let week = match week_at(enrollment, day) {
            Ok(week) | Err(week) => week,
        };
        u32::try_from(week.clamp(1, i64::from(weeks))).unwrap_or(1)
    };
    let states = states(statuses);
    let mut items = Vec::new();
    let mut push = |id: &str, kind: DueKind, title: &str, due: NaiveDate| {
        items.push(DueItem {
            id: id.to_owned(),
            kind,
            title: title.to_owned(),
            week: week_of(due),
            due,
            state: states.get(id).copied(),
        });
    };
    let due = |when: DueWhen, default: DueDefault<'_>| due_day(roadmap, enrollment, when, default);
    for phase in &roadmap.phases {
        for d in &phase.deliverables {
            push(
                &d.id,
                DueKind::Deliverable,
                &d.title,
                due(DueWhen::from(d), DueDefault::Phase(phase)),
            );
        }
    }
    for detail in &roadmap.week_details {
        for d in &detail.deliverables {
            let default = DueDefault::Week(detail.week);
            push(&d.id, DueKind::Deliverable, &d.title, due(DueWhen::from(d), default));
        }
    }
    for m in &roadmap.milestones {
        push(
            &m.id,
            DueKind::Milestone,
            &m.title,
            due(DueWhen::from(m), DueDefault::Plan),
        );
    }
    for slot in project_slots(roadmap, enrollment) {
        let week = DueWhen {
            week: Some(week_of(slot.end)),
            ..DueWhen::default()
        };
        push(&slot.id, DueKind::Project, &slot.title, due(week, DueDefault::Plan));
    }
    // Each week's occurrence of a task of a track that is not optional is an item of its own.
    for track in roadmap.parallel_tracks.iter().filter(|track| !track.optional) {
        for task in &track.tasks {
            for week in (1..=weeks).filter(|week| task_falls_in(track, task, *week)) {
                let when = DueWhen {
                    week: Some(week),
                    day: task.day,
                    ..DueWhen::default()
                };
                // An occurrence whose day comes after the plan's last day (a mock exam the
                // Saturday after the exam) is not planned at all.
                let offset = task.day.map_or(6, crate::roadmap::DueDay::days_from_monday);
                if add_days(monday_of_week(enrollment, week), offset) > finish {
                    continue;
                }
                let id = occurrence_id(&task.id, week);
                push(&id, DueKind::Recurring, &task.title, due(when, DueDefault::Plan));
            }
        }
    }
    items.sort_by_key(|item| (item.due, kind_order(item.kind)));
    items
}

fn kind_order(kind: DueKind) -> u8 {
    match kind {
        DueKind::Deliverable => 0,
        DueKind::Milestone => 1,
        DueKind::Project => 2,
        DueKind::Recurring => 3,
    }
}

/// Whether an item is late on `today`: due before today and not settled.
/// A recurring task's occurrence is never late: once its day has passed it
/// was missed (pace counts it), and the next one is what matters.
pub fn is_late(item: &DueItem, today: NaiveDate) -> bool {
    item.due < today && !is_settled(item.state) && item.kind != DueKind::Recurring
}

/// The items due in roadmap week `week`.
pub fn due_in_week(items: &[DueItem], week: u32) -> Vec<DueItem> {
    items.iter().filter(|item| item.week == week).cloned().collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const ROADMAP: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 8
[[phases]]
id = "sprint-1"
level = "sprint"
title = "Foundations"
weeks = [1, 4]
deliverables = [
  { id = "repo", title = "Repo set up", week = 1 },
  { id = "mlp", title = "MLP from scratch" },
]
[[week_details]]
id = "week-2"
week = 2
title = "Backprop"
deliverables = [{ id = "backprop", title = "Backprop by hand" }]
[[milestones]]
id = "m-first"
title = "First model"
week = 4
[[milestones]]
id = "m-end"
title = "Portfolio"
"#;

    fn enrollment(paused: &[NaiveDate]) -> Enrollment {
        Enrollment {
            roadmap_id: "r".into(),
            start: date(2026, 11, 23),
            daily_minutes: 120,
            paused_weeks: paused.to_vec(),
        }
    }

    fn status(id: &str, state: ItemState, on: NaiveDate) -> ItemStatus {
        ItemStatus {
            item_id: id.into(),
            state,
            on,
        }
    }

    #[test]
    fn items_fall_due_on_the_sunday_of_their_week() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let items = due_items(&r, &enrollment(&[]), &[]);
        let got: Vec<_> = items.iter().map(|i| (i.id.as_str(), i.week, i.due)).collect();
        assert_eq!(
            got,
            [
                ("repo", 1, date(2026, 11, 29)),
                ("backprop", 2, date(2026, 12, 6)),
                ("mlp", 4, date(2026, 12, 20)),
                ("m-first", 4, date(2026, 12, 20)),
                ("m-end", 8, date(2027, 1, 17)),
            ]
        );
    }

    #[test]
    fn pauses_shift_due_dates() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let items = due_items(&r, &enrollment(&[date(2026, 12, 14)]), &[]);
        let mlp = items.iter().find(|i| i.id == "mlp").unwrap();
        assert_eq!((mlp.week, mlp.due), (4, date(2026, 12, 27)));
        let backprop = items.iter().find(|i| i.id == "backprop").unwrap();
        assert_eq!(backprop.due, date(2026, 12, 6));
    }

    #[test]
    fn the_latest_status_wins() {
        let r = parse_str(ROADMAP, "test").unwrap();
        let statuses = [
            status("repo", ItemState::Done, date(2026, 11, 28)),
            status("repo", ItemState::InProgress, date(2026, 11, 24)),
            status("mlp", ItemState::Skipped, date(2026, 11, 24)),
        ];
        let items = due_items(&r, &enrollment(&[]), &statuses);
        let state = |id: &str| items.iter().find(|i| i.id == id).unwrap().state;
        assert_eq!(state("repo"), Some(ItemState::Done));
        assert_eq!(state("mlp"), Some(ItemState::Skipped));
        assert_eq!(state("backprop"), None);
        assert_eq!(due_in_week(&items, 4).len(), 2);
        let late: Vec<_> = items
            .iter()
            .filter(|i| is_late(i, date(2026, 12, 7)))
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(late, ["backprop"]);
    }

    #[test]
    fn projects_fall_due_in_the_week_their_upper_estimate_ends() {
        let r = parse_str(
            r#"
id = "p"
title = "P"
summary = "s"
[[projects]]
id = "chatbot"
title = "Chatbot"
effort = { min = 1, max = 2, unit = "weeks" }
[[projects]]
id = "rag"
title = "RAG"
effort = { min = 3, max = 10, unit = "days" }
"#,
            "test",
        )
        .unwrap();
        let items = due_items(&r, &enrollment(&[]), &[]);
        let got: Vec<_> = items.iter().map(|i| (i.id.as_str(), i.kind, i.week, i.due)).collect();
        assert_eq!(
            got,
            [
                ("chatbot", DueKind::Project, 2, date(2026, 12, 6)),
                ("rag", DueKind::Project, 4, date(2026, 12, 20))
            ]
        );
    }
}
