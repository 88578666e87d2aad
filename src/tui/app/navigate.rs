//! Moving around: screens, selections, weeks, mouse clicks and the wheel.

use chrono::{Duration, NaiveDate};
use color_eyre::Result;

use super::App;
use crate::tui::action::{Action, Screen};
use crate::tui::screens::{milestones, review, today, week};
use crate::tui::state::Popup;
use crate::tui::theme::Theme;
use crate::tui::ui;
use crate::tui::widgets::item_list;

impl App {
    /// Actions on the main screens.
    pub(super) fn screen_action(&mut self, action: Action) -> Result<()> {
        let screen = self.view.screen;
        match action {
            Action::Help => self.view.popup = Some(Popup::Help),
            Action::Show(target) => self.show_screen(target),
            Action::NextScreen => self.show_screen(screen.next()),
            Action::PreviousScreen => self.show_screen(screen.previous()),
            Action::Up | Action::ScrollUp => self.move_selection(-1),
            Action::Down | Action::ScrollDown => self.move_selection(1),
            Action::Top => self.move_selection(isize::MIN),
            Action::Bottom => self.move_selection(isize::MAX),
            Action::Left if screen == Screen::Week => self.select_day(-1),
            Action::Right if screen == Screen::Week => self.select_day(1),
            Action::PreviousWeek => return self.shift_week(-1),
            Action::NextWeek => return self.shift_week(1),
            Action::ToggleTimer if screen == Screen::Today => return self.toggle_timer(),
            Action::ToggleDone => return self.toggle_done(),
            Action::MarkInProgress => return self.mark_selected(crate::plan::ItemState::InProgress),
            Action::MarkSkipped => return self.mark_selected(crate::plan::ItemState::Skipped),
            Action::Open => self.open_selected(),
            Action::AddTask => self.start_add_task(),
            Action::EditTask => self.start_rename_task(),
            Action::DeleteTask => self.ask_delete_task(),
            Action::MoveTaskEarlier => return self.move_task(-1),
            Action::MoveTaskLater => return self.move_task(1),
            Action::EditNote => self.start_note(),
            Action::CarryOver => self.ask_carry_over(),
            _ => {}
        }
        Ok(())
    }

    /// Shows `screen`; a message about the screen left goes with it.
    fn show_screen(&mut self, screen: Screen) {
        if screen != self.view.screen
            && let Some(status) = &self.view.status
            && status.about == Some(self.view.screen)
        {
            self.view.status = None;
        }
        self.view.screen = screen;
    }

    /// How many selectable rows the current screen has.
    fn item_count(&self) -> usize {
        self.item_count_on(self.view.screen)
    }

    /// How many selectable rows `screen` has (the welcome list before any enrollment).
    fn item_count_on(&self, screen: Screen) -> usize {
        let Some(data) = &self.view.data else {
            return self.view.welcome.roadmaps.len();
        };
        match screen {
            Screen::Today => today::items(data).len(),
            Screen::Week => week::tasks_of_day(data, self.view.cursor.week_day).len(),
            Screen::Milestones => milestones::tree(data, self.view.today()).len(),
            Screen::Review => review::fields(data).len(),
            Screen::Stats => 0,
        }
    }

    /// Moves the selection by `delta` rows (`isize::MIN`/`MAX` for top/bottom), clamped.
    pub(super) fn move_selection(&mut self, delta: isize) {
        let count = self.item_count();
        let slot = self.selection_slot();
        let Some(slot) = slot else { return };
        let last = count.saturating_sub(1);
        *slot = match delta {
            isize::MIN => 0,
            isize::MAX => last,
            d if d < 0 => slot.saturating_sub(d.unsigned_abs()),
            d => (*slot + d as usize).min(last),
        };
    }

    fn selection_slot(&mut self) -> Option<&mut usize> {
        if self.view.data.is_none() {
            return Some(&mut self.view.welcome.selected);
        }
        let cursor = &mut self.view.cursor;
        match self.view.screen {
            Screen::Today => Some(&mut cursor.today),
            Screen::Week => Some(&mut cursor.week_task),
            Screen::Milestones => Some(&mut cursor.milestones),
            Screen::Review => Some(&mut cursor.review),
            Screen::Stats => None,
        }
    }

