//! Stats: a calendar heatmap of minutes per day over a year, the weekly
//! minutes trend, and a burn-up of deliverables done against the plan.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Sparkline, Widget};

use crate::plan::{DueKind, ItemState};
use crate::tui::app::monday_of;
use crate::tui::data::ScreenData;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::{HEAT_GLYPHS, Theme};

/// Rows the heatmap takes: title, month labels, seven days, legend.
const HEATMAP_ROWS: u16 = 10;

/// Heat level 0-4 of a day's minutes against the daily budget.
pub fn heat_level(minutes: u32, budget: u32) -> usize {
    let budget = budget.max(1);
    match minutes {
        0 => 0,
        m if m * 4 < budget => 1,
        m if m * 2 < budget => 2,
        m if m < budget => 3,
        _ => 4,
    }
}

/// Minutes per week (Monday, total) for the `weeks` weeks ending with the week of `today`.
pub fn weekly_totals(history: &[(NaiveDate, u32)], today: NaiveDate, weeks: usize) -> Vec<(NaiveDate, u32)> {
    let last = monday_of(today);
    let mut totals: Vec<(NaiveDate, u32)> = (0..weeks)
        .rev()
        .map(|i| (last - Duration::weeks(i as i64), 0))
        .collect();
    for (day, minutes) in history {
        let monday = monday_of(*day);
        if let Some(slot) = totals.iter_mut().find(|(m, _)| *m == monday) {
            slot.1 += minutes;
        }
    }
    totals
}

/// Chart points: (days since the start, cumulative count).
pub type Points = Vec<(f64, f64)>;

/// Burn-up points, x in days since the start: (planned cumulative, done cumulative) deliverables.
pub fn burn_up(data: &ScreenData, today: NaiveDate) -> (Points, Points) {
    let start = data.enrollment.start;
    let days = |d: NaiveDate| (d - start).num_days() as f64;
    let deliverables: Vec<_> = data
        .due_items
        .iter()
        .filter(|d| d.kind == DueKind::Deliverable)
        .collect();
    let mut planned: Vec<NaiveDate> = deliverables.iter().map(|d| d.due).collect();
    planned.sort();
    let mut done: Vec<NaiveDate> = data
        .statuses
        .iter()
        .filter(|s| s.state == ItemState::Done && deliverables.iter().any(|d| d.id == s.item_id))
        .map(|s| s.on.min(today))
        .collect();
    done.sort();
    let cumulative = |dates: &[NaiveDate]| {
        let mut points = vec![(0.0, 0.0)];
        points.extend(
            dates
                .iter()
                .enumerate()
                .map(|(i, d)| (days(*d).max(0.0), (i + 1) as f64)),
        );
        points
    };
    let mut done_points = cumulative(&done);
    done_points.push((days(today).max(0.0), done.len() as f64));
    (cumulative(&planned), done_points)
}

/// Draws the Stats screen into the body area.
pub fn render(data: &ScreenData, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let heat_area = Rect {
        height: HEATMAP_ROWS.min(body.height),
        ..body
    };
    render_heatmap(data, view.today(), heat_area, buf, theme);
    let rest = Rect {
        y: body.y + heat_area.height,
        height: body.height - heat_area.height,
        ..body
    };
    let trend = Rect {
        width: rest.width * 2 / 5,
        ..rest
    };
    let burn = Rect {
        x: rest.x + trend.width,
        width: rest.width - trend.width,
        ..rest
    };
    render_trend(data, view.today(), trend, buf, theme);
    render_burn_up(data, view.today(), burn, buf, theme);
}

