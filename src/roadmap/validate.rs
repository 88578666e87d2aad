//! Checks serde cannot make: unique ids, week ranges, overlaps, splits that fit the budget.
