//! Files for other tools: the plan as iCalendar for calendar apps, the weekly
//! review as Markdown for a journal, and the learner's whole state as JSON to
//! move between machines or keep as a readable backup.
//!
//! Every function here is pure over data the caller read from the store
//! (except [`state::export`] and [`state::import`], which take the store), and
//! "today" and "now" are arguments, so the output is reproducible in tests.

pub mod ics;
pub mod markdown;
pub mod state;
