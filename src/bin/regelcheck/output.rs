//! Writing results: a JSON line per household (full or compact) and CSV cells, straight into a
//! byte buffer. Amounts are written as "1338.28": a dot, always two decimals, no grouping.

use super::input::LineError;
use regelingencheck::rules::{Date, Evaluation, Money, Reason};
use rust_decimal::Decimal;

/// A household's JSON line. Full: per regeling its percentage, limits and reasons with their
/// amounts. Compact: per regeling its verdict and its reasons' codes; the household's own
/// amounts (norm, income, percentage of the norm) once.
pub fn evaluation(out: &mut Vec<u8>, line: u64, id: Option<&str>, e: &Evaluation, compact: bool) {
    line_start(out, line, id);
    out.extend_from_slice(b",\"leefvorm\":\"");
    out.extend_from_slice(e.leefvorm.id().as_bytes());
    out.extend_from_slice(b"\",\"norm\":{\"amount\":\"");
    amount(out, e.norm);
    out.extend_from_slice(b"\",\"amount_excl_holiday_pay\":\"");
    amount(out, e.norm_excl_holiday_pay);
    out.extend_from_slice(b"\",\"date\":\"");
    date(out, e.norm_date);
    out.extend_from_slice(b"\"},\"income_per_month\":\"");
    amount(out, e.income_per_month);
    out.extend_from_slice(b"\",\"percent_of_norm\":\"");
    amount(out, Money::from_decimal(e.percent_of_norm));
    out.extend_from_slice(b"\",\"schemes\":[");
    for (i, s) in e.schemes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"id\":\"");
        out.extend_from_slice(s.regeling.id.as_bytes());
        out.extend_from_slice(b"\",\"verdict\":\"");
        out.extend_from_slice(s.verdict.id().as_bytes());
        if compact {
            out.extend_from_slice(b"\",\"reasons\":[");
            for (i, r) in s.reasons.iter().enumerate() {
                out.extend_from_slice(if i > 0 { b",\"" } else { b"\"" });
                out.extend_from_slice(r.code().as_bytes());
                out.push(b'"');
            }
            out.extend_from_slice(b"]}");
            continue;
        }
        out.extend_from_slice(b"\",\"percentage\":\"");
        decimal(out, s.regeling.percentage);
        match s.limits {
            Some(l) => {
                out.extend_from_slice(b"\",\"limit\":\"");
                amount(out, l.incl_holiday_pay);
                out.extend_from_slice(b"\",\"limit_excl_holiday_pay\":\"");
                amount(out, l.excl_holiday_pay);
                out.extend_from_slice(b"\",\"reasons\":[");
            }
            None => out.extend_from_slice(
                b"\",\"limit\":null,\"limit_excl_holiday_pay\":null,\"reasons\":[",
            ),
        }
        for (i, r) in s.reasons.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            reason(out, r);
        }
        out.extend_from_slice(b"]}");
    }
    out.extend_from_slice(b"]}\n");
}

/// A reason with the values it shows, such as `{"code":"no_child_in_age_range","min":4,"max":17}`.
fn reason(out: &mut Vec<u8>, r: &Reason) {
    out.extend_from_slice(b"{\"code\":\"");
    out.extend_from_slice(r.code().as_bytes());
    out.push(b'"');
    let money = |out: &mut Vec<u8>, name: &str, m: Money| {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":\"");
        amount(out, m);
        out.push(b'"');
    };
    let whole = |out: &mut Vec<u8>, name: &str, n: u8| {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
        number(out, u64::from(n));
    };
    match *r {
        Reason::IncomeWithinLimit { income, limit } => {
            money(out, "income", income);
            money(out, "limit", limit);
        }
        Reason::WithinMargin {
            income,
            limit,
            over_by,
        }
        | Reason::IncomeAboveLimit {
            income,
            limit,
            over_by,
        } => {
            money(out, "income", income);
            money(out, "limit", limit);
            money(out, "over_by", over_by);
        }
        Reason::NoChildInAgeRange { min, max } => {
            whole(out, "min", min);
            whole(out, "max", max);
        }
        Reason::AgeBelowMinimum { age, min_age } => {
            whole(out, "age", age);
            whole(out, "min_age", min_age);
        }
        Reason::AssetsAboveLimit { limit } | Reason::AssetsUnknown { limit } => {
            money(out, "limit", limit)
        }
        Reason::DebtHelpNoIncomeLimit
        | Reason::DebtHelpUnknown
        | Reason::AowAge
        | Reason::Student
        | Reason::StudentUnknown
        | Reason::ShortLowIncome
        | Reason::LowIncome3YearsUnknown
        | Reason::CapacityTestNeeded => {}
    }
    out.push(b'}');
}

