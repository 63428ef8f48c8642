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
}

/// A field's value as it came: the JSON text of a value (checked to be valid JSON when the line
/// was read), or a CSV cell (never empty: empty is absent).
#[derive(Clone, Copy)]
pub enum Value<'a> {
    Json(&'a str),
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

/// Positions in `FIELDS`, so that a field is found without comparing names for every line.
pub mod at {
    pub const DATE: usize = 0;
    pub const AGE: usize = 1;
    pub const PARTNER_AGE: usize = 2;
    pub const AOW: usize = 3;
    pub const PARTNER_AOW: usize = 4;
    pub const CHILDREN: usize = 5;
    pub const INCOME: usize = 6;
    pub const PERIOD: usize = 7;
    pub const HOLIDAY_PAY_INCLUDED: usize = 8;
    pub const ASSETS_ABOVE_LIMIT: usize = 9;
    pub const LOW_INCOME_3_YEARS: usize = 10;
    pub const STUDENT: usize = 11;
    pub const DEBT_HELP: usize = 12;
}

/// The same fields, generic over where they came from.
#[derive(Default)]
pub struct Fields<'a> {
    pub values: [Option<Value<'a>>; 13],
}

impl<'a> Fields<'a> {
    pub fn from_json(raw: &RawFields<'a>) -> Fields<'a> {
        let j = |v: Option<&'a RawValue>| v.map(|raw| Value::Json(raw.get()));
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

    /// The value of the field at position `at` (see `mod at`).
    fn get(&self, at: usize) -> Option<Value<'a>> {
        self.values[at]
    }
}

#[derive(Debug, PartialEq)]
pub struct Parsed {
    pub date: Date,
    pub household: Household,
    pub income: Income,
    pub circumstances: Circumstances,
}

impl Default for Parsed {
    /// What a line with no fields at all gives: every field at its default or unknown.
    fn default() -> Parsed {
        Parsed {
            date: DEFAULT_DATE,
            household: Household::default(),
            income: Income::default(),
            circumstances: Circumstances::default(),
        }
    }
}

impl Parsed {
    /// Back to `default()`, keeping the list of children to fill again.
    pub fn reset(&mut self) {
        let mut children = std::mem::take(&mut self.household.children);
        children.clear();
        *self = Parsed {
            household: Household {
                children,
                ..Household::default()
            },
            ..Parsed::default()
        };
    }
}

/// Parses and checks every field; the first problem found is the line's error. The children's
/// ages go into `children`, a list from an earlier line, emptied and filled again: one list
/// fewer to allocate per household.
pub fn parse_fields(f: &Fields, mut children: Vec<u8>) -> Result<Parsed, LineError> {
    let date = match f.get(at::DATE) {
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
    let age = person_age(f.get(at::AGE), "age")?
        .ok_or_else(|| LineError::new("missing_field", "age", "age is required"))?;
    let partner_age = person_age(f.get(at::PARTNER_AGE), "partner_age")?;
    children.clear();
    if let Some(v) = f.get(at::CHILDREN) {
        children_into(v, &mut children)?;
    }
    let amount = match f.get(at::INCOME) {
        None => {
            return Err(LineError::new(
                "missing_field",
                "income",
                "income is required",
            ))
        }
        Some(v) => money(v)?,
    };
    let period = match f.get(at::PERIOD) {
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
            aow: boolean(f.get(at::AOW), "aow")?,
            partner_aow: boolean(f.get(at::PARTNER_AOW), "partner_aow")?,
            children,
        },
        income: Income {
            amount,
            period,
            holiday_pay_included: boolean(f.get(at::HOLIDAY_PAY_INCLUDED), "holiday_pay_included")?
                .unwrap_or(false),
        },
        circumstances: Circumstances {
            assets_above_limit: boolean(f.get(at::ASSETS_ABOVE_LIMIT), "assets_above_limit")?,
            low_income_3_years: boolean(f.get(at::LOW_INCOME_3_YEARS), "low_income_3_years")?,
            student: boolean(f.get(at::STUDENT), "student")?,
            debt_help: boolean(f.get(at::DEBT_HELP), "debt_help")?,
        },
    })
}

fn wrong_type(field: &str, expected: &str) -> LineError {
    LineError::new("wrong_type", field, format!("{field} must be {expected}"))
}

/// A JSON string's contents or a CSV cell. Borrowed where it can be: the command reads hundreds
/// of thousands of lines a second and most strings have no escapes.
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
    let age = integer(v, field)?;
    match age {
        18..=120 => Ok(Some(age as u8)),
        0..=17 => Err(LineError::new(
            "under_18",
            field,
            format!("{field} {age}: the regelingen are for people aged 18 or over"),
        )),
        // The same code as the rules give for a household with such an age.
        i64::MIN..=-1 => Err(LineError::new(
            "negative",
            field,
            format!("{field} {age}: an age cannot be negative"),
        )),
        _ => Err(LineError::new(
            HouseholdError::AgeTooHigh { partner: false }.code(),
            field,
            format!("{field} {age} is not a possible age"),
        )),
    }
}

