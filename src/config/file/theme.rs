//! The `[theme]` table: a built-in theme by name, and colours by name or hex
//! to override single parts of it.
//!
//! Colours are kept as plain data ([`ColorSpec`]); the TUI turns them into
//! its own styles, so this module needs no terminal library.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The built-in themes, by the name the config file uses.
pub const THEME_NAMES: &[&str] = &["default", "light", "high-contrast", "mono"];

/// The sixteen ANSI colour names a colour may be given by (and `reset`, the terminal's own).
pub const COLOR_NAMES: &[&str] = &[
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "dark-gray",
    "light-red",
    "light-green",
    "light-yellow",
    "light-blue",
    "light-magenta",
    "light-cyan",
    "white",
    "reset",
];

/// A built-in theme name, checked when the file is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeName(String);

impl ThemeName {
    /// The name as written (`default`, `light`...).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for ThemeName {
    fn default() -> ThemeName {
        ThemeName("default".to_owned())
    }
}

impl<'de> Deserialize<'de> for ThemeName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ThemeName, D::Error> {
        let name = String::deserialize(deserializer)?;
        if THEME_NAMES.contains(&name.as_str()) {
            Ok(ThemeName(name))
        } else {
            Err(serde::de::Error::custom(format!(
                "unknown theme `{name}`; the built-in themes are {}",
                THEME_NAMES.join(", ")
            )))
        }
    }
}

impl Serialize for ThemeName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// A colour: one of [`COLOR_NAMES`] or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorSpec {
    /// An ANSI colour, by its index in [`COLOR_NAMES`] (16 is `reset`).
    Named(u8),
    /// A 24-bit colour.
    Rgb(u8, u8, u8),
}

impl ColorSpec {
    /// Reads `cyan`, `Dark-Gray`, `dark_gray` or `#39d353`.
    pub fn parse(text: &str) -> Result<ColorSpec, String> {
        let trimmed = text.trim();
        if let Some(hex) = trimmed.strip_prefix('#') {
            let channel = |i: usize| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
            return match (hex.len(), channel(0), channel(2), channel(4)) {
                (6, Some(r), Some(g), Some(b)) => Ok(ColorSpec::Rgb(r, g, b)),
                _ => Err(format!(
                    "`{trimmed}` is not a colour: write #rrggbb with six hex digits, like #39d353"
                )),
            };
        }
        let name = trimmed
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .replace("grey", "gray");
        COLOR_NAMES
            .iter()
            .position(|n| *n == name)
            .and_then(|i| u8::try_from(i).ok())
            .map(ColorSpec::Named)
            .ok_or_else(|| {
                format!(
                    "`{trimmed}` is not a colour: give #rrggbb or one of {}",
                    COLOR_NAMES.join(", ")
                )
            })
    }
}

impl fmt::Display for ColorSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColorSpec::Named(i) => f.write_str(COLOR_NAMES.get(usize::from(*i)).copied().unwrap_or("reset")),
            ColorSpec::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ColorSpec, D::Error> {
        let text = String::deserialize(deserializer)?;
        ColorSpec::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Serialize for ColorSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `[theme]`: a built-in theme and per-part colour overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeConfig {
    /// One of [`THEME_NAMES`].
    pub name: ThemeName,
    /// Colours replacing the theme's own, part by part.
    pub colors: ThemeColors,
}

/// `[theme.colors]`: the foreground colour of each part of the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeColors {
    /// Plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<ColorSpec>,
    /// Secondary text: hints, dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dim: Option<ColorSpec>,
    /// Headings and the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<ColorSpec>,
    /// The active tab.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tab_active: Option<ColorSpec>,
    /// Today's column or row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub today: Option<ColorSpec>,
    /// Done items, on-track pace.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub good: Option<ColorSpec>,
    /// Due soon, in progress.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warn: Option<ColorSpec>,
    /// Late items, errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bad: Option<ColorSpec>,
    /// Keys in help and hints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<ColorSpec>,
    /// Popup and panel borders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub border: Option<ColorSpec>,
    /// The running timer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timer: Option<ColorSpec>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn colours_read_by_name_in_any_spelling_or_by_hex() {
        assert_eq!(ColorSpec::parse("cyan"), Ok(ColorSpec::Named(6)));
        assert_eq!(ColorSpec::parse("Dark_Grey"), ColorSpec::parse("dark-gray"));
        assert_eq!(ColorSpec::parse("#39D353"), Ok(ColorSpec::Rgb(0x39, 0xd3, 0x53)));
        assert_eq!(ColorSpec::Rgb(1, 2, 255).to_string(), "#0102ff");
        assert!(ColorSpec::parse("#12345").unwrap_err().contains("six hex digits"));
        assert!(ColorSpec::parse("chartreuse").unwrap_err().contains("dark-gray"));
    }
}
