//! Regelingencheck: which minimaregelingen of the gemeente Heemskerk a household can apply for.

pub mod i18n;
pub mod rules;
pub mod ui;
