//! What several test files share: the two norm dates, the regeling ids in output order, and
//! households and amounts written briefly. Each test file uses part of it.
#![allow(dead_code)]

use regelingencheck::rules::{Date, Household, Money};
use rust_decimal::{Decimal, RoundingStrategy};

/// The norms of the spec start on these two dates.
pub const JAN: Date = Date::new_unchecked(2023, 1, 1);
pub const JUL: Date = Date::new_unchecked(2023, 7, 1);

/// Every regeling of the spec, in the order the evaluation gives them.
pub const SCHEME_IDS: [&str; 9] = [
    "kindpakket",
    "iit",
    "czm",
    "jfsc",
    "maatschappelijke_activiteiten",
    "computerregeling",
    "energietoeslag_2023",
    "kwijtschelding",
    "bijzondere_bijstand",
];

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

/// An amount written as in the spec, "1338.28".
pub fn eur(s: &str) -> Money {
    Money::from_decimal(dec(s))
}

/// Half-up (away from zero) to whole cents, as the gemeente rounds.
pub fn round_half_up(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

pub fn single(age: u8, children: &[u8]) -> Household {
    Household {
        age,
        partner_age: None,
        aow: None,
        partner_aow: None,
        children: children.to_vec(),
    }
}

pub fn couple(age: u8, partner_age: u8, children: &[u8]) -> Household {
    Household {
        partner_age: Some(partner_age),
        ..single(age, children)
    }
}
