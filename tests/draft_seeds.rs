//! Issue 17's bar for `roadmap draft`: each of the five seed roadmaps, drafted
//! unmodified, recovers at least 90% of the items of its bundled roadmap(s) at
//! the same week (recall) and invents almost nothing (precision at least 95%).
//!
//! Items compared: phases with their span, deliverables and milestones with
//! their due week, the daily split's blocks, checkpoint questions with their
//! cadence, topics with their label, projects with their effort. A drafted
//! item matches a bundled one of the same kind and time whose title shares
//! most of its words. Run with `--nocapture` to see the numbers per seed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::collections::BTreeSet;

use studyplan::draft::{DraftOptions, draft};
use studyplan::roadmap::{Roadmap, bundled, parse_str};

/// One comparable item: its kind, its time, its words.
#[derive(Debug, Clone)]
struct Fact {
    kind: &'static str,
    when: String,
    words: BTreeSet<String>,
    text: String,
}

fn words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 || w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

fn fact(kind: &'static str, when: String, text: &str) -> Fact {
    Fact {
        kind,
        when,
        words: words(text),
        text: text.to_owned(),
    }
}

fn facts(rm: &Roadmap) -> Vec<Fact> {
    let mut out = Vec::new();
    for phase in &rm.phases {
        // A span and a due time say whether they count weeks or calendar months.
        let span = match (phase.months, phase.weeks) {
            (Some([a, b]), _) => format!("months {a}-{b}"),
            (None, Some([a, b])) => format!("weeks {a}-{b}"),
            (None, None) => String::new(),
        };
        out.push(fact("phase", span, &phase.title));
        for d in &phase.deliverables {
            let due = match (
                d.month.or(phase.months.map(|m| m[1])),
                d.week.or(phase.weeks.map(|w| w[1])),
            ) {
                (Some(month), _) if d.week.is_none() => format!("month {month}"),
                (_, week) => format!("week {}", week.unwrap_or(0)),
            };
            out.push(fact("deliverable", due, &d.title));
        }
        for t in &phase.topics {
            out.push(fact("topic", t.label.clone().unwrap_or_default(), &t.title));
        }
    }
    for w in &rm.week_details {
        for d in &w.deliverables {
            out.push(fact("deliverable", d.week.unwrap_or(w.week).to_string(), &d.title));
        }
    }
    for m in &rm.milestones {
        let due = match (m.month, m.week) {
            (Some(month), _) => format!("month {month}"),
            (None, week) => format!("week {}", week.unwrap_or(rm.length_weeks())),
        };
        out.push(fact("milestone", due, &m.title));
    }
    for b in rm.daily.iter().flat_map(|d| &d.blocks) {
        let amount = format!("{:?}/{:?}", b.minutes, b.percent);
        out.push(fact("daily block", amount, &b.name));
    }
    for c in &rm.checkpoints {
        for q in &c.questions {
            out.push(fact("checkpoint question", c.every_weeks.to_string(), &q.text));
        }
    }
    for p in &rm.projects {
        let effort = format!("{}-{} {:?}", p.effort.min, p.effort.max, p.effort.unit);
        out.push(fact("project", effort, &p.title));
    }
    out
}

/// Same kind and time, and most words shared (the smaller title's words mostly in the larger).
fn same(a: &Fact, b: &Fact) -> bool {
    if a.kind != b.kind || a.when != b.when {
        return false;
    }
    let shared = a.words.intersection(&b.words).count();
    let smaller = a.words.len().min(b.words.len()).max(1);
    shared * 10 >= smaller * 7
}

