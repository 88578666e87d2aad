//! The config file (`config.toml`): theme, key overrides, week start, default
//! daily budget, block names, mouse and timer bell.
//!
//! Every key is optional (a missing file is the defaults) and unknown keys are
//! errors, reported as `path:line:column: message` like roadmap errors. The
//! commented default file that `studyplan config init` writes is
//! `src/config/default_config.toml`; a test keeps it equal to
//! [`ConfigFile::default`].

pub mod keys;
pub mod theme;

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use chrono::Weekday;
use color_eyre::eyre::{WrapErr, eyre};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::clean_line;
use keys::KeyOverrides;
use theme::ThemeConfig;

/// The commented file `studyplan config init` writes: every setting at its default.
pub const DEFAULT_FILE: &str = include_str!("default_config.toml");

/// A config file larger than this is refused (a config is a few hundred bytes).
const MAX_FILE_BYTES: u64 = 1 << 20;

/// The settings of a config file, defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConfigFile {
    /// The first day of a week on screen (plans stay Monday-based ISO weeks).
    pub week_start: WeekStart,
    /// Study minutes a day for `studyplan start` when `--daily-minutes` is not given.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "budget")]
    pub daily_minutes: Option<u32>,
    /// Whether the full-screen interface captures the mouse (`--no-mouse` overrides).
    pub mouse: bool,
    /// Whether the terminal bell rings when a focus timer reaches its block's minutes.
    pub timer_bell: bool,
    /// Colours.
    pub theme: ThemeConfig,
    /// Display names for block ids (`learn = "Read"`), replacing the roadmap's.
    pub blocks: BTreeMap<String, String>,
    /// Key overrides: each action listed gets these keys instead of its defaults.
    pub keys: KeyOverrides,
}

impl Default for ConfigFile {
    fn default() -> ConfigFile {
        ConfigFile {
            week_start: WeekStart(Weekday::Mon),
            daily_minutes: None,
            mouse: true,
            timer_bell: true,
            theme: ThemeConfig::default(),
            blocks: BTreeMap::new(),
            keys: KeyOverrides::default(),
        }
    }
}

/// The weekday a week starts on for display, written `monday`..`sunday`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekStart(pub Weekday);

impl<'de> Deserialize<'de> for WeekStart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<WeekStart, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.trim().parse::<Weekday>().map(WeekStart).map_err(|_| {
            serde::de::Error::custom(format!(
                "`{text}` is not a weekday: write monday, sunday, ... (or mon, sun)"
            ))
        })
    }
}

impl Serialize for WeekStart {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for WeekStart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            Weekday::Mon => "monday",
            Weekday::Tue => "tuesday",
            Weekday::Wed => "wednesday",
            Weekday::Thu => "thursday",
            Weekday::Fri => "friday",
            Weekday::Sat => "saturday",
            Weekday::Sun => "sunday",
        })
    }
}

/// `daily_minutes` must be a budget every layer accepts ([`crate::limits::DAILY_MINUTES`]).
fn budget<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let minutes = i64::deserialize(deserializer)?;
    match u32::try_from(minutes) {
        Ok(m) if crate::limits::is_daily_budget(m) => Ok(Some(m)),
        _ => Err(serde::de::Error::custom(format!(
            "a daily budget of {minutes} minutes is out of range: give {} minutes a day",
            crate::limits::daily_minutes_range()
        ))),
    }
}

impl ConfigFile {
    /// Reads the config at `path`; a missing file gives the defaults (a fresh
    /// install has none, and `studyplan config init` writes one).
    pub fn load(path: &Path) -> color_eyre::Result<ConfigFile> {
        let shown = path.display();
        let bytes = match crate::files::read_capped(path, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(crate::files::FileProblem::Missing) => return Ok(ConfigFile::default()),
            Err(problem) => return Err(problem.report(path, "config file", MAX_FILE_BYTES)),
        };
        let text = String::from_utf8(bytes).map_err(|_| {
            crate::refusal!(
                "the config file {shown} is not UTF-8 text; save it as UTF-8 (or move it away for the defaults)"
            )
        })?;
        ConfigFile::parse(&text, &shown.to_string())
    }

    /// Parses config text; `origin` names it in errors (`origin:line:column: message`).
    pub fn parse(text: &str, origin: &str) -> color_eyre::Result<ConfigFile> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |span| line_column(text, span.start));
            eyre!(
                "{}:{line}:{column}: {}",
                clean_line(origin),
                clean_line(e.message().trim())
            )
        })
    }

    /// The settings as TOML (what `studyplan config show` prints).
    pub fn to_toml(&self) -> color_eyre::Result<String> {
        toml::to_string_pretty(self).wrap_err("cannot write the settings as TOML")
    }

    /// The display name of a block: the config's, else the roadmap's.
    pub fn block_name<'a>(&'a self, id: &str, roadmap_name: &'a str) -> &'a str {
        self.blocks.get(id).map_or(roadmap_name, String::as_str)
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Writes the commented default file to `path`, creating its folder; refuses
/// to replace an existing file.
pub fn init(path: &Path) -> color_eyre::Result<()> {
    let shown = path.display();
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder).wrap_err_with(|| format!("cannot create the folder {}", folder.display()))?;
    }
    let mut file = match fs::OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            return Err(eyre!(
                "{shown} already exists; it was left as it is. Edit it, or move it away and run \
                 `studyplan config init` again"
            ));
        }
        Err(e) => return Err(e).wrap_err_with(|| format!("cannot create {shown}")),
    };
    std::io::Write::write_all(&mut file, DEFAULT_FILE.as_bytes())
        .and_then(|()| file.sync_all())
        .wrap_err_with(|| format!("cannot write {shown}"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn the_commented_default_file_is_the_defaults() {
        assert_eq!(
            ConfigFile::parse(DEFAULT_FILE, "default").unwrap(),
            ConfigFile::default()
        );
    }

    #[test]
    fn an_empty_file_is_the_defaults_and_show_reads_back() {
        let config = ConfigFile::parse("", "empty").unwrap();
        assert_eq!(config, ConfigFile::default());
        let shown = config.to_toml().unwrap();
        assert_eq!(ConfigFile::parse(&shown, "shown").unwrap(), config);
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_column("ab\ncdé\nx", 7), (2, 4));
        assert_eq!(line_column("x", 0), (1, 1));
    }
}
