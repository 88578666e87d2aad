//! What a label in a roadmap means: "Focus:", "Deliverables", "Ship:", "Done
//! when:", "What you'll learn:", "Tech Stack:"... Each label names a field of
//! the format; an unknown label becomes the title of a named list (a section).

use super::words::plain;

/// The field a label fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// One-line focus of a phase (also "Theme", "Overview").
    Focus,
    /// Goals.
    Goals,
    /// What to learn.
    Learn,
    /// Topics of a topic map.
    Topics,
    /// Something to ship.
    Deliverables,
    /// A shippable artifact that closes a phase.
    Artifact,
    /// Milestones.
    Milestones,
    /// Acceptance criteria of the milestone before.
    Acceptance,
    /// A week's concept.
    Concept,
    /// A week's code paths.
    Code,
    /// A week's non-code action.
    Action,
    /// A project's description.
    Description,
    /// A project's effort.
    Effort,
    /// A project's level.
    Level,
    /// A project's complexity.
    Complexity,
    /// Tech stack.
    Stack,
    /// What a project ships.
    Ship,
    /// The roadmap's goal (top level only; inside a phase it is a goal).
    Goal,
    /// A named list with this title.
    Section(String),
    /// Items every phase of the main level gets ("Same milestones, but each sprint includes:").
    PerPhase,
}

/// The field a label names.
pub fn field_of(label: &str) -> Field {
    let p = plain(label);
    let has = |words: &[&str]| words.iter().any(|w| super::words::has_phrase(&p, w));
    let is = |words: &[&str]| words.iter().any(|w| p.trim() == *w);
    if has(&["what you ship", "what you ll ship", "you ship"]) {
        Field::Ship
    } else if has(&[
        "acceptance",
        "done when",
        "definition of done",
        "success criteria",
        "exit criteria",
    ]) {
        Field::Acceptance
    } else if has(&["artifact", "artefact"]) {
        Field::Artifact
    } else if has(&[
        "deliverable",
        "deliverables",
        "ship",
        "outputs",
        "output",
        "build this",
        "to ship",
    ]) || is(&[
        "project",
        "build",
        "mini project",
        "capstone",
        "assignment",
        "homework",
        "lab",
        "exercise",
        "exercises",
        "task",
        "tasks",
    ]) {
        Field::Deliverables
    } else if has(&["milestone", "milestones", "checkpoint project"]) {
        Field::Milestones
    } else if is(&["goal", "end goal", "main goal", "aim"]) {
        Field::Goal
    } else if has(&["goals", "objectives", "objective", "outcomes", "by the end"]) {
        Field::Goals
    } else if is(&["focus", "theme", "overview", "about", "summary", "in short"]) {
        Field::Focus
    } else if has(&[
        "what you ll learn",
        "what to learn",
        "you will learn",
        "learn",
        "learning",
        "study",
        "skills",
        "read",
        "reading",
        "readings",
        "concepts to learn",
    ]) {
        Field::Learn
    } else if is(&["topics", "topic", "key topics", "subjects", "covers"]) {
        Field::Topics
    } else if is(&["concept", "concepts", "theory"]) {
        Field::Concept
    } else if is(&["code", "files", "repo"]) {
        Field::Code
    } else if is(&["action", "todo", "practice"]) {
        Field::Action
    } else if is(&["description", "details", "what it is"]) {
        Field::Description
    } else if is(&["effort", "duration", "estimate", "time", "time needed", "length"]) {
        Field::Effort
    } else if is(&["level", "difficulty"]) {
        Field::Level
    } else if is(&["complexity"]) {
        Field::Complexity
    } else if has(&["tech stack", "stack", "tools", "tooling"]) {
        Field::Stack
    } else {
        Field::Section(label.trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_fields() {
        assert_eq!(field_of("Deliverables"), Field::Deliverables);
        assert_eq!(field_of("Shippable Artifact"), Field::Artifact);
        assert_eq!(field_of("WHAT YOU SHIP"), Field::Ship);
        assert_eq!(field_of("Done when"), Field::Acceptance);
        assert_eq!(field_of("What you'll learn"), Field::Learn);
        assert_eq!(field_of("Learning"), Field::Learn);
        assert_eq!(field_of("Project"), Field::Deliverables);
        assert_eq!(field_of("Projects"), Field::Section("Projects".to_owned()));
        assert_eq!(field_of("Community"), Field::Section("Community".to_owned()));
        assert_eq!(field_of("Tech Stack"), Field::Stack);
    }
}
