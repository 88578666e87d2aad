//! studyplan: a terminal study planner that turns a learning roadmap into a
//! dated daily, weekly and Sunday-review plan.
//!
//! Data flows one way: `roadmap` (TOML files, pure) is imported into `store`
//! (SQLite, the only SQL), `plan` computes days, weeks and pace from both
//! (pure, "today" passed in), and the front ends draw the result: `tui`
//! (ratatui screens) and `report` (text and JSON for the command line).

pub mod cli;
pub mod commands;
pub mod config;
pub mod draft;
pub mod error;
pub mod export;
pub mod files;
pub mod limits;
pub mod plan;
pub mod report;
pub mod roadmap;
pub mod store;
pub mod study;
pub mod text;
pub mod tui;
