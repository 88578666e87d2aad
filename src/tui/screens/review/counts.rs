//! The Review's counts, each named for what it counts: of the items due in
//! the shown week, how many are done ("2 due this week · 1 done"), those
//! done that week though due another ("+1 from another week"), and the open
//! items of the week's phase ("Transformers: 4 open").

use crate::plan::{DueItem, ItemState};
use crate::study::Snapshot;
use crate::study::rules::innermost;

/// `due` are the items due in the week, `done_in_week` those marked done
/// during it (whenever due); `done` names the state ("done", "reached").
pub fn due_and_done(due: &[DueItem], done_in_week: &[DueItem], done: &str) -> String {
    let done_of_due = due.iter().filter(|d| d.state == Some(ItemState::Done)).count();
    let mut text = match due.len() {
        0 => "none due this week".to_owned(),
        n => format!("{n} due this week · {done_of_due} {done}"),
    };
    let other = done_in_week
        .iter()
        .filter(|d| !due.iter().any(|due| due.id == d.id))
        .count();
    match (other, due.is_empty()) {
        (0, _) => {}
        (_, true) => text.push_str(&format!(" · {other} {done}, from another week")),
        (_, false) => text.push_str(&format!(", +{other} from another week")),
    }
    text
}

/// The innermost phase of the shown week and how many of its items are still
/// open (deliverables, the milestones due inside it, the week's project):
/// `Transformers: 4 open`. `None` for a week outside the plan's phases.
pub fn phase_open(data: &Snapshot) -> Option<String> {
    let days = data
        .week
        .days
        .iter()
        .filter(|d| d.phases.iter().any(|p| p.level != "project"));
    let last = days.clone().next_back()?;
    let phase = innermost(
        last.phases
            .iter()
            .filter(|p| p.level != "project")
            .map(|p| (p, p.weeks)),
    )?;
    let mut open: Vec<&str> = Vec::new();
    for item in days.flat_map(|d| d.open_deliverables.iter()) {
        if !open.contains(&item.id.as_str()) {
            open.push(&item.id);
        }
    }
    Some(match open.len() {
        0 => format!("{}: nothing open", phase.title),
        n => format!("{}: {n} open", phase.title),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::plan::DueKind;

    fn item(id: &str, state: Option<ItemState>) -> DueItem {
        DueItem {
            id: id.into(),
            kind: DueKind::Deliverable,
            title: id.into(),
            week: 8,
            due: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            state,
        }
    }

    #[test]
    fn done_counts_the_items_due_and_names_those_from_other_weeks_apart() {
        let due = [item("a", Some(ItemState::Done)), item("b", None)];
        let done = [item("a", Some(ItemState::Done)), item("late", Some(ItemState::Done))];
        assert_eq!(
            due_and_done(&due, &done, "done"),
            "2 due this week · 1 done, +1 from another week"
        );
        assert_eq!(due_and_done(&due, &done[..1], "done"), "2 due this week · 1 done");
        assert_eq!(
            due_and_done(&[], &done[1..], "reached"),
            "none due this week · 1 reached, from another week"
        );
        assert_eq!(due_and_done(&[], &[], "done"), "none due this week");
    }
}
