//! What recurs: parallel-track tasks, checkpoints and weekly metric targets.

use super::model::{CheckpointDue, MetricTarget, RecurringDue};
use crate::roadmap::Roadmap;

/// The parallel-track tasks falling in roadmap week `week`.
///
/// A track runs from its `start_week`; a task with `every_weeks = N` falls in
/// the start week and every N weeks after it; a task without a cadence is an
/// ongoing habit and shows every week the track runs (as does `every_weeks = 0`).
pub fn recurring_in_week(roadmap: &Roadmap, week: u32) -> Vec<RecurringDue> {
    let mut due = Vec::new();
    for track in &roadmap.parallel_tracks {
        let Some(since_start) = week.checked_sub(track.start_week.max(1)) else {
            continue;
        };
        for task in &track.tasks {
            let every = task.every_weeks.unwrap_or(1).max(1);
            if since_start % every == 0 {
                due.push(RecurringDue {
                    track_id: track.id.clone(),
                    track_title: track.title.clone(),
                    task_id: task.id.clone(),
                    title: task.title.clone(),
                    count: task.count,
                    optional: track.optional,
                });
            }
        }
    }
    due
}

/// The checkpoint due in roadmap week `week` (weeks N, 2N, ...); when two
/// fall in the same week, the first in the file.
pub fn checkpoint_in_week(roadmap: &Roadmap, week: u32) -> Option<CheckpointDue> {
    roadmap
        .checkpoints
        .iter()
        .find(|c| c.every_weeks > 0 && week > 0 && week.is_multiple_of(c.every_weeks))
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
