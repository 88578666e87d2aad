//! The schedule engine: pure functions of (roadmap, enrollment, progress, today).
//!
//! Nothing here reads the clock or the database; "today" and "now" are
//! arguments, so every behaviour is testable with a fixed date.

pub mod model;

pub use model::*;
