//! Sections a roadmap names by their heading: milestones, the weekly
//! structure, the daily split, checkpoints, parallel (recurring) tracks, key
//! metrics, the tech stack, and the projects of a project series.

use super::build::{Anchor, Builder, Target};
use super::cadence;
use super::content::label_of;
use super::headings::collect_text;
use super::markdown::{Block, BlockKind};
use super::outline::Section;
use super::weekdays;
use super::when;
use super::words::{capitalise, mentions, tidy};
use crate::roadmap::{
    Checkpoint, DayRole, Effort, EffortUnit, KeyMetric, ParallelTrack, Project, Question, RecurringTask,
};

impl Builder {
    /// Handles a section named for one of the special kinds; false when it is none.
    pub fn special(&mut self, section: &Section) -> bool {
        let title = section.title();
        if mentions(title, &["milestone", "milestones"]) && when::find(title).when.is_none() {
            self.milestones_section(section);
        } else if mentions(
            title,
            &[
                "weekly structure",
                "weekly schedule",
                "weekly rhythm",
                "weekly routine",
                "typical week",
                "week structure",
                "week at a glance",
                "weekly plan template",
            ],
        ) {
            self.weekly_section(section);
        } else if mentions(
            title,
            &[
                "daily split",
                "daily routine",
                "daily schedule",
                "daily plan",
                "time budget",
                "a typical day",
                "daily time",
                "day split",
            ],
        ) {
            self.daily_section(section);
        } else if mentions(
            title,
            &[
                "checkpoint",
                "checkpoints",
                "check in",
                "check ins",
                "self check",
                "review questions",
                "reflection questions",
                "on track",
            ],
        ) {
            self.checkpoint_section(section);
        } else if mentions(
            title,
            &["parallel", "recurring", "habits", "habit", "side track", "ongoing"],
        ) {
            self.parallel_section(section);
        } else if mentions(title, &["key metrics", "metrics", "units of progress", "kpis"]) {
            self.metrics_section(section);
        } else if mentions(title, &["tech stack", "stack", "toolbox"]) {
            self.stack_section(section);
        } else {
            return false;
        }
        true
    }

    fn milestones_section(&mut self, section: &Section) {
        for block in all_blocks(section) {
            match &block.kind {
                BlockKind::Item { inline, .. } => self.milestone_item(block, inline, Target::Top),
                BlockKind::Paragraph(_) => self.content(std::slice::from_ref(block), Target::Top),
                _ => self.place(block),
            }
        }
    }

    fn weekly_section(&mut self, section: &Section) {
        // "### Monday" headings with a list each.
        for child in &section.children {
            let days = weekdays::days(child.title());
            if days.is_empty() {
                continue;
            }
            self.placed.insert(child.line());
            let mut tasks = Vec::new();
            for block in &child.blocks {
                collect_text(block, &mut tasks);
                self.place(block);
            }
            self.set_days(&days, None, tasks);
        }
        // "- Monday: plan" lines, and "Sunday off".
        for block in &section.blocks {
            self.weekly_line(block);
        }
    }

    /// One line of a weekly structure: "Monday: plan", "Day 7: Rest", "Sunday off".
    pub fn weekly_line(&mut self, block: &Block) {
        let inline = match &block.kind {
            BlockKind::Paragraph(inline) | BlockKind::Item { inline, .. } => inline,
            BlockKind::Table { rows, .. } => {
                for (_, cells) in rows {
                    if let [day, role, rest @ ..] = cells.as_slice() {
                        let days = weekdays::days(&day.text);
                        let tasks: Vec<String> = rest.iter().map(|c| tidy(&c.text)).filter(|t| !t.is_empty()).collect();
                        self.set_days(&days, Some(tidy(&role.text)), tasks);
                    }
                }
                self.place(block);
                return;
            }
            _ => {
                self.place(block);
                return;
            }
        };
        if let Some((label, value)) = label_of(inline) {
            let days = weekdays::days(&label);
            if !days.is_empty() {
                self.set_days(&days, Some(capitalise(&value)), vec![value]);
                self.place(block);
                return;
            }
        }
        let words: Vec<&str> = inline.text.split_whitespace().collect();
        if let [day, rest @ ..] = words.as_slice() {
            let days = weekdays::days(day);
            if !days.is_empty() && !rest.is_empty() {
                let value = rest.join(" ");
                self.set_days(&days, Some(capitalise(&value)), Vec::new());
                self.place(block);
                return;
            }
        }
        self.unplace(block);
    }

    /// Sets the role and tasks of some weekdays.
    fn set_days(&mut self, days: &[usize], role: Option<String>, tasks: Vec<String>) {
        let role = role
            .or_else(|| tasks.first().map(|t| capitalise(t)))
            .unwrap_or_else(|| "Study".to_owned());
        let rest = mentions(
            &role,
            &["rest", "off", "free", "no study", "break", "day off", "recharge"],
        ) || (days.iter().all(|&d| d == 6) && mentions(&role, &["review", "reset"]));
        for &day in days {
            if let Some(slot) = self.week_roles.get_mut(day) {
                *slot = Some(DayRole {
                    role: super::words::cap(&role, 80),
                    tasks: tasks.clone(),
                    study: !rest,
                    minutes: None,
                    blocks: Vec::new(),
                });
            }
        }
    }

