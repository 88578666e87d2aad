//! The report printed beside a draft: what was found (length, phases with
//! their weeks, deliverables, milestones, daily split, weekly structure,
//! checkpoints, recurring tasks, topics, projects), what was guessed, and
//! every line of the file that found no place, by line number.
//!
//! Text from the file goes through `text::clean_line`: a hostile roadmap
//! cannot send escape sequences to the terminal through the report.

use std::fmt::Write;

use super::build::Builder;
use super::input::Prepared;
use super::tracks::Track;
use crate::roadmap::Roadmap;
use crate::text::clean_line;

/// A line that found no place in the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// 1-based line number in the file.
    pub line: usize,
    /// The line as written (trimmed, capped).
    pub text: String,
}

/// What the drafter found and left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// One line per kind of thing found.
    pub found: Vec<String>,
    /// What was guessed.
    pub guesses: Vec<String>,
    /// Lines not placed.
    pub unplaced: Vec<Unplaced>,
    /// The tracks of the file (empty for a single roadmap).
    pub tracks: Vec<Track>,
    /// The track drafted.
    pub track: Option<Track>,
    /// Mojibake runs repaired.
    pub repaired: usize,
}

impl Report {
    /// Builds the report from the finished builder and the roadmap the TOML parsed to.
    pub fn new(
        builder: &Builder,
        rm: &Roadmap,
        prepared: &Prepared,
        tracks: Vec<Track>,
        track: Option<Track>,
    ) -> Report {
        let mut found = Vec::new();
        let length = match (rm.weeks, rm.months) {
            (Some(weeks), _) => format!("{weeks} weeks"),
            (None, Some(months)) => format!("{months} calendar months"),
            (None, None) => format!("self-paced, {} weeks of projects", rm.length_weeks()),
        };
        let start = rm.suggested_start.map(|d| format!(", from {d}")).unwrap_or_default();
        found.push(format!("length: {length}{start}"));
        for phase in &rm.phases {
            let weeks = phase
                .weeks
                .map(|[a, b]| {
                    let weeks = if a == b {
                        format!("week {a}")
                    } else {
                        format!("weeks {a}-{b}")
                    };
                    match rm.suggested_start.and_then(|start| dates(start, a, b)) {
                        Some((first, last)) => format!("{weeks}, {first} to {last}"),
                        None => weeks,
                    }
                })
                .or_else(|| phase.months.map(|months| month_words(rm.suggested_start, months)))
                .unwrap_or_default();
            let counts = counts(&[
                (phase.deliverables.len(), "deliverable"),
                (phase.topics.len(), "topic"),
                (phase.learn.len(), "thing to learn"),
                (phase.goals.len(), "goal"),
            ]);
            found.push(format!(
                "{} {}: {} ({weeks}){counts}",
                phase.level, phase.id, phase.title
            ));
        }
        if !rm.week_details.is_empty() {
            let weeks: Vec<String> = rm.week_details.iter().map(|w| w.week.to_string()).collect();
            found.push(format!("week details: weeks {}", weeks.join(", ")));
        }
        for m in &rm.milestones {
            let week = match (m.week, m.month) {
                (Some(w), _) => format!("week {w}"),
                (None, Some(month)) => format!("the end of month {month}"),
                (None, None) => "the last week".to_owned(),
            };
            let acceptance = if m.acceptance.is_empty() {
                String::new()
            } else {
                format!("; done when: {}", m.acceptance.join(", "))
            };
            found.push(format!("milestone: {} (due {week}{acceptance})", m.title));
        }
        if let Some(daily) = &rm.daily {
            let blocks: Vec<String> = daily
                .blocks
                .iter()
                .map(|b| match (b.minutes, b.percent) {
                    (Some(m), _) => format!("{} {m} min", b.name),
                    (_, Some(p)) => format!("{} {p}%", b.name),
                    _ => b.name.clone(),
                })
                .collect();
            let range = daily.min_minutes.map(|m| format!("{m}-")).unwrap_or_default();
            found.push(format!(
                "daily split: {range}{} min a day: {}",
                daily.minutes,
                blocks.join(" / ")
            ));
        }
        if rm.weekly.is_some() {
            let weekly = rm.weekly_structure();
            let days = [
                &weekly.monday,
                &weekly.tuesday,
                &weekly.wednesday,
                &weekly.thursday,
                &weekly.friday,
                &weekly.saturday,
                &weekly.sunday,
            ];
            let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            let rest: Vec<&str> = names
                .iter()
                .zip(days)
                .filter(|(_, d)| !d.study)
                .map(|(n, _)| *n)
                .collect();
            let roles: Vec<String> = names.iter().zip(days).map(|(n, d)| format!("{n} {}", d.role)).collect();
            found.push(format!(
                "weekly structure: {}; rest days: {}",
                roles.join(", "),
                if rest.is_empty() {
                    "none".to_owned()
                } else {
                    rest.join(", ")
                }
            ));
        }
        for c in &rm.checkpoints {
            found.push(format!(
                "checkpoint: {} every {} weeks, {} questions",
                c.title,
                c.every_weeks,
                c.questions.len()
            ));
        }
        for t in &rm.parallel_tracks {
            found.push(format!(
                "recurring: {} from week {}, {} tasks{}",
                t.title,
                t.start_week,
                t.tasks.len(),
                if t.optional { " (optional)" } else { "" }
            ));
        }
        if !rm.metrics.is_empty() {
            let names: Vec<String> = rm
                .metrics
                .iter()
                .map(|m| format!("{} {}/week", m.target_per_week, m.unit))
                .collect();
            found.push(format!("key metrics: {}", names.join(", ")));
        }
        let topics: usize = rm.phases.iter().map(|p| p.topics.len()).sum();
        if topics > 0 {
            let labels: Vec<&str> = rm.labels.iter().map(|l| l.id.as_str()).collect();
            found.push(format!(
                "topics: {topics}{}",
                if labels.is_empty() {
                    String::new()
                } else {
                    format!(" (labels {})", labels.join(", "))
                }
            ));
        }
        for p in &rm.projects {
            let unit = format!("{:?}", p.effort.unit).to_lowercase();
            found.push(format!(
                "project: {} ({}-{} {unit})",
                p.title, p.effort.min, p.effort.max
            ));
        }
        let lines: Vec<&str> = prepared.text.split('\n').collect();
        let unplaced = builder
            .unplaced
            .iter()
            .filter(|l| !builder.placed.contains(l))
            .filter_map(|&l| {
                let text = lines.get(l.checked_sub(1)?)?.trim();
                (!text.is_empty() && text.chars().any(char::is_alphanumeric)).then(|| Unplaced {
                    line: l,
                    text: super::words::cap(text, 160),
                })
            })
            .collect();
        Report {
            found,
            guesses: builder.guesses.iter().map(|(_, g)| g.clone()).collect(),
            unplaced,
            tracks,
            track,
            repaired: prepared.repaired,
        }
    }

