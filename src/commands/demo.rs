//! `studyplan demo`: fills an empty database with a started track and years of
//! believable history, for trying the app and for the benchmarks.
//!
//! The history is generated from a fixed seed, so two demo databases made on
//! the same day are identical.

use chrono::{Datelike, Duration, NaiveDate};
use color_eyre::eyre::Result;

use super::args::monday_of;
use super::{Context, print};
use crate::plan::{Enrollment, ItemState};
use crate::report::layout::{long_date, minutes};
use crate::store::{Batch, Store, WeeklyReview};
use crate::study::active::ActivePlan;

/// The roadmap the demo follows.
const DEMO_ROADMAP: &str = "fast-track-6-month";

/// Most years of history the demo makes.
const MAX_YEARS: u32 = 20;

/// The demo learner is in week 10 today.
const WEEKS_INTO_PLAN: i64 = 9;

/// Tasks a learner might add to a week, cycled through.
const TASK_TITLES: &[&str] = &[
    "read one paper section",
    "rerun the baseline with a new seed",
    "write the README usage section",
    "review last week's notes",
    "pair on the evaluation script",
    "watch the lecture on regularization",
    "clean up the notebook into a module",
];

/// A small deterministic generator (xorshift64*), enough for believable noise.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// A value in `low..=high`.
    fn between(&mut self, low: u32, high: u32) -> u32 {
        let span = u64::from(high.saturating_sub(low)) + 1;
        low + u32::try_from(self.next() % span).unwrap_or(0)
    }
}

/// `studyplan demo [--years N]`.
pub fn run(ctx: &Context, years: u32) -> Result<()> {
    if years == 0 || years > MAX_YEARS {
        crate::refuse!("--years {years} is out of range: give 1 to {MAX_YEARS} years of history");
    }
    let mut store = ctx.open_store()?;
    refuse_if_used(&store)?;
    let today = ctx.clock.today;
    let start = monday_of(today) - Duration::weeks(WEEKS_INTO_PLAN);
    let roadmap = store.roadmap(DEMO_ROADMAP)?;
    let enrollment = Enrollment {
        roadmap_id: DEMO_ROADMAP.to_owned(),
        start,
        daily_minutes: roadmap.daily_split().minutes,
        paused_weeks: Vec::new(),
    };
    let active = ActivePlan {
        enrollment: enrollment.clone(),
        roadmap,
        statuses: Vec::new(),
    };
    let mut noise = Noise(0x5EED_5EED_1234_5678);
    let first = today - Duration::days(i64::from(years) * 365);
    // The plan and years of history in one transaction: fast, and all or
    // nothing (a killed demo leaves no plan without history behind).
    let mut batch = store.batch()?;
    batch.start(&enrollment)?;
    let logged = log_history(&mut batch, &active, first, today, &mut noise)?;
    let tasks = add_tasks(&mut batch, first, today, &mut noise)?;
    let settled = settle_items(&mut batch, &active, today, &mut noise)?;
    batch.commit()?;
    print(&format!(
        "Demo data in {}: {} started on {}, {} logged over {years} year(s), {tasks} tasks, {settled} items settled.\n\
         Try `studyplan today`, `studyplan week`, `studyplan review`.\n",
        ctx.paths.db.display(),
        DEMO_ROADMAP,
        long_date(start),
        minutes(logged)
    ))
}

/// The demo only writes into a database with no learner data.
fn refuse_if_used(store: &Store) -> Result<()> {
    if !store.is_empty()? {
        crate::refuse!(
            "{} already holds study data, and the demo never mixes with real progress; \
             run it on a new file: `studyplan --db /tmp/studyplan-demo.db demo`",
            store.path().display()
        );
    }
    Ok(())
}

/// Time logs on most study days, with skipped days, short days and long days; returns total minutes.
fn log_history(
    store: &mut Batch<'_>,
    active: &ActivePlan,
    first: NaiveDate,
    today: NaiveDate,
    noise: &mut Noise,
) -> Result<u32> {
    let mut total = 0;
    let mut day = first;
    while day < today {
        let plan = active.day(day);
        let skip_percent = if plan.role.study { 15 } else { 85 };
        if !noise.chance(skip_percent) {
            for block in &plan.blocks {
                // Somewhere between a rushed and an inspired session, in 5-minute steps.
                let planned = block.planned_minutes.max(10);
                let spent = noise.between(planned / 2 / 5, planned * 3 / 2 / 5) * 5;
                if spent > 0 && !noise.chance(10) {
                    store.log_time(day, &block.id, spent, None)?;
                    total += spent;
                }
            }
            if plan.blocks.is_empty() {
                let spent = noise.between(4, 12) * 5;
                store.log_time(day, "learn", spent, Some("weekend reading"))?;
                total += spent;
            }
        }
        day += Duration::days(1);
    }
    Ok(total)
}

/// Two or three tasks a week, most done in the past; returns how many.
fn add_tasks(store: &mut Batch<'_>, first: NaiveDate, today: NaiveDate, noise: &mut Noise) -> Result<usize> {
    let mut count = 0;
    let mut monday = monday_of(first);
    while monday <= today + Duration::days(7) {
        for _ in 0..noise.between(2, 3) {
            let day = monday + Duration::days(i64::from(noise.between(0, 5)));
            let index = usize::try_from(noise.next() % TASK_TITLES.len() as u64).unwrap_or(0);
            let done = day < today && noise.chance(80);
            store.add_task(TASK_TITLES[index], day, done)?;
            count += 1;
        }
        if monday < today && monday.iso_week().week().is_multiple_of(4) {
            let review = WeeklyReview {
                monday: Some(monday),
                answers: Vec::new(),
                went_well: "shipped the week's deliverable".to_owned(),
                in_the_way: "two late evenings".to_owned(),
                next_focus: "evaluation before features".to_owned(),
            };
            store.save_review(monday, &review)?;
        }
        monday += Duration::days(7);
    }
    Ok(count)
}

/// Deliverables and milestones due before today: mostly done, a few skipped; returns how many.
fn settle_items(store: &mut Batch<'_>, active: &ActivePlan, today: NaiveDate, noise: &mut Noise) -> Result<usize> {
    let mut count = 0;
    let mut monday = active.enrollment.start;
    while monday < today {
        for item in active.week(monday).due {
            if item.due >= today {
                continue;
            }
            let state = if noise.chance(8) {
                ItemState::Skipped
            } else {
                ItemState::Done
            };
            if noise.chance(92) {
                let on = item.due - Duration::days(i64::from(noise.between(0, 2)));
                store.set_status(&active.enrollment.roadmap_id, &item.id, state, on.min(today))?;
                count += 1;
            }
        }
        monday += Duration::days(7);
    }
    Ok(count)
}
