//! The seven bundled roadmaps carry every fact of the user's five seed roadmaps.
//!
//! Each bundled file parses, has its file stem as id, keeps its ids unique and
//! its phases apart; a test per roadmap checks distinctive facts of its seed in
//! the parsed data and in `studyplan roadmap show` text; and for each seed a
//! list of phrases copied from it must all appear in the rendered text.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Weekday};
use studyplan::report::roadmap_text::render_roadmap;
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::roadmap::{EffortUnit, Roadmap, parse_str};

#[path = "bundled_roadmaps/seed_phrases.rs"]
mod seed_phrases;

fn load(id: &str) -> Roadmap {
    let bundled = studyplan::roadmap::bundled::find(id).unwrap_or_else(|| panic!("{id} is not bundled"));
    parse_str(bundled.source, bundled.file_name).unwrap_or_else(|e| panic!("{e}"))
}

/// The rendered text with every run of whitespace made one space, so phrases
/// match across the renderer's line wrapping.
fn shown(roadmap: &Roadmap) -> String {
    render_roadmap(roadmap).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_shown(id: &str, phrases: &[&str]) {
    let text = shown(&load(id));
    let missing: Vec<&&str> = phrases.iter().filter(|p| !text.contains(**p)).collect();
    assert!(missing.is_empty(), "{id}: `roadmap show` lacks {missing:#?}\n\n{text}");
}

/// Every id progress can attach to, in file order.
fn ids(r: &Roadmap) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    ids.extend(r.daily.iter().flat_map(|d| d.blocks.iter().map(|b| b.id.as_str())));
    for phase in &r.phases {
        ids.push(&phase.id);
        ids.extend(phase.deliverables.iter().map(|d| d.id.as_str()));
        ids.extend(phase.topics.iter().map(|t| t.id.as_str()));
    }
    for detail in &r.week_details {
        ids.push(&detail.id);
        ids.extend(detail.deliverables.iter().map(|d| d.id.as_str()));
    }
    ids.extend(r.milestones.iter().map(|m| m.id.as_str()));
    for checkpoint in &r.checkpoints {
        ids.push(&checkpoint.id);
        ids.extend(checkpoint.questions.iter().map(|q| q.id.as_str()));
    }
    for track in &r.parallel_tracks {
        ids.push(&track.id);
        ids.extend(track.tasks.iter().map(|t| t.id.as_str()));
    }
    ids.extend(r.metrics.iter().map(|m| m.id.as_str()));
    ids.extend(r.projects.iter().map(|p| p.id.as_str()));
    ids
}

