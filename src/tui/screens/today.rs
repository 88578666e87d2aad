//! Today: the day's role, its blocks as gauges with the focus timer, today's
//! tasks, the phase's open deliverables, this week's detail and the quick note.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::plan::{DayPlan, ItemState, Position, Task};
use crate::study::Snapshot;
use crate::tui::keymap;
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit, fit_pad, wrap};
use crate::tui::widgets::gauge_row::minutes_bar;
use crate::tui::widgets::item_list::{ListRow, render_rows};
use crate::tui::widgets::labels::mm_ss;
use crate::tui::widgets::marks::{checkbox, due_span};

/// A selectable row of the Today screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TodayItem {
    /// A daily block, by index in `today.blocks`.
    Block(usize),
    /// An own task of today, by index in `today_tasks`.
    Task(usize),
    /// An unfinished task of an earlier day, by index in `carried_tasks`.
    Carried(usize),
    /// A deliverable (late, or of the current phases), by index in `worklist`.
    Deliverable(usize),
}

/// The selectable rows, in screen order: blocks, tasks, carried-over tasks, deliverables.
pub fn items(data: &Snapshot) -> Vec<TodayItem> {
    let blocks = (0..data.today.blocks.len()).map(TodayItem::Block);
    let tasks = (0..data.today_tasks.len()).map(TodayItem::Task);
    let carried = (0..data.carried_tasks.len()).map(TodayItem::Carried);
    let deliverables = (0..data.worklist.len()).map(TodayItem::Deliverable);
    blocks.chain(tasks).chain(carried).chain(deliverables).collect()
}

/// The own task a Today item is, if it is one.
pub fn task_of(data: &Snapshot, item: TodayItem) -> Option<&Task> {
    match item {
        TodayItem::Task(i) => data.today_tasks.get(i),
        TodayItem::Carried(i) => data.carried_tasks.get(i),
        TodayItem::Block(_) | TodayItem::Deliverable(_) => None,
    }
}

/// Lines above the list: the day heading and the phase focus, then a blank.
const HEADER_LINES: u16 = 3;

fn columns(body: Rect) -> (Rect, Rect) {
    let left_width = if body.width >= 100 {
        body.width * 3 / 5
    } else {
        body.width * 5 / 8
    };
    let left = Rect {
        width: left_width,
        ..body
    };
    let right = Rect {
        x: body.x + left_width,
        width: body.width - left_width,
        ..body
    };
    (left, right)
}

/// Where the selectable list is drawn inside the body.
pub fn list_area(body: Rect) -> Rect {
    let (left, _) = columns(body);
    let top = HEADER_LINES.min(left.height);
    Rect {
        x: left.x + 1,
        y: left.y + top,
        width: left.width.saturating_sub(2),
        height: left.height - top,
    }
}

/// The rows of the list, `width` cells wide.
pub fn rows(data: &Snapshot, view: &View, theme: &Theme, width: u16) -> Vec<ListRow> {
    let width = width as usize;
    let mut rows = vec![ListRow::plain(Span::styled(strings::BLOCKS, theme.heading))];
    // Outside study days the blocks are listed with nothing planned, so time can still be logged.
    if data.today.blocks.iter().all(|b| b.planned_minutes == 0) {
        rows.push(ListRow::plain(Span::styled(fit(strings::REST_DAY, width), theme.dim)));
    }
    // A budget too small for a block: said, not a silent 0.
    if let Some(warning) = data.budget_warning() {
        for line in wrap(&clean(&warning), width.saturating_sub(1), 3) {
            rows.push(ListRow::plain(Span::styled(format!(" {line}"), theme.warn)));
        }
    }
    let name_width = data
        .today
        .blocks
        .iter()
        .map(|b| clean(&b.name).chars().count())
        .max()
        .unwrap_or(0)
        .min(14);
    let bar_width = width.saturating_sub(name_width + 2 + 14 + 10).clamp(4, 30);
    for (i, block) in data.today.blocks.iter().enumerate() {
        let logged = data.logged_today(&block.id);
        let mut spans = vec![
            Span::raw(" "),
            Span::styled(fit_pad(&block.name, name_width), theme.text),
            Span::raw(" "),
        ];
        spans.extend(minutes_bar(logged, block.planned_minutes, bar_width, theme));
        if logged >= block.planned_minutes && block.planned_minutes > 0 {
            spans.push(Span::styled(" ✓", theme.good));
        }
        if let Some(timer) = data.timer.as_ref().filter(|t| t.running.block == block.id) {
            spans.push(Span::styled(
                format!(" ⏱ {}", mm_ss(timer.countdown_seconds(view.now))),
                theme.timer,
            ));
        }
        rows.push(ListRow::item(i, Line::from(spans)));
        if let Some(hint) = &block.hint {
            let indent = " ".repeat(name_width + 2);
            rows.push(ListRow::plain(Span::styled(
                fit(&format!("{indent}{hint}"), width),
                theme.dim,
            )));
        }
    }
    let mut index = data.today.blocks.len();
    rows.push(ListRow::plain(""));
    rows.push(ListRow::plain(Span::styled(strings::TASKS, theme.heading)));
    if data.today_tasks.is_empty() {
        let text = keymap::fill_keys(strings::NO_TASKS, &view.bindings, view.base_mode());
        rows.push(ListRow::plain(Span::styled(text, theme.dim)));
    }
    for task in &data.today_tasks {
        rows.push(ListRow::item(index, task_line(task, None, width, theme)));
        index += 1;
    }
    // Earlier days' unfinished tasks get their own group, so nothing planned silently vanishes.
    if !data.carried_tasks.is_empty() {
        rows.push(ListRow::plain(""));
        rows.push(ListRow::plain(Span::styled(strings::CARRIED_TASKS, theme.heading)));
        for task in &data.carried_tasks {
            let day = task.day.format("%a %-d %b").to_string();
            rows.push(ListRow::item(index, task_line(task, Some(day), width, theme)));
            index += 1;
        }
    }
    rows.push(ListRow::plain(""));
    rows.push(ListRow::plain(Span::styled(strings::DELIVERABLES, theme.heading)));
    if data.worklist.is_empty() {
        rows.push(ListRow::plain(Span::styled(strings::NOTHING_OPEN, theme.dim)));
    }
    for item in &data.worklist {
        let due = due_span(item, view.today(), theme);
        let title_width = width.saturating_sub(due.width() + 5);
        let line = Line::from(vec![
            Span::styled(format!(" {} ", checkbox(item.state)), theme.text),
            Span::styled(fit(&item.title, title_width), theme.text),
            due,
        ]);
        rows.push(ListRow::item(index, line));
        index += 1;
    }
    rows
}

