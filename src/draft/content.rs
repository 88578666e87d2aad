//! The blocks under one heading, read into a target (the roadmap, a phase, a
//! week, a project): labelled lines ("**Focus:** ..."), a label followed by a
//! list ("**Deliverables**" then items), task items, items that carry their
//! own time ("Week 3: ..."), quotes and tables.

use super::build::{Builder, Target};
use super::fields::{Field, field_of};
use super::markdown::{Block, BlockKind, Inline};
use super::when::{self, When};
use super::words::{split_label, tidy};

/// A line's label and value: from a bold or italic lead-in ending in a colon,
/// or from plain "Label: value". A bold lead-in without a colon is a title.
pub fn label_of(inline: &Inline) -> Option<(String, String)> {
    if let Some(lead) = &inline.lead {
        let lead_clean = tidy(lead);
        // The lead-in may follow an emoji ("🎯 **Goal:** ..."): the value is what comes after it.
        let after = inline.text.find(lead.as_str()).map_or(0, |at| at + lead.len());
        let rest = inline.text.get(after..).unwrap_or("").trim();
        if lead.trim_end().ends_with(':') || rest.starts_with(':') {
            let value = rest.trim_start_matches(':').trim().to_owned();
            return Some((lead_clean, value));
        }
        if rest.is_empty() && inline.text.split_whitespace().count() <= 4 && when::find(lead).when.is_none() {
            // "**Deliverables**" on its own line: a label for the list below.
            return Some((lead_clean, String::new()));
        }
    }
    split_label(&inline.text)
}

/// A paragraph of several lines, each after the first starting with a label.
pub fn labelled_lines(inline: &Inline) -> bool {
    inline.lines.len() >= 2 && inline.lines.iter().skip(1).all(|l| split_label(l).is_some())
}

/// "Each milestone will include measurable acceptance criteria (tests, README)":
/// criteria for every milestone, wherever the sentence sits.
fn criteria_for_all(text: &str) -> Option<Vec<String>> {
    let lower = text.to_lowercase();
    let all = lower.contains("each milestone") || lower.contains("every milestone");
    if !all || !lower.contains("acceptance criteria") {
        return None;
    }
    let (open, close) = (text.find('(')?, text.rfind(')')?);
    (open < close).then(|| super::words::split_list(&text[open + 1..close]))
}

impl Builder {
    /// Reads blocks into a target.
    pub fn content(&mut self, blocks: &[Block], target: Target) {
        let mut pending: Option<Field> = None;
        for block in blocks {
            self.scan_daily(block);
            match &block.kind {
                BlockKind::Paragraph(inline) if labelled_lines(inline) => {
                    // "**Focus:** ...", "**Shippable Artifact:** ..." on consecutive lines: one label each.
                    for (i, line) in inline.lines.iter().enumerate() {
                        let one = Inline {
                            text: line.clone(),
                            lead: if i == 0 { inline.lead.clone() } else { None },
                            code: inline.code.clone(),
                            lines: vec![line.clone()],
                        };
                        let line_block = Block {
                            line: block.line + i,
                            end_line: block.line + i,
                            kind: BlockKind::Paragraph(one.clone()),
                        };
                        pending = self.paragraph(&line_block, &one, target);
                    }
                }
                BlockKind::Paragraph(inline) => {
                    pending = self.paragraph(block, inline, target);
                }
                BlockKind::Item { .. } => {
                    self.item(block, target, pending.as_ref());
                }
                BlockKind::Quote(children) => {
                    let mut texts = Vec::new();
                    for child in children {
                        super::headings::collect_text(child, &mut texts);
                    }
                    let text = texts.join(" ");
                    match (&pending, target) {
                        (Some(field), _) => {
                            let field = field.clone();
                            self.apply(target, &field, &text, block);
                            pending = None;
                        }
                        _ => self.quote(block, children, &text, target),
                    }
                }
                BlockKind::Table { header, rows } => {
                    self.table(block, header, rows, target);
                    pending = None;
                }
                BlockKind::Html { comment: true, .. } | BlockKind::Rule => self.place(block),
                // Centred taglines in HTML at the top are notes; elsewhere they are reported.
                BlockKind::Html { text, .. } if target == Target::Top && !text.is_empty() && self.room() => {
                    self.rm.notes.push(super::words::cap(text, 1000));
                    self.place(block);
                }
                BlockKind::Html { .. } => self.unplace(block),
                BlockKind::Heading { .. } => {}
            }
        }
    }

