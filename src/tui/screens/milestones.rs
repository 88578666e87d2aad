//! Milestones: the roadmap as a tree (phases → weeks → deliverables, then
//! milestones and projects) with each item's status, progress bars, the
//! current phase and due and late items marked. Enter shows an item's detail.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::plan::ItemState;
use crate::plan::span::phase_days;
use crate::plan::structure::phase_title;
use crate::roadmap::{Deliverable, Phase};
use crate::study::{Snapshot, rules};
use crate::tui::state::View;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit::{clean, fit};
use crate::tui::widgets::gauge_row::progress_bar;
use crate::tui::widgets::item_list::{ListRow, render_rows};
use crate::tui::widgets::marks::checkbox;

/// What a tree row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A phase (sprint, month, quarter...).
    Phase,
    /// A week with detail.
    Week,
    /// A deliverable of a phase or a week.
    Deliverable,
    /// A heading: milestones, projects, weeks outside phases.
    Group,
    /// A milestone.
    Milestone,
    /// A self-paced project.
    Project,
    /// A topic of a phase's topic map (labelled CORE, TOOL...).
    Topic,
}

/// One row of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode {
    /// Indentation level.
    pub depth: u8,
    /// What it is.
    pub kind: NodeKind,
    /// The roadmap id (empty for a group).
    pub id: String,
    /// Title shown.
    pub title: String,
    /// Items settled and items in total, for phases and groups.
    pub progress: Option<(u32, u32)>,
}

impl TreeNode {
    /// The id a status can be set on (deliverables, milestones, projects).
    pub fn status_id(&self) -> Option<&str> {
        matches!(
            self.kind,
            NodeKind::Deliverable | NodeKind::Milestone | NodeKind::Project | NodeKind::Topic
        )
        .then_some(self.id.as_str())
    }
}

fn settled(data: &Snapshot, id: &str) -> bool {
    rules::is_settled(data.state_of(id))
}

/// The innermost phase holding `week`: the shortest span, the first on a tie.
fn phase_of_week(phases: &[Phase], week: u32) -> Option<usize> {
    rules::innermost(
        phases
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.weeks.filter(|[a, b]| (*a..=*b).contains(&week)).map(|span| (i, span))),
    )
}

fn deliverable_nodes(deliverables: &[Deliverable], depth: u8) -> impl Iterator<Item = TreeNode> + '_ {
    deliverables.iter().map(move |d| TreeNode {
        depth,
        kind: NodeKind::Deliverable,
        id: d.id.clone(),
        title: d.title.clone(),
        progress: None,
    })
}

