//! The drafter's state while it walks the section tree, and the walk itself:
//! which sections are phases, weeks, projects, milestones, the weekly
//! structure, the daily split, checkpoints or recurring tasks.
//!
//! Content inside a section is read by `content`; spans by `spans`; the
//! special sections by `special`; loose ends are tied by `finish`.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::budget::SplitBlock;
use super::headings::{
    collect_text, find_year, is_projects_container, is_prose, is_timed_table, level_of, looks_like_phase, phase_title,
};
use super::ids::Ids;
use super::markdown::{Block, BlockKind};
use super::outline::Section;
use super::when::{self, Found, When};
use super::words::tidy;
use crate::roadmap::{DayRole, Phase, Roadmap, WeekDetail};

/// The most items one draft holds: far above any real roadmap, low enough that
/// the TOML of a hostile 1 MiB file stays within the loader's limits.
pub const MAX_ITEMS: usize = 2_000;

/// The longest roadmap the format accepts, in weeks.
pub const MAX_WEEKS: u32 = 520;

/// Where a `#` comment about a guess goes in the TOML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Above the top-level keys.
    Top,
    /// Above a phase.
    Phase(usize),
    /// Above a milestone.
    Milestone(usize),
    /// Above `[daily]`.
    Daily,
    /// Above `[weekly]`.
    Weekly,
    /// Above a checkpoint.
    Checkpoint(usize),
    /// Above a project.
    Project(usize),
}

/// What a block of content is being read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The roadmap itself (description, goal, notes).
    Top,
    /// A phase, by index.
    Phase(usize),
    /// A week detail, by index.
    Week(usize),
    /// A project, by index.
    Project(usize),
}

/// The drafter's state.
#[derive(Debug)]
pub struct Builder {
    /// The roadmap being drafted.
    pub rm: Roadmap,
    /// Ids handed out.
    pub ids: Ids,
    /// Lines whose content found a place.
    pub placed: BTreeSet<usize>,
    /// Lines whose content did not.
    pub unplaced: BTreeSet<usize>,
    /// Guesses, each with where its comment goes.
    pub guesses: Vec<(Anchor, String)>,
    /// The last week taken by a phase laid out one after another.
    pub cursor: u32,
    /// The calendar start, when the roadmap is dated.
    pub start: Option<NaiveDate>,
    /// Phases were placed by calendar months or quarters ("February 2026", "Q1 2026").
    pub by_calendar_months: bool,
    /// Phases were placed by explicit dates ("2026-03-02 to 2026-03-29").
    pub by_dates: bool,
    /// A year the document names, for months written without one.
    pub year: Option<i32>,
    /// Length the text states ("24 Weeks", "6-Month").
    pub length_hint: Option<u32>,
    /// Daily budget found, (min, max) minutes.
    pub budget: Option<(u32, u32)>,
    /// Daily blocks found.
    pub split: Vec<SplitBlock>,
    /// A ratio split ("30/60/30") and its names.
    pub ratio: Option<(Vec<u32>, Vec<String>)>,
    /// The weekly structure found, Monday first.
    pub week_roles: [Option<DayRole>; 7],
    /// "Each sprint includes:" items, applied to every phase.
    pub per_phase: Option<(String, Vec<String>)>,
    /// Acceptance criteria that apply to every milestone.
    pub acceptance_all: Vec<String>,
    /// Label ids and the title of the section that first used them.
    pub label_titles: Vec<(String, String)>,
    /// For each milestone, the phase it was found in.
    pub milestone_phase: Vec<Option<usize>>,
    /// Items created, against [`MAX_ITEMS`].
    pub items: usize,
    /// Projects whose effort the file gives.
    pub effort_found: BTreeSet<usize>,
    /// True once the item cap is reached and the rest of the file is skipped.
    pub full: bool,
    /// The phase of each week that single days ("Day 3") were gathered into.
    pub day_weeks: std::collections::HashMap<u32, usize>,
}

impl Default for Builder {
    fn default() -> Builder {
        Builder {
            rm: empty_roadmap(),
            ids: Ids::default(),
            placed: BTreeSet::new(),
            unplaced: BTreeSet::new(),
            guesses: Vec::new(),
            cursor: 0,
            start: None,
            by_calendar_months: false,
            by_dates: false,
            year: None,
            length_hint: None,
            budget: None,
            split: Vec::new(),
            ratio: None,
            week_roles: Default::default(),
            per_phase: None,
            acceptance_all: Vec::new(),
            label_titles: Vec::new(),
            milestone_phase: Vec::new(),
            items: 0,
            effort_found: BTreeSet::new(),
            full: false,
            day_weeks: std::collections::HashMap::new(),
        }
    }
}

