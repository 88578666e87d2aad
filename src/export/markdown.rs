//! The weekly review as Markdown, for a journal or a blog post: the week in
//! numbers, what was due and done, pace, checkpoint answers, recurring tasks,
//! reflections, carried-over tasks and next week's focus. It is the one
//! Markdown rendering of a review: `studyplan review --markdown` and
//! `studyplan export markdown` both print it.
//!
//! Text from roadmaps and learners is data: control characters are stripped
//! and every Markdown special character in it is escaped, so a task named
//! `# TODO | *urgent*` reads as typed and never becomes a heading, a table
//! cell or emphasis.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::plan::pace::measure_label;
use crate::plan::{DueItem, ItemState, Note, Pace, PaceStatus, RecurringDue, ReviewSummary, pace_label, words};
use crate::store::{CarryOver, WeeklyReview};
use crate::text::{clean_block, clean_line};

/// What the Markdown review is made of.
#[derive(Debug, Clone, Copy)]
pub struct ReviewExport<'a> {
    /// The roadmap's title.
    pub roadmap_title: &'a str,
    /// The computed review of the week.
    pub summary: &'a ReviewSummary,
    /// The learner's saved review of the week, if any.
    pub saved: Option<&'a WeeklyReview>,
    /// Tasks carried out of the week.
    pub carry_overs: &'a [CarryOver],
    /// The parallel tracks' recurring tasks of the week.
    pub recurring: &'a [RecurringDue],
    /// The week's notes.
    pub notes: &'a [Note],
}

/// The review as a Markdown document (ends with a newline).
pub fn weekly_review(input: &ReviewExport<'_>) -> String {
    let s = input.summary;
    let mut out = String::new();
    let week = match s.week {
        Some(week) => format!(" (week {week} of {})", s.of),
        None => " (outside the plan)".to_owned(),
    };
    line(
        &mut out,
        &format!("# Week {} review: {}{week}", s.iso_week, inline(input.roadmap_title)),
    );
    line(&mut out, "");
    line(
        &mut out,
        &format!("*{} to {}*", long_date(s.monday), long_date(s.iso_week.sunday())),
    );
    time_section(&mut out, s);
    due_section(&mut out, "Deliverables due", &s.deliverables_due);
    due_section(&mut out, "Milestones due", &s.milestones_due);
    let done_apart: Vec<DueItem> = s
        .deliverables_done
        .iter()
        .filter(|d| s.deliverables_due.iter().all(|due| due.id != d.id))
        .cloned()
        .collect();
    due_section(&mut out, "Also done this week", &done_apart);
    if !s.milestones_reached.is_empty() {
        heading(&mut out, "Milestones reached");
        for item in &s.milestones_reached {
            line(&mut out, &format!("- {}", inline(&item.title)));
        }
    }
    heading(&mut out, "Pace");
    line(&mut out, &pace_text(&s.pace));
    checkpoint_section(&mut out, s, input.saved);
    recurring_section(&mut out, input.recurring);
    reflection_section(&mut out, input.saved);
    notes_section(&mut out, input.notes);
    tasks_section(&mut out, s, input.carry_overs);
    next_week_section(&mut out, s);
    // Sections end with a blank line and headings start with one: keep one.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out
}

fn time_section(out: &mut String, s: &ReviewSummary) {
    heading(out, "Time");
    line(out, "| Block | Planned | Logged |");
    line(out, "| --- | ---: | ---: |");
    for block in &s.blocks {
        line(
            out,
            &format!(
                "| {} | {} | {} |",
                inline(&block.name),
                duration(block.planned_minutes),
                duration(block.logged_minutes)
            ),
        );
    }
    line(
        out,
        &format!(
            "| **Total** | **{}** | **{}** |",
            duration(s.planned_minutes),
            duration(s.logged_minutes)
        ),
    );
    line(out, "");
    line(
        out,
        &format!(
            "Studied on {}; streak: {}.",
            words::days_studied(s.days_studied, s.study_days_studied, s.study_days_planned),
            words::study_days(s.streak)
        ),
    );
}

