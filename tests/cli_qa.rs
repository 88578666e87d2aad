//! What a learner saw living through a week of the bundled roadmaps at the
//! shell, pinned after it was wrong: each test is one thing that confused.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use studyplan::store::{Store, WeeklyReview};
use support::Learner;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn a_review_with_only_checkpoint_answers_prints_no_empty_reflection_lines() {
    // Week 4 of the 9-month track is a checkpoint week (every 4 weeks).
    let learner = Learner::new();
    learner.ok("2026-11-09", &["start", "standard-9-month", "--on", "2026-11-09"]);
    let mut store = Store::open(&learner.db).unwrap();
    let review = WeeklyReview {
        monday: Some(date("2026-11-30")),
        answers: vec![("can-demo".to_owned(), "Yes, the SQL repo".to_owned())],
        went_well: String::new(),
        in_the_way: "Polish got skipped".to_owned(),
        next_focus: String::new(),
    };
    store.save_review(date("2026-11-30"), &review).unwrap();
    drop(store);

    let text = learner.ok("2026-12-06", &["review"]);
    assert!(text.contains("    > Yes, the SQL repo"), "{text}");
    assert!(text.contains("  In the way: Polish got skipped"), "{text}");
    assert!(
        !text.contains("Went well"),
        "an unanswered prompt printed empty:\n{text}"
    );
    assert!(
        !text.contains("Next focus"),
        "an unanswered prompt printed empty:\n{text}"
    );

    let mut store = Store::open(&learner.db).unwrap();
    let answers_only = WeeklyReview {
        in_the_way: String::new(),
        ..review
    };
    store.save_review(date("2026-11-30"), &answers_only).unwrap();
    drop(store);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(!text.contains("Reflection"), "a heading over nothing:\n{text}");
}

/// Runs the interface in a private tmux server until `wanted` shows (or 15 s pass);
/// returns the screen, or None when tmux is not installed.
fn interface_screen(learner: &Learner, env: &[(&str, &str)], wanted: &str) -> Option<String> {
    let socket = format!("studyplan-qa-{}", std::process::id());
    let tmux = |args: &[&str]| Command::new("tmux").arg("-L").arg(&socket).args(args).output();
    if tmux(&["-V"]).is_err() {
        println!("note: tmux is not installed; the interface test is skipped");
        return None;
    }
    let vars: String = env.iter().map(|(k, v)| format!("{k}={v} ")).collect();
    let command = format!(
        "env -u STUDYPLAN_TODAY {vars}{} --db '{}' --config '{}' --no-mouse",
        env!("CARGO_BIN_EXE_studyplan"),
        learner.db.display(),
        learner.config.display()
    );
    tmux(&["new-session", "-d", "-s", "qa", "-x", "100", "-y", "30", &command]).unwrap();
    let start = Instant::now();
    let screen = loop {
        let out = tmux(&["capture-pane", "-p", "-t", "qa"]).unwrap();
        let screen = String::from_utf8_lossy(&out.stdout).into_owned();
        if screen.contains(wanted) || start.elapsed() > Duration::from_secs(15) {
            break screen;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let _ = tmux(&["kill-server"]);
    Some(screen)
}

#[test]
fn the_interface_runs_on_the_test_clock_like_the_commands() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    let Some(screen) = interface_screen(
        &learner,
        &[("STUDYPLAN_NOW", "2026-12-01T08:30:00")],
        "Tuesday 1 December 2026",
    ) else {
        return;
    };
    assert!(
        screen.contains("Tuesday 1 December 2026 · Implement + test"),
        "the interface ignored STUDYPLAN_NOW that `studyplan today` follows:\n{screen}"
    );
}

#[test]
fn a_roadmap_of_monthly_milestones_lists_them_as_late_and_open_on_today() {
    // quarterly-2026 has no deliverables, only a milestone a month: started on
    // its suggested date and never touched, it is far behind, and today must
    // say what is behind and what this month asks for.
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "quarterly-2026"]);
    // Months are calendar months: November's milestone is due on the 30th.
    let text = learner.ok("2026-11-30", &["today"]);
    assert!(text.contains("Due today: November: "), "{text}");
    let text = learner.ok("2026-12-01", &["today"]);
    let late = text
        .find("\nLate\n")
        .unwrap_or_else(|| panic!("no Late section:\n{text}"));
    let open = text
        .find("\nOpen in this phase\n")
        .unwrap_or_else(|| panic!("nothing open in December:\n{text}"));
    assert!(text[late..open].contains("milestone-november"), "{text}");
    assert_eq!(text[late..open].matches("(milestone, due").count(), 11, "{text}");
    assert!(
        text[open..].contains(
            "December: Summarize 2026 learnings; publish roadmap and next-year plan (milestone, due Thu 31 Dec)"
        ),
        "{text}"
    );
    assert!(text.contains("11 expected by now"), "{text}");
}

#[test]
fn a_month_lists_its_own_milestone_not_the_whole_quarters() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "quarterly-2026", "--on", "2026-11-30"]);
    let text = learner.ok("2026-11-30", &["today"]);
    assert!(text.contains("milestone-january"), "{text}");
    assert!(
        !text.contains("milestone-february") && !text.contains("milestone-march"),
        "month 1 listed the quarter's later milestones:\n{text}"
    );
}

