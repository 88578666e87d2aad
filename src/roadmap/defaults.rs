//! Defaults for what a roadmap may leave out, and values derived from the file.
//!
//! A roadmap without a weekly structure gets the Mon-Sun week of the
//! week-by-week learning roadmap; one without a daily split gets its
//! 30/60/30 learn/build/polish day of 120 minutes (a 1:2:1 split).

use chrono::{Datelike, NaiveDate};

use super::model::{DailyBlock, DailySplit, DayRole, Effort, EffortUnit, Roadmap, WeekRoles};

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

    /// Every day's role: the file's days, and the default Mon-Sun structure
    /// for the days it leaves out.
    pub fn weekly_structure(&self) -> WeekRoles {
        let default = default_weekly_structure();
        let Some(given) = &self.weekly else { return default };
        let pick = |day: &Option<DayRole>, fallback: DayRole| day.clone().unwrap_or(fallback);
        WeekRoles {
            monday: pick(&given.monday, default.monday),
            tuesday: pick(&given.tuesday, default.tuesday),
            wednesday: pick(&given.wednesday, default.wednesday),
            thursday: pick(&given.thursday, default.thursday),
            friday: pick(&given.friday, default.friday),
            saturday: pick(&given.saturday, default.saturday),
            sunday: pick(&given.sunday, default.sunday),
        }
    }

    /// Length in weeks as the file gives it: `weeks`; for a roadmap in
    /// `months` or ending on a fixed day, the Mon-Sun weeks from its
    /// suggested start to its last day (the learner's own start may give
    /// one week more or less); else the projects laid end to end at their
    /// upper estimates. At least one week.
    pub fn length_weeks(&self) -> u32 {
        if let Some(weeks) = self.weeks {
            return weeks;
        }
        if let Some(last) = self.suggested_last_day() {
            let first = self.suggested_start.unwrap_or(last);
            let monday = |d: NaiveDate| d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()));
            let days = (monday(last) - monday(first)).num_days();
            return u32::try_from(days / 7 + 1).unwrap_or(u32::MAX).max(1);
        }
        if let Some(months) = self.months {
            // No start to count from: the most weeks that many months can touch.
            return months.saturating_mul(31).div_ceil(7).saturating_add(1);
        }
        let days: u32 = self
            .projects
            .iter()
            .map(|p| p.effort.max_days())
            .fold(0, u32::saturating_add);
        days.div_ceil(7).max(1)
    }

    /// The length in words, as the file gives it: "12 months", "until
    /// 2027-06-18", "30 weeks", or "about 9 weeks" for projects laid end to end.
    pub fn length_words(&self) -> String {
        let plural = |n: u32, unit: &str| {
            if n == 1 {
                format!("1 {unit}")
            } else {
                format!("{n} {unit}s")
            }
        };
        match (self.weeks, self.months, self.ends) {
            (Some(weeks), _, _) => plural(weeks, "week"),
            (None, Some(months), _) => plural(months, "month"),
            (None, None, Some(ends)) => format!("until {}", ends.format("%a %-d %b %Y")),
            (None, None, None) => format!("about {}", plural(self.length_weeks(), "week")),
        }
    }

    /// The last day of a roadmap in months or with a fixed end, when started
    /// on its suggested start.
    pub fn suggested_last_day(&self) -> Option<NaiveDate> {
        if let Some(ends) = self.ends {
            return Some(ends);
        }
        let start = self.suggested_start?;
        let months = self.months?;
        start
            .checked_add_months(chrono::Months::new(months))
            .and_then(|next| next.pred_opt())
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
pub fn default_weekly_structure() -> WeekRoles {
    let day = |role: &str, tasks: &[&str], study: bool| DayRole {
        role: role.to_owned(),
        tasks: tasks.iter().map(|t| (*t).to_owned()).collect(),
        study,
        minutes: None,
        blocks: Vec::new(),
    };
    let implement = || day("Implement + test", &["implement + test", "push commits daily"], true);
    WeekRoles {
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
