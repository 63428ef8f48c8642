//! One household from one input line (JSON or a CSV row), with an error naming the field.

use regelingencheck::rules::{
    parse_money, Circumstances, Date, Household, Income, Money, Period, DEFAULT_DATE,
};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

/// What went wrong on a line: a stable code, the field, and a message for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub code: &'static str,
    pub field: Option<String>,
    pub message: String,
}

impl LineError {
    pub fn new(code: &'static str, field: &str, message: impl Into<String>) -> LineError {
        LineError {
            code,
            field: Some(field.to_string()),
            message: message.into(),
        }
    }
}

/// A field's value as it came: a JSON value, or a CSV cell (never empty: empty is absent).
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Json(&'a RawValue),
    Cell(&'a str),
}

/// The fields of a line, absent or JSON null as `None`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFields<'a> {
    #[serde(borrow)]
    pub id: Option<&'a RawValue>,
    #[serde(borrow)]
    pub date: Option<&'a RawValue>,
    #[serde(borrow)]
    pub age: Option<&'a RawValue>,
    #[serde(borrow)]
    pub partner_age: Option<&'a RawValue>,
    #[serde(borrow)]
    pub aow: Option<&'a RawValue>,
    #[serde(borrow)]
    pub partner_aow: Option<&'a RawValue>,
    #[serde(borrow)]
    pub children: Option<&'a RawValue>,
    #[serde(borrow)]
    pub income: Option<&'a RawValue>,
    #[serde(borrow)]
    pub period: Option<&'a RawValue>,
    #[serde(borrow)]
    pub holiday_pay_included: Option<&'a RawValue>,
    #[serde(borrow)]
    pub assets_above_limit: Option<&'a RawValue>,
    #[serde(borrow)]
    pub low_income_3_years: Option<&'a RawValue>,
    #[serde(borrow)]
    pub student: Option<&'a RawValue>,
    #[serde(borrow)]
    pub debt_help: Option<&'a RawValue>,
}

/// The input fields in file order; CSV headers use the same names.
pub const FIELDS: [&str; 13] = [
    "date",
    "age",
    "partner_age",
    "aow",
    "partner_aow",
    "children",
    "income",
    "period",
    "holiday_pay_included",
    "assets_above_limit",
    "low_income_3_years",
    "student",
    "debt_help",
];

/// The same fields, generic over where they came from.
#[derive(Default)]
pub struct Fields<'a> {
    pub values: [Option<Value<'a>>; 13],
}

impl<'a> Fields<'a> {
    pub fn from_json(raw: &RawFields<'a>) -> Fields<'a> {
        let j = |v: Option<&'a RawValue>| v.map(Value::Json);
        Fields {
            values: [
                j(raw.date),
                j(raw.age),
                j(raw.partner_age),
                j(raw.aow),
                j(raw.partner_aow),
                j(raw.children),
                j(raw.income),
                j(raw.period),
                j(raw.holiday_pay_included),
                j(raw.assets_above_limit),
                j(raw.low_income_3_years),
                j(raw.student),
                j(raw.debt_help),
            ],
        }
    }

    fn get(&self, name: &str) -> Option<Value<'a>> {
        let i = FIELDS.iter().position(|f| *f == name).expect("known field");
        self.values[i]
    }
}

pub struct Parsed {
    pub date: Date,
    pub household: Household,
    pub income: Income,
    pub circumstances: Circumstances,
}

/// Parses and checks every field; the first problem found is the line's error.
pub fn parse_fields(f: &Fields) -> Result<Parsed, LineError> {
    let date = match f.get("date") {
        None => DEFAULT_DATE,
        Some(v) => {
            let s = text(v, "date", "a date as \"YYYY-MM-DD\"")?;
            Date::parse(&s).ok_or_else(|| {
                LineError::new(
                    "invalid_date",
                    "date",
                    format!("\"{s}\" is not a date as YYYY-MM-DD"),
                )
            })?
        }
    };
    let age = person_age(f.get("age"), "age")?
        .ok_or_else(|| LineError::new("missing_field", "age", "age is required"))?;
    let partner_age = person_age(f.get("partner_age"), "partner_age")?;
    let children = match f.get("children") {
        None => Vec::new(),
        Some(v) => children(v)?,
    };
    let amount = match f.get("income") {
        None => {
            return Err(LineError::new(
                "missing_field",
                "income",
                "income is required",
            ))
        }
        Some(v) => money(v)?,
    };
    let period = match f.get("period") {
        None => Period::Month,
        Some(v) => {
            let s = text(v, "period", "one of month, four_weeks, week, year")?;
            Period::from_id(&s).ok_or_else(|| {
                LineError::new(
                    "invalid_period",
                    "period",
                    format!("period \"{s}\" is not one of month, four_weeks, week, year"),
                )
            })?
        }
    };
    Ok(Parsed {
        date,
        household: Household {
            age,
            partner_age,
            aow: boolean(f.get("aow"), "aow")?,
            partner_aow: boolean(f.get("partner_aow"), "partner_aow")?,
            children,
        },
        income: Income {
            amount,
            period,
            holiday_pay_included: boolean(f.get("holiday_pay_included"), "holiday_pay_included")?
                .unwrap_or(false),
        },
        circumstances: Circumstances {
            assets_above_limit: boolean(f.get("assets_above_limit"), "assets_above_limit")?,
            low_income_3_years: boolean(f.get("low_income_3_years"), "low_income_3_years")?,
            student: boolean(f.get("student"), "student")?,
            debt_help: boolean(f.get("debt_help"), "debt_help")?,
        },
    })
}

