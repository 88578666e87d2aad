//! Where a phase sits in the weeks: its own time ("Weeks 1-4", "February
//! 2026", "Q3", "2026-03-02 to ..."), counted inside its parent when nested
//! ("Week 1" under "Month 2"), or after the phase before when it has only an
//! effort or nothing; and the week phase that single days are gathered into.

use super::build::{Anchor, Builder, MAX_WEEKS};
use super::calendar;
use super::headings::phase_title;
use super::when::{self, Found, When};
use super::words::tidy;

/// A week number inside the format's range, or none.
fn clamp_week(week: i64) -> Option<u32> {
    u32::try_from(week).ok().filter(|w| (1..=MAX_WEEKS).contains(w))
}

impl Builder {
    /// The weeks a time label covers at the top level ("January", "Week 8").
    pub fn span_for_label(&mut self, found: &Found) -> Option<(u32, u32)> {
        self.span_of(found, None)
    }

    /// The weeks a time expression covers, inside `parent` when nested.
    pub fn span_of(&mut self, found: &Found, parent: Option<usize>) -> Option<(u32, u32)> {
        let parent_span = parent.and_then(|p| self.rm.phases.get(p)).and_then(|p| p.weeks);
        let (a, b) = match found.when? {
            When::Weeks(a, b) => (a, b),
            When::Days(a, b) => (a.div_ceil(7), b.div_ceil(7)),
            When::Months(a, b) => (a.saturating_sub(1) * 4 + 1, b.saturating_mul(4)),
            When::Calendar { from, to } => {
                let year = from.year.or(self.year)?;
                let start = *self
                    .start
                    .get_or_insert_with(|| calendar::month_start(year, from.month).unwrap_or_default());
                let to_year = to.year.unwrap_or(if to.month < from.month { year + 1 } else { year });
                let (a, _) = calendar::month_weeks(start, year, from.month)?;
                let (_, b) = calendar::month_weeks(start, to_year, to.month)?;
                self.by_calendar_months = true;
                (clamp_week(a)?, clamp_week(b)?)
            }
            When::Quarter { quarter, year } => match year.or(self.year) {
                Some(year) => {
                    let first = quarter * 3 - 2;
                    let start = *self
                        .start
                        .get_or_insert_with(|| calendar::month_start(year, first).unwrap_or_default());
                    let (a, _) = calendar::month_weeks(start, year, first)?;
                    let (_, b) = calendar::month_weeks(start, year, first + 2)?;
                    self.by_calendar_months = true;
                    (clamp_week(a)?, clamp_week(b)?)
                }
                None => ((quarter - 1) * 13 + 1, quarter * 13),
            },
            When::Dates(from, to) => {
                let start = *self.start.get_or_insert(from);
                self.by_dates = true;
                let (a, b) = calendar::date_weeks(start, from, to)?;
                (clamp_week(a)?, clamp_week(b)?)
            }
        };
        if a == 0 || b < a || b > MAX_WEEKS {
            return None;
        }
        // "Week 1" under "Month 2" (weeks 5-8) counts from the month's start.
        if let Some([pa, pb]) = parent_span
            && (a < pa || b > pb)
            && b - a < pb - pa + 1
            && pa + b - 1 <= pb
        {
            return Some((pa + a - 1, pa + b - 1));
        }
        Some((a, b))
    }

    /// The span of a phase with no dates, after the ones before it: its effort
    /// ("~2 weeks") or four weeks, a guess said in the TOML.
    pub fn sequential(&mut self, found: &Found, title: &str, parent: Option<usize>) -> Option<(u32, u32)> {
        if parent.is_some() {
            return None;
        }
        let weeks = found.duration.map_or(4, |d| d.max_weeks());
        let first = self.cursor + 1;
        let last = first.saturating_add(weeks - 1);
        if last > MAX_WEEKS {
            return None;
        }
        let why = if found.duration.is_some() {
            format!(
                "\"{}\" has no dates: laid out after the phase before, for its effort",
                tidy(title)
            )
        } else {
            format!("\"{}\" has no dates or effort: 4 weeks is a guess", tidy(title))
        };
        self.guesses.push((Anchor::Phase(self.rm.phases.len()), why));
        Some((first, last))
    }

    /// The phase of the week a single day falls in, created by its first day.
    pub fn day_phase(&mut self, text: &str, found: &Found, week: u32) -> usize {
        let index = match self.day_weeks.get(&week) {
            Some(&index) => index,
            None => {
                let index = self.phase(
                    &format!("Week {week}"),
                    &when::find(&format!("Week {week}")),
                    (week, week),
                );
                self.day_weeks.insert(week, index);
                index
            }
        };
        let (day_title, _) = phase_title(text, found);
        let day = match found.when {
            Some(When::Days(a, b)) if a == b => format!("Day {a}"),
            Some(When::Days(a, b)) => format!("Days {a}-{b}"),
            _ => String::new(),
        };
        let line = if day_title.is_empty() {
            day
        } else {
            format!("{day}: {day_title}")
        };
        if let Some(phase) = self.rm.phases.get_mut(index) {
            phase.learn.push(line);
        }
        index
    }
}
