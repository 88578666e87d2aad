//! The day's blocks scaled to the learner's budget.
//!
//! Each block weighs its minutes (or its percent of the roadmap's budget).
//! The budget is cut into 5-minute units shared by weight with the
//! largest-remainder method (ties go to the earlier block), so the blocks are
//! multiples of 5 and sum exactly to the budget. When the budget is not a
//! multiple of 5, the 1-4 minutes left over go to the largest block. A
//! budget too small to give every block a unit leaves some at 0: those are
//! [`starved_blocks`], which the day warns about.

use super::model::{BlockPlan, DayRoleRef};
use crate::roadmap::defaults::default_daily_split;
use crate::roadmap::{DailyBlock, DailySplit};

/// The blocks of `split` scaled to `budget` minutes. A split without blocks
/// falls back to the default learn/build/polish split, so there is always a
/// block to log time on; a split whose weights are all zero shares equally.
pub fn scale_blocks(split: &DailySplit, budget: u32) -> Vec<BlockPlan> {
    let fallback;
    let split = if split.blocks.is_empty() {
        fallback = default_daily_split();
        &fallback
    } else {
        split
    };
    let mut weights: Vec<u64> = split.blocks.iter().map(|b| weight(b, split.minutes)).collect();
    if weights.iter().all(|w| *w == 0) {
        weights.iter_mut().for_each(|w| *w = 1);
    }
    let minutes = share(&weights, budget);
    split
        .blocks
        .iter()
        .zip(minutes)
        .map(|(block, planned_minutes)| BlockPlan {
            id: block.id.clone(),
            name: block.name.clone(),
            planned_minutes,
            hint: block.hint.clone(),
        })
        .collect()
}

/// The minutes planned on a study day of `role` for a learner whose daily
/// budget is `learner`: that budget, or the day's own `minutes` scaled the
/// same way (a 120-minute Saturday in a roadmap of 90-minute days is 80 for
/// a learner of 60), in 5-minute units, at most a day.
pub fn day_budget(split: &DailySplit, role: &DayRoleRef, learner: u32) -> u32 {
    let Some(day_minutes) = role.minutes else {
        return learner;
    };
    let written = u64::from(split.minutes.max(1));
    let scaled = (u64::from(learner) * u64::from(day_minutes) + written / 2) / written;
    let rounded = (scaled + 2) / 5 * 5;
    u32::try_from(rounded)
        .unwrap_or(u32::MAX)
        .min(crate::limits::MINUTES_PER_DAY)
}

/// The blocks of a study day of `role`: the day's budget shared among the
/// blocks the day names (all of them when it names none); the others are
/// listed with nothing planned, so time can still be logged on them.
pub fn day_blocks(split: &DailySplit, role: &DayRoleRef, learner: u32) -> Vec<BlockPlan> {
    let budget = day_budget(split, role, learner);
    let named: Vec<&DailyBlock> = split.blocks.iter().filter(|b| role.blocks.contains(&b.id)).collect();
    if named.is_empty() {
        return scale_blocks(split, budget);
    }
    let only = DailySplit {
        blocks: named.into_iter().cloned().collect(),
        ..split.clone()
    };
    let planned = scale_blocks(&only, budget);
    scale_blocks(split, 0)
        .into_iter()
        .map(|block| planned.iter().find(|p| p.id == block.id).cloned().unwrap_or(block))
        .collect()
}

/// The same blocks with nothing planned (a rest day, a pause, outside the
/// plan): listed so time can still be logged on them.
pub fn unplanned_blocks(split: &DailySplit) -> Vec<BlockPlan> {
    scale_blocks(split, 0)
}

/// The blocks of `split` (their ids) that `budget` leaves with no time
/// though they weigh something: 10 minutes over a 10/10/5 split plans 5/5/0.
pub fn starved_blocks(split: &DailySplit, budget: u32) -> Vec<String> {
    let weighs = |block: &DailyBlock| weight(block, split.minutes) > 0;
    scale_blocks(split, budget)
        .into_iter()
        .zip(&split.blocks)
        .filter(|(planned, block)| planned.planned_minutes == 0 && weighs(block))
        .map(|(planned, _)| planned.id)
        .collect()
}

/// The smallest budget, in 5-minute steps up to the daily limit, that
/// leaves no block of `split` without time; `None` when none does.
pub fn enough_for_every_block(split: &DailySplit) -> Option<u32> {
    let budgets = crate::limits::DAILY_MINUTES;
    (budgets.start().div_ceil(5) * 5..=*budgets.end())
        .step_by(5)
        .find(|budget| starved_blocks(split, *budget).is_empty())
}

/// A block's weight in hundredths of a minute of the roadmap's own budget.
fn weight(block: &DailyBlock, split_minutes: u32) -> u64 {
    match (block.minutes, block.percent) {
        (Some(minutes), _) => u64::from(minutes) * 100,
        (None, Some(percent)) => u64::from(percent) * u64::from(split_minutes),
        (None, None) => 0,
    }
}

