//! Writes a drafted roadmap as TOML in the layout of the bundled files, with
//! a `#` comment above every value the drafter guessed.
//!
//! Written by hand rather than through a serializer because a serializer
//! cannot place comments; every string goes through [`quote`], which escapes
//! what TOML requires (quotes, backslashes, control characters).

use std::fmt::Write;

use super::build::Anchor;
use crate::roadmap::{Deliverable, Roadmap};

/// A TOML basic string.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            // Controls must be escaped in TOML; BiDi overrides are escaped too, so
            // printing the draft to a terminal cannot reorder what it shows.
            c if c.is_control() || is_bidi(c) => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The Unicode bidirectional controls `text::clean_line` strips from display text.
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

fn array(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| quote(i)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A comment line, one line only whatever the text holds.
fn comment(out: &mut String, text: &str) {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() || is_bidi(c) { ' ' } else { c })
        .collect();
    let _ = writeln!(out, "# {line}");
}

/// The TOML text of a roadmap, with guesses as comments and a header.
pub fn to_toml(rm: &Roadmap, header: &[String], guesses: &[(Anchor, String)]) -> String {
    let mut out = String::new();
    let notes_for = |anchor: Anchor| {
        guesses
            .iter()
            .filter(move |(a, _)| *a == anchor)
            .map(|(_, t)| t.as_str())
    };
    for line in header {
        comment(&mut out, line);
    }
    for text in notes_for(Anchor::Top) {
        comment(&mut out, &format!("Guessed: {text}."));
    }
    let _ = writeln!(out, "id = {}", quote(&rm.id));
    let _ = writeln!(out, "title = {}", quote(&rm.title));
    let _ = writeln!(out, "summary = {}", quote(&rm.summary));
    if let Some(description) = &rm.description {
        let _ = writeln!(out, "description = {}", quote(description));
    }
    if let Some(goal) = &rm.goal {
        let _ = writeln!(out, "goal = {}", quote(goal));
    }
    if let Some(weeks) = rm.weeks {
        let _ = writeln!(out, "weeks = {weeks}");
    }
    if let Some(months) = rm.months {
        let _ = writeln!(out, "months = {months}");
    }
    if let Some(start) = rm.suggested_start {
        let _ = writeln!(out, "suggested_start = {start}");
    }
    if !rm.notes.is_empty() {
        let _ = writeln!(out, "notes = [");
        for note in &rm.notes {
            let _ = writeln!(out, "  {},", quote(note));
        }
        let _ = writeln!(out, "]");
    }
    for section in &rm.sections {
        let _ = writeln!(
            out,
            "\n[[sections]]\ntitle = {}\nitems = {}",
            quote(&section.title),
            array(&section.items)
        );
    }
    if let Some(daily) = &rm.daily {
        out.push('\n');
        for text in notes_for(Anchor::Daily) {
            comment(&mut out, &format!("Guessed: {text}."));
        }
        let _ = writeln!(out, "[daily]\nminutes = {}", daily.minutes);
        if let Some(min) = daily.min_minutes {
            let _ = writeln!(out, "min_minutes = {min}");
        }
        let _ = writeln!(out, "blocks = [");
        for block in &daily.blocks {
            let mut fields = vec![
                format!("id = {}", quote(&block.id)),
                format!("name = {}", quote(&block.name)),
            ];
            if let Some(minutes) = block.minutes {
                fields.push(format!("minutes = {minutes}"));
            }
            if let Some(percent) = block.percent {
                fields.push(format!("percent = {percent}"));
            }
            if let Some(hint) = &block.hint {
                fields.push(format!("hint = {}", quote(hint)));
            }
            let _ = writeln!(out, "  {{ {} }},", fields.join(", "));
        }
        let _ = writeln!(out, "]");
    }
    if let Some(weekly) = &rm.weekly {
        out.push('\n');
        for text in notes_for(Anchor::Weekly) {
            comment(&mut out, &format!("Guessed: {text}."));
        }
        for (name, day) in weekly.days() {
            let Some(day) = day else { continue };
            let _ = writeln!(out, "[weekly.{name}]\nrole = {}", quote(&day.role));
            if !day.tasks.is_empty() {
                let _ = writeln!(out, "tasks = {}", array(&day.tasks));
            }
            if !day.study {
                let _ = writeln!(out, "study = false");
            }
        }
    }
    for label in &rm.labels {
        let _ = writeln!(
            out,
            "\n[[labels]]\nid = {}\ntitle = {}",
            quote(&label.id),
            quote(&label.title)
        );
    }
    phases(&mut out, rm, &notes_for);
    for detail in &rm.week_details {
        let _ = writeln!(
            out,
            "\n[[week_details]]\nid = {}\nweek = {}\ntitle = {}",
            quote(&detail.id),
            detail.week,
            quote(&detail.title)
        );
        if let Some(concept) = &detail.concept {
            let _ = writeln!(out, "concept = {}", quote(concept));
        }
        if !detail.code.is_empty() {
            let _ = writeln!(out, "code = {}", array(&detail.code));
        }
        if let Some(action) = &detail.action {
            let _ = writeln!(out, "action = {}", quote(action));
        }
        deliverables(&mut out, &detail.deliverables);
    }
    for (i, milestone) in rm.milestones.iter().enumerate() {
        out.push('\n');
        for text in notes_for(Anchor::Milestone(i)) {
            comment(&mut out, &format!("Guessed: {text}."));
        }
        let _ = writeln!(
            out,
            "[[milestones]]\nid = {}\ntitle = {}",
            quote(&milestone.id),
            quote(&milestone.title)
        );
        if let Some(week) = milestone.week {
            let _ = writeln!(out, "week = {week}");
        }
        if let Some(month) = milestone.month {
            let _ = writeln!(out, "month = {month}");
        }
        if !milestone.acceptance.is_empty() {
            let _ = writeln!(out, "acceptance = {}", array(&milestone.acceptance));
        }
    }
    extras(&mut out, rm, &notes_for);
    out
}

