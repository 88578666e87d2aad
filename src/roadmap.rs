//! Roadmaps: the TOML format, its validation and the bundled files. Pure: no
//! clock, no database; the only I/O is reading a roadmap file in `load`.

pub mod bundled;
pub mod defaults;
pub mod error;
pub mod load;
pub mod model;
pub mod validate;

pub use error::{Diagnostic, LoadError};
pub use load::{MAX_FILE_BYTES, load_file, parse_bytes, parse_str};
pub use model::*;
pub use validate::{Problem, validate};
