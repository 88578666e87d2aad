//! The daily split and the Mon-Sun week of a roadmap as text, with each block's
//! minutes at the roadmap's budget and, for a ranged budget, at its lower end.

use crate::roadmap::model::{DailySplit, DayRole, Roadmap};

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
    let at_budget = scaled_minutes(&split, split.minutes);
    let name_width = split.blocks.iter().map(|b| page::width(&b.name)).max().unwrap_or(0) + 2;
    for (block, minutes) in split.blocks.iter().zip(&at_budget) {
        let share = match block.percent {
            Some(percent) => percent,
            None => share_percent(block.minutes.unwrap_or(0), split.minutes),
        };
        let lead = format!("{}{minutes:>3} min {share:>3}%", pad(&block.name, name_width));
        page.hanging(INDENT, &lead, name_width + 14, block.hint.as_deref().unwrap_or(""));
    }
    if let Some(min) = split.min_minutes.filter(|min| *min < split.minutes) {
        let scaled: Vec<String> = split
            .blocks
            .iter()
            .zip(scaled_minutes(&split, min))
            .map(|(block, minutes)| format!("{} {minutes} min", block.name))
            .collect();
        page.text(INDENT, &format!("On a {min}-minute day: {}", scaled.join(", ")));
    }
}

/// A block's share of the budget in whole percent.
fn share_percent(minutes: u32, budget: u32) -> u32 {
    let budget = u64::from(budget.max(1));
    u32::try_from((u64::from(minutes) * 100 + budget / 2) / budget).unwrap_or(u32::MAX)
}

/// Each block's minutes on a day of `target` minutes, by its share of the roadmap's budget.
/// Rounded so the blocks add up to their rounded total: leftover minutes go to the
/// largest remainders, earlier blocks first (30/60/30 of 120 at 90 gives 23/45/22).
fn scaled_minutes(split: &DailySplit, target: u32) -> Vec<u32> {
    let budget = u64::from(split.minutes.max(1));
    let denominator = budget * 100;
    let weights: Vec<u64> = split
        .blocks
        .iter()
        .map(|b| match (b.minutes, b.percent) {
            (Some(minutes), _) => u64::from(minutes) * 100,
            (None, Some(percent)) => u64::from(percent) * budget,
            (None, None) => 0,
        })
        .collect();
    let exact: Vec<(u64, u64)> = weights
        .iter()
        .map(|w| {
            let n = w * u64::from(target);
            (n / denominator, n % denominator)
        })
        .collect();
    let wanted = (weights.iter().sum::<u64>() * u64::from(target) + denominator / 2) / denominator;
    let mut minutes: Vec<u64> = exact.iter().map(|(whole, _)| *whole).collect();
    let mut missing = wanted.saturating_sub(minutes.iter().sum());
    let mut order: Vec<usize> = (0..minutes.len()).collect();
    order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1));
    for i in order {
        if missing == 0 || exact[i].1 == 0 {
            break;
        }
        minutes[i] += 1;
        missing -= 1;
    }
    minutes
        .into_iter()
        .map(|m| u32::try_from(m).unwrap_or(u32::MAX))
        .collect()
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
    fn blocks_scale_by_ratio_and_still_add_up_to_the_day() {
        let split = roadmap(MINUTES_SPLIT).daily_split();
        assert_eq!(scaled_minutes(&split, 120), vec![30, 60, 30]);
        assert_eq!(scaled_minutes(&split, 90), vec![23, 45, 22]);
        assert_eq!(scaled_minutes(&split, 60), vec![15, 30, 15]);
        assert_eq!(scaled_minutes(&split, 45).iter().sum::<u32>(), 45);
    }

    #[test]
    fn percent_blocks_get_minutes_of_the_budget() {
        let mut split = roadmap(MINUTES_SPLIT).daily_split();
        for (block, percent) in split.blocks.iter_mut().zip([25, 50, 25]) {
            block.minutes = None;
            block.percent = Some(percent);
        }
        assert_eq!(scaled_minutes(&split, 120), vec![30, 60, 30]);
        assert_eq!(scaled_minutes(&split, 90), vec![23, 45, 22]);
    }

    #[test]
    fn a_ranged_budget_shows_both_ends_and_the_shorter_day() {
        let mut page = Page::new();
        daily(&mut page, &roadmap(MINUTES_SPLIT));
        let text = page.finish();
        assert!(text.contains("90-120 minutes a day, planned at 120"), "{text}");
        assert!(text.contains("Learning   30 min  25%  video/book"), "{text}");
        assert!(text.contains("Build      60 min  50%  code"), "{text}");
        assert!(
            text.contains("On a 90-minute day: Learning 23 min, Build 45 min, Polish 22 min"),
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