/// The pace paragraph: the verdict, each measure, the finish.
fn pace_text(pace: &Pace) -> String {
    let verdict = capitalized(&pace_label(pace));
    if pace.status == PaceStatus::NotStarted {
        return format!(
            "{verdict}: {} of {} items settled. Planned finish {}.",
            pace.settled, pace.total, pace.planned_finish
        );
    }
    let items = crate::plan::words::pace_items(pace);
    format!(
        "{verdict}. Items: {items}. Minutes: {}, {} logged of {} planned so far. Planned finish {}, projected {}.",
        measure_label(pace.minutes),
        duration(pace.logged_minutes),
        duration(pace.planned_minutes),
        pace.planned_finish,
        pace.projected_finish
    )
}

fn due_section(out: &mut String, title: &str, items: &[DueItem]) {
    if items.is_empty() {
        return;
    }
    heading(out, title);
    for item in items {
        let (mark, note) = match item.state {
            Some(ItemState::Done) => ("x", ""),
            Some(ItemState::InProgress) => (" ", " (in progress)"),
            Some(ItemState::Skipped) => (" ", " (skipped)"),
            None => (" ", ""),
        };
        line(out, &format!("- [{mark}] {}{note}", inline(&item.title)));
    }
}

fn checkpoint_section(out: &mut String, s: &ReviewSummary, saved: Option<&WeeklyReview>) {
    let answers = saved.map(|r| r.answers.as_slice()).unwrap_or_default();
    if s.checkpoint.is_none() && answers.is_empty() {
        return;
    }
    let title = s.checkpoint.as_ref().map_or("Checkpoint", |c| c.title.as_str());
    heading(out, &format!("Checkpoint: {}", inline(title)));
    let questions = s
        .checkpoint
        .as_ref()
        .map(|c| c.questions.as_slice())
        .unwrap_or_default();
    for (id, text) in questions {
        let answer = answers.iter().find(|(q, _)| q == id).map(|(_, a)| a.as_str());
        question(out, text, answer);
    }
    // Answers to questions the roadmap no longer asks are kept, under their id.
    for (id, answer) in answers.iter().filter(|(q, _)| !questions.iter().any(|(id, _)| id == q)) {
        question(out, id, Some(answer));
    }
    if let Some(note) = s.checkpoint.as_ref().and_then(|c| c.note.as_deref()) {
        line(out, &block(note));
        line(out, "");
    }
}

fn recurring_section(out: &mut String, recurring: &[RecurringDue]) {
    if recurring.is_empty() {
        return;
    }
    heading(out, "Recurring");
    for task in recurring {
        let count = if task.count > 1 {
            format!(" (x{})", task.count)
        } else {
            String::new()
        };
        let optional = if task.optional { ", optional" } else { "" };
        line(
            out,
            &format!(
                "- {}{count} ({}{optional})",
                inline(&task.title),
                inline(&task.track_title)
            ),
        );
    }
}

fn next_week_section(out: &mut String, s: &ReviewSummary) {
    let text = match (s.next_week, &s.next_focus) {
        (Some(next), Some(focus)) => format!("Week {next}: {}", inline(focus)),
        (Some(next), None) => format!("Week {next}"),
        (None, _) => match s.plan_edge {
            Some(edge) => edge.sentence(),
            None => return,
        },
    };
    heading(out, "Next week");
    line(out, &text);
}

fn question(out: &mut String, text: &str, answer: Option<&str>) {
    line(out, &format!("**{}**", inline(text)));
    line(out, "");
    match answer.filter(|a| !a.trim().is_empty()) {
        Some(answer) => {
            for l in block(answer).lines() {
                line(out, &format!("> {l}"));
            }
        }
        None => line(out, "*Not answered.*"),
    }
    line(out, "");
}

fn reflection_section(out: &mut String, saved: Option<&WeeklyReview>) {
    let Some(saved) = saved else {
        return;
    };
    let parts = [
        ("What went well", &saved.went_well),
        ("What got in the way", &saved.in_the_way),
        ("Focus for next week", &saved.next_focus),
    ];
    if parts.iter().all(|(_, text)| text.trim().is_empty()) {
        return;
    }
    heading(out, "Reflection");
    for (title, text) in parts.iter().filter(|(_, text)| !text.trim().is_empty()) {
        line(out, &format!("### {title}"));
        line(out, "");
        line(out, &block(text));
        line(out, "");
    }
}

