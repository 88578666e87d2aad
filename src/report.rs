//! Plain-text and JSON output for the command line: renders plan and roadmap data.

pub mod roadmap_text;