    fn daily_section(&mut self, section: &Section) {
        if let Some(budget) = super::budget::daily_budget(section.title(), true) {
            self.budget.get_or_insert(budget);
        }
        let mut blocks = Vec::new();
        for block in all_blocks(section) {
            match &block.kind {
                BlockKind::Item { inline, .. } | BlockKind::Paragraph(inline) => {
                    if let Some(split) = super::budget::block_of(&inline.text) {
                        blocks.push(split);
                        self.place(block);
                    } else {
                        self.scan_daily(block);
                        if self.budget.is_none() && super::budget::inline_split(&inline.text).is_none() {
                            self.budget = super::budget::daily_budget(&inline.text, true);
                        }
                        self.place(block);
                    }
                }
                _ => self.place(block),
            }
        }
        if blocks.len() >= 2 || (blocks.len() == 1 && self.split.is_empty()) {
            self.split = blocks;
        }
    }

    fn checkpoint_section(&mut self, section: &Section) {
        let title = section.title();
        let title = tidy(title.split_once(':').map_or(title, |(head, tail)| {
            if mentions(head, &["checkpoint", "checkpoints"]) {
                tail
            } else {
                title
            }
        }));
        let mut every = cadence::every_weeks(section.title());
        let mut questions = Vec::new();
        let mut notes = Vec::new();
        for block in all_blocks(section) {
            self.place(block);
            match &block.kind {
                BlockKind::Item { inline, .. } => questions.push(tidy(&inline.text)),
                BlockKind::Paragraph(inline) => {
                    if let Some(n) = cadence::every_weeks(&inline.text) {
                        every.get_or_insert(n);
                    }
                    if !inline.text.trim_end().ends_with(':') {
                        notes.push(inline.text.clone());
                    }
                }
                _ => {
                    let mut texts = Vec::new();
                    collect_text(block, &mut texts);
                    notes.extend(texts);
                }
            }
        }
        let asked: Vec<String> = questions.iter().filter(|q| q.ends_with('?')).cloned().collect();
        let questions = if asked.is_empty() { questions } else { asked };
        if questions.is_empty() || !self.room() {
            return;
        }
        let index = self.rm.checkpoints.len();
        if every.is_none() {
            self.guess(
                Anchor::Checkpoint(index),
                "no cadence in the file: every 4 weeks is a guess".to_owned(),
            );
        }
        let id = self.ids.make(&title, "checkpoint");
        let questions = questions
            .into_iter()
            .map(|text| Question {
                id: self.ids.make(&text, "question"),
                text,
            })
            .collect();
        self.rm.checkpoints.push(Checkpoint {
            id,
            title: if title.is_empty() {
                "Checkpoint".to_owned()
            } else {
                title
            },
            every_weeks: every.unwrap_or(4).max(1),
            start_week: None,
            weeks: Vec::new(),
            questions,
            note: (!notes.is_empty()).then(|| notes.join(" ")),
        });
    }

    fn parallel_section(&mut self, section: &Section) {
        let heading = section.title();
        let found = when::find(heading);
        let start_week = match found.when {
            Some(when::When::Weeks(a, _)) => a,
            _ => 1,
        };
        let mut title = heading.to_owned();
        if let Some(open) = title.find('(') {
            title.truncate(open);
        }
        let title = tidy(
            &title
                .replace(['"', '“', '”'], "")
                .replace("Optional", "")
                .replace("optional", ""),
        );
        let mut tasks = Vec::new();
        let mut notes = Vec::new();
        let mut optional = mentions(heading, &["optional"]);
        for block in all_blocks(section) {
            self.place(block);
            match &block.kind {
                BlockKind::Item { inline, .. } => {
                    let every = cadence::every_weeks(&inline.text);
                    let (count, task_title) = cadence::count_and_title(&tidy(&inline.text));
                    tasks.push((task_title, every, count));
                }
                _ => {
                    let mut texts = Vec::new();
                    collect_text(block, &mut texts);
                    for text in texts {
                        optional |= mentions(&text, &["optional"]);
                        notes.push(text);
                    }
                }
            }
        }
        if tasks.is_empty() || !self.room() {
            return;
        }
        let id = self.ids.make(&title, "parallel-track");
        let tasks = tasks
            .into_iter()
            .map(|(title, every_weeks, count)| RecurringTask {
                id: self.ids.make(&title, "task"),
                title,
                every_weeks,
                count,
                day: None,
                start_week: None,
            })
            .collect();
        self.rm.parallel_tracks.push(ParallelTrack {
            id,
            title: if title.is_empty() {
                "Parallel track".to_owned()
            } else {
                title
            },
            start_week,
            optional,
            note: (!notes.is_empty()).then(|| notes.join(" ")),
            tasks,
        });
    }

