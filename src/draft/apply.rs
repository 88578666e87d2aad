//! Puts one labelled value where it belongs in the target: a phase's focus,
//! goals, learn list, deliverables, artifact; a week's concept, code, action;
//! a project's details; the roadmap's description, goal and named lists.

use super::build::{Anchor, Builder, Target};
use super::fields::Field;
use super::markdown::{Block, BlockKind, Inline};
use super::when::{self, When};
use super::words::{cap, split_list, tidy};
use crate::roadmap::{Deliverable, Milestone, Section, Topic};

/// Longest title kept; longer text is cut with an ellipsis.
const MAX_TITLE: usize = 300;

impl Builder {
    /// Applies one value of `field` to `target`.
    pub fn apply(&mut self, target: Target, field: &Field, value: &str, block: &Block) {
        let value = cap(&tidy_value(value), MAX_TITLE * 3);
        if value.is_empty() {
            self.place(block);
            return;
        }
        if !self.room() {
            self.unplace(block);
            return;
        }
        let placed = match target {
            Target::Top => self.apply_top(field, &value),
            Target::Phase(p) => self.apply_phase(p, field, &value),
            Target::Week(w) => self.apply_week(w, field, &value, block),
            Target::Project(p) => self.apply_project(p, field, &value),
        };
        if placed {
            self.place(block);
        } else {
            self.unplace(block);
        }
    }

    fn apply_top(&mut self, field: &Field, value: &str) -> bool {
        match field {
            Field::Goal | Field::Goals if self.rm.goal.is_none() => self.rm.goal = Some(value.to_owned()),
            Field::Focus if self.rm.description.is_none() => self.rm.description = Some(value.to_owned()),
            Field::Milestones | Field::Deliverables => {
                self.milestone(value, None, None, Vec::new());
            }
            Field::Stack => self.stack_line("Stack", value),
            _ => {
                let title = match field {
                    Field::Section(title) => title.clone(),
                    Field::Goal | Field::Goals => "Goals".to_owned(),
                    Field::Learn => "Learn".to_owned(),
                    Field::Focus => "Theme".to_owned(),
                    _ => "Notes".to_owned(),
                };
                if title == "Notes" {
                    self.rm.notes.push(value.to_owned());
                } else {
                    push_section(&mut self.rm.sections, &title, split_or_one(value));
                }
            }
        }
        true
    }

    fn apply_phase(&mut self, p: usize, field: &Field, value: &str) -> bool {
        let Some(span) = self.rm.phases.get(p).and_then(|ph| ph.weeks) else {
            return false;
        };
        match field {
            Field::Deliverables | Field::Ship => {
                let id = self.ids.make(value, "deliverable");
                let week = deliverable_week(value, span);
                if let Some(phase) = self.rm.phases.get_mut(p) {
                    phase.deliverables.push(Deliverable {
                        id,
                        title: cap(value, MAX_TITLE),
                        week,
                        month: None,
                        date: None,
                        day: None,
                    });
                }
            }
            Field::Milestones => {
                self.milestone(value, Some(span[1]), Some(p), Vec::new());
            }
            Field::Acceptance => {
                let criteria = split_or_one(value);
                let last = self.milestone_phase.iter().rposition(|&mp| mp == Some(p));
                match last.and_then(|m| self.rm.milestones.get_mut(m)) {
                    Some(milestone) => milestone.acceptance.extend(criteria),
                    None => {
                        if let Some(phase) = self.rm.phases.get_mut(p) {
                            push_section(&mut phase.sections, "Acceptance criteria", criteria);
                        }
                    }
                }
            }
            Field::Topics => {
                for title in split_or_one(value) {
                    let id = self.ids.make(&title, "topic");
                    if let Some(phase) = self.rm.phases.get_mut(p) {
                        phase.topics.push(Topic {
                            id,
                            title: cap(&title, MAX_TITLE),
                            description: None,
                            label: None,
                        });
                    }
                }
            }
            _ => {
                let Some(phase) = self.rm.phases.get_mut(p) else {
                    return false;
                };
                match field {
                    Field::Focus | Field::Concept | Field::Description if phase.focus.is_none() => {
                        phase.focus = Some(value.to_owned())
                    }
                    Field::Goal | Field::Goals => phase.goals.push(value.to_owned()),
                    Field::Learn | Field::Concept => phase.learn.extend(split_or_one(value)),
                    Field::Artifact if phase.artifact.is_none() => phase.artifact = Some(value.to_owned()),
                    Field::Section(title) => push_section(&mut phase.sections, title, split_or_one(value)),
                    Field::Stack => push_section(&mut phase.sections, "Stack", split_list(value)),
                    _ => {
                        let title = match field {
                            Field::Code => "Code",
                            Field::Action => "Actions",
                            Field::Focus | Field::Description => "Notes",
                            _ => "More",
                        };
                        push_section(&mut phase.sections, title, vec![value.to_owned()]);
                    }
                }
            }
        }
        true
    }

