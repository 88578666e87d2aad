//! The Review screen's left column: the shown week in numbers (minutes per
//! block against plan, days studied, streak, deliverables and milestones
//! due this week and how many are done, the phase's open items, tasks, pace,
//! next week), then the lists the numbers count by name.

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::plan::{DueItem, words};
use crate::study::Snapshot;
use crate::study::rules::is_settled;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, fit_pad, wrap};
use crate::tui::widgets::gauge_row::minutes_bar;
use crate::tui::widgets::labels::pace_text;
use crate::tui::widgets::marks::{checkbox, due_span};

use super::counts;

/// Draws the numbers of the shown week into `area`.
pub(super) fn render_numbers(data: &Snapshot, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = area.width.saturating_sub(2) as usize;
    let review = &data.review;
    let sunday = review.monday + Duration::days(6);
    let week = match review.week {
        Some(week) => format!(" · week {week} of {}", review.of),
        None => String::new(),
    };
    let dates = format!(
        " {} – {}{week}",
        review.monday.format("%a %-d %b"),
        sunday.format("%a %-d %b %Y")
    );
    let mut lines = vec![
        Line::from(Span::styled(format!(" {}", strings::WEEK_IN_NUMBERS), theme.heading)),
        Line::from(Span::styled(fit(&dates, width), theme.dim)),
        Line::from(""),
    ];
    lines.extend(time_lines(data, width, theme));
    lines.push(Line::from(""));
    lines.extend(stat_lines(data, width, theme));
    if let Some(checkpoint) = &review.checkpoint {
        lines.push(Line::from(""));
        let title = format!(" {}: {}", strings::CHECKPOINT, clean(&checkpoint.title));
        lines.push(Line::from(Span::styled(fit(&title, width), theme.warn)));
        if let Some(note) = &checkpoint.note {
            // The checkpoint's advice is a sentence the learner should read whole: wrap it,
            // each line under the left margin like the rest of the column.
            for line in wrap(&clean(note), width, usize::MAX) {
                lines.push(Line::from(Span::styled(format!(" {line}"), theme.dim)));
            }
        }
    }
    lines.extend(list_lines(data, today, width, theme));
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}

/// Minutes per block against plan, then the week's total.
fn time_lines(data: &Snapshot, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let review = &data.review;
    let name_width = review
        .blocks
        .iter()
        .map(|b| clean(&b.name).chars().count())
        .chain([strings::TOTAL.chars().count()])
        .max()
        .unwrap_or(0)
        .min(12);
    let bar_width = width.saturating_sub(name_width + 16).clamp(4, 24);
    let bar = |name: &str, logged: u32, planned: u32, style| {
        let mut spans = vec![Span::styled(format!(" {} ", fit_pad(name, name_width)), style)];
        spans.extend(minutes_bar(logged, planned, bar_width, theme));
        Line::from(spans)
    };
    let mut lines: Vec<Line> = review
        .blocks
        .iter()
        .map(|b| bar(&b.name, b.logged_minutes, b.planned_minutes, theme.text))
        .collect();
    if review.blocks.len() > 1 {
        lines.push(bar(
            strings::TOTAL,
            review.logged_minutes,
            review.planned_minutes,
            theme.heading,
        ));
    }
    lines
}

/// Days studied, streak, deliverables and milestones due, the phase's open items,
/// tasks, pace, next week: a line each, wrapped under itself when long.
fn stat_lines(data: &Snapshot, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let review = &data.review;
    let mut lines = Vec::new();
    // A value wraps under itself rather than being cut: the counts are sentences.
    let mut stat = |label: &str, value: String, style| {
        let value_width = width.saturating_sub(15).max(1);
        for (i, part) in wrap(&clean(&value), value_width, usize::MAX).into_iter().enumerate() {
            let label = if i == 0 { label } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!(" {label:<14}"), theme.dim),
                Span::styled(part, style),
            ]));
        }
    };
    let open_style = |open: usize| if open > 0 { theme.warn } else { theme.good };
    stat(
        "Days studied",
        words::days_studied(
            review.days_studied,
            review.study_days_studied,
            review.study_days_planned,
        ),
        theme.text,
    );
    stat("Streak", words::study_days(review.streak), theme.text);
    stat(
        "Deliverables",
        counts::due_and_done(&review.deliverables_due, &review.deliverables_done, "done"),
        open_style(review.deliverables_open.len()),
    );
    let milestones_open = review.milestones_due.iter().filter(|m| !is_settled(m.state)).count();
    if !review.milestones_due.is_empty() || !review.milestones_reached.is_empty() {
        stat(
            "Milestones",
            counts::due_and_done(&review.milestones_due, &review.milestones_reached, "reached"),
            open_style(milestones_open),
        );
    }
    if let Some(phase) = counts::phase_open(data) {
        stat("Phase", phase, theme.text);
    }
    let unfinished = review.unfinished_tasks.len();
    stat(
        "Tasks",
        format!("{} done · {unfinished} open", review.tasks_done),
        theme.text,
    );
    let (pace, pace_style) = pace_text(Some(&review.pace), theme);
    stat("Pace", pace, pace_style);
    if let Some(focus) = &review.next_focus {
        stat("Next week", clean(focus), theme.text);
    } else if let Some(edge) = review.plan_edge {
        stat("Next week", edge.sentence(), theme.dim);
    }
    lines
}

