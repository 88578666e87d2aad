//! Week: seven columns from the config's `week_start` (Monday by default),
//! each with its role, a bar of logged against planned minutes and its tasks;
//! the selected day in full (the plan Today shows for it, tasks with whole
//! titles) and its plan week's due items, recurring tasks, metrics and
//! checkpoint beside the columns when wide, below them when narrow.
//!
//! Narrow terminals cannot fit seven task titles side by side, so there the
//! columns show counts and the selected day's list below carries the titles.

mod detail;

pub use detail::tasks_of_day;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::plan::{DayPlan, ItemState, Position, Task};
use crate::study::Snapshot;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, fit_pad};
use crate::tui::widgets::item_list::{ListRow, item_at, render_rows};
use crate::tui::widgets::labels::position_text;
use crate::tui::widgets::marks::checkbox;

/// Rows above the first task in a column: day, role, bar, rule.
const COLUMN_HEADER: u16 = 4;
/// Cells a column gets on a wide terminal before the side panel takes the rest.
const WIDE_COLUMN: u16 = 16;
/// The narrowest side panel beside the columns.
const PANEL_MIN: u16 = 32;
/// From this width the selected day sits beside the columns, which then have
/// room for titles (`[ ] ` and a dozen characters); below it, titles cut to a
/// few letters say nothing, so the columns show counts and the day goes below.
const WIDE: u16 = 7 * WIDE_COLUMN + PANEL_MIN;
/// Narrow columns: the header, then a task count (and a due count when a shown day has items due).
const NARROW_COLUMN_ROWS: u16 = COLUMN_HEADER + 1;

struct Layout {
    heading: Rect,
    columns: Rect,
    /// The selected day's list (tasks are its items).
    day: Rect,
    /// The plan week's due items, recurring tasks, metrics and checkpoint.
    week: Rect,
    /// Columns with task titles and the day beside them (else counts and the day below).
    wide: bool,
}

fn layout(body: Rect, due_row: bool) -> Layout {
    let heading = Rect {
        height: 1.min(body.height),
        ..body
    };
    let rest = Rect {
        y: body.y + heading.height,
        height: body.height - heading.height,
        ..body
    };
    if rest.width >= WIDE {
        let panel_width = rest.width.saturating_sub(7 * WIDE_COLUMN).clamp(PANEL_MIN, 48);
        let columns = Rect {
            width: rest.width - panel_width,
            ..rest
        };
        // Inside the panel's left border and a space.
        let panel = Rect {
            x: columns.right() + 2,
            width: panel_width.saturating_sub(2),
            ..rest
        };
        // Split by what the day and the week hold: see `Layout::fit_panel`.
        let (day, week) = (panel, Rect { height: 0, ..panel });
        return Layout {
            heading,
            columns,
            day,
            week,
            wide: true,
        };
    }
    let columns = Rect {
        height: (NARROW_COLUMN_ROWS + u16::from(due_row)).min(rest.height / 2),
        ..rest
    };
    // Below a rule: the day at the left with room for titles, the week at the right.
    let below = Rect {
        y: columns.bottom() + 1,
        height: rest.height.saturating_sub(columns.height + 1),
        ..rest
    };
    let day_width = below.width * 3 / 5;
    let day = Rect {
        x: below.x + 1,
        width: day_width.saturating_sub(2),
        ..below
    };
    let week = Rect {
        x: below.x + day_width + 2,
        width: below.width.saturating_sub(day_width + 2),
        ..below
    };
    Layout {
        heading,
        columns,
        day,
        week,
        wide: false,
    }
}

impl Layout {
    /// On a wide terminal the day and its week share the side panel: the week's
    /// lines go right under the day's rows, and keep at least half the panel.
    fn fit_panel(mut self, day_rows: usize, week_lines: usize) -> Layout {
        if self.wide {
            let panel = self.day;
            let week_min = (week_lines as u16).min(panel.height / 2);
            let day_height = (day_rows as u16 + 1).min(panel.height - week_min);
            self.day = Rect {
                height: day_height,
                ..panel
            };
            self.week = Rect {
                y: panel.y + day_height,
                height: panel.height - day_height,
                ..panel
            };
        }
        self
    }
}

