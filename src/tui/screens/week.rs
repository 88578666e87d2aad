//! Week: seven columns, Monday to Sunday, each with its role, a bar of logged
//! against planned minutes and its tasks; the week's deliverables, recurring
//! tasks and key metrics in a side panel (below the columns when narrow).

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::plan::{ItemState, Task};
use crate::tui::data::ScreenData;
use crate::tui::screens::today::checkbox;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::ui::position_text;
use crate::tui::widgets::fit::{clean, fit, fit_pad};

/// Rows above the first task in a column: day, role, bar, rule.
const COLUMN_HEADER: u16 = 4;

/// The own tasks of a day of the shown week (0 = Monday), in store order.
pub fn tasks_of_day(data: &ScreenData, day_index: usize) -> Vec<&Task> {
    let day = data.week.monday + Duration::days(day_index as i64);
    data.week_tasks.iter().filter(|t| t.day == day).collect()
}

struct Layout {
    heading: Rect,
    columns: Rect,
    panel: Rect,
    /// The panel is at the right (wide terminals) rather than below.
    side: bool,
}

fn layout(body: Rect) -> Layout {
    let heading = Rect {
        height: 1.min(body.height),
        ..body
    };
    let rest = Rect {
        y: body.y + heading.height,
        height: body.height - heading.height,
        ..body
    };
    if rest.width >= 120 {
        // Columns of 13 cells first; the panel takes the rest, from 28 to 40 cells.
        let panel_width = rest.width.saturating_sub(7 * 13).clamp(28, 40);
        let columns = Rect {
            width: rest.width - panel_width,
            ..rest
        };
        let panel = Rect {
            x: rest.x + columns.width,
            width: panel_width,
            ..rest
        };
        Layout {
            heading,
            columns,
            panel,
            side: true,
        }
    } else {
        let panel_height = rest.height / 3;
        let columns = Rect {
            height: rest.height - panel_height,
            ..rest
        };
        let panel = Rect {
            y: rest.y + columns.height,
            height: panel_height,
            ..rest
        };
        Layout {
            heading,
            columns,
            panel,
            side: false,
        }
    }
}

fn column_rect(columns: Rect, day: usize) -> Rect {
    let width = columns.width / 7;
    let x = columns.x + width * day as u16;
    let width = if day == 6 { columns.right() - x } else { width };
    Rect { x, width, ..columns }
}

/// The day and task under a click in the body, if any.
pub fn hit(data: &ScreenData, _view: &View, body: Rect, column: u16, row: u16) -> Option<(usize, Option<usize>)> {
    let columns = layout(body).columns;
    if column < columns.x || column >= columns.right() || row < columns.y || row >= columns.bottom() {
        return None;
    }
    let day = (0..7).find(|d| {
        let r = column_rect(columns, *d);
        column >= r.x && column < r.right()
    })?;
    let line = row - columns.y;
    let task = line
        .checked_sub(COLUMN_HEADER)
        .map(usize::from)
        .filter(|t| *t < tasks_of_day(data, day).len());
    Some((day, task))
}

/// Draws the Week screen into the body area.
pub fn render(data: &ScreenData, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let layout = layout(body);
    let week = &data.week;
    let sunday = week.monday + Duration::days(6);
    let position = week
        .days
        .first()
        .map(|d| position_text(&d.position))
        .unwrap_or_default();
    let heading = format!(
        " {} – {} · {position}",
        week.monday.format("%a %-d %b"),
        sunday.format("%a %-d %b %Y")
    );
    Paragraph::new(Span::styled(fit(&heading, body.width as usize), theme.heading)).render(layout.heading, buf);
    for day in 0..7 {
        render_day(data, view, day, column_rect(layout.columns, day), buf, theme);
    }
    render_panel(data, view.today(), layout.panel, layout.side, buf, theme);
}

