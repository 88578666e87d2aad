//! Draws a whole frame from the [`View`]: title bar, tabs, the screen, status
//! line, footer hints and any popup. Reads only; never changes state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::tui::action::Screen;
use crate::tui::keymap;
use crate::tui::screens;
use crate::tui::state::{Popup, StatusKind, View};
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit};
use crate::tui::widgets::labels::{mm_ss, pace_text, position_text};
use crate::tui::widgets::{help, popup};

/// Below this many columns the layout would break, so a message shows instead.
pub const MIN_WIDTH: u16 = 60;
/// Below this many rows the layout would break.
pub const MIN_HEIGHT: u16 = 16;

/// Where the fixed parts of the frame go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// Title bar (first row).
    pub title: Rect,
    /// Tab bar (second row).
    pub tabs: Rect,
    /// The screen itself.
    pub body: Rect,
    /// Status line for confirmations and errors.
    pub status: Rect,
    /// Key hints (last row).
    pub footer: Rect,
}

/// Splits the terminal area into title, tabs, body, status and footer.
pub fn areas(area: Rect) -> Areas {
    let row = |y: u16| Rect {
        y,
        height: 1.min(area.height),
        ..area
    };
    let body_height = area.height.saturating_sub(4);
    Areas {
        title: row(area.y),
        tabs: row(area.y + 1.min(area.height)),
        body: Rect {
            y: area.y + 2.min(area.height),
            height: body_height,
            ..area
        },
        status: row(area.y + area.height.saturating_sub(2)),
        footer: row(area.y + area.height.saturating_sub(1)),
    }
}

/// The tab labels with their first column, left to right.
fn tab_positions(tabs: Rect) -> Vec<(u16, String, Screen)> {
    let mut x = tabs.x + 1;
    let mut out = Vec::new();
    for (i, screen) in Screen::ALL.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, strings::TAB_TITLES[i]);
        let width = label.width() as u16;
        out.push((x, label, *screen));
        x += width + 1;
    }
    out
}

/// The screen whose tab is at `column`.
pub fn tab_at(tabs: Rect, column: u16) -> Option<Screen> {
    tab_positions(tabs)
        .into_iter()
        .find(|(x, label, _)| column >= *x && column < x + label.width() as u16)
        .map(|(_, _, screen)| screen)
}

/// Draws the whole frame.
pub fn render(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(view, area, buf, theme);
        return;
    }
    let areas = areas(area);
    match &view.data {
        Some(data) => {
            render_title(view, areas.title, buf, theme);
            render_tabs(view.screen, areas.tabs, buf, theme);
            match view.screen {
                Screen::Today => screens::today::render(data, view, areas.body, buf, theme),
                Screen::Week => screens::week::render(data, view, areas.body, buf, theme),
                Screen::Milestones => screens::milestones::render(data, view, areas.body, buf, theme),
                Screen::Review => screens::review::render(data, view, areas.body, buf, theme),
                Screen::Stats => screens::stats::render(data, view, areas.body, buf, theme),
            }
        }
        None => {
            let title = format!(" {} ", strings::WELCOME_TITLE);
            Paragraph::new(Span::styled(fit(&title, area.width as usize), theme.title_bar))
                .style(theme.title_bar)
                .render(areas.title, buf);
            let body = Rect {
                y: areas.tabs.y,
                height: areas.body.height + 1,
                ..areas.body
            };
            screens::welcome::render(&view.welcome, view.today(), body, buf, theme);
        }
    }
    render_status(view, areas.status, buf, theme);
    render_footer(view, areas.footer, buf, theme);
    render_popup(view, area, buf, theme);
}

fn render_too_small(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lines = vec![
        Line::from(Span::styled(strings::TOO_SMALL, theme.heading)),
        Line::from(Span::styled(
            keymap::fill_keys(strings::TOO_SMALL_HINT, &view.bindings, view.mode()),
            theme.text,
        )),
    ];
    let y = area.y + area.height.saturating_sub(2) / 2;
    let text_area = Rect {
        y,
        height: area.height.min(area.bottom().saturating_sub(y)),
        ..area
    };
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(text_area, buf);
}

