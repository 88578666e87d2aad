//! Short texts several screens and the title bar share: where a day falls in
//! the plan, the pace, a countdown.

use crate::plan::{DayPlan, Pace, PaceStatus, Position, pace_label};
use crate::tui::strings;
use crate::tui::theme::Theme;

/// Where `day` falls: `week 7 of 26`, `starts in 3 days`, `paused · week 4
/// of 26 next`, `ended Sun 13 Dec` (not "finished": a plan can end with
/// nothing done).
pub fn position_text(day: &DayPlan) -> String {
    match &day.position {
        Position::BeforeStart { days_until: 1 } => "starts tomorrow".to_owned(),
        Position::BeforeStart { days_until } => format!("starts in {days_until} days"),
        Position::InPlan { week, of } => format!("week {week} of {of}"),
        Position::Paused { next_week, of } => format!("paused · week {next_week} of {of} next"),
        Position::Finished { days_since_end, .. } => {
            let end = crate::plan::calendar::add_days(day.date, -days_since_end);
            format!("ended {}", end.format("%a %-d %b"))
        }
    }
}

/// The pace in words (the plan's own label) and the style that goes with it.
pub fn pace_text(pace: Option<&Pace>, theme: &Theme) -> (String, ratatui::style::Style) {
    match pace {
        Some(pace) => {
            let style = match pace.status {
                PaceStatus::Ahead | PaceStatus::OnTrack => theme.good,
                PaceStatus::Behind => theme.bad,
                PaceStatus::NotStarted => theme.dim,
            };
            (pace_label(pace), style)
        }
        None => (strings::PACE_NOT_STARTED.to_owned(), theme.dim),
    }
}

/// `mm:ss` left, or `+mm:ss` past the plan; from an hour on, `h:mm:ss`, so a
/// timer forgotten for two days reads `+46:45:00`, not `+2805:00`.
pub fn mm_ss(seconds_left: i64) -> String {
    let sign = if seconds_left < 0 { "+" } else { "" };
    let s = seconds_left.unsigned_abs();
    let (hours, minutes, seconds) = (s / 3600, s % 3600 / 60, s % 60);
    if hours > 0 {
        format!("{sign}{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{sign}{minutes:02}:{seconds:02}")
    }
}
