//! Writing results as JSON Lines and CSV rows. Hand-written, because the command is meant to
//! check a million households a second (see the README for what it does) and a generic
//! serializer spends most of that budget.
//!
//! Most of a household's line repeats from one household to the next. A regeling's part of the
//! line (its id, verdict, limits and reasons) differs between households only in the amounts that
//! come from the income: the income itself and how far it is over the limit. Everything else in
//! it comes from a small set of cases (a few thousand in a large file). So each case is written
//! once as a template, text with holes where those amounts go, and after that a household's
//! part is the template's text copied with its holes filled. The key of a template holds
//! everything that is written besides the holes, so equal keys always mean equal text.

use super::input::LineError;
use super::plans::Plans;
use regelingencheck::rules::money::{append_start, plain_text_of_cents, write_u64};
use regelingencheck::rules::{Date, Evaluation, Leefvorm, Money, Reason, SchemeResult, Verdict};
use rust_decimal::Decimal;

/// Texts that repeat across households, kept for the whole run.
pub struct Repeats {
    pub(crate) schemes: SchemeTemplates,
    pub(crate) headers: Headers,
    pub(crate) plans: Plans,
    pub(crate) line_number: LineNumber,
}

impl Repeats {
    pub fn new() -> Repeats {
        Repeats {
            schemes: SchemeTemplates::new(),
            headers: Headers::default(),
            plans: Plans::new(),
            line_number: LineNumber::new(),
        }
    }
}

/// Fibonacci hashing: the top `bits` bits of `key` times the golden ratio, as a slot number.
pub(crate) fn slot_of(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// The amounts of a reason that come from the income, which the templates leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IncomeAmount {
    Income,
    OverBy,
}

/// The amount of reason `r` that a hole of kind `amount` stands for. The key holds each reason's
/// kind, so a template's hole is always at a reason that has the amount.
fn hole_value(amount: IncomeAmount, r: &Reason) -> Money {
    match (amount, *r) {
        (
            IncomeAmount::Income,
            Reason::IncomeWithinLimit { income: m, .. }
            | Reason::WithinMargin { income: m, .. }
            | Reason::IncomeAboveLimit { income: m, .. },
        )
        | (
            IncomeAmount::OverBy,
            Reason::WithinMargin { over_by: m, .. } | Reason::IncomeAboveLimit { over_by: m, .. },
        ) => m,
        _ => unreachable!("a template hole for a reason without that amount"),
    }
}

/// A place in a template's text where an amount of one of the scheme's reasons goes.
#[derive(Clone, Copy, Debug)]
struct Hole {
    /// Byte offset in the template's text.
    at: u16,
    /// Which reason, by position, and which of its amounts.
    reason: u8,
    amount: IncomeAmount,
}

/// Everything that a scheme's text shows besides the holes, packed into a few words: the
/// regeling (its address: they are statics), the verdict, the limits in cents and per reason its
/// kind and values. Small, because it is compared for every regeling of every household. Built
/// by `SchemeKey::of`, which names every field of every reason, so a new field or reason does not
/// compile until it is either in the key or a hole.
#[derive(Clone, Copy, Debug)]
struct SchemeKey([u64; SchemeKey::WORDS]);

impl PartialEq for SchemeKey {
    fn eq(&self, other: &SchemeKey) -> bool {
        same_words(&self.0, &other.0)
    }
}

/// Whether two keys of words are equal: all words at once, without a branch or a call to
/// `memcmp` per comparison, as keys are compared for every household.
pub(crate) fn same_words<const N: usize>(a: &[u64; N], b: &[u64; N]) -> bool {
    a.iter().zip(b).fold(0, |differ, (a, b)| differ | (a ^ b)) == 0
}

