//! Weeks: a known, positive length, and every week a roadmap names inside it;
//! phases of one level that do not overlap; one detail per week.

use std::collections::HashMap;

use super::{ItemPath, Problem};
use crate::roadmap::model::Roadmap;

/// Longest roadmap accepted: ten years. Keeps the planner's loops bounded.
pub const MAX_WEEKS: u32 = 520;

pub(super) fn check(r: &Roadmap, problems: &mut Vec<Problem>) {
    let Some(len) = check_length(r, problems) else {
        return;
    };
    let root = ItemPath::root();
    let mut in_track = |week: u32, what: String, at: ItemPath| {
        if week == 0 || week > len {
            problems.push(Problem::new(
                at,
                format!("{what} names week {week}, which does not exist; expected a week from 1 to {len}"),
            ));
        }
    };
    for (p, phase) in r.phases.iter().enumerate() {
        let at = root.item("phases", p);
        for (i, d) in phase.deliverables.iter().enumerate() {
            if let Some(week) = d.week {
                in_track(
                    week,
                    format!("deliverable `{}`", d.id),
                    at.item("deliverables", i).key("week"),
                );
            }
        }
    }
    for (w, detail) in r.week_details.iter().enumerate() {
        let at = root.item("week_details", w);
        in_track(detail.week, format!("week detail `{}`", detail.id), at.key("week"));
        for (i, d) in detail.deliverables.iter().enumerate() {
            if let Some(week) = d.week {
                in_track(
                    week,
                    format!("deliverable `{}`", d.id),
                    at.item("deliverables", i).key("week"),
                );
            }
        }
    }
    for (i, m) in r.milestones.iter().enumerate() {
        if let Some(week) = m.week {
            in_track(
                week,
                format!("milestone `{}`", m.id),
                root.item("milestones", i).key("week"),
            );
        }
    }
    for (i, checkpoint) in r.checkpoints.iter().enumerate() {
        let at = root.item("checkpoints", i);
        if let Some(week) = checkpoint.start_week {
            in_track(week, format!("checkpoint `{}`", checkpoint.id), at.key("start_week"));
        }
        for week in &checkpoint.weeks {
            in_track(*week, format!("checkpoint `{}`", checkpoint.id), at.key("weeks"));
        }
    }
    for (i, track) in r.parallel_tracks.iter().enumerate() {
        for (t, task) in track.tasks.iter().enumerate() {
            if let Some(week) = task.start_week {
                let at = root.item("parallel_tracks", i).item("tasks", t).key("start_week");
                in_track(week, format!("recurring task `{}`", task.id), at);
            }
        }
    }
    for (i, track) in r.parallel_tracks.iter().enumerate() {
        if track.start_week == 0 || track.start_week > len {
            problems.push(Problem::new(
                root.item("parallel_tracks", i).key("start_week"),
                format!(
                    "parallel track `{}` has start_week = {}, which does not exist; expected a week from 1 to {len}",
                    track.id, track.start_week
                ),
            ));
        }
    }
    check_phases(r, len, problems);
    check_unique_weeks(r, problems);
    check_cadences(r, len, problems);
}

/// The length in weeks when it is known and usable, reporting why not otherwise.
fn check_length(r: &Roadmap, problems: &mut Vec<Problem>) -> Option<u32> {
    let root = ItemPath::root();
    match r.weeks {
        None if r.projects.is_empty() && r.months.is_none() && r.ends.is_none() => {
            problems.push(Problem::new(
                root.key("id"),
                "the roadmap has no length; expected `weeks = N`, `months = N`, `ends = DATE` or at least one \
                 [[projects]] entry to take the length from"
                    .to_owned(),
            ));
            None
        }
        Some(0) => {
            problems.push(Problem::new(
                root.key("weeks"),
                "weeks = 0; expected a length of at least 1 week".to_owned(),
            ));
            None
        }
        Some(weeks) if weeks > MAX_WEEKS => {
            problems.push(Problem::new(
                root.key("weeks"),
                format!("weeks = {weeks}; expected at most {MAX_WEEKS} weeks (ten years)"),
            ));
            None
        }
        Some(weeks) => Some(weeks),
        None => {
            let len = r.length_weeks();
            if len > MAX_WEEKS {
                let (key, what) = match (r.months, r.ends) {
                    (Some(_), _) => ("months", "the months span"),
                    (None, Some(_)) => ("ends", "the dates span"),
                    (None, None) => ("projects", "the projects add up to"),
                };
                problems.push(Problem::new(
                    root.key(key),
                    format!("{what} {len} weeks; expected at most {MAX_WEEKS} weeks (ten years)"),
                ));
                return None;
            }
            Some(len)
        }
    }
}

