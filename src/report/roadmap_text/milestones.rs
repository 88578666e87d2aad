//! What marks progress along a roadmap, as text: milestones with acceptance
//! criteria and due weeks, checkpoints with the weeks they fall in and their
//! questions, and parallel tracks with their start week and cadences.

use chrono::NaiveDate;

use crate::roadmap::model::{Checkpoint, DueDay, Milestone, ParallelTrack, RecurringTask, Roadmap};

use super::page::Page;
use super::{COLUMN, INDENT, plural};

/// Every milestone after its due week (the roadmap's last week when it names none).
pub(super) fn milestones(page: &mut Page, roadmap: &Roadmap) {
    if roadmap.milestones.is_empty() {
        return;
    }
    page.heading("Milestones");
    for milestone in &roadmap.milestones {
        page.blank();
        milestone_entry(page, milestone, roadmap.length_weeks());
    }
}

fn milestone_entry(page: &mut Page, milestone: &Milestone, last_week: u32) {
    let when = due_words(DueWords {
        week: milestone.week,
        month: milestone.month,
        date: milestone.date,
        day: milestone.day,
    })
    .unwrap_or_else(|| format!("week {last_week}"));
    page.hanging(INDENT, &capitalized(&when), COLUMN - INDENT, &milestone.title);
    if let Some(description) = &milestone.description {
        page.text(COLUMN, description);
    }
    page.list(COLUMN, "Acceptance criteria:", &milestone.acceptance);
}

/// What an item of the file says about when it is due.
pub(super) struct DueWords {
    pub week: Option<u32>,
    pub month: Option<u32>,
    pub date: Option<NaiveDate>,
    pub day: Option<DueDay>,
}

/// When an item is due, in words: "Fri 18 Jun 2027" (a fixed date), "end of
/// month 3", "week 8, Friday" or "week 8"; `None` when it says nothing.
pub(super) fn due_words(when: DueWords) -> Option<String> {
    if let Some(date) = when.date {
        return Some(date.format("%a %-d %b %Y").to_string());
    }
    if let Some(month) = when.month {
        return Some(format!("end of month {month}"));
    }
    let week = when.week?;
    Some(match when.day {
        Some(day) => format!("week {week}, {}", day_name(day)),
        None => format!("week {week}"),
    })
}

fn day_name(day: DueDay) -> &'static str {
    match day {
        DueDay::Monday => "Monday",
        DueDay::Tuesday => "Tuesday",
        DueDay::Wednesday => "Wednesday",
        DueDay::Thursday => "Thursday",
        DueDay::Friday => "Friday",
        DueDay::Saturday => "Saturday",
        DueDay::Sunday => "Sunday",
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every checkpoint with its cadence, the weeks it falls in, questions and note.
pub(super) fn checkpoints(page: &mut Page, roadmap: &Roadmap) {
    if roadmap.checkpoints.is_empty() {
        return;
    }
    page.heading("Checkpoints");
    for checkpoint in &roadmap.checkpoints {
        page.blank();
        checkpoint_entry(page, checkpoint, roadmap.length_weeks());
    }
}

fn checkpoint_entry(page: &mut Page, checkpoint: &Checkpoint, last_week: u32) {
    let every = checkpoint.every_weeks.max(1);
    page.hanging(
        INDENT,
        &format!("Every {}", plural(every, "week")),
        COLUMN - INDENT,
        &checkpoint.title,
    );
    let weeks: Vec<String> = (1..=last_week / every).map(|n| (n * every).to_string()).collect();
    if !weeks.is_empty() {
        page.hanging(COLUMN, "In weeks:", 0, &weeks.join(", "));
    }
    let questions: Vec<&str> = checkpoint.questions.iter().map(|q| q.text.as_str()).collect();
    page.list(COLUMN, "Answer:", &questions);
    if let Some(note) = &checkpoint.note {
        page.text(COLUMN, note);
    }
}

/// Every parallel track from its start week, with each task's cadence.
pub(super) fn parallel_tracks(page: &mut Page, tracks: &[ParallelTrack]) {
    if tracks.is_empty() {
        return;
    }
    page.heading("Parallel tracks");
    for track in tracks {
        page.blank();
        let optional = if track.optional { " (optional)" } else { "" };
        let lead = format!("From week {}", track.start_week);
        page.hanging(INDENT, &lead, COLUMN - INDENT, &format!("{}{optional}", track.title));
        let tasks: Vec<String> = track
            .tasks
            .iter()
            .map(|t| format!("{}: {}", t.title, cadence(t)))
            .collect();
        page.list(COLUMN, "Tasks:", &tasks);
        if let Some(note) = &track.note {
            page.text(COLUMN, note);
        }
    }
}

/// `weekly`, `every 2 weeks`, `2x weekly`, or `ongoing` for a habit with no cadence.
fn cadence(task: &RecurringTask) -> String {
    let every = match task.every_weeks {
        None => "ongoing".to_owned(),
        Some(1) => "weekly".to_owned(),
        Some(n) => format!("every {n} weeks"),
    };
    if task.count > 1 {
        format!("{}x {every}", task.count)
    } else {
        every
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn render(toml_text: &str) -> String {
        let roadmap: Roadmap = toml::from_str(toml_text).unwrap();
        let mut page = Page::new();
        milestones(&mut page, &roadmap);
        checkpoints(&mut page, &roadmap);
        parallel_tracks(&mut page, &roadmap.parallel_tracks);
        page.finish()
    }

    const DATED: &str = r#"
        id = "dated"
        title = "Dated plan"
        summary = "A quarter"
        weeks = 13

        [[milestones]]
        id = "end"
        title = "Publish first blog"
        acceptance = ["README", "demo notebook"]

        [[checkpoints]]
        id = "on-track"
        title = "Are You On Track?"
        every_weeks = 4
        note = "Build more than you study."
        questions = [{ id = "demo", text = "Can I demo something working?" }]

        [[parallel_tracks]]
        id = "career"
        title = "Career Parallel Track"
        start_week = 6
        optional = true
        tasks = [
          { id = "linkedin", title = "Update LinkedIn", every_weeks = 1 },
          { id = "post", title = "Post 1 project update", every_weeks = 2 },
          { id = "network", title = "Network with people", every_weeks = 1, count = 2 },
          { id = "jobs", title = "Track jobs" },
        ]
    "#;

    #[test]
    fn a_milestone_without_a_week_is_due_in_the_last_week() {
        let text = render(DATED);
        assert!(text.contains("  Week 13        Publish first blog\n"), "{text}");
        assert!(text.contains("Acceptance criteria:\n                   - README\n                   - demo notebook"));
    }

    #[test]
    fn checkpoints_name_the_weeks_they_fall_in_and_their_questions() {
        let text = render(DATED);
        assert!(
            text.contains("  Every 4 weeks  Are You On Track?\n                 In weeks: 4, 8, 12\n"),
            "{text}"
        );
        assert!(text.contains("- Can I demo something working?"), "{text}");
        assert!(text.contains("Build more than you study."), "{text}");
    }

    #[test]
    fn parallel_tracks_show_start_week_and_cadence() {
        let text = render(DATED);
        assert!(
            text.contains("  From week 6    Career Parallel Track (optional)"),
            "{text}"
        );
        assert!(text.contains("- Update LinkedIn: weekly"), "{text}");
        assert!(text.contains("- Post 1 project update: every 2 weeks"), "{text}");
        assert!(text.contains("- Network with people: 2x weekly"), "{text}");
        assert!(text.contains("- Track jobs: ongoing"), "{text}");
    }
}
