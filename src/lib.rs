//! Regelingencheck: which minimaregelingen of the gemeente Heemskerk a household can apply for.

pub mod rules;