/// A task's row: checkbox and title, dim once done; `day` names an earlier day it was planned for.
fn task_line(task: &Task, day: Option<String>, width: usize, theme: &Theme) -> Line<'static> {
    let state = task.done.then_some(ItemState::Done);
    let style = if task.done { theme.dim } else { theme.text };
    let day = day.map(|d| Span::styled(format!(" {d}"), theme.dim));
    let title_width = width.saturating_sub(day.as_ref().map_or(0, Span::width) + 5);
    let mut spans = vec![
        Span::styled(format!(" {} ", checkbox(state)), style),
        Span::styled(fit(&task.title, title_width), style),
    ];
    spans.extend(day);
    Line::from(spans)
}

/// Draws the Today screen into the body area.
pub fn render(data: &Snapshot, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let (left, right) = columns(body);
    let day = &data.today;
    let first_day = before_start(data);
    // Before the start date the weekday role means nothing yet: say when the plan starts instead.
    let status = match &first_day {
        Some(first) => Span::styled(
            format!("{} {}", strings::PLAN_STARTS, first.date.format("%A %-d %B")),
            theme.text,
        ),
        None => Span::styled(clean(&day.role.role), theme.text),
    };
    let due_today: Vec<String> = day.due_today().iter().map(|item| clean(&item.title)).collect();
    // A day with a deadline (an exam, a month's last day) says so before anything else.
    let (focus, focus_style) = match &first_day {
        Some(first) => (format!("{} {}", strings::WEEK_ONE, week_focus(first)), theme.dim),
        None if !due_today.is_empty() => (format!("{} {}", strings::DUE_TODAY, due_today.join(" · ")), theme.warn),
        None => (focus_line(data), theme.dim),
    };
    let header = vec![
        Line::from(vec![
            Span::styled(format!(" {}", day.date.format("%A %-d %B %Y")), theme.heading),
            Span::styled(" · ", theme.dim),
            status,
        ]),
        Line::from(Span::styled(
            fit(&format!(" {focus}"), left.width as usize),
            focus_style,
        )),
    ];
    Paragraph::new(header).render(
        Rect {
            height: HEADER_LINES.min(left.height),
            ..left
        },
        buf,
    );
    let list = list_area(body);
    render_rows(
        &rows(data, view, theme, list.width),
        Some(view.cursor.today),
        list,
        buf,
        theme,
    );
    render_side(data, view, right, buf, theme);
}

/// The innermost phase as `title: focus` (or either alone), else the week's title.
fn focus_line(data: &Snapshot) -> String {
    let day = &data.today;
    match day.phases.last() {
        Some(phase) => match &phase.focus {
            Some(focus) => clean(&format!("{}: {focus}", phase.title)),
            None => clean(&phase.title),
        },
        None => clean(day.week_title.as_deref().unwrap_or_default()),
    }
}