#[test]
fn every_bundled_roadmap_parses_and_its_id_is_its_file_stem() {
    assert_eq!(BUNDLED.len(), 7);
    for bundled in BUNDLED {
        let roadmap = parse_str(bundled.source, bundled.file_name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(roadmap.id, bundled.id);
        assert_eq!(bundled.file_name, format!("{}.toml", roadmap.id));
        let on_disk = std::fs::read_to_string(format!("{}/roadmaps/{}", env!("CARGO_MANIFEST_DIR"), bundled.file_name))
            .unwrap_or_else(|e| panic!("{}: {e}", bundled.file_name));
        assert_eq!(on_disk, bundled.source, "the compiled-in copy is the file in roadmaps/");
    }
}

#[test]
fn bundled_text_is_plain_utf8_without_emoji_mojibake_or_control_characters() {
    for bundled in BUNDLED {
        // The middle dot is the seed's own separator (`Engineering Roadmap · 2024-2026`).
        let odd: Vec<char> = bundled
            .source
            .chars()
            .filter(|c| !(*c == '\n' || (' '..='~').contains(c) || *c == '·'))
            .collect();
        assert!(odd.is_empty(), "{}: unexpected characters {odd:?}", bundled.file_name);
    }
}

#[test]
fn ids_are_readable_and_unique_within_each_roadmap() {
    for bundled in BUNDLED {
        let roadmap = load(bundled.id);
        let ids = ids(&roadmap);
        let mut seen = HashSet::new();
        for id in &ids {
            assert!(seen.insert(*id), "{}: id `{id}` is used twice", bundled.id);
            let readable = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !id.starts_with('-')
                && !id.ends_with('-');
            assert!(readable, "{}: id `{id}` is not lowercase-digits-dashes", bundled.id);
        }
    }
}

#[test]
fn phases_of_one_level_do_not_overlap_and_every_week_lies_inside_the_track() {
    for bundled in BUNDLED {
        let roadmap = load(bundled.id);
        // A roadmap in calendar months places its phases and items in months.
        let last = roadmap.months.unwrap_or_else(|| roadmap.length_weeks());
        let mut taken: HashSet<(&str, u32)> = HashSet::new();
        for phase in &roadmap.phases {
            let [first, end] = phase
                .months
                .or(phase.weeks)
                .unwrap_or_else(|| panic!("{}: {} has no weeks", bundled.id, phase.id));
            assert!(
                1 <= first && first <= end && end <= last,
                "{}: {} is {first}-{end}",
                bundled.id,
                phase.id
            );
            for week in first..=end {
                assert!(
                    taken.insert((&phase.level, week)),
                    "{}: {} overlaps in week {week}",
                    bundled.id,
                    phase.id
                );
            }
            for deliverable in &phase.deliverables {
                let due = deliverable.month.or(deliverable.week).unwrap_or(end);
                assert!(
                    (first..=end).contains(&due),
                    "{}: {} due in week {due}",
                    bundled.id,
                    deliverable.id
                );
            }
        }
        for milestone in &roadmap.milestones {
            let week = milestone.month.or(milestone.week).unwrap_or(last);
            assert!(
                (1..=last).contains(&week),
                "{}: {} in week {week}",
                bundled.id,
                milestone.id
            );
            assert!(
                !milestone.acceptance.is_empty(),
                "{}: {} has no acceptance criteria",
                bundled.id,
                milestone.id
            );
        }
        for detail in &roadmap.week_details {
            assert!((1..=last).contains(&detail.week), "{}: {}", bundled.id, detail.id);
        }
        // A level that is used covers the whole track, with no gap.
        let levels: HashSet<&str> = roadmap.phases.iter().map(|p| p.level.as_str()).collect();
        for level in levels {
            let covered = taken.iter().filter(|(l, _)| *l == level).count();
            assert_eq!(
                covered, last as usize,
                "{}: level {level} leaves weeks uncovered",
                bundled.id
            );
        }
    }
}

// Seed 001: both tracks.

#[test]
fn fast_track_is_six_four_week_sprints_with_the_milestones_at_their_ends() {
    let r = load("fast-track-6-month");
    assert_eq!(r.weeks, Some(24));
    let sprints: Vec<[u32; 2]> = r
        .phases
        .iter()
        .filter(|p| p.level == "sprint")
        .filter_map(|p| p.weeks)
        .collect();
    assert_eq!(sprints, [[1, 4], [5, 8], [9, 12], [13, 16], [17, 20], [21, 24]]);
    let milestone_weeks: Vec<Option<u32>> = r.milestones.iter().map(|m| m.week).collect();
    assert_eq!(milestone_weeks, [Some(8), Some(12), Some(16), Some(20), Some(24)]);
    assert_eq!(r.related, ["standard-9-month"]);
    assert_seed_001_routine(&r);
    let text = shown(&r);
    assert!(text.contains("Length: 24 weeks"), "{text}");
    assert!(text.contains("Weeks 21-24 Job Readiness Sprint"), "{text}");
    assert!(text.contains("Week 8 ML Foundations Project shipped"), "{text}");
    assert!(text.contains("In weeks: 4, 8, 12, 16, 20, 24"), "{text}");
    assert_shown("fast-track-6-month", seed_phrases::SEED_001_SHARED);
}

#[test]
fn standard_track_stretches_the_same_sprints_to_six_weeks_and_adds_the_extras() {
    let standard = load("standard-9-month");
    let fast = load("fast-track-6-month");
    assert_eq!(standard.weeks, Some(36));
    assert_eq!(standard.phases.len(), fast.phases.len());
    for (i, (s, f)) in standard.phases.iter().zip(&fast.phases).enumerate() {
        let n = u32::try_from(i).unwrap();
        assert_eq!(s.weeks, Some([6 * n + 1, 6 * n + 6]));
        assert_eq!((&s.title, &s.focus, &s.level), (&f.title, &f.focus, &f.level));
        // The fast track's deliverables, then the two extra mini-projects.
        assert_eq!(s.deliverables[..f.deliverables.len()], f.deliverables[..]);
        let extras: Vec<&str> = s.deliverables[f.deliverables.len()..]
            .iter()
            .map(|d| d.title.as_str())
            .collect();
        assert_eq!(
            extras,
            [
                "extra mini-project 1 (for confidence)",
                "extra mini-project 2 (for confidence)"
            ]
        );
        assert_eq!(s.sections.len(), 1);
        assert_eq!(s.sections[0].items, ["more drills", "more reading", "more repetition"]);
    }
    // Same milestones, each at the end of the sprint that ships it.
    for (s, f) in standard.milestones.iter().zip(&fast.milestones) {
        assert_eq!((&s.id, &s.title, &s.acceptance), (&f.id, &f.title, &f.acceptance));
        assert_eq!(s.week.unwrap() % 6, 0);
        assert_eq!(s.week.unwrap() / 6, f.week.unwrap() / 4);
    }
    assert_eq!(standard.milestones.len(), fast.milestones.len());
    // The routine is shared word for word.
    assert_eq!(standard.weekly, fast.weekly);
    assert_eq!(standard.daily, fast.daily);
    assert_eq!(standard.checkpoints, fast.checkpoints);
    assert_eq!(standard.parallel_tracks, fast.parallel_tracks);
    assert_seed_001_routine(&standard);
    let text = shown(&standard);
    assert!(text.contains("Length: 36 weeks"), "{text}");
    assert!(text.contains("Week 36 Job-ready package"), "{text}");
    assert!(text.contains("week 3 extra mini-project 1 (for confidence)"), "{text}");
    assert!(
        text.contains("Each sprint includes: - more drills - more reading - more repetition"),
        "{text}"
    );
    assert_shown("standard-9-month", seed_phrases::SEED_001_SHARED);
}

/// Seed 001's week, day, checkpoint and career track, as data.
fn assert_seed_001_routine(r: &Roadmap) {
    assert!(r.weekly.is_some(), "the seed states its week");
    let weekly = r.weekly_structure();
    assert!(!weekly.sunday.study);
    assert_eq!(weekly.sunday.tasks, ["review and reset"]);
    assert!(weekly.monday.study && weekly.saturday.study);
    assert_eq!(weekly.thursday.tasks, ["implement + test", "push commits daily"]);
    let daily = r.daily.as_ref().unwrap();
    assert_eq!(daily.minutes, 120);
    let blocks: Vec<(&str, Option<u32>)> = daily.blocks.iter().map(|b| (b.id.as_str(), b.minutes)).collect();
    assert_eq!(blocks, [("learn", Some(30)), ("build", Some(60)), ("polish", Some(30))]);
    let checkpoint = &r.checkpoints[0];
    assert_eq!((checkpoint.every_weeks, checkpoint.questions.len()), (4, 4));
    let career = &r.parallel_tracks[0];
    assert_eq!((career.start_week, career.optional), (6, true));
    let cadence: Vec<(Option<u32>, u32)> = career.tasks.iter().map(|t| (t.every_weeks, t.count)).collect();
    assert_eq!(cadence, [(Some(1), 1), (Some(2), 1), (Some(1), 2), (None, 1)]);
}

// Seed 000: quarterly-2026.

#[test]
fn quarterly_2026_places_quarters_and_months_on_calendar_months() {
    let r = load("quarterly-2026");
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    assert_eq!(r.suggested_start, Some(start));
    assert_eq!(
        (r.weeks, r.months),
        (None, Some(12)),
        "twelve calendar months from 1 January"
    );
    let months: Vec<[u32; 2]> = r
        .phases
        .iter()
        .filter(|p| p.level == "month")
        .filter_map(|p| p.months)
        .collect();
    assert_eq!(months, (1..=12).map(|m| [m, m]).collect::<Vec<_>>());
    let quarters: Vec<[u32; 2]> = r
        .phases
        .iter()
        .filter(|p| p.level == "quarter")
        .filter_map(|p| p.months)
        .collect();
    assert_eq!(quarters, [[1, 3], [4, 6], [7, 9], [10, 12]]);
    // Every monthly milestone is due at the end of its month.
    let due: Vec<Option<u32>> = r.milestones.iter().map(|m| m.month).collect();
    assert_eq!(due, (1..=12).map(Some).collect::<Vec<_>>());
    let august = r.milestones.iter().find(|m| m.id == "milestone-august").unwrap();
    assert_eq!(august.month, Some(8));
    assert!(
        august
            .title
            .contains("Deploy a model on cloud (AWS/GCP) with autoscaling basics")
    );
    assert!(august.acceptance.iter().any(|a| a == "cost estimate for deployment"));
    let text = shown(&r);
    assert!(
        text.contains("Suggested start: Thu 2026-01-01 (last day Thu 2026-12-31)"),
        "{text}"
    );
    assert!(
        text.contains("End of month 8 August: Deploy a model on cloud (AWS/GCP) with autoscaling basics Acceptance criteria: - tests - README - demo notebook - cost estimate for deployment"),
        "{text}"
    );
    assert!(
        text.contains("Months 10-12 Q4: Generative Models & Research Outreach"),
        "{text}"
    );
}

#[test]
fn quarterly_2026_shows_every_fact_of_seed_000() {
    assert_shown("quarterly-2026", seed_phrases::SEED_000);
}

// Seed 002: q1-2026-white-box.

#[test]
fn white_box_week_7_is_the_transformer_implementation() {
    let r = load("q1-2026-white-box");
    assert_eq!(r.weeks, Some(12));
    let start = r.suggested_start.unwrap();
    assert_eq!(
        (start, start.weekday()),
        (NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(), Weekday::Mon)
    );
    let weeks: Vec<u32> = r.week_details.iter().map(|d| d.week).collect();
    assert_eq!(weeks, (1..=12).collect::<Vec<_>>());
    assert!(
        r.week_details
            .iter()
            .all(|d| d.deliverables.len() == 1 && d.concept.is_some())
    );
    let week7 = &r.week_details[6];
    assert_eq!(week7.title, "The Transformer Implementation");
    assert_eq!(week7.code, ["src/llm/attention.py", "src/llm/transformer.py"]);
    assert_eq!(
        r.week_details[11].action.as_deref(),
        Some("Clean up READMEs, record \"Loom\" walkthroughs.")
    );
    let blocks: Vec<(&str, Option<[u32; 2]>, bool)> = r
        .phases
        .iter()
        .map(|p| (p.level.as_str(), p.weeks, p.artifact.is_some() && p.focus.is_some()))
        .collect();
    assert_eq!(
        blocks,
        [
            ("block", Some([1, 4]), true),
            ("block", Some([5, 8]), true),
            ("block", Some([9, 12]), true)
        ]
    );
    let metrics: Vec<(&str, u32)> = r.metrics.iter().map(|m| (m.name.as_str(), m.target_per_week)).collect();
    assert_eq!(metrics, [("Core Algo", 1), ("Paper", 1), ("App", 1)]);
    let text = shown(&r);
    assert!(
        text.contains("Week 7 The Transformer Implementation Concept: Self-Attention, Multi-Head, Positional Encodings. Code: src/llm/attention.py, src/llm/transformer.py Deliverable: A \"Build BERT from scratch\" notebook."),
        "{text}"
    );
    assert!(text.contains("Core Algo 1 algorithm a week"), "{text}");
}

#[test]
fn white_box_shows_every_fact_of_seed_002() {
    assert_shown("q1-2026-white-box", seed_phrases::SEED_002);
}

// Seed 003, first part: genai-engineering.

#[test]
fn genai_engineering_paces_five_labelled_phases_and_uses_every_label() {
    let r = load("genai-engineering");
    assert_eq!(r.weeks, Some(20));
    let phases: Vec<Option<[u32; 2]>> = r.phases.iter().map(|p| p.weeks).collect();
    assert_eq!(
        phases,
        [
            Some([1, 4]),
            Some([5, 8]),
            Some([9, 12]),
            Some([13, 16]),
            Some([17, 20])
        ]
    );
    let labels: Vec<&str> = r.labels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(labels, ["CORE", "TOOL", "ARCH", "PROD", "ADV"]);
    // Each phase's topics all carry that phase's label, and every label is used.
    for (phase, label) in r.phases.iter().zip(&labels) {
        assert!(!phase.topics.is_empty() && phase.subtitle.is_some(), "{}", phase.id);
        assert!(
            phase
                .topics
                .iter()
                .all(|t| t.label.as_deref() == Some(label) && t.description.is_some())
        );
    }
    let topics: usize = r.phases.iter().map(|p| p.topics.len()).sum();
    assert_eq!(topics, 4 + 5 + 5 + 5 + 4);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("studyplan's suggestion") && n.contains("Master one phase before moving to the next"))
    );
    let text = shown(&r);
    assert!(
        text.contains("Weeks 17-20 05. Frontier Systems Cutting edge - where research meets engineering"),
        "{text}"
    );
    assert!(
        text.contains("ADV Reasoning Models: Chain-of-thought distillation, o1-style test-time compute, MCTS"),
        "{text}"
    );
    for label in labels {
        assert!(text.contains(&format!(" {label} ")), "{label} missing from {text}");
    }
}