    /// Reads blocks that all belong to one field (the content of a "### Deliverables" heading).
    pub fn labelled_blocks(&mut self, blocks: &[Block], target: Target, field: Field) {
        for block in blocks {
            self.scan_daily(block);
            match &block.kind {
                BlockKind::Item { inline, children, .. } => {
                    if label_of(inline).is_some() || when::find(&inline.text).when.is_some() {
                        self.item(block, target, None);
                    } else {
                        self.apply(target, &field, &inline.text, block);
                        self.content(children, target);
                    }
                }
                BlockKind::Paragraph(inline) if label_of(inline).is_none() => {
                    self.apply(target, &field, &inline.text, block)
                }
                _ => self.content(std::slice::from_ref(block), target),
            }
        }
    }

    /// A paragraph; returns the field the next list belongs to, if it ends in a label.
    fn paragraph(&mut self, block: &Block, inline: &Inline, target: Target) -> Option<Field> {
        if let Some((label, value)) = label_of(inline) {
            let field = field_of(&label);
            if value.is_empty() {
                self.place(block);
                return Some(field);
            }
            // "Theme:" and "Goal:" at the top keep their label in the description.
            let value = if target == Target::Top && field == Field::Focus {
                format!("{label}: {value}")
            } else {
                value
            };
            self.apply(target, &field, &value, block);
            return None;
        }
        let text = inline.text.trim();
        if text.ends_with(':') {
            self.place(block);
            let lower = text.to_lowercase();
            if lower.contains("each sprint")
                || lower.contains("each phase")
                || lower.contains("each block")
                || lower.contains("each month")
            {
                self.per_phase = Some((tidy(text.rsplit(',').next().unwrap_or(text)), Vec::new()));
                return Some(Field::PerPhase);
            }
            return Some(field_of(text.trim_end_matches(':')));
        }
        if let Some(criteria) = criteria_for_all(text) {
            self.acceptance_all = criteria;
            self.top_paragraph(text);
            self.place(block);
            return None;
        }
        match target {
            Target::Top => {
                self.top_paragraph(text);
                self.place(block);
            }
            _ if self.budget.is_some() && super::budget::daily_budget(text, false).is_some() => self.place(block),
            // "In this block you build the basics." right under the heading: the phase's focus.
            Target::Phase(p) if self.rm.phases.get(p).is_some_and(|ph| ph.focus.is_none()) => {
                self.apply(target, &Field::Focus, text, block)
            }
            Target::Week(w) if self.rm.week_details.get(w).is_some_and(|wd| wd.concept.is_none()) => {
                self.apply(target, &Field::Concept, text, block)
            }
            _ => self.unplace(block),
        }
        None
    }

    /// A paragraph at the top: the description first, then notes.
    fn top_paragraph(&mut self, text: &str) {
        if self.rm.description.is_none() && self.rm.phases.is_empty() && self.rm.notes.is_empty() {
            self.rm.description = Some(super::words::cap(text, 1000));
        } else if self.room() {
            self.rm.notes.push(super::words::cap(text, 1000));
        }
    }

    /// A list item: a labelled line, a line of the pending label, a task, or an
    /// item with its own time (a week inside a block).
    fn item(&mut self, block: &Block, target: Target, pending: Option<&Field>) {
        let BlockKind::Item {
            inline, task, children, ..
        } = &block.kind
        else {
            return;
        };
        if pending == Some(&Field::PerPhase) {
            if let Some((_, items)) = &mut self.per_phase {
                items.push(tidy(&inline.text));
            }
            self.place(block);
            return;
        }
        if pending == Some(&Field::Milestones) {
            self.milestone_item(block, inline, target);
            return;
        }
        let found = when::find(&inline.text);
        let label = label_of(inline);
        let timed_label = label.as_ref().is_some_and(|(l, _)| when::find(l).when.is_some())
            || (label.is_none() && inline.lead.as_ref().is_some_and(|l| when::find(l).when.is_some()));
        if timed_label && !matches!(target, Target::Week(_)) && self.timed_item(block, inline, &found, children, target)
        {
            return;
        }
        // A top-level outline ("- Phase 1: HTML (~3 weeks)" with sub-items) reads as phases.
        if target == Target::Top
            && pending.is_none()
            && !children.is_empty()
            && self.outline_item(block, inline, children)
        {
            return;
        }
        match (pending, label) {
            (Some(field), _) if !timed_label => {
                let field = field.clone();
                self.apply(target, &field, &inline.text, block);
                self.content(children, target);
            }
            (_, Some((label, value))) => {
                let field = field_of(&label);
                if field == Field::Milestones && value.is_empty() {
                    self.place(block);
                    for child in children {
                        if let BlockKind::Item { inline, .. } = &child.kind {
                            self.milestone_item(child, inline, target);
                        }
                    }
                    return;
                }
                if value.is_empty() {
                    self.place(block);
                    self.labelled_blocks(children, target, field);
                } else {
                    self.apply(target, &field, &value, block);
                    self.content(children, target);
                }
            }
            (_, None) if task.is_some() => {
                self.apply(target, &Field::Deliverables, &inline.text, block);
                self.content(children, target);
            }
            (_, None) => {
                let field = match target {
                    Target::Top => Field::Section("Notes".to_owned()),
                    Target::Week(_) => Field::Concept,
                    Target::Phase(_) | Target::Project(_) => Field::Learn,
                };
                self.apply(target, &field, &inline.text, block);
                self.content(children, target);
            }
        }
    }

