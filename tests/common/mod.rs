//! What several test files share: the two norm dates, the regeling ids in output order, and
//! households and amounts written briefly. Each test file uses part of it.
#![allow(dead_code)]

use regelingencheck::rules::parameters::NormCategory;
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

/// The norm table of spec section 1, net per month incl. vakantietoeslag, per norm category: the
/// one copy in the tests of what the data must say.
pub fn spec_norm(category: NormCategory, date: Date) -> Decimal {
    let (jan, jul) = match category {
        NormCategory::Alleenstaande => ("1195.66", "1216.62"),
        NormCategory::Gehuwd => ("1708.08", "1738.02"),
        NormCategory::AlleenstaandeAow => ("1330.67", "1357.66"),
        NormCategory::GehuwdAow => ("1807.20", "1843.60"),
        NormCategory::Alleenstaande18To20 => ("295.20", "300.36"),
        NormCategory::Gehuwd18To20 => ("590.40", "600.72"),
        NormCategory::Gehuwd18To20MetKinderen => ("932.02", "948.32"),
        NormCategory::Gehuwd18To20En21 => ("1149.24", "1169.37"),
        NormCategory::Gehuwd18To20En21MetKinderen => ("1490.86", "1516.97"),
    };
    dec(if date >= JUL { jul } else { jan })
}

/// Spec section 5: id, percentage of the norm, and whether the verdict is at most "maybe".
pub const SPEC_REGELINGEN: [(&str, &str, bool); 9] = [
    ("kindpakket", "110", false),
    ("iit", "110", false),
    ("czm", "130", false),
    ("jfsc", "120", false),
    ("maatschappelijke_activiteiten", "110", false),
    ("computerregeling", "110", false),
    ("energietoeslag_2023", "120", false),
    ("kwijtschelding", "100", true),
    ("bijzondere_bijstand", "150", true),
];

/// The percentage of a regeling in spec section 5.
pub fn spec_percentage(id: &str) -> Decimal {
    let (_, p, _) = SPEC_REGELINGEN
        .iter()
        .find(|r| r.0 == id)
        .unwrap_or_else(|| panic!("regeling {id} is not in the spec"));
    dec(p)
}