/// The whole tree, in display order.
pub fn tree(data: &Snapshot, _today: NaiveDate) -> Vec<TreeNode> {
    let roadmap = &data.roadmap;
    let mut nodes = Vec::new();
    let node = |depth, kind, id: &str, title: &str| TreeNode {
        depth,
        kind,
        id: id.to_owned(),
        title: title.to_owned(),
        progress: None,
    };
    for (index, phase) in roadmap.phases.iter().enumerate() {
        let start = nodes.len();
        // A dated title ("February 2026") of a roadmap started off its dates reads "Month 1 of 7";
        // its focus then says what the month is about.
        let mut title = phase_title(roadmap, &data.enrollment, phase);
        if let Some(focus) = phase.focus.as_ref().filter(|_| title != phase.title) {
            title = format!("{title}: {focus}");
        }
        nodes.push(node(0, NodeKind::Phase, &phase.id, &title));
        nodes.extend(deliverable_nodes(&phase.deliverables, 1));
        // A topic map (genai-engineering) is what such a phase asks to learn: each topic is tickable.
        nodes.extend(phase.topics.iter().map(|topic| {
            let title = match &topic.label {
                Some(label) => format!("{label}  {}", topic.title),
                None => topic.title.clone(),
            };
            node(1, NodeKind::Topic, &topic.id, &title)
        }));
        for week in roadmap
            .week_details
            .iter()
            .filter(|w| phase_of_week(&roadmap.phases, w.week) == Some(index))
        {
            nodes.push(node(
                1,
                NodeKind::Week,
                &week.id,
                &format!("Week {}: {}", week.week, week.title),
            ));
            nodes.extend(deliverable_nodes(&week.deliverables, 2));
        }
        let ids: Vec<&str> = nodes[start..].iter().filter_map(TreeNode::status_id).collect();
        let done = ids.iter().filter(|id| settled(data, id)).count() as u32;
        // A phase with nothing to tick (a quarter whose milestones are listed
        // apart) gets no bar: an empty "0/0" bar read as "nothing done".
        if !ids.is_empty() {
            nodes[start].progress = Some((done, ids.len() as u32));
        }
    }
    let loose: Vec<_> = roadmap
        .week_details
        .iter()
        .filter(|w| phase_of_week(&roadmap.phases, w.week).is_none())
        .collect();
    if !loose.is_empty() {
        nodes.push(node(0, NodeKind::Group, "", strings::OTHER_WEEKS));
        for week in loose {
            nodes.push(node(
                1,
                NodeKind::Week,
                &week.id,
                &format!("Week {}: {}", week.week, week.title),
            ));
            nodes.extend(deliverable_nodes(&week.deliverables, 2));
        }
    }
    if !roadmap.milestones.is_empty() {
        let done = roadmap.milestones.iter().filter(|m| settled(data, &m.id)).count() as u32;
        let mut group = node(0, NodeKind::Group, "", strings::MILESTONES);
        group.progress = Some((done, roadmap.milestones.len() as u32));
        nodes.push(group);
        nodes.extend(
            roadmap
                .milestones
                .iter()
                .map(|m| node(1, NodeKind::Milestone, &m.id, &m.title)),
        );
    }
    if !roadmap.projects.is_empty() {
        let done = roadmap.projects.iter().filter(|p| settled(data, &p.id)).count() as u32;
        let mut group = node(0, NodeKind::Group, "", strings::PROJECTS);
        group.progress = Some((done, roadmap.projects.len() as u32));
        nodes.push(group);
        nodes.extend(
            roadmap
                .projects
                .iter()
                .map(|p| node(1, NodeKind::Project, &p.id, &p.title)),
        );
    }
    nodes
}

/// Overall progress: settled and total of every item with a status.
pub fn overall(data: &Snapshot, nodes: &[TreeNode]) -> (u32, u32) {
    let ids: Vec<&str> = nodes.iter().filter_map(TreeNode::status_id).collect();
    (
        ids.iter().filter(|id| settled(data, id)).count() as u32,
        ids.len() as u32,
    )
}

/// Lines above the list: overall progress and a blank.
const HEADER_LINES: u16 = 2;

/// Where the tree list is drawn inside the body.
pub fn list_area(body: Rect) -> Rect {
    let top = HEADER_LINES.min(body.height);
    Rect {
        x: body.x + 1,
        y: body.y + top,
        width: body.width.saturating_sub(2),
        height: body.height - top,
    }
}

/// The rows of the tree, `width` cells wide.
pub fn rows(data: &Snapshot, view: &View, theme: &Theme, width: u16) -> Vec<ListRow> {
    let width = width as usize;
    let today = view.today();
    tree(data, today)
        .into_iter()
        .enumerate()
        .map(|(i, node)| {
            let indent = "  ".repeat(node.depth as usize);
            let mut spans = Vec::new();
            let (mark, style) = match node.kind {
                NodeKind::Phase | NodeKind::Group => ("▾ ".to_owned(), theme.heading),
                NodeKind::Week => ("· ".to_owned(), theme.text),
                NodeKind::Milestone => (format!("★ {} ", checkbox(data.state_of(&node.id))), theme.text),
                NodeKind::Deliverable | NodeKind::Project | NodeKind::Topic => {
                    (format!("{} ", checkbox(data.state_of(&node.id))), theme.text)
                }
            };
            let mut tail: Vec<Span> = match (node.progress, node.status_id().and_then(|id| data.due_of(id))) {
                (Some((done, total)), _) => {
                    let mut bar = vec![Span::raw("  ")];
                    bar.extend(progress_bar(done, total, 10, theme));
                    bar
                }
                (None, Some(due)) => {
                    let mut due = due.clone();
                    due.state = data.state_of(&node.id);
                    vec![crate::tui::widgets::marks::due_span(&due, today, theme)]
                }
                (None, None) => Vec::new(),
            };
            // Where the learner is: the phase holding today's plan week, or today's project.
            let current = matches!(node.kind, NodeKind::Phase | NodeKind::Project)
                && data.today.phases.iter().any(|p| p.id == node.id);
            if current {
                tail.push(Span::styled(format!("  {}", strings::NOW), theme.warn));
            }
            let tail_width: usize = tail.iter().map(Span::width).sum();
            let head = format!("{indent}{mark}");
            let title_width = width.saturating_sub(head.chars().count() + tail_width);
            spans.push(Span::styled(head, style));
            spans.push(Span::styled(fit(&node.title, title_width), style));
            spans.extend(tail);
            ListRow::item(i, Line::from(spans))
        })
        .collect()
}