fn children_into(v: Value, children: &mut Vec<u8>) -> Result<(), LineError> {
    let not_a_list = || wrong_type("children", "a list of ages, such as [7, 13]");
    let age = |item: &str| -> Result<u8, LineError> {
        let age = integer(Value::Cell(item), "children").map_err(|_| not_a_list())?;
        match u8::try_from(age) {
            Ok(a) if a <= MAX_AGE => Ok(a),
            _ if age < 0 => Err(LineError::new(
                "negative",
                "children",
                format!("child age {age}: an age cannot be negative"),
            )),
            _ => Err(LineError::new(
                HouseholdError::ChildAgeTooHigh { index: 0 }.code(),
                "children",
                format!("child age {age} is not a possible age"),
            )),
        }
    };
    match v {
        Value::Cell(c) => {
            for item in c
                .split([';', ',', ' ', '/'])
                .filter(|s| !s.trim().is_empty())
            {
                children.push(age(item)?);
            }
        }
        Value::Json(json) => match numbers_only(json) {
            // A list of numbers only, such as "[7, 13]": the items are what is between commas.
            Some(inner) if inner.trim().is_empty() => {}
            Some(inner) => {
                for item in inner.split(',') {
                    children.push(age(item)?);
                }
            }
            None => {
                let list: Vec<&RawValue> = serde_json::from_str(json).map_err(|_| not_a_list())?;
                for item in list {
                    children.push(age(item.get())?);
                }
            }
        },
    }
    Ok(())
}

/// The inside of a JSON list that holds nothing but numbers, such as `[7, 13]`; `None` for any
/// other value. `json` is valid JSON, so then every comma separates two numbers.
fn numbers_only(json: &str) -> Option<&str> {
    let inner = json.strip_prefix('[')?.strip_suffix(']')?;
    inner
        .bytes()
        .all(|b| {
            matches!(
                b,
                b'0'..=b'9'
                    | b'-'
                    | b'+'
                    | b'.'
                    | b'e'
                    | b'E'
                    | b','
                    | b' '
                    | b'\t'
                    | b'\r'
                    | b'\n'
            )
        })
        .then_some(inner)
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
    // JSON's own words first, as they nearly always are; then case-insensitive, without the
    // allocation of lowercasing a copy.
    match s {
        "true" => return Ok(Some(true)),
        "false" => return Ok(Some(false)),
        "null" => return Ok(None),
        _ => {}
    }
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
    if let Some(m) = usual_amount(&typed) {
        return Ok(m);
    }
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

/// The usual forms: up to seven digits, perhaps with one or two decimals after a '.' or ','
/// ("1380", "1380,5"); thousands grouped once ("1.380", "1.380,50", "1,380.50"); around them a
/// currency ("€", "EUR", "euro", in any case) or ",-". `parse_money` reads these the same way (a
/// test checks), but works out in general what each mark and word means; most files have only
/// these forms, so they are read here directly. Anything else is `None`.
fn usual_amount(typed: &str) -> Option<Money> {
    let mut s = trim_spaces(typed.as_bytes());
    for word in [&b"\xe2\x82\xac"[..], b"euro", b"eur"] {
        if s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word) {
            s = trim_spaces(&s[word.len()..]);
            break;
        }
    }
    for word in [&b"\xe2\x82\xac"[..], b"euro", b"eur", b",-", b".-"] {
        if s.len() >= word.len() && s[s.len() - word.len()..].eq_ignore_ascii_case(word) {
            s = trim_spaces(&s[..s.len() - word.len()]);
            break;
        }
    }
    let (int, rest) = split_digits(s);
    let (thousands, frac) = match rest {
        [] => (None, &[][..]),
        [mark @ (b'.' | b','), rest @ ..] => match split_digits(rest) {
            (frac, []) if (1..=2).contains(&frac.len()) => (None, frac),
            (group, []) if group.len() == 3 => (Some(group), &[][..]),
            (group, [decimal @ (b'.' | b','), frac @ ..])
                if group.len() == 3 && decimal != mark && !frac.is_empty() =>
            {
                (Some(group), frac)
            }
            _ => return None,
        },
        _ => return None,
    };
    if thousands.is_some() && (!(1..=3).contains(&int.len()) || int[0] == b'0') {
        return None;
    }
    let ok = (1..=7).contains(&int.len()) && frac.len() <= 2 && frac.iter().all(u8::is_ascii_digit);
    if !ok {
        return None;
    }
    let digits = |d: &[u8]| d.iter().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    let whole = match thousands {
        Some(group) => digits(int) * 1000 + digits(group),
        None => digits(int),
    };
    let cents = whole * 100 + digits(frac) * if frac.len() == 1 { 10 } else { 1 };
    Some(Money::from_cents(cents))
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| b != b' ').unwrap_or(s.len());
    let end = s.iter().rposition(|&b| b != b' ').map_or(start, |i| i + 1);
    &s[start..end]
}

