//! Self-paced projects as text: level, effort range, complexity bar, what you
//! learn, the stack and what you ship.

use crate::roadmap::model::{Effort, EffortUnit, Project};

use super::page::Page;
use super::{INDENT, plural};

/// Every project, in the order the planner lays them out.
pub(super) fn projects(page: &mut Page, projects: &[Project]) {
    if projects.is_empty() {
        return;
    }
    page.heading("Projects");
    page.text(
        INDENT,
        "Self-paced, in this order: each starts when the one before it is done.",
    );
    for project in projects {
        page.blank();
        project_entry(page, project);
    }
}

fn project_entry(page: &mut Page, project: &Project) {
    page.text(INDENT, &project.title);
    let body = INDENT + 4;
    if let Some(tagline) = &project.tagline {
        page.text(body, tagline);
    }
    let mut facts = Vec::new();
    if let Some(level) = &project.level {
        facts.push(format!("Level: {level}"));
    }
    facts.push(format!("Effort: {}", effort_text(&project.effort)));
    if let Some(percent) = project.complexity {
        facts.push(format!("Complexity: {} {percent}%", complexity_bar(percent)));
    }
    page.text(body, &facts.join(" | "));
    if let Some(description) = &project.description {
        page.text(body, description);
    }
    if !project.learn.is_empty() {
        page.hanging(body, "What you'll learn:", 0, &project.learn.join(", "));
    }
    if !project.stack.is_empty() {
        page.hanging(body, "Tech stack:", 0, &project.stack.join(", "));
    }
    if let Some(ship) = &project.ship {
        page.hanging(body, "What you ship:", 0, ship);
    }
}

/// `1-2 days`, `1 week`, `2-3 months`.
fn effort_text(effort: &Effort) -> String {
    let unit = match effort.unit {
        EffortUnit::Days => "day",
        EffortUnit::Weeks => "week",
        EffortUnit::Months => "month",
    };
    if effort.min == effort.max {
        plural(effort.max, unit)
    } else {
        format!("{}-{} {unit}s", effort.min, effort.max)
    }
}

/// Ten cells, one per 10 percent, rounded half up: 18% is `##........`.
fn complexity_bar(percent: u32) -> String {
    let filled = (percent.min(100) + 5) / 10;
    let filled = usize::try_from(filled).unwrap_or(10).min(10);
    format!("{}{}", "#".repeat(filled), ".".repeat(10 - filled))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn effort(min: u32, max: u32, unit: EffortUnit) -> Effort {
        Effort { min, max, unit }
    }

    #[test]
    fn efforts_read_like_the_seed() {
        assert_eq!(effort_text(&effort(1, 2, EffortUnit::Days)), "1-2 days");
        assert_eq!(effort_text(&effort(1, 1, EffortUnit::Weeks)), "1 week");
        assert_eq!(effort_text(&effort(4, 6, EffortUnit::Weeks)), "4-6 weeks");
        assert_eq!(effort_text(&effort(2, 3, EffortUnit::Months)), "2-3 months");
        assert_eq!(effort_text(&effort(3, 3, EffortUnit::Days)), "3 days");
    }

    #[test]
    fn complexity_bars_match_the_seed_and_stay_ten_cells() {
        assert_eq!(complexity_bar(18), "##........");
        assert_eq!(complexity_bar(36), "####......");
        assert_eq!(complexity_bar(55), "######....");
        assert_eq!(complexity_bar(74), "#######...");
        assert_eq!(complexity_bar(95), "##########");
        assert_eq!(complexity_bar(0), "..........");
        assert_eq!(complexity_bar(250), "##########");
    }

    #[test]
    fn a_project_shows_level_effort_complexity_learn_stack_and_ship() {
        let project: Project = toml::from_str(
            r#"
            id = "p"
            title = "04. Fine-Tuned Model"
            tagline = "Own the model."
            level = "ADVANCED"
            effort = { min = 4, max = 6, unit = "weeks" }
            complexity = 74
            learn = ["LoRA / QLoRA", "PEFT"]
            stack = ["vLLM", "Docker"]
            ship = "A served model."
            "#,
        )
        .unwrap();
        let mut page = Page::new();
        projects(&mut page, &[project]);
        let text = page.finish();
        assert!(
            text.contains("  04. Fine-Tuned Model\n      Own the model.\n"),
            "{text}"
        );
        assert!(
            text.contains("Level: ADVANCED | Effort: 4-6 weeks | Complexity: #######... 74%"),
            "{text}"
        );
        assert!(text.contains("What you'll learn: LoRA / QLoRA, PEFT"), "{text}");
        assert!(text.contains("Tech stack: vLLM, Docker"), "{text}");
        assert!(text.contains("What you ship: A served model."), "{text}");
    }
}
