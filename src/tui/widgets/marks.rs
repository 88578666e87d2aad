//! Marks every screen puts beside an item: its checkbox, and its due or late date.

use ratatui::text::Span;

use crate::plan::{DueItem, ItemState};
use crate::tui::strings;
use crate::tui::theme::Theme;

/// A checkbox: `[x]` done, `[~]` in progress, `[-]` skipped, `[ ]` open.
pub fn checkbox(state: Option<ItemState>) -> &'static str {
    match state {
        Some(ItemState::Done) => "[x]",
        Some(ItemState::InProgress) => "[~]",
        Some(ItemState::Skipped) => "[-]",
        None => "[ ]",
    }
}

/// `due Sun 29 Nov`, styled late when past.
pub fn due_span(item: &DueItem, today: chrono::NaiveDate, theme: &Theme) -> Span<'static> {
    if crate::study::rules::is_late(item, today) {
        Span::styled(
            format!(" {} {}", strings::LATE, item.due.format("%a %-d %b")),
            theme.bad,
        )
    } else {
        Span::styled(format!(" {} {}", strings::DUE, item.due.format("%a %-d %b")), theme.dim)
    }
}
