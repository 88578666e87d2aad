//! `review`, `pause` and `resume`: whole-week commands.

use chrono::{Duration, NaiveDate};
use color_eyre::eyre::Result;

use super::args::week_monday;
use super::{Context, print};
use crate::export::markdown::{ReviewExport, weekly_review};
use crate::plan::{Note, RecurringDue, ReviewSummary};
use crate::report::layout::{iso_label, short_date};
use crate::report::review::ReviewView;
use crate::report::{self};
use crate::roadmap::Roadmap;
use crate::store::{CarryOver, WeeklyReview};
use crate::study::active::ActivePlan;
use crate::study::{Focus, Snapshot};

/// One week's review, read from the store: what every rendering of it shows.
#[derive(Debug, Clone)]
pub struct WeekReview {
    /// The active roadmap.
    pub roadmap: Roadmap,
    /// The schedule engine's summary of the week.
    pub summary: ReviewSummary,
    /// The parallel tracks' recurring tasks of the week.
    pub recurring: Vec<RecurringDue>,
    /// The learner's saved answers and reflection, if any.
    pub saved: Option<WeeklyReview>,
    /// Tasks carried out of the week.
    pub carry_overs: Vec<CarryOver>,
    /// The week's notes.
    pub notes: Vec<Note>,
}

impl WeekReview {
    /// Reads the week starting `monday` of the active plan: the Review
    /// screen's snapshot of that week.
    pub fn load(ctx: &Context, monday: NaiveDate) -> Result<WeekReview> {
        let store = ctx.open_store()?;
        let snap = crate::study::load_started(&store, Focus::week(ctx.clock.today, monday))?;
        Ok(WeekReview::of(snap))
    }

    /// The review of the snapshot's shown week.
    pub fn of(snap: Snapshot) -> WeekReview {
        let week = snap.review.monday..=snap.review.iso_week.sunday();
        WeekReview {
            summary: snap.review,
            recurring: snap.week.recurring,
            saved: Some(snap.saved_review).filter(|saved| *saved != WeeklyReview::default()),
            carry_overs: snap.carried_out,
            notes: snap.week_notes.into_iter().filter(|n| week.contains(&n.day)).collect(),
            roadmap: snap.roadmap,
        }
    }

    /// What `studyplan review` prints (text or JSON).
    pub fn view(self) -> ReviewView {
        ReviewView::build(
            &self.roadmap,
            self.summary,
            self.recurring,
            self.saved.as_ref(),
            self.carry_overs,
            self.notes,
        )
    }

    /// The review as Markdown: the one rendering `review --markdown` and `export markdown` share.
    pub fn markdown(&self) -> String {
        weekly_review(&ReviewExport {
            roadmap_title: &self.roadmap.title,
            summary: &self.summary,
            saved: self.saved.as_ref(),
            carry_overs: &self.carry_overs,
            recurring: &self.recurring,
            notes: &self.notes,
        })
    }
}

/// `studyplan review [--week W] [--markdown] [--json]`.
pub fn review(ctx: &Context, week: Option<&str>, markdown: bool, json: bool) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let review = WeekReview::load(ctx, monday)?;
    if markdown {
        return print(&review.markdown());
    }
    let view = review.view();
    print(&if json { report::to_json(&view)? } else { view.to_text() })
}

/// `studyplan pause [--week W]` (`paused = true`) and `studyplan resume [--week W]`.
///
/// A week after the plan's last day cannot be paused (nothing would move),
/// and a week with time logged only with `yes`: its time would count for no
/// plan week.
pub fn pause(ctx: &Context, week: Option<&str>, paused: bool, yes: bool) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let label = iso_label(monday);
    let is_paused = active.enrollment.paused_weeks.contains(&monday);
    if paused && is_paused {
        crate::refuse!("{label} is already paused; `studyplan resume --week {label}` takes it back");
    }
    if !paused && !is_paused {
        crate::refuse!("{label} is not paused, so there is nothing to resume");
    }
    if paused && monday + Duration::days(6) < active.enrollment.start {
        crate::refuse!(
            "{label} ends before the plan starts ({}); only weeks from the start can be paused",
            short_date(active.enrollment.start)
        );
    }
    if paused {
        let finish = crate::plan::span::planned_finish(&active.roadmap, &active.enrollment);
        if monday > finish {
            crate::refuse!(
                "{label} comes after the plan's last day ({}); pausing it would move nothing",
                short_date(finish)
            );
        }
        let logged: u32 = store
            .time_between(monday, monday + Duration::days(6))?
            .iter()
            .map(|e| e.minutes)
            .sum();
        if logged > 0 && !yes {
            crate::refuse!(
                "{label} already has {} logged; a paused week plans nothing, so that time would count for no plan \
                 week. If you mean it, run it again with --yes",
                crate::report::layout::minutes(logged)
            );
        }
    }
    store.set_paused(monday, paused)?;
    let message = if paused {
        format!(
            "Paused {label} (from {}); the rest of the plan moves one week later.\n",
            short_date(monday)
        )
    } else {
        format!("Resumed {label}; the plan is one week shorter again.\n")
    };
    print(&message)
}
