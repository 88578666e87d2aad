//! `studyplan roadmap list`: bundled, imported and user roadmaps as a table or JSON.

use serde::Serialize;

use super::layout::{clean, pad, widest};

/// One roadmap the learner can start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoadmapRow {
    /// Roadmap id (what `studyplan start` takes).
    pub id: String,
    /// Title.
    pub title: String,
    /// Length in weeks.
    pub weeks: u32,
    /// `bundled`, or the file it comes from.
    pub source: String,
    /// True for the roadmap the learner follows.
    pub active: bool,
}

/// The rows as an aligned table.
pub fn to_text(rows: &[RoadmapRow]) -> String {
    if rows.is_empty() {
        return "No roadmaps.\n".to_owned();
    }
    let ids: Vec<String> = rows.iter().map(|r| clean(&r.id)).collect();
    let titles: Vec<String> = rows.iter().map(|r| clean(&r.title)).collect();
    let id_width = widest(ids.iter().map(String::as_str)).max("ID".len());
    let title_width = widest(titles.iter().map(String::as_str)).max("TITLE".len()).min(48);
    let mut out = format!(
        "  {}  {}  WEEKS  SOURCE\n",
        pad("ID", id_width),
        pad("TITLE", title_width)
    );
    for ((row, id), title) in rows.iter().zip(&ids).zip(&titles) {
        let marker = if row.active { "*" } else { " " };
        out.push_str(&format!(
            "{marker} {}  {}  {:>5}  {}\n",
            pad(id, id_width),
            pad(title, title_width),
            row.weeks,
            clean(&row.source)
        ));
    }
    if rows.iter().any(|r| r.active) {
        out.push_str("\n* the roadmap you follow\n");
    }
    out
}
