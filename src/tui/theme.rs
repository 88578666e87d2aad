//! Every style the TUI uses, in one place, with a monochrome variant for `NO_COLOR`.
//!
//! The monochrome theme still shows selection (reversed), the current day and
//! headings (bold) and warnings (underlined), so nothing relies on colour alone.

use ratatui::style::{Color, Modifier, Style};

/// The styles of every part of the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Plain text.
    pub text: Style,
    /// Secondary text: hints, dates, help keys' descriptions.
    pub dim: Style,
    /// Section headings and the title.
    pub heading: Style,
    /// The title bar line.
    pub title_bar: Style,
    /// An inactive tab.
    pub tab: Style,
    /// The active tab.
    pub tab_active: Style,
    /// The selected row.
    pub selected: Style,
    /// Today's column or row.
    pub today: Style,
    /// Done items, on-track pace.
    pub good: Style,
    /// Due soon, in progress, behind by a little.
    pub warn: Style,
    /// Late items, errors.
    pub bad: Style,
    /// Filled part of a gauge.
    pub gauge_filled: Style,
    /// Empty part of a gauge.
    pub gauge_empty: Style,
    /// A key in help and hints.
    pub key: Style,
    /// The status line for confirmations.
    pub status_info: Style,
    /// The status line for errors.
    pub status_error: Style,
    /// Heatmap cells from no minutes to the most.
    pub heat: [Style; 5],
    /// Popup and panel borders.
    pub border: Style,
    /// The running timer.
    pub timer: Style,
}

impl Theme {
    /// The colour theme.
    pub const COLOR: Theme = Theme {
        text: Style::new(),
        dim: Style::new().fg(Color::DarkGray),
        heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        title_bar: Style::new().fg(Color::Black).bg(Color::Cyan),
        tab: Style::new().fg(Color::Gray),
        tab_active: Style::new()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        today: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        good: Style::new().fg(Color::Green),
        warn: Style::new().fg(Color::Yellow),
        bad: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        gauge_filled: Style::new().fg(Color::Green),
        gauge_empty: Style::new().fg(Color::DarkGray),
        key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        status_info: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        status_error: Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
        heat: [
            Style::new().fg(Color::DarkGray),
            Style::new().fg(Color::Rgb(14, 68, 41)),
            Style::new().fg(Color::Rgb(0, 109, 50)),
            Style::new().fg(Color::Rgb(38, 166, 65)),
            Style::new().fg(Color::Rgb(57, 211, 83)),
        ],
        border: Style::new().fg(Color::DarkGray),
        timer: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    };

    /// The monochrome theme: modifiers only, never a colour.
    pub const MONO: Theme = Theme {
        text: Style::new(),
        dim: Style::new(),
        heading: Style::new().add_modifier(Modifier::BOLD),
        title_bar: Style::new().add_modifier(Modifier::REVERSED),
        tab: Style::new(),
        tab_active: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        today: Style::new().add_modifier(Modifier::BOLD),
        good: Style::new(),
        warn: Style::new().add_modifier(Modifier::UNDERLINED),
        bad: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        gauge_filled: Style::new(),
        gauge_empty: Style::new(),
        key: Style::new().add_modifier(Modifier::BOLD),
        status_info: Style::new().add_modifier(Modifier::BOLD),
        status_error: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        heat: [Style::new(), Style::new(), Style::new(), Style::new(), Style::new()],
        border: Style::new(),
        timer: Style::new().add_modifier(Modifier::BOLD),
    };

    /// `MONO` when `NO_COLOR` is set to anything non-empty (no-color.org), else `COLOR`.
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(value) if !value.is_empty() => Theme::MONO,
            _ => Theme::COLOR,
        }
    }
}

/// Heatmap glyphs from no minutes to the most: shape, not only colour, carries the level.
pub const HEAT_GLYPHS: [&str; 5] = ["·", "░", "▒", "▓", "█"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_theme_uses_no_colour_but_still_marks_selection_and_errors() {
        let mono = Theme::MONO;
        for style in [
            mono.text,
            mono.selected,
            mono.status_error,
            mono.bad,
            mono.heading,
            mono.title_bar,
        ] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert!(mono.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(mono.status_error.add_modifier.contains(Modifier::UNDERLINED));
    }
}
