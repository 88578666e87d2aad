//! The screens: each draws one part of the plan from [`crate::study::Snapshot`].

pub mod milestones;
pub mod review;
pub mod stats;
pub mod today;
pub mod week;
pub mod welcome;