/// Shares `budget` by `weights` (not all zero) in 5-minute units.
fn share(weights: &[u64], budget: u32) -> Vec<u32> {
    let total: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    let units = u128::from(budget / 5);
    let mut parts: Vec<(u128, u128)> = weights
        .iter()
        .map(|w| {
            let exact = units * u128::from(*w);
            (exact / total, exact % total)
        })
        .collect();
    let given: u128 = parts.iter().map(|(whole, _)| whole).sum();
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Largest remainder first; the stable sort keeps file order on ties.
    order.sort_by_key(|i| std::cmp::Reverse(parts[*i].1));
    for i in order.into_iter().take(usize::try_from(units - given).unwrap_or(0)) {
        parts[i].0 += 1;
    }
    let mut minutes: Vec<u32> = parts
        .iter()
        .map(|(whole, _)| u32::try_from(whole * 5).unwrap_or(u32::MAX))
        .collect();
    let largest = (0..minutes.len()).rev().max_by_key(|i| minutes[*i]).unwrap_or(0);
    if let Some(block) = minutes.get_mut(largest) {
        *block += budget % 5;
    }
    minutes
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    fn split(minutes: u32, blocks: &[(&str, Option<u32>, Option<u32>)]) -> DailySplit {
        DailySplit {
            minutes,
            min_minutes: None,
            blocks: blocks
                .iter()
                .map(|(id, minutes, percent)| DailyBlock {
                    id: (*id).into(),
                    name: (*id).into(),
                    minutes: *minutes,
                    percent: *percent,
                    hint: None,
                })
                .collect(),
        }
    }

    fn planned(blocks: &[BlockPlan]) -> Vec<u32> {
        blocks.iter().map(|b| b.planned_minutes).collect()
    }

    #[test]
    fn default_split_keeps_30_60_30_at_two_hours_and_scales() {
        let s = default_daily_split();
        assert_eq!(planned(&scale_blocks(&s, 120)), [30, 60, 30]);
        assert_eq!(planned(&scale_blocks(&s, 60)), [15, 30, 15]);
        assert_eq!(planned(&scale_blocks(&s, 90)), [25, 45, 20]);
    }

    #[test]
    fn a_budget_off_the_5_minute_grid_gives_the_rest_to_the_largest_block() {
        let s = default_daily_split();
        assert_eq!(planned(&scale_blocks(&s, 123)), [30, 63, 30]);
    }

    #[test]
    fn percent_blocks_scale_like_minutes() {
        let s = split(100, &[("read", None, Some(40)), ("code", None, Some(60))]);
        assert_eq!(planned(&scale_blocks(&s, 50)), [20, 30]);
    }

    #[test]
    fn zero_weights_share_equally_and_no_blocks_falls_back_to_default() {
        let s = split(60, &[("a", None, None), ("b", None, None)]);
        assert_eq!(planned(&scale_blocks(&s, 60)), [30, 30]);
        let empty = split(60, &[]);
        assert_eq!(planned(&scale_blocks(&empty, 120)), [30, 60, 30]);
    }

    #[test]
    fn a_budget_too_small_for_a_block_names_it_and_the_budget_that_is_enough() {
        let s = split(
            25,
            &[
                ("read", Some(10), None),
                ("code", Some(10), None),
                ("notes", Some(5), None),
            ],
        );
        assert_eq!(planned(&scale_blocks(&s, 10)), [5, 5, 0]);
        assert_eq!(starved_blocks(&s, 10), ["notes"]);
        assert!(starved_blocks(&s, 15).is_empty());
        assert_eq!(enough_for_every_block(&s), Some(15));
        assert_eq!(starved_blocks(&s, 5), ["code", "notes"]);
        // A block that weighs nothing is meant to get nothing.
        let free = split(60, &[("a", Some(60), None), ("b", Some(0), None)]);
        assert!(starved_blocks(&free, 60).is_empty());
    }

    #[test]
    fn a_rest_day_lists_the_blocks_with_nothing_planned() {
        assert_eq!(planned(&unplanned_blocks(&default_daily_split())), [0, 0, 0]);
    }

    fn saturday(minutes: Option<u32>, blocks: &[&str]) -> DayRoleRef {
        DayRoleRef {
            weekday: chrono::Weekday::Sat,
            role: "Mock exam".into(),
            tasks: Vec::new(),
            study: true,
            minutes,
            blocks: blocks.iter().map(|b| (*b).to_owned()).collect(),
        }
    }

    #[test]
    fn a_weekday_with_its_own_budget_scales_like_the_day_and_keeps_to_its_blocks() {
        let day = split(90, &[("learn", Some(45), None), ("practice", Some(45), None)]);
        assert_eq!(day_budget(&day, &saturday(None, &[]), 60), 60, "no budget of its own");
        assert_eq!(day_budget(&day, &saturday(Some(120), &[]), 90), 120);
        assert_eq!(
            day_budget(&day, &saturday(Some(120), &[]), 60),
            80,
            "120 of 90 is 80 of 60"
        );
        let planned: Vec<(String, u32)> = day_blocks(&day, &saturday(Some(120), &["practice"]), 60)
            .into_iter()
            .map(|b| (b.id, b.planned_minutes))
            .collect();
        assert_eq!(planned, [("learn".to_owned(), 0), ("practice".to_owned(), 80)]);
    }
}
