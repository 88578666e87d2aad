//! Welcome (first run): the roadmaps to choose from, then a form for the
//! start date and the daily budget.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::state::{WelcomeForm, WelcomeState};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{fit, fit_pad};
use crate::tui::widgets::item_list::{ListRow, render_rows};
use crate::tui::widgets::popup;

/// Lines above the list: the intro and a blank.
const HEADER_LINES: u16 = 3;

/// Where the roadmap list is drawn.
pub fn list_area(body: Rect) -> Rect {
    let top = HEADER_LINES.min(body.height);
    Rect {
        x: body.x + 1,
        y: body.y + top,
        width: body.width.saturating_sub(2),
        height: body.height - top,
    }
}

/// The list rows: id, length and title on one line, the summary under it.
pub fn rows(welcome: &WelcomeState, theme: &Theme, width: u16) -> Vec<ListRow> {
    let width = width as usize;
    let id_width = welcome
        .roadmaps
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0)
        .min(28);
    let mut rows = Vec::new();
    for (i, roadmap) in welcome.roadmaps.iter().enumerate() {
        let weeks = format!("{:>3} weeks", roadmap.weeks);
        let title_width = width.saturating_sub(id_width + weeks.len() + 4);
        let line = Line::from(vec![
            Span::styled(format!(" {} ", fit_pad(&roadmap.id, id_width)), theme.key),
            Span::styled(format!("{weeks} "), theme.dim),
            Span::styled(fit_pad(&roadmap.title, title_width), theme.text),
        ]);
        rows.push(ListRow::item(i, line));
        let summary = fit(&format!("   {}", crate::text::clean_line(&roadmap.summary)), width);
        rows.push(ListRow::plain(Span::styled(summary, theme.dim)));
    }
    if rows.is_empty() {
        rows.push(ListRow::plain(Span::styled(strings::WELCOME_EMPTY, theme.bad)));
    }
    rows
}

/// Draws the welcome screen, and its form when a roadmap was chosen.
pub fn render(welcome: &WelcomeState, today: NaiveDate, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let intro = Paragraph::new(Line::from(Span::styled(strings::WELCOME_INTRO, theme.text))).wrap(Wrap { trim: true });
    let intro_height = (HEADER_LINES - 1).min(area.height);
    let intro_area = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        height: intro_height,
        ..area
    };
    intro.render(intro_area, buf);
    let list = list_area(area);
    render_rows(
        &rows(welcome, theme, list.width),
        Some(welcome.selected),
        list,
        buf,
        theme,
    );
    let Some(form) = &welcome.form else { return };
    let outer = popup::centered(area, 56.min(area.width), 9);
    let title = format!("{} · {}", strings::WELCOME_FORM_TITLE, form.roadmap_id);
    let inner = popup::frame(&title, outer, buf, theme);
    let field = |label: &str, y: u16, buf: &mut Buffer| {
        if y < inner.bottom() {
            Paragraph::new(Span::styled(label.to_owned(), theme.heading)).render(Rect { y, height: 1, ..inner }, buf);
        }
    };
    let line = |y: u16| Rect {
        x: inner.x + 2,
        y,
        width: inner.width.saturating_sub(2),
        height: 1,
    };
    field(strings::WELCOME_START, inner.y, buf);
    if inner.y + 1 < inner.bottom() {
        form.start.render_inline(line(inner.y + 1), buf, theme, form.field == 0);
    }
    // A dated roadmap proposes its own start, which may be long past: say how far
    // behind that start leaves the learner before they find out on Today.
    if let Some(weeks) = weeks_in_the_past(&form.start.text(), today).filter(|_| inner.y + 2 < inner.bottom()) {
        let hint = format!(
            "{weeks} {} ago: the plan starts behind",
            if weeks == 1 { "week" } else { "weeks" }
        );
        Paragraph::new(Span::styled(
            fit(&hint, usize::from(inner.width.saturating_sub(2))),
            theme.warn,
        ))
        .render(line(inner.y + 2), buf);
    }
    field(strings::WELCOME_BUDGET, inner.y + 3, buf);
    if inner.y + 4 < inner.bottom() {
        form.budget
            .render_inline(line(inner.y + 4), buf, theme, form.field == 1);
    }
    if let Some(calendar) = calendar_line(form).filter(|_| inner.y + 5 < inner.bottom()) {
        Paragraph::new(Span::styled(
            fit(&calendar, usize::from(inner.width.saturating_sub(2))),
            theme.dim,
        ))
        .render(line(inner.y + 5), buf);
    }
    if inner.y + 6 < inner.bottom() {
        Paragraph::new(Span::styled(strings::WELCOME_FORM_HINT, theme.dim)).render(
            Rect {
                y: inner.y + 6,
                height: 1,
                ..inner
            },
            buf,
        );
    }
}

/// For a roadmap in calendar months or with a fixed end, where the typed
/// start puts month 1 and the last day: months count from the start date.
fn calendar_line(form: &WelcomeForm) -> Option<String> {
    let start = NaiveDate::parse_from_str(form.start.text().trim(), "%Y-%m-%d").ok()?;
    if let Some(ends) = form.ends {
        return Some(format!(
            "{} {}",
            strings::WELCOME_ENDS_FIXED,
            ends.format("%a %-d %b %Y")
        ));
    }
    let months = form.months?;
    let enrollment = crate::plan::Enrollment {
        roadmap_id: form.roadmap_id.clone(),
        start,
        daily_minutes: 0,
        paused_weeks: Vec::new(),
    };
    let (first, last) = crate::plan::span::plan_month(&enrollment, 1);
    let (_, end) = crate::plan::span::plan_month(&enrollment, months);
    Some(format!(
        "Month 1: {} – {}; last day {}",
        first.format("%-d %b"),
        last.format("%-d %b"),
        end.format("%a %-d %b %Y")
    ))
}

/// Whole weeks from the typed start date back to today's week, when it lies before it.
fn weeks_in_the_past(start: &str, today: NaiveDate) -> Option<i64> {
    let start = NaiveDate::parse_from_str(start.trim(), "%Y-%m-%d").ok()?;
    let weeks = (crate::plan::monday_of(today) - crate::plan::monday_of(start)).num_weeks();
    (weeks > 0).then_some(weeks)
}
