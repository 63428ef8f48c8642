//! Why a verdict is what it is, with the values the explanation needs.

use super::money::Money;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Income at or below the limit it was compared with.
    IncomeWithinLimit {
        income: Money,
        limit: Money,
    },
    /// Above the limit by at most the margin: "net boven de grens".
    WithinMargin {
        income: Money,
        limit: Money,
        over_by: Money,
    },
    IncomeAboveLimit {
        income: Money,
        limit: Money,
        over_by: Money,
    },
    /// In schuldhulpverlening (Wgs) or WSNP: the kindpakket has no income limit.
    DebtHelpNoIncomeLimit,
    /// The income is above the limit; debt help would lift it, and that is not known.
    DebtHelpUnknown,
    NoChildInAgeRange {
        min: u8,
        max: u8,
    },
    AgeBelowMinimum {
        age: u8,
        min_age: u8,
    },
    AowAge,
    AssetsAboveLimit {
        limit: Money,
    },
    AssetsUnknown {
        limit: Money,
    },
    Student,
    StudentUnknown,
    ShortLowIncome,
    LowIncome3YearsUnknown,
    /// The gemeente decides after a test of what the household can pay itself.
    CapacityTestNeeded,
}

/// How a reason weighs on its verdict: a result shows a "no" by its failing reasons only, and
/// puts them before any that pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    Fails,
    Unsure,
    Passes,
}

impl Reason {
    pub fn weight(&self) -> Weight {
        match self {
            Reason::IncomeWithinLimit { .. } | Reason::DebtHelpNoIncomeLimit => Weight::Passes,
            Reason::WithinMargin { .. }
            | Reason::DebtHelpUnknown
            | Reason::AssetsUnknown { .. }
            | Reason::StudentUnknown
            | Reason::LowIncome3YearsUnknown
            | Reason::CapacityTestNeeded => Weight::Unsure,
            Reason::IncomeAboveLimit { .. }
            | Reason::NoChildInAgeRange { .. }
            | Reason::AgeBelowMinimum { .. }
            | Reason::AowAge
            | Reason::AssetsAboveLimit { .. }
            | Reason::Student
            | Reason::ShortLowIncome => Weight::Fails,
        }
    }

    /// Stable code for files and translations.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::IncomeWithinLimit { .. } => "income_within_limit",
            Reason::WithinMargin { .. } => "within_margin",
            Reason::IncomeAboveLimit { .. } => "income_above_limit",
            Reason::DebtHelpNoIncomeLimit => "debt_help_no_income_limit",
            Reason::DebtHelpUnknown => "debt_help_unknown",
            Reason::NoChildInAgeRange { .. } => "no_child_in_age_range",
            Reason::AgeBelowMinimum { min_age: 21, .. } => "age_below_21",
            Reason::AgeBelowMinimum { min_age: 18, .. } => "age_below_18",
            Reason::AgeBelowMinimum { .. } => "age_below_minimum",
            Reason::AowAge => "aow_age",
            Reason::AssetsAboveLimit { .. } => "assets_above_limit",
            Reason::AssetsUnknown { .. } => "assets_unknown",
            Reason::Student => "student",
            Reason::StudentUnknown => "student_unknown",
            Reason::ShortLowIncome => "short_low_income",
            Reason::LowIncome3YearsUnknown => "low_income_3_years_unknown",
            Reason::CapacityTestNeeded => "capacity_test_needed",
        }
    }
}
