//! The roadmap file format as Rust types: what a `roadmaps/*.toml` file holds.
//!
//! Every struct denies unknown keys, so a typo such as `titel` is an error
//! with a position instead of a silently ignored field. No `#[serde(flatten)]`
//! anywhere: it would bypass `deny_unknown_fields`.
//!
//! Weeks are numbered from 1 relative to the learner's start date, so a
//! calendar-dated roadmap (`suggested_start`) can be started on another date.
//! Every item progress can attach to carries a stable string `id`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One roadmap (or one pacing of a roadmap, such as a 6-month track).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Roadmap {
    /// Stable identifier, lowercase with dashes (`fast-track-6-month`).
    pub id: String,
    /// Human title shown in headers.
    pub title: String,
    /// One line shown in lists (the welcome screen, `roadmap list`).
    pub summary: String,
    /// Optional longer description or theme.
    #[serde(default)]
    pub description: Option<String>,
    /// What the learner is aiming for.
    #[serde(default)]
    pub goal: Option<String>,
    /// Length in weeks. Optional when the length follows from `projects`,
    /// `months` or `ends`.
    #[serde(default)]
    pub weeks: Option<u32>,
    /// Length in calendar months counted from the learner's start (a plan
    /// started on 1 January with `months = 12` ends on 31 December).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// A fixed last day (an exam): the plan ends on it whatever the start.
    #[serde(default, deserialize_with = "date_or_text", skip_serializing_if = "Option::is_none")]
    pub ends: Option<NaiveDate>,
    /// A calendar-dated roadmap's own start (a suggestion: the learner may start elsewhere).
    /// Written as a TOML date (`2026-02-02`) or a quoted one (`"2026-02-02"`).
    #[serde(default, deserialize_with = "date_or_text")]
    pub suggested_start: Option<NaiveDate>,
    /// Other roadmaps this one shares content with (the other pacing of the same plan).
    #[serde(default)]
    pub related: Vec<String>,
    /// Free-form notes, kept and shown verbatim.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Named lists that have no dedicated key (Background, Philosophy, Motto...).
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Daily time budget and its split into named blocks; defaults to 30/60/30 of 120 minutes.
    #[serde(default)]
    pub daily: Option<DailySplit>,
    /// The Mon-Sun weekly structure; defaults to the plan/implement/refactor/demo/review week.
    #[serde(default)]
    pub weekly: Option<WeeklyStructure>,
    /// Phases at any granularity: sprints, blocks, quarters, months, phases.
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Per-week detail: concept, code paths, deliverable.
    #[serde(default)]
    pub week_details: Vec<WeekDetail>,
    /// Milestones with acceptance criteria.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Periodic self-checks (every N weeks) with questions.
    #[serde(default)]
    pub checkpoints: Vec<Checkpoint>,
    /// Recurring tracks that run beside the main plan (career track from week 6).
    #[serde(default)]
    pub parallel_tracks: Vec<ParallelTrack>,
    /// Weekly units of progress (1 algorithm, 1 paper, 1 feature a week).
    #[serde(default)]
    pub metrics: Vec<KeyMetric>,
    /// Tech stack by category.
    #[serde(default)]
    pub stack: Vec<StackGroup>,
    /// Labels used by topics (`CORE`, `TOOL`...), with their meaning.
    #[serde(default)]
    pub labels: Vec<Label>,
    /// Self-paced projects with effort ranges, laid out one after another by the planner.
    #[serde(default)]
    pub projects: Vec<Project>,
}

/// Reads a date written either as a bare TOML date or as `"YYYY-MM-DD"` text
/// (the form the store's JSON copy uses).
fn date_or_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    use serde::de::Error;
    let expected = "expected a date such as 2026-02-02 (a day, no time)";
    // `Option` so the store's JSON copy (`"suggested_start": null`) reads back as `None`.
    let text = match Option::<toml::Value>::deserialize(deserializer)? {
        None => return Ok(None),
        Some(toml::Value::String(text)) => text,
        Some(toml::Value::Datetime(dt)) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
        Some(toml::Value::Datetime(dt)) => return Err(D::Error::custom(format!("found {dt}, {expected}"))),
        Some(other) => return Err(D::Error::custom(format!("found a {}, {expected}", other.type_str()))),
    };
    let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map_err(|_| D::Error::custom(format!("found \"{text}\", {expected}")))?;
    match crate::limits::date_out_of_range(date) {
        Some(message) => Err(D::Error::custom(message)),
        None => Ok(Some(date)),
    }
}

/// A titled list of lines.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Heading, e.g. `Community` or `Philosophy`.
    pub title: String,
    /// The lines, in order.
    #[serde(default)]
    pub items: Vec<String>,
}

/// The daily budget and its named blocks.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DailySplit {
    /// Planned minutes a day (the budget the blocks are written for).
    pub minutes: u32,
    /// Lower end when the roadmap gives a range (`1.5-2 hours` = 90..120).
    #[serde(default)]
    pub min_minutes: Option<u32>,
    /// The blocks, in the order they are done.
    pub blocks: Vec<DailyBlock>,
}