/// What the numbers count, by name: deliverables and milestones done this
/// week and due still open, open tasks (to carry over) and the tasks already
/// carried to next week.
fn list_lines(data: &Snapshot, today: NaiveDate, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let review = &data.review;
    let mut lines = Vec::new();
    let mut group = |heading: &str, rows: Vec<Line<'static>>| {
        if !rows.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {heading}"), theme.heading)));
            lines.extend(rows);
        }
    };
    let item = |item: &DueItem| {
        let due = due_span(item, today, theme);
        let title_width = width.saturating_sub(due.width() + 5);
        Line::from(vec![
            Span::styled(format!("  {} ", checkbox(item.state)), theme.text),
            Span::styled(fit(&item.title, title_width), theme.text),
            due,
        ])
    };
    let dated = |mark: &str, title: &str, day: String| {
        let day = Span::styled(format!(" {day}"), theme.dim);
        let title_width = width.saturating_sub(day.width() + mark.chars().count() + 3);
        Line::from(vec![
            Span::styled(format!("  {mark} "), theme.text),
            Span::styled(fit(title, title_width), theme.text),
            day,
        ])
    };
    let mut done: Vec<&DueItem> = review
        .deliverables_done
        .iter()
        .chain(&review.milestones_reached)
        .collect();
    done.sort_by_key(|d| d.due);
    group(strings::DONE_THIS_WEEK, done.into_iter().map(item).collect());
    let open_milestones = review.milestones_due.iter().filter(|m| !is_settled(m.state));
    let mut open: Vec<&DueItem> = review.deliverables_open.iter().chain(open_milestones).collect();
    open.sort_by_key(|d| d.due);
    group(strings::DUE_STILL_OPEN, open.into_iter().map(item).collect());
    let open_tasks = review
        .unfinished_tasks
        .iter()
        .map(|t| dated("[ ]", &t.title, t.day.format("%a %-d %b").to_string()))
        .collect();
    group(strings::OPEN_TASKS, open_tasks);
    let carried = data
        .carried_out
        .iter()
        .map(|c| dated("→", &c.title, c.to.format("%a %-d %b").to_string()))
        .collect();
    group(strings::CARRIED_OUT, carried);
    // The week's notes: each day's note and its time entries' notes, as the review commands print them.
    let week = review.monday..=review.iso_week.sunday();
    let notes = data
        .week_notes
        .iter()
        .filter(|note| week.contains(&note.day))
        .map(|note| {
            let what = match (&note.block, note.minutes) {
                (Some(block), Some(minutes)) => format!("{} {minutes} min: ", clean(block)),
                _ => String::new(),
            };
            let text = format!("  {}  {what}{}", note.day.format("%a %-d %b"), clean(&note.text));
            Line::from(Span::styled(fit(&text, width), theme.text))
        })
        .collect();
    group(strings::WEEK_NOTES, notes);
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::store::CarryOver;
    use crate::tui::action::Screen;
    use crate::tui::fixtures;

    fn screen_text(data: &Snapshot) -> String {
        let area = Rect::new(0, 0, 140, 44);
        let mut buf = Buffer::empty(area);
        render_numbers(data, fixtures::today(), area, &mut buf, &Theme::MONO);
        (0..area.height)
            .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_numbers_name_what_was_done_what_is_still_open_and_what_was_carried() {
        let mut data = fixtures::view(Screen::Review, "").data.unwrap();
        data.carried_out = vec![CarryOver {
            task_id: 7,
            title: "Record the demo".into(),
            from: fixtures::today(),
            to: fixtures::today() + Duration::days(6),
        }];
        let text = screen_text(&data);
        assert!(text.contains("Total"), "{text}");
        assert!(text.contains("Tasks         2 done · 3 open"), "{text}");
        let open = text.find(strings::DUE_STILL_OPEN).unwrap();
        assert!(text[open..].contains("[~] Attention passes the shape tests"), "{text}");
        assert!(
            text[open..].contains("[ ] First model trained end to end"),
            "milestones too:\n{text}"
        );
        assert!(text.contains(strings::OPEN_TASKS), "{text}");
        let carried = text.find(strings::CARRIED_OUT).unwrap();
        assert!(text[carried..].contains("→ Record the demo Mon 30 Nov"), "{text}");
    }

    #[test]
    fn the_weeks_notes_are_on_the_review() {
        let data = fixtures::view(Screen::Review, "").data.unwrap();
        assert!(!data.week_notes.is_empty(), "the fixture writes a note this week");
        let text = screen_text(&data);
        let notes = text
            .find(strings::WEEK_NOTES)
            .unwrap_or_else(|| panic!("no notes:\n{text}"));
        assert!(text[notes..].contains("Attention clicked"), "{text}");
    }
}
