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

/// The start dates of the norms in spec sections 1 and 10.
pub const NORM_DATES: [&str; 8] = [
    "2023-01-01",
    "2023-07-01",
    "2024-01-01",
    "2024-07-01",
    "2025-01-01",
    "2025-07-01",
    "2026-01-01",
    "2026-07-01",
];

/// The norm table of spec sections 1 and 10, net per month incl. vakantietoeslag, per norm
/// category and start date (the columns of NORM_DATES): the one copy in the tests of what the
/// data must say. Gehuwd AOW on 1 January 2024 is Heemskerk's own 1933.98 (national: 1932.32).
const SPEC_NORMS: [(NormCategory, [&str; 8]); 9] = [
    (
        NormCategory::Alleenstaande,
        [
            "1195.66", "1216.62", "1283.83", "1308.45", "1345.45", "1369.06", "1401.50", "1419.46",
        ],
    ),
    (
        NormCategory::Gehuwd,
        [
            "1708.08", "1738.02", "1834.04", "1869.21", "1922.07", "1955.80", "2002.13", "2027.79",
        ],
    ),
    (
        NormCategory::AlleenstaandeAow,
        [
            "1330.67", "1357.66", "1425.76", "1456.85", "1501.07", "1530.21", "1564.69", "1587.34",
        ],
    ),
    (
        NormCategory::GehuwdAow,
        [
            "1807.20", "1843.60", "1933.98", "1976.64", "2053.48", "2094.98", "2144.16", "2176.10",
        ],
    ),
    (
        NormCategory::Alleenstaande18To20,
        [
            "295.20", "300.36", "316.94", "323.03", "332.17", "337.98", "345.99", "350.42",
        ],
    ),
    (
        NormCategory::Gehuwd18To20,
        [
            "590.40", "600.72", "633.88", "646.06", "664.34", "675.96", "691.98", "700.84",
        ],
    ),
    (
        NormCategory::Gehuwd18To20MetKinderen,
        [
            "932.02", "948.32", "1000.69", "1019.90", "1048.75", "1067.12", "1092.41", "1106.40",
        ],
    ),
    (
        NormCategory::Gehuwd18To20En21,
        [
            "1149.24", "1169.37", "1233.96", "1257.64", "1293.21", "1315.88", "1347.06", "1364.32",
        ],
    ),
    (
        NormCategory::Gehuwd18To20En21MetKinderen,
        [
            "1490.86", "1516.97", "1600.77", "1631.48", "1677.62", "1707.04", "1747.49", "1769.88",
        ],
    ),
];

/// The spec's norm for a category on a date: the column of the last start date on or before it.
pub fn spec_norm(category: NormCategory, date: Date) -> Decimal {
    let column = NORM_DATES
        .iter()
        .rposition(|d| Date::parse(d).unwrap() <= date)
        .expect("a date with norms");
    let (_, row) = SPEC_NORMS.iter().find(|(c, _)| *c == category).unwrap();
    dec(row[column])
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
