//! Writing results as JSON Lines and CSV rows. Hand-written, because the command is meant to
//! check a million households a second and a generic serializer spends most of that budget.
//!
//! Most of a household's line repeats from one household to the next: a scheme's opening with
//! its limits, and amounts such as limits and the income, which appears in every scheme's
//! reasons. Those texts are kept in `Repeats` and copied instead of formatted again. Keys are
//! written together with the quotes around the value that follows, to make fewer, larger copies.

use super::input::LineError;
use regelingencheck::rules::money::{append_start, write_u64};
use regelingencheck::rules::parameters::Regeling;
use regelingencheck::rules::{Date, Evaluation, Limits, Money, Reason, SchemeResult, Verdict};
use rust_decimal::Decimal;

/// Texts that repeat across households, kept for the whole run.
pub struct Repeats {
    amounts: AmountTexts,
    openings: SchemeOpenings,
}

impl Repeats {
    pub fn new() -> Repeats {
        Repeats {
            amounts: AmountTexts::new(),
            openings: SchemeOpenings::new(),
        }
    }
}

/// The text of amounts written before. A household's line has some fifty amounts, but most
/// repeat: the income in every regeling's reasons, and the limits, which come from a table of a
/// few hundred. Copying a remembered text costs a quarter of formatting the amount again.
struct AmountTexts {
    slots: Vec<AmountSlot>,
}

#[derive(Clone, Copy, Default)]
struct AmountSlot {
    /// The amount exactly as stored (`Decimal::serialize`), so equal keys always mean equal text.
    key: [u8; 16],
    /// The text is `text[..len]`; `len` 0 marks a slot not used yet.
    text: [u8; 24],
    len: u8,
}

impl AmountTexts {
    /// A power of two: the slot is the top bits of a hash.
    const SLOT_BITS: u32 = 10;

    fn new() -> AmountTexts {
        AmountTexts {
            slots: vec![AmountSlot::default(); 1 << Self::SLOT_BITS],
        }
    }

    /// Writes the amount as `Money::write_plain` does.
    fn write(&mut self, out: &mut Vec<u8>, m: Money) {
        let key = m.as_decimal().serialize();
        let i = slot_of(u128::from_le_bytes(key), Self::SLOT_BITS);
        let slot = &mut self.slots[i];
        if slot.len == 0 || slot.key != key {
            let (text, len) = m.plain_text();
            *slot = AmountSlot {
                key,
                text,
                len: len as u8,
            };
        }
        append_start(out, &slot.text, slot.len as usize);
    }
}

/// Fibonacci hashing of 128 bits folded into 64: the top `bits` bits, as a slot number.
fn slot_of(key: u128, bits: u32) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// The opening of a scheme's output up to its reasons, such as
/// `{"id":"kindpakket","verdict":"no","percentage":"110","limit":"1338.28",`
/// `"limit_excl_holiday_pay":"1271.37","reasons":[`. It depends only on the regeling, the
/// verdict and the limits, which come from a table of a few hundred, so each is written once.
struct SchemeOpenings {
    slots: Vec<Option<OpeningSlot>>,
}

struct OpeningSlot {
    regeling: &'static Regeling,
    verdict: Verdict,
    limits: Option<Limits>,
    text: Vec<u8>,
}

impl SchemeOpenings {
    const SLOT_BITS: u32 = 11;

    fn new() -> SchemeOpenings {
        SchemeOpenings {
            slots: (0..1 << Self::SLOT_BITS).map(|_| None).collect(),
        }
    }

    fn write(&mut self, out: &mut Vec<u8>, amounts: &mut AmountTexts, s: &SchemeResult) {
        let limit_bits = s.limits.map_or(0, |l| {
            u128::from_le_bytes(l.incl_holiday_pay.as_decimal().serialize())
        });
        let regeling_bits = std::ptr::from_ref(s.regeling) as usize as u128;
        let key = limit_bits ^ (regeling_bits << 64) ^ ((s.verdict as u128) << 96);
        let slot = &mut self.slots[slot_of(key, Self::SLOT_BITS)];
        match slot {
            Some(o)
                if std::ptr::eq(o.regeling, s.regeling)
                    && o.verdict == s.verdict
                    && o.limits == s.limits => {}
            _ => {
                let mut text = Vec::with_capacity(128);
                write_opening(&mut text, amounts, s);
                *slot = Some(OpeningSlot {
                    regeling: s.regeling,
                    verdict: s.verdict,
                    limits: s.limits,
                    text,
                });
            }
        }
        if let Some(o) = slot {
            out.extend_from_slice(&o.text);
        }
    }
}

