//! One household from one input line (JSON or a CSV row), with an error naming the field.

use regelingencheck::rules::household::MAX_AGE;
use regelingencheck::rules::{
    parse_money, Circumstances, Date, Household, HouseholdError, Income, Money, Period,
    DEFAULT_DATE,
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

    /// An error that is not about one field.
    pub fn other(code: &'static str, message: impl Into<String>) -> LineError {
        LineError {
            code,
            field: None,
            message: message.into(),
        }
    }
}

/// A field's value as it came: the JSON text of a value (checked to be valid JSON when the line
/// was read), or a CSV cell.
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Json(&'a str),
    Cell(&'a str),
}

/// The fields of a line, absent or JSON null as `None`: `V` is a JSON value or a CSV cell
/// (never empty: empty is absent).
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields<V> {
    pub id: Option<V>,
    pub date: Option<V>,
    pub age: Option<V>,
    pub partner_age: Option<V>,
    pub aow: Option<V>,
    pub partner_aow: Option<V>,
    pub children: Option<V>,
    pub income: Option<V>,
    pub period: Option<V>,
    pub holiday_pay_included: Option<V>,
    pub assets_above_limit: Option<V>,
    pub low_income_3_years: Option<V>,
    pub student: Option<V>,
    pub debt_help: Option<V>,
}

impl<V> Fields<V> {
    /// The input field of a CSV column named `name`; `None` for any other column (the `id` too:
    /// a CSV row keeps all its cells anyway).
    pub fn column(&mut self, name: &str) -> Option<&mut Option<V>> {
        Some(match name {
            "date" => &mut self.date,
            "age" => &mut self.age,
            "partner_age" => &mut self.partner_age,
            "aow" => &mut self.aow,
            "partner_aow" => &mut self.partner_aow,
            "children" => &mut self.children,
            "income" => &mut self.income,
            "period" => &mut self.period,
            "holiday_pay_included" => &mut self.holiday_pay_included,
            "assets_above_limit" => &mut self.assets_above_limit,
            "low_income_3_years" => &mut self.low_income_3_years,
            "student" => &mut self.student,
            "debt_help" => &mut self.debt_help,
            _ => return None,
        })
    }
}

pub struct Parsed {
    pub date: Date,
    pub household: Household,
    pub income: Income,
    pub circumstances: Circumstances,
}

/// Parses and checks every field, each taken as a `Value` by `value`; the first problem found is
/// the line's error.
pub fn parse_fields<'a, V: Copy>(
    f: &Fields<V>,
    value: impl Fn(V) -> Value<'a>,
) -> Result<Parsed, LineError> {
    let v = |field: Option<V>| field.map(&value);
    let missing = |field| LineError::new("missing_field", field, format!("{field} is required"));
    let date = v(f.date).map(date).transpose()?.unwrap_or(DEFAULT_DATE);
    let age = person_age(v(f.age), "age")?.ok_or_else(|| missing("age"))?;
    let partner_age = person_age(v(f.partner_age), "partner_age")?;
    let children = v(f.children).map(children).transpose()?.unwrap_or_default();
    let amount = money(v(f.income).ok_or_else(|| missing("income"))?)?;
    let period = v(f.period).map(period).transpose()?.unwrap_or_default();
    Ok(Parsed {
        date,
        household: Household {
            age,
            partner_age,
            aow: boolean(v(f.aow), "aow")?,
            partner_aow: boolean(v(f.partner_aow), "partner_aow")?,
            children,
        },
        income: Income {
            amount,
            period,
            holiday_pay_included: boolean(v(f.holiday_pay_included), "holiday_pay_included")?
                .unwrap_or(false),
        },
        circumstances: Circumstances {
            assets_above_limit: boolean(v(f.assets_above_limit), "assets_above_limit")?,
            low_income_3_years: boolean(v(f.low_income_3_years), "low_income_3_years")?,
            student: boolean(v(f.student), "student")?,
            debt_help: boolean(v(f.debt_help), "debt_help")?,
        },
    })
}

