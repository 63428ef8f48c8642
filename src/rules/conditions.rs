//! The non-income conditions, one arm per kind. A condition passes, fails, or cannot be decided
//! because an answer is unknown: three-valued, so an unknown never silently counts as yes or no.

use super::household::{Circumstances, Household};
use super::money::Money;
use super::parameters::ConditionKind;
use super::reason::Reason;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// Could go either way: the verdict is at best "maybe".
    Unsure(Reason),
    Fail(Reason),
}

/// What the conditions look at besides the condition itself.
pub struct Facts<'a> {
    pub household: &'a Household,
    pub circumstances: Circumstances,
    pub applicant_at_aow_age: bool,
    pub vermogensgrens: Money,
}

/// Three-valued test of a yes/no answer: `Some(bad)` fails, `None` is unsure.
fn answer_must_be(answer: Option<bool>, wanted: bool, fail: Reason, unknown: Reason) -> Outcome {
    match answer {
        Some(a) if a == wanted => Outcome::Pass,
        Some(_) => Outcome::Fail(fail),
        None => Outcome::Unsure(unknown),
    }
}

pub fn check(kind: ConditionKind, f: &Facts) -> Outcome {
    let c = f.circumstances;
    match kind {
        ConditionKind::ChildAge { min, max } => {
            if f.household.has_child_aged(min, max) {
                Outcome::Pass
            } else {
                Outcome::Fail(Reason::NoChildInAgeRange { min, max })
            }
        }
        ConditionKind::MinAge { age } => {
            if f.household.age >= age {
                Outcome::Pass
            } else {
                Outcome::Fail(Reason::AgeBelowMinimum {
                    age: f.household.age,
                    min_age: age,
                })
            }
        }
        ConditionKind::BelowAowAge => {
            if f.applicant_at_aow_age {
                Outcome::Fail(Reason::AowAge)
            } else {
                Outcome::Pass
            }
        }
        ConditionKind::LowIncomeYears { .. } => answer_must_be(
            c.low_income_3_years,
            true,
            Reason::ShortLowIncome,
            Reason::LowIncome3YearsUnknown,
        ),
        ConditionKind::NoStudiefinanciering => {
            answer_must_be(c.student, false, Reason::Student, Reason::StudentUnknown)
        }
        ConditionKind::AssetsBelowLimit => answer_must_be(
            c.assets_above_limit,
            false,
            Reason::AssetsAboveLimit {
                limit: f.vermogensgrens,
            },
            Reason::AssetsUnknown {
                limit: f.vermogensgrens,
            },
        ),
        // Part of the income test; see evaluation::income_test.
    }
}
