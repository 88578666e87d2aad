//! The theme the config file asks for: a built-in theme by name (`default`,
//! `light`, `high-contrast`, `mono`) with single parts recoloured.
//! `NO_COLOR` always wins: monochrome, whatever the file says.

use ratatui::style::{Color, Modifier, Style};

use super::Theme;
use crate::config::file::theme::{ColorSpec, ThemeColors, ThemeConfig};

impl Theme {
    /// For light terminal backgrounds: no yellow text, darker greens.
    pub const LIGHT: Theme = Theme {
        text: Style::new(),
        dim: Style::new().fg(Color::Gray),
        heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
        title_bar: Style::new().fg(Color::White).bg(Color::Blue),
        tab: Style::new().fg(Color::DarkGray),
        tab_active: Style::new()
            .fg(Color::Magenta)
            .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        today: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
        good: Style::new().fg(Color::Rgb(0, 120, 40)),
        warn: Style::new().fg(Color::Rgb(160, 100, 0)),
        bad: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        gauge_filled: Style::new().fg(Color::Rgb(0, 120, 40)),
        gauge_empty: Style::new().fg(Color::Gray),
        key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        status_info: Style::new().fg(Color::Rgb(0, 120, 40)).add_modifier(Modifier::BOLD),
        status_error: Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
        heat: [
            Style::new().fg(Color::Gray),
            Style::new().fg(Color::Rgb(155, 233, 168)),
            Style::new().fg(Color::Rgb(64, 196, 99)),
            Style::new().fg(Color::Rgb(48, 161, 78)),
            Style::new().fg(Color::Rgb(33, 110, 57)),
        ],
        border: Style::new().fg(Color::Gray),
        timer: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    };

    /// Bright colours and bold text on dark backgrounds, for low vision or glare.
    pub const HIGH_CONTRAST: Theme = Theme {
        text: Style::new().fg(Color::White),
        dim: Style::new().fg(Color::Gray),
        heading: Style::new().fg(Color::LightCyan).add_modifier(Modifier::BOLD),
        title_bar: Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(Modifier::BOLD),
        tab: Style::new().fg(Color::White),
        tab_active: Style::new()
            .fg(Color::LightYellow)
            .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        selected: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
        today: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
        good: Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
        warn: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
        bad: Style::new()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
        gauge_filled: Style::new().fg(Color::LightGreen),
        gauge_empty: Style::new().fg(Color::Gray),
        key: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
        status_info: Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
        status_error: Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
        heat: [
            Style::new().fg(Color::Gray),
            Style::new().fg(Color::Green),
            Style::new().fg(Color::LightGreen),
            Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
        ],
        border: Style::new().fg(Color::White),
        timer: Style::new().fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
    };

    /// The theme `config` names, its colours applied; `MONO` when `no_color`.
    pub fn from_config(config: &ThemeConfig, no_color: bool) -> Theme {
        let base = match config.name.as_str() {
            _ if no_color => return Theme::MONO,
            "mono" => return Theme::MONO,
            "light" => Theme::LIGHT,
            "high-contrast" => Theme::HIGH_CONTRAST,
            _ => Theme::COLOR,
        };
        recolored(base, &config.colors)
    }

    /// [`Theme::from_config`] with `NO_COLOR` read from the environment (no-color.org).
    pub fn from_config_and_env(config: &ThemeConfig) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme::from_config(config, no_color)
    }
}

/// `theme` with each part the config colours given its colour.
fn recolored(mut theme: Theme, colors: &ThemeColors) -> Theme {
    let parts: [(&mut Style, Option<ColorSpec>); 11] = [
        (&mut theme.text, colors.text),
        (&mut theme.dim, colors.dim),
        (&mut theme.heading, colors.heading),
        (&mut theme.tab_active, colors.tab_active),
        (&mut theme.today, colors.today),
        (&mut theme.good, colors.good),
        (&mut theme.warn, colors.warn),
        (&mut theme.bad, colors.bad),
        (&mut theme.key, colors.key),
        (&mut theme.border, colors.border),
        (&mut theme.timer, colors.timer),
    ];
    for (style, spec) in parts {
        if let Some(spec) = spec {
            *style = style.fg(color(spec));
        }
    }
    theme
}

/// The terminal colour a config colour stands for.
pub fn color(spec: ColorSpec) -> Color {
    const NAMED: [Color; 17] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
        Color::Reset,
    ];
    match spec {
        ColorSpec::Named(i) => NAMED.get(usize::from(i)).copied().unwrap_or(Color::Reset),
        ColorSpec::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::config::file::ConfigFile;
    use crate::config::file::theme::COLOR_NAMES;

    fn theme_of(toml: &str, no_color: bool) -> Theme {
        Theme::from_config(&ConfigFile::parse(toml, "test").unwrap().theme, no_color)
    }

    #[test]
    fn a_named_theme_is_chosen_and_single_parts_recoloured() {
        assert_eq!(theme_of("", false), Theme::COLOR);
        assert_eq!(theme_of("[theme]\nname = \"light\"", false), Theme::LIGHT);
        assert_eq!(
            theme_of("[theme]\nname = \"high-contrast\"", false),
            Theme::HIGH_CONTRAST
        );
        let theme = theme_of("[theme.colors]\nheading = \"#102030\"\ngood = \"light-blue\"", false);
        assert_eq!(theme.heading.fg, Some(Color::Rgb(16, 32, 48)));
        assert!(
            theme.heading.add_modifier.contains(Modifier::BOLD),
            "modifiers are kept"
        );
        assert_eq!(theme.good.fg, Some(Color::LightBlue));
        assert_eq!(theme.bad, Theme::COLOR.bad);
    }

    #[test]
    fn no_color_and_mono_ignore_every_colour() {
        let toml = "[theme]\nname = \"light\"\n[theme.colors]\nheading = \"red\"";
        assert_eq!(theme_of(toml, true), Theme::MONO);
        assert_eq!(
            theme_of("[theme]\nname = \"mono\"\n[theme.colors]\nbad = \"red\"", false),
            Theme::MONO
        );
    }

    #[test]
    fn every_colour_name_maps_to_its_terminal_colour() {
        for (i, name) in COLOR_NAMES.iter().enumerate() {
            let spec = ColorSpec::parse(name).unwrap();
            assert_eq!(spec, ColorSpec::Named(u8::try_from(i).unwrap()));
        }
        assert_eq!(color(ColorSpec::parse("dark-gray").unwrap()), Color::DarkGray);
        assert_eq!(color(ColorSpec::parse("reset").unwrap()), Color::Reset);
    }
}
