//! The `?` overlay: every key of the current screen, drawn from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::keymap::{self, Mode};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// Draws the help of `mode` (the screen under the overlay) centered in `area`.
pub fn render(mode: Mode, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = keymap::help_rows(mode);
    let key_width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(keys, help)| {
            Line::from(vec![
                Span::styled(format!(" {keys:>key_width$}  "), theme.key),
                Span::styled((*help).to_owned(), theme.text),
            ])
        })
        .collect();
    let width = (key_width + 40).min(area.width.saturating_sub(2) as usize) as u16;
    let height = (lines.len() as u16 + 3).min(area.height);
    let outer = popup::centered(area, width, height);
    let inner = popup::frame(strings::HELP_TITLE, outer, buf, theme);
    let mut lines = lines;
    if (inner.height as usize) < lines.len() + 1 {
        lines.truncate((inner.height as usize).saturating_sub(1));
    }
    lines.push(Line::from(Span::styled(strings::HELP_CLOSE, theme.dim)));
    Paragraph::new(lines).render(inner, buf);
}
