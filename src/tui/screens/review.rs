//! Review: the Sunday review of the shown week: minutes per block against
//! plan, days studied, streak, deliverables done this week and due still
//! open, milestones, tasks done and open, carry-over, pace; the
//! checkpoint questions when one is due and the reflection prompts, each
//! answered in a text area and saved to the store.

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::plan::{DueItem, words};
use crate::study::Snapshot;
use crate::study::rules::is_settled;
use crate::tui::state::{ReviewField, View};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, fit_pad, wrap};
use crate::tui::widgets::gauge_row::minutes_bar;
use crate::tui::widgets::item_list::{ListRow, render_rows};
use crate::tui::widgets::labels::pace_text;
use crate::tui::widgets::marks::{checkbox, due_span};

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

fn columns(body: Rect) -> (Rect, Rect) {
    let left_width = (body.width * 9 / 20).max(30).min(body.width);
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

/// The prompt rows: each prompt selectable, its answer (up to three lines) below it.
pub fn rows(data: &Snapshot, theme: &Theme, width: u16) -> Vec<ListRow> {
    let width = width as usize;
    let mut rows = Vec::new();
    for (i, (_, prompt, answer)) in fields(data).into_iter().enumerate() {
        rows.push(ListRow::item(
            i,
            Span::styled(fit_pad(&format!("▸ {prompt}"), width), theme.text),
        ));
        let lines: Vec<String> = crate::text::clean_block(&answer).lines().map(str::to_owned).collect();
        if lines.is_empty() {
            rows.push(ListRow::plain(Span::styled(
                fit(&format!("  {}", strings::UNANSWERED), width),
                theme.dim,
            )));
        }
        for line in lines.iter().take(3) {
            rows.push(ListRow::plain(Span::styled(
                fit(&format!("  {line}"), width),
                theme.dim,
            )));
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
        &rows(data, theme, list.width),
        Some(view.cursor.review),
        list,
        buf,
        theme,
    );
}

fn render_numbers(data: &Snapshot, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
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

/// Days studied, streak, deliverables, milestones, tasks, pace, next week: one line each.
fn stat_lines(data: &Snapshot, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let review = &data.review;
    let stat = |label: &str, value: String, style| {
        Line::from(vec![
            Span::styled(format!(" {label:<14}"), theme.dim),
            Span::styled(fit(&value, width.saturating_sub(15)), style),
        ])
    };
    let open_style = |open: usize| if open > 0 { theme.warn } else { theme.good };
    let mut lines = vec![
        stat(
            "Days studied",
            words::days_studied(
                review.days_studied,
                review.study_days_studied,
                review.study_days_planned,
            ),
            theme.text,
        ),
        stat("Streak", words::study_days(review.streak), theme.text),
    ];
    let open = review.deliverables_open.len();
    lines.push(stat(
        "Deliverables",
        format!("{} done · {open} open", review.deliverables_done.len()),
        open_style(open),
    ));
    let milestones_open = review.milestones_due.iter().filter(|m| !is_settled(m.state)).count();
    if !review.milestones_due.is_empty() || !review.milestones_reached.is_empty() {
        lines.push(stat(
            "Milestones",
            format!("{} reached · {milestones_open} open", review.milestones_reached.len()),
            open_style(milestones_open),
        ));
    }
    let unfinished = review.unfinished_tasks.len();
    lines.push(stat(
        "Tasks",
        format!("{} done · {unfinished} open", review.tasks_done),
        theme.text,
    ));
    let (pace, pace_style) = pace_text(Some(&review.pace), theme);
    lines.push(stat("Pace", pace, pace_style));
    if let Some(focus) = &review.next_focus {
        lines.push(stat("Next week", clean(focus), theme.text));
    } else if let Some(edge) = review.plan_edge {
        lines.push(stat("Next week", edge.sentence(), theme.dim));
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
}
