//! Changing the learner's data: tasks, statuses, the quick note, review
//! answers, carry-over; with the popups that ask for text or confirmation.

use chrono::Duration;
use color_eyre::Result;

use super::App;
use crate::plan::ItemState;
use crate::tui::action::{Action, Screen};
use crate::tui::screens::today::{self, TodayItem};
use crate::tui::screens::{milestones, review, week};
use crate::tui::state::{EditTarget, Pending, Popup, ReviewField};
use crate::tui::strings;
use crate::tui::widgets::text_input::TextInput;

impl App {
    /// Space: toggles the selected task, deliverable or roadmap item done.
    pub(super) fn toggle_done(&mut self) -> Result<()> {
        let Some(data) = &self.view.data else { return Ok(()) };
        match self.view.screen {
            // The cursor stays on the row acted on: a ticked row stays listed until tomorrow.
            Screen::Today => match today::items(data).get(self.view.cursor.today).copied() {
                Some(item @ (TodayItem::Task(_) | TodayItem::Carried(_))) => {
                    let Some(task) = today::task_of(data, item) else {
                        return Ok(());
                    };
                    let (id, done) = (task.id, !task.done);
                    self.store.set_task_done(id, done)?;
                    if matches!(item, TodayItem::Carried(_)) && !self.kept_tasks.contains(&id) {
                        self.kept_tasks.push(id);
                    }
                    self.ticked(done)
                }
                Some(TodayItem::Deliverable(i)) => {
                    let id = data.worklist[i].id.clone();
                    self.mark_item(&id, ItemState::Done)
                }
                Some(TodayItem::Block(_)) => {
                    Err(crate::refusal!("Blocks fill up with logged time; s starts the timer."))
                }
                None => Ok(()),
            },
            Screen::Week => {
                let Some(task) = self.selected_week_task() else {
                    self.no_task_selected("tick");
                    return Ok(());
                };
                let (id, done) = (task.id, !task.done);
                self.store.set_task_done(id, done)?;
                self.ticked(done)
            }
            Screen::Milestones => self.mark_selected(ItemState::Done),
            Screen::Review | Screen::Stats => Ok(()),
        }
    }

    /// After a task's tick: reloads and says what it is now, as a deliverable's tick does.
    fn ticked(&mut self, done: bool) -> Result<()> {
        self.reload()?;
        self.info(if done {
            strings::MARKED_DONE
        } else {
            strings::MARKED_OPEN
        });
        Ok(())
    }

    /// `space`/`p`/`x` on the Milestones screen: sets the selected item's state (again clears it).
    pub(super) fn mark_selected(&mut self, state: ItemState) -> Result<()> {
        let Some(data) = &self.view.data else { return Ok(()) };
        if self.view.screen != Screen::Milestones {
            return Ok(());
        }
        let tree = milestones::tree(data, self.view.today());
        let Some(node) = tree.get(self.view.cursor.milestones) else {
            return Ok(());
        };
        let Some(id) = node.status_id() else {
            return Err(crate::refusal!(
                "Only deliverables, milestones, projects and topics have a status; select one of them."
            ));
        };
        let id = id.to_owned();
        self.mark_item(&id, state)
    }

    /// Sets an item's state, or clears it when it already has that state.
    fn mark_item(&mut self, id: &str, state: ItemState) -> Result<()> {
        let current = self.view.data.as_ref().and_then(|d| d.state_of(id));
        let new = if current == Some(state) { None } else { Some(state) };
        self.store.set_status(id, new, self.view.today())?;
        self.reload()?;
        let word = match new {
            Some(ItemState::Done) => "done",
            Some(ItemState::InProgress) => "in progress",
            Some(ItemState::Skipped) => "skipped",
            None => "open again",
        };
        self.info(format!("Marked {word}."));
        Ok(())
    }

    /// Enter: the selected item's detail (Milestones) or an answer to write (Review).
    pub(super) fn open_selected(&mut self) {
        let Some(data) = &self.view.data else { return };
        match self.view.screen {
            Screen::Milestones => {
                let tree = milestones::tree(data, self.view.today());
                if let Some(node) = tree.get(self.view.cursor.milestones) {
                    let (title, lines) = milestones::detail(data, node);
                    self.view.popup = Some(Popup::Detail { title, lines });
                }
            }
            Screen::Review => {
                let fields = review::fields(data);
                if let Some((field, prompt, answer)) = fields.into_iter().nth(self.view.cursor.review) {
                    let input = Box::new(TextInput::new(prompt, &answer, true));
                    self.view.popup = Some(Popup::Editor {
                        input,
                        target: EditTarget::Review(field),
                    });
                }
            }
            _ => {}
        }
    }

