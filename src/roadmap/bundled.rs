//! The roadmaps compiled into the binary, so a fresh install works with no files around it.

/// A roadmap file shipped inside the binary.
#[derive(Debug, Clone, Copy)]
pub struct BundledRoadmap {
    /// The roadmap id (also the file stem).
    pub id: &'static str,
    /// The file name under `roadmaps/`.
    pub file_name: &'static str,
    /// The TOML text.
    pub source: &'static str,
}

macro_rules! bundled {
    ($($id:literal),+ $(,)?) => {
        &[$(BundledRoadmap {
            id: $id,
            file_name: concat!($id, ".toml"),
            source: include_str!(concat!("../../roadmaps/", $id, ".toml")),
        }),+]
    };
}

/// Every bundled roadmap, in the order they are listed to the learner.
pub const BUNDLED: &[BundledRoadmap] = bundled![
    "fast-track-6-month",
    "standard-9-month",
    "quarterly-2026",
    "q1-2026-white-box",
    "genai-engineering",
    "genai-five-projects",
    "ai-engineer-feb-aug-2026",
];

/// The bundled roadmap with this id.
pub fn find(id: &str) -> Option<&'static BundledRoadmap> {
    BUNDLED.iter().find(|b| b.id == id)
}