/// A bad line: `{"line":N,"error":{"code","field","message"}}`.
pub fn error(out: &mut Vec<u8>, line: u64, id: Option<&str>, e: &LineError) {
    line_start(out, line, id);
    out.extend_from_slice(b",\"error\":{\"code\":");
    json_string(out, e.code);
    out.extend_from_slice(b",\"field\":");
    match &e.field {
        Some(f) => json_string(out, f),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"message\":");
    json_string(out, &e.message);
    out.extend_from_slice(b"}}\n");
}

/// The line number, and the id as its JSON text.
fn line_start(out: &mut Vec<u8>, line: u64, id: Option<&str>) {
    out.extend_from_slice(b"{\"line\":");
    number(out, line);
    if let Some(id) = id {
        out.extend_from_slice(b",\"id\":");
        out.extend_from_slice(id.as_bytes());
    }
}

fn json_string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    out.push(b'"');
}

/// The CSV header: the line number, the input's columns, the results and the error.
pub fn csv_header(out: &mut Vec<u8>, headers: &[String], ids: &[&str]) {
    out.extend_from_slice(b"line");
    for h in headers {
        out.push(b',');
        csv_cell(out, h);
    }
    out.extend_from_slice(b",leefvorm,norm,norm_date,income_per_month,percent_of_norm");
    for id in ids {
        out.push(b',');
        out.extend_from_slice(id.as_bytes());
    }
    out.extend_from_slice(b",error_code,error_field,error_message\n");
}

/// A CSV row: the line number, the input's cells as they were, then the leefvorm, the amounts
/// and a verdict per regeling in the order of `ids`, or the error.
pub fn csv_row(
    out: &mut Vec<u8>,
    line: u64,
    cells: &csv::StringRecord,
    columns: usize,
    ids: &[&str],
    result: &Result<Evaluation, LineError>,
) {
    number(out, line);
    for i in 0..columns {
        out.push(b',');
        csv_cell(out, cells.get(i).unwrap_or(""));
    }
    match result {
        Ok(e) => {
            out.push(b',');
            out.extend_from_slice(e.leefvorm.id().as_bytes());
            out.push(b',');
            amount(out, e.norm);
            out.push(b',');
            date(out, e.norm_date);
            out.push(b',');
            amount(out, e.income_per_month);
            out.push(b',');
            amount(out, Money::round_to_cent(e.percent_of_norm));
            for id in ids {
                out.push(b',');
                if let Some(s) = e.schemes.iter().find(|s| s.regeling.id == *id) {
                    out.extend_from_slice(s.verdict.id().as_bytes());
                }
            }
            out.extend_from_slice(b",,,\n");
        }
        Err(e) => {
            out.extend(std::iter::repeat_n(b',', 6 + ids.len()));
            csv_cell(out, e.code);
            out.push(b',');
            csv_cell(out, e.field.as_deref().unwrap_or(""));
            out.push(b',');
            csv_cell(out, &e.message);
            out.push(b'\n');
        }
    }
}

/// A CSV cell, quoted when it needs to be.
fn csv_cell(out: &mut Vec<u8>, s: &str) {
    if s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// "1338.28", as `Money`'s `Display` writes it.
fn amount(out: &mut Vec<u8>, m: Money) {
    let cents = m.cents();
    if cents < 0 {
        out.push(b'-');
    }
    let c = cents.unsigned_abs();
    number(out, c / 100);
    out.push(b'.');
    two_digits(out, c % 100);
}

/// "2023-07-01", as `Date`'s `Display` writes it for the four-digit years of the data.
fn date(out: &mut Vec<u8>, d: Date) {
    number(out, d.year().into());
    out.push(b'-');
    two_digits(out, d.month().into());
    out.push(b'-');
    two_digits(out, d.day().into());
}

fn number(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
}

fn two_digits(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
}

/// A decimal as its `Display` writes it; whole numbers, as every percentage in the data is,
/// without going through `fmt`.
fn decimal(out: &mut Vec<u8>, d: Decimal) {
    match u64::try_from(d.mantissa()) {
        Ok(n) if d.scale() == 0 && !d.is_sign_negative() => number(out, n),
        _ => out.extend_from_slice(d.to_string().as_bytes()),
    }
}
