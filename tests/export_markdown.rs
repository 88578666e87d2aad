//! The weekly review as Markdown: the numbers, what was due, the answers and
//! reflections, carried-over tasks; data that looks like Markdown stays text.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use fixtures::{SMALL_ROADMAP, day};
use studyplan::export::markdown::{ReviewExport, weekly_review};
use studyplan::plan::{Enrollment, ItemState, ReviewInput, review};
use studyplan::roadmap::{Roadmap, parse_str};
use studyplan::store::{Store, WeeklyReview};

fn roadmap() -> Roadmap {
    let text = format!(
        "{SMALL_ROADMAP}\n[[checkpoints]]\nid = \"check\"\ntitle = \"Weekly check\"\nevery_weeks = 1\n\
         questions = [{{ id = \"q-built\", text = \"What did you *build*?\" }}, {{ id = \"q-stuck\", text = \"Where were you stuck?\" }}]\n"
    );
    parse_str(&text, "tiny.toml").unwrap()
}

/// Week 1 of the small roadmap, lived: time on four days, the setup done,
/// tasks with Markdown-looking titles, one carried over, a saved review.
fn markdown_of_week_one() -> String {
    let mut store = Store::open_in_memory().unwrap();
    let roadmap = roadmap();
    store.import_roadmap(&roadmap, "tiny.toml").unwrap();
    let enrollment = Enrollment {
        roadmap_id: "tiny".into(),
        start: day("2026-11-23"),
        daily_minutes: 120,
        paused_weeks: vec![],
    };
    store.start(&enrollment).unwrap();
    for (d, block, minutes) in [
        ("2026-11-23", "learn", 30),
        ("2026-11-23", "build", 60),
        ("2026-11-24", "learn", 45),
        ("2026-11-25", "build", 50),
        ("2026-11-26", "polish", 20),
    ] {
        store.log_time(day(d), block, minutes, None).unwrap();
    }
    store
        .set_status("d-setup", Some(ItemState::Done), day("2026-11-27"))
        .unwrap();
    let done = store.add_task("Read chapter 1", day("2026-11-24")).unwrap();
    store.set_task_done(done, true).unwrap();
    store
        .add_task("# TODO | fix *all* the `bugs` <now>", day("2026-11-25"))
        .unwrap();
    store.add_task("- [ ] 1. not a list", day("2026-11-26")).unwrap();
    store.carry_over(day("2026-11-23")).unwrap();
    let later = store
        .add_task("Unfinished, after the carry-over", day("2026-11-28"))
        .unwrap();
    let _ = later;
    store
        .save_review(
            day("2026-11-23"),
            &WeeklyReview {
                answers: vec![
                    (
                        "q-built".into(),
                        "A tokenizer\n\n## and a heading that is not one".into(),
                    ),
                    ("q-old".into(), "an answer to a question the roadmap dropped".into()),
                ],
                went_well: "Four days in a row\u{1b}[31m!".into(),
                in_the_way: String::new(),
                next_focus: "---\nfinish the blog post".into(),
                ..WeeklyReview::default()
            },
        )
        .unwrap();

    let (monday, sunday) = (day("2026-11-23"), day("2026-11-29"));
    let statuses = store.statuses().unwrap();
    let entries = store.time_between(monday, sunday).unwrap();
    let tasks = store.tasks_between(monday, sunday).unwrap();
    let minutes = store.minutes_per_day(day("2026-11-01"), sunday).unwrap();
    let summary = review(
        &roadmap,
        &enrollment,
        monday,
        ReviewInput {
            statuses: &statuses,
            entries: &entries,
            tasks: &tasks,
            minutes_per_day: &minutes,
            today: day("2026-11-29"),
        },
    );
    let saved = store.review(monday).unwrap();
    let carry_overs = store.carry_overs(monday).unwrap();
    let day_notes = store.notes_between(monday, monday + chrono::Duration::days(6)).unwrap();
    let notes = studyplan::plan::Note::of_days(&day_notes, &entries);
    weekly_review(&ReviewExport {
        roadmap_title: &roadmap.title,
        summary: &summary,
        saved: saved.as_ref(),
        carry_overs: &carry_overs,
        recurring: &[],
        notes: &notes,
    })
}

#[test]
fn the_week_reads_as_a_markdown_journal_entry() {
    let md = markdown_of_week_one();
    insta::assert_snapshot!(md);
}

#[test]
fn the_numbers_answers_and_carry_overs_are_all_there() {
    let md = markdown_of_week_one();
    assert!(
        md.starts_with("# Week 2026-W48 review: Tiny track (week 1 of 4)\n"),
        "{md}"
    );
    assert!(md.contains("| **Total** | **12h** | **3h 25m** |"), "{md}");
    assert!(
        md.contains("Studied on 4 of 6 study days; streak: 0 study days."),
        "{md}"
    );
    assert!(
        md.contains("4 days behind. Items: on track, 1 of 4 settled, 0 expected by now. Minutes: 4 days behind, 3h 25m logged of 12h planned so far."),
        "{md}"
    );
    assert!(md.contains("- [x] Set up the repo"), "{md}");
    assert!(
        md.contains("**What did you \\*build\\*?**\n\n> A tokenizer\n> \n> \\#\\# and a heading"),
        "{md}"
    );
    assert!(md.contains("**Where were you stuck?**\n\n*Not answered.*"), "{md}");
    assert!(
        md.contains("**q-old**"),
        "an answer to a dropped question is kept: {md}"
    );
    assert!(
        md.contains("- \\# TODO \\| fix \\*all\\* the \\`bugs\\` \\<now\\> (Wed 25 Nov → Mon 30 Nov)"),
        "{md}"
    );
    assert!(
        md.contains("- [ ] Unfinished, after the carry-over (Sat 28 Nov)"),
        "{md}"
    );
    assert!(
        !md.contains("Read chapter 1"),
        "a done task is neither carried nor unfinished"
    );
    assert!(!md.contains("What got in the way"), "an empty reflection is left out");
    assert!(!md.contains('\u{1b}'));
    assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
}

#[test]
fn data_never_opens_a_heading_list_rule_or_table_row() {
    let md = markdown_of_week_one();
    let ours = |line: &str| {
        line.starts_with("# Week ")
            || line.starts_with("## ")
            || line.starts_with("### ")
            || line.starts_with("- ")
            || line.starts_with("| ")
            || line.starts_with("> ")
    };
    for line in md.lines().filter(|l| !l.is_empty()) {
        let first = line.chars().next().unwrap();
        if matches!(first, '#' | '-' | '|' | '>' | '*' | '+' | '=') {
            assert!(
                ours(line) || line.starts_with("**") || line.starts_with("*Not") || line.starts_with("*Mon"),
                "{line}"
            );
        }
    }
    // The learner's `---` and `## ...` lines are escaped, not a rule or a heading.
    assert!(md.contains("\\---"), "{md}");
    assert!(!md.lines().any(|l| l == "---" || l.starts_with("## and")));
}
