//! The seven bundled roadmaps carry every fact of the user's five seed roadmaps.
//!
//! Each bundled file parses, has its file stem as id, keeps its ids unique and
//! its phases apart; a test per roadmap checks distinctive facts of its seed in
//! the parsed data and in `studyplan roadmap show` text; and for each seed a
//! list of phrases copied from it must all appear in the rendered text.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use studyplan::report::roadmap_text::render_roadmap;
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::roadmap::{EffortUnit, Roadmap, parse_str};

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

/// Week ranges of the month (or quarter, `months` = 3) phases by the ISO rule:
/// a Mon-Sun week belongs to the month holding its Thursday; week 1 holds `start`.
fn iso_month_weeks(start: NaiveDate, weeks: u32) -> Vec<(u32, [u32; 2])> {
    let monday = start.checked_sub_days(Days::new(start.weekday().num_days_from_monday().into())).unwrap();
    let mut months: Vec<(u32, [u32; 2])> = Vec::new();
    for week in 1..=weeks {
        let thursday = monday.checked_add_days(Days::new(u64::from(week - 1) * 7 + 3)).unwrap();
        match months.last_mut() {
            Some((month, range)) if *month == thursday.month() => range[1] = week,
            _ => months.push((thursday.month(), [week, week])),
        }
    }
    months
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
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
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
        let last = roadmap.length_weeks();
        let mut taken: HashSet<(&str, u32)> = HashSet::new();
        for phase in &roadmap.phases {
            let [first, end] = phase.weeks.unwrap_or_else(|| panic!("{}: {} has no weeks", bundled.id, phase.id));
            assert!(1 <= first && first <= end && end <= last, "{}: {} is {first}-{end}", bundled.id, phase.id);
            for week in first..=end {
                assert!(taken.insert((&phase.level, week)), "{}: {} overlaps in week {week}", bundled.id, phase.id);
            }
            for deliverable in &phase.deliverables {
                let due = deliverable.week.unwrap_or(end);
                assert!((first..=end).contains(&due), "{}: {} due in week {due}", bundled.id, deliverable.id);
            }
        }
        for milestone in &roadmap.milestones {
            let week = milestone.week.unwrap_or(last);
            assert!((1..=last).contains(&week), "{}: {} in week {week}", bundled.id, milestone.id);
            assert!(!milestone.acceptance.is_empty(), "{}: {} has no acceptance criteria", bundled.id, milestone.id);
        }
        for detail in &roadmap.week_details {
            assert!((1..=last).contains(&detail.week), "{}: {}", bundled.id, detail.id);
        }
        // A level that is used covers the whole track, with no gap.
        let levels: HashSet<&str> = roadmap.phases.iter().map(|p| p.level.as_str()).collect();
        for level in levels {
            let covered = taken.iter().filter(|(l, _)| *l == level).count();
            assert_eq!(covered, last as usize, "{}: level {level} leaves weeks uncovered", bundled.id);
        }
    }
}

// Seed 001: both tracks.

/// Facts of seed 001 that both tracks carry, in the rendered text.
const SEED_001_SHARED: &[&str] = &[
    "6-Month Fast-Track",
    "intense, project-heavy",
    "9-Month Standard",
    "more repetition + deeper fundamentals",
    "Both tracks ship the same portfolio, with different pacing.",
    // Milestones with their parenthesised acceptance criteria.
    "ML Foundations Project shipped Acceptance criteria: - baseline - evaluation",
    "Deep Learning Project shipped Acceptance criteria: - PyTorch",
    "LLM/RAG Project shipped Acceptance criteria: - vector search - UI/API",
    "Deployed AI App shipped Acceptance criteria: - Docker - cloud",
    "Job-ready package Acceptance criteria: - resume - LinkedIn - interview practice",
    // Sprints.
    "Foundations Sprint Focus: Python, pandas, SQL, baseline ML",
    "20 SQL queries repo",
    "baseline classifier with scikit-learn",
    "one polished README",
    "Machine Learning Sprint Focus: features, model selection, evaluation, pipelines",
    "regression project + error analysis",
    "classification project + thresholding",
    "experiment report template used",
    "Deep Learning Sprint Focus: PyTorch fundamentals + one serious model",
    "image classifier (or NLP classifier)",
    "training curves + overfitting mitigation",
    "LLM Apps Sprint Focus: embeddings, vector search, RAG, evaluation",
    "RAG app with citations/sources",
    "prompt and retrieval experiments",
    "Deployment + MLOps Sprint Focus: FastAPI, Docker, CI, cloud deploy, monitoring basics",
    "Dockerized API deployed (Render/Fly/Cloud Run/etc.)",
    "CI pipeline running tests",
    "Job Readiness Sprint Focus: portfolio polish + interviews",
    "3 major repos polished",
    "resume + STAR stories",
    "mock interview loop",
    // Weekly structure.
    "Mon Plan plan tasks + define metric/deliverable; create GitHub issue list",
    "Tue Implement + test implement + test; push commits daily",
    "Wed Implement + test implement + test; push commits daily",
    "Thu Implement + test implement + test; push commits daily",
    "Fri Refactor + document refactor + documentation; run evaluation and save report",
    "Sat Demo + deploy demo + deploy if possible; write short post / reflection",
    "Sun Review and reset review and reset (no study blocks)",
    // Daily split.
    "120 minutes a day",
    "Learning 30 min 25% video/book",
    "Build 60 min 50% code",
    "Polish 30 min 25% tests/README/reflection",
    // Checkpoint.
    "Every 4 weeks Are You On Track?",
    "Can I demo something working?",
    "Can I explain metrics and tradeoffs?",
    "Did I write at least one test?",
    "Did I improve a baseline with evidence?",
    "If you can't demo, you're studying too much and building too little.",
    // Career parallel track.
    "From week 6 Career Parallel Track (optional)",
    "Update LinkedIn: weekly",
    "Post 1 project update: every 2 weeks",
    "Network with people (messages, meetups, communities): 2x weekly",
    "Track jobs to learn requirements early",
    "This makes interviews easier because you're already speaking employer language.",
];

#[test]
fn fast_track_is_six_four_week_sprints_with_the_milestones_at_their_ends() {
    let r = load("fast-track-6-month");
    assert_eq!(r.weeks, Some(24));
    let sprints: Vec<[u32; 2]> = r.phases.iter().filter(|p| p.level == "sprint").filter_map(|p| p.weeks).collect();
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
    assert_shown("fast-track-6-month", SEED_001_SHARED);
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
        let extras: Vec<&str> = s.deliverables[f.deliverables.len()..].iter().map(|d| d.title.as_str()).collect();
        assert_eq!(extras, ["extra mini-project 1 (for confidence)", "extra mini-project 2 (for confidence)"]);
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
    assert!(text.contains("Each sprint includes: - more drills - more reading - more repetition"), "{text}");
    assert_shown("standard-9-month", SEED_001_SHARED);
}

/// Seed 001's week, day, checkpoint and career track, as data.
fn assert_seed_001_routine(r: &Roadmap) {
    let weekly = r.weekly.as_ref().unwrap();
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