/// A hash of a key of words, for `slot_of`.
pub(crate) fn hash_words(words: &[u64]) -> u64 {
    words.iter().fold(0u64, |h, &w| {
        (h.rotate_left(5) ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    })
}

impl SchemeKey {
    /// Regeling; verdict and counts; the two limits; two reasons per word.
    const WORDS: usize = 3 + Self::MAX_REASONS / 2;
    const MAX_REASONS: usize = 6;

    /// `None` for a scheme the key cannot hold (many reasons, amounts of millions): it is
    /// written without a template.
    fn of(s: &SchemeResult) -> Option<SchemeKey> {
        if s.reasons.len() > Self::MAX_REASONS {
            return None;
        }
        let mut k = [0u64; Self::WORDS];
        k[0] = std::ptr::from_ref(s.regeling) as usize as u64;
        k[1] = s.verdict as u64 | (s.reasons.len() as u64) << 8;
        if let Some(l) = s.limits {
            k[1] |= 1 << 16;
            k[2] = u64::from(cents_u32(l.incl_holiday_pay)?)
                | u64::from(cents_u32(l.excl_holiday_pay)?) << 32;
        }
        for (i, r) in s.reasons.iter().enumerate() {
            k[3 + i / 2] |= u64::from(reason_word(r)?) << (32 * (i % 2));
        }
        Some(SchemeKey(k))
    }

    fn hash(&self) -> u64 {
        hash_words(&self.0)
    }
}

fn cents_u32(m: Money) -> Option<u32> {
    u32::try_from(m.cents()).ok()
}

/// A reason's kind (low 5 bits) and the values it shows, except the income and over_by holes.
pub(crate) fn reason_word(r: &Reason) -> Option<u32> {
    let small = |tag: u32, a: u8, b: u8| Some(tag | u32::from(a) << 5 | u32::from(b) << 13);
    // Amounts below 2^27 cents (1.3 million euros) fit next to the kind.
    let amount = |tag: u32, m: Money| cents_u32(m).filter(|&c| c < 1 << 27).map(|c| tag | c << 5);
    match *r {
        Reason::IncomeWithinLimit { income: _, limit } => amount(1, limit),
        Reason::WithinMargin {
            income: _,
            limit,
            over_by: _,
        } => amount(2, limit),
        Reason::IncomeAboveLimit {
            income: _,
            limit,
            over_by: _,
        } => amount(3, limit),
        Reason::DebtHelpNoIncomeLimit => Some(4),
        Reason::DebtHelpUnknown => Some(5),
        Reason::NoChildInAgeRange { min, max } => small(6, min, max),
        Reason::AgeBelowMinimum { age, min_age } => small(7, age, min_age),
        Reason::AowAge => Some(8),
        Reason::AssetsAboveLimit { limit } => amount(9, limit),
        Reason::AssetsUnknown { limit } => amount(10, limit),
        Reason::Student => Some(11),
        Reason::StudentUnknown => Some(12),
        Reason::ShortLowIncome => Some(13),
        Reason::LowIncome3YearsUnknown => Some(14),
        Reason::CapacityTestNeeded => Some(15),
    }
}

/// A scheme's text with its holes: `text` is a part of the table's `texts`. Only what filling
/// it needs: its key, which only finding it needs, is kept apart, so that the templates that
/// every line fills stay small enough for the processor's nearest caches.
struct SchemeTemplate {
    /// The scheme's verdict, for the counts of `--summary`.
    verdict: Verdict,
    hole_count: u8,
    len: u16,
    start: u32,
    holes: [Hole; SchemeTemplate::MAX_HOLES],
}

impl SchemeTemplate {
    /// Two holes for an income reason, and there is one of those per regeling.
    const MAX_HOLES: usize = 4;

    /// The template for `s`, its text appended to `texts`; `None` when it has too many holes
    /// or too long a text.
    fn new(s: &SchemeResult, texts: &mut Vec<u8>) -> Option<SchemeTemplate> {
        let start = texts.len();
        let mut holes = Vec::new();
        write_scheme_template(texts, &mut holes, s);
        let len = texts.len() - start;
        let fits = holes.len() <= Self::MAX_HOLES
            && u16::try_from(len).is_ok()
            && u32::try_from(texts.len()).is_ok();
        if !fits {
            texts.truncate(start);
            return None;
        }
        let mut t = SchemeTemplate {
            verdict: s.verdict,
            hole_count: holes.len() as u8,
            len: len as u16,
            start: start as u32,
            holes: [Hole {
                at: 0,
                reason: 0,
                amount: IncomeAmount::Income,
            }; Self::MAX_HOLES],
        };
        for (slot, h) in t.holes.iter_mut().zip(holes) {
            *slot = Hole {
                at: (h.at - start) as u16,
                reason: h.reason as u8,
                amount: h.amount,
            };
        }
        Some(t)
    }

    /// The text with the holes filled: `hole` writes the amount of a hole's kind and reason
    /// (its position in the scheme's reasons).
    fn fill(
        &self,
        out: &mut Vec<u8>,
        texts: &[u8],
        mut hole: impl FnMut(&mut Vec<u8>, IncomeAmount, usize),
    ) {
        let start = self.start as usize;
        let text = &texts[start..start + usize::from(self.len)];
        let mut from = 0;
        for h in &self.holes[..usize::from(self.hole_count)] {
            let at = usize::from(h.at);
            out.extend_from_slice(&text[from..at]);
            from = at;
            hole(out, h.amount, usize::from(h.reason));
        }
        out.extend_from_slice(&text[from..]);
    }
}

/// The templates seen so far. Kept together for the processor's caches: the table of slots is
/// small, the templates are side by side in one list and their texts in one buffer.
pub(crate) struct SchemeTemplates {
    /// Per slot, 0 for empty or the position in `templates` plus one.
    slots: Vec<u32>,
    /// Per template, its key.
    keys: Vec<SchemeKey>,
    templates: Vec<SchemeTemplate>,
    texts: Vec<u8>,
}

impl SchemeTemplates {
    const SLOT_BITS: u32 = 14;
    const PROBES: usize = 8;
    /// Beyond this many cases (a file unlike any seen so far), new ones are written without
    /// keeping a template. Below 2^16, so that a plan holds a template's number in 16 bits.
    pub(crate) const MAX_TEMPLATES: usize = 1 << 13;

    fn new() -> SchemeTemplates {
        SchemeTemplates {
            slots: vec![0; 1 << Self::SLOT_BITS],
            keys: Vec::new(),
            templates: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// The position of the template for `s` in `templates`, made now if `s` is new; `None` when
    /// `s` has no template (see `SchemeKey::of`) or the table is full.
    pub(crate) fn template_of(&mut self, s: &SchemeResult) -> Option<u32> {
        let key = SchemeKey::of(s)?;
        // Linear probing over a few slots.
        let first = slot_of(key.hash(), Self::SLOT_BITS);
        for i in (0..Self::PROBES).map(|p| (first + p) & (self.slots.len() - 1)) {
            match self.slots[i] {
                0 if self.templates.len() < Self::MAX_TEMPLATES => {
                    let t = SchemeTemplate::new(s, &mut self.texts)?;
                    self.templates.push(t);
                    self.keys.push(key);
                    self.slots[i] = self.templates.len() as u32;
                    return Some(self.templates.len() as u32 - 1);
                }
                0 => return None,
                n if self.keys[n as usize - 1] == key => return Some(n - 1),
                _ => {}
            }
        }
        None
    }

    /// Template `t`'s text, filled by `hole` as `SchemeTemplate::fill` does.
    pub(crate) fn fill(
        &self,
        out: &mut Vec<u8>,
        t: u32,
        hole: impl FnMut(&mut Vec<u8>, IncomeAmount, usize),
    ) {
        self.templates[t as usize].fill(out, &self.texts, hole);
    }

    pub(crate) fn verdict(&self, t: u32) -> Verdict {
        self.templates[t as usize].verdict
    }

    /// Writes `s`, from its template when it has one; gives that template.
    fn write(&mut self, out: &mut Vec<u8>, s: &SchemeResult, income: &AmountText) -> Option<u32> {
        let hole = |out: &mut Vec<u8>, amount, reason: usize| {
            let m = hole_value(amount, &s.reasons[reason]);
            match amount {
                IncomeAmount::Income => income.write(out, m),
                IncomeAmount::OverBy => m.write_plain(out),
            }
        };
        if let Some(t) = self.template_of(s) {
            self.fill(out, t, hole);
            return Some(t);
        }
        // No template for this one: its text, with the amounts written in directly.
        let mut holes = Vec::new();
        let mut text = Vec::with_capacity(256);
        write_scheme_template(&mut text, &mut holes, s);
        let mut from = 0;
        for h in holes {
            out.extend_from_slice(&text[from..h.at]);
            from = h.at;
            hole_value(h.amount, &s.reasons[h.reason]).write_plain(out);
        }
        out.extend_from_slice(&text[from..]);
        None
    }
}

/// Where `write_scheme_template` left out an amount: at `at` in the buffer it wrote to.
struct HoleAt {
    at: usize,
    reason: usize,
    amount: IncomeAmount,
}

/// The text of one amount, to copy when the same amount comes again: the income, in every
/// regeling's reasons.
#[derive(Clone, Copy)]
pub(crate) struct AmountText {
    /// The amount in cents, which is what its text shows.
    cents: i64,
    text: [u8; 24],
    len: usize,
}

impl AmountText {
    pub(crate) const EMPTY: AmountText = AmountText {
        cents: 0,
        text: [0; 24],
        len: 0,
    };

    pub(crate) fn new(m: Money) -> AmountText {
        AmountText::of_cents(m.cents())
    }

    pub(crate) fn of_cents(cents: i64) -> AmountText {
        let (text, len) = plain_text_of_cents(cents);
        AmountText { cents, text, len }
    }

    /// Writes the amount this is the text of.
    pub(crate) fn write_own(&self, out: &mut Vec<u8>) {
        append_start(out, &self.text, self.len);
    }

    /// Writes `m` as `Money::write_plain` does.
    fn write(&self, out: &mut Vec<u8>, m: Money) {
        if m.exact_cents() == Some(self.cents) {
            append_start(out, &self.text, self.len);
        } else {
            m.write_plain(out);
        }
    }
}

/// The part of a line from the leefvorm up to the income, which depends only on the leefvorm
/// and its norm: per leefvorm, one for each norm seen (a norm per period of the data).
#[derive(Default)]
pub(crate) struct Headers {
    per_leefvorm: [Vec<Header>; Leefvorm::ALL.len()],
}

struct Header {
    key: ([u8; 16], [u8; 16], Date),
    text: Vec<u8>,
}

/// A header kept in `Headers`: its leefvorm and its place among that leefvorm's.
#[derive(Clone, Copy)]
pub(crate) struct HeaderRef {
    leefvorm: Leefvorm,
    at: u8,
}

impl Headers {
    /// More norms than this for one leefvorm (a file over many years of data) are written
    /// without being kept.
    const MAX_PER_LEEFVORM: usize = 8;

    /// The header for the leefvorm with this norm, kept now if it is new; `None` when there
    /// are too many to keep.
    pub(crate) fn find_or_add(
        &mut self,
        leefvorm: Leefvorm,
        norm: Money,
        norm_excl_holiday_pay: Money,
        norm_date: Date,
    ) -> Option<HeaderRef> {
        let key = (
            norm.as_decimal().serialize(),
            norm_excl_holiday_pay.as_decimal().serialize(),
            norm_date,
        );
        let headers = &mut self.per_leefvorm[leefvorm as usize];
        let at = match headers.iter().position(|h| h.key == key) {
            Some(at) => at,
            None if headers.len() < Self::MAX_PER_LEEFVORM => {
                let mut text = Vec::with_capacity(160);
                header_text(&mut text, leefvorm, norm, norm_excl_holiday_pay, norm_date);
                headers.push(Header { key, text });
                headers.len() - 1
            }
            None => return None,
        };
        Some(HeaderRef {
            leefvorm,
            at: at as u8,
        })
    }

    pub(crate) fn write(&self, out: &mut Vec<u8>, h: HeaderRef) {
        out.extend_from_slice(&self.per_leefvorm[h.leefvorm as usize][usize::from(h.at)].text);
    }
}

/// The part of a line from the leefvorm up to the income.
fn header_text(
    out: &mut Vec<u8>,
    leefvorm: Leefvorm,
    norm: Money,
    norm_excl_holiday_pay: Money,
    norm_date: Date,
) {
    out.extend_from_slice(b",\"leefvorm\":\"");
    out.extend_from_slice(leefvorm.id().as_bytes());
    out.extend_from_slice(b"\",\"norm\":{\"amount\":\"");
    norm.write_plain(out);
    out.extend_from_slice(b"\",\"amount_excl_holiday_pay\":\"");
    norm_excl_holiday_pay.write_plain(out);
    out.extend_from_slice(b"\",\"date\":\"");
    date(out, norm_date);
    out.extend_from_slice(b"\"},\"income_per_month\":\"");
}

/// A scheme's text, leaving holes for the income and over_by amounts of its reasons.
fn write_scheme_template(out: &mut Vec<u8>, holes: &mut Vec<HoleAt>, s: &SchemeResult) {
    out.extend_from_slice(b"{\"id\":\"");
    out.extend_from_slice(s.regeling.id.as_bytes());
    out.extend_from_slice(b"\",\"verdict\":\"");
    out.extend_from_slice(s.verdict.id().as_bytes());
    out.extend_from_slice(b"\",\"percentage\":\"");
    decimal(out, s.regeling.percentage);
    match s.limits {
        Some(l) => {
            out.extend_from_slice(b"\",\"limit\":\"");
            l.incl_holiday_pay.write_plain(out);
            out.extend_from_slice(b"\",\"limit_excl_holiday_pay\":\"");
            l.excl_holiday_pay.write_plain(out);
            out.extend_from_slice(b"\",\"reasons\":[");
        }
        None => out
            .extend_from_slice(b"\",\"limit\":null,\"limit_excl_holiday_pay\":null,\"reasons\":["),
    }
    for (i, r) in s.reasons.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let mut hole = |out: &mut Vec<u8>, amount| {
            holes.push(HoleAt {
                at: out.len(),
                reason: i,
                amount,
            })
        };
        out.extend_from_slice(b"{\"code\":\"");
        out.extend_from_slice(r.code().as_bytes());
        match *r {
            Reason::IncomeWithinLimit { income: _, limit } => {
                out.extend_from_slice(b"\",\"income\":\"");
                hole(out, IncomeAmount::Income);
                out.extend_from_slice(b"\",\"limit\":\"");
                limit.write_plain(out);
                out.extend_from_slice(b"\"}");
            }
            Reason::WithinMargin {
                income: _,
                limit,
                over_by: _,
            }
            | Reason::IncomeAboveLimit {
                income: _,
                limit,
                over_by: _,
            } => {
                out.extend_from_slice(b"\",\"income\":\"");
                hole(out, IncomeAmount::Income);
                out.extend_from_slice(b"\",\"limit\":\"");
                limit.write_plain(out);
                out.extend_from_slice(b"\",\"over_by\":\"");
                hole(out, IncomeAmount::OverBy);
                out.extend_from_slice(b"\"}");
            }
            Reason::NoChildInAgeRange { min, max } => two_numbers(out, ("min", min), ("max", max)),
            Reason::AgeBelowMinimum { age, min_age } => {
                two_numbers(out, ("age", age), ("min_age", min_age))
            }
            Reason::AssetsAboveLimit { limit } | Reason::AssetsUnknown { limit } => {
                out.extend_from_slice(b"\",\"limit\":\"");
                limit.write_plain(out);
                out.extend_from_slice(b"\"}");
            }
            Reason::DebtHelpNoIncomeLimit
            | Reason::DebtHelpUnknown
            | Reason::AowAge
            | Reason::Student
            | Reason::StudentUnknown
            | Reason::ShortLowIncome
            | Reason::LowIncome3YearsUnknown
            | Reason::CapacityTestNeeded => out.extend_from_slice(b"\"}"),
        }
    }
    out.extend_from_slice(b"]}");
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

/// The text of the last line number written. The next line's number is nearly always one more,
/// and its text is then counted up in place rather than worked out again.
pub(crate) struct LineNumber {
    number: u64,
    /// The digits, at the end.
    text: [u8; LineNumber::WIDTH],
    start: usize,
}

impl LineNumber {
    /// Room for any u64.
    const WIDTH: usize = 20;

    fn new() -> LineNumber {
        LineNumber {
            number: 0,
            text: [b'0'; Self::WIDTH],
            start: Self::WIDTH - 1,
        }
    }

    /// The digits of `line`.
    pub(crate) fn text(&mut self, line: u64) -> &[u8] {
        if line == self.number.wrapping_add(1) && line != 0 {
            self.count_up();
        } else {
            let mut digits = Vec::with_capacity(Self::WIDTH);
            write_u64(&mut digits, line);
            self.start = Self::WIDTH - digits.len();
            self.text[self.start..].copy_from_slice(&digits);
        }
        self.number = line;
        &self.text[self.start..]
    }

    /// Adds one to the digits.
    fn count_up(&mut self) {
        for i in (0..Self::WIDTH).rev() {
            if i < self.start {
                // One digit more: 9 + 1 = 10, 99 + 1 = 100.
                self.start = i;
                self.text[i] = b'1';
                return;
            }
            if self.text[i] == b'9' {
                self.text[i] = b'0';
            } else {
                self.text[i] += 1;
                return;
            }
        }
    }
}

pub(crate) fn line_start(out: &mut Vec<u8>, line: &[u8], id: Option<&str>) {
    out.extend_from_slice(b"{\"line\":");
    out.extend_from_slice(line);
    if let Some(id) = id {
        out.extend_from_slice(b",\"id\":");
        out.extend_from_slice(id.as_bytes());
    }
}

pub fn write_error(out: &mut Vec<u8>, line: u64, id: Option<&str>, e: &LineError) {
    let mut number = Vec::with_capacity(20);
    write_u64(&mut number, line);
    line_start(out, &number, id);
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

/// Writes the line of evaluation `e`; `templates` is filled with the template each scheme was
/// written from, if any, in the order of the schemes.
pub fn write_evaluation(
    out: &mut Vec<u8>,
    repeats: &mut Repeats,
    line: u64,
    id: Option<&str>,
    e: &Evaluation,
    templates: &mut Vec<Option<u32>>,
) {
    templates.clear();
    let income = AmountText::new(e.income_per_month);
    let header =
        repeats
            .headers
            .find_or_add(e.leefvorm, e.norm, e.norm_excl_holiday_pay, e.norm_date);
    // One household's line is about 2 kB: room for it at once, rather than checks per piece.
    out.reserve(4096);
    line_start(out, repeats.line_number.text(line), id);
    match header {
        Some(h) => repeats.headers.write(out, h),
        None => header_text(
            out,
            e.leefvorm,
            e.norm,
            e.norm_excl_holiday_pay,
            e.norm_date,
        ),
    }
    income_and_percent(out, &income, e.income_per_month, e.percent_of_norm);
    for (i, s) in e.schemes.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        templates.push(repeats.schemes.write(out, s, &income));
    }
    out.extend_from_slice(b"]}\n");
}

/// The income per month and its percentage of the norm, up to the first scheme.
pub(crate) fn income_and_percent(
    out: &mut Vec<u8>,
    income: &AmountText,
    income_per_month: Money,
    percent_of_norm: Decimal,
) {
    income.write(out, income_per_month);
    out.extend_from_slice(b"\",\"percent_of_norm\":\"");
    // Two decimals, as `money::write_percent` writes it: `cents` rounds the same way.
    Money::from_decimal(percent_of_norm).write_plain(out);
    out.extend_from_slice(b"\",\"schemes\":[");
}

/// The end of a reason with two whole numbers, such as `","min":4,"max":17}`.
fn two_numbers(out: &mut Vec<u8>, (a, a_value): (&str, u8), (b, b_value): (&str, u8)) {
    for (i, (name, value)) in [(a, a_value), (b, b_value)].into_iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\",\"" } else { b",\"" });
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
        write_u64(out, u64::from(value));
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

#[cfg(test)]
mod tests {
    use super::*;
    use regelingencheck::rules::{Circumstances, Household, Income, RuleSet, DEFAULT_DATE};

    /// Counted up or worked out again, a line number's text is its digits.
    #[test]
    fn line_numbers_counted_up_are_their_digits() {
        let mut numbers = LineNumber::new();
        let lines = (1..=120_000u64)
            .chain([7, 8, 9, 10, 999_999, 1_000_000, 1_000_001, 5, 0, 1, 2])
            .chain([u64::MAX - 1, u64::MAX, 0, 1, 99, 100, 101]);
        for line in lines {
            let mut digits = Vec::new();
            write_u64(&mut digits, line);
            assert_eq!(numbers.text(line), &digits[..], "{line}");
        }
    }

    /// The text of a scheme without any template: the amounts written where the holes are.
    fn without_template(s: &SchemeResult) -> String {
        let mut out = Vec::new();
        let mut table = SchemeTemplates::new();
        table.templates = Vec::with_capacity(0);
        // A full table takes no new templates: every scheme is written directly.
        table.slots.fill(1);
        table.keys.push(SchemeKey([u64::MAX; SchemeKey::WORDS]));
        table.templates.push(SchemeTemplate {
            verdict: Verdict::No,
            hole_count: 0,
            len: 0,
            start: 0,
            holes: [Hole {
                at: 0,
                reason: 0,
                amount: IncomeAmount::Income,
            }; SchemeTemplate::MAX_HOLES],
        });
        table.write(&mut out, s, &AmountText::new(Money::ZERO));
        String::from_utf8(out).unwrap()
    }

    fn schemes(
        household: &Household,
        income_cents: i64,
        debt_help: Option<bool>,
    ) -> Vec<SchemeResult> {
        let rules = RuleSet::for_date(DEFAULT_DATE).unwrap();
        let circumstances = Circumstances {
            debt_help,
            ..Circumstances::default()
        };
        let income = Income::monthly(Money::from_cents(income_cents));
        rules
            .evaluate(household, income, circumstances)
            .unwrap()
            .schemes
    }

    /// Filled templates give the same text as writing each scheme out, for a template made by
    /// one household and filled for another, and for schemes the key cannot hold.
    #[test]
    fn a_filled_template_is_the_scheme_written_out() {
        let mut table = SchemeTemplates::new();
        let mut cases = Vec::new();
        // Two households with different limits, the same regelingen and mostly the same reasons.
        let young_couple = Household {
            age: 19,
            partner_age: Some(30),
            children: vec![5, 12],
            ..Household::default()
        };
        let single_parent = Household {
            age: 40,
            children: vec![5, 12],
            ..Household::default()
        };
        for household in [&young_couple, &single_parent] {
            for income in [0, 95_000, 180_000, 180_010, 240_000, 999_999] {
                for debt_help in [None, Some(true), Some(false)] {
                    cases.extend(schemes(household, income, debt_help));
                }
            }
        }
        // More reasons than the key holds, and a limit of millions.
        let mut many = cases[0].clone();
        many.reasons
            .extend([Reason::Student; SchemeKey::MAX_REASONS]);
        let mut huge = cases[1].clone();
        if let Some(l) = huge.limits.as_mut() {
            l.incl_holiday_pay = Money::from_cents(9_876_543_210);
        }
        assert!(SchemeKey::of(&many).is_none() && SchemeKey::of(&huge).is_none());
        cases.extend([many, huge]);

        let mut filled_from_another = 0;
        for _ in 0..2 {
            for s in &cases {
                let templates_before = table.templates.len();
                let mut out = Vec::new();
                let income = s.reasons.iter().find_map(|r| match *r {
                    Reason::IncomeWithinLimit { income, .. }
                    | Reason::WithinMargin { income, .. }
                    | Reason::IncomeAboveLimit { income, .. } => Some(income),
                    _ => None,
                });
                table.write(&mut out, s, &AmountText::new(income.unwrap_or(Money::ZERO)));
                if table.templates.len() == templates_before && SchemeKey::of(s).is_some() {
                    filled_from_another += 1;
                }
                let text = String::from_utf8(out).unwrap();
                assert_eq!(text, without_template(s));
                assert!(
                    text.starts_with("{\"id\":\"") && text.ends_with("]}"),
                    "{text}"
                );
            }
        }
        assert!(filled_from_another > cases.len(), "{filled_from_another}");
    }
}
