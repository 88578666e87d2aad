//! Stats: a calendar heatmap of minutes per day over a year, the weekly
//! minutes trend, and a burn-up of deliverables done against the plan.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Sparkline, Widget};

use crate::plan::monday_of;
use crate::study::Snapshot;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::{HEAT_GLYPHS, Theme};
use crate::tui::widgets::fit::fit;

/// Rows the heatmap takes: title, month labels, seven days, legend.
const HEATMAP_ROWS: u16 = 10;

/// Chart points: (roadmap week, items).
type Points = Vec<(f64, f64)>;

/// Draws the Stats screen into the body area.
pub fn render(data: &Snapshot, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
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
    render_trend(data, trend, buf, theme);
    render_burn_up(data, burn, buf, theme);
}

fn render_heatmap(data: &Snapshot, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // Two cells a day when a whole year fits that way, else one.
    let cell = if area.width as usize >= 6 + 2 * 53 { 2 } else { 1 };
    let weeks = (area.width.saturating_sub(6) as usize / cell).min(53);
    let first_monday = monday_of(today) - Duration::weeks(weeks.saturating_sub(1) as i64);
    let levels: HashMap<NaiveDate, usize> = data
        .heat
        .iter()
        .map(|d| (d.date, usize::from(d.level).min(4)))
        .collect();
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", strings::HEATMAP),
        theme.heading,
    ))];
    lines.push(Line::from(Span::styled(
        format!("     {}", month_labels(first_monday, weeks, cell)),
        theme.dim,
    )));
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
                spans.push(Span::raw(" ".repeat(cell)));
                continue;
            }
            let level = levels.get(&day).copied().unwrap_or(0);
            let mut style = theme.heat[level];
            if day == today {
                style = style.patch(theme.today);
            }
            spans.push(Span::styled(HEAT_GLYPHS[level].repeat(cell), style));
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

/// The month names above the heatmap's week columns (`cell` characters each,
/// from the week of `first_monday`): each over the first week whose Monday
/// is in it. A label that would run into the next one or off the end is left
/// out; the first month, often only a week or two, gives way to the second.
fn month_labels(first_monday: NaiveDate, weeks: usize, cell: usize) -> String {
    let mut starts: Vec<(usize, String)> = Vec::new();
    for week in 0..weeks {
        let monday = first_monday + Duration::weeks(week as i64);
        let previous = monday - Duration::weeks(1);
        if week == 0 || monday.month() != previous.month() {
            starts.push((week * cell, monday.format("%b").to_string()));
        }
    }
    let mut labels = String::new();
    for (i, (column, name)) in starts.iter().enumerate() {
        // One blank between labels.
        let room = starts
            .get(i + 1)
            .map_or(weeks * cell, |(next, _)| next.saturating_sub(1));
        if *column >= labels.len() && column + name.len() <= room {
            labels.extend(std::iter::repeat_n(' ', column - labels.len()));
            labels.push_str(name);
        }
    }
    labels
}

fn render_trend(data: &Snapshot, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(format!(" {} ", strings::TREND), theme.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let weeks = (inner.width as usize - 2).min(data.trend.len());
    let shown = &data.trend[data.trend.len() - weeks..];
    let max = shown.iter().map(|w| w.minutes).max().unwrap_or(0);
    let (this_week, planned) = shown.last().map_or((0, 0), |w| (w.minutes, w.planned));
    // Each week as wide as the room allows, so a wide terminal shows wide bars.
    let repeat = ((inner.width as usize - 2) / weeks.max(1)).clamp(1, 4);
    let values: Vec<u64> = shown
        .iter()
        .flat_map(|w| std::iter::repeat_n(u64::from(w.minutes), repeat))
        .collect();
    // This week against its plan, so the bars read as progress, not just volume.
    let mut caption = format!(" this week {this_week}/{planned} min · best {max}");
    if caption.chars().count() > inner.width as usize {
        caption = format!(" this week {this_week}/{planned} min");
    }
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
    Paragraph::new(Span::styled(fit(&caption, caption_area.width as usize), theme.dim)).render(caption_area, buf);
}

fn render_burn_up(data: &Snapshot, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let planned: Points = data
        .burn_up
        .iter()
        .map(|p| (f64::from(p.week), f64::from(p.planned)))
        .collect();
    let done: Points = data
        .burn_up
        .iter()
        .filter_map(|p| p.done.map(|d| (f64::from(p.week), f64::from(d))))
        .collect();
    let total = planned.last().map_or(0.0, |p| p.1).max(1.0);
    let weeks = planned.last().map_or(1.0, |p| p.0).max(1.0);
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
                .bounds([1.0, weeks])
                .labels(["week 1".to_owned(), format!("week {weeks}")])
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
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn names(labels: &str) -> Vec<&str> {
        labels.split_whitespace().collect()
    }

    #[test]
    fn a_year_from_late_november_labels_december_and_every_month_once() {
        // 53 weeks from Monday 24 November 2025 to the week of Tuesday 24 November 2026.
        for cell in [1, 2] {
            let labels = month_labels(date(2025, 11, 24), 53, cell);
            assert_eq!(
                names(&labels),
                [
                    "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"
                ],
                "cell {cell}: {labels:?}"
            );
            assert_eq!(labels.find("Dec"), Some(cell), "December sits over its first week");
            assert!(labels.len() <= 53 * cell);
        }
    }

    #[test]
    fn a_first_month_with_room_keeps_its_label() {
        // Four weeks of December before January: room for "Dec" and a blank.
        let labels = month_labels(date(2025, 12, 8), 10, 2);
        assert_eq!(names(&labels), ["Dec", "Jan", "Feb"], "{labels:?}");
        assert!(labels.starts_with("Dec"));
    }
}