/// A roadmap with nothing in it yet; `finish` fills the required keys.
fn empty_roadmap() -> Roadmap {
    Roadmap {
        id: String::new(),
        title: String::new(),
        summary: String::new(),
        description: None,
        goal: None,
        weeks: None,
        months: None,
        ends: None,
        suggested_start: None,
        related: Vec::new(),
        notes: Vec::new(),
        sections: Vec::new(),
        daily: None,
        weekly: None,
        phases: Vec::new(),
        week_details: Vec::new(),
        milestones: Vec::new(),
        checkpoints: Vec::new(),
        parallel_tracks: Vec::new(),
        metrics: Vec::new(),
        stack: Vec::new(),
        labels: Vec::new(),
        projects: Vec::new(),
    }
}

impl Builder {
    /// Marks a block's lines as placed.
    pub fn place(&mut self, block: &Block) {
        self.placed.extend(block.line..=block.end_line.min(block.line + 10_000));
    }

    /// Marks a block's lines as not placed (reported to the learner).
    pub fn unplace(&mut self, block: &Block) {
        self.unplaced
            .extend(block.line..=block.end_line.min(block.line + 10_000));
    }

    /// Records a guess.
    pub fn guess(&mut self, anchor: Anchor, text: String) {
        self.guesses.push((anchor, text));
    }

    /// Counts one more item; false once the cap is reached.
    pub fn room(&mut self) -> bool {
        self.items += 1;
        self.items <= MAX_ITEMS
    }

    /// Walks the whole document.
    pub fn document(&mut self, root: &Section) {
        self.year = find_year(root);
        self.content(&root.blocks, Target::Top);
        for child in &root.children {
            self.section(child, None);
        }
    }

    /// One section, inside the phase `parent` (if any).
    pub fn section(&mut self, section: &Section, parent: Option<usize>) {
        // Past the item cap the draft is full: the rest of a huge file is not read at all.
        if self.items > MAX_ITEMS {
            if !self.full {
                self.full = true;
                self.guess(
                    Anchor::Top,
                    format!(
                        "the file holds more than {MAX_ITEMS} items: the draft stops at line {}",
                        section.line()
                    ),
                );
            }
            return;
        }
        let title = section.title();
        let line = section.line();
        if self.special(section) {
            self.placed.insert(line);
            return;
        }
        let found = when::find(title);
        // The document's title, even when it names its time ("Q1 2026 Roadmap").
        if parent.is_none() && self.rm.title.is_empty() && self.rm.phases.is_empty() {
            self.rm.title = tidy(title);
            // "6-Month AI Engineer Roadmap", "21 Days of SQL": the length the title promises.
            if let Some(duration) = found.duration {
                self.length_hint.get_or_insert(duration.max_weeks().min(MAX_WEEKS));
            }
            self.placed.insert(line);
            self.content(&section.blocks, Target::Top);
            if is_projects_container(title) {
                for child in &section.children {
                    self.project_or_section(child);
                }
            } else {
                self.children(section, None);
            }
            return;
        }
        // "Track A — 6-Month Fast-Track (24 Weeks)": a container; its length is the track's.
        if parent.is_none() && super::tracks::track_of(title).is_some() {
            self.placed.insert(line);
            self.content(&section.blocks, Target::Top);
            self.children(section, None);
            return;
        }
        if is_projects_container(title) && parent.is_none() {
            self.placed.insert(line);
            self.top_heading_text(section);
            for child in &section.children {
                self.project_or_section(child);
            }
            return;
        }
        if let Some(span) = self.span_of(&found, parent) {
            self.placed.insert(line);
            self.unit(section, &found, span, parent);
            return;
        }
        if looks_like_phase(section)
            && let Some(span) = self.sequential(&found, title, parent)
        {
            self.placed.insert(line);
            self.unit(section, &found, span, parent);
            return;
        }
        // A heading with no time: its content joins the enclosing phase, or is a named list.
        self.placed.insert(line);
        match parent {
            Some(phase) => {
                let field = super::fields::field_of(title);
                self.labelled_blocks(&section.blocks, Target::Phase(phase), field);
                self.children(section, Some(phase));
            }
            None if section.blocks.iter().any(is_timed_table) => {
                // "## Weekly Breakdown" over a table with a Week column: the rows are the plan.
                self.content(&section.blocks, Target::Top);
                self.children(section, None);
            }
            None if !section.children.is_empty() && section.blocks.iter().all(is_prose) => {
                self.content(&section.blocks, Target::Top);
                self.children(section, None);
            }
            None => {
                self.top_section(section);
                self.children(section, None);
            }
        }
    }