fn deliverables(out: &mut String, items: &[Deliverable]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "deliverables = [");
    for d in items {
        let week = d.week.map(|w| format!(", week = {w}")).unwrap_or_default();
        let month = d.month.map(|m| format!(", month = {m}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  {{ id = {}, title = {}{week}{month} }},",
            quote(&d.id),
            quote(&d.title)
        );
    }
    let _ = writeln!(out, "]");
}

fn phases<'a, I: Iterator<Item = &'a str>>(out: &mut String, rm: &Roadmap, notes_for: &dyn Fn(Anchor) -> I) {
    for (i, phase) in rm.phases.iter().enumerate() {
        out.push('\n');
        for text in notes_for(Anchor::Phase(i)) {
            comment(out, &format!("Guessed: {text}."));
        }
        let _ = writeln!(
            out,
            "[[phases]]\nid = {}\nlevel = {}\ntitle = {}",
            quote(&phase.id),
            quote(&phase.level),
            quote(&phase.title)
        );
        if let Some([a, b]) = phase.weeks {
            let _ = writeln!(out, "weeks = [{a}, {b}]");
        }
        if let Some([a, b]) = phase.months {
            let _ = writeln!(out, "months = [{a}, {b}]");
        }
        for (key, value) in [
            ("focus", &phase.focus),
            ("subtitle", &phase.subtitle),
            ("artifact", &phase.artifact),
        ] {
            if let Some(value) = value {
                let _ = writeln!(out, "{key} = {}", quote(value));
            }
        }
        if !phase.goals.is_empty() {
            let _ = writeln!(out, "goals = {}", array(&phase.goals));
        }
        if !phase.learn.is_empty() {
            let _ = writeln!(out, "learn = {}", array(&phase.learn));
        }
        deliverables(out, &phase.deliverables);
        if !phase.topics.is_empty() {
            let _ = writeln!(out, "topics = [");
            for t in &phase.topics {
                let mut fields = vec![format!("id = {}", quote(&t.id)), format!("title = {}", quote(&t.title))];
                if let Some(d) = &t.description {
                    fields.push(format!("description = {}", quote(d)));
                }
                if let Some(l) = &t.label {
                    fields.push(format!("label = {}", quote(l)));
                }
                let _ = writeln!(out, "  {{ {} }},", fields.join(", "));
            }
            let _ = writeln!(out, "]");
        }
        if !phase.sections.is_empty() {
            let _ = writeln!(out, "sections = [");
            for s in &phase.sections {
                let _ = writeln!(out, "  {{ title = {}, items = {} }},", quote(&s.title), array(&s.items));
            }
            let _ = writeln!(out, "]");
        }
    }
}