#[test]
fn a_project_due_this_week_is_in_the_review_not_nothing_due() {
    // genai-five-projects schedules the FAQ chatbot (1-2 days) in week 1, due Sunday.
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "genai-five-projects", "--on", "2026-11-30"]);
    learner.ok("2026-12-01", &["done", "faq-chatbot"]);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(!text.contains("Nothing due this week"), "{text}");
    assert!(text.contains("[x] faq-chatbot"), "{text}");
    let markdown = learner.ok("2026-12-06", &["export", "markdown"]);
    assert!(markdown.contains("- [x] 01\\. AI-Powered FAQ Chatbot"), "{markdown}");
}

#[test]
fn deliverables_done_ahead_of_their_week_show_in_the_review_as_on_the_screen() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    learner.ok("2026-12-05", &["done", "sql-queries-repo"]);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(
        text.contains("Also done this week: 20 SQL queries repo (due Sun 10 Jan)"),
        "the week's work is missing while the Review screen counts it:\n{text}"
    );
    let json = learner.json("2026-12-06", &["review", "--json"]);
    assert_eq!(json["done_this_week"][0]["id"], "sql-queries-repo", "{json}");
}

#[test]
fn the_markdown_review_lists_deliverables_done_ahead_too() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    learner.ok("2026-12-05", &["done", "sql-queries-repo"]);
    let markdown = learner.ok("2026-12-06", &["export", "markdown"]);
    assert!(
        markdown.contains("## Also done this week\n\n- [x] 20 SQL queries repo"),
        "{markdown}"
    );
}

#[test]
fn tasks_carried_out_of_the_week_stay_in_its_review() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    learner.ok("2026-12-03", &["task", "add", "SQL queries 1-5", "--on", "2026-12-03"]);
    let before = learner.ok("2026-12-06", &["review"]);
    assert!(before.contains("Unfinished tasks (carry over)"), "{before}");
    learner.ok("2026-12-06", &["task", "carry"]);
    let text = learner.ok("2026-12-06", &["review"]);
    assert!(
        text.contains("Carried over\n  #1 SQL queries 1-5 (Thu 3 Dec -> Mon 7 Dec)"),
        "after carrying, the review forgot the task (the screen and the Markdown keep it):\n{text}"
    );
}

#[test]
fn a_phase_with_a_subtitle_and_no_focus_says_what_it_is_about_on_today() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "genai-engineering", "--on", "2026-11-30"]);
    let text = learner.ok("2026-11-30", &["today"]);
    assert!(
        text.contains("Phase: 01. Core Foundations (weeks 1-4)\n  Focus: What every GenAI engineer must know"),
        "{text}"
    );
}

#[test]
fn the_review_names_how_many_of_a_recurring_task_as_the_week_does() {
    // The career track starts in week 6: "Network with 2 people/week".
    let learner = Learner::new();
    learner.ok("2026-10-26", &["start", "standard-9-month", "--on", "2026-10-26"]);
    let line = "Network with people (messages, meetups, communities) (x2)  [Career Parallel Track, optional]";
    let week = learner.ok("2026-12-06", &["week"]);
    assert!(week.contains(line), "{week}");
    let review = learner.ok("2026-12-06", &["review"]);
    assert!(review.contains(line), "the review dropped the count:\n{review}");
}

#[test]
fn a_plan_with_nothing_dated_does_not_claim_to_be_on_track() {
    // genai-engineering is topics only: after four idle weeks, "on track" was a
    // false comfort, and "no due dates" said nothing; the minutes say how far behind.
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "genai-engineering", "--on", "2026-11-30"]);
    let text = learner.ok("2026-12-27", &["today"]);
    assert!(text.contains("Pace: 24 days behind (minutes: 24 days behind"), "{text}");
    assert!(text.contains("items: no due dates"), "{text}");
    assert!(!text.contains("on track"), "{text}");
}

#[test]
fn starting_a_dated_roadmap_on_its_past_date_says_so_and_how_to_start_now() {
    let learner = Learner::new();
    let out = learner.ok("2026-11-30", &["start", "quarterly-2026"]);
    assert!(
        out.contains(
            "That is the roadmap's own date, 48 weeks ago, so the plan starts behind; to follow it \
             from this week: `studyplan start quarterly-2026 --on 2026-11-30`."
        ),
        "{out}"
    );
    let chosen = learner.ok("2026-11-30", &["start", "quarterly-2026", "--on", "2026-01-01"]);
    assert!(
        !chosen.contains("own date"),
        "a date the learner gave needs no warning:\n{chosen}"
    );
}

#[test]
fn a_paused_week_lists_no_weekday_chores() {
    let learner = Learner::new();
    learner.ok("2026-11-30", &["start", "standard-9-month", "--on", "2026-11-30"]);
    learner.ok("2026-12-07", &["pause", "--week", "2026-W51"]);
    let holiday = learner.ok("2026-12-14", &["today"]);
    assert!(
        holiday.contains("Paused: week 3 of 36 resumes after this week"),
        "{holiday}"
    );
    assert!(
        !holiday.contains("create GitHub issue list"),
        "chores on a holiday:\n{holiday}"
    );
    let back = learner.ok("2026-12-21", &["today"]);
    assert!(back.contains("  - create GitHub issue list"), "{back}");
}
