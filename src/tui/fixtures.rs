//! A seeded in-memory store for rendering and update tests: the fixture
//! roadmap started seven weeks before Tuesday 24 November 2026 (week 8 of 12),
//! some time logged, tasks, statuses, a note, a saved answer and a running timer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::plan::{Enrollment, ItemState, monday_of};
use crate::roadmap::Roadmap;
use crate::store::{Store, StoredRoadmap, WeeklyReview};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::study::Snapshot;
use crate::tui::action::{Action, Screen};
use crate::tui::app::App;
use crate::tui::state::{Cursor, View, WelcomeState};

/// The fixed "today" of every fixture.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// 14:05:30 on the fixed day.
pub fn now() -> NaiveDateTime {
    today().and_hms_opt(14, 5, 30).unwrap()
}

/// The day the fixture enrollment starts: week 8 holds the fixed day.
pub fn start() -> NaiveDate {
    monday_of(today()) - Duration::weeks(7)
}

/// A store with the fixture roadmap started six weeks before the fixed day
/// (week 7 holds it) and nothing else: no tasks, logs or statuses.
pub fn bare_store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&roadmap(""), "test").unwrap();
    store
        .start(&Enrollment {
            roadmap_id: "fast-track".into(),
            start: monday_of(today()) - Duration::weeks(6),
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    store
}

/// `hour:minute` on the fixed day.
pub fn at(hour: u32, minute: u32) -> NaiveDateTime {
    today().and_hms_opt(hour, minute, 0).unwrap()
}

/// The app on an 80x24 terminal at `now`.
pub fn app(store: Store, now: NaiveDateTime) -> App {
    let mut app = App::new(store, now).unwrap();
    app.update(Action::Resize(80, 24), now);
    app
}

/// Types `text` key by key into whatever has the focus.
pub fn type_text(app: &mut App, text: &str, now: NaiveDateTime) {
    for c in text.chars() {
        app.update(Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)), now);
    }
}

const ROADMAP: &str = r#"
id = "fast-track"
title = "AI Engineering Fast Track"
summary = "Twelve weeks from Python to shipped LLM apps"
weeks = 12
[[phases]]
id = "sprint-1"
level = "sprint"
title = "Foundations"
weeks = [1, 4]
focus = "Python, maths and the first model"
deliverables = [{ id = "s1-repo", title = "Public repo with a README" }]
[[phases]]
id = "sprint-2"
level = "sprint"
title = "Transformers"
weeks = [5, 8]
focus = "Build attention from scratch, then a tiny GPT"
deliverables = [
  { id = "s2-gpt", title = "A character-level GPT trained on a book" },
  { id = "s2-blog", title = "Blog post: attention explained", week = 7 },
]
[[phases]]
id = "sprint-3"
level = "sprint"
title = "Shipping"
weeks = [9, 12]
deliverables = [{ id = "s3-app", title = "A deployed RAG app" }]
[[week_details]]
id = "week-8"
week = 8
title = "The Transformer Implementation"
concept = "Multi-head attention, positional encodings"
code = ["src/attention.py", "tests/test_attention.py"]
deliverables = [{ id = "w8-attn", title = "Attention passes the shape tests" }]
[[milestones]]
id = "m-gpt"
title = "First model trained end to end"
week = 8
acceptance = ["Loss below 1.5", "Samples are readable"]
[[checkpoints]]
id = "monthly"
title = "Are you on track?"
every_weeks = 4
questions = [{ id = "q-explain", text = "Can you explain attention to a friend?" }]
note = "Be honest; adjust the plan if not."
[[parallel_tracks]]
id = "career"
title = "Career"
start_week = 6
optional = true
tasks = [{ id = "network", title = "Talk to people in the field", every_weeks = 1, count = 2 }]
[[metrics]]
id = "papers"
name = "Papers"
target_per_week = 1
unit = "paper"
"#;

/// The fixture roadmap, with `suffix` appended to its titles (hostile text tests).
pub fn roadmap(suffix: &str) -> Roadmap {
    let mut roadmap: Roadmap = toml::from_str(ROADMAP).unwrap();
    roadmap.title.push_str(suffix);
    roadmap.summary.push_str(suffix);
    for phase in &mut roadmap.phases {
        phase.title.push_str(suffix);
        if let Some(focus) = &mut phase.focus {
            focus.push_str(suffix);
        }
        for d in &mut phase.deliverables {
            d.title.push_str(suffix);
        }
    }
    for week in &mut roadmap.week_details {
        week.title.push_str(suffix);
        for d in &mut week.deliverables {
            d.title.push_str(suffix);
        }
    }
    for milestone in &mut roadmap.milestones {
        milestone.title.push_str(suffix);
        milestone.acceptance.iter_mut().for_each(|a| a.push_str(suffix));
    }
    for checkpoint in &mut roadmap.checkpoints {
        checkpoint.title.push_str(suffix);
        checkpoint.questions.iter_mut().for_each(|q| q.text.push_str(suffix));
    }
    roadmap
}

