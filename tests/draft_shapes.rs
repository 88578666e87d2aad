//! `roadmap draft` on the shapes Markdown roadmaps come in (issue 17): a
//! syllabus, a chat assistant's plan with emoji and a table, calendar months,
//! days instead of weeks, no time at all, nested lists, ... Each fixture under
//! tests/fixtures/markdown/shapes drafts to a roadmap the loader accepts, and
//! the facts a learner would check first are the ones in the file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use studyplan::draft::{Draft, DraftOptions, draft};
use studyplan::roadmap::{EffortUnit, Phase, Roadmap, parse_str};

fn drafted(name: &str) -> Draft {
    let path = format!(
        "{}/tests/fixtures/markdown/shapes/{name}.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let options = DraftOptions {
        origin: format!("{name}.md"),
        ..DraftOptions::default()
    };
    let draft = draft(&text, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    // The TOML itself, not only the struct, is what the learner imports.
    parse_str(&draft.toml, name).unwrap_or_else(|e| panic!("{name}: {e}\n{}", draft.toml));
    draft
}

fn roadmap(name: &str) -> Roadmap {
    drafted(name).roadmap
}

/// (title, first week, last week) of every phase.
fn spans(rm: &Roadmap) -> Vec<(String, u32, u32)> {
    rm.phases
        .iter()
        .map(|p| {
            let [a, b] = p.weeks.unwrap();
            (p.title.clone(), a, b)
        })
        .collect()
}

fn span(title: &str, a: u32, b: u32) -> (String, u32, u32) {
    (title.to_owned(), a, b)
}

fn deliverables(phase: &Phase) -> Vec<&str> {
    phase.deliverables.iter().map(|d| d.title.as_str()).collect()
}

#[test]
fn syllabus_weeks_with_readings_and_assignments() {
    let rm = roadmap("syllabus");
    assert_eq!(rm.title, "Data Structures — Course Syllabus");
    assert_eq!(rm.weeks, Some(4));
    assert_eq!(spans(&rm)[3], span("Trees", 4, 4));
    assert_eq!(deliverables(&rm.phases[1]), ["Implement a doubly linked list"]);
    assert_eq!(rm.phases[3].learn, ["Chapter 5", "Chapter 6"]);
    assert!(rm.sections.iter().any(|s| s.title == "Grading" && s.items.len() == 2));
}

#[test]
fn chat_assistant_plan_with_emoji_a_table_and_a_split() {
    let rm = roadmap("chat_assistant_table");
    assert_eq!(rm.title, "Your 8-Week Machine Learning Plan");
    assert_eq!(rm.weeks, Some(8));
    assert_eq!(rm.phases.len(), 8);
    assert_eq!(spans(&rm)[4], span("Trees & ensembles", 5, 5));
    assert_eq!(deliverables(&rm.phases[7]), ["Deployed demo app"]);
    let daily = rm.daily.unwrap();
    let blocks: Vec<(&str, Option<u32>)> = daily.blocks.iter().map(|b| (b.name.as_str(), b.minutes)).collect();
    assert_eq!(
        blocks,
        [("Theory", Some(20)), ("Hands-on", Some(30)), ("Notes", Some(10))]
    );
    assert_eq!(daily.minutes, 60);
    assert_eq!(rm.checkpoints[0].every_weeks, 1, "every Sunday is weekly");
    assert_eq!(rm.checkpoints[0].questions.len(), 2);
}

#[test]
fn calendar_months_are_drafted_onto_calendar_months_from_the_first() {
    let rm = roadmap("calendar_months");
    // January 2027 is 1 to 31 January, though 1 January is a Friday.
    assert_eq!(rm.suggested_start.map(|d| d.to_string()).as_deref(), Some("2027-01-01"));
    assert_eq!((rm.weeks, rm.months), (None, Some(3)));
    let months: Vec<(&str, Option<[u32; 2]>)> = rm.phases.iter().map(|p| (p.title.as_str(), p.months)).collect();
    assert_eq!(
        months,
        [
            ("January 2027", Some([1, 1])),
            ("February 2027", Some([2, 2])),
            ("March 2027", Some([3, 3]))
        ]
    );
    assert_eq!(rm.phases[0].level, "month");
    assert_eq!(rm.phases[0].focus.as_deref(), Some("Python foundations"));
    assert_eq!(rm.phases[0].goals, ["Write Python every day"]);
    assert_eq!(deliverables(&rm.phases[2]), ["Ship a churn model with a README"]);
}

#[test]
fn days_instead_of_weeks() {
    let rm = roadmap("days_instead_of_weeks");
    assert_eq!(rm.weeks, Some(3));
    assert_eq!(
        spans(&rm),
        [
            span("Basics", 1, 1),
            span("Joins and aggregates", 2, 2),
            span("Window functions", 3, 3)
        ]
    );
    assert_eq!(deliverables(&rm.phases[0]), ["30 practice queries"]);
}

#[test]
fn no_time_at_all_gets_four_weeks_a_section_and_says_so() {
    let draft = drafted("no_time_at_all");
    let rm = &draft.roadmap;
    assert_eq!(
        spans(rm),
        [
            span("Basics", 1, 4),
            span("Traits and generics", 5, 8),
            span("Async", 9, 12)
        ]
    );
    assert_eq!(rm.phases[2].learn, ["Futures", "Tokio"]);
    assert!(
        draft
            .toml
            .contains("# Guessed: \"Basics\" has no dates or effort: 4 weeks is a guess."),
        "{}",
        draft.toml
    );
}

#[test]
fn nested_lists_with_efforts_become_phases() {
    let rm = roadmap("nested_lists");
    assert_eq!(
        spans(&rm),
        [
            span("Phase 1: HTML and CSS", 1, 3),
            span("Phase 2: JavaScript", 4, 7),
            span("Phase 3: React", 8, 9)
        ]
    );
    assert_eq!(rm.phases[1].learn, ["DOM and events", "Fetch and promises"]);
    assert_eq!(deliverables(&rm.phases[1]), ["Build a todo app"]);
}

#[test]
fn sprints_without_dates_are_laid_out_four_weeks_each() {
    let draft = drafted("sprints_without_dates");
    let rm = &draft.roadmap;
    assert_eq!(
        rm.phases.iter().map(|p| p.level.as_str()).collect::<Vec<_>>(),
        ["sprint"; 3]
    );
    assert_eq!(spans(rm)[2], span("Sprint 3: Deployment", 9, 12));
    assert_eq!(rm.phases[1].focus.as_deref(), Some("schema design, migrations"));
    assert_eq!(deliverables(&rm.phases[1]), ["The API backed by Postgres"]);
    assert_eq!(draft.report.guesses.len(), 3);
}

#[test]
fn quarters_without_a_year_are_thirteen_weeks() {
    let rm = roadmap("relative_quarters");
    assert_eq!(rm.weeks, Some(52));
    assert_eq!(spans(&rm)[1], span("Q2: Containers", 14, 26));
    assert_eq!(rm.phases[0].learn, ["bash", "TCP/IP", "DNS"]);
    assert_eq!(rm.phases[0].sections[0].title, "Projects");
    assert_eq!(rm.suggested_start, None);
}

#[test]
fn date_ranges_set_the_start_and_the_weeks() {
    let rm = roadmap("date_ranges");
    assert_eq!(rm.suggested_start.map(|d| d.to_string()).as_deref(), Some("2026-03-02"));
    assert_eq!(spans(&rm), [span("Statistics", 1, 4), span("Experiment design", 5, 8)]);
}

#[test]
fn checklists_are_deliverables_of_their_week() {
    let rm = roadmap("checklist_weeks");
    assert_eq!(spans(&rm)[0], span("Week 1", 1, 1));
    assert_eq!(
        deliverables(&rm.phases[0]),
        ["Install Go and set up the editor", "Read the tour of Go"]
    );
    assert_eq!(deliverables(&rm.phases[3]), ["Publish the CLI on GitHub"]);
}

#[test]
fn front_matter_crlf_and_html_comments_are_not_content() {
    let draft = drafted("front_matter_crlf");
    let rm = &draft.roadmap;
    assert_eq!(rm.title, "Kubernetes in a month");
    assert_eq!(spans(rm), [span("Core objects", 1, 2), span("Operations", 3, 4)]);
    assert_eq!(deliverables(&rm.phases[1]), ["Helm chart with CI"]);
    assert!(draft.report.unplaced.is_empty(), "{:?}", draft.report.unplaced);
    assert!(!draft.toml.contains("author"), "front matter is not a note");
}

#[test]
fn mojibake_is_repaired_before_reading() {
    let draft = drafted("mojibake");
    let rm = &draft.roadmap;
    assert_eq!(rm.title, "Roadmap — Deep Learning");
    assert_eq!(spans(rm), [span("Foundations", 1, 4), span("CNNs", 5, 8)]);
    assert_eq!(draft.report.repaired, 4);
}

#[test]
fn milestones_and_acceptance_criteria() {
    let rm = roadmap("milestones_acceptance");
    let milestones: Vec<(&str, Option<u32>)> = rm.milestones.iter().map(|m| (m.title.as_str(), m.week)).collect();
    assert_eq!(
        milestones,
        [
            ("Parser passes the test suite", Some(3)),
            ("Hello world compiles", Some(6)),
            ("Week 8: Self-hosting", Some(8))
        ]
    );
    assert_eq!(
        rm.milestones[0].acceptance,
        ["all 120 parser tests pass", "errors show line and column"]
    );
    assert_eq!(rm.weeks, Some(8));
}

#[test]
fn weekly_rhythm_with_a_day_off() {
    let rm = roadmap("weekly_rhythm");
    assert!(rm.weekly.is_some());
    let weekly = rm.weekly_structure();
    assert_eq!(weekly.monday.role, "Plan the week");
    assert_eq!(weekly.friday.role, "Write up");
    assert!(weekly.saturday.study);
    assert!(!weekly.sunday.study, "Sunday off is a rest day");
    assert_eq!(deliverables(&rm.phases[1]), ["A scraper", "A small web app"]);
}

#[test]
fn a_ratio_split_with_its_names() {
    let rm = roadmap("daily_ratio");
    let daily = rm.daily.unwrap();
    assert_eq!(daily.minutes, 120);
    let blocks: Vec<(&str, Option<u32>)> = daily.blocks.iter().map(|b| (b.name.as_str(), b.percent)).collect();
    assert_eq!(blocks, [("Learn", Some(25)), ("Build", Some(50)), ("Review", Some(25))]);
}

#[test]
fn weeks_inside_a_month_count_from_the_month() {
    let rm = roadmap("months_with_weeks");
    assert_eq!(
        spans(&rm),
        [span("Descriptive statistics", 1, 4), span("Inference", 5, 8)]
    );
    let weeks: Vec<u32> = rm.week_details.iter().map(|w| w.week).collect();
    assert_eq!(weeks, [1, 2, 5, 6], "Month 2's Week 1 is week 5");
    assert_eq!(rm.week_details[2].deliverables[0].title, "A/B test write-up");
}

#[test]
fn blocks_with_week_items_become_week_details() {
    let rm = roadmap("blocks_with_weeks");
    assert_eq!(spans(&rm), [span("Block 1: Memory", 1, 3)]);
    assert_eq!(rm.phases[0].artifact.as_deref(), Some("A custom allocator"));
    let w2 = &rm.week_details[1];
    assert_eq!((w2.week, w2.title.as_str()), (2, "The heap"));
    assert_eq!(w2.concept.as_deref(), Some("malloc and free"));
    assert_eq!(w2.code, ["src/heap.c", "src/heap.h"]);
    assert_eq!(w2.deliverables[0].title, "A bump allocator");
}

#[test]
fn a_project_series_is_self_paced() {
    let rm = roadmap("projects_series");
    assert_eq!(rm.weeks, None, "the length follows from the projects");
    let todo = &rm.projects[0];
    assert_eq!(todo.title, "Todo app");
    assert_eq!(
        (todo.effort.min, todo.effort.max, todo.effort.unit),
        (1, 1, EffortUnit::Weeks)
    );
    assert_eq!(todo.tagline.as_deref(), Some("Your first full-stack app"));
    assert_eq!(todo.stack, ["React", "Express", "SQLite"]);
    let chat = &rm.projects[1];
    assert_eq!((chat.effort.min, chat.effort.max), (2, 3));
    assert_eq!(chat.ship.as_deref(), Some("Real-time chat with rooms"));
    assert_eq!(chat.level.as_deref(), Some("Intermediate"));
}

#[test]
fn habits_are_recurring_tasks_with_cadence_and_count() {
    let rm = roadmap("recurring_habits");
    let track = &rm.parallel_tracks[0];
    assert_eq!(track.start_week, 3);
    let tasks: Vec<(&str, Option<u32>, u32)> = track
        .tasks
        .iter()
        .map(|t| (t.title.as_str(), t.every_weeks, t.count))
        .collect();
    assert_eq!(
        tasks,
        [
            ("Read 1 paper", Some(1), 1),
            ("Write a blog post", Some(2), 1),
            ("Meet people", Some(1), 3)
        ]
    );
}

#[test]
fn key_metrics_and_tech_stack() {
    let rm = roadmap("metrics_and_stack");
    let metrics: Vec<(&str, u32, &str)> = rm
        .metrics
        .iter()
        .map(|m| (m.name.as_str(), m.target_per_week, m.unit.as_str()))
        .collect();
    assert_eq!(metrics, [("Problems", 10, "problem"), ("Notes", 1, "summary")]);
    assert_eq!(rm.stack[0].category, "Languages");
    assert_eq!(rm.stack[1].items, ["LeetCode", "Anki"]);
}

#[test]
fn topic_tables_carry_their_labels() {
    let rm = roadmap("topic_table");
    let labels: Vec<&str> = rm.labels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(labels, ["CORE", "ARCH", "TOOL"]);
    let topic = &rm.phases[1].topics[1];
    assert_eq!(
        (topic.title.as_str(), topic.label.as_deref()),
        ("Fine-tuning", Some("TOOL"))
    );
    assert_eq!(topic.description.as_deref(), Some("LoRA, adapters"));
}

#[test]
fn ordered_sections_with_efforts_follow_each_other() {
    let rm = roadmap("ordered_efforts");
    assert_eq!(
        spans(&rm),
        [
            span("1. Python basics", 1, 2),
            span("2. NumPy", 3, 3),
            span("3. Machine learning", 4, 6)
        ]
    );
}

#[test]
fn a_row_per_day_gathers_days_into_weeks() {
    let rm = roadmap("day_table");
    assert_eq!(spans(&rm), [span("Week 1", 1, 1), span("Week 2", 2, 2)]);
    assert_eq!(
        rm.phases[0].learn,
        ["Day 1: Images and containers", "Day 2: Dockerfiles", "Day 3: Volumes"]
    );
    assert_eq!(deliverables(&rm.phases[1]), ["Two-service compose file", "Blog post"]);
}

#[test]
fn day_headings_and_a_rest_day() {
    let rm = roadmap("day_headings_rest");
    assert_eq!(rm.weeks, Some(1));
    assert!(rm.phases[0].learn.iter().any(|l| l == "Day 2: Branches"));
    assert!(rm.weekly.is_some());
    let weekly = rm.weekly_structure();
    assert!(!weekly.sunday.study, "Day 7: Rest");
    assert_eq!(weekly.saturday.role, "Practice");
}

#[test]
fn ids_are_stable_across_edits_of_other_items() {
    let before = roadmap("sprints_without_dates");
    let path = format!(
        "{}/tests/fixtures/markdown/shapes/sprints_without_dates.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let edited = std::fs::read_to_string(path)
        .unwrap()
        .replace("A CRUD API with tests", "A CRUD API with tests and docs");
    let after = draft(&edited, &DraftOptions::default()).unwrap().roadmap;
    let ids = |rm: &Roadmap| -> Vec<String> { rm.phases.iter().map(|p| p.id.clone()).collect() };
    assert_eq!(ids(&before), ids(&after));
    assert_eq!(before.phases[1].deliverables[0].id, after.phases[1].deliverables[0].id);
    assert_ne!(
        before.phases[0].deliverables[0].id, after.phases[0].deliverables[0].id,
        "the edited title gets a new id"
    );
}

#[test]
fn unplaced_lines_are_reported_by_line_number() {
    let text = "# Plan\n\n## Weeks 1-2: Basics\nThe basics, slowly.\n\n- Learn: a\n\nSome stray thought.\n\n<div>raw html</div>\n";
    let draft = draft(text, &DraftOptions::default()).unwrap();
    let lines: Vec<usize> = draft.report.unplaced.iter().map(|u| u.line).collect();
    assert_eq!(lines, [8, 10]);
    let focus = draft.roadmap.phases[0].focus.as_deref();
    assert_eq!(
        focus,
        Some("The basics, slowly."),
        "the first line under a heading is its focus"
    );
    let report = draft.report.to_text("plan.md");
    assert!(report.contains("plan.md:8: Some stray thought."), "{report}");
}

#[test]
fn chat_assistant_months_with_emoji_lead_ins_and_a_weekday_table() {
    let rm = roadmap("chat_assistant_months");
    assert_eq!(rm.weeks, Some(24), "the title promises six months");
    let python = rm.phases.iter().find(|p| p.title == "Python").unwrap();
    assert_eq!(python.weeks, Some([1, 2]));
    assert_eq!(
        python.goals,
        ["Get comfortable with Python"],
        "the emoji before **Goal:** is not part of it"
    );
    assert_eq!(rm.milestones[0].title, "Build a CLI expense tracker");
    assert_eq!(rm.milestones[0].week, Some(2));
    assert!(rm.weekly.is_some());
    let weekly = rm.weekly_structure();
    assert_eq!((weekly.tuesday.role.as_str(), weekly.sunday.study), ("Coding", false));
}

#[test]
fn a_course_table_and_month_phases_do_not_collide() {
    let rm = roadmap("course_table_and_phases");
    let levels: Vec<(&str, &str)> = rm.phases.iter().map(|p| (p.title.as_str(), p.level.as_str())).collect();
    assert_eq!(levels[2], ("Indexing", "week"));
    assert_eq!(levels[3], ("Phase 1 — Foundations", "phase"));
    assert_eq!(rm.phases[3].weeks, Some([1, 8]), "Months 1-2 are weeks 1-8");
    assert_eq!(deliverables(&rm.phases[1]), ["HW2: 20 queries"]);
}
