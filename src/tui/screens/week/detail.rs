//! The Week screen's selected day in full, and its plan week.
//!
//! The day comes from the same plan Today draws (`day_plan` for that date):
//! its role, blocks, standing tasks and open deliverables, with the learner's
//! tasks under their whole titles. The week part lists what its plan week
//! (Monday to Sunday, whatever day the screen starts on) has due, its
//! recurring tasks, key metrics and checkpoint.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::plan::{ItemState, Position, Task};
use crate::study::Snapshot;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, wrap};
use crate::tui::widgets::item_list::ListRow;
use crate::tui::widgets::labels::position_text;
use crate::tui::widgets::marks::{checkbox, due_span};

/// Lines a task title may take in the day's list before it is cut.
const TITLE_LINES: usize = 3;

/// The selected day's rows, `width` cells wide; its tasks are the items, a
/// long title wrapping onto a few rows so it can be read whole.
pub fn day_rows(data: &Snapshot, view: &View, theme: &Theme, width: u16) -> Vec<ListRow> {
    let width = width as usize;
    let Some(day) = data.shown.day(view.cursor.week_day) else {
        return Vec::new();
    };
    let heading = |text: &str| ListRow::plain(Span::styled(fit(text, width), theme.heading));
    let plain = |text: String, style: Style| ListRow::plain(Span::styled(fit(&text, width), style));
    let date = fit(&day.date.format("%a %-d %b").to_string(), width);
    let about = format!(" · {} · {}", clean(&day.role.role), position_text(day));
    let about = fit(&about, width.saturating_sub(date.len()));
    let mut rows = vec![ListRow::plain(Line::from(vec![
        Span::styled(date, theme.heading),
        Span::styled(about, theme.dim),
    ]))];
    // The blocks with what was logged on them, as Today shows them.
    let logged = |block: &str| {
        data.week_time
            .iter()
            .filter(|e| e.day == day.date && e.block == block)
            .map(|e| e.minutes)
            .sum::<u32>()
    };
    if day.blocks.iter().all(|b| b.planned_minutes == 0) {
        rows.push(plain(strings::NOTHING_PLANNED.to_owned(), theme.dim));
    } else {
        let parts: Vec<String> = day
            .blocks
            .iter()
            .map(|b| format!("{} {}/{}", clean(&b.name), logged(&b.id), b.planned_minutes))
            .collect();
        // Wrapped, not cut: beside the grid at 120 columns the panel is about 30 cells wide.
        for line in wrap(&format!("{} min", parts.join(" · ")), width, 2) {
            rows.push(plain(line, theme.dim));
        }
    }
    // The day's own note and its time entries' notes, in full.
    let notes: Vec<_> = data.week_notes.iter().filter(|n| n.day == day.date).collect();
    if !notes.is_empty() {
        rows.push(heading(strings::NOTE));
    }
    for note in notes {
        let what = match (&note.block, note.minutes) {
            (Some(block), Some(minutes)) => format!("{} {minutes} min: ", clean(block)),
            _ => String::new(),
        };
        for line in wrap(&format!("{what}{}", clean(&note.text)), width.saturating_sub(1), 4) {
            rows.push(plain(format!(" {line}"), theme.text));
        }
    }
    rows.push(heading(strings::TASKS));
    let tasks = tasks_of_day(data, view.cursor.week_day);
    if tasks.is_empty() {
        rows.push(plain(
            crate::tui::keymap::fill_keys(strings::NO_TASKS, &view.bindings, view.base_mode()),
            theme.dim,
        ));
    }
    for (i, task) in tasks.into_iter().enumerate() {
        let state = task.done.then_some(ItemState::Done);
        let style = if task.done { theme.dim } else { theme.text };
        let marker = format!(" {} ", checkbox(state));
        let indent = " ".repeat(marker.width());
        let lines = wrap(&clean(&task.title), width.saturating_sub(marker.width()), TITLE_LINES);
        for (n, text) in lines.into_iter().enumerate() {
            let lead = if n == 0 { marker.as_str() } else { indent.as_str() };
            rows.push(ListRow::item(i, Span::styled(format!("{lead}{text}"), style)));
        }
    }
    // Not before the start, on holiday (a paused week) or after the end.
    let started = crate::plan::day::is_plan_day(day);
    if started && !day.role.tasks.is_empty() {
        rows.push(heading(strings::ROLE_TASKS));
        for task in &day.role.tasks {
            rows.push(plain(format!(" · {}", clean(task)), theme.text));
        }
    }
    if !day.open_deliverables.is_empty() {
        rows.push(heading(strings::OPEN_DELIVERABLES));
    }
    for item in &day.open_deliverables {
        let due = due_span(item, view.today(), theme);
        let title_width = width.saturating_sub(due.width() + 5);
        rows.push(ListRow::plain(Line::from(vec![
            Span::styled(format!(" {} ", checkbox(item.state)), theme.text),
            Span::styled(fit(&item.title, title_width), theme.text),
            due,
        ])));
    }
    rows
}