fn render_title(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(data) = &view.data else { return };
    let (pace, _) = pace_text(data.pace.as_ref(), theme);
    let position = match (&data.today.position, &data.pace) {
        // After the end, how it ended: "ended on Sun 13 Dec with 3 of 10 items done".
        (crate::plan::Position::Finished { .. }, Some(pace)) => crate::plan::words::ending(pace),
        _ => position_text(&data.today),
    };
    let mut rest = vec![position];
    if let Some(phase) = data.today.phases.last() {
        rest.push(fit(&phase.title, 24));
    }
    rest.push(pace);
    let timer = data.timer.as_ref().map(|t| {
        let left = t.countdown_seconds(view.now);
        let name = data
            .today
            .blocks
            .iter()
            .find(|b| b.id == t.running.block)
            .map_or(t.running.block.as_str(), |b| &b.name);
        format!(" ⏱ {} {} ", clean(name), mm_ss(left))
    });
    let timer_width = timer.as_deref().map_or(0, UnicodeWidthStr::width);
    let rest = format!(" · {}", rest.join(" · "));
    let room = (area.width as usize).saturating_sub(timer_width + rest.width() + 1);
    let full_title = format!("{} · {}", strings::APP_NAME, clean(&data.roadmap.title));
    let title = if full_title.width() <= room {
        full_title
    } else {
        fit(&data.roadmap.title, room.max(8))
    };
    let text = fit(
        &format!(" {title}{rest}"),
        (area.width as usize).saturating_sub(timer_width),
    );
    let pad = (area.width as usize).saturating_sub(text.width() + timer_width);
    let mut spans = vec![
        Span::styled(text, theme.title_bar),
        Span::styled(" ".repeat(pad), theme.title_bar),
    ];
    if let Some(timer) = timer {
        spans.push(Span::styled(timer, theme.title_bar.patch(theme.timer)));
    }
    Paragraph::new(Line::from(spans))
        .style(theme.title_bar)
        .render(area, buf);
}

fn render_tabs(current: Screen, area: Rect, buf: &mut Buffer, theme: &Theme) {
    for (x, label, screen) in tab_positions(area) {
        if x >= area.right() {
            break;
        }
        let style = if screen == current { theme.tab_active } else { theme.tab };
        let width = (area.right() - x).min(label.width() as u16);
        Paragraph::new(Span::styled(label, style)).render(Rect { x, width, ..area }, buf);
    }
}

fn render_status(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(status) = &view.status else { return };
    let style = match status.kind {
        StatusKind::Info => theme.status_info,
        StatusKind::Hint => theme.warn.add_modifier(Modifier::BOLD),
        StatusKind::Error => theme.status_error,
    };
    let text = fit(&format!(" {} ", status.text), area.width as usize);
    Paragraph::new(Span::styled(text, style)).render(area, buf);
}

fn render_footer(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut spans = Vec::new();
    let mut used = 0;
    for (keys, help) in keymap::hints(&view.bindings, view.mode()) {
        let width = keys.width() + help.width() + 3;
        if used + width > area.width as usize {
            break;
        }
        used += width;
        spans.push(Span::styled(format!(" {keys}"), theme.key));
        spans.push(Span::styled(format!(" {help} "), theme.dim));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// The line under the open text box: how to save it and how to add a line.
pub fn editor_hint(view: &View) -> String {
    let template = match &view.popup {
        Some(Popup::Editor { input, .. }) if input.is_multiline() => strings::SAVE_BLOCK,
        _ => strings::SAVE_LINE,
    };
    keymap::fill_keys(template, &view.bindings, view.mode())
}

fn render_popup(view: &View, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(open) = &view.popup else { return };
    match open {
        Popup::Help => help::render(&view.bindings, view.base_mode(), area, buf, theme),
        Popup::Confirm { question, .. } => {
            let lines = vec![
                Line::from(Span::styled(clean(question), theme.text)),
                Line::from(""),
                Line::from(Span::styled(
                    keymap::fill_keys(strings::CONFIRM_KEYS, &view.bindings, view.mode()),
                    theme.key,
                )),
            ];
            popup::text_popup(strings::CONFIRM_TITLE, lines, area, buf, theme);
        }
        Popup::Editor { input, .. } => input.render(area, buf, theme, &editor_hint(view)),
        Popup::StaleTimer(timer) => {
            let hours = (view.now - timer.started_at).num_hours();
            let lines = vec![
                Line::from(format!(
                    "The timer on “{}” has run since {} ({hours} h).",
                    clean(&timer.block),
                    timer.started_at.format("%a %-d %b %H:%M")
                )),
                Line::from("Perhaps the app was closed with it running."),
                Line::from(""),
                Line::from(Span::styled("k keep the time · d drop it", theme.key)),
            ];
            popup::text_popup(strings::STALE_TITLE, lines, area, buf, theme);
        }
        Popup::Detail { title, lines } => {
            let lines = lines.iter().map(|l| Line::from(clean(l))).collect();
            popup::text_popup(title, lines, area, buf, theme);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_shows_minutes_and_seconds_and_overtime() {
        assert_eq!(mm_ss(25 * 60), "25:00");
        assert_eq!(mm_ss(61), "01:01");
        assert_eq!(mm_ss(-90), "+01:30");
        assert_eq!(mm_ss(59 * 60 + 59), "59:59");
        assert_eq!(mm_ss(-(46 * 3600 + 45 * 60)), "+46:45:00");
        assert_eq!(mm_ss(-3600), "+1:00:00");
    }

    #[test]
    fn each_tab_is_found_under_its_label() {
        let tabs = Rect::new(0, 1, 100, 1);
        assert_eq!(tab_at(tabs, 2), Some(Screen::Today));
        assert_eq!(tab_at(tabs, 12), Some(Screen::Week));
        assert_eq!(tab_at(tabs, 0), None);
    }
}