/// One block of the day: learn, build, polish.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DailyBlock {
    /// Stable id, also what `studyplan log BLOCK` takes (`learn`).
    pub id: String,
    /// Display name (`Learning`).
    pub name: String,
    /// Minutes of the roadmap's own budget. Exactly one of `minutes` and `percent`.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// Share of the day in percent. Exactly one of `minutes` and `percent`.
    #[serde(default)]
    pub percent: Option<u32>,
    /// What to do in it (`video/book`).
    #[serde(default)]
    pub hint: Option<String>,
}

/// The Mon-Sun structure of every week, as the file gives it: each day left
/// out keeps studyplan's default for that day (see `Roadmap::weekly_structure`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyStructure {
    /// Monday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monday: Option<DayRole>,
    /// Tuesday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuesday: Option<DayRole>,
    /// Wednesday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wednesday: Option<DayRole>,
    /// Thursday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thursday: Option<DayRole>,
    /// Friday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friday: Option<DayRole>,
    /// Saturday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturday: Option<DayRole>,
    /// Sunday's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunday: Option<DayRole>,
}

impl WeeklyStructure {
    /// The days as the file gives them, Monday first, with their key names.
    pub fn days(&self) -> [(&'static str, &Option<DayRole>); 7] {
        [
            ("monday", &self.monday),
            ("tuesday", &self.tuesday),
            ("wednesday", &self.wednesday),
            ("thursday", &self.thursday),
            ("friday", &self.friday),
            ("saturday", &self.saturday),
            ("sunday", &self.sunday),
        ]
    }
}

/// Every day of the week with its role: the file's days over the defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekRoles {
    /// Monday's role.
    pub monday: DayRole,
    /// Tuesday's role.
    pub tuesday: DayRole,
    /// Wednesday's role.
    pub wednesday: DayRole,
    /// Thursday's role.
    pub thursday: DayRole,
    /// Friday's role.
    pub friday: DayRole,
    /// Saturday's role.
    pub saturday: DayRole,
    /// Sunday's role.
    pub sunday: DayRole,
}

/// What a weekday is for, and its standing tasks.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DayRole {
    /// Short role (`Implement + test`).
    pub role: String,
    /// Standing tasks for that day.
    #[serde(default)]
    pub tasks: Vec<String>,
    /// A rest or review day plans no study blocks when false.
    #[serde(default = "default_true")]
    pub study: bool,
    /// The day's own budget, in the minutes of `daily.minutes` (a two-hour
    /// Saturday in a roadmap of 90-minute days is `minutes = 120`); scaled
    /// like the daily budget to the learner's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// The daily blocks done that day (ids); all of them when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<String>,
}

fn default_true() -> bool {
    true
}

/// A stretch of weeks at one level (sprint, block, quarter, month, phase).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Stable id (`sprint-1`).
    pub id: String,
    /// Level name; phases of the same level may not overlap (`sprint`, `quarter`, `month`).
    #[serde(default = "default_level")]
    pub level: String,
    /// Title (`Foundations Sprint`).
    pub title: String,
    /// First and last week, inclusive (`[1, 4]`). Omitted when the roadmap is self-paced.
    #[serde(default)]
    pub weeks: Option<[u32; 2]>,
    /// First and last calendar month of the plan, inclusive (`[1, 3]`), in a
    /// roadmap measured in `months`; instead of `weeks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<[u32; 2]>,
    /// One-line focus shown in headers.
    #[serde(default)]
    pub focus: Option<String>,
    /// A subtitle or tagline.
    #[serde(default)]
    pub subtitle: Option<String>,
    /// Goals of the phase.
    #[serde(default)]
    pub goals: Vec<String>,
    /// What to learn.
    #[serde(default)]
    pub learn: Vec<String>,
    /// A shippable artifact that closes the phase.
    #[serde(default)]
    pub artifact: Option<String>,
    /// Deliverables, due on the phase's last day unless they say when.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Topics with labels (a topic map).
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Other named lists (Courses, Community, Projects...).
    #[serde(default)]
    pub sections: Vec<Section>,
}

fn default_level() -> String {
    "phase".to_owned()
}

/// Something to ship.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// Stable id.
    pub id: String,
    /// What it is.
    pub title: String,
    /// Due week; defaults to the last week of the enclosing phase or week.
    #[serde(default)]
    pub week: Option<u32>,
    /// Due on the last day of this month of the plan (a roadmap in `months`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// Due on this fixed date, whatever the learner's start (an exam).
    #[serde(default, deserialize_with = "date_or_text", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The weekday of its week it is due on; Sunday when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<DueDay>,
}

/// A weekday an item falls due on, written in lowercase (`"friday"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DueDay {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl DueDay {
    /// Days after the Monday of its week (Monday 0, Sunday 6).
    pub fn days_from_monday(self) -> i64 {
        match self {
            DueDay::Monday => 0,
            DueDay::Tuesday => 1,
            DueDay::Wednesday => 2,
            DueDay::Thursday => 3,
            DueDay::Friday => 4,
            DueDay::Saturday => 5,
            DueDay::Sunday => 6,
        }
    }
}