    /// An item whose label is a time ("Week 1: Foundations", "Month 2: Models"):
    /// a week detail inside a phase, or a phase of its own.
    fn timed_item(
        &mut self,
        block: &Block,
        inline: &Inline,
        found: &when::Found,
        children: &[Block],
        target: Target,
    ) -> bool {
        let parent = match target {
            Target::Phase(p) => Some(p),
            _ => None,
        };
        let Some(when) = found.when else { return false };
        let parent_span = parent.and_then(|p| self.rm.phases.get(p)).and_then(|p| p.weeks);
        if let (When::Weeks(a, b), Some([pa, pb])) = (when, parent_span)
            && a == b
            && self.room()
        {
            let week = if a < pa || a > pb { pa + a - 1 } else { a };
            if week > super::build::MAX_WEEKS {
                return false;
            }
            let index = self.week_detail(&inline.text, found, week);
            self.place(block);
            self.content(children, Target::Week(index));
            return true;
        }
        if parent.is_some() {
            return false;
        }
        let section = super::outline::Section {
            heading: Some(super::outline::Heading {
                level: 6,
                inline: inline.clone(),
                line: block.line,
            }),
            blocks: children.to_vec(),
            children: Vec::new(),
        };
        self.place(block);
        self.section(&section, None);
        true
    }

    /// A top-level item with sub-items and no time: a phase laid out after the
    /// ones before, when it reads as one ("Python basics (~2 weeks)").
    fn outline_item(&mut self, block: &Block, inline: &Inline, children: &[Block]) -> bool {
        let found = when::find(&inline.text);
        if found.duration.is_none() && found.ordinal.is_none() {
            return false;
        }
        let section = super::outline::Section {
            heading: Some(super::outline::Heading {
                level: 6,
                inline: inline.clone(),
                line: block.line,
            }),
            blocks: children.to_vec(),
            children: Vec::new(),
        };
        self.place(block);
        self.section(&section, None);
        true
    }

    /// A block quote: a phase's or project's tagline when it comes first, else a note.
    fn quote(&mut self, block: &Block, children: &[Block], text: &str, target: Target) {
        let first_inline = children.iter().find_map(|c| match &c.kind {
            BlockKind::Paragraph(inline) => Some(inline),
            _ => None,
        });
        if let Some((label, value)) = first_inline.and_then(label_of) {
            let field = field_of(&label);
            if !matches!(field, Field::Section(_)) && !value.is_empty() {
                self.apply(target, &field, &value, block);
                return;
            }
        }
        let text = tidy(text);
        match target {
            Target::Phase(p) => {
                if let Some(phase) = self.rm.phases.get_mut(p)
                    && phase.subtitle.is_none()
                {
                    phase.subtitle = Some(text);
                    self.place(block);
                    return;
                }
                self.unplace(block);
            }
            Target::Project(p) => {
                if let Some(project) = self.rm.projects.get_mut(p)
                    && project.tagline.is_none()
                {
                    project.tagline = Some(text);
                    self.place(block);
                    return;
                }
                self.unplace(block);
            }
            Target::Top => {
                if !text.is_empty() && self.room() {
                    self.rm.notes.push(super::words::cap(&text, 1000));
                }
                self.place(block);
            }
            Target::Week(_) => self.unplace(block),
        }
    }

    /// Looks for a daily budget or split in any block's text.
    pub fn scan_daily(&mut self, block: &Block) {
        let text = match &block.kind {
            BlockKind::Paragraph(inline) | BlockKind::Item { inline, .. } => &inline.text,
            _ => return,
        };
        if self.budget.is_none()
            && let Some(budget) = super::budget::daily_budget(text, false)
        {
            self.budget = Some(budget);
        }
        if self.split.is_empty() && self.ratio.is_none() {
            let lower = text.to_lowercase();
            if let Some(blocks) = super::budget::inline_split(text) {
                self.split = blocks;
            } else if (lower.contains("split") || lower.contains("ratio") || lower.contains("day"))
                && let Some(ratio) = super::budget::ratio(text)
            {
                self.ratio = Some(ratio);
            }
        }
    }
}
