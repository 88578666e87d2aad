//! A scrolling list of lines where some lines are selectable items.
//!
//! Section headings and hint lines sit between items; the selection moves
//! over items only. An item may have lines under it (a review answer): they
//! scroll into view with it and a click on them selects it. Scrolling follows
//! the selection and is computed from it, so rendering needs no mutable state
//! and a mouse click maps back to the same item the learner sees.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::theme::Theme;

/// One line of a list: its text and the item it belongs to, if selectable.
#[derive(Debug, Clone)]
pub struct ListRow {
    /// The text.
    pub line: Line<'static>,
    /// The item index, for a selectable line.
    pub item: Option<usize>,
    /// The item the line belongs to: the item's own line and the lines under it.
    pub of: Option<usize>,
}

impl ListRow {
    /// A line that is not an item (a heading, a hint, a blank).
    pub fn plain(line: impl Into<Line<'static>>) -> ListRow {
        ListRow {
            line: line.into(),
            item: None,
            of: None,
        }
    }

    /// A selectable line for item `index`.
    pub fn item(index: usize, line: impl Into<Line<'static>>) -> ListRow {
        ListRow {
            line: line.into(),
            item: Some(index),
            of: Some(index),
        }
    }

    /// A line under item `index` (its text, say): not highlighted, but shown
    /// with the item when it is selected, and a click on it selects the item.
    pub fn part_of(index: usize, line: impl Into<Line<'static>>) -> ListRow {
        ListRow {
            line: line.into(),
            item: None,
            of: Some(index),
        }
    }
}

/// The first line shown so that the selected item is visible in `height`
/// lines, with the lines under it when they fit (else as many as fit under it).
pub fn scroll_offset(rows: &[ListRow], selected: usize, height: usize) -> usize {
    let Some(first) = rows.iter().position(|r| r.of == Some(selected)) else {
        return 0;
    };
    let last = rows.iter().rposition(|r| r.of == Some(selected)).unwrap_or(first);
    if height == 0 || last < height {
        0
    } else {
        (last + 1 - height).min(first)
    }
}

/// How many items the rows hold.
pub fn item_count(rows: &[ListRow]) -> usize {
    rows.iter().filter_map(|r| r.item).max().map_or(0, |max| max + 1)
}

/// Draws the rows, scrolled to show the selected item, which is highlighted.
pub fn render_rows(rows: &[ListRow], selected: Option<usize>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let offset = selected.map_or(0, |s| scroll_offset(rows, s, area.height as usize));
    for (i, row) in rows.iter().skip(offset).take(area.height as usize).enumerate() {
        let line_area = Rect {
            y: area.y + i as u16,
            height: 1,
            ..area
        };
        let is_selected = selected.is_some() && row.item == selected;
        let paragraph = Paragraph::new(row.line.clone());
        if is_selected {
            paragraph.style(theme.selected).render(line_area, buf);
        } else {
            paragraph.render(line_area, buf);
        }
    }
}

/// The item under a click on line `row` of the list area (0 = first visible line).
pub fn item_at(rows: &[ListRow], selected: usize, height: usize, row: usize) -> Option<usize> {
    if row >= height {
        return None;
    }
    let offset = scroll_offset(rows, selected, height);
    rows.get(offset + row).and_then(|r| r.of)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<ListRow> {
        let mut rows = vec![ListRow::plain("Heading")];
        rows.extend((0..10).map(|i| ListRow::item(i, format!("item {i}"))));
        rows
    }

    #[test]
    fn scrolling_keeps_the_selection_on_screen() {
        assert_eq!(scroll_offset(&rows(), 0, 4), 0);
        assert_eq!(scroll_offset(&rows(), 9, 4), 7);
        assert_eq!(item_count(&rows()), 10);
    }

    #[test]
    fn the_lines_under_the_selected_item_scroll_into_view_with_it() {
        let mut rows = vec![ListRow::item(0, "first")];
        rows.extend((0..3).map(|i| ListRow::part_of(0, format!("answer {i}"))));
        rows.push(ListRow::item(1, "second"));
        rows.extend((0..3).map(|i| ListRow::part_of(1, format!("answer {i}"))));
        assert_eq!(scroll_offset(&rows, 1, 5), 3, "the second item and its three lines");
        assert_eq!(scroll_offset(&rows, 1, 2), 4, "too tall: the item stays at the top");
        assert_eq!(item_at(&rows, 1, 5, 4), Some(1), "a click on its text selects it");
    }

    #[test]
    fn a_click_selects_the_item_drawn_on_that_line() {
        assert_eq!(item_at(&rows(), 0, 4, 0), None);
        assert_eq!(item_at(&rows(), 0, 4, 2), Some(1));
        assert_eq!(item_at(&rows(), 9, 4, 3), Some(9));
        assert_eq!(item_at(&rows(), 9, 4, 4), None);
    }
}
