//! What recurs: parallel-track tasks, checkpoints and weekly metric targets.
//!
//! One cadence rule for both (`falls_in`): something that recurs every N
//! weeks from week S falls in weeks S, S+N, S+2N, ... A recurring task
//! starts in its own `start_week`, else its track's; a checkpoint in its
//! `start_week`, else in week N (a check after N weeks of work), or it lists
//! its `weeks` one by one. Each week's occurrence of a task has its own id
//! (`mock-exam@w3`), so it can be ticked apart from the others.

use super::model::{CheckpointDue, MetricTarget, RecurringDue};
use crate::roadmap::{ParallelTrack, RecurringTask, Roadmap};

/// Whether something recurring every `every` weeks from week `first` falls
/// in `week` (a cadence of 0 is read as weekly).
pub fn falls_in(first: u32, every: u32, week: u32) -> bool {
    week.checked_sub(first.max(1))
        .is_some_and(|since| since.is_multiple_of(every.max(1)))
}

/// Whether a track's task falls in roadmap week `week`.
pub fn task_falls_in(track: &ParallelTrack, task: &RecurringTask, week: u32) -> bool {
    let first = task.start_week.unwrap_or(track.start_week);
    falls_in(first, task.every_weeks.unwrap_or(1), week)
}

/// The id of a recurring task's occurrence in roadmap week `week`.
pub fn occurrence_id(task_id: &str, week: u32) -> String {
    format!("{task_id}@w{week}")
}

/// The task id and week of an occurrence id (`mock-exam@w3`), if it is one.
pub fn parse_occurrence(id: &str) -> Option<(&str, u32)> {
    let (task, week) = id.split_once("@w")?;
    let week = week.parse().ok().filter(|w| *w > 0)?;
    (!task.is_empty()).then_some((task, week))
}

/// The parallel-track tasks falling in roadmap week `week`.
///
/// A task with `every_weeks = N` falls every N weeks from its start (see
/// [`falls_in`]); a task without a cadence is an ongoing habit and shows
/// every week from its start (as does `every_weeks = 0`).
pub fn recurring_in_week(roadmap: &Roadmap, week: u32) -> Vec<RecurringDue> {
    let mut due = Vec::new();
    for track in &roadmap.parallel_tracks {
        for task in track.tasks.iter().filter(|task| task_falls_in(track, task, week)) {
            due.push(RecurringDue {
                track_id: track.id.clone(),
                track_title: track.title.clone(),
                task_id: task.id.clone(),
                title: task.title.clone(),
                count: task.count,
                optional: track.optional,
                day: task.day,
            });
        }
    }
    due
}

/// The checkpoint due in roadmap week `week` (see [`falls_in`]); when two
/// fall in the same week, the first in the file.
pub fn checkpoint_in_week(roadmap: &Roadmap, week: u32) -> Option<CheckpointDue> {
    let falls = |c: &crate::roadmap::Checkpoint| {
        if c.weeks.is_empty() {
            c.every_weeks > 0 && falls_in(c.start_week.unwrap_or(c.every_weeks), c.every_weeks, week)
        } else {
            c.weeks.contains(&week)
        }
    };
    roadmap
        .checkpoints
        .iter()
        .find(|c| week > 0 && falls(c))
        .map(|c| CheckpointDue {
            id: c.id.clone(),
            title: c.title.clone(),
            week,
            questions: c.questions.iter().map(|q| (q.id.clone(), q.text.clone())).collect(),
            note: c.note.clone(),
        })
}

/// The roadmap's weekly metric targets.
pub fn metric_targets(roadmap: &Roadmap) -> Vec<MetricTarget> {
    roadmap
        .metrics
        .iter()
        .map(|m| MetricTarget {
            id: m.id.clone(),
            name: m.name.clone(),
            target: m.target_per_week,
            unit: m.unit.clone(),
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::roadmap::parse_str;

    const TRACKS: &str = r#"
id = "r"
title = "R"
summary = "s"
weeks = 24
[[parallel_tracks]]
id = "career"
title = "Career Parallel Track"
start_week = 6
tasks = [
  { id = "network", title = "Network with people", every_weeks = 1, count = 2 },
  { id = "blog", title = "Write a blog post", every_weeks = 2 },
  { id = "habit", title = "Read the news" },
]
[[checkpoints]]
id = "on-track"
title = "Are you on track?"
every_weeks = 4
questions = [{ id = "q1", text = "Did you ship?" }]
[[metrics]]
id = "algo"
name = "Core Algo"
target_per_week = 1
unit = "algorithm"
"#;

    fn task_ids(week: u32) -> Vec<String> {
        let r = parse_str(TRACKS, "test").unwrap();
        recurring_in_week(&r, week).into_iter().map(|t| t.task_id).collect()
    }

    #[test]
    fn every_2_weeks_counts_from_week_6() {
        assert!(task_ids(5).is_empty());
        assert_eq!(task_ids(6), ["network", "blog", "habit"]);
        assert_eq!(task_ids(7), ["network", "habit"]);
        assert_eq!(task_ids(8), ["network", "blog", "habit"]);
    }

    #[test]
    fn one_cadence_rule_for_tasks_and_checkpoints() {
        assert!(falls_in(3, 2, 3) && falls_in(3, 2, 5) && !falls_in(3, 2, 4) && !falls_in(3, 2, 1));
        assert!(falls_in(1, 0, 7), "a cadence of 0 is weekly");
        let r = parse_str(
            r#"
id = "r"
title = "R"
summary = "s"
weeks = 12
[[checkpoints]]
id = "from-week-3"
title = "Every 4 weeks from week 3"
every_weeks = 4
start_week = 3
questions = [{ id = "q1", text = "?" }]
[[checkpoints]]
id = "listed"
title = "Listed weeks"
every_weeks = 1
weeks = [5, 12]
questions = [{ id = "q2", text = "?" }]
"#,
            "test",
        )
        .unwrap();
        let ids: Vec<(u32, String)> = (1..=12)
            .filter_map(|w| checkpoint_in_week(&r, w).map(|c| (w, c.id)))
            .collect();
        let expected = [
            (3, "from-week-3"),
            (5, "listed"),
            (7, "from-week-3"),
            (11, "from-week-3"),
            (12, "listed"),
        ];
        assert_eq!(ids, expected.map(|(w, id)| (w, id.to_owned())));
    }

    #[test]
    fn occurrence_ids_round_trip() {
        assert_eq!(parse_occurrence(&occurrence_id("mock-exam", 3)), Some(("mock-exam", 3)));
        assert_eq!(parse_occurrence("mock-exam"), None);
        assert_eq!(parse_occurrence("mock-exam@w0"), None);
        assert_eq!(parse_occurrence("@w3"), None);
    }

    #[test]
    fn checkpoint_every_4_weeks() {
        let r = parse_str(TRACKS, "test").unwrap();
        let weeks: Vec<u32> = (1..=13).filter(|w| checkpoint_in_week(&r, *w).is_some()).collect();
        assert_eq!(weeks, [4, 8, 12]);
        let due = checkpoint_in_week(&r, 8).unwrap();
        assert_eq!(due.questions, [("q1".to_owned(), "Did you ship?".to_owned())]);
    }

    #[test]
    fn metrics_carry_their_weekly_target() {
        let r = parse_str(TRACKS, "test").unwrap();
        let metrics = metric_targets(&r);
        assert_eq!((metrics[0].name.as_str(), metrics[0].target), ("Core Algo", 1));
    }
}