fn write_opening(out: &mut Vec<u8>, amounts: &mut AmountTexts, s: &SchemeResult) {
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(s.regeling.id.as_bytes());
    out.extend_from_slice(b"\",\"verdict\":\"");
    out.extend_from_slice(s.verdict.id().as_bytes());
    out.extend_from_slice(b"\",\"percentage\":\"");
    decimal(out, s.regeling.percentage);
    match s.limits {
        Some(l) => {
            out.extend_from_slice(b"\",\"limit\":\"");
            amounts.write(out, l.incl_holiday_pay);
            out.extend_from_slice(b"\",\"limit_excl_holiday_pay\":\"");
            amounts.write(out, l.excl_holiday_pay);
            out.extend_from_slice(b"\",\"reasons\":[");
        }
        None => out
            .extend_from_slice(b"\",\"limit\":null,\"limit_excl_holiday_pay\":null,\"reasons\":["),
    }
}

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

/// "2023-07-01", as `Date`'s `Display` writes it, without going through `fmt` and a `String`.
pub fn date(out: &mut Vec<u8>, d: Date) {
    if d.year() > 9999 {
        // Not a date the input can give (it has four digits for the year), but exact anyway.
        out.extend_from_slice(d.to_string().as_bytes());
        return;
    }
    let two_digits = |n: u16| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
    let [y1, y2] = two_digits(d.year() / 100);
    let [y3, y4] = two_digits(d.year() % 100);
    let [m1, m2] = two_digits(d.month().into());
    let [d1, d2] = two_digits(d.day().into());
    out.extend_from_slice(&[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2]);
}

/// A decimal as its `Display` writes it. Whole numbers (every percentage in the data) are
/// written directly; anything else goes through `to_string`.
fn decimal(out: &mut Vec<u8>, d: Decimal) {
    match u64::try_from(d.mantissa()) {
        Ok(n) if d.scale() == 0 && !d.is_sign_negative() => write_u64(out, n),
        _ => out.extend_from_slice(d.to_string().as_bytes()),
    }
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

pub fn write_evaluation(
    out: &mut Vec<u8>,
    repeats: &mut Repeats,
    line: u64,
    id: Option<&str>,
    e: &Evaluation,
) {
    let amounts = &mut repeats.amounts;
    line_start(out, line, id);
    out.extend_from_slice(b",\"leefvorm\":\"");
    out.extend_from_slice(e.leefvorm.id().as_bytes());
    out.extend_from_slice(b"\",\"norm\":{\"amount\":\"");
    amounts.write(out, e.norm);
    out.extend_from_slice(b"\",\"amount_excl_holiday_pay\":\"");
    amounts.write(out, e.norm_excl_holiday_pay);
    out.extend_from_slice(b"\",\"date\":\"");
    date(out, e.norm_date);
    out.extend_from_slice(b"\"},\"income_per_month\":\"");
    amounts.write(out, e.income_per_month);
    out.extend_from_slice(b"\",\"percent_of_norm\":\"");
    // Two decimals, as `money::write_percent` writes it.
    amounts.write(out, Money::round_to_cent(e.percent_of_norm));
    out.extend_from_slice(b"\",\"schemes\":[");
    for (i, s) in e.schemes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        repeats.openings.write(out, &mut repeats.amounts, s);
        for (j, r) in s.reasons.iter().enumerate() {
            if j > 0 {
                out.push(b',');
            }
            write_reason(out, &mut repeats.amounts, r);
        }
        out.extend_from_slice(b"]}");
    }
    out.extend_from_slice(b"]}\n");
}

fn write_reason(out: &mut Vec<u8>, amounts: &mut AmountTexts, r: &Reason) {
    out.extend_from_slice(b"{\"code\":\"");
    out.extend_from_slice(r.code().as_bytes());
    match *r {
        Reason::IncomeWithinLimit { income, limit } => {
            out.extend_from_slice(b"\",\"income\":\"");
            amounts.write(out, income);
            out.extend_from_slice(b"\",\"limit\":\"");
            amounts.write(out, limit);
            out.extend_from_slice(b"\"}");
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
            out.extend_from_slice(b"\",\"income\":\"");
            amounts.write(out, income);
            out.extend_from_slice(b"\",\"limit\":\"");
            amounts.write(out, limit);
            out.extend_from_slice(b"\",\"over_by\":\"");
            amounts.write(out, over_by);
            out.extend_from_slice(b"\"}");
        }
        Reason::NoChildInAgeRange { min, max } => {
            out.extend_from_slice(b"\",\"min\":");
            write_u64(out, min as u64);
            out.extend_from_slice(b",\"max\":");
            write_u64(out, max as u64);
            out.push(b'}');
        }
        Reason::AgeBelowMinimum { age, min_age } => {
            out.extend_from_slice(b"\",\"age\":");
            write_u64(out, age as u64);
            out.extend_from_slice(b",\"min_age\":");
            write_u64(out, min_age as u64);
            out.push(b'}');
        }
        Reason::AssetsAboveLimit { limit } | Reason::AssetsUnknown { limit } => {
            out.extend_from_slice(b"\",\"limit\":\"");
            amounts.write(out, limit);
            out.extend_from_slice(b"\"}");
        }
        _ => out.extend_from_slice(b"\"}"),
    }
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
