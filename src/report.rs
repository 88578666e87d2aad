//! Plain-text and JSON output for the command line: renders plan and roadmap data.
//!
//! Each view is a serializable struct built from plan data (its field names are
//! the stable JSON keys) plus a plain-text renderer. Text renderers never emit
//! colour or escape sequences, and pass every string from data through
//! `crate::text::clean_line`.

pub mod layout;
pub mod parts;
pub mod review;
pub mod roadmap_list;
pub mod roadmap_text;
pub mod today;
pub mod week;

use serde::Serialize;

/// Pretty JSON followed by a newline.
pub fn to_json<T: Serialize>(value: &T) -> color_eyre::Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}
