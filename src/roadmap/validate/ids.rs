//! Ids and names: every id well formed and unique in the file, every title
//! non-empty, every topic label declared.

use std::collections::HashMap;

use super::{ItemPath, Problem};
use crate::roadmap::model::Roadmap;

/// Longest id accepted; ids are typed on the command line.
const MAX_ID_LEN: usize = 64;

/// An item that progress can attach to: its kind (for messages), id and place.
struct Item<'a> {
    kind: &'static str,
    id: &'a str,
    at: ItemPath,
}

/// A text that must not be blank: the key holding it and where.
struct Title<'a> {
    text: &'a str,
    at: ItemPath,
}

pub(super) fn check(roadmap: &Roadmap, problems: &mut Vec<Problem>) {
    let (items, titles) = collect(roadmap);
    let root = ItemPath::root();
    check_syntax(roadmap.id.as_str(), "roadmap", &root.key("id"), problems);
    for (i, related) in roadmap.related.iter().enumerate() {
        check_syntax(related, "related roadmap", &root.item("related", i), problems);
    }
    let mut first: HashMap<&str, &Item> = HashMap::new();
    for item in &items {
        let id_at = item.at.key("id");
        if item.kind == "label" {
            check_label_syntax(item.id, &id_at, problems);
        } else {
            check_syntax(item.id, item.kind, &id_at, problems);
        }
        if let Some(earlier) = first.get(item.id) {
            problems.push(Problem::with_other(
                id_at,
                format!(
                    "duplicate id `{}`: this {} reuses the id of an earlier {}; expected every id in the file to be unique",
                    item.id, item.kind, earlier.kind
                ),
                earlier.at.key("id"),
            ));
        } else {
            first.insert(item.id, item);
        }
    }
    for title in titles {
        if title.text.trim().is_empty() {
            problems.push(Problem::new(
                title.at,
                "empty text; expected a non-empty title".to_owned(),
            ));
        }
    }
    check_topic_labels(roadmap, problems);
}

/// Ids are lowercase ASCII letters, digits and dashes, starting with a letter or digit.
fn check_syntax(id: &str, kind: &str, at: &ItemPath, problems: &mut Vec<Problem>) {
    let well_formed = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !well_formed {
        problems.push(Problem::new(
            at.clone(),
            format!(
                "bad {kind} id `{id}`; expected 1 to {MAX_ID_LEN} lowercase ASCII letters, digits and dashes, \
                 not starting with a dash (such as `sprint-1`)"
            ),
        ));
    }
}

/// Labels are written as in the roadmap (`CORE`), so upper case is allowed.
fn check_label_syntax(id: &str, at: &ItemPath, problems: &mut Vec<Problem>) {
    let well_formed = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !well_formed {
        problems.push(Problem::new(
            at.clone(),
            format!(
                "bad label id `{id}`; expected 1 to {MAX_ID_LEN} ASCII letters, digits, dashes or underscores \
                 (such as `CORE`)"
            ),
        ));
    }
}

/// A topic's label must be one of `labels`, when the roadmap declares labels.
fn check_topic_labels(roadmap: &Roadmap, problems: &mut Vec<Problem>) {
    if roadmap.labels.is_empty() {
        return;
    }
    let known: Vec<&str> = roadmap.labels.iter().map(|l| l.id.as_str()).collect();
    for (p, phase) in roadmap.phases.iter().enumerate() {
        for (t, topic) in phase.topics.iter().enumerate() {
            let Some(label) = &topic.label else { continue };
            if !known.contains(&label.as_str()) {
                let listed = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                problems.push(Problem::new(
                    ItemPath::root().item("phases", p).item("topics", t).key("label"),
                    format!(
                        "unknown label `{label}` on topic `{}`; expected one of {listed}",
                        topic.id
                    ),
                ));
            }
        }
    }
}

/// Items and titles gathered from the whole roadmap.
#[derive(Default)]
struct Collector<'a> {
    items: Vec<Item<'a>>,
    titles: Vec<Title<'a>>,
}

impl<'a> Collector<'a> {
    /// An item with an id and a title under `title_key`.
    fn add(&mut self, kind: &'static str, id: &'a str, at: ItemPath, title_key: &'static str, title: &'a str) {
        self.title(title, at.key(title_key));
        self.items.push(Item { kind, id, at });
    }

    fn title(&mut self, text: &'a str, at: ItemPath) {
        self.titles.push(Title { text, at });
    }
}

/// Every id-carrying item and every title, in document order within each list.
fn collect(r: &Roadmap) -> (Vec<Item<'_>>, Vec<Title<'_>>) {
    let root = ItemPath::root();
    let mut c = Collector::default();
    c.title(&r.title, root.key("title"));
    c.title(&r.summary, root.key("summary"));
    for (i, section) in r.sections.iter().enumerate() {
        c.title(&section.title, root.item("sections", i).key("title"));
    }
    if let Some(daily) = &r.daily {
        for (i, block) in daily.blocks.iter().enumerate() {
            c.add(
                "daily block",
                &block.id,
                root.key("daily").item("blocks", i),
                "name",
                &block.name,
            );
        }
    }
    for (p, phase) in r.phases.iter().enumerate() {
        let at = root.item("phases", p);
        c.add("phase", &phase.id, at.clone(), "title", &phase.title);
        for (i, d) in phase.deliverables.iter().enumerate() {
            c.add("deliverable", &d.id, at.item("deliverables", i), "title", &d.title);
        }
        for (i, t) in phase.topics.iter().enumerate() {
            c.add("topic", &t.id, at.item("topics", i), "title", &t.title);
        }
        for (i, section) in phase.sections.iter().enumerate() {
            c.title(&section.title, at.item("sections", i).key("title"));
        }
    }
    for (w, week) in r.week_details.iter().enumerate() {
        let at = root.item("week_details", w);
        c.add("week detail", &week.id, at.clone(), "title", &week.title);
        for (i, d) in week.deliverables.iter().enumerate() {
            c.add("deliverable", &d.id, at.item("deliverables", i), "title", &d.title);
        }
    }
    for (i, m) in r.milestones.iter().enumerate() {
        c.add("milestone", &m.id, root.item("milestones", i), "title", &m.title);
    }
    for (k, checkpoint) in r.checkpoints.iter().enumerate() {
        let at = root.item("checkpoints", k);
        c.add("checkpoint", &checkpoint.id, at.clone(), "title", &checkpoint.title);
        for (i, q) in checkpoint.questions.iter().enumerate() {
            c.add("question", &q.id, at.item("questions", i), "text", &q.text);
        }
    }
    for (t, track) in r.parallel_tracks.iter().enumerate() {
        let at = root.item("parallel_tracks", t);
        c.add("parallel track", &track.id, at.clone(), "title", &track.title);
        for (i, task) in track.tasks.iter().enumerate() {
            c.add("recurring task", &task.id, at.item("tasks", i), "title", &task.title);
        }
    }
    for (i, m) in r.metrics.iter().enumerate() {
        c.add("metric", &m.id, root.item("metrics", i), "name", &m.name);
    }
    for (i, group) in r.stack.iter().enumerate() {
        c.title(&group.category, root.item("stack", i).key("category"));
    }
    for (i, label) in r.labels.iter().enumerate() {
        c.add("label", &label.id, root.item("labels", i), "title", &label.title);
    }
    for (i, project) in r.projects.iter().enumerate() {
        c.add(
            "project",
            &project.id,
            root.item("projects", i),
            "title",
            &project.title,
        );
    }
    (c.items, c.titles)
}
