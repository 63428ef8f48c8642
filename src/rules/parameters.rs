//! The parameters from `data/parameters.toml`, each with its start date and source, and the
//! lookup of which values apply on a date.

use super::date::Date;
use super::money::Money;
use super::verdict::Verdict;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    PublicPage,
    CouncilMemo,
    Assumption,
}

impl SourceKind {
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::PublicPage => "public_page",
            SourceKind::CouncilMemo => "council_memo",
            SourceKind::Assumption => "assumption",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub kind: SourceKind,
    pub reference: &'static str,
    pub url: Option<&'static str>,
}

/// A source's text where only the batch command and the tests read it: the browser shows the
/// norms' sources and the memo (build/data.rs), and the other texts cost about 1 KB of its
/// download (issue 18).
const fn native_only(reference: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        reference
    }
}

const fn native_only_url(url: Option<&'static str>) -> Option<&'static str> {
    if cfg!(target_arch = "wasm32") {
        None
    } else {
        url
    }
}

/// A value that applies from `start` until the next value's start.
#[derive(Debug)]
pub struct Dated<T: 'static> {
    pub start: Date,
    pub source: &'static Source,
    /// Further sources: a second publication of the value, or an assumption on how it is used.
    pub also: &'static [&'static Source],
    pub value: T,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AowAge {
    pub years: u8,
    pub months: u8,
}

/// The rows of the bijstandsnormen table; the order matches `data/parameters.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NormCategory {
    Alleenstaande = 0,
    Gehuwd,
    AlleenstaandeAow,
    GehuwdAow,
    Alleenstaande18To20,
    Gehuwd18To20,
    Gehuwd18To20MetKinderen,
    Gehuwd18To20En21,
    Gehuwd18To20En21MetKinderen,
}

impl NormCategory {
    pub const ALL: [NormCategory; 9] = [
        NormCategory::Alleenstaande,
        NormCategory::Gehuwd,
        NormCategory::AlleenstaandeAow,
        NormCategory::GehuwdAow,
        NormCategory::Alleenstaande18To20,
        NormCategory::Gehuwd18To20,
        NormCategory::Gehuwd18To20MetKinderen,
        NormCategory::Gehuwd18To20En21,
        NormCategory::Gehuwd18To20En21MetKinderen,
    ];
}

/// Which vermogensgrens applies; the order matches `data/parameters.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VermogenCategory {
    Alleenstaande = 0,
    AlleenstaandeOuder,
    Gehuwd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConditionKind {
    /// A child of `min` to `max` years at home.
    ChildAge { min: u8, max: u8 },
    /// The applicant is at least `age`.
    MinAge { age: u8 },
    /// The applicant has not reached AOW age.
    BelowAowAge,
    /// A low income for `years` years or more (the texts name the number from here).
    LowIncomeYears { years: u8 },
    /// Not entitled to studiefinanciering.
    NoStudiefinanciering,
    /// Savings under the vermogensgrens.
    AssetsBelowLimit,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Condition {
    pub kind: ConditionKind,
    pub source: &'static Source,
}

/// The base of an income limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitBase {
    /// limit incl. = round(norm incl. × percentage); excl. = round(limit incl. × (1 − share)).
    NormIncl,
    /// limit excl. = round(round(norm incl. × (1 − share)) × percentage);
    /// incl. = round(norm incl. × percentage).
    NormExcl,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Regeling {
    /// The file name in `data/regelingen/`, stable in output files.
    pub id: &'static str,
    /// The Dutch name, the same in every language: the forms and the Serviceplein use it.
    pub name: &'static str,
    /// Where several stand on one line; the forms use IIT and CZM too.
    pub short_name: &'static str,
    /// The pictogram's SVG path, from `data/pictograms.toml`.
    pub pictogram: &'static str,
    pub start: Date,
    /// The last day of this version, where it ends (the energietoeslag 2023).
    pub end: Option<Date>,
    /// Of the norm, on the base below.
    pub percentage: Decimal,
    /// Which norm the percentage is taken of, and so the order of rounding (dated with the
    /// version: Heemskerk changed it for some regelingen from 2024).
    pub limit_base: LimitBase,
    /// The source saying that debt help (Wgs or WSNP) lifts the income limit, where it does.
    pub debt_help_lifts_limit: Option<&'static Source>,
    /// Amounts the regeling gives, by name, where a source states them (the texts use the names).
    pub gives: &'static [(&'static str, Money)],
    pub source: &'static Source,
    /// How to apply: the id of one of `APPLY_ROUTES` (the build checks it).
    pub apply: &'static str,
    pub url: &'static str,
    /// What to bring, as ids the app translates.
    pub documents: &'static [&'static str],
    /// `Maybe` where the gemeente always decides after a further test.
    pub verdict_at_most: Verdict,
    pub conditions: &'static [Condition],
}

/// One way to apply, shared by the regelingen that name it.
#[derive(Debug, PartialEq, Eq)]
pub struct ApplyRoute {
    pub id: &'static str,
    pub url: &'static str,
    pub source: &'static Source,
}

/// Where a resident without DigiD, or who needs help, can go.
#[derive(Debug, PartialEq, Eq)]
pub struct Contact {
    pub address: &'static str,
    pub postcode_town: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub source: &'static Source,
    /// That the Serviceplein is in the gemeentehuis.
    pub location_source: &'static Source,
}

impl Contact {
    /// The number to dial: "14 0251" → "140251".
    pub fn phone_digits(&self) -> String {
        self.phone.chars().filter(char::is_ascii_digit).collect()
    }
}

include!(concat!(env!("OUT_DIR"), "/parameters.rs"));

/// The value in force on `date`: the last one that started on or before it.
pub fn in_force<T>(table: &'static [Dated<T>], date: Date) -> Option<&'static Dated<T>> {
    table.iter().rev().find(|d| d.start <= date)
}

/// The regelingen in force on `date`, one per id (the latest version that has started and not
/// ended).
pub fn regelingen_in_force(date: Date) -> Vec<&'static Regeling> {
    let mut out: Vec<&'static Regeling> = Vec::with_capacity(REGELINGEN.len());
    for r in REGELINGEN
        .iter()
        .filter(|r| r.start <= date && r.end.is_none_or(|end| date <= end))
    {
        match out.iter_mut().find(|o| o.id == r.id) {
            Some(slot) if slot.start < r.start => *slot = r,
            Some(_) => {}
            None => out.push(r),
        }
    }
    out
}

/// The start dates of the norms the data has, for error messages.
pub fn norm_dates() -> Vec<Date> {
    NORMS.iter().map(|n| n.start).collect()
}

/// Whether the norms the app calculates with on `date` are out of date on `today`: newer norms
/// have started, or today is past what the data covers.
pub fn norms_superseded(date: Date, today: Date) -> bool {
    today > COVERED_UNTIL || NORMS.iter().any(|n| n.start > date && n.start <= today)
}
