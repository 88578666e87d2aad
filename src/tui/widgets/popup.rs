//! Centered popups: a bordered box cleared over the screen, for questions and details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::tui::theme::Theme;

/// A rectangle of at most `width` x `height` centered in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Clears `area` and draws a titled border; returns the inner area.
pub fn frame(title: &str, area: Rect, buf: &mut Buffer, theme: &Theme) -> Rect {
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", crate::tui::widgets::fit::clean(title)),
            theme.heading,
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A popup with wrapped lines of text.
pub fn text_popup(title: &str, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = area.width.saturating_sub(4).min(72);
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2)).max(3);
    let popup = centered(area, width, height);
    let inner = frame(title, popup, buf, theme);
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}