    fn apply_week(&mut self, w: usize, field: &Field, value: &str, block: &Block) -> bool {
        let code_spans = match &block.kind {
            BlockKind::Paragraph(inline) | BlockKind::Item { inline, .. } => inline.code.clone(),
            _ => Vec::new(),
        };
        let id = matches!(field, Field::Deliverables | Field::Ship | Field::Artifact)
            .then(|| self.ids.make(value, "deliverable"));
        let Some(week) = self.rm.week_details.get_mut(w) else {
            return false;
        };
        match field {
            Field::Deliverables | Field::Ship | Field::Artifact | Field::Milestones => {
                week.deliverables.push(Deliverable {
                    id: id.unwrap_or_else(|| format!("week-{}-item-{}", week.week, week.deliverables.len() + 1)),
                    title: cap(value, MAX_TITLE),
                    week: None,
                    month: None,
                    date: None,
                    day: None,
                });
            }
            Field::Code => {
                // Paths are the code spans when the line has them ("`a.py`, `b.py`"), else the comma list.
                let only_paths =
                    !code_spans.is_empty() && code_spans.iter().map(String::len).sum::<usize>() + 8 >= value.len();
                if only_paths {
                    week.code.extend(code_spans);
                } else {
                    week.code.extend(split_list(value));
                }
            }
            Field::Action if week.action.is_none() => week.action = Some(value.to_owned()),
            _ => match &mut week.concept {
                Some(concept) => {
                    concept.push_str("; ");
                    concept.push_str(value);
                }
                None => week.concept = Some(value.to_owned()),
            },
        }
        true
    }

    fn apply_project(&mut self, p: usize, field: &Field, value: &str) -> bool {
        let Some(project) = self.rm.projects.get_mut(p) else {
            return false;
        };
        match field {
            Field::Description | Field::Focus if project.description.is_none() => {
                project.description = Some(value.to_owned())
            }
            Field::Learn | Field::Topics | Field::Concept => project.learn.extend(split_list(value)),
            Field::Stack => project.stack.extend(split_list(value)),
            Field::Ship | Field::Deliverables | Field::Artifact if project.ship.is_none() => {
                project.ship = Some(value.to_owned())
            }
            Field::Level => project.level = Some(tidy(value)),
            Field::Complexity => project.complexity = percent(value),
            Field::Effort => {
                if let Some(d) = when::find(value).duration {
                    project.effort = crate::roadmap::Effort {
                        min: d.min,
                        max: d.max,
                        unit: match d.unit {
                            when::Unit::Days => crate::roadmap::EffortUnit::Days,
                            when::Unit::Weeks => crate::roadmap::EffortUnit::Weeks,
                            when::Unit::Months => crate::roadmap::EffortUnit::Months,
                        },
                    };
                    self.effort_found.insert(p);
                }
            }
            _ => match &mut project.description {
                Some(description) => {
                    description.push(' ');
                    description.push_str(value);
                }
                None => project.description = Some(value.to_owned()),
            },
        }
        true
    }