    /// `a`: a new task on today (Today) or on the selected day (Week).
    pub(super) fn start_add_task(&mut self) {
        let day = match self.view.screen {
            Screen::Today => self.view.today(),
            Screen::Week => self.selected_week_date(),
            _ => return,
        };
        let title = format!("New task on {}", day.format("%a %-d %b"));
        self.view.popup = Some(Popup::Editor {
            input: Box::new(TextInput::new(title, "", false)),
            target: EditTarget::NewTask(day),
        });
    }

    /// `e`: rename the selected task (Today or Week).
    pub(super) fn start_rename_task(&mut self) {
        let Some(task) = self.selected_task() else {
            self.no_task_selected("edit");
            return;
        };
        let target = EditTarget::RenameTask(task.id);
        self.view.popup = Some(Popup::Editor {
            input: Box::new(TextInput::new("Rename task", &task.title, false)),
            target,
        });
    }

    /// `d`: asks before deleting the selected task.
    pub(super) fn ask_delete_task(&mut self) {
        let Some(task) = self.selected_task() else {
            self.no_task_selected("delete");
            return;
        };
        let question = format!("Delete the task “{}”?", crate::text::clean_line(&task.title));
        self.view.popup = Some(Popup::Confirm {
            question,
            on_yes: Pending::DeleteTask(task),
        });
    }

    /// `n`: the quick note of today.
    pub(super) fn start_note(&mut self) {
        let Some(data) = &self.view.data else { return };
        let note = data.note.clone().unwrap_or_default();
        let target = EditTarget::Note(self.view.today());
        self.view.popup = Some(Popup::Editor {
            input: Box::new(TextInput::new("Today's note", &note, true)),
            target,
        });
    }

    /// `c`: asks before carrying the shown week's unfinished tasks to the next week.
    pub(super) fn ask_carry_over(&mut self) {
        let Some(data) = &self.view.data else { return };
        let count = data.review.unfinished_tasks.len();
        if count == 0 {
            self.info("No unfinished task to carry over.");
            return;
        }
        let question = format!("Move {} of this week to next Monday?", unfinished_tasks(count));
        self.view.popup = Some(Popup::Confirm {
            question,
            on_yes: Pending::CarryOver(self.view.shown_monday),
        });
    }

    /// `H`/`L`: moves the selected task a day earlier or later; it stays selected.
    pub(super) fn move_task(&mut self, days: i64) -> Result<()> {
        let Some(task) = self.selected_week_task() else {
            self.no_task_selected("move");
            return Ok(());
        };
        let day = task.day + Duration::days(days);
        self.store.move_task(task.id, day)?;
        // The selection follows the task, to the next shown week if need be.
        self.select_week_date(day)?;
        if let Some(data) = &self.view.data {
            let tasks = week::tasks_of_day(data, self.view.cursor.week_day);
            self.view.cursor.week_task = tasks.iter().position(|t| t.id == task.id).unwrap_or(0);
        }
        self.info(format!("Moved to {}.", day.format("%A %-d %B")));
        Ok(())
    }

    /// Yes in a confirmation.
    pub(super) fn confirm(&mut self) -> Result<()> {
        let Some(Popup::Confirm { on_yes, .. }) = self.view.popup.take() else {
            return Ok(());
        };
        match on_yes {
            Pending::DeleteTask(task) => {
                let deleted = self.store.delete_seen_task(&task);
                // Deleted or refused, show the store as it is now.
                self.reload()?;
                deleted?;
                self.info("Task deleted.");
            }
            Pending::CarryOver(monday) => {
                let moved = self.store.carry_over(monday)?;
                self.reload()?;
                self.info(format!("Carried {} over to next week.", tasks_word(moved)));
            }
            // Yes, discard: the field is gone with its text.
            Pending::Discard(_) => {}
        }
        Ok(())
    }

