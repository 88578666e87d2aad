//! A whole roadmap as readable plain text (`studyplan roadmap show ID`): every
//! fact of the file, in the order a learner reads a roadmap. Aligned, no colours;
//! every string from the file goes through `clean_line` (see [`page`]).

mod milestones;
mod page;
mod projects;
mod schedule;

use chrono::{Datelike, Days, NaiveDate};

use crate::roadmap::model::{Deliverable, Phase, Roadmap, WeekDetail};
use page::Page;

/// Where the text of an item starts, after its week column (`Every 4 weeks`).
const COLUMN: usize = 17;
/// Indent of the week column.
const INDENT: usize = 2;

/// The whole roadmap as plain text, ending with a newline.
pub fn render_roadmap(roadmap: &Roadmap) -> String {
    let mut page = Page::new();
    header(&mut page, roadmap);
    schedule::daily(&mut page, roadmap);
    schedule::weekly(&mut page, roadmap);
    labels(&mut page, roadmap);
    phases(&mut page, roadmap);
    week_details(&mut page, &roadmap.week_details);
    milestones::milestones(&mut page, roadmap);
    milestones::checkpoints(&mut page, roadmap);
    milestones::parallel_tracks(&mut page, &roadmap.parallel_tracks);
    metrics_and_stack(&mut page, roadmap);
    projects::projects(&mut page, &roadmap.projects);
    page.finish()
}

fn header(page: &mut Page, roadmap: &Roadmap) {
    page.title(&roadmap.title);
    page.text(0, &roadmap.summary);
    page.blank();
    let field = |page: &mut Page, label: &str, value: &str| page.hanging(0, label, COLUMN + INDENT, value);
    field(page, "Id:", &roadmap.id);
    field(page, "Length:", &length_text(roadmap));
    if let Some(start) = roadmap.suggested_start {
        let text = match roadmap.suggested_last_day() {
            // Months count from the start day, not from a Monday: say where the plan ends instead.
            Some(last) => format!(
                "{} (last day {})",
                start.format("%a %Y-%m-%d"),
                last.format("%a %Y-%m-%d")
            ),
            None => start_text(start),
        };
        field(page, "Suggested start:", &text);
    }
    if !roadmap.related.is_empty() {
        field(page, "Related:", &roadmap.related.join(", "));
    }
    if let Some(goal) = &roadmap.goal {
        field(page, "Goal:", goal);
    }
    if let Some(description) = &roadmap.description {
        page.blank();
        page.text(0, description);
    }
    if !roadmap.notes.is_empty() {
        page.heading("Notes");
        for note in &roadmap.notes {
            page.hanging(INDENT, "-", 2, note);
        }
    }
    for section in &roadmap.sections {
        page.heading(&section.title);
        for item in &section.items {
            page.hanging(INDENT, "-", 2, item);
        }
    }
}

fn length_text(roadmap: &Roadmap) -> String {
    match (roadmap.weeks, roadmap.months, roadmap.ends) {
        (None, None, None) => format!(
            "self-paced, {} with each project at its upper estimate",
            roadmap.length_words()
        ),
        (_, Some(_), _) => format!("{}, counted from the start date", roadmap.length_words()),
        _ => roadmap.length_words(),
    }
}

/// `Thu 2026-01-01 (week 1 begins Mon 2025-12-29)`: weeks run Monday to Sunday.
fn start_text(start: NaiveDate) -> String {
    let back = u64::from(start.weekday().num_days_from_monday());
    let date = start.format("%a %Y-%m-%d");
    match start.checked_sub_days(Days::new(back)) {
        Some(monday) if back > 0 => format!("{date} (week 1 begins {})", monday.format("%a %Y-%m-%d")),
        _ => date.to_string(),
    }
}

fn labels(page: &mut Page, roadmap: &Roadmap) {
    if roadmap.labels.is_empty() {
        return;
    }
    page.heading("Labels");
    for label in &roadmap.labels {
        page.hanging(INDENT, &label.id, COLUMN - INDENT, &label.title);
    }
}

fn phases(page: &mut Page, roadmap: &Roadmap) {
    let mut levels: Vec<&str> = Vec::new();
    for phase in &roadmap.phases {
        if !levels.contains(&phase.level.as_str()) {
            levels.push(&phase.level);
        }
    }
    let label_width = roadmap.labels.iter().map(|l| page::width(&l.id)).max().unwrap_or(0) + 2;
    for level in levels {
        page.heading(&level_heading(level));
        for phase in roadmap.phases.iter().filter(|p| p.level == level) {
            page.blank();
            phase_entry(page, phase, label_width);
        }
    }
}

