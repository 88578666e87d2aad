//! The terminal user interface (ratatui): the only module that imports ratatui.
