//! The `?` overlay: every key of the current screen, drawn from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::keymap::{self, Mode};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// Draws the help of `mode` (the screen under the overlay) centered in `area`,
/// in two columns when one would not fit the height.
pub fn render(mode: Mode, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = keymap::help_rows(mode);
    let key_width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    let help_width = rows.iter().map(|(_, h)| h.chars().count()).max().unwrap_or(0);
    let column_width = (key_width + help_width + 4) as u16;
    let available = area.height.saturating_sub(3).max(1) as usize;
    let columns: u16 = if rows.len() > available { 2 } else { 1 };
    let per_column = rows.len().div_ceil(columns as usize);
    let width = (column_width * columns + 2).min(area.width);
    let height = (per_column as u16 + 3).min(area.height);
    let outer = popup::centered(area, width, height);
    let inner = popup::frame(strings::HELP_TITLE, outer, buf, theme);
    let body_height = inner.height.saturating_sub(1);
    for (c, chunk) in rows.chunks(per_column.max(1)).enumerate() {
        let lines: Vec<Line> = chunk
            .iter()
            .map(|(keys, help)| {
                Line::from(vec![
                    Span::styled(format!(" {keys:>key_width$}  "), theme.key),
                    Span::styled((*help).to_owned(), theme.text),
                ])
            })
            .collect();
        let x = inner.x + column_width * c as u16;
        if x >= inner.right() {
            break;
        }
        let column = Rect {
            x,
            width: column_width.min(inner.right() - x),
            height: body_height,
            ..inner
        };
        Paragraph::new(lines).render(column, buf);
    }
    if inner.height > 0 {
        let last = Rect {
            y: inner.bottom() - 1,
            height: 1,
            ..inner
        };
        Paragraph::new(Line::from(Span::styled(strings::HELP_CLOSE, theme.dim))).render(last, buf);
    }
}