    fn metrics_section(&mut self, section: &Section) {
        for block in all_blocks(section) {
            let metric = match &block.kind {
                BlockKind::Item { inline, .. } | BlockKind::Paragraph(inline) => {
                    label_of(inline).and_then(|(name, value)| metric(&name, &value))
                }
                _ => None,
            };
            match metric {
                Some(metric) if self.room() => {
                    let id = self.ids.make(&metric.name, "metric");
                    self.rm.metrics.push(KeyMetric { id, ..metric });
                    self.place(block);
                }
                _ => self.unplace(block),
            }
        }
    }

    fn stack_section(&mut self, section: &Section) {
        let mut loose = Vec::new();
        for block in all_blocks(section) {
            match &block.kind {
                BlockKind::Item { inline, .. } | BlockKind::Paragraph(inline) => match label_of(inline) {
                    Some((category, value)) if !value.is_empty() => self.stack_line(&category, &value),
                    _ => loose.push(tidy(&inline.text)),
                },
                _ => {}
            }
            self.place(block);
        }
        if !loose.is_empty() {
            self.rm.stack.push(crate::roadmap::StackGroup {
                category: "Stack".to_owned(),
                items: loose,
            });
        }
    }

    /// A child of a "Projects" heading: a project when it has an effort, else a named list.
    pub fn project_or_section(&mut self, section: &Section) {
        if !self.room() {
            return;
        }
        self.placed.insert(section.line());
        let empty = section
            .blocks
            .iter()
            .all(|b| matches!(b.kind, BlockKind::Rule | BlockKind::Html { comment: true, .. }));
        if empty && section.children.is_empty() {
            // "Starter -> Beginner -> Expert": a tagline of the series, not a project.
            self.rm.notes.push(tidy(section.title()));
            return;
        }
        let found = when::find(section.title());
        let index = self.rm.projects.len();
        // "Todo app (~1 week)": the effort goes to `effort`, not the title.
        let title = super::headings::phase_title(section.title(), &found).0;
        let id = self.ids.make(&title, "project");
        let effort = found.duration.map(|d| Effort {
            min: d.min,
            max: d.max,
            unit: match d.unit {
                when::Unit::Days => EffortUnit::Days,
                when::Unit::Weeks => EffortUnit::Weeks,
                when::Unit::Months => EffortUnit::Months,
            },
        });
        if effort.is_some() {
            self.effort_found.insert(index);
        }
        self.rm.projects.push(Project {
            id,
            title: if title.is_empty() {
                format!("Project {}", index + 1)
            } else {
                title
            },
            tagline: None,
            level: None,
            effort: effort.unwrap_or(Effort {
                min: 1,
                max: 1,
                unit: EffortUnit::Weeks,
            }),
            complexity: None,
            description: None,
            learn: Vec::new(),
            stack: Vec::new(),
            ship: None,
        });
        self.content(&section.blocks, Target::Project(index));
        for child in &section.children {
            self.placed.insert(child.line());
            let field = super::fields::field_of(child.title());
            self.labelled_blocks(&child.blocks, Target::Project(index), field);
        }
        if !self.effort_found.contains(&index) {
            self.guess(
                Anchor::Project(index),
                "no effort in the file: 1 week is a guess".to_owned(),
            );
        }
    }
}

/// A section's blocks and those of its sub-sections, in order.
fn all_blocks(section: &Section) -> Vec<&Block> {
    let mut out: Vec<&Block> = section.blocks.iter().collect();
    for child in section.children.iter().take(256) {
        out.extend(child.blocks.iter());
    }
    out
}

/// "Core Algo: 1 core algorithm implemented from scratch/week."
fn metric(name: &str, value: &str) -> Option<KeyMetric> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| cadence::count_word(&w.to_lowercase()).is_some())?;
    let target = cadence::count_word(&words[at].to_lowercase())?;
    let stop = [
        "implemented",
        "read",
        "written",
        "shipped",
        "done",
        "built",
        "solved",
        "completed",
        "published",
        "per",
        "a",
        "to",
        "from",
        "&",
        "and",
        "each",
        "every",
    ];
    let noun: Vec<&str> = words[at + 1..]
        .iter()
        .map(|w| w.split('/').next().unwrap_or(w))
        .take_while(|w| !stop.contains(&w.to_lowercase().as_str()))
        .collect();
    let unit = noun
        .last()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())?;
    let unit = unit
        .strip_suffix('s')
        .filter(|u| u.len() > 2)
        .map(str::to_owned)
        .unwrap_or(unit);
    (!unit.is_empty() && target >= 1).then(|| KeyMetric {
        id: String::new(),
        name: tidy(name),
        target_per_week: target,
        unit,
        description: Some(value.to_owned()),
    })
}
