//! Ties the loose ends once the whole document is read: the length, the
//! daily split and the week, milestones without a week, labels, overlapping
//! phases, and the title, id and summary every roadmap needs.

use super::build::{Anchor, Builder, MAX_WEEKS};
use super::words::{cap, capitalise};
use crate::roadmap::{DailyBlock, DailySplit, DayRole, Deliverable, Label, WeeklyStructure};

impl Builder {
    /// Finishes the draft; `name` is the title to use when the file has no heading.
    pub fn finish(&mut self, name: &str) {
        self.finish_title(name);
        self.finish_untimed();
        self.finish_per_phase();
        self.finish_length();
        self.finish_milestones();
        self.finish_overlaps();
        self.finish_week_details();
        self.finish_daily();
        self.finish_weekly();
        self.finish_labels();
        for checkpoint in &mut self.rm.checkpoints {
            checkpoint.every_weeks = checkpoint.every_weeks.clamp(1, self.rm.weeks.unwrap_or(MAX_WEEKS));
        }
        let length = self.rm.length_weeks();
        for track in &mut self.rm.parallel_tracks {
            track.start_week = track.start_week.clamp(1, length.max(1));
        }
        if let Some(start) = self.start {
            self.rm.suggested_start = Some(start);
        }
        self.onto_calendar_months();
        self.finish_summary();
    }

    fn finish_title(&mut self, name: &str) {
        if self.rm.title.trim().is_empty() {
            self.rm.title = if name.trim().is_empty() {
                "Drafted roadmap".to_owned()
            } else {
                name.to_owned()
            };
        }
        self.rm.title = cap(&self.rm.title, 200);
        let mut id = super::ids::slug(&self.rm.title);
        if id.is_empty() {
            id = "drafted-roadmap".to_owned();
        }
        self.rm.id = id;
    }

    /// A file with no time at all ("## Basics", "## Async", each with a list):
    /// its sections become phases of four weeks, in order, said in comments.
    fn finish_untimed(&mut self) {
        let untimed = self.rm.phases.is_empty() && self.rm.week_details.is_empty() && self.rm.projects.is_empty();
        if !untimed || self.rm.sections.len() < 2 {
            return;
        }
        for section in std::mem::take(&mut self.rm.sections) {
            let first = self.cursor + 1;
            let last = first + 3;
            if last > MAX_WEEKS {
                break;
            }
            self.cursor = last;
            let index = self.rm.phases.len();
            self.guess(
                Anchor::Phase(index),
                format!("\"{}\" has no dates or effort: 4 weeks is a guess", section.title),
            );
            let id = self.ids.make(&section.title, "phase");
            self.rm.phases.push(crate::roadmap::Phase {
                id,
                level: "phase".to_owned(),
                title: section.title,
                weeks: Some([first, last]),
                months: None,
                focus: None,
                subtitle: None,
                goals: Vec::new(),
                learn: section.items,
                artifact: None,
                deliverables: Vec::new(),
                topics: Vec::new(),
                sections: Vec::new(),
            });
        }
    }

    /// "Each sprint includes: 2 extra mini-projects, more drills" on every phase:
    /// counted items become deliverables spread over the phase, the rest a list.
    fn finish_per_phase(&mut self) {
        let Some((title, items)) = self.per_phase.take() else {
            return;
        };
        let level = self.main_level();
        let mut plain_items = Vec::new();
        let mut counted = Vec::new();
        for item in &items {
            let mut words = item.split_whitespace();
            match words.next().and_then(super::cadence::count_word_any) {
                Some(n)
                    if (1..=5).contains(&n)
                        && (item.contains("project") || item.contains("demo") || item.contains("exercise")) =>
                {
                    counted.push((n, singular(&words.collect::<Vec<_>>().join(" "))))
                }
                _ => plain_items.push(item.clone()),
            }
        }
        for p in 0..self.rm.phases.len() {
            if Some(&self.rm.phases[p].level) != level.as_ref() {
                continue;
            }
            let Some([first, last]) = self.rm.phases[p].weeks else {
                continue;
            };
            let phase_id = self.rm.phases[p].id.clone();
            for (n, name) in &counted {
                for k in 1..=*n {
                    let week = first + ((k * (last - first + 1)).div_ceil(*n)) - 1;
                    let title = format_counted(name, k);
                    let id = self.ids.make(&format!("{phase_id} {name} {k}"), "deliverable");
                    self.rm.phases[p].deliverables.push(Deliverable {
                        id,
                        title,
                        week: (week != last).then_some(week),
                        month: None,
                        date: None,
                        day: None,
                    });
                }
            }
            if !plain_items.is_empty() {
                self.rm.phases[p].sections.push(crate::roadmap::Section {
                    title: capitalise(&title),
                    items: plain_items.clone(),
                });
            }
        }
    }

    /// The level most phases have (the sprints of a sprint roadmap).
    pub fn main_level(&self) -> Option<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for phase in &self.rm.phases {
            match counts.iter_mut().find(|(l, _)| *l == phase.level) {
                Some((_, n)) => *n += 1,
                None => counts.push((phase.level.clone(), 1)),
            }
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map(|(l, _)| l)
    }