/// A labelled topic of a topic map.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Stable id.
    pub id: String,
    /// Name (`Transformers`).
    pub title: String,
    /// What it covers.
    #[serde(default)]
    pub description: Option<String>,
    /// A label id from the roadmap's `labels` (`CORE`).
    #[serde(default)]
    pub label: Option<String>,
}

/// A label used on topics.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    /// The label as written (`CORE`).
    pub id: String,
    /// What it means.
    pub title: String,
}

/// Detail for one week.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WeekDetail {
    /// Stable id (`week-7`).
    pub id: String,
    /// Week number.
    pub week: u32,
    /// Title (`The Transformer Implementation`).
    pub title: String,
    /// The concept studied.
    #[serde(default)]
    pub concept: Option<String>,
    /// Code paths written this week.
    #[serde(default)]
    pub code: Vec<String>,
    /// A non-code action (`Clean up READMEs`).
    #[serde(default)]
    pub action: Option<String>,
    /// The week's deliverables (usually one), due this week.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
}

/// A milestone with acceptance criteria.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Stable id.
    pub id: String,
    /// What is reached.
    pub title: String,
    /// Due week; defaults to the roadmap's last day.
    #[serde(default)]
    pub week: Option<u32>,
    /// Due on the last day of this month of the plan (a roadmap in `months`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// Due on this fixed date, whatever the learner's start (an exam).
    #[serde(default, deserialize_with = "date_or_text", skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The weekday of its week it is due on; Sunday when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<DueDay>,
    /// Longer description.
    #[serde(default)]
    pub description: Option<String>,
    /// How to tell it is done.
    #[serde(default)]
    pub acceptance: Vec<String>,
}

/// A periodic self-check.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// Stable id.
    pub id: String,
    /// Title (`Are you on track?`).
    pub title: String,
    /// Due every N weeks: in weeks N, 2N, ... unless `start_week` says
    /// where the first falls (see `plan::recurring::falls_in`).
    pub every_weeks: u32,
    /// The week of the first one; `every_weeks` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_week: Option<u32>,
    /// The weeks it falls in, given one by one instead of a cadence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weeks: Vec<u32>,
    /// The questions to answer.
    pub questions: Vec<Question>,
    /// Advice shown with the questions.
    #[serde(default)]
    pub note: Option<String>,
}

/// A checkpoint question; answers attach to its id.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id.
    pub id: String,
    /// The question.
    pub text: String,
}

/// A recurring track beside the main plan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ParallelTrack {
    /// Stable id.
    pub id: String,
    /// Title (`Career Parallel Track`).
    pub title: String,
    /// First week it runs.
    #[serde(default = "default_one")]
    pub start_week: u32,
    /// An optional track can be ignored without falling behind.
    #[serde(default)]
    pub optional: bool,
    /// Why it matters.
    #[serde(default)]
    pub note: Option<String>,
    /// Its recurring tasks.
    pub tasks: Vec<RecurringTask>,
}

fn default_one() -> u32 {
    1
}

/// A task that recurs every N weeks.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecurringTask {
    /// Stable id.
    pub id: String,
    /// What to do (`Network with people`).
    pub title: String,
    /// Cadence: 1 = weekly, 2 = every two weeks. Absent for an ongoing habit.
    #[serde(default)]
    pub every_weeks: Option<u32>,
    /// How many per occurrence (`2` people a week).
    #[serde(default = "default_one")]
    pub count: u32,
    /// The weekday it falls on (a Saturday mock exam); the whole week when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<DueDay>,
    /// The week of the first one; the track's `start_week` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_week: Option<u32>,
}

/// A weekly unit of progress.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeyMetric {
    /// Stable id.
    pub id: String,
    /// Name (`Core Algo`).
    pub name: String,
    /// Target per week.
    pub target_per_week: u32,
    /// Unit counted (`algorithm`).
    pub unit: String,
    /// What counts.
    #[serde(default)]
    pub description: Option<String>,
}

/// A category of the tech stack.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StackGroup {
    /// Category (`Languages`).
    pub category: String,
    /// Items (`Python`).
    pub items: Vec<String>,
}

/// A self-paced project.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// One-line tagline.
    #[serde(default)]
    pub tagline: Option<String>,
    /// Level (`STARTER`, `EXPERT`).
    #[serde(default)]
    pub level: Option<String>,
    /// How long it takes.
    pub effort: Effort,
    /// Complexity in percent (0-100).
    #[serde(default)]
    pub complexity: Option<u32>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
    /// What you will learn.
    #[serde(default)]
    pub learn: Vec<String>,
    /// Tech stack.
    #[serde(default)]
    pub stack: Vec<String>,
    /// What you ship.
    #[serde(default)]
    pub ship: Option<String>,
}

/// An effort range such as 1-2 days or 2-3 months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Effort {
    /// Lower estimate.
    pub min: u32,
    /// Upper estimate (>= min).
    pub max: u32,
    /// Unit of both.
    pub unit: EffortUnit,
}

/// Unit of an effort estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EffortUnit {
    /// Calendar days.
    Days,
    /// Weeks.
    Weeks,
    /// Months (counted as 4 weeks, as the roadmaps' sprints are).
    Months,
}