    /// A milestone from a list under "Milestones": its time label gives its week
    /// ("January: ...", "Week 8: ..."); a calendar month also gets a month phase.
    pub fn milestone_item(&mut self, block: &Block, inline: &Inline, target: Target) {
        if !self.room() {
            self.unplace(block);
            return;
        }
        let phase = match target {
            Target::Phase(p) => Some(p),
            _ => None,
        };
        let phase_end = phase
            .and_then(|p| self.rm.phases.get(p))
            .and_then(|p| p.weeks)
            .map(|w| w[1]);
        let text = tidy(&inline.text);
        let label = super::content::label_of(inline);
        let mut week = phase_end;
        if let Some((label, value)) = &label {
            let found = when::find(label);
            if found.when.is_some()
                && let Some((a, b)) = self.milestone_span(&found)
            {
                week = Some(b);
                let is_month = matches!(found.when, Some(When::Calendar { from, to }) if from == to)
                    || matches!(found.when, Some(When::Months(x, y)) if x == y);
                let covered = self
                    .rm
                    .phases
                    .iter()
                    .any(|ph| ph.level == "month" && ph.weeks == Some([a, b]));
                if is_month && !covered {
                    let title = match found.when {
                        Some(When::Calendar { from, .. }) => {
                            let year = from.year.or(self.year).map(|y| format!(" {y}")).unwrap_or_default();
                            format!("{}{year}", tidy(label))
                        }
                        _ => tidy(label),
                    };
                    let id = self.ids.make(&title, "month");
                    self.rm.phases.push(crate::roadmap::Phase {
                        id,
                        level: "month".to_owned(),
                        title,
                        weeks: Some([a, b]),
                        months: None,
                        focus: Some(value.clone()),
                        subtitle: None,
                        goals: Vec::new(),
                        learn: Vec::new(),
                        artifact: None,
                        deliverables: Vec::new(),
                        topics: Vec::new(),
                        sections: Vec::new(),
                    });
                }
            }
        }
        // "**ML Foundations Project** shipped (baseline + evaluation)": the parenthesis is how to tell it is done.
        let mut title = text.clone();
        let mut acceptance = Vec::new();
        if inline.lead.is_some()
            && label.is_none()
            && text.ends_with(')')
            && let Some(open) = text.rfind('(')
        {
            acceptance = text[open + 1..text.len() - 1]
                .split(['+', ',', ';'])
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            title = text[..open].trim().to_owned();
        }
        self.milestone(&title, week, phase, acceptance);
        self.place(block);
        if let BlockKind::Item { children, .. } = &block.kind {
            let index = self.rm.milestones.len() - 1;
            for child in children {
                if let BlockKind::Item { inline, .. } = &child.kind {
                    if let Some(m) = self.rm.milestones.get_mut(index) {
                        m.acceptance.push(tidy(&inline.text));
                    }
                    self.place(child);
                }
            }
        }
    }

    /// The weeks a milestone's time label covers.
    fn milestone_span(&mut self, found: &when::Found) -> Option<(u32, u32)> {
        let saved = self.cursor;
        let span = self.span_for_label(found);
        self.cursor = saved;
        span
    }

    /// Adds a milestone.
    pub fn milestone(&mut self, title: &str, week: Option<u32>, phase: Option<usize>, acceptance: Vec<String>) {
        let id = self.ids.make(title, "milestone");
        self.rm.milestones.push(Milestone {
            id,
            title: cap(title, MAX_TITLE),
            week,
            month: None,
            date: None,
            day: None,
            description: None,
            acceptance,
        });
        self.milestone_phase.push(phase);
        if week.is_none() {
            let index = self.rm.milestones.len() - 1;
            self.guess(
                Anchor::Milestone(index),
                "no week in the file: due week guessed".to_owned(),
            );
        }
    }

    /// A "Category: a, b" line of a tech stack.
    pub fn stack_line(&mut self, category: &str, value: &str) {
        let items = split_list(value);
        if !items.is_empty() {
            self.rm.stack.push(crate::roadmap::StackGroup {
                category: category.to_owned(),
                items,
            });
        }
    }
}

/// A value without the quote marks and trailing colon decoration.
fn tidy_value(value: &str) -> String {
    value.trim().trim_start_matches(['>', '-', '*', '•']).trim().to_owned()
}

/// A comma list when the value is one, else the value itself.
fn split_or_one(value: &str) -> Vec<String> {
    let parts = split_list(value);
    if parts.len() > 1 && parts.iter().all(|p| p.split_whitespace().count() <= 8) {
        parts
    } else {
        vec![value.trim_end_matches('.').to_owned()]
    }
}

/// Adds items to the named section, creating it when new.
fn push_section(sections: &mut Vec<Section>, title: &str, items: Vec<String>) {
    let title = tidy(title);
    let title = if title.is_empty() { "Notes".to_owned() } else { title };
    match sections.iter_mut().find(|s| s.title == title) {
        Some(section) => section.items.extend(items),
        None => sections.push(Section { title, items }),
    }
}

/// The week a deliverable names ("(Week 3)"), inside its phase.
fn deliverable_week(value: &str, span: [u32; 2]) -> Option<u32> {
    match when::find(value).when {
        Some(When::Weeks(_, b)) if b >= span[0] && b <= span[1] => Some(b),
        _ => None,
    }
}

/// A percentage written in the text ("##........ (18%)").
fn percent(value: &str) -> Option<u32> {
    let at = value.find('%')?;
    let digits: String = value[..at].chars().rev().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.chars().rev().collect::<String>().parse().ok()?;
    (n <= 100).then_some(n)
}