    fn finish_length(&mut self) {
        let mut last = self
            .rm
            .phases
            .iter()
            .filter_map(|p| p.weeks)
            .map(|w| w[1])
            .max()
            .unwrap_or(0);
        last = last.max(self.rm.week_details.iter().map(|w| w.week).max().unwrap_or(0));
        last = last.max(self.rm.milestones.iter().filter_map(|m| m.week).max().unwrap_or(0));
        if let Some(hint) = self.length_hint
            && hint >= last
        {
            last = hint;
        }
        if last == 0 {
            if self.rm.projects.is_empty() {
                self.rm.weeks = Some(4);
                self.guess(
                    Anchor::Top,
                    "the file gives no time at all: 4 weeks is a guess".to_owned(),
                );
            }
            return;
        }
        self.rm.weeks = Some(last.min(MAX_WEEKS));
    }

    /// Milestones without a week: spread in order over the main phases (the
    /// i-th of N at the end of phase ceil(i*M/N)), else due in the last week.
    fn finish_milestones(&mut self) {
        let level = self.main_level();
        let ends: Vec<u32> = self
            .rm
            .phases
            .iter()
            .filter(|p| Some(&p.level) == level.as_ref())
            .filter_map(|p| p.weeks.map(|w| w[1]))
            .collect();
        let open: Vec<usize> = (0..self.rm.milestones.len())
            .filter(|&i| self.rm.milestones[i].week.is_none())
            .collect();
        let n = open.len();
        for (k, &i) in open.iter().enumerate() {
            let week = if ends.is_empty() {
                None
            } else {
                let phase = ((k + 1) * ends.len()).div_ceil(n).clamp(1, ends.len());
                ends.get(phase - 1).copied()
            };
            self.rm.milestones[i].week = week;
        }
        for milestone in &mut self.rm.milestones {
            if milestone.acceptance.is_empty() {
                milestone.acceptance = self.acceptance_all.clone();
            }
        }
    }

    /// Phases of one level may not share weeks: a later one that does moves to
    /// a level of its own ("week-2"), said in a comment; past a few such lanes
    /// it is left out (and said), so a file of a thousand "Week 3"s stays small.
    fn finish_overlaps(&mut self) {
        const MAX_LANES: usize = 8;
        let length = self.rm.weeks.unwrap_or(MAX_WEEKS);
        // Per level: its lanes, each the spans it holds.
        let mut levels: Vec<(String, Vec<Vec<[u32; 2]>>)> = Vec::new();
        let phases = std::mem::take(&mut self.rm.phases);
        let mut dropped = 0;
        for mut phase in phases {
            let Some([a, b]) = phase.weeks else {
                self.rm.phases.push(phase);
                continue;
            };
            let b = b.min(length);
            let span = [a.min(b), b];
            phase.weeks = Some(span);
            let base = phase.level.clone();
            let at = match levels.iter().position(|(l, _)| *l == base) {
                Some(i) => i,
                None => {
                    levels.push((base.clone(), Vec::new()));
                    levels.len() - 1
                }
            };
            let lanes = &mut levels[at].1;
            let free = lanes
                .iter()
                .position(|lane| lane.iter().all(|[c, d]| span[1] < *c || *d < span[0]));
            let lane = match free {
                Some(i) => i,
                None if lanes.len() < MAX_LANES => {
                    lanes.push(Vec::new());
                    lanes.len() - 1
                }
                None => {
                    dropped += 1;
                    continue;
                }
            };
            lanes[lane].push(span);
            if lane > 0 {
                phase.level = format!("{base}-{}", lane + 1);
                let text = format!("shares weeks with another {base}: put on level {}", phase.level);
                self.guess(Anchor::Phase(self.rm.phases.len()), text);
            }
            self.rm.phases.push(phase);
        }
        if dropped > 0 {
            self.guess(
                Anchor::Top,
                format!("{dropped} phases left out: more than {MAX_LANES} share the same weeks"),
            );
        }
    }

    /// One detail per week: later ones for the same week are merged into the first.
    fn finish_week_details(&mut self) {
        let length = self.rm.weeks.unwrap_or(MAX_WEEKS);
        let details = std::mem::take(&mut self.rm.week_details);
        for mut detail in details {
            detail.week = detail.week.min(length);
            match self.rm.week_details.iter_mut().find(|d| d.week == detail.week) {
                Some(first) => {
                    first.deliverables.extend(detail.deliverables);
                    first.code.extend(detail.code);
                }
                None => self.rm.week_details.push(detail),
            }
        }
    }