/// Phase ranges inside the track, in order, and not overlapping within a level.
fn check_phases(r: &Roadmap, len: u32, problems: &mut Vec<Problem>) {
    let root = ItemPath::root();
    let mut by_level: HashMap<&str, Vec<(u32, u32, usize)>> = HashMap::new();
    for (p, phase) in r.phases.iter().enumerate() {
        let Some([start, end]) = phase.weeks else { continue };
        let at = root.item("phases", p).key("weeks");
        if start == 0 || start > end || end > len {
            problems.push(Problem::new(
                at,
                format!(
                    "phase `{}` has weeks = [{start}, {end}]; expected [first, last] with 1 <= first <= last <= {len}",
                    phase.id
                ),
            ));
            continue;
        }
        by_level.entry(phase.level.as_str()).or_default().push((start, end, p));
    }
    for (level, mut ranges) in by_level {
        ranges.sort_unstable();
        // The range reaching furthest so far: any later start at or before its end overlaps it.
        let mut furthest: Option<(u32, u32, usize)> = None;
        for (start, end, p) in ranges {
            if let Some((f_start, f_end, f)) = furthest {
                if start <= f_end {
                    problems.push(Problem::with_other(
                        root.item("phases", p).key("weeks"),
                        format!(
                            "phase `{}` (weeks {start}-{end}) overlaps phase `{}` (weeks {f_start}-{f_end}) of the same \
                             level `{level}`; expected phases of one level not to share weeks",
                            r.phases[p].id, r.phases[f].id
                        ),
                        root.item("phases", f).key("weeks"),
                    ));
                }
                if end <= f_end {
                    continue;
                }
            }
            furthest = Some((start, end, p));
        }
    }
}

/// At most one week detail per week.
fn check_unique_weeks(r: &Roadmap, problems: &mut Vec<Problem>) {
    let root = ItemPath::root();
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for (w, detail) in r.week_details.iter().enumerate() {
        if let Some(&first) = seen.get(&detail.week) {
            problems.push(Problem::with_other(
                root.item("week_details", w).key("week"),
                format!(
                    "week {} already has a detail (`{}`); expected one [[week_details]] entry per week",
                    detail.week, r.week_details[first].id
                ),
                root.item("week_details", first).key("week"),
            ));
        } else {
            seen.insert(detail.week, w);
        }
    }
}

/// Checkpoints every 1..=length weeks with questions; recurring tasks every >= 1 week, count >= 1.
fn check_cadences(r: &Roadmap, len: u32, problems: &mut Vec<Problem>) {
    let root = ItemPath::root();
    for (k, checkpoint) in r.checkpoints.iter().enumerate() {
        let at = root.item("checkpoints", k);
        if checkpoint.every_weeks == 0 || checkpoint.every_weeks > len {
            problems.push(Problem::new(
                at.key("every_weeks"),
                format!(
                    "checkpoint `{}` has every_weeks = {}; expected 1 to {len} so that it falls inside the track",
                    checkpoint.id, checkpoint.every_weeks
                ),
            ));
        }
        if checkpoint.questions.is_empty() {
            problems.push(Problem::new(
                at.key("questions"),
                format!("checkpoint `{}` has no questions; expected at least one", checkpoint.id),
            ));
        }
    }
    for (t, track) in r.parallel_tracks.iter().enumerate() {
        for (i, task) in track.tasks.iter().enumerate() {
            let at = root.item("parallel_tracks", t).item("tasks", i);
            if task.every_weeks == Some(0) {
                problems.push(Problem::new(
                    at.key("every_weeks"),
                    format!(
                        "recurring task `{}` has every_weeks = 0; expected 1 (weekly) or more, or no every_weeks \
                         for an ongoing habit",
                        task.id
                    ),
                ));
            }
            if task.count == 0 {
                problems.push(Problem::new(
                    at.key("count"),
                    format!("recurring task `{}` has count = 0; expected 1 or more", task.id),
                ));
            }
        }
    }
}