/// `sprint` becomes `Sprints`.
fn level_heading(level: &str) -> String {
    let mut chars = level.chars();
    let mut heading: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    heading.push_str(chars.as_str());
    if !heading.ends_with('s') {
        heading.push('s');
    }
    heading
}

fn phase_entry(page: &mut Page, phase: &Phase, label_width: usize) {
    let when = match (phase.months, phase.weeks) {
        (Some([first, last]), _) if first == last => format!("Month {first}"),
        (Some([first, last]), _) => format!("Months {first}-{last}"),
        (None, Some([first, last])) if first == last => format!("Week {first}"),
        (None, Some([first, last])) => format!("Weeks {first}-{last}"),
        (None, None) => "Self-paced".to_owned(),
    };
    page.hanging(INDENT, &when, COLUMN - INDENT, &phase.title);
    if let Some(subtitle) = &phase.subtitle {
        page.text(COLUMN, subtitle);
    }
    if let Some(focus) = &phase.focus {
        page.hanging(COLUMN, "Focus:", 0, focus);
    }
    if let Some(artifact) = &phase.artifact {
        page.hanging(COLUMN, "Shippable artifact:", 0, artifact);
    }
    page.list(COLUMN, "Goals:", &phase.goals);
    page.list(COLUMN, "Learn:", &phase.learn);
    deliverables(
        page,
        &phase.deliverables,
        phase.weeks.map(|[_, last]| last),
        phase.months.map(|[_, last]| last),
    );
    if !phase.topics.is_empty() {
        page.text(COLUMN, "Topics:");
        for topic in &phase.topics {
            let text = match &topic.description {
                Some(description) => format!("{}: {description}", topic.title),
                None => topic.title.clone(),
            };
            page.hanging(COLUMN + 2, topic.label.as_deref().unwrap_or("-"), label_width, &text);
        }
    }
    for section in &phase.sections {
        page.list(COLUMN, &format!("{}:", section.title), &section.items);
    }
}

/// The deliverables by due week (their own, else the phase's last), the week first.
fn deliverables(page: &mut Page, deliverables: &[Deliverable], default_week: Option<u32>, default_month: Option<u32>) {
    if deliverables.is_empty() {
        return;
    }
    page.text(COLUMN, "Deliverables:");
    let mut by_due: Vec<&Deliverable> = deliverables.iter().collect();
    by_due.sort_by_key(|d| (d.date, d.month, d.week.or(default_week)));
    let words: Vec<(String, &str)> = by_due
        .iter()
        .map(|d| {
            let own = d.week.is_some() || d.month.is_some() || d.date.is_some();
            let when = milestones::due_words(milestones::DueWords {
                week: d.week.or(default_week.filter(|_| !own)),
                month: d.month.or(default_month.filter(|_| !own)),
                date: d.date,
                day: d.day,
            });
            (when.unwrap_or_default(), d.title.as_str())
        })
        .collect();
    let width = words
        .iter()
        .map(|(when, _)| when.len())
        .max()
        .unwrap_or(0)
        .max("week 00".len());
    for (when, title) in words {
        page.hanging(COLUMN + 2, &when, width + 2, title);
    }
}

fn week_details(page: &mut Page, details: &[WeekDetail]) {
    if details.is_empty() {
        return;
    }
    page.heading("Week by week");
    for detail in details {
        page.blank();
        page.hanging(INDENT, &format!("Week {}", detail.week), COLUMN - INDENT, &detail.title);
        if let Some(concept) = &detail.concept {
            page.hanging(COLUMN, "Concept:", 0, concept);
        }
        if !detail.code.is_empty() {
            page.hanging(COLUMN, "Code:", 0, &detail.code.join(", "));
        }
        if let Some(action) = &detail.action {
            page.hanging(COLUMN, "Action:", 0, action);
        }
        for deliverable in &detail.deliverables {
            page.hanging(COLUMN, "Deliverable:", 0, &deliverable.title);
        }
    }
}

fn metrics_and_stack(page: &mut Page, roadmap: &Roadmap) {
    if !roadmap.metrics.is_empty() {
        page.heading("Key metrics (per week)");
        for metric in &roadmap.metrics {
            let target = format!("{} {} a week", metric.target_per_week, metric.unit);
            let text = match &metric.description {
                Some(description) => format!("{target}: {description}"),
                None => target,
            };
            page.hanging(INDENT, &metric.name, COLUMN - INDENT, &text);
        }
    }
    if !roadmap.stack.is_empty() {
        page.heading("Tech stack");
        for group in &roadmap.stack {
            page.hanging(INDENT, &group.category, COLUMN - INDENT, &group.items.join(", "));
        }
    }
}

