//! Review: the Sunday review of the shown week: minutes per block against
//! plan, days studied, streak, deliverables and milestones done, pace; the
//! checkpoint questions when one is due and the reflection prompts, each
//! answered in a text area and saved to the store.

use chrono::Duration;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::plan::ItemState;
use crate::tui::data::ScreenData;
use crate::tui::state::{ReviewField, View};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::ui::pace_text;
use crate::tui::widgets::fit::{clean, fit, fit_pad};
use crate::tui::widgets::gauge_row::minutes_bar;
use crate::tui::widgets::item_list::{ListRow, render_rows};

/// The prompts of the shown week: checkpoint questions first (when due), then
/// the three reflection prompts; each with its saved answer.
pub fn fields(data: &ScreenData) -> Vec<(ReviewField, String, String)> {
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
pub fn rows(data: &ScreenData, theme: &Theme, width: u16) -> Vec<ListRow> {
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
pub fn render(data: &ScreenData, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let (left, right) = columns(body);
    render_numbers(data, left, buf, theme);
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

fn render_numbers(data: &ScreenData, area: Rect, buf: &mut Buffer, theme: &Theme) {
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
    let name_width = review
        .blocks
        .iter()
        .map(|b| clean(&b.name).chars().count())
        .max()
        .unwrap_or(0)
        .min(12);
    let bar_width = width.saturating_sub(name_width + 16).clamp(4, 24);
    for block in &review.blocks {
        let mut spans = vec![Span::styled(
            format!(" {} ", fit_pad(&block.name, name_width)),
            theme.text,
        )];
        spans.extend(minutes_bar(
            block.logged_minutes,
            block.planned_minutes,
            bar_width,
            theme,
        ));
        lines.push(Line::from(spans));
    }
    let (pace, pace_style) = pace_text(Some(&review.pace), theme);
    let stat = |label: &str, value: String, style| {
        Line::from(vec![
            Span::styled(format!(" {label:<14}"), theme.dim),
            Span::styled(fit(&value, width.saturating_sub(15)), style),
        ])
    };
    let done = |items: &[crate::plan::DueItem]| items.iter().filter(|d| d.state == Some(ItemState::Done)).count();
    let deliverables_done = done(&review.deliverables_due);
    let deliverables_due = review.deliverables_due.len();
    let enough = |done: usize, due: usize| if done < due { theme.warn } else { theme.good };
    lines.push(Line::from(""));
    lines.push(stat(
        "Days studied",
        format!("{} of 7", review.days_studied),
        theme.text,
    ));
    let streak = if review.streak == 1 {
        "1 day".to_owned()
    } else {
        format!("{} days", review.streak)
    };
    lines.push(stat("Streak", streak, theme.text));
    lines.push(stat(
        "Deliverables",
        format!("{deliverables_done} of {deliverables_due} done"),
        enough(deliverables_done, deliverables_due),
    ));
    let milestones_done = done(&review.milestones_due);
    let milestones_due = review.milestones_due.len();
    lines.push(stat(
        "Milestones",
        format!("{milestones_done} of {milestones_due} reached"),
        enough(milestones_done, milestones_due),
    ));
    lines.push(stat("Pace", pace, pace_style));
    lines.push(stat(
        "Unfinished",
        format!("{} task(s)", review.unfinished_tasks.len()),
        theme.text,
    ));
    if let Some(focus) = &review.next_focus {
        lines.push(stat("Next week", clean(focus), theme.text));
    }
    if let Some(checkpoint) = &review.checkpoint {
        lines.push(Line::from(""));
        let title = format!(" {}: {}", strings::CHECKPOINT, clean(&checkpoint.title));
        lines.push(Line::from(Span::styled(fit(&title, width), theme.warn)));
        if let Some(note) = &checkpoint.note {
            lines.push(Line::from(Span::styled(
                fit(&format!(" {}", clean(note)), width),
                theme.dim,
            )));
        }
    }
    Paragraph::new(lines).render(area, buf);
}
