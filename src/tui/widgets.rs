//! Small reusable pieces drawn by several screens.

pub mod fit;
pub mod gauge_row;
pub mod help;
pub mod item_list;
pub mod labels;
pub mod marks;
pub mod popup;
pub mod text_input;