/// The layout with the panel split for what the day and week show, and
/// their lines (clicks use the same, so they land where the learner looks).
fn layout_with(data: &Snapshot, view: &View, body: Rect, theme: &Theme) -> (Layout, Vec<ListRow>, Vec<Line<'static>>) {
    let dates = data.shown.dates();
    let due_row = data.due_items.iter().any(|item| dates.contains(&item.due));
    let layout = layout(body, due_row);
    let rows = detail::day_rows(data, view, theme, layout.day.width);
    let week = detail::week_lines(data, view, theme, layout.week.width);
    let layout = layout.fit_panel(rows.len(), week.len());
    (layout, rows, week)
}

fn column_rect(columns: Rect, day: usize) -> Rect {
    let width = columns.width / 7;
    let x = columns.x + width * day as u16;
    let width = if day == 6 { columns.right() - x } else { width };
    Rect { x, width, ..columns }
}

fn inside(area: Rect, column: u16, row: u16) -> bool {
    column >= area.x && column < area.right() && row >= area.y && row < area.bottom()
}

/// The day and task under a click in the body, if any: a column selects its
/// day (and, when wide, the task under the pointer); the day's list its task.
pub fn hit(data: &Snapshot, view: &View, body: Rect, column: u16, row: u16) -> Option<(usize, Option<usize>)> {
    // The lines are the same whatever the theme.
    let (layout, rows, _) = layout_with(data, view, body, &Theme::MONO);
    if inside(layout.day, column, row) {
        let selected = view.cursor.week_task;
        let task = item_at(
            &rows,
            selected,
            layout.day.height as usize,
            (row - layout.day.y) as usize,
        );
        return task.map(|t| (view.cursor.week_day, Some(t)));
    }
    if !inside(layout.columns, column, row) {
        return None;
    }
    let day = (0..7).find(|d| inside(column_rect(layout.columns, *d), column, row))?;
    let line = row - layout.columns.y;
    let task = line
        .checked_sub(COLUMN_HEADER)
        .map(usize::from)
        .filter(|t| layout.wide && *t < tasks_of_day(data, day).len());
    Some((day, task))
}

/// Draws the Week screen into the body area.
pub fn render(data: &Snapshot, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let (layout, rows, week_lines) = layout_with(data, view, body, theme);
    let dates = data.shown.dates();
    // The middle day is in the plan week holding most of the shown days.
    let position = data
        .shown
        .day(3)
        .map(|d| match d.position {
            // "starts in N days" counted from the middle day would disagree with the title bar.
            Position::BeforeStart { .. } => {
                format!("{} {}", strings::BEFORE_PLAN, data.enrollment.start.format("%a %-d %b"))
            }
            _ => position_text(d),
        })
        .unwrap_or_default();
    let heading = format!(
        " {} – {} · {position}",
        dates[0].format("%a %-d %b"),
        dates[6].format("%a %-d %b %Y")
    );
    Paragraph::new(Span::styled(fit(&heading, body.width as usize), theme.heading)).render(layout.heading, buf);
    let main_week = data.shown.day(3).and_then(|d| plan_week(d.position));
    for day in 0..7 {
        let area = column_rect(layout.columns, day);
        render_day(data, view, day, main_week, layout.wide, area, buf, theme);
    }
    let separator = if layout.wide {
        Rect {
            x: layout.columns.right(),
            width: 1,
            ..layout.columns
        }
    } else {
        Rect {
            y: layout.columns.bottom(),
            height: 1.min(body.bottom() - layout.columns.bottom()),
            ..layout.columns
        }
    };
    let borders = if layout.wide { Borders::LEFT } else { Borders::TOP };
    Block::default()
        .borders(borders)
        .border_style(theme.border)
        .render(separator, buf);
    render_rows(&rows, Some(view.cursor.week_task), layout.day, buf, theme);
    Paragraph::new(week_lines).render(layout.week, buf);
}

/// The roadmap week of a day inside the plan.
fn plan_week(position: Position) -> Option<u32> {
    match position {
        Position::InPlan { week, .. } => Some(week),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)] // one column: its day, where it sits and how it is drawn
