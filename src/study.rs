//! The study layer: one truth shared by the command line and the interface.
//!
//! It sits between `store` + `plan` and the two front ends. It owns:
//! - reading: one [`Snapshot`] of everything a day, a week or a review needs
//!   for `(store, today, shown week)` ([`load`]), so `studyplan today --json`
//!   and the Today screen are the same numbers by construction;
//! - the domain rules the front ends would otherwise each write: which items
//!   are late ([`rules`]), the streak's window, a stale timer, and the
//!   timer's minutes ([`timer`]);
//! - the active plan ([`active`]) the commands resolve blocks and ids with.
//!
//! Front ends parse, call and render; they never compute a number of their own.

pub mod active;
pub mod load;
pub mod notice;
pub mod rules;
pub mod snapshot;
pub mod timer;

pub use load::{Focus, load, load_started};
pub use snapshot::Snapshot;