    /// Saves the text of the open editor where it belongs.
    pub(super) fn submit_edit(&mut self) -> Result<()> {
        let Some(Popup::Editor { input, target }) = self.view.popup.take() else {
            return Ok(());
        };
        let text = input.text();
        match target {
            EditTarget::NewTask(_) | EditTarget::RenameTask(_) if text.is_empty() => {
                self.view.popup = Some(Popup::Editor { input, target });
                return Err(crate::refusal!("A task needs a title; type one, or Esc to cancel."));
            }
            EditTarget::NewTask(day) => {
                let id = self.store.add_task(&text, day)?;
                self.reload()?;
                self.select_task(id);
                self.info("Task added.");
                return Ok(());
            }
            EditTarget::RenameTask(id) => {
                self.store.rename_task(id, &text)?;
                self.info("Task renamed.");
            }
            EditTarget::Note(day) => {
                self.store.save_note(day, &text)?;
                self.info("Note saved.");
            }
            EditTarget::Review(field) => {
                let Some(data) = &self.view.data else { return Ok(()) };
                let mut saved = data.saved_review.clone();
                saved.monday = Some(self.view.shown_monday);
                match field {
                    ReviewField::Answer(question) => {
                        saved.answers.retain(|(q, _)| *q != question);
                        saved.answers.push((question, text));
                    }
                    ReviewField::WentWell => saved.went_well = text,
                    ReviewField::InTheWay => saved.in_the_way = text,
                    ReviewField::NextFocus => saved.next_focus = text,
                }
                self.store.save_review(self.view.shown_monday, &saved)?;
                self.info("Review saved.");
            }
        }
        self.reload()
    }

    /// Selects the task with this id on the current screen (after adding it, say).
    fn select_task(&mut self, id: i64) {
        let Some(data) = &self.view.data else { return };
        match self.view.screen {
            Screen::Today => {
                let items = today::items(data);
                let found = items
                    .iter()
                    .position(|i| matches!(i, TodayItem::Task(t) if data.today_tasks[*t].id == id));
                if let Some(row) = found {
                    self.view.cursor.today = row;
                }
            }
            Screen::Week => {
                let tasks = week::tasks_of_day(data, self.view.cursor.week_day);
                if let Some(index) = tasks.iter().position(|t| t.id == id) {
                    self.view.cursor.week_task = index;
                }
            }
            _ => {}
        }
    }

    /// Says why a key for a task did nothing: on Today the row selected is
    /// not a task; on Week the selected day has none (`verb`: what the key does).
    fn no_task_selected(&mut self, verb: &str) {
        match self.view.screen {
            Screen::Today => {
                let (edit, delete) = (self.key_for(Action::EditTask), self.key_for(Action::DeleteTask));
                self.hint(format!(
                    "Select one of your tasks first: {edit} and {delete} edit and delete tasks."
                ));
            }
            Screen::Week => {
                let day = self.selected_week_date().format("%a %-d %b");
                let add = self.key_for(Action::AddTask);
                self.hint(format!("No task to {verb} on {day}: {add} adds one."));
            }
            _ => {}
        }
    }

    /// The task selected on Today (its own or a carried-over one) or on Week.
    fn selected_task(&self) -> Option<crate::plan::Task> {
        let data = self.view.data.as_ref()?;
        match self.view.screen {
            Screen::Today => {
                let item = *today::items(data).get(self.view.cursor.today)?;
                today::task_of(data, item).cloned()
            }
            _ => self.selected_week_task(),
        }
    }

    fn selected_week_task(&self) -> Option<crate::plan::Task> {
        let data = self.view.data.as_ref()?;
        if self.view.screen != Screen::Week {
            return None;
        }
        week::tasks_of_day(data, self.view.cursor.week_day)
            .get(self.view.cursor.week_task)
            .map(|t| (*t).clone())
    }
}

/// `1 unfinished task`, `3 unfinished tasks`.
fn unfinished_tasks(count: usize) -> String {
    if count == 1 {
        "1 unfinished task".to_owned()
    } else {
        format!("{count} unfinished tasks")
    }
}

/// `1 task`, `3 tasks`.
fn tasks_word(count: usize) -> String {
    if count == 1 {
        "1 task".to_owned()
    } else {
        format!("{count} tasks")
    }
}