fn render_day(data: &ScreenData, view: &View, index: usize, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.width < 3 {
        return;
    }
    let date = data.week.monday + Duration::days(index as i64);
    let plan = data.week.days.get(index);
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
    let planned: u32 = plan.map_or(0, |p| p.blocks.iter().map(|b| b.planned_minutes).sum());
    let logged = data.logged_on(date);
    let numbers = format!(" {logged}/{planned}");
    let bar_width = width.saturating_sub(numbers.len()).min(8);
    let filled = if planned == 0 {
        0
    } else {
        (logged as usize * bar_width / planned as usize).min(bar_width)
    };
    let mut lines = vec![
        Line::from(Span::styled(
            fit_pad(&date.format("%a %-d").to_string(), width),
            header_style,
        )),
        Line::from(Span::styled(
            fit(plan.map_or("", |p| p.role.role.as_str()), width),
            theme.dim,
        )),
        Line::from(vec![
            Span::styled("█".repeat(filled), theme.gauge_filled),
            Span::styled("░".repeat(bar_width - filled), theme.gauge_empty),
            Span::styled(fit(&numbers, width - bar_width), theme.dim),
        ]),
        Line::from(Span::styled("─".repeat(width), theme.border)),
    ];
    for (i, task) in tasks_of_day(data, index).into_iter().enumerate() {
        let state = task.done.then_some(ItemState::Done);
        let mut style = if task.done { theme.dim } else { theme.text };
        if selected_day && i == view.cursor.week_task {
            style = style.patch(theme.selected);
        }
        lines.push(Line::from(Span::styled(
            fit_pad(&format!("{} {}", checkbox(state), clean(&task.title)), width),
            style,
        )));
    }
    for item in data.week.due.iter().filter(|d| d.due == date) {
        lines.push(Line::from(Span::styled(
            fit(&format!("◆ {}", clean(&item.title)), width),
            theme.warn,
        )));
    }
    Paragraph::new(lines).render(
        Rect {
            width: width as u16,
            ..area
        },
        buf,
    );
}

fn render_panel(data: &ScreenData, today: NaiveDate, area: Rect, side: bool, buf: &mut Buffer, theme: &Theme) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let borders = if side { Borders::LEFT } else { Borders::TOP };
    let block = Block::default().borders(borders).border_style(theme.border);
    let inner = block.inner(area);
    block.render(area, buf);
    if side {
        let width = inner.width.saturating_sub(1) as usize;
        let lines: Vec<Line> = panel_sections(data, today, width, theme)
            .into_iter()
            .flatten()
            .collect();
        Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
        return;
    }
    // Below the columns: the sections side by side, so each keeps its lines.
    let section_width = inner.width / 3;
    let sections = panel_sections(data, today, section_width.saturating_sub(1) as usize, theme);
    for (i, lines) in sections.into_iter().enumerate() {
        let x = inner.x + section_width * i as u16;
        let width = if i == 2 { inner.right() - x } else { section_width };
        Paragraph::new(lines).render(Rect { x, width, ..inner }, buf);
    }
}

/// The panel's three sections: due items; recurring tasks; metrics and checkpoint.
fn panel_sections(data: &ScreenData, today: NaiveDate, width: usize, theme: &Theme) -> [Vec<Line<'static>>; 3] {
    let week = &data.week;
    let heading = |text: &str| Line::from(Span::styled(format!(" {text}"), theme.heading));
    let none = || Line::from(Span::styled(format!(" {}", strings::NONE), theme.dim));
    let mut due = vec![heading(strings::DUE_THIS_WEEK)];
    if week.due.is_empty() {
        due.push(none());
    }
    for item in &week.due {
        let late = item.due < today && !matches!(item.state, Some(ItemState::Done | ItemState::Skipped));
        let style = if late { theme.bad } else { theme.text };
        let text = format!(
            " {} {} ({})",
            checkbox(item.state),
            clean(&item.title),
            item.due.format("%a")
        );
        due.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    let mut recurring = vec![heading(strings::RECURRING)];
    if week.recurring.is_empty() {
        recurring.push(none());
    }
    for task in &week.recurring {
        let count = if task.count > 1 {
            format!(" ×{}", task.count)
        } else {
            String::new()
        };
        let optional = if task.optional { " (optional)" } else { "" };
        let text = format!(" · {}{count}{optional}", clean(&task.title));
        recurring.push(Line::from(Span::styled(fit(&text, width), theme.text)));
    }
    let mut other = vec![heading(strings::METRICS)];
    if week.metrics.is_empty() {
        other.push(none());
    }
    for metric in &week.metrics {
        let text = format!(" · {} {} ({})", metric.target, clean(&metric.unit), clean(&metric.name));
        other.push(Line::from(Span::styled(fit(&text, width), theme.text)));
    }
    if let Some(checkpoint) = &week.checkpoint {
        other.push(heading(strings::CHECKPOINT));
        let text = format!(" {} (on Review)", clean(&checkpoint.title));
        other.push(Line::from(Span::styled(fit(&text, width), theme.warn)));
    }
    [due, recurring, other]
}
