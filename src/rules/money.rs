//! Money in euros as `rust_decimal`, never floats, rounded half-up to the cent where the spec
//! says so and nowhere else.

use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Sub};

/// Compared, added and subtracted by value, like the `Decimal` inside: 1.5 equals 1.50.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub const fn from_decimal(d: Decimal) -> Money {
        Money(d)
    }

    #[inline]
    pub fn from_cents(cents: i64) -> Money {
        Money(Decimal::new(cents, 2))
    }

    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// Half-up (away from zero) to whole cents: how the gemeente rounds its limits.
    pub fn round_to_cent(d: Decimal) -> Money {
        Money(d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// `share` × this amount, rounded half-up to the cent (e.g. 110% of a norm).
    pub fn times(self, share: Decimal) -> Money {
        Money::round_to_cent(self.0 * share)
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// The amount in whole cents, rounded half-up. Amounts here are below a billion euros, so
    /// i64 always fits.
    #[inline]
    pub fn cents(self) -> i64 {
        // Nearly every amount has two decimals: then the mantissa is the number of cents,
        // exactly, without the cost of rounding. The batch command formats some fifty amounts
        // per household, so this matters there.
        match self.exact_cents() {
            Some(c) => c,
            None => self.rounded_cents(),
        }
    }

    #[cold]
    fn rounded_cents(self) -> i64 {
        let mut d = self
            .0
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        d.rescale(2);
        d.mantissa() as i64
    }

    /// The amount in cents when it is stored with two decimals and fits an i64 with room to
    /// spare, as nearly every amount here is. Comparing, adding and subtracting such amounts as
    /// whole cents is exact, and much cheaper than general 96-bit decimals: the batch command
    /// compares and subtracts some thirty amounts per household.
    #[inline]
    pub fn exact_cents(self) -> Option<i64> {
        const ROOM: i128 = 1 << 60;
        let m = self.0.mantissa();
        (self.0.scale() == 2 && (-ROOM..ROOM).contains(&m)).then_some(m as i64)
    }

    /// Writes "1338.28": a dot, always two decimals, no grouping. The form the batch command
    /// and the tests use; the app formats per language on top of `cents()`.
    pub fn write_plain(self, out: &mut Vec<u8>) {
        let (buf, len) = self.plain_text();
        append_start(out, &buf, len);
    }

    /// The text `write_plain` writes, as `buf[..len]` of `(buf, len)`.
    pub fn plain_text(self) -> ([u8; 24], usize) {
        plain_text_of_cents(self.cents())
    }
}

/// The text `Money::write_plain` writes for an amount of `cents` cents, as `buf[..len]` of
/// `(buf, len)`; for callers that already work in whole cents.
pub fn plain_text_of_cents(cents: i64) -> ([u8; 24], usize) {
    let c = cents.unsigned_abs();
    let whole = c / 100;
    let len = usize::from(cents < 0) + digit_count(whole) + 3;
    let mut buf = [0u8; 24];
    buf[len - 3] = b'.';
    buf[len - 2..len].copy_from_slice(digit_pair(c % 100));
    digits_ending_at(&mut buf, len - 3, whole);
    if cents < 0 {
        buf[0] = b'-';
    }
    (buf, len)
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = Vec::with_capacity(16);
        self.write_plain(&mut buf);
        f.write_str(std::str::from_utf8(&buf).unwrap_or("?"))
    }
}

impl Ord for Money {
    #[inline]
    fn cmp(&self, other: &Money) -> Ordering {
        match (self.exact_cents(), other.exact_cents()) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.0.cmp(&other.0),
        }
    }
}

impl PartialOrd for Money {
    #[inline]
    fn partial_cmp(&self, other: &Money) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Add for Money {
    type Output = Money;
    #[inline]
    fn add(self, rhs: Money) -> Money {
        match (self.exact_cents(), rhs.exact_cents()) {
            (Some(a), Some(b)) => Money::from_cents(a + b),
            _ => Money(self.0 + rhs.0),
        }
    }
}

impl Sub for Money {
    type Output = Money;
    #[inline]
    fn sub(self, rhs: Money) -> Money {
        match (self.exact_cents(), rhs.exact_cents()) {
            (Some(a), Some(b)) => Money::from_cents(a - b),
            _ => Money(self.0 - rhs.0),
        }
    }
}

/// Decimal digits of `n` without allocating: the batch command formats millions of amounts.
pub fn write_u64(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 24];
    let len = digit_count(n);
    digits_ending_at(&mut buf, len, n);
    append_start(out, &buf, len);
}

/// Appends `buf[..len]`. The batch command writes some fifty numbers per household, and copying
/// a slice of varying length is a call to `memcpy` each time; copying the whole small buffer is a
/// fixed-size copy that the compiler does in two instructions, after which the unused tail is
/// cut off again.
pub fn append_start(out: &mut Vec<u8>, buf: &[u8; 24], len: usize) {
    let end = out.len() + len;
    out.extend_from_slice(buf);
    out.truncate(end);
}

/// How many decimal digits `n` has (1 for 0).
fn digit_count(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |log| log as usize + 1)
}

/// Writes the digits of `n` into `buf` so that they end just before `end`; returns where they
/// start. `buf[..end]` must have room for them (20 bytes hold any u64). Two digits per step, from
/// a table: half the divisions of one digit at a time.
fn digits_ending_at(buf: &mut [u8], end: usize, mut n: u64) -> usize {
    let mut i = end;
    while n >= 100 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(digit_pair(n % 100));
        n /= 100;
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(digit_pair(n));
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    i
}

/// "00" to "99", one after the other.
const DIGIT_PAIRS: [u8; 200] = {
    let mut pairs = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        pairs[2 * n] = b'0' + (n / 10) as u8;
        pairs[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    pairs
};

/// The two digits of `n`, which is below 100.
fn digit_pair(n: u64) -> &'static [u8] {
    let i = 2 * n as usize;
    &DIGIT_PAIRS[i..i + 2]
}

/// A percentage with two decimals, as "109.87".
pub fn write_percent(out: &mut Vec<u8>, p: Decimal) {
    Money::round_to_cent(p).write_plain(out)
}
