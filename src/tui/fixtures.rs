//! Hand-built screen data for rendering tests: Tuesday 24 November 2026,
//! week 7 of a 12-week roadmap, some time logged, a task done, a checkpoint due.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDate, NaiveDateTime, Weekday};

use crate::plan::{
    BlockPlan, CheckpointDue, DayPlan, DayRoleRef, DueItem, DueKind, Enrollment, ItemState, ItemStatus, MetricTarget,
    Pace, PaceStatus, PhaseRef, Position, RecurringDue, RunningTimer, Task, TimeEntry, WeekPlan,
};
use crate::roadmap::Roadmap;
use crate::store::{StoredRoadmap, WeeklyReview};
use crate::tui::action::Screen;
use crate::tui::app::monday_of;
use crate::tui::data::{ReviewNumbers, ScreenData};
use crate::tui::state::{Cursor, View, WelcomeState};

/// The fixed "today" of every fixture.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

/// 14:05:30 on the fixed day.
pub fn now() -> NaiveDateTime {
    today().and_hms_opt(14, 5, 30).unwrap_or_default()
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
deliverables = [{ id = "s2-gpt", title = "A character-level GPT trained on a book" }, { id = "s2-blog", title = "Blog post: attention explained" }]
[[phases]]
id = "sprint-3"
level = "sprint"
title = "Shipping"
weeks = [9, 12]
deliverables = [{ id = "s3-app", title = "A deployed RAG app" }]
[[week_details]]
id = "week-7"
week = 7
title = "The Transformer Implementation"
concept = "Multi-head attention, positional encodings"
code = ["src/attention.py", "tests/test_attention.py"]
deliverables = [{ id = "w7-attn", title = "Attention passes the shape tests" }]
[[milestones]]
id = "m-gpt"
title = "First model trained end to end"
week = 8
acceptance = ["Loss below 1.5", "Samples are readable"]
"#;

/// The fixture roadmap, with `title_suffix` appended to every title (hostile text tests).
pub fn roadmap(title_suffix: &str) -> Roadmap {
    let mut roadmap: Roadmap = toml::from_str(ROADMAP).unwrap_or_else(|e| panic!("fixture roadmap: {e}"));
    roadmap.title.push_str(title_suffix);
    for phase in &mut roadmap.phases {
        phase.title.push_str(title_suffix);
        for d in &mut phase.deliverables {
            d.title.push_str(title_suffix);
        }
    }
    for week in &mut roadmap.week_details {
        week.title.push_str(title_suffix);
    }
    roadmap
}

fn day(offset: i64) -> NaiveDate {
    today() + Duration::days(offset)
}

fn due(id: &str, kind: DueKind, title: &str, week: u32, due: NaiveDate, state: Option<ItemState>) -> DueItem {
    DueItem {
        id: id.into(),
        kind,
        title: title.into(),
        week,
        due,
        state,
    }
}

fn blocks(suffix: &str) -> Vec<BlockPlan> {
    let block = |id: &str, name: &str, minutes, hint: &str| BlockPlan {
        id: id.into(),
        name: format!("{name}{suffix}"),
        planned_minutes: minutes,
        hint: Some(format!("{hint}{suffix}")),
    };
    vec![
        block("learn", "Learn", 30, "video/book"),
        block("build", "Build", 60, "code the week's project"),
        block("polish", "Polish", 30, "tests, README, notes"),
    ]
}

fn day_plan(date: NaiveDate, suffix: &str, all_due: &[DueItem]) -> DayPlan {
    let roles = [
        "Plan + read",
        "Implement + test",
        "Implement + test",
        "Refactor",
        "Demo",
        "Catch up",
        "Review",
    ];
    let weekday = date.weekday_index();
    DayPlan {
        date,
        position: Position::InPlan { week: 7, of: 12 },
        phases: vec![PhaseRef {
            id: "sprint-2".into(),
            level: "sprint".into(),
            title: format!("Transformers{suffix}"),
            focus: Some(format!("Build attention from scratch, then a tiny GPT{suffix}")),
            weeks: [5, 8],
        }],
        role: DayRoleRef {
            weekday: date_weekday(date),
            role: format!("{}{suffix}", roles[weekday]),
            tasks: vec![format!("Write tests first{suffix}"), "Commit by 9 pm".into()],
            study: weekday < 6,
        },
        blocks: if weekday < 6 { blocks(suffix) } else { Vec::new() },
        week_title: Some(format!("The Transformer Implementation{suffix}")),
        concept: Some("Multi-head attention, positional encodings".into()),
        code: vec!["src/attention.py".into()],
        due_this_week: all_due.iter().filter(|d| d.week == 7).cloned().collect(),
        open_deliverables: all_due
            .iter()
            .filter(|d| {
                d.kind == DueKind::Deliverable && d.week >= 5 && d.week <= 8 && d.state != Some(ItemState::Done)
            })
            .cloned()
            .collect(),
    }
}

trait WeekdayIndex {
    fn weekday_index(&self) -> usize;
}

impl WeekdayIndex for NaiveDate {
    fn weekday_index(&self) -> usize {
        chrono::Datelike::weekday(self).num_days_from_monday() as usize
    }
}

fn date_weekday(date: NaiveDate) -> Weekday {
    chrono::Datelike::weekday(&date)
}

/// Screen data for the fixed day; `suffix` is appended to roadmap text.
pub fn data(suffix: &str) -> ScreenData {
    let monday = monday_of(today());
    let sunday = monday + Duration::days(6);
    let all_due = vec![
        due(
            "s1-repo",
            DueKind::Deliverable,
            &format!("Public repo with a README{suffix}"),
            4,
            sunday - Duration::weeks(3),
            Some(ItemState::Done),
        ),
        due(
            "w7-attn",
            DueKind::Deliverable,
            &format!("Attention passes the shape tests{suffix}"),
            7,
            sunday,
            Some(ItemState::InProgress),
        ),
        due(
            "s2-gpt",
            DueKind::Deliverable,
            &format!("A character-level GPT trained on a book{suffix}"),
            8,
            sunday + Duration::weeks(1),
            None,
        ),
        due(
            "s2-blog",
            DueKind::Deliverable,
            &format!("Blog post: attention explained{suffix}"),
            6,
            sunday - Duration::weeks(1),
            None,
        ),
        due(
            "m-gpt",
            DueKind::Milestone,
            "First model trained end to end",
            8,
            sunday + Duration::weeks(1),
            None,
        ),
        due(
            "s3-app",
            DueKind::Deliverable,
            "A deployed RAG app",
            12,
            sunday + Duration::weeks(5),
            None,
        ),
    ];
    let statuses = vec![
        ItemStatus {
            item_id: "s1-repo".into(),
            state: ItemState::Done,
            on: day(-25),
        },
        ItemStatus {
            item_id: "w7-attn".into(),
            state: ItemState::InProgress,
            on: day(-1),
        },
    ];
    let task = |id, title: &str, offset, done| Task {
        id,
        title: format!("{title}{suffix}"),
        day: day(offset),
        done,
    };
    let week_tasks = vec![
        task(1, "Read the attention paper", -1, true),
        task(2, "Implement scaled dot-product attention", 0, false),
        task(3, "学习注意力机制 🚀 notes", 0, true),
        task(4, "Write shape tests", 1, false),
        task(5, "Record a demo", 3, false),
    ];
    let entry = |id, offset, block: &str, minutes| TimeEntry {
        id,
        day: day(offset),
        block: block.into(),
        minutes,
        note: None,
    };
    let week_time = vec![
        entry(1, -1, "learn", 30),
        entry(2, -1, "build", 75),
        entry(3, 0, "learn", 30),
        entry(4, 0, "build", 20),
    ];
    let week_days = (0..7)
        .map(|i| day_plan(monday + Duration::days(i), suffix, &all_due))
        .collect();
    let week = WeekPlan {
        monday,
        days: week_days,
        due: all_due.iter().filter(|d| d.week == 7).cloned().collect(),
        recurring: vec![RecurringDue {
            track_id: "career".into(),
            track_title: "Career".into(),
            task_id: "network".into(),
            title: format!("Talk to people in the field{suffix}"),
            count: 2,
            optional: false,
        }],
        checkpoint: Some(CheckpointDue {
            id: "monthly".into(),
            title: format!("Are you on track?{suffix}"),
            week: 7,
            questions: vec![(
                "q-explain".into(),
                format!("Can you explain attention to a friend?{suffix}"),
            )],
            note: Some("Be honest; adjust the plan if not.".into()),
        }),
        metrics: vec![MetricTarget {
            id: "paper".into(),
            name: "Papers".into(),
            target: 1,
            unit: "paper".into(),
        }],
    };
    let history = (0..400)
        .filter(|i| i % 3 != 0 || i % 7 == 1)
        .map(|i| (day(-i), ((i * 37) % 150) as u32))
        .collect();
    ScreenData {
        roadmap: roadmap(suffix),
        enrollment: Enrollment {
            roadmap_id: "fast-track".into(),
            start: monday - Duration::weeks(6),
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        },
        today: day_plan(today(), suffix, &all_due),
        pace: Some(Pace {
            status: PaceStatus::Behind,
            days: 2,
            settled: 1,
            expected: 2,
            total: 6,
            projected_finish: sunday + Duration::weeks(6),
            planned_finish: sunday + Duration::weeks(5),
        }),
        today_tasks: week_tasks.iter().filter(|t| t.day == today()).cloned().collect(),
        today_time: week_time.iter().filter(|e| e.day == today()).cloned().collect(),
        note: Some(format!("Attention clicked today{suffix}\nAsk about masking")),
        timer: Some(RunningTimer {
            block: "build".into(),
            started_at: now() - Duration::minutes(12),
        }),
        week,
        week_tasks,
        week_time,
        statuses,
        due_items: all_due,
        review: ReviewNumbers {
            blocks: vec![
                ("Learn".into(), 60, 180),
                ("Build".into(), 95, 360),
                ("Polish".into(), 0, 180),
            ],
            days_studied: 2,
            streak: 5,
            deliverables: (0, 1),
            milestones: (0, 0),
            unfinished_tasks: 3,
        },
        saved_review: WeeklyReview {
            monday: Some(monday),
            answers: Vec::new(),
            went_well: format!("Finished the attention maths{suffix}"),
            in_the_way: String::new(),
            next_focus: String::new(),
        },
        history,
    }
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
        mouse: true,
        size: (80, 24),
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
