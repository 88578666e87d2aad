//! The daily split and the Mon-Sun week of a roadmap as text, with each block's
//! minutes at the roadmap's budget and, for a ranged budget, at its lower end,
//! scaled exactly as the day plan scales them (`plan::blocks::scale_blocks`).

use crate::plan::blocks::scale_blocks;
use crate::roadmap::model::{DayRole, Roadmap};

use super::INDENT;
use super::page::{self, Page, pad};

/// The daily split: budget, blocks with minutes, share and hint, and the scaled day.
pub(super) fn daily(page: &mut Page, roadmap: &Roadmap) {
    let split = roadmap.daily_split();
    page.heading("Daily split");
    let budget = match split.min_minutes {
        Some(min) if min < split.minutes => {
            format!("{min}-{} minutes a day, planned at {}", split.minutes, split.minutes)
        }
        _ => format!("{} minutes a day", split.minutes),
    };
    let source = if roadmap.daily.is_some() {
        ""
    } else {
        " (studyplan's default: the roadmap gives none)"
    };
    page.text(INDENT, &format!("{budget}{source}"));
    // Minutes as the day plan gives them, so this page and Today agree even
    // when the blocks add up to less than the day (the rest is shared by weight).
    let at_budget = scale_blocks(&split, split.minutes);
    let name_width = split.blocks.iter().map(|b| page::width(&b.name)).max().unwrap_or(0) + 2;
    let written: u32 = split.blocks.iter().filter_map(|b| b.minutes).sum();
    if split.blocks.iter().all(|b| b.minutes.is_some()) && written < split.minutes {
        page.text(
            INDENT,
            &format!(
                "The blocks add up to {written} of {} minutes; the rest is shared among them by their size.",
                split.minutes
            ),
        );
    }
    for (block, planned) in split.blocks.iter().zip(&at_budget) {
        let minutes = planned.planned_minutes;
        let share = match block.percent {
            Some(percent) => percent,
            None => share_percent(minutes, split.minutes),
        };
        let lead = format!("{}{minutes:>3} min {share:>3}%", pad(&block.name, name_width));
        page.hanging(INDENT, &lead, name_width + 14, block.hint.as_deref().unwrap_or(""));
    }
    if let Some(min) = split.min_minutes.filter(|min| *min < split.minutes) {
        let scaled: Vec<String> = scale_blocks(&split, min)
            .iter()
            .map(|block| format!("{} {} min", block.name, block.planned_minutes))
            .collect();
        page.text(INDENT, &format!("On a {min}-minute day: {}", scaled.join(", ")));
    }
}

/// A block's share of the budget in whole percent.
fn share_percent(minutes: u32, budget: u32) -> u32 {
    let budget = u64::from(budget.max(1));
    u32::try_from((u64::from(minutes) * 100 + budget / 2) / budget).unwrap_or(u32::MAX)
}

pub(super) fn weekly(page: &mut Page, roadmap: &Roadmap) {
    let week = roadmap.weekly_structure();
    let days: [(&str, &DayRole); 7] = [
        ("Mon", &week.monday),
        ("Tue", &week.tuesday),
        ("Wed", &week.wednesday),
        ("Thu", &week.thursday),
        ("Fri", &week.friday),
        ("Sat", &week.saturday),
        ("Sun", &week.sunday),
    ];
    page.heading("Weekly structure");
    if roadmap.weekly.is_none() {
        page.text(INDENT, "studyplan's default week (the roadmap gives none)");
    }
    let role_width = days.iter().map(|(_, d)| page::width(&d.role)).max().unwrap_or(0) + 2;
    for (name, day) in days {
        let mut tasks = day.tasks.join("; ");
        if !day.study {
            tasks.push_str(" (no study blocks)");
        } else {
            let mut own = Vec::new();
            if let Some(minutes) = day.minutes {
                own.push(format!("{minutes} minutes"));
            }
            if !day.blocks.is_empty() {
                own.push(format!("{} only", day.blocks.join(", ")));
            }
            if !own.is_empty() {
                let sep = if tasks.is_empty() { "" } else { " " };
                tasks.push_str(&format!("{sep}({})", own.join(", ")));
            }
        }
        page.hanging(
            INDENT,
            &format!("{name}  {}", pad(&day.role, role_width)),
            5 + role_width,
            &tasks,
        );
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn roadmap(toml_text: &str) -> Roadmap {
        toml::from_str(toml_text).unwrap()
    }

    const MINUTES_SPLIT: &str = r#"
        id = "x"
        title = "X"
        summary = "x"
        [daily]
        minutes = 120
        min_minutes = 90
        blocks = [
          { id = "learn", name = "Learning", minutes = 30, hint = "video/book" },
          { id = "build", name = "Build", minutes = 60, hint = "code" },
          { id = "polish", name = "Polish", minutes = 30, hint = "tests/README/reflection" },
        ]
    "#;

    #[test]
    fn percent_blocks_show_their_minutes_of_the_budget() {
        let mut bare = roadmap(MINUTES_SPLIT);
        if let Some(daily) = bare.daily.as_mut() {
            for (block, percent) in daily.blocks.iter_mut().zip([25, 50, 25]) {
                block.minutes = None;
                block.percent = Some(percent);
            }
        }
        let mut page = Page::new();
        daily(&mut page, &bare);
        let text = page.finish();
        assert!(text.contains("Learning   30 min  25%  video/book"), "{text}");
        assert!(text.contains("Build      60 min  50%  code"), "{text}");
        assert!(
            text.contains("Polish     30 min  25%  tests/README/reflection"),
            "{text}"
        );
    }

    #[test]
    fn a_ranged_budget_shows_both_ends_and_the_shorter_day() {
        let mut page = Page::new();
        daily(&mut page, &roadmap(MINUTES_SPLIT));
        let text = page.finish();
        assert!(text.contains("90-120 minutes a day, planned at 120"), "{text}");
        assert!(text.contains("Learning   30 min  25%  video/book"), "{text}");
        assert!(text.contains("Build      60 min  50%  code"), "{text}");
        // The same minutes `studyplan today` plans for a 90-minute day.
        let planned: Vec<u32> = scale_blocks(&roadmap(MINUTES_SPLIT).daily_split(), 90)
            .iter()
            .map(|b| b.planned_minutes)
            .collect();
        assert_eq!(planned, [25, 45, 20]);
        assert!(
            text.contains("On a 90-minute day: Learning 25 min, Build 45 min, Polish 20 min"),
            "{text}"
        );
        assert!(!text.contains("default"), "{text}");
    }

    #[test]
    fn a_roadmap_without_split_or_week_says_it_gets_the_defaults() {
        let bare = roadmap("id = \"x\"\ntitle = \"X\"\nsummary = \"x\"\n");
        let mut page = Page::new();
        daily(&mut page, &bare);
        weekly(&mut page, &bare);
        let text = page.finish();
        assert!(text.contains("120 minutes a day (studyplan's default"), "{text}");
        assert!(text.contains("studyplan's default week"), "{text}");
        assert!(
            text.contains("Tue  Implement + test      implement + test; push commits daily"),
            "{text}"
        );
        assert!(
            text.contains("Sun  Review and reset      review and reset (no study blocks)"),
            "{text}"
        );
    }
}
