//! Defaults for what a roadmap may leave out, and values derived from the file.
//!
//! A roadmap without a weekly structure gets the Mon-Sun week of the
//! week-by-week learning roadmap; one without a daily split gets its
//! 30/60/30 learn/build/polish day of 120 minutes (a 1:2:1 split).

use super::model::{DailyBlock, DailySplit, DayRole, Effort, EffortUnit, Roadmap, WeeklyStructure};

/// The daily budget used when a roadmap gives none.
pub const DEFAULT_DAILY_MINUTES: u32 = 120;

impl Effort {
    /// Days at the lower estimate (a month counts 4 weeks).
    pub fn min_days(&self) -> u32 {
        self.min.saturating_mul(self.unit.days())
    }

    /// Days at the upper estimate; the planner schedules by this one.
    pub fn max_days(&self) -> u32 {
        self.max.saturating_mul(self.unit.days())
    }
}

impl EffortUnit {
    /// Days in one unit.
    pub fn days(self) -> u32 {
        match self {
            EffortUnit::Days => 1,
            EffortUnit::Weeks => 7,
            EffortUnit::Months => 28,
        }
    }
}

impl Roadmap {
    /// The daily split, or the default 30/60/30 of 120 minutes.
    pub fn daily_split(&self) -> DailySplit {
        self.daily.clone().unwrap_or_else(default_daily_split)
    }

    /// The weekly structure, or the default Mon-Sun structure.
    pub fn weekly_structure(&self) -> WeeklyStructure {
        self.weekly.clone().unwrap_or_else(default_weekly_structure)
    }

    /// Length in weeks: `weeks` when given, else the projects laid end to end
    /// at their upper estimates (at least one week).
    pub fn length_weeks(&self) -> u32 {
        match self.weeks {
            Some(weeks) => weeks,
            None => {
                let days: u32 = self
                    .projects
                    .iter()
                    .map(|p| p.effort.max_days())
                    .fold(0, u32::saturating_add);
                days.div_ceil(7).max(1)
            }
        }
    }
}

/// The 30/60/30 learn/build/polish day of 120 minutes.
pub fn default_daily_split() -> DailySplit {
    let block = |id: &str, name: &str, minutes: u32, hint: &str| DailyBlock {
        id: id.to_owned(),
        name: name.to_owned(),
        minutes: Some(minutes),
        percent: None,
        hint: Some(hint.to_owned()),
    };
    DailySplit {
        minutes: DEFAULT_DAILY_MINUTES,
        min_minutes: None,
        blocks: vec![
            block("learn", "Learning", 30, "video/book"),
            block("build", "Build", 60, "code"),
            block("polish", "Polish", 30, "tests/README/reflection"),
        ],
    }
}

/// The Mon-Sun structure: plan, implement and test, refactor, demo, review.
pub fn default_weekly_structure() -> WeeklyStructure {
    let day = |role: &str, tasks: &[&str], study: bool| DayRole {
        role: role.to_owned(),
        tasks: tasks.iter().map(|t| (*t).to_owned()).collect(),
        study,
    };
    let implement = || day("Implement + test", &["implement + test", "push commits daily"], true);
    WeeklyStructure {
        monday: day(
            "Plan",
            &["plan tasks + define metric/deliverable", "create GitHub issue list"],
            true,
        ),
        tuesday: implement(),
        wednesday: implement(),
        thursday: implement(),
        friday: day(
            "Refactor + document",
            &["refactor + documentation", "run evaluation and save report"],
            true,
        ),
        saturday: day(
            "Demo + deploy",
            &["demo + deploy if possible", "write short post / reflection"],
            true,
        ),
        sunday: day("Review and reset", &["review and reset"], false),
    }
}
