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
    // Long lines wrap: size the box by the rows they take, or the last lines are cut.
    let rows: usize = lines
        .iter()
        .map(|line| wrapped_rows(line, usize::from(width.saturating_sub(2))))
        .sum();
    let rows = u16::try_from(rows).unwrap_or(u16::MAX);
    let height = rows.saturating_add(2).min(area.height.saturating_sub(2)).max(3);
    let popup = centered(area, width, height);
    let inner = frame(title, popup, buf, theme);
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}

/// Rows `line` takes word-wrapped to `width` cells: greedy, words longer than
/// the width broken, as the popup's paragraph wraps them.
fn wrapped_rows(line: &Line<'_>, width: usize) -> usize {
    if width == 0 {
        return 1;
    }
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let word_width = Span::raw(word).width();
        let needed = if used == 0 { word_width } else { used + 1 + word_width };
        if needed <= width {
            used = needed;
            continue;
        }
        if used > 0 {
            rows += 1;
        }
        // A word wider than the box is broken over as many rows as it fills.
        rows += word_width.saturating_sub(1) / width;
        used = match word_width % width {
            0 if word_width > 0 => width,
            rest => rest,
        };
    }
    rows
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn a_detail_with_long_lines_is_tall_enough_for_its_last_line() {
        let description = "Build a simple conversational chatbot that answers questions from a \
            predefined knowledge base (FAQ document or JSON). The user types a question, the LLM \
            reads the context and responds naturally.";
        let lines = vec![
            Line::from("Effort: 1-2 days"),
            Line::from(description),
            Line::from("Learn: Streamlit UI"),
            Line::from("Status: open (space done · p in progress · x skipped)"),
        ];
        let area = Rect::new(0, 0, 80, 30);
        let mut buf = Buffer::empty(area);
        text_popup("01. AI-Powered FAQ Chatbot", lines, area, &mut buf, &Theme::MONO);
        let text: String = (0..area.height)
            .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect();
        assert!(text.contains("Status: open"), "the last line was cut:\n{text}");
        assert!(text.contains("responds naturally."), "{text}");
    }

    #[test]
    fn wrapped_rows_counts_words_that_spill_and_words_longer_than_the_box() {
        assert_eq!(wrapped_rows(&Line::from("short"), 10), 1);
        assert_eq!(wrapped_rows(&Line::from("aaaa bbbb cccc"), 10), 2);
        assert_eq!(wrapped_rows(&Line::from("abcdefghijklmnopqrstuvwxyz"), 10), 3);
        assert_eq!(wrapped_rows(&Line::from(""), 10), 1);
    }
}