fn day(offset: i64) -> NaiveDate {
    today() + Duration::days(offset)
}

/// An in-memory store with the fixture roadmap started and a week of use behind it.
pub fn store(suffix: &str) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&roadmap(suffix), "fixture").unwrap();
    let enrollment = Enrollment {
        roadmap_id: "fast-track".into(),
        start: start(),
        daily_minutes: 120,
        paused_weeks: Vec::new(),
    };
    store.start(&enrollment).unwrap();
    // The store refuses NUL in what a learner types (tasks, notes); the roadmap text keeps it.
    let typed = suffix.replace('\0', "");
    let suffix = typed.as_str();
    store.set_status("s1-repo", Some(ItemState::Done), day(-25)).unwrap();
    store
        .set_status("w8-attn", Some(ItemState::InProgress), day(-1))
        .unwrap();
    let read = store
        .add_task(&format!("Read the attention paper{suffix}"), day(-1))
        .unwrap();
    store.set_task_done(read, true).unwrap();
    store
        .add_task(&format!("Implement scaled dot-product attention{suffix}"), day(0))
        .unwrap();
    let notes = store.add_task("学习注意力机制 🚀 notes", day(0)).unwrap();
    store.set_task_done(notes, true).unwrap();
    store.add_task("Write shape tests", day(1)).unwrap();
    store.add_task("Record a demo", day(3)).unwrap();
    // A year of study, irregular, for the heatmap and the trend.
    for i in 1..=330 {
        if i % 3 != 0 || i % 7 == 1 {
            let minutes = ((i * 37) % 150) as u32 + 5;
            store.log_time(day(-i), "build", minutes, None).unwrap();
        }
    }
    store.log_time(day(-1), "learn", 30, None).unwrap();
    store.log_time(day(0), "learn", 30, None).unwrap();
    store.log_time(day(0), "build", 20, None).unwrap();
    store
        .save_note(day(0), &format!("Attention clicked today{suffix}\nAsk about masking"))
        .unwrap();
    let review = WeeklyReview {
        monday: Some(monday_of(today())),
        went_well: format!("Finished the attention maths{suffix}"),
        ..WeeklyReview::default()
    };
    store.save_review(monday_of(today()), &review).unwrap();
    store.start_timer("build", now() - Duration::minutes(12)).unwrap();
    store
}

/// Screen data for the fixed day, loaded from the seeded store as the app does.
pub fn data(suffix: &str) -> Snapshot {
    crate::study::load(
        &store(suffix),
        crate::study::Focus {
            stats: true,
            ..crate::study::Focus::today(today())
        },
    )
    .unwrap()
    .unwrap()
}

/// A view of `screen` over the fixture data.
pub fn view(screen: Screen, suffix: &str) -> View {
    View {
        now: now(),
        screen,
        data: Some(data(suffix)),
        shown_monday: monday_of(today()),
        cursor: Cursor {
            today: 1,
            week_day: 1,
            week_task: 0,
            milestones: 3,
            review: 1,
        },
        welcome: WelcomeState::default(),
        popup: None,
        status: None,
        size: (80, 24),
        bindings: crate::tui::keymap::BINDINGS.to_vec(),
    }
}

/// The welcome view with a list of roadmaps.
pub fn welcome_view(suffix: &str) -> View {
    let stored = |id: &str, title: &str, weeks, summary: &str| StoredRoadmap {
        id: id.into(),
        title: format!("{title}{suffix}"),
        summary: format!("{summary}{suffix}"),
        weeks,
        source: "bundled".into(),
    };
    View {
        data: None,
        welcome: WelcomeState {
            roadmaps: vec![
                stored(
                    "fast-track-6-month",
                    "AI Engineering Fast Track",
                    26,
                    "Six months, sprint by sprint",
                ),
                stored(
                    "standard-9-month",
                    "AI Engineering, Standard Pace",
                    39,
                    "Nine months with room to breathe",
                ),
                stored(
                    "genai-five-projects",
                    "Five GenAI Projects",
                    30,
                    "Learn by shipping five projects",
                ),
            ],
            selected: 1,
            form: None,
        },
        ..view(Screen::Today, suffix)
    }
}
