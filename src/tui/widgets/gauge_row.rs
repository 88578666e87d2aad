//! A one-line gauge of logged against planned minutes: `███████░░░ 45/60 min`.

use ratatui::text::Span;

use crate::tui::theme::Theme;

/// The spans of a bar `width` cells wide filled to `logged / planned`, then the numbers.
pub fn minutes_bar(logged: u32, planned: u32, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let filled = if planned == 0 {
        if logged > 0 { width } else { 0 }
    } else {
        ((logged as usize * width) / planned as usize).min(width)
    };
    vec![
        Span::styled("█".repeat(filled), theme.gauge_filled),
        Span::styled("░".repeat(width - filled), theme.gauge_empty),
        Span::styled(format!(" {logged:>3}/{planned} min"), theme.dim),
    ]
}

/// A bar of `done / total` items with a count, for progress in the milestones tree.
pub fn progress_bar(done: u32, total: u32, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let filled = if total == 0 {
        0
    } else {
        ((done as usize * width) / total as usize).min(width)
    };
    vec![
        Span::styled("█".repeat(filled), theme.gauge_filled),
        Span::styled("░".repeat(width - filled), theme.gauge_empty),
        Span::styled(format!(" {done}/{total}"), theme.dim),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn bar_fills_in_proportion_and_never_overflows() {
        assert_eq!(text(&minutes_bar(30, 60, 10, &Theme::MONO)), "█████░░░░░  30/60 min");
        assert_eq!(text(&minutes_bar(90, 60, 4, &Theme::MONO)), "████  90/60 min");
        assert_eq!(text(&progress_bar(0, 0, 3, &Theme::MONO)), "░░░ 0/0");
    }
}
