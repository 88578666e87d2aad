//! Gathers [`ScreenData`] from the store and the plan engine.
//!
//! TEMPORARY: the plan engine is not merged yet; this returns the welcome
//! state only. Replaced once `plan` lands.

use chrono::NaiveDate;
use color_eyre::Result;
use color_eyre::eyre::eyre;

use crate::store::Store;
use crate::tui::data::ScreenData;

/// The screen data for `today` with the week of `shown_monday`; `None` before any enrollment.
pub fn load(store: &Store, today: NaiveDate, shown_monday: NaiveDate) -> Result<Option<ScreenData>> {
    let _ = (today, shown_monday);
    match store.active_enrollment()? {
        None => Ok(None),
        Some(_) => Err(eyre!("the plan engine is not available in this build")),
    }
}
