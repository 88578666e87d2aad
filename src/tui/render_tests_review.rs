//! The Review screen shows what it holds: reflection answers wrapped in
//! full at 80x24 and 120x40, the list scrolled to the selected answer when
//! they do not fit, and counts named for what they count.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::plan::ItemState;
use crate::tui::action::Screen;
use crate::tui::state::View;
use crate::tui::theme::Theme;
use crate::tui::{fixtures, ui};

const WENT_WELL: &str = "Built every planned day but Wednesday; the timer made starting easy, and \
    writing the shape tests first caught two transposed matrices before they cost an evening.";
const IN_THE_WAY: &str = "Wednesday's meetup ran late.\nThe GPU quota ran out on Friday.";
const NEXT_FOCUS: &str = "Train the tiny GPT on the whole book and write the blog post about masking.";

fn draw(view: &View, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| ui::render(view, frame.area(), frame.buffer_mut(), &Theme::COLOR))
        .unwrap();
    terminal.backend().to_string()
}

/// The Review screen with long answers saved, prompt `selected` selected.
fn review_view(selected: usize) -> View {
    let mut view = fixtures::view(Screen::Review, "");
    let data = view.data.as_mut().unwrap();
    data.saved_review.went_well = WENT_WELL.to_owned();
    data.saved_review.in_the_way = IN_THE_WAY.to_owned();
    data.saved_review.next_focus = NEXT_FOCUS.to_owned();
    view.cursor.review = selected;
    view
}

/// Every word of `answer` is on the screen, none cut with `…`.
fn shows_in_full(screen: &str, answer: &str) {
    for word in answer.split_whitespace() {
        assert!(screen.contains(word), "{word:?} is missing:\n{screen}");
    }
}

#[test]
fn answers_are_wrapped_in_full_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let view = review_view(1);
        let screen = draw(&view, width, height);
        shows_in_full(&screen, WENT_WELL);
        let right: String = screen
            .lines()
            .filter_map(|line| line.split_once('│').map(|(_, right)| right.to_owned()))
            .collect();
        assert!(!right.contains('…'), "an answer was cut:\n{screen}");
        if height == 40 {
            shows_in_full(&screen, IN_THE_WAY);
            shows_in_full(&screen, NEXT_FOCUS);
        }
        insta::assert_snapshot!(format!("review_answers_{width}x{height}"), screen);
    }
}

#[test]
fn the_list_scrolls_to_the_selected_answer_when_the_answers_do_not_fit() {
    let last = 3;
    let mut view = review_view(last);
    let twice = format!("{WENT_WELL} {WENT_WELL}");
    view.data.as_mut().unwrap().saved_review.went_well = twice;
    let screen = draw(&view, 80, 24);
    shows_in_full(&screen, NEXT_FOCUS);
    assert!(screen.contains("▸ Next week's focus?"), "{screen}");
    assert!(
        !screen.contains("Can you explain attention"),
        "the first prompt scrolled away:\n{screen}"
    );
}

#[test]
fn an_answer_taller_than_the_screen_says_how_much_more_there_is() {
    let mut view = review_view(1);
    let long: Vec<String> = (1..=40).map(|i| format!("Line {i} of the answer")).collect();
    view.data.as_mut().unwrap().saved_review.went_well = long.join("\n");
    let screen = draw(&view, 80, 24);
    assert!(screen.contains("▸ What went well?"), "the prompt stays:\n{screen}");
    assert!(screen.contains("Line 1 of the answer"), "{screen}");
    assert!(
        screen.contains("  … 23 more: Enter opens it"),
        "the cut is marked:\n{screen}"
    );
}

#[test]
fn the_counts_say_what_they_count() {
    let mut view = fixtures::view(Screen::Review, "");
    let data = view.data.as_mut().unwrap();
    // The blog post, due last week, done this week: caught up, not due this week.
    let blog = data.due_items.iter().find(|d| d.id == "s2-blog").cloned().unwrap();
    data.review.deliverables_done.push(crate::plan::DueItem {
        state: Some(ItemState::Done),
        ..blog
    });
    let screen = draw(&view, 160, 48);
    assert!(
        screen.contains("Deliverables  2 due this week · 0 done, +1 from another week"),
        "{screen}"
    );
    assert!(screen.contains("Milestones    1 due this week · 0 reached"), "{screen}");
    assert!(screen.contains("Phase         Transformers: 4 open"), "{screen}");
    assert!(!screen.contains("0 done · 2 open"), "{screen}");
}