fn wrong_type(field: &str, expected: &str) -> LineError {
    LineError::new("wrong_type", field, format!("{field} must be {expected}"))
}

/// A JSON string's contents or a CSV cell. Borrowed where it can be: the command reads a million
/// lines a second and most strings have no escapes.
fn text<'a>(v: Value<'a>, field: &str, expected: &str) -> Result<Cow<'a, str>, LineError> {
    match v {
        Value::Cell(s) => Ok(Cow::Borrowed(s.trim())),
        Value::Json(raw) => {
            let json = raw.get();
            // The line has been read as JSON already, so a value in quotes without a backslash
            // is a string whose contents are exactly what is between the quotes.
            match json.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
                Some(inner) if !inner.contains('\\') => Ok(Cow::Borrowed(inner)),
                _ => serde_json::from_str::<String>(json)
                    .map(Cow::Owned)
                    .map_err(|_| wrong_type(field, expected)),
            }
        }
    }
}

/// An age in whole years: a JSON integer, or digits in a string or cell.
fn integer(v: Value, field: &str) -> Result<i64, LineError> {
    let s = match v {
        Value::Json(raw) if raw.get().starts_with('"') => text(v, field, "a whole number")?,
        Value::Json(raw) => Cow::Borrowed(raw.get()),
        Value::Cell(c) => Cow::Borrowed(c.trim()),
    };
    let digits = s.strip_prefix('-').unwrap_or(&s);
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(wrong_type(field, "a whole number"));
    }
    Ok(s.parse().unwrap_or(i64::MAX))
}

fn person_age(v: Option<Value>, field: &str) -> Result<Option<u8>, LineError> {
    let Some(v) = v else { return Ok(None) };
    let age = integer(v, field)?;
    match age {
        18..=120 => Ok(Some(age as u8)),
        0..=17 => Err(LineError::new(
            "under_18",
            field,
            format!("{field} {age}: the regelingen are for people aged 18 or over"),
        )),
        _ => Err(LineError::new(
            "out_of_range",
            field,
            format!("{field} {age} is not a possible age"),
        )),
    }
}

fn children(v: Value) -> Result<Vec<u8>, LineError> {
    let not_a_list = || wrong_type("children", "a list of ages, such as [7, 13]");
    let age = |item: &str| -> Result<u8, LineError> {
        let age = integer(Value::Cell(item), "children").map_err(|_| not_a_list())?;
        u8::try_from(age).ok().filter(|&a| a <= 120).ok_or_else(|| {
            LineError::new(
                "out_of_range",
                "children",
                format!("child age {age} is not a possible age"),
            )
        })
    };
    match v {
        Value::Cell(c) => c
            .split([';', ',', ' ', '/'])
            .filter(|s| !s.trim().is_empty())
            .map(age)
            .collect(),
        Value::Json(raw) => {
            let list: Vec<&RawValue> = serde_json::from_str(raw.get()).map_err(|_| not_a_list())?;
            list.iter().map(|r| age(r.get())).collect()
        }
    }
}

/// `true`, `false`, null or absent (unknown); in CSV also ja/nee/yes/no/1/0.
fn boolean(v: Option<Value>, field: &str) -> Result<Option<bool>, LineError> {
    let s = match v {
        None => return Ok(None),
        Some(Value::Json(raw)) => raw.get(),
        Some(Value::Cell(c)) => c.trim(),
    };
    // Case-insensitive, without the allocation of lowercasing a copy.
    let one_of = |words: &[&str]| words.iter().any(|w| s.eq_ignore_ascii_case(w));
    if one_of(&["true", "yes", "ja", "1"]) {
        Ok(Some(true))
    } else if one_of(&["false", "no", "nee", "0"]) {
        Ok(Some(false))
    } else if one_of(&["null", "unknown", "onbekend", "?"]) {
        Ok(None)
    } else {
        Err(wrong_type(field, "true, false or null (unknown)"))
    }
}

/// Income as people type it (a string or cell), or a JSON number read exactly, never as a float.
fn money(v: Value) -> Result<Money, LineError> {
    let typed = match v {
        Value::Json(raw) if !raw.get().starts_with('"') => return json_number_money(raw.get()),
        _ => text(v, "income", "an amount such as \"1380,50\"")?,
    };
    parse_money(&typed).map_err(|e| {
        LineError::new(
            e.code(),
            "income",
            format!(
                "income \"{typed}\" is not an amount in euros ({})",
                e.code().replace('_', " ")
            ),
        )
    })
}

/// A JSON number has a dot as its decimal mark, whatever Dutch habits say: 1.380 is 1.38.
fn json_number_money(s: &str) -> Result<Money, LineError> {
    let err = |code: &'static str, why: &str| {
        LineError::new(code, "income", format!("income {s}: {why}"))
    };
    if s.starts_with('-') {
        return Err(err("negative", "an income cannot be negative"));
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(err(
            "not_a_number",
            "write the amount as digits, such as 1380.50",
        ));
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 2 {
        return Err(err(
            "too_many_decimals",
            "an amount has at most two decimals",
        ));
    }
    if int.trim_start_matches('0').len() > 7 {
        return Err(err(
            "too_large",
            "ten million euros or more is not a possible income here",
        ));
    }
    // At most two decimals remain: "5" is 50 cents, "05" is 5.
    let frac_cents = frac
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(2)
        .fold(0, |acc, b| acc * 10 + (b - b'0') as i64);
    let cents: i64 = int.parse::<i64>().unwrap_or(0) * 100 + frac_cents;
    Ok(Money::from_cents(cents))
}