/// The ASCII digits at the start of `s`, and the rest.
fn split_digits(s: &[u8]) -> (&[u8], &[u8]) {
    s.split_at(s.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// A JSON number has a dot as its decimal mark, whatever Dutch habits say: 1.380 is 1.38.
pub fn json_number_money(s: &str) -> Result<Money, LineError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever `usual_amount` reads, `parse_money` reads the same.
    #[test]
    fn usual_amounts_are_read_as_parse_money_reads_them() {
        let parts = [
            "", "0", "00", "1", "7", "12", "380", "1380", "01380", "1234567", "12345678", ".", ",",
            "5", "50", "05", "500", " ", "\t", "-", "€", "a", "1.380", "٣", "EUR", "euro", "Eur",
            ",-", ".-", "1,234", "012", "€ ", " euro",
        ];
        let mut tried = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let typed = format!("{a}{b}{c}");
                    if let Some(m) = usual_amount(&typed) {
                        assert_eq!(parse_money(&typed), Ok(m), "{typed:?}");
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 3000, "{tried}");
        // Longer strings of the same parts, at random.
        let mut state = 0x853c_49e6_748f_ea9bu64;
        let mut pick = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut tried_long = 0;
        for _ in 0..100_000 {
            let typed: String = (0..2 + pick(5)).map(|_| parts[pick(parts.len())]).collect();
            if let Some(m) = usual_amount(&typed) {
                assert_eq!(parse_money(&typed), Ok(m), "{typed:?}");
                tried_long += 1;
            }
        }
        assert!(tried_long > 2000, "{tried_long}");
        for (typed, cents) in [
            ("1380,5", 138_050),
            (" 1380.05 ", 138_005),
            ("1.380", 138_000),
            ("€ 1.380,-", 138_000),
            ("1,380.50", 138_050),
            ("EUR 1380.50", 138_050),
            ("1380 Euro", 138_000),
            ("€1380,99", 138_099),
        ] {
            assert_eq!(
                usual_amount(typed),
                Some(Money::from_cents(cents)),
                "{typed}"
            );
        }
        for unusual in [
            "0.500",
            "1234.567",
            "1.380.000",
            "1.380.50",
            "1 380",
            "-5",
            "€",
            "",
        ] {
            assert_eq!(usual_amount(unusual), None, "{unusual}");
        }
    }

    #[test]
    fn positions_match_the_names() {
        let positions = [
            (at::DATE, "date"),
            (at::AGE, "age"),
            (at::PARTNER_AGE, "partner_age"),
            (at::AOW, "aow"),
            (at::PARTNER_AOW, "partner_aow"),
            (at::CHILDREN, "children"),
            (at::INCOME, "income"),
            (at::PERIOD, "period"),
            (at::HOLIDAY_PAY_INCLUDED, "holiday_pay_included"),
            (at::ASSETS_ABOVE_LIMIT, "assets_above_limit"),
            (at::LOW_INCOME_3_YEARS, "low_income_3_years"),
            (at::STUDENT, "student"),
            (at::DEBT_HELP, "debt_help"),
        ];
        assert_eq!(positions.len(), FIELDS.len());
        for (i, name) in positions {
            assert_eq!(FIELDS[i], name);
        }
    }
}
