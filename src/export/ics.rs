//! The plan as an iCalendar file (RFC 5545) that calendar apps import: one
//! event per study block of each study day, and an all-day event for each
//! deliverable, milestone and project due, over the next weeks.
//!
//! Study blocks use floating local times (no time zone), so 19:00 stays 19:00
//! wherever the calendar is. Every event's UID is built from the roadmap id
//! and the item id, or the date and block id, so importing a newer export
//! updates the events instead of adding copies. DTSTAMP is the `now` given,
//! so two exports made with the same arguments are byte-for-byte equal.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};

use crate::plan::calendar::add_days;
use crate::plan::day::day_plan_from_items;
use crate::plan::due::due_items;
use crate::plan::span::plan_weeks;
use crate::plan::{DayPlan, DueItem, DueKind, Enrollment, ItemState, ItemStatus, Position};
use crate::roadmap::Roadmap;
use crate::text::{clean_block, clean_line};

/// What the calendar covers and when study starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcsOptions {
    /// How many weeks from today (today counts as the first day).
    pub weeks: u32,
    /// Local time of day the first block of a study day starts.
    pub start_time: NaiveTime,
}

/// Weeks exported when none are asked for.
pub const DEFAULT_WEEKS: u32 = 4;

/// The most weeks one export covers (about ten years; a calendar app chokes on more).
pub const MAX_WEEKS: u32 = 520;

impl Default for IcsOptions {
    fn default() -> IcsOptions {
        IcsOptions {
            weeks: DEFAULT_WEEKS,
            start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// The calendar of `roadmap` as followed by `enrollment`, from `today` for
/// `options.weeks` weeks, as iCalendar text (CRLF line ends).
pub fn calendar(
    roadmap: &Roadmap,
    enrollment: &Enrollment,
    statuses: &[ItemStatus],
    today: NaiveDate,
    now: DateTime<Utc>,
    options: &IcsOptions,
) -> String {
    let weeks = options.weeks.clamp(1, MAX_WEEKS);
    let last = add_days(today, i64::from(weeks) * 7 - 1);
    let items = due_items(roadmap, enrollment, statuses);
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        format!("-//studyplan//studyplan {}//EN", env!("CARGO_PKG_VERSION")),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    // X- properties are written as given: escape them here.
    let name = format!("studyplan: {}", clean_line(&roadmap.title));
    cal.append_property(Property::new("X-WR-CALNAME", escape_text(&name)));

    let mut date = today;
    while date <= last {
        let day = day_plan_from_items(roadmap, enrollment, &items, date);
        for event in block_events(roadmap, &day, now, options.start_time) {
            cal.push(event);
        }
        match date.succ_opt() {
            Some(next) => date = next,
            None => break,
        }
    }
    for item in items.iter().filter(|item| (today..=last).contains(&item.due)) {
        cal.push(due_event(roadmap, plan_weeks(roadmap, enrollment), item, now));
    }
    refold(&cal.to_string())
}

/// Longest content line, in octets, before it must be folded (RFC 5545 3.1).
const FOLD_OCTETS: usize = 75;

/// Unfolds the writer's lines and folds them again at 75 octets on character
/// boundaries. The icalendar crate (0.17.6) measures the fold point in bytes
/// but looks it up in characters, so a line with multi-byte text can come
/// out at 76 octets; calendar apps may then drop or garble the event.
fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 32);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = FOLD_OCTETS;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with the space: one octet less for text.
            limit = FOLD_OCTETS - 1;
        }
    }
    out
}

/// One event per block with planned minutes, back to back from `start`.
fn block_events(roadmap: &Roadmap, day: &DayPlan, now: DateTime<Utc>, start: NaiveTime) -> Vec<Event> {
    let Position::InPlan { week, of } = day.position else {
        return Vec::new();
    };
    let topic = day.week_title.clone().or_else(|| {
        day.phases
            .last()
            .map(|p| p.focus.clone().unwrap_or_else(|| p.title.clone()))
    });
    let mut at = day.date.and_time(start);
    let mut events = Vec::new();
    for block in day.blocks.iter().filter(|b| b.planned_minutes > 0) {
        let end = at + Duration::minutes(i64::from(block.planned_minutes));
        let summary = match &topic {
            Some(topic) => format!("{}: {}", clean_line(&block.name), clean_line(topic).trim()),
            None => format!("{}: {}", clean_line(&block.name), clean_line(&roadmap.title)),
        };
        let mut description = vec![format!(
            "{}, week {week} of {of}. {} min of {}.",
            roadmap.title, block.planned_minutes, block.name
        )];
        description.extend(block.hint.clone());
        description.push(format!("{}: {}", day.date.format("%A"), day.role.role));
        description.extend(day.concept.as_ref().map(|c| format!("Concept: {c}")));
        let uid = uid(&[&roadmap.id, &day.date.format("%Y-%m-%d").to_string(), &block.id]);
        events.push(
            Event::new()
                .uid(&uid)
                .timestamp(now)
                .summary(&summary)
                .description(&clean_block(&description.join("\n")))
                .starts(at)
                .ends(end)
                .add_property("CATEGORIES", "Study")
                .done(),
        );
        at = end;
    }
    events
}

/// An all-day event on the item's due date; it does not block time.
fn due_event(roadmap: &Roadmap, of: u32, item: &DueItem, now: DateTime<Utc>) -> Event {
    let kind = match item.kind {
        DueKind::Deliverable => "Deliverable due",
        DueKind::Milestone => "Milestone",
        DueKind::Project => "Project due",
        DueKind::Recurring => "Recurring",
    };
    let state = match item.state {
        Some(ItemState::Done) => " (done)",
        Some(ItemState::Skipped) => " (skipped)",
        Some(ItemState::InProgress) => " (in progress)",
        None => "",
    };
    let description = format!("{}, week {} of {}. Item id: {}.", roadmap.title, item.week, of, item.id);
    Event::new()
        .uid(&uid(&[&roadmap.id, "due", &item.id]))
        .timestamp(now)
        .summary(&format!("{kind}: {}{state}", clean_line(&item.title)))
        .description(&clean_block(&description))
        .starts(item.due)
        .ends(add_days(item.due, 1))
        .add_property("TRANSP", "TRANSPARENT")
        .add_property("CATEGORIES", "Deadline")
        .done()
}

/// A stable UID: the parts joined with `.` (ids never hold a dot), each kept
/// to letters, digits, `-` and `_` (anything else percent-encoded), then `@studyplan`.
pub fn uid(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        for byte in part.bytes() {
            if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
                out.push(char::from(byte));
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out.push_str("@studyplan");
    out
}

/// RFC 5545 TEXT escaping, for properties the icalendar crate writes as given.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refolded_lines_stay_within_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}\r\n", "a学习ü ".repeat(40));
        let folded = refold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= FOLD_OCTETS), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn uids_keep_safe_characters_and_encode_the_rest() {
        assert_eq!(
            uid(&["fast-track", "2026-11-24", "learn"]),
            "fast-track.2026-11-24.learn@studyplan"
        );
        assert_eq!(uid(&["a.b", "c@d"]), "a%2Eb.c%40d@studyplan");
    }
}
