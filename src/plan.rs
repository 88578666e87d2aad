//! The schedule engine: pure functions of (roadmap, enrollment, progress, today).
//!
//! Nothing here reads the clock or the database; "today" and "now" are
//! arguments, so every behaviour is testable with a fixed date.

pub mod blocks;
pub mod calendar;
pub mod day;
pub mod due;
pub mod model;
pub mod pace;
pub mod position;
pub mod projects;
pub mod recurring;
pub mod review;
pub mod span;
pub mod stats;
pub mod structure;
pub mod study_days;
pub mod week;
pub mod weeks;
pub mod words;

pub use calendar::{IsoWeek, WeekParseError, monday_of, sunday_of};
pub use day::day_plan;
pub use model::*;
pub use pace::{pace, pace_label};
pub use position::position;
pub use review::{ReviewInput, ReviewSummary, review};
pub use week::week_plan;
pub use weeks::monday_of_week;