fn date(v: Value) -> Result<Date, LineError> {
    let s = text(v, "date", "a date as \"YYYY-MM-DD\"")?;
    let why = || format!("\"{s}\" is not a date as YYYY-MM-DD");
    Date::parse(&s).ok_or_else(|| LineError::new("invalid_date", "date", why()))
}

fn period(v: Value) -> Result<Period, LineError> {
    let s = text(v, "period", "one of month, four_weeks, week, year")?;
    let why = || format!("period \"{s}\" is not one of month, four_weeks, week, year");
    Period::from_id(&s).ok_or_else(|| LineError::new("invalid_period", "period", why()))
}

fn wrong_type(field: &str, expected: &str) -> LineError {
    LineError::new("wrong_type", field, format!("{field} must be {expected}"))
}

/// A JSON string's contents or a CSV cell; borrowed when the string has no escapes.
fn text<'a>(v: Value<'a>, field: &str, expected: &str) -> Result<Cow<'a, str>, LineError> {
    match v {
        Value::Cell(s) => Ok(Cow::Borrowed(s.trim())),
        Value::Json(json) => {
            // The line has been read as JSON already, so a value in quotes without a backslash
            // is a string whose contents are exactly what is between the quotes.
            match json.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
                Some(inner) if !inner.as_bytes().contains(&b'\\') => Ok(Cow::Borrowed(inner)),
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
        Value::Json(json) if json.starts_with('"') => text(v, field, "a whole number")?,
        Value::Json(json) => Cow::Borrowed(json),
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
    let too_high = HouseholdError::AgeTooHigh { partner: false }.code();
    match age(integer(v, field)?, field, field, too_high)? {
        age @ 0..=17 => {
            let why = format!("{field} {age}: the regelingen are for people aged 18 or over");
            Err(LineError::new("under_18", field, why))
        }
        age => Ok(Some(age)),
    }
}

/// An age of 0 to `MAX_AGE`, or the error: with the rules' own code for an age above it.
fn age(age: i64, field: &str, label: &str, too_high: &'static str) -> Result<u8, LineError> {
    match u8::try_from(age) {
        Ok(a) if a <= MAX_AGE => Ok(a),
        _ if age < 0 => {
            let why = format!("{label} {age}: an age cannot be negative");
            Err(LineError::new("negative", field, why))
        }
        _ => Err(LineError::new(
            too_high,
            field,
            format!("{label} {age} is not a possible age"),
        )),
    }
}

fn children(v: Value) -> Result<Vec<u8>, LineError> {
    let not_a_list = || wrong_type("children", "a list of ages, such as [7, 13]");
    let too_high = HouseholdError::ChildAgeTooHigh { index: 0 }.code();
    let child = |item: &str| {
        let years = integer(Value::Cell(item), "children").map_err(|_| not_a_list())?;
        age(years, "children", "child age", too_high)
    };
    match v {
        Value::Cell(c) => c
            .split([';', ',', ' ', '/'])
            .filter(|s| !s.trim().is_empty())
            .map(child)
            .collect(),
        Value::Json(json) => {
            let list: Vec<&RawValue> = serde_json::from_str(json).map_err(|_| not_a_list())?;
            list.iter().map(|item| child(item.get())).collect()
        }
    }
}

/// `true`, `false`, null or absent (unknown); also the words of a spreadsheet, in a CSV cell or
/// a JSON string: ja/nee, yes/no, 1/0, onbekend/unknown/?.
fn boolean(v: Option<Value>, field: &str) -> Result<Option<bool>, LineError> {
    let s = match v {
        None => return Ok(None),
        Some(v @ Value::Json(json)) if json.starts_with('"') => {
            let words = text(v, field, "true, false or null (unknown)")?;
            return boolean(Some(Value::Cell(&words)), field);
        }
        Some(Value::Json(json)) => json,
        Some(Value::Cell(c)) => c.trim(),
    };
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
pub fn money(v: Value) -> Result<Money, LineError> {
    let typed = match v {
        Value::Json(json) if !json.starts_with('"') => return json_number_money(json),
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
pub fn json_number_money(s: &str) -> Result<Money, LineError> {
    let err = |code, why: &str| Err(LineError::new(code, "income", format!("income {s}: {why}")));
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = frac.trim_end_matches('0');
    if s.starts_with('-') {
        err("negative", "an income cannot be negative")
    } else if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        err(
            "not_a_number",
            "write the amount as digits, such as 1380.50",
        )
    } else if frac.len() > 2 {
        err("too_many_decimals", "an amount has at most two decimals")
    } else if int.trim_start_matches('0').len() > 7 {
        err(
            "too_large",
            "ten million euros or more is not a possible income here",
        )
    } else {
        // Whole euros, then the decimals as cents: "5" is 50 cents, "05" is 5.
        let cents = (frac.bytes().chain(std::iter::repeat(b'0')).take(2))
            .fold(int.parse().unwrap_or(0), |n, b| {
                n * 10 + i64::from(b - b'0')
            });
        Ok(Money::from_cents(cents))
    }
}

/// Reads one JSON line: its `id` (its JSON text, echoed as given, once the line is read as an
/// object) and its household, or what is wrong with it.
pub fn json_line(line: &[u8]) -> (Option<&str>, Result<Parsed, LineError>) {
    let text = match std::str::from_utf8(line) {
        Err(_) => Err(LineError::other(
            "invalid_json",
            "the line is not UTF-8 text",
        )),
        Ok(text) if text.trim().is_empty() => Err(LineError::other(
            "empty_line",
            "an empty line; every line must be one household",
        )),
        Ok(text) => Ok(text),
    };
    match text.and_then(parse_object) {
        Ok(raw) => (
            raw.id.map(RawValue::get),
            parse_fields(&raw, |v| Value::Json(v.get())),
        ),
        Err(e) => (None, Err(e)),
    }
}

/// One line as a JSON object. serde's derived `Deserialize` also accepts a struct written as an
/// array of its fields in order (`[null, null, 34, ...]`), and `[1]` would be reported as a wrong
/// array length; a line must be an object, so an array is refused here first.
fn parse_object(text: &str) -> Result<Fields<&RawValue>, LineError> {
    if text
        .trim_start_matches([' ', '\t', '\r', '\n'])
        .starts_with('[')
    {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => not_an_object(),
            Err(e) => json_error(e),
        });
    }
    serde_json::from_str(text).map_err(json_error)
}

fn json_error(e: serde_json::Error) -> LineError {
    // Each line is read on its own, so serde's "line 1" would be wrong: the line number is in the
    // output already, and only the column is kept.
    let msg = e.to_string().replace(" at line 1 column ", " at column ");
    let quoted = msg.split('`').nth(1).map(str::to_string);
    if msg.starts_with("unknown field") {
        LineError {
            code: "unknown_field",
            message: format!(
                "unknown field {}; see regelcheck --help",
                quoted.as_deref().unwrap_or_default()
            ),
            field: quoted,
        }
    } else if msg.starts_with("duplicate field") {
        LineError {
            code: "duplicate_field",
            field: quoted,
            message: msg,
        }
    } else if msg.starts_with("invalid type") {
        not_an_object()
    } else {
        LineError::other("invalid_json", format!("not valid JSON: {msg}"))
    }
}

fn not_an_object() -> LineError {
    LineError::other("not_an_object", "each line must be one JSON object")
}

/// The rules' objection to a household that the fields' own checks let through.
pub fn household_error(e: HouseholdError) -> LineError {
    let message = match e {
        HouseholdError::Under18 { .. } => "the regelingen are for people aged 18 or over",
        HouseholdError::AgeTooHigh { .. } => "not a possible age",
        HouseholdError::ChildAgeTooHigh { .. } => "a child's age is not a possible age",
        HouseholdError::AowAnswerNeeded { .. } => {
            "at 66 the AOW age (66 years and 10 months) may or may not be reached: give true or false"
        }
    };
    LineError::new(e.code(), e.field(), message)
}
