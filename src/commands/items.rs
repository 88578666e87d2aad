//! `done`, `skip` and `undo`: the learner's status on roadmap items.

use color_eyre::eyre::Result;

use super::{Context, print};
use crate::plan::ItemState;
use crate::report::layout::{clean, long_date};
use crate::roadmap::Roadmap;
use crate::study::active::ActivePlan;

/// What to do with an item's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Mark it done.
    Done,
    /// Mark it skipped.
    Skipped,
    /// Clear its status.
    Clear,
}

/// Sets (or clears) an item's status in the active roadmap.
pub fn set(ctx: &Context, id: &str, mark: Mark) -> Result<()> {
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let (id, title) = match item_title(&active.roadmap, id) {
        Some(title) => (id.to_owned(), title),
        None => active
            .occurrence(id, ctx.clock.today)?
            .ok_or_else(|| unknown_item(&active.roadmap, id))?,
    };
    let id = id.as_str();
    let state = match mark {
        Mark::Done => Some(ItemState::Done),
        Mark::Skipped => Some(ItemState::Skipped),
        Mark::Clear => None,
    };
    store.set_status(id, state, ctx.clock.today)?;
    let what = match mark {
        Mark::Done => format!("Done on {}", long_date(ctx.clock.today)),
        Mark::Skipped => format!("Skipped on {}", long_date(ctx.clock.today)),
        Mark::Clear => "Status cleared".to_owned(),
    };
    print(&format!("{what}: {} ({})\n", clean(&title), clean(id)))
}

/// Every item a status can attach to, as (id, title), in roadmap order.
pub fn status_items(roadmap: &Roadmap) -> Vec<(String, String)> {
    let mut items = Vec::new();
    for phase in &roadmap.phases {
        items.push((phase.id.clone(), phase.title.clone()));
        for deliverable in &phase.deliverables {
            items.push((deliverable.id.clone(), deliverable.title.clone()));
        }
        for topic in &phase.topics {
            items.push((topic.id.clone(), topic.title.clone()));
        }
    }
    for week in &roadmap.week_details {
        items.push((week.id.clone(), week.title.clone()));
        for deliverable in &week.deliverables {
            items.push((deliverable.id.clone(), deliverable.title.clone()));
        }
    }
    for milestone in &roadmap.milestones {
        items.push((milestone.id.clone(), milestone.title.clone()));
    }
    for project in &roadmap.projects {
        items.push((project.id.clone(), project.title.clone()));
    }
    items
}

fn item_title(roadmap: &Roadmap, id: &str) -> Option<String> {
    status_items(roadmap)
        .into_iter()
        .find(|(item, _)| item == id)
        .map(|(_, title)| title)
}

/// "No such item", with the closest ids as suggestions.
fn unknown_item(roadmap: &Roadmap, id: &str) -> color_eyre::eyre::Report {
    let wanted = id.to_lowercase();
    let items = status_items(roadmap);
    let similar: Vec<String> = items
        .iter()
        .filter(|(item, title)| {
            let title = title.to_lowercase();
            // A whole match, or any word of three letters or more (`sql` finds `sql-queries-repo`).
            let words = wanted.split(['-', '_', ' ']).filter(|w| w.len() >= 3);
            !wanted.is_empty()
                && (item.contains(&wanted)
                    || title.contains(&wanted)
                    || words.into_iter().any(|w| item.contains(w) || title.contains(w)))
        })
        .take(8)
        .map(|(item, _)| clean(item))
        .collect();
    let hint = if similar.is_empty() {
        String::new()
    } else {
        format!("; did you mean: {}", similar.join(", "))
    };
    crate::refusal!(
        "no item (deliverable, milestone, project, phase, week, topic or recurring task) with id `{}` in {}{hint}. \
         `studyplan week` shows this week's ids, `studyplan roadmap show {}` all of them",
        clean(id),
        clean(&roadmap.id),
        clean(&roadmap.id)
    )
}
