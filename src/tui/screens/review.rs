//! Review: the Sunday review of the shown week. The numbers on the left
//! (`numbers.rs`); on the right the checkpoint questions when one is due and
//! the reflection prompts, each answered in a text area and saved to the
//! store, the answers wrapped in full and the list scrolled to the selected one.

mod counts;
mod numbers;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::study::Snapshot;
use crate::tui::keymap;
use crate::tui::state::{ReviewField, View};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, fit_pad, wrap};
use crate::tui::widgets::item_list::{ListRow, render_rows};

use self::numbers::render_numbers;

/// The prompts of the shown week: checkpoint questions first (when due), then
/// the three reflection prompts; each with its saved answer.
pub fn fields(data: &Snapshot) -> Vec<(ReviewField, String, String)> {
    let saved = &data.saved_review;
    let mut fields = Vec::new();
    if let Some(checkpoint) = &data.review.checkpoint {
        for (id, text) in &checkpoint.questions {
            let answer = saved
                .answers
                .iter()
                .find(|(q, _)| q == id)
                .map(|(_, a)| a.clone())
                .unwrap_or_default();
            fields.push((ReviewField::Answer(id.clone()), clean(text), answer));
        }
    }
    fields.push((
        ReviewField::WentWell,
        strings::WENT_WELL.to_owned(),
        saved.went_well.clone(),
    ));
    fields.push((
        ReviewField::InTheWay,
        strings::IN_THE_WAY.to_owned(),
        saved.in_the_way.clone(),
    ));
    fields.push((
        ReviewField::NextFocus,
        strings::NEXT_FOCUS.to_owned(),
        saved.next_focus.clone(),
    ));
    fields
}

/// The numbers on the left, the prompts on the right. At 80 columns the
/// numbers get 44, so "1 due this week · 0 reached" fits on its line; the
/// answers wrap in what is left.
fn columns(body: Rect) -> (Rect, Rect) {
    let narrow = (body.width * 11 / 20).min(44);
    let left_width = (body.width * 9 / 20).max(narrow).max(30).min(body.width);
    let left = Rect {
        width: left_width,
        ..body
    };
    (
        left,
        Rect {
            x: body.x + left_width,
            width: body.width - left_width,
            ..body
        },
    )
}

/// Where the prompts list is drawn inside the body.
pub fn list_area(body: Rect) -> Rect {
    let (_, right) = columns(body);
    let top = 1.min(right.height);
    Rect {
        x: right.x + 2,
        y: right.y + top,
        width: right.width.saturating_sub(3),
        height: right.height - top,
    }
}

/// The prompt rows: each prompt selectable, its answer under it, both
/// wrapped in full. When the selected answer is taller than the list's `height`, it is cut
/// to fit under its prompt and its last line says how many more there are.
pub fn rows(data: &Snapshot, view: &View, theme: &Theme, width: u16, height: u16) -> Vec<ListRow> {
    let width = width as usize;
    let mut rows = Vec::new();
    for (i, (_, prompt, answer)) in fields(data).into_iter().enumerate() {
        // A checkpoint question can be long too: wrapped, each of its lines selected with it.
        let prompt_lines = wrap(&prompt, width.saturating_sub(2), usize::MAX);
        for (n, line) in prompt_lines.iter().enumerate() {
            let mark = if n == 0 { "▸" } else { " " };
            rows.push(ListRow::item(
                i,
                Span::styled(fit_pad(&format!("{mark} {line}"), width), theme.text),
            ));
        }
        let mut lines: Vec<String> = crate::text::clean_block(&answer)
            .lines()
            .flat_map(|line| wrap(line, width.saturating_sub(2), usize::MAX))
            .collect();
        if lines.is_empty() {
            lines.push(strings::UNANSWERED.to_owned());
        }
        let room = usize::from(height).saturating_sub(prompt_lines.len());
        if i == view.cursor.review && lines.len() > room && room > 0 {
            let more = lines.len() + 1 - room;
            lines.truncate(room - 1);
            let marker = strings::MORE_LINES.replace("{count}", &more.to_string());
            lines.push(keymap::fill_keys(&marker, &view.bindings, view.base_mode()));
        }
        let style = if answer.trim().is_empty() {
            theme.dim
        } else {
            theme.text
        };
        for line in lines {
            rows.push(ListRow::part_of(
                i,
                Span::styled(fit(&format!("  {line}"), width), style),
            ));
        }
        rows.push(ListRow::plain(""));
    }
    rows
}

/// Draws the Review screen into the body area.
pub fn render(data: &Snapshot, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let (left, right) = columns(body);
    render_numbers(data, view.today(), left, buf, theme);
    let block = Block::default().borders(Borders::LEFT).border_style(theme.border);
    block.render(right, buf);
    let heading = Rect {
        x: right.x + 2,
        width: right.width.saturating_sub(2),
        height: 1.min(right.height),
        ..right
    };
    Paragraph::new(Span::styled(strings::REFLECTION, theme.heading)).render(heading, buf);
    let list = list_area(body);
    render_rows(
        &rows(data, view, theme, list.width, list.height),
        Some(view.cursor.review),
        list,
        buf,
        theme,
    );
}