fn render_heatmap(data: &ScreenData, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let weeks = (area.width.saturating_sub(6) as usize).min(53);
    let first_monday = monday_of(today) - Duration::weeks(weeks.saturating_sub(1) as i64);
    let minutes: HashMap<NaiveDate, u32> = data.history.iter().copied().collect();
    let budget = data.enrollment.daily_minutes;
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", strings::HEATMAP),
        theme.heading,
    ))];
    // A month's label starts above its first week, when there is room before the next label.
    let mut months = String::from("     ");
    let mut last_month = 0;
    for week in 0..weeks {
        let monday = first_monday + Duration::weeks(week as i64);
        let column = 5 + week;
        if monday.month() != last_month {
            last_month = monday.month();
            let name = monday.format("%b").to_string();
            if months.len() <= column && week + name.len() <= weeks {
                months.extend(std::iter::repeat_n(' ', column - months.len()));
                months.push_str(&name);
            }
        }
    }
    lines.push(Line::from(Span::styled(months, theme.dim)));
    for weekday in 0..7 {
        let label = match weekday {
            0 => " Mon ",
            2 => " Wed ",
            4 => " Fri ",
            _ => "     ",
        };
        let mut spans = vec![Span::styled(label, theme.dim)];
        for week in 0..weeks {
            let day = first_monday + Duration::days(week as i64 * 7 + weekday);
            if day > today {
                spans.push(Span::raw(" "));
                continue;
            }
            let level = heat_level(minutes.get(&day).copied().unwrap_or(0), budget);
            let mut style = theme.heat[level];
            if day == today {
                style = style.patch(theme.today);
            }
            spans.push(Span::styled(HEAT_GLYPHS[level], style));
        }
        lines.push(Line::from(spans));
    }
    let mut legend = vec![Span::styled(format!("     {} ", strings::HEAT_LEGEND), theme.dim)];
    for (level, glyph) in HEAT_GLYPHS.iter().enumerate() {
        legend.push(Span::styled(*glyph, theme.heat[level]));
    }
    legend.push(Span::styled(format!(" {}", strings::HEAT_LEGEND_MORE), theme.dim));
    lines.push(Line::from(legend));
    Paragraph::new(lines).render(area, buf);
}

fn render_trend(data: &ScreenData, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(format!(" {} ", strings::TREND), theme.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let weeks = (inner.width as usize - 2).min(26);
    let totals = weekly_totals(&data.history, today, weeks);
    let values: Vec<u64> = totals.iter().map(|(_, m)| u64::from(*m)).collect();
    let max = values.iter().copied().max().unwrap_or(0);
    let this_week = values.last().copied().unwrap_or(0);
    let caption = format!(" this week {this_week} min · best {max} min");
    let chart = Rect {
        x: inner.x + 1,
        width: inner.width - 2,
        height: inner.height - 1,
        ..inner
    };
    Sparkline::default()
        .data(&values)
        .style(theme.gauge_filled)
        .render(chart, buf);
    let caption_area = Rect {
        y: inner.bottom() - 1,
        height: 1,
        ..inner
    };
    Paragraph::new(Span::styled(caption, theme.dim)).render(caption_area, buf);
}

fn render_burn_up(data: &ScreenData, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let (planned, done) = burn_up(data, today);
    let total = planned.last().map_or(0.0, |p| p.1).max(1.0);
    let end_days = planned
        .last()
        .map_or(1.0, |p| p.0)
        .max(done.last().map_or(1.0, |p| p.0))
        .max(1.0);
    let start = data.enrollment.start;
    let end = start + Duration::days(end_days as i64);
    let datasets = vec![
        Dataset::default()
            .name("plan")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.dim)
            .data(&planned),
        Dataset::default()
            .name("done")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.good)
            .data(&done),
    ];
    let block = Block::default()
        .borders(Borders::TOP | Borders::LEFT)
        .border_style(theme.border)
        .title(Span::styled(format!(" {} ", strings::BURN_UP), theme.heading));
    Chart::new(datasets)
        .block(block)
        .x_axis(
            Axis::default()
                .bounds([0.0, end_days])
                .labels([start.format("%-d %b").to_string(), end.format("%-d %b").to_string()])
                .style(theme.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, total])
                .labels(["0".to_owned(), format!("{total}")])
                .style(theme.dim),
        )
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_levels_follow_the_share_of_the_daily_budget() {
        assert_eq!(heat_level(0, 120), 0);
        assert_eq!(heat_level(20, 120), 1);
        assert_eq!(heat_level(45, 120), 2);
        assert_eq!(heat_level(90, 120), 3);
        assert_eq!(heat_level(150, 120), 4);
    }

    #[test]
    fn weekly_totals_sum_days_into_their_monday() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default();
        let history = vec![(d(16), 30), (d(18), 45), (d(23), 60), (d(2), 999)];
        let totals = weekly_totals(&history, d(24), 2);
        assert_eq!(totals, vec![(d(16), 75), (d(23), 60)]);
    }
}