#[test]
fn genai_engineering_shows_every_fact_of_seed_003_part_one() {
    assert_shown("genai-engineering", seed_phrases::SEED_003_TOPICS);
}

// Seed 003, second part: genai-five-projects.

#[test]
fn genai_projects_rise_in_level_and_project_4_takes_4_to_6_weeks() {
    let r = load("genai-five-projects");
    assert_eq!(r.weeks, None, "the length follows from the efforts");
    let levels: Vec<&str> = r.projects.iter().filter_map(|p| p.level.as_deref()).collect();
    assert_eq!(levels, ["STARTER", "BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]);
    let efforts: Vec<(u32, u32, EffortUnit)> = r
        .projects
        .iter()
        .map(|p| (p.effort.min, p.effort.max, p.effort.unit))
        .collect();
    assert_eq!(
        efforts,
        [
            (1, 2, EffortUnit::Days),
            (1, 1, EffortUnit::Weeks),
            (2, 3, EffortUnit::Weeks),
            (4, 6, EffortUnit::Weeks),
            (2, 3, EffortUnit::Months)
        ]
    );
    let complexity: Vec<Option<u32>> = r.projects.iter().map(|p| p.complexity).collect();
    assert_eq!(complexity, [Some(18), Some(36), Some(55), Some(74), Some(95)]);
    // 2 days + 1 week + 3 weeks + 6 weeks + 3 months of 4 weeks = 156 days.
    assert_eq!(r.length_weeks(), 23);
    let text = shown(&r);
    assert!(text.contains("04. Domain-Specific Fine-Tuned Model + API"), "{text}");
    assert!(
        text.contains("Level: ADVANCED | Effort: 4-6 weeks | Complexity: #######... 74%"),
        "{text}"
    );
    assert!(
        text.contains("Level: STARTER | Effort: 1-2 days | Complexity: ##........ 18%"),
        "{text}"
    );
    assert!(
        text.contains("Level: EXPERT | Effort: 2-3 months | Complexity: ########## 95%"),
        "{text}"
    );
}

#[test]
fn genai_projects_show_every_fact_of_seed_003_part_two() {
    assert_shown("genai-five-projects", seed_phrases::SEED_003_PROJECTS);
}

// Seed 004: ai-engineer-feb-aug-2026.

#[test]
fn ai_engineer_runs_february_to_august_by_month_at_90_to_120_minutes() {
    let r = load("ai-engineer-feb-aug-2026");
    let start = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    assert_eq!(r.suggested_start, Some(start));
    assert_eq!((r.weeks, r.months), (None, Some(7)));
    let months: Vec<(&str, Option<[u32; 2]>)> = r.phases.iter().map(|p| (p.title.as_str(), p.months)).collect();
    let names = ["February", "March", "April", "May", "June", "July", "August"];
    for (month, ((title, placed), name)) in (1u32..).zip(months.iter().zip(names)) {
        assert_eq!(*title, format!("{name} 2026"));
        assert_eq!(*placed, Some([month, month]), "{title}");
    }
    assert!(
        r.phases
            .iter()
            .all(|p| p.level == "month" && p.deliverables.len() == 1 && !p.goals.is_empty())
    );
    let june = r.phases.iter().find(|p| p.id == "june").unwrap();
    assert!(june.deliverables[0].title.contains("Kafka"));
    let daily = r.daily.as_ref().unwrap();
    assert_eq!((daily.minutes, daily.min_minutes), (120, Some(90)));
    let sections: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        sections,
        ["Background", "Philosophy", "End Goal", "Progress Tracking", "Motto"]
    );
    let text = shown(&r);
    assert!(text.contains("90-120 minutes a day, planned at 120"), "{text}");
    assert!(
        text.contains("On a 90-minute day: Learning 25 min, Build 45 min, Polish 20 min"),
        "{text}"
    );
    assert!(
        text.contains("Month 5 June 2026 Focus: Streaming ML & Real-Time Scoring"),
        "{text}"
    );
    assert!(
        text.contains("end of month 5 Kafka / EventHub -> Spark Streaming -> ML scoring (e.g., anomaly detection)."),
        "{text}"
    );
}

#[test]
fn ai_engineer_shows_every_fact_of_seed_004() {
    assert_shown("ai-engineer-feb-aug-2026", seed_phrases::SEED_004);
}