/// The innermost phase's focus of `day`, else its title, else its week's title.
fn week_focus(day: &DayPlan) -> String {
    let phase = day.phases.last();
    let focus = phase
        .and_then(|p| p.focus.as_deref())
        .or(phase.map(|p| p.title.as_str()));
    clean(focus.or(day.week_title.as_deref()).unwrap_or_default())
}

/// The plan of the first day when today is before the start date.
fn before_start(data: &Snapshot) -> Option<DayPlan> {
    matches!(data.today.position, Position::BeforeStart { .. })
        .then(|| crate::plan::day_plan(&data.roadmap, &data.enrollment, &data.statuses, data.enrollment.start))
}

fn render_side(data: &Snapshot, view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::default().borders(Borders::LEFT).border_style(theme.border);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(1),
        ..inner
    };
    let mut lines = Vec::new();
    let heading = |text: &str| Line::from(Span::styled(text.to_owned(), theme.heading));
    let plain = |text: String, style: Style| Line::from(Span::styled(clean(&text), style));
    // The streak, once the plan has begun: the same number as the review's.
    if data.pace.is_some() {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", strings::STREAK), theme.heading),
            Span::styled(crate::plan::words::study_days(data.streak), theme.text),
        ]));
        lines.push(Line::from(""));
    }
    let mut week = Vec::new();
    if let Some(title) = &data.today.week_title {
        week.push(plain(title.clone(), theme.text));
    }
    if let Some(concept) = &data.today.concept {
        week.push(plain(concept.clone(), theme.dim));
    }
    for path in &data.today.code {
        week.push(plain(format!("› {path}"), theme.dim));
    }
    if !week.is_empty() {
        lines.push(heading(strings::THIS_WEEK));
        lines.extend(week);
        lines.push(Line::from(""));
    }
    // A topic map (genai-engineering): the current phase's topics, ticked on Milestones.
    let topics: Vec<_> = data
        .roadmap
        .phases
        .iter()
        .filter(|phase| data.today.phases.iter().any(|current| current.id == phase.id))
        .flat_map(|phase| &phase.topics)
        .collect();
    if !topics.is_empty() {
        lines.push(heading(strings::TOPICS));
        for topic in topics {
            let label = topic.label.as_deref().map(|l| format!("{l}  ")).unwrap_or_default();
            let mark = checkbox(data.state_of(&topic.id));
            lines.push(plain(format!("{mark} {label}{}", topic.title), theme.text));
        }
        lines.push(Line::from(""));
    }
    // Not before the start, on holiday (a paused week) or after the end.
    let started = crate::plan::day::is_plan_day(&data.today);
    if started && !data.today.role.tasks.is_empty() {
        lines.push(heading(strings::ROLE_TASKS));
        for task in &data.today.role.tasks {
            lines.push(plain(format!("· {task}"), theme.text));
        }
        lines.push(Line::from(""));
    }
    lines.push(heading(strings::NOTE));
    match data.note.as_deref().filter(|n| !n.is_empty()) {
        Some(note) => {
            for line in crate::text::clean_block(note).lines() {
                lines.push(plain(line.to_owned(), theme.text));
            }
        }
        None => lines.push(plain(
            keymap::fill_keys(strings::NO_NOTE, &view.bindings, view.base_mode()),
            theme.dim,
        )),
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::tui::action::Screen;
    use crate::tui::fixtures;

    fn text_of(rows: &[ListRow]) -> Vec<String> {
        rows.iter().map(|r| r.line.to_string()).collect()
    }

    #[test]
    fn carried_over_tasks_are_a_labelled_group_with_their_day_and_selectable() {
        let mut view = fixtures::view(Screen::Today, "");
        let data = view.data.as_mut().unwrap();
        data.carried_tasks = vec![Task {
            id: 99,
            title: "Finish the notes".into(),
            day: fixtures::today() - chrono::Duration::days(4),
            done: false,
        }];
        let data = view.data.clone().unwrap();
        let rows = rows(&data, &view, &Theme::MONO, 60);
        let text = text_of(&rows);
        let heading = text.iter().position(|t| t == strings::CARRIED_TASKS).unwrap();
        assert!(
            text[heading + 1].contains("[ ] Finish the notes Fri 20 Nov"),
            "{text:?}"
        );
        let carried = items(&data).iter().position(|i| *i == TodayItem::Carried(0)).unwrap();
        assert_eq!(rows[heading + 1].item, Some(carried));
    }

    #[test]
    fn no_carried_group_when_nothing_is_left_from_earlier_days() {
        let view = fixtures::view(Screen::Today, "");
        let data = view.data.clone().unwrap();
        assert!(data.carried_tasks.is_empty());
        let text = text_of(&rows(&data, &view, &Theme::MONO, 60));
        assert!(!text.iter().any(|t| t == strings::CARRIED_TASKS));
    }
}