/// (matched bundled, bundled total, matched drafted, drafted total), one-to-one greedy.
fn compare(bundled: &[Fact], drafted: &[Fact]) -> (usize, usize, usize, usize, Vec<String>) {
    let mut used = vec![false; drafted.len()];
    let mut matched = 0;
    let mut missed = Vec::new();
    for b in bundled {
        match (0..drafted.len()).find(|&i| !used[i] && same(b, &drafted[i])) {
            Some(i) => {
                used[i] = true;
                matched += 1;
            }
            None => missed.push(format!("missed {} [{}] {}", b.kind, b.when, b.text)),
        }
    }
    for (i, d) in drafted.iter().enumerate() {
        if !used[i] {
            missed.push(format!("extra  {} [{}] {}", d.kind, d.when, d.text));
        }
    }
    (
        matched,
        bundled.len(),
        used.iter().filter(|u| **u).count(),
        drafted.len(),
        missed,
    )
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/markdown/seeds/{name}.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn bundled_facts(ids: &[&str]) -> Vec<Fact> {
    ids.iter()
        .flat_map(|id| {
            let file = bundled::find(id).unwrap();
            facts(&parse_str(file.source, id).unwrap())
        })
        .collect()
}

/// Drafts a seed (one track when given) and checks both numbers against the bundled roadmaps.
fn check(name: &str, track: Option<&str>, bundled_ids: &[&str]) {
    let options = DraftOptions {
        track: track.map(str::to_owned),
        origin: format!("{name}.md"),
    };
    let drafted = draft(&seed(name), &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (hit, total, used, made, misses) = compare(&bundled_facts(bundled_ids), &facts(&drafted.roadmap));
    let recall = hit as f64 / total as f64;
    let precision = used as f64 / made.max(1) as f64;
    println!(
        "seed {name}{}: recall {:.1}% ({hit}/{total}), precision {:.1}% ({used}/{made}) against {}",
        track.map(|t| format!(" --track {t}")).unwrap_or_default(),
        recall * 100.0,
        precision * 100.0,
        bundled_ids.join(" + ")
    );
    for miss in &misses {
        println!("    {miss}");
    }
    assert!(recall >= 0.9, "{name}: recall {recall:.3} is under 0.9");
    assert!(precision >= 0.95, "{name}: precision {precision:.3} is under 0.95");
}

#[test]
fn seed_000_quarters_and_monthly_milestones() {
    check("000_86f5ebe1e6722f53", None, &["quarterly-2026"]);
}

#[test]
fn seed_001_fast_track_is_the_first_track() {
    check("001_47108cf5f32b6a34", None, &["fast-track-6-month"]);
    check("001_47108cf5f32b6a34", Some("a"), &["fast-track-6-month"]);
}

#[test]
fn seed_001_standard_track_borrows_and_stretches_the_sprints() {
    check("001_47108cf5f32b6a34", Some("b"), &["standard-9-month"]);
}

#[test]
fn seed_002_blocks_and_week_details() {
    check("002_452ca19f2974e3fa", None, &["q1-2026-white-box"]);
}

#[test]
fn seed_003_topic_map_and_projects_in_one_draft() {
    check(
        "003_76276e4968793f95",
        None,
        &["genai-engineering", "genai-five-projects"],
    );
}

#[test]
fn seed_004_calendar_months_and_daily_budget() {
    check("004_7790502f93dd25a3", None, &["ai-engineer-feb-aug-2026"]);
}

#[test]
fn seed_001_says_it_holds_two_tracks() {
    let drafted = draft(&seed("001_47108cf5f32b6a34"), &DraftOptions::default()).unwrap();
    let keys: Vec<&str> = drafted.report.tracks.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["a", "b"]);
    assert!(
        drafted.toml.contains("--track b"),
        "the TOML header names the other track"
    );
    let unknown = draft(
        &seed("001_47108cf5f32b6a34"),
        &DraftOptions {
            track: Some("z".into()),
            ..DraftOptions::default()
        },
    );
    let message = unknown.unwrap_err().to_string();
    assert!(
        message.contains("a (6-Month Fast-Track)") && message.contains("b (9-Month Standard)"),
        "{message}"
    );
}

#[test]
fn seed_000_every_milestone_gets_the_criteria_the_file_states_once() {
    let drafted = draft(&seed("000_86f5ebe1e6722f53"), &DraftOptions::default()).unwrap();
    assert_eq!(drafted.roadmap.milestones.len(), 12);
    for m in &drafted.roadmap.milestones {
        assert_eq!(
            m.acceptance,
            ["tests", "README", "demo notebook", "cost estimate for deployment"],
            "{}",
            m.title
        );
    }
    assert_eq!(
        drafted.roadmap.suggested_start.map(|d| d.to_string()).as_deref(),
        Some("2026-01-01")
    );
    assert!(drafted.report.unplaced.is_empty(), "{:?}", drafted.report.unplaced);
}

#[test]
fn seed_004_background_gives_the_goal_and_the_daily_budget() {
    let drafted = draft(&seed("004_7790502f93dd25a3"), &DraftOptions::default()).unwrap();
    let rm = &drafted.roadmap;
    assert!(
        rm.goal
            .as_deref()
            .is_some_and(|g| g.starts_with("Become a production-ready AI / ML Engineer"))
    );
    let daily = rm.daily.as_ref().unwrap();
    assert_eq!((daily.min_minutes, daily.minutes), (Some(90), 120));
    assert!(
        drafted
            .toml
            .contains("# Guessed: the file gives the daily time but no split"),
        "{}",
        drafted.toml
    );
}