    fn children(&mut self, section: &Section, parent: Option<usize>) {
        for child in &section.children {
            self.section(child, parent);
        }
    }

    /// A heading with no content of its own (a tagline such as "Foundations -> Build").
    fn top_heading_text(&mut self, section: &Section) {
        self.content(&section.blocks, Target::Top);
    }

    /// A phase (or, for a single week inside a phase, a week detail).
    fn unit(&mut self, section: &Section, found: &Found, span: (u32, u32), parent: Option<usize>) {
        if !self.room() {
            return;
        }
        self.cursor = self.cursor.max(span.1);
        let title = section.title();
        if span.0 == span.1 && parent.is_some() && matches!(found.when, Some(When::Weeks(..))) {
            let index = self.week_detail(title, found, span.0);
            self.content(&section.blocks, Target::Week(index));
            for child in &section.children {
                let field = super::fields::field_of(child.title());
                self.placed.insert(child.line());
                self.labelled_blocks(&child.blocks, Target::Week(index), field);
            }
            return;
        }
        let index = match found.when {
            // "Day 3: Loops": days of one week share that week's phase, each day a line of it.
            Some(When::Days(a, b)) if a == b => self.day_phase(title, found, span.0),
            _ => self.phase(title, found, span),
        };
        self.content(&section.blocks, Target::Phase(index));
        self.children(section, Some(index));
    }

    /// A new phase from a heading or item text.
    pub fn phase(&mut self, text: &str, found: &Found, span: (u32, u32)) -> usize {
        let (title, rest) = phase_title(text, found);
        let level = level_of(text, found);
        let mut phase = Phase {
            id: self.ids.make(&title, &format!("{level}-{}", span.0)),
            level,
            title: match (title.is_empty(), span.0 == span.1) {
                (false, _) => title,
                (true, true) => format!("Week {}", span.0),
                (true, false) => format!("Weeks {}-{}", span.0, span.1),
            },
            weeks: Some([span.0, span.1]),
            months: None,
            focus: None,
            subtitle: None,
            goals: Vec::new(),
            learn: Vec::new(),
            artifact: None,
            deliverables: Vec::new(),
            topics: Vec::new(),
            sections: Vec::new(),
        };
        if !rest.is_empty() {
            phase.focus = Some(rest);
        }
        self.rm.phases.push(phase);
        self.rm.phases.len() - 1
    }

    /// A new week detail from a heading or item text.
    pub fn week_detail(&mut self, text: &str, found: &Found, week: u32) -> usize {
        self.cursor = self.cursor.max(week);
        let (title, _) = phase_title(text, found);
        let title = if title.is_empty() {
            format!("Week {week}")
        } else {
            title
        };
        self.rm.week_details.push(WeekDetail {
            id: self.ids.make(&format!("week {week}"), "week"),
            week,
            title,
            concept: None,
            code: Vec::new(),
            action: None,
            deliverables: Vec::new(),
        });
        self.rm.week_details.len() - 1
    }

    /// A heading with no time at the top level: a named list (`[[sections]]`).
    fn top_section(&mut self, section: &Section) {
        let title = tidy(section.title());
        let mut items = Vec::new();
        for block in &section.blocks {
            collect_text(block, &mut items);
            // "**Goal:** ..." in a Background section is the roadmap's goal too.
            if let BlockKind::Paragraph(inline) = &block.kind {
                for line in &inline.lines {
                    if let Some((label, value)) = super::words::split_label(line)
                        && super::fields::field_of(&label) == super::fields::Field::Goal
                        && self.rm.goal.is_none()
                    {
                        self.rm.goal = Some(value);
                    }
                }
            }
            if matches!(block.kind, BlockKind::Html { .. }) {
                self.unplace(block);
            } else {
                self.place(block);
            }
            self.scan_daily(block);
        }
        if items.is_empty() && section.children.is_empty() && !title.is_empty() && self.room() {
            // A heading standing alone ("Foundations -> Build -> Scale") is a note.
            self.rm.notes.push(title);
            return;
        }
        if title.is_empty() || items.is_empty() || !self.room() {
            return;
        }
        self.rm.sections.push(crate::roadmap::Section { title, items });
    }
}