    fn select_day(&mut self, delta: i64) {
        let day = (self.view.cursor.week_day as i64 + delta).clamp(0, 6);
        self.view.cursor.week_day = day as usize;
        self.view.cursor.week_task = 0;
    }

    /// The day selected on the Week screen.
    pub(super) fn selected_week_date(&self) -> NaiveDate {
        let column = self.view.cursor.week_day as i64;
        match &self.view.data {
            Some(data) => data.shown.first + Duration::days(column),
            None => self.view.shown_monday + Duration::days(column),
        }
    }

    /// Selects `day` on the Week screen, showing the week that holds it (a
    /// task moved past the shown days is followed); reloads.
    pub(super) fn select_week_date(&mut self, day: NaiveDate) -> Result<()> {
        let today = self.view.today();
        self.view.shown_monday = crate::plan::week::shown_monday_holding(today, day, self.week_start);
        let first = crate::plan::week::shown_first_day(today, self.view.shown_monday, self.week_start);
        self.view.cursor.week_day = (day - first).num_days().clamp(0, 6) as usize;
        self.reload()
    }

    fn shift_week(&mut self, weeks: i64) -> Result<()> {
        self.view.shown_monday += Duration::weeks(weeks);
        self.view.cursor.week_task = 0;
        self.view.cursor.review = 0;
        self.reload()
    }

    /// Keeps every selection inside its list after data changed.
    pub(super) fn clamp_cursors(&mut self) {
        let last = |count: usize| count.saturating_sub(1);
        let limits = Screen::ALL.map(|screen| last(self.item_count_on(screen)));
        let [today, week, milestones, review, _] = limits;
        let cursor = &mut self.view.cursor;
        cursor.today = cursor.today.min(today);
        cursor.week_task = cursor.week_task.min(week);
        cursor.milestones = cursor.milestones.min(milestones);
        cursor.review = cursor.review.min(review);
        let welcome = &mut self.view.welcome;
        welcome.selected = welcome.selected.min(last(welcome.roadmaps.len()));
    }

    /// A click selects the tab or the row under the pointer.
    pub(super) fn click(&mut self, column: u16, row: u16) -> Result<()> {
        if self.view.popup.is_some() {
            return Ok(());
        }
        let (width, height) = self.view.size;
        let areas = ui::areas(ratatui::layout::Rect::new(0, 0, width, height));
        if self.view.data.is_some() && row == areas.tabs.y {
            if let Some(screen) = ui::tab_at(areas.tabs, column) {
                self.show_screen(screen);
            }
            return Ok(());
        }
        let theme = Theme::MONO;
        let view = &self.view;
        let hit = |list: ratatui::layout::Rect, rows: &[item_list::ListRow], selected: usize| {
            let inside = column >= list.x && column < list.right() && row >= list.y && row < list.bottom();
            if inside {
                item_list::item_at(rows, selected, list.height as usize, (row - list.y) as usize)
            } else {
                None
            }
        };
        let Some(data) = &view.data else {
            let list = crate::tui::screens::welcome::list_area(areas.body);
            let rows = crate::tui::screens::welcome::rows(&view.welcome, &theme, list.width);
            if let Some(item) = hit(list, &rows, view.welcome.selected) {
                self.view.welcome.selected = item;
            }
            return Ok(());
        };
        match view.screen {
            Screen::Today => {
                let list = today::list_area(areas.body);
                let rows = today::rows(data, view, &theme, list.width);
                if let Some(item) = hit(list, &rows, view.cursor.today) {
                    self.view.cursor.today = item;
                }
            }
            Screen::Milestones => {
                let list = milestones::list_area(areas.body);
                let rows = milestones::rows(data, view, &theme, list.width);
                if let Some(item) = hit(list, &rows, view.cursor.milestones) {
                    self.view.cursor.milestones = item;
                }
            }
            Screen::Review => {
                let list = review::list_area(areas.body);
                let rows = review::rows(data, view, &theme, list.width, list.height);
                if let Some(item) = hit(list, &rows, view.cursor.review) {
                    self.view.cursor.review = item;
                }
            }
            Screen::Week => {
                if let Some((day, task)) = week::hit(data, view, areas.body, column, row) {
                    self.view.cursor.week_day = day;
                    self.view.cursor.week_task = task.unwrap_or(0);
                }
            }
            Screen::Stats => {}
        }
        Ok(())
    }
}