/// Draws the Milestones screen into the body area.
pub fn render(data: &Snapshot, view: &View, body: Rect, buf: &mut Buffer, theme: &Theme) {
    let nodes = tree(data, view.today());
    let (done, total) = overall(data, &nodes);
    let mut spans = vec![Span::styled(format!(" {}  ", strings::OVERALL), theme.heading)];
    spans.extend(progress_bar(done, total, (body.width as usize / 3).max(4), theme));
    Paragraph::new(Line::from(spans)).render(
        Rect {
            height: 1.min(body.height),
            ..body
        },
        buf,
    );
    let list = list_area(body);
    render_rows(
        &rows(data, view, theme, list.width),
        Some(view.cursor.milestones),
        list,
        buf,
        theme,
    );
}

/// The detail popup of a tree row: its title and lines of text.
pub fn detail(data: &Snapshot, node: &TreeNode) -> (String, Vec<String>) {
    let roadmap = &data.roadmap;
    let mut lines = Vec::new();
    let mut push = |label: &str, text: &str| lines.push(format!("{label}{}", clean(text)));
    match node.kind {
        NodeKind::Phase => {
            if let Some(phase) = roadmap.phases.iter().find(|p| p.id == node.id) {
                if phase.title != node.title {
                    push("In the roadmap: ", &phase.title);
                }
                let days = phase_days(roadmap, &data.enrollment, phase);
                if let (Some([a, b]), Some((first, last))) = (phase.months.or(phase.weeks), days) {
                    let span = match phase.months {
                        Some(_) if a == b => format!("Month {a}"),
                        Some(_) => format!("Months {a}-{b}"),
                        None => crate::plan::words::week_span([a, b]).replacen('w', "W", 1),
                    };
                    let dates = format!(
                        "{span}: {} – {}",
                        first.format("%a %-d %b"),
                        last.format("%a %-d %b %Y")
                    );
                    push("", &dates);
                }
                phase.focus.iter().for_each(|f| push("Focus: ", f));
                phase.subtitle.iter().for_each(|s| push("", s));
                phase.goals.iter().for_each(|g| push("Goal: ", g));
                phase.learn.iter().for_each(|l| push("Learn: ", l));
                phase.artifact.iter().for_each(|a| push("Artifact: ", a));
                // quarterly-2026's Courses, Projects and Community live in sections.
                for section in phase.sections.iter().filter(|s| !s.items.is_empty()) {
                    push(&format!("{}: ", clean(&section.title)), &section.items.join(", "));
                }
            }
        }
        NodeKind::Week => {
            if let Some(week) = roadmap.week_details.iter().find(|w| w.id == node.id) {
                week.concept.iter().for_each(|c| push("Concept: ", c));
                week.code.iter().for_each(|c| push("Code: ", c));
                week.action.iter().for_each(|a| push("Action: ", a));
            }
        }
        NodeKind::Milestone => {
            if let Some(milestone) = roadmap.milestones.iter().find(|m| m.id == node.id) {
                milestone.description.iter().for_each(|d| push("", d));
                // Listed as criteria, not ticks: a check mark read as "already met" on an open milestone.
                if !milestone.acceptance.is_empty() {
                    push(strings::ACCEPTANCE, "");
                }
                milestone.acceptance.iter().for_each(|a| push("  - ", a));
            }
        }
        NodeKind::Project => {
            if let Some(project) = roadmap.projects.iter().find(|p| p.id == node.id) {
                project.tagline.iter().for_each(|t| push("", t));
                let effort = &project.effort;
                push(
                    "Effort: ",
                    &format!("{}–{} {:?}", effort.min, effort.max, effort.unit).to_lowercase(),
                );
                match (&project.level, project.complexity) {
                    (Some(level), Some(c)) => push("Level: ", &format!("{level} · complexity {c}%")),
                    (Some(level), None) => push("Level: ", level),
                    (None, Some(c)) => push("Complexity: ", &format!("{c}%")),
                    (None, None) => {}
                }
                project.description.iter().for_each(|d| push("", d));
                // One wrapped line each, so the longest project still fits an 80x24 screen.
                if !project.learn.is_empty() {
                    push("Learn: ", &project.learn.join(", "));
                }
                if !project.stack.is_empty() {
                    push("Stack: ", &project.stack.join(", "));
                }
                project.ship.iter().for_each(|s| push("Ship: ", s));
            }
        }
        NodeKind::Topic => {
            if let Some(topic) = roadmap.phases.iter().flat_map(|p| &p.topics).find(|t| t.id == node.id) {
                push("", &topic.title);
                topic.description.iter().for_each(|d| push("", d));
                if let Some(label) = &topic.label {
                    match roadmap.labels.iter().find(|l| &l.id == label) {
                        Some(known) => push("Label: ", &format!("{label}: {}", known.title)),
                        None => push("Label: ", label),
                    }
                }
            }
        }
        NodeKind::Deliverable | NodeKind::Group => {}
    }
    if let Some(due) = node.status_id().and_then(|id| data.due_of(id)) {
        lines.push(format!("Due {} (week {})", due.due.format("%A %-d %B %Y"), due.week));
    }
    if let Some(id) = node.status_id() {
        let state = match data.state_of(id) {
            Some(ItemState::Done) => "done",
            Some(ItemState::InProgress) => "in progress",
            Some(ItemState::Skipped) => "skipped",
            None => "open",
        };
        lines.push(format!("Status: {state} (space done · p in progress · x skipped)"));
    }
    if lines.is_empty() {
        lines.push(clean(&node.title));
    }
    (clean(&node.title), lines)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::tui::action::Screen;
    use crate::tui::fixtures;

    #[test]
    fn a_dated_phase_started_off_its_dates_shows_its_place_and_focus_and_the_detail_says_both() {
        let mut data = fixtures::view(Screen::Milestones, "").data.unwrap();
        data.roadmap.suggested_start = NaiveDate::from_ymd_opt(2026, 1, 5);
        data.roadmap.phases[0].title = "January 2026".into();
        let nodes = tree(&data, fixtures::today());
        assert_eq!(nodes[0].title, "Sprint 1 of 3: Python, maths and the first model");
        assert_eq!(
            nodes.iter().find(|n| n.id == "sprint-2").unwrap().title,
            "Transformers",
            "an undated title stays"
        );
        let (_, lines) = detail(&data, &nodes[0]);
        assert_eq!(lines[0], "In the roadmap: January 2026");
        let view = fixtures::view(Screen::Milestones, "");
        let rows = rows(&data, &view, &Theme::MONO, 100);
        let marked: Vec<String> = rows
            .iter()
            .map(|r| r.line.to_string())
            .filter(|t| t.ends_with(strings::NOW))
            .collect();
        assert_eq!(marked.len(), 1, "{marked:?}");
        assert!(marked[0].contains("Transformers"), "week 8 is in sprint 2: {marked:?}");
        assert!(
            lines[1].starts_with("Weeks 1-4: Mon 5 Oct – Sun 1 Nov 2026"),
            "{lines:?}"
        );
    }
}