    /// The report as text for a terminal: every line from the file cleaned.
    pub fn to_text(&self, origin: &str) -> String {
        let mut out = String::new();
        let origin = clean_line(origin);
        if let Some(track) = &self.track {
            let keys: Vec<String> = self.tracks.iter().map(|t| format!("{} ({})", t.key, t.title)).collect();
            let _ = writeln!(
                out,
                "{origin}: holds {} tracks: {}; drafted {} (choose with --track)",
                self.tracks.len(),
                keys.join(", "),
                track.title
            );
        }
        if self.repaired > 0 {
            let _ = writeln!(
                out,
                "{origin}: repaired {} garbled characters (UTF-8 read as Windows-1252)",
                self.repaired
            );
        }
        let _ = writeln!(out, "Found:");
        for line in &self.found {
            let _ = writeln!(out, "  {}", clean_line(line));
        }
        if !self.guesses.is_empty() {
            let _ = writeln!(out, "Guessed (marked with # comments in the draft):");
            for line in &self.guesses {
                let _ = writeln!(out, "  {}", clean_line(line));
            }
        }
        if self.unplaced.is_empty() {
            let _ = writeln!(out, "Every line found a place.");
        } else {
            let _ = writeln!(
                out,
                "Not placed ({} lines; add them by hand if they matter):",
                self.unplaced.len()
            );
            for u in &self.unplaced {
                let _ = writeln!(out, "  {origin}:{}: {}", u.line, clean_line(&u.text));
            }
        }
        out
    }
}

/// The Monday of week `a` and the Sunday of week `b` of a roadmap starting on `start`.
fn dates(start: chrono::NaiveDate, a: u32, b: u32) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    use chrono::{Datelike, Days};
    let monday = start.checked_sub_days(Days::new(u64::from(start.weekday().num_days_from_monday())))?;
    let first = monday.checked_add_days(Days::new(u64::from(a.saturating_sub(1)) * 7))?;
    let last = monday.checked_add_days(Days::new((u64::from(b) * 7).saturating_sub(1)))?;
    Some((first, last))
}

fn counts(parts: &[(usize, &str)]) -> String {
    let shown: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| {
            if *n == 1 {
                format!("1 {what}")
            } else {
                format!("{n} {}", plural(what))
            }
        })
        .collect();
    if shown.is_empty() {
        String::new()
    } else {
        format!(", {}", shown.join(", "))
    }
}

fn plural(word: &str) -> String {
    match word {
        "thing to learn" => "things to learn".to_owned(),
        _ => format!("{word}s"),
    }
}

/// "month 1, 2026-02-01 to 2026-02-28": a phase in calendar months, with its
/// dates when the draft has a start.
fn month_words(start: Option<chrono::NaiveDate>, [a, b]: [u32; 2]) -> String {
    let months = if a == b {
        format!("month {a}")
    } else {
        format!("months {a}-{b}")
    };
    let dates = start.and_then(|start| {
        let first = start.checked_add_months(chrono::Months::new(a - 1))?;
        let last = start.checked_add_months(chrono::Months::new(b))?.pred_opt()?;
        Some(format!("{first} to {last}"))
    });
    match dates {
        Some(dates) => format!("{months}, {dates}"),
        None => months,
    }
}
