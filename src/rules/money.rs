//! Money in euros as `rust_decimal`, never floats, rounded half-up to the cent where the spec
//! says so and nowhere else.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;
use std::ops::{Add, Sub};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub const fn from_decimal(d: Decimal) -> Money {
        Money(d)
    }

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

    /// The amount in whole cents. Amounts here are below a billion euros, so i64 always fits.
    pub fn cents(self) -> i64 {
        // Nearly every amount already has two decimals (or none): then the mantissa is the
        // number of cents, exactly, without the cost of rounding. The batch command formats
        // some fifty amounts per household, so this matters there.
        match self.0.scale() {
            2 => return self.0.mantissa() as i64,
            1 => return (self.0.mantissa() * 10) as i64,
            0 => return (self.0.mantissa() * 100) as i64,
            _ => {}
        }
        let mut d = self
            .0
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        d.rescale(2);
        d.mantissa() as i64
    }

    /// Writes "1338.28": a dot, always two decimals, no grouping. The form the batch command
    /// and the tests use; the app formats per language on top of `cents()`.
    pub fn write_plain(self, out: &mut Vec<u8>) {
        let cents = self.cents();
        if cents < 0 {
            out.push(b'-');
        }
        let c = cents.unsigned_abs();
        write_u64(out, c / 100);
        let frac = (c % 100) as u8;
        out.extend_from_slice(&[b'.', b'0' + frac / 10, b'0' + frac % 10]);
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = Vec::with_capacity(16);
        self.write_plain(&mut buf);
        f.write_str(std::str::from_utf8(&buf).unwrap_or("?"))
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

/// Decimal digits of `n` without allocating: the batch command formats millions of amounts.
pub fn write_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// A percentage with two decimals, as "109.87".
pub fn write_percent(out: &mut Vec<u8>, p: Decimal) {
    Money::round_to_cent(p).write_plain(out)
}