fn render_day(
    data: &Snapshot,
    view: &View,
    index: usize,
    main_week: Option<u32>,
    wide: bool,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    if area.width < 3 || area.height == 0 {
        return;
    }
    let Some(plan) = data.shown.day(index) else {
        return;
    };
    let date = plan.date;
    let width = area.width.saturating_sub(1) as usize;
    let selected_day = index == view.cursor.week_day;
    let mut header_style = if date == view.today() {
        theme.today
    } else {
        theme.heading
    };
    if selected_day {
        header_style = header_style.patch(theme.selected);
    }
    let mut lines = vec![
        Line::from(Span::styled(fit_pad(&day_label(plan, main_week), width), header_style)),
        Line::from(Span::styled(fit(&plan.role.role, width), theme.dim)),
        minutes_line(data, plan, width, theme),
        Line::from(Span::styled("─".repeat(width), theme.border)),
    ];
    let tasks = tasks_of_day(data, index);
    let due = data.due_items.iter().filter(|d| d.due == date);
    if wide {
        for (i, task) in tasks.into_iter().enumerate() {
            let state = task.done.then_some(ItemState::Done);
            let mut style = if task.done { theme.dim } else { theme.text };
            if selected_day && i == view.cursor.week_task {
                style = style.patch(theme.selected);
            }
            let text = format!("{} {}", checkbox(state), clean(&task.title));
            lines.push(Line::from(Span::styled(fit_pad(&text, width), style)));
        }
        for item in due {
            // A settled item is no longer a warning: ticked and dim.
            let (text, style) = if crate::study::rules::is_settled(item.state) {
                (format!("✓ {}", clean(&item.title)), theme.dim)
            } else {
                (format!("◆ {}", clean(&item.title)), theme.warn)
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
    } else {
        lines.push(task_count_line(&tasks, width, theme));
        let (settled, open): (Vec<_>, Vec<_>) = due.partition(|item| crate::study::rules::is_settled(item.state));
        if !open.is_empty() {
            let text = format!("◆ {} {}", open.len(), strings::DUE);
            lines.push(Line::from(Span::styled(fit(&text, width), theme.warn)));
        } else if !settled.is_empty() {
            let text = format!("✓ {} {}", settled.len(), strings::DONE_DUE);
            lines.push(Line::from(Span::styled(fit(&text, width), theme.dim)));
        }
    }
    Paragraph::new(lines).render(
        Rect {
            width: width as u16,
            ..area
        },
        buf,
    );
}

/// `Tue 24`, with the roadmap week when it differs from the heading's (`Sun 22 ·w3`).
fn day_label(plan: &DayPlan, main_week: Option<u32>) -> String {
    let date = plan.date.format("%a %-d");
    match plan_week(plan.position) {
        Some(week) if main_week.is_some_and(|main| main != week) => format!("{date} ·w{week}"),
        _ => date.to_string(),
    }
}

/// A bar of logged against planned minutes, then the numbers.
fn minutes_line(data: &Snapshot, plan: &DayPlan, width: usize, theme: &Theme) -> Line<'static> {
    let planned: u32 = plan.blocks.iter().map(|b| b.planned_minutes).sum();
    let logged = data.logged_on(plan.date);
    let numbers = format!(" {logged}/{planned}");
    let bar_width = width.saturating_sub(numbers.len()).min(8);
    // Time logged on a day with nothing planned fills the bar, as on Today.
    let filled = if planned == 0 {
        if logged > 0 { bar_width } else { 0 }
    } else {
        (logged as usize * bar_width / planned as usize).min(bar_width)
    };
    Line::from(vec![
        Span::styled("█".repeat(filled), theme.gauge_filled),
        Span::styled("░".repeat(bar_width - filled), theme.gauge_empty),
        Span::styled(fit(&numbers, width - bar_width), theme.dim),
    ])
}

/// `1/3 done`, `2 tasks` or `·`: what a narrow column says about its tasks.
fn task_count_line(tasks: &[&Task], width: usize, theme: &Theme) -> Line<'static> {
    let done = tasks.iter().filter(|t| t.done).count();
    let (text, style) = match (tasks.len(), done) {
        (0, _) => ("·".to_owned(), theme.dim),
        (n, 0) => (format!("{n} {}", if n == 1 { "task" } else { "tasks" }), theme.text),
        (n, d) if d == n => (format!("{d}/{n} done"), theme.good),
        (n, d) => (format!("{d}/{n} done"), theme.text),
    };
    Line::from(Span::styled(fit(&text, width), style))
}