fn tasks_section(out: &mut String, s: &ReviewSummary, carry_overs: &[CarryOver]) {
    if !carry_overs.is_empty() {
        heading(out, "Carried over");
        for c in carry_overs {
            line(
                out,
                &format!(
                    "- {} ({} → {})",
                    inline(&c.title),
                    c.from.format("%a %-d %b"),
                    c.to.format("%a %-d %b")
                ),
            );
        }
    }
    let unfinished: Vec<_> = s
        .unfinished_tasks
        .iter()
        .filter(|t| !carry_overs.iter().any(|c| c.task_id == t.id))
        .collect();
    if !unfinished.is_empty() {
        heading(out, "Unfinished tasks");
        for task in unfinished {
            line(
                out,
                &format!("- [ ] {} ({})", inline(&task.title), task.day.format("%a %-d %b")),
            );
        }
    }
}

/// The week's notes, a day's note first: `- **Wed 2 Dec** (build, 45m): text`.
fn notes_section(out: &mut String, notes: &[Note]) {
    if notes.is_empty() {
        return;
    }
    heading(out, "Notes");
    for note in notes {
        let what = match (&note.block, note.minutes) {
            (Some(block), Some(minutes)) => format!(" ({}, {})", inline(block), duration(minutes)),
            _ => String::new(),
        };
        line(
            out,
            &format!("- **{}**{what}: {}", note.day.format("%a %-d %b"), inline(&note.text)),
        );
    }
}

/// A `##` heading with a blank line before and after.
fn heading(out: &mut String, title: &str) {
    line(out, "");
    line(out, &format!("## {title}"));
    line(out, "");
}

fn line(out: &mut String, text: &str) {
    let _ = writeln!(out, "{text}");
}

/// One line of data: cleaned, newlines made spaces, Markdown specials escaped.
pub fn inline(text: &str) -> String {
    escape_line(clean_line(text).trim())
}

/// Multi-line data: each line escaped; line breaks kept as hard breaks
/// (a trailing backslash), blank lines as paragraph breaks.
pub fn block(text: &str) -> String {
    let cleaned = clean_block(text);
    let lines: Vec<String> = cleaned.trim().lines().map(|l| escape_line(l.trim_end())).collect();
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        out.push_str(l);
        let next_is_text = lines.get(i + 1).is_some_and(|n| !n.is_empty());
        if !l.is_empty() && next_is_text {
            out.push('\\');
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

/// Escapes what Markdown would read as structure: inline specials anywhere
/// (emphasis, code, links, tables, HTML, entities) and what opens a block
/// at the start of a line (headings, lists, quotes, rules).
fn escape_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let indent = text.len() - text.trim_start().len();
    // Leading spaces are dropped: four of them would make a code block.
    let body = &text[indent..];
    for (i, c) in body.char_indices() {
        let at_start = i == 0;
        let special = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&'
        ) || (at_start && matches!(c, '-' | '+' | '=' | ':'))
            || (matches!(c, '.' | ')') && i > 0 && body[..i].bytes().all(|b| b.is_ascii_digit()));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

fn long_date(day: NaiveDate) -> String {
    day.format("%a %-d %b %Y").to_string()
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_characters_in_data_are_escaped() {
        assert_eq!(inline("# TODO | *urgent* <b>"), r"\# TODO \| \*urgent\* \<b\>");
        assert_eq!(inline("- not a list"), r"\- not a list");
        assert_eq!(inline("1. not a list"), r"1\. not a list");
        assert_eq!(inline("C# & [link](x)"), r"C\# \& \[link\](x)");
        assert_eq!(inline("a - b"), "a - b");
    }

    #[test]
    fn multi_line_text_keeps_its_lines_as_hard_breaks() {
        assert_eq!(block("one\ntwo\n\n> three"), "one\\\ntwo\n\n\\> three");
        assert_eq!(block("tab\there\u{1b}[2J"), "tab here\\[2J");
    }
}
