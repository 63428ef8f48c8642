//! Writing results as JSON Lines and CSV rows. Hand-written, because the command is meant to
//! check a million households a second and a generic serializer spends most of that budget.

use super::input::LineError;
use regelingencheck::rules::money::{write_percent, write_u64};
use regelingencheck::rules::{Date, Evaluation, Money, Reason};
use rust_decimal::Decimal;

pub fn json_string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

fn money(out: &mut Vec<u8>, m: Money) {
    out.push(b'"');
    m.write_plain(out);
    out.push(b'"');
}

/// "2023-07-01", as `Date`'s `Display` writes it, without going through `fmt` and a `String`.
pub fn date(out: &mut Vec<u8>, d: Date) {
    zero_padded(out, d.year() as u64, 4);
    out.push(b'-');
    zero_padded(out, d.month() as u64, 2);
    out.push(b'-');
    zero_padded(out, d.day() as u64, 2);
}

/// At least `width` digits, like `{:0width$}`.
fn zero_padded(out: &mut Vec<u8>, n: u64, width: usize) {
    let start = out.len();
    write_u64(out, n);
    let digits = out.len() - start;
    if digits < width {
        out.splice(start..start, std::iter::repeat_n(b'0', width - digits));
    }
}

/// A decimal as its `Display` writes it. Whole numbers (every percentage in the data) are
/// written directly; anything else goes through `to_string`.
fn decimal(out: &mut Vec<u8>, d: Decimal) {
    match u64::try_from(d.mantissa()) {
        Ok(n) if d.scale() == 0 && !d.is_sign_negative() => write_u64(out, n),
        _ => out.extend_from_slice(d.to_string().as_bytes()),
    }
}

fn key_money(out: &mut Vec<u8>, key: &[u8], m: Money) {
    out.extend_from_slice(key);
    money(out, m);
}

fn line_start(out: &mut Vec<u8>, line: u64, id: Option<&str>) {
    out.extend_from_slice(b"{\"line\":");
    write_u64(out, line);
    if let Some(id) = id {
        out.extend_from_slice(b",\"id\":");
        out.extend_from_slice(id.as_bytes());
    }
}

pub fn write_error(out: &mut Vec<u8>, line: u64, id: Option<&str>, e: &LineError) {
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

pub fn write_evaluation(out: &mut Vec<u8>, line: u64, id: Option<&str>, e: &Evaluation) {
    line_start(out, line, id);
    out.extend_from_slice(b",\"leefvorm\":\"");
    out.extend_from_slice(e.leefvorm.id().as_bytes());
    key_money(out, b"\",\"norm\":{\"amount\":", e.norm);
    key_money(
        out,
        b",\"amount_excl_holiday_pay\":",
        e.norm_excl_holiday_pay,
    );
    out.extend_from_slice(b",\"date\":\"");
    date(out, e.norm_date);
    key_money(out, b"\"},\"income_per_month\":", e.income_per_month);
    out.extend_from_slice(b",\"percent_of_norm\":\"");
    write_percent(out, e.percent_of_norm);
    out.extend_from_slice(b"\",\"schemes\":[");
    for (i, s) in e.schemes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"id\":\"");
        out.extend_from_slice(s.regeling.id.as_bytes());
        out.extend_from_slice(b"\",\"verdict\":\"");
        out.extend_from_slice(s.verdict.id().as_bytes());
        out.extend_from_slice(b"\",\"percentage\":\"");
        decimal(out, s.regeling.percentage);
        out.extend_from_slice(b"\",\"limit\":");
        match s.limits {
            Some(l) => {
                money(out, l.incl_holiday_pay);
                key_money(out, b",\"limit_excl_holiday_pay\":", l.excl_holiday_pay);
            }
            None => out.extend_from_slice(b"null,\"limit_excl_holiday_pay\":null"),
        }
        out.extend_from_slice(b",\"reasons\":[");
        for (j, r) in s.reasons.iter().enumerate() {
            if j > 0 {
                out.push(b',');
            }
            write_reason(out, r);
        }
        out.extend_from_slice(b"]}");
    }
    out.extend_from_slice(b"]}\n");
}

fn write_reason(out: &mut Vec<u8>, r: &Reason) {
    out.extend_from_slice(b"{\"code\":\"");
    out.extend_from_slice(r.code().as_bytes());
    out.push(b'"');
    match *r {
        Reason::IncomeWithinLimit { income, limit } => {
            key_money(out, b",\"income\":", income);
            key_money(out, b",\"limit\":", limit);
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
            key_money(out, b",\"income\":", income);
            key_money(out, b",\"limit\":", limit);
            key_money(out, b",\"over_by\":", over_by);
        }
        Reason::NoChildInAgeRange { min, max } => {
            out.extend_from_slice(b",\"min\":");
            write_u64(out, min as u64);
            out.extend_from_slice(b",\"max\":");
            write_u64(out, max as u64);
        }
        Reason::AgeBelowMinimum { age, min_age } => {
            out.extend_from_slice(b",\"age\":");
            write_u64(out, age as u64);
            out.extend_from_slice(b",\"min_age\":");
            write_u64(out, min_age as u64);
        }
        Reason::AssetsAboveLimit { limit } | Reason::AssetsUnknown { limit } => {
            key_money(out, b",\"limit\":", limit);
        }
        _ => {}
    }
    out.push(b'}');
}

/// A CSV cell, quoted when it needs to be.
pub fn csv_cell(out: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}