/// The selected day's plan week: due items, recurring tasks, metrics, checkpoint.
pub fn week_lines(data: &Snapshot, view: &View, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let width = width as usize;
    let Some(day) = data.shown.day(view.cursor.week_day) else {
        return Vec::new();
    };
    let Some(week) = data.shown.week_of(day.date) else {
        return Vec::new();
    };
    let heading = |text: String| Line::from(Span::styled(fit(&text, width), theme.heading));
    let line = |text: String, style: Style| Line::from(Span::styled(fit(&text, width), style));
    let none = || Line::from(Span::styled(strings::NONE, theme.dim));
    let due_heading = match day.position {
        Position::InPlan { week, .. } => format!("{} ({} {week})", strings::DUE_THIS_WEEK, strings::WEEK),
        _ => strings::DUE_THIS_WEEK.to_owned(),
    };
    let mut lines = vec![heading(due_heading)];
    if week.due.is_empty() {
        lines.push(none());
    }
    for item in &week.due {
        let late = crate::study::rules::is_late(item, view.today());
        let style = if late { theme.bad } else { theme.text };
        let text = format!(
            "{} {} ({})",
            checkbox(item.state),
            clean(&item.title),
            item.due.format("%a")
        );
        lines.push(line(text, style));
    }
    lines.push(heading(strings::RECURRING.to_owned()));
    if week.recurring.is_empty() {
        lines.push(none());
    }
    for task in &week.recurring {
        // The count first: after a long title it was the part cut off ("Network with people (…").
        let count = if task.count > 1 {
            format!("{}× ", task.count)
        } else {
            String::new()
        };
        let optional = if task.optional { " (optional)" } else { "" };
        lines.push(line(format!("· {count}{}{optional}", clean(&task.title)), theme.text));
    }
    lines.push(heading(strings::METRICS.to_owned()));
    if week.metrics.is_empty() {
        lines.push(none());
    }
    for metric in &week.metrics {
        let text = format!("· {} {} ({})", metric.target, clean(&metric.unit), clean(&metric.name));
        lines.push(line(text, theme.text));
    }
    if let Some(checkpoint) = &week.checkpoint {
        lines.push(heading(strings::CHECKPOINT.to_owned()));
        lines.push(line(format!("{} (on Review)", clean(&checkpoint.title)), theme.warn));
    }
    lines
}

/// The own tasks of a shown day (0 = the first shown day), in store order.
pub fn tasks_of_day(data: &Snapshot, day_index: usize) -> Vec<&Task> {
    let Some(day) = data.shown.dates().get(day_index).copied() else {
        return Vec::new();
    };
    data.week_tasks.iter().filter(|t| t.day == day).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_wraps_between_words_and_the_last_line_is_cut() {
        let title = "Read the attention is all you need paper carefully";
        assert_eq!(
            wrap(title, 20, 3),
            ["Read the attention", "is all you need", "paper carefully"]
        );
        assert_eq!(wrap(title, 20, 2), ["Read the attention", "is all you need pap…"]);
        assert_eq!(wrap("short", 20, 3), ["short"]);
    }

    #[test]
    fn a_word_longer_than_a_line_is_split_by_cells() {
        assert_eq!(wrap("abcdefgh ij", 3, 5), ["abc", "def", "gh", "ij"]);
        assert_eq!(wrap("学习注意力机制", 4, 5), ["学习", "注意", "力机", "制"]);
        assert!(wrap("anything", 0, 3).is_empty());
    }
}