fn extras<'a, I: Iterator<Item = &'a str>>(out: &mut String, rm: &Roadmap, notes_for: &dyn Fn(Anchor) -> I) {
    for (i, c) in rm.checkpoints.iter().enumerate() {
        out.push('\n');
        for text in notes_for(Anchor::Checkpoint(i)) {
            comment(out, &format!("Guessed: {text}."));
        }
        let _ = writeln!(
            out,
            "[[checkpoints]]\nid = {}\ntitle = {}\nevery_weeks = {}",
            quote(&c.id),
            quote(&c.title),
            c.every_weeks
        );
        if let Some(note) = &c.note {
            let _ = writeln!(out, "note = {}", quote(note));
        }
        let _ = writeln!(out, "questions = [");
        for q in &c.questions {
            let _ = writeln!(out, "  {{ id = {}, text = {} }},", quote(&q.id), quote(&q.text));
        }
        let _ = writeln!(out, "]");
    }
    for t in &rm.parallel_tracks {
        let _ = writeln!(
            out,
            "\n[[parallel_tracks]]\nid = {}\ntitle = {}\nstart_week = {}\noptional = {}",
            quote(&t.id),
            quote(&t.title),
            t.start_week,
            t.optional
        );
        if let Some(note) = &t.note {
            let _ = writeln!(out, "note = {}", quote(note));
        }
        let _ = writeln!(out, "tasks = [");
        for task in &t.tasks {
            let every = task
                .every_weeks
                .map(|e| format!(", every_weeks = {e}"))
                .unwrap_or_default();
            let count = if task.count > 1 {
                format!(", count = {}", task.count)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "  {{ id = {}, title = {}{every}{count} }},",
                quote(&task.id),
                quote(&task.title)
            );
        }
        let _ = writeln!(out, "]");
    }
    for m in &rm.metrics {
        let _ = writeln!(
            out,
            "\n[[metrics]]\nid = {}\nname = {}\ntarget_per_week = {}\nunit = {}",
            quote(&m.id),
            quote(&m.name),
            m.target_per_week,
            quote(&m.unit)
        );
        if let Some(d) = &m.description {
            let _ = writeln!(out, "description = {}", quote(d));
        }
    }
    for s in &rm.stack {
        let _ = writeln!(
            out,
            "\n[[stack]]\ncategory = {}\nitems = {}",
            quote(&s.category),
            array(&s.items)
        );
    }
    for (i, p) in rm.projects.iter().enumerate() {
        out.push('\n');
        for text in notes_for(Anchor::Project(i)) {
            comment(out, &format!("Guessed: {text}."));
        }
        let unit = match p.effort.unit {
            crate::roadmap::EffortUnit::Days => "days",
            crate::roadmap::EffortUnit::Weeks => "weeks",
            crate::roadmap::EffortUnit::Months => "months",
        };
        let _ = writeln!(out, "[[projects]]\nid = {}\ntitle = {}", quote(&p.id), quote(&p.title));
        for (key, value) in [("tagline", &p.tagline), ("level", &p.level)] {
            if let Some(value) = value {
                let _ = writeln!(out, "{key} = {}", quote(value));
            }
        }
        let _ = writeln!(
            out,
            "effort = {{ min = {}, max = {}, unit = \"{unit}\" }}",
            p.effort.min, p.effort.max
        );
        if let Some(c) = p.complexity {
            let _ = writeln!(out, "complexity = {c}");
        }
        if let Some(d) = &p.description {
            let _ = writeln!(out, "description = {}", quote(d));
        }
        if !p.learn.is_empty() {
            let _ = writeln!(out, "learn = {}", array(&p.learn));
        }
        if !p.stack.is_empty() {
            let _ = writeln!(out, "stack = {}", array(&p.stack));
        }
        if let Some(ship) = &p.ship {
            let _ = writeln!(out, "ship = {}", quote(ship));
        }
    }
}