    fn finish_daily(&mut self) {
        let budget = self.budget;
        let mut blocks = Vec::new();
        let mut guessed = None;
        if self.split.len() >= 2 || (self.split.len() == 1 && budget.is_none()) {
            for block in &self.split {
                blocks.push(DailyBlock {
                    id: self.ids.make(&block.name, "block"),
                    name: block.name.clone(),
                    minutes: Some(block.amount.min(1440)),
                    percent: None,
                    hint: block.hint.clone(),
                });
            }
        } else if let Some((shares, names)) = self.ratio.clone() {
            let total: u32 = shares.iter().sum();
            let default_names = ["Learning", "Build", "Polish"];
            let mut percents: Vec<u32> = shares.iter().map(|s| s * 100 / total.max(1)).collect();
            let missing = 100u32.saturating_sub(percents.iter().sum());
            if let Some(max) = percents.iter_mut().max() {
                *max += missing;
            }
            if names.is_empty() && shares.len() != 3 {
                guessed = Some("the split names no blocks: named Block 1, Block 2, ...".to_owned());
            } else if names.is_empty() {
                guessed = Some("the split names no blocks: learn / build / polish is a guess".to_owned());
            }
            for (i, percent) in percents.into_iter().enumerate() {
                let name = names
                    .get(i)
                    .cloned()
                    .or_else(|| (shares.len() == 3).then(|| default_names[i].to_owned()))
                    .unwrap_or_else(|| format!("Block {}", i + 1));
                blocks.push(DailyBlock {
                    id: self.ids.make(&name, "block"),
                    name,
                    minutes: None,
                    percent: Some(percent),
                    hint: None,
                });
            }
        } else if budget.is_some() {
            guessed =
                Some("the file gives the daily time but no split: studyplan's 1:2:1 learn/build/polish".to_owned());
            for (name, percent) in [("Learning", 25), ("Build", 50), ("Polish", 25)] {
                blocks.push(DailyBlock {
                    id: self.ids.make(name, "block"),
                    name: name.to_owned(),
                    minutes: None,
                    percent: Some(percent),
                    hint: None,
                });
            }
        }
        if blocks.is_empty() {
            return;
        }
        let sum: u32 = blocks.iter().filter_map(|b| b.minutes).sum();
        let (min, max) = budget.unwrap_or((sum, sum));
        let minutes = max.max(sum).clamp(1, 1440);
        if budget.is_none() && sum == 0 {
            guessed = Some("no daily time in the file: 120 minutes is studyplan's default".to_owned());
        }
        if let Some(text) = guessed {
            self.guess(Anchor::Daily, text);
        }
        self.rm.daily = Some(DailySplit {
            minutes: if sum == 0 && budget.is_none() { 120 } else { minutes },
            min_minutes: (min < minutes).then_some(min),
            blocks,
        });
    }

    fn finish_weekly(&mut self) {
        if self.week_roles.iter().all(Option::is_none) {
            return;
        }
        let missing: Vec<&str> = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ]
        .iter()
        .zip(&self.week_roles)
        .filter(|(_, r)| r.is_none())
        .map(|(d, _)| *d)
        .collect();
        if !missing.is_empty() {
            self.guess(
                Anchor::Weekly,
                format!("not in the file, planned as study days: {}", missing.join(", ")),
            );
        }
        let day = |i: usize| -> DayRole {
            self.week_roles[i].clone().unwrap_or(DayRole {
                role: "Study".to_owned(),
                tasks: Vec::new(),
                study: true,
                minutes: None,
                blocks: Vec::new(),
            })
        };
        self.rm.weekly = Some(WeeklyStructure {
            monday: Some(day(0)),
            tuesday: Some(day(1)),
            wednesday: Some(day(2)),
            thursday: Some(day(3)),
            friday: Some(day(4)),
            saturday: Some(day(5)),
            sunday: Some(day(6)),
        });
    }

    fn finish_labels(&mut self) {
        for (id, title) in &self.label_titles {
            let title = if title.is_empty() { id.clone() } else { title.clone() };
            self.rm.labels.push(Label { id: id.clone(), title });
        }
    }

    fn finish_summary(&mut self) {
        let weeks = self.rm.weeks;
        let level = self.main_level();
        let phases = level
            .as_ref()
            .map_or(0, |l| self.rm.phases.iter().filter(|p| &p.level == l).count());
        let mut parts = Vec::new();
        if let Some(weeks) = weeks {
            parts.push(format!("{weeks} weeks"));
        }
        if let (Some(level), true) = (level, phases > 0) {
            parts.push(format!("{phases} {level}{}", if phases == 1 { "" } else { "s" }));
        }
        if !self.rm.projects.is_empty() {
            parts.push(format!("{} projects", self.rm.projects.len()));
        }
        let shape = if parts.is_empty() {
            "A roadmap".to_owned()
        } else {
            capitalise(&parts.join(", "))
        };
        self.rm.summary = format!("{shape}, drafted from Markdown");
    }
}

/// "extra mini-projects (for confidence)" is "extra mini-project (for confidence)".
fn singular(text: &str) -> String {
    let (head, tail) = match text.find(" (") {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let head = head.strip_suffix('s').unwrap_or(head);
    format!("{head}{tail}")
}

/// "extra mini-project (for confidence)", 2 is "extra mini-project 2 (for confidence)".
fn format_counted(name: &str, k: u32) -> String {
    match name.find(" (") {
        Some(at) => format!("{} {k}{}", &name[..at], &name[at..]),
        None => format!("{name} {k}"),
    }
}
