//! Where things live (XDG data and config folders) and what "today" and "now" are.
//!
//! Flags beat environment variables (clap reads both) beat the defaults from
//! `directories`. The config file's settings are read by [`file`].

pub mod file;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeDelta};
use color_eyre::eyre::{Result, eyre};
use directories::ProjectDirs;

/// The database file name inside the data folder.
pub const DB_FILE_NAME: &str = "studyplan.db";

/// Hidden, for tests: what "now" is, instead of the system clock (see [`parse_now`]).
pub const NOW_ENV: &str = "STUDYPLAN_NOW";

/// The config file name inside the config folder.
pub const CONFIG_FILE_NAME: &str = "config.toml";

/// Resolved file locations for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The SQLite database.
    pub db: PathBuf,
    /// The config file (may not exist).
    pub config_file: PathBuf,
    /// The folder of the learner's own roadmap files (may not exist).
    pub user_roadmaps: PathBuf,
}

impl Paths {
    /// Resolves paths from the `--db` / `--config` overrides, falling back to the XDG folders.
    pub fn resolve(db: Option<&Path>, config: Option<&Path>) -> Result<Paths> {
        let dirs = ProjectDirs::from("", "", "studyplan");
        let missing_home = || {
            eyre!(
                "cannot find a home folder for studyplan's files (is $HOME set?); \
                 pass --db PATH and --config PATH, or set STUDYPLAN_DB and STUDYPLAN_CONFIG"
            )
        };
        let db = match db {
            Some(path) => path.to_path_buf(),
            None => dirs.as_ref().ok_or_else(missing_home)?.data_dir().join(DB_FILE_NAME),
        };
        let config_file = match config {
            Some(path) => path.to_path_buf(),
            None => dirs
                .as_ref()
                .ok_or_else(missing_home)?
                .config_dir()
                .join(CONFIG_FILE_NAME),
        };
        // User roadmaps sit beside the config file, so `--config` moves them too.
        let user_roadmaps = config_file
            .parent()
            .map_or_else(|| PathBuf::from("roadmaps"), |dir| dir.join("roadmaps"));
        Ok(Paths {
            db,
            config_file,
            user_roadmaps,
        })
    }
}

/// The run's idea of the current day and instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// What "today" is.
    pub today: NaiveDate,
    /// Local wall-clock "now", on `today`'s date.
    pub now: NaiveDateTime,
    /// True when `--today` / `STUDYPLAN_TODAY` fixed the day.
    pub fixed: bool,
    /// How far the test clock (`STUDYPLAN_NOW`) is ahead of the system clock;
    /// zero without it. The interface adds it to the clock it reads every
    /// second, so under a test clock time still passes, from that instant.
    pub offset: TimeDelta,
}

impl Clock {
    /// Reads the local clock, with the day replaced by `--today` when given.
    ///
    /// For tests only, `STUDYPLAN_NOW` replaces the system clock (not the
    /// time zone): see [`parse_now`] for its forms.
    pub fn from_override(today: Option<&str>) -> Result<Clock> {
        let system_now = Local::now().naive_local();
        let local_now = match std::env::var(NOW_ENV) {
            Ok(text) if !text.trim().is_empty() => parse_now(&text).map_err(|e| eyre!("{NOW_ENV}: {e}"))?,
            _ => system_now,
        };
        let offset = local_now - system_now;
        match today {
            None => Ok(Clock {
                today: local_now.date(),
                now: local_now,
                fixed: false,
                offset,
            }),
            Some(text) => {
                let today = parse_date(text).map_err(|e| eyre!("--today / STUDYPLAN_TODAY: {e}"))?;
                // Keep the time of day so a timer started and stopped under a
                // fixed date still measures real minutes, logged on that date.
                Ok(Clock {
                    today,
                    now: today.and_time(local_now.time()),
                    fixed: true,
                    offset,
                })
            }
        }
    }
}

/// The local date-time now, moved by the test clock's `offset`, on `today`
/// when a day is fixed: what a running interface reads every second. With
/// [`Clock::from_override`], the one place studyplan reads the clock.
pub fn live_now(today: Option<NaiveDate>, offset: TimeDelta) -> NaiveDateTime {
    let clock = Local::now().naive_local() + offset;
    match today {
        Some(date) => date.and_time(clock.time()),
        None => clock,
    }
}

/// Parses a test clock: a local wall-clock time (`2026-03-08T23:59:00`,
/// seconds optional), or an instant with an offset (`2026-03-09T03:59:00Z`,
/// `...+01:00`) turned into local wall-clock time through the time zone (`TZ`).
pub fn parse_now(text: &str) -> Result<NaiveDateTime> {
    let text = text.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Ok(instant.with_timezone(&Local).naive_local());
    }
    let now = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| {
            crate::refusal!(
                "`{}` is not a time: expected YYYY-MM-DDTHH:MM[:SS] (local) or an RFC 3339 instant",
                crate::text::clean_line(text)
            )
        })?;
    match crate::limits::date_out_of_range(now.date()) {
        Some(message) => Err(crate::refusal!("{message}")),
        None => Ok(now),
    }
}

/// Parses `YYYY-MM-DD`, with an error that says what was expected.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        crate::refusal!(
            "`{}` is not a date: expected YYYY-MM-DD, for example 2026-11-24",
            crate::text::clean_line(text)
        )
    })?;
    match crate::limits::date_out_of_range(date) {
        Some(message) => Err(crate::refusal!("{message}")),
        None => Ok(date),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn overrides_win_and_roadmaps_sit_beside_the_config() {
        let paths = Paths::resolve(Some(Path::new("/tmp/x.db")), Some(Path::new("/etc/sp/config.toml"))).unwrap();
        assert_eq!(paths.db, PathBuf::from("/tmp/x.db"));
        assert_eq!(paths.user_roadmaps, PathBuf::from("/etc/sp/roadmaps"));
    }

    #[test]
    fn a_fixed_today_keeps_its_date_in_now() {
        let clock = Clock::from_override(Some("2026-02-28")).unwrap();
        assert_eq!(clock.now.date(), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
        assert!(clock.fixed);
    }

    #[test]
    fn a_test_clock_reads_local_wall_clock_times_and_refuses_the_rest() {
        let now = parse_now("2026-03-08T23:59").unwrap();
        assert_eq!(now.to_string(), "2026-03-08 23:59:00");
        assert_eq!(
            parse_now(" 2026-03-08T00:01:30 ").unwrap().to_string(),
            "2026-03-08 00:01:30"
        );
        assert!(parse_now("2026-03-08T00:01:30Z").is_ok());
        assert!(
            parse_now("tomorrow")
                .unwrap_err()
                .to_string()
                .contains("YYYY-MM-DDTHH:MM")
        );
        assert!(parse_now("2026-02-30T10:00").is_err());
    }

    #[test]
    fn impossible_dates_are_refused_with_the_expected_form() {
        let err = parse_date("2026-02-30").unwrap_err().to_string();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
    }
}