fn plural(n: u32, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn render(toml_text: &str) -> String {
        let roadmap: Roadmap = toml::from_str(toml_text).unwrap();
        render_roadmap(&roadmap)
    }

    const DATED: &str = r#"
        id = "dated"
        title = "Dated plan"
        summary = "A year in quarters"
        goal = "Ship it."
        weeks = 13
        suggested_start = "2026-01-01"
        notes = ["Weeks map to months by their Thursday."]

        [[phases]]
        id = "q1"
        level = "quarter"
        title = "Q1: Foundations"
        weeks = [1, 13]
        learn = ["unit testing"]
        sections = [{ title = "Community", items = ["Publish a short blog"] }]

        [[phases]]
        id = "january"
        level = "month"
        title = "January 2026"
        weeks = [1, 5]
        focus = "Complete 1 advanced DSA course"
        deliverables = [
          { id = "late", title = "course certificate" },
          { id = "early", title = "practice problems", week = 2 },
        ]

        [[phases]]
        id = "february"
        level = "month"
        title = "February 2026"
        weeks = [6, 9]

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
    fn the_header_gives_length_the_monday_of_week_one_and_the_goal() {
        let text = render(DATED);
        assert!(
            text.starts_with("Dated plan\n==========\nA year in quarters\n"),
            "{text}"
        );
        assert!(text.contains("Length:            13 weeks"), "{text}");
        assert!(
            text.contains("Suggested start:   Thu 2026-01-01 (week 1 begins Mon 2025-12-29)"),
            "{text}"
        );
        assert!(text.contains("Goal:              Ship it."), "{text}");
        assert!(
            text.contains("Notes\n-----\n  - Weeks map to months by their Thursday."),
            "{text}"
        );
    }

    #[test]
    fn phases_are_grouped_by_level_in_file_order_with_their_weeks() {
        let text = render(DATED);
        let quarters = text.find("Quarters\n--------").unwrap();
        let months = text.find("Months\n------").unwrap();
        assert!(quarters < months, "{text}");
        assert!(text.contains("  Weeks 1-13     Q1: Foundations\n"), "{text}");
        assert!(text.contains("Learn:\n                   - unit testing"), "{text}");
        assert!(
            text.contains("Community:\n                   - Publish a short blog"),
            "{text}"
        );
        assert!(text.contains("  Weeks 6-9      February 2026\n"), "{text}");
    }

    #[test]
    fn deliverables_are_listed_by_due_week_defaulting_to_the_phase_end() {
        let text = render(DATED);
        let early = text.find("week 2   practice problems").unwrap();
        let late = text.find("week 5   course certificate").unwrap();
        assert!(early < late, "{text}");
    }

    #[test]
    fn a_self_paced_roadmap_states_its_length_from_the_projects() {
        let text = render(
            r#"
            id = "p"
            title = "P"
            summary = "p"
            [[projects]]
            id = "a"
            title = "A"
            effort = { min = 1, max = 2, unit = "weeks" }
            [[projects]]
            id = "b"
            title = "B"
            effort = { min = 2, max = 3, unit = "days" }
            "#,
        );
        assert!(text.contains("self-paced, about 3 weeks"), "{text}");
        assert!(text.find("  A\n").unwrap() < text.find("  B\n").unwrap(), "{text}");
    }

    #[test]
    fn text_from_the_file_cannot_reach_the_terminal_as_control_codes() {
        let mut roadmap: Roadmap = toml::from_str(DATED).unwrap();
        roadmap.title = "Plan\u{1b}[2J\u{1b}]0;owned\u{7}".into();
        roadmap.phases[1].deliverables[0].title = "done\u{9b}31m\u{202e}".into();
        roadmap.parallel_tracks[0].tasks[0].title = "post\r\nrm -rf".into();
        roadmap.labels.push(crate::roadmap::model::Label {
            id: "X\u{0}".into(),
            title: "\u{1b}[5m".into(),
        });
        let text = render_roadmap(&roadmap);
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        assert!(!text.contains('\u{202e}'), "{text:?}");
        assert!(text.starts_with("Plan[2J]0;owned\n"), "{text:?}");
    }

    #[test]
    fn a_calendar_start_on_a_monday_needs_no_week_note() {
        assert_eq!(
            start_text(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()),
            "Mon 2026-01-05"
        );
        assert_eq!(
            start_text(NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()),
            "Sun 2026-02-01 (week 1 begins Mon 2026-01-26)"
        );
    }
}
