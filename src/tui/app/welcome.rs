//! First run: choose a roadmap, a start date and a daily budget, then start.

use color_eyre::Result;

use super::App;
use crate::plan::Enrollment;
use crate::plan::calendar::default_start;
use crate::tui::action::{Action, Screen};
use crate::tui::state::{Popup, WelcomeForm};
use crate::tui::strings;
use crate::tui::widgets::text_input::TextInput;

impl App {
    /// Actions on the welcome screen and its form.
    pub(super) fn welcome_action(&mut self, action: Action) -> Result<()> {
        if let Some(form) = &mut self.view.welcome.form {
            match action {
                Action::Close => self.view.welcome.form = None,
                Action::NextField => form.field = (form.field + 1) % 2,
                Action::Input(key) => match form.field {
                    0 => form.start.input(key),
                    _ => form.budget.input(key),
                },
                Action::Edit(edit) => match form.field {
                    0 => form.start.edit(edit),
                    _ => form.budget.edit(edit),
                },
                Action::Submit => return self.start_roadmap(),
                _ => {}
            }
            return Ok(());
        }
        match action {
            Action::Help => self.view.popup = Some(Popup::Help),
            Action::Up | Action::ScrollUp => self.move_selection(-1),
            Action::Down | Action::ScrollDown => self.move_selection(1),
            Action::Top => self.move_selection(isize::MIN),
            Action::Bottom => self.move_selection(isize::MAX),
            Action::Open => return self.open_form(),
            _ => {}
        }
        Ok(())
    }

    fn open_form(&mut self) -> Result<()> {
        let Some(stored) = self.view.welcome.roadmaps.get(self.view.welcome.selected) else {
            return Ok(());
        };
        let roadmap = self.store.roadmap(&stored.id)?;
        let start = default_start(roadmap.suggested_start, self.view.today());
        // As `studyplan start`: the config file's budget, else the roadmap's own.
        let budget = self.default_budget.unwrap_or_else(|| roadmap.daily_split().minutes);
        self.view.welcome.form = Some(WelcomeForm {
            roadmap_id: roadmap.id.clone(),
            start: TextInput::new(strings::WELCOME_START, &start.format("%Y-%m-%d").to_string(), false),
            budget: TextInput::new(strings::WELCOME_BUDGET, &budget.to_string(), false),
            field: 0,
            months: roadmap.months,
            ends: roadmap.ends,
        });
        Ok(())
    }

    fn start_roadmap(&mut self) -> Result<()> {
        let Some(form) = &self.view.welcome.form else {
            return Ok(());
        };
        let start_text = form.start.text();
        let start = crate::config::parse_date(&start_text)?;
        let budget_text = form.budget.text();
        let daily_minutes: u32 = budget_text
            .parse()
            .ok()
            .filter(|m| crate::limits::is_daily_budget(*m))
            .ok_or_else(|| {
                crate::refusal!(
                    "“{budget_text}” is not a daily budget; give minutes from {}, e.g. 120",
                    crate::limits::daily_minutes_range()
                )
            })?;
        let enrollment = Enrollment {
            roadmap_id: form.roadmap_id.clone(),
            start,
            daily_minutes,
            paused_weeks: Vec::new(),
        };
        self.store.start(&enrollment)?;
        self.view.welcome.form = None;
        self.view.screen = Screen::Today;
        self.reload()?;
        self.info(format!("Started on {}. Good luck!", start.format("%A %-d %B %Y")));
        Ok(())
    }
}
