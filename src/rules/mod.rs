//! The rules of the Heemskerk minimaregelingen, 2023. Pure Rust: no browser or UI code, so the
//! same rules run in the app, in the `regelcheck` command and in the tests.

pub mod conditions;
pub mod date;
pub mod evaluation;
pub mod household;
pub mod income;
pub mod money;
pub mod money_input;
pub mod parameters;
pub mod questions;
pub mod reason;
pub mod verdict;

pub use date::Date;
pub use evaluation::{
    Assessment, Breakpoint, Evaluation, IncomeLimit, Limits, NoNormsForDate, RuleSet,
    SchemeAssessment, SchemeResult,
};
pub use household::{Circumstances, Household, HouseholdError, Leefvorm};
pub use income::{Income, Period};
pub use money::Money;
pub use money_input::{parse_money, MoneyInputError};
pub use questions::{could_matter, flow, open_questions, Flow, PartialAnswers, Question};
pub use reason::{Reason, Weight};
pub use verdict::Verdict;

/// The date the app and regelcheck calculate with unless told otherwise: `calculation_date` in
/// data/coverage.toml, so a gemeente changes one line of data, not code.
pub const DEFAULT_DATE: Date = parameters::CALCULATION_DATE;
