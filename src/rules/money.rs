//! Money in euros as a whole number of cents, never floats. Amounts with more decimals are
//! rounded half-up (away from zero) to the cent where they are made, which is where the spec
//! rounds: limits, incomes per month.

use rust_decimal::Decimal;
use std::fmt;
use std::ops::{Add, Sub};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);

    /// `d` rounded half-up (away from zero) to whole cents. Amounts here are below a billion
    /// euros.
    pub const fn from_decimal(d: Decimal) -> Money {
        let (mantissa, scale) = (d.mantissa(), d.scale());
        if scale <= 2 {
            return Money((mantissa * 10i128.pow(2 - scale)) as i64);
        }
        let unit = 10i128.pow(scale - 2);
        let rounded = (mantissa + mantissa.signum() * (unit / 2)) / unit;
        Money(rounded as i64)
    }

    pub const fn from_cents(cents: i64) -> Money {
        Money(cents)
    }

    /// The amount with two decimals.
    pub fn as_decimal(self) -> Decimal {
        hundredths(self.0)
    }

    /// Half-up (away from zero) to whole cents: how the gemeente rounds its limits.
    pub fn round_to_cent(d: Decimal) -> Money {
        Money::from_decimal(d)
    }

    /// `share` × this amount, rounded half-up to the cent (e.g. 110% of a norm).
    pub fn times(self, share: Decimal) -> Money {
        Money::from_decimal(self.as_decimal() * share)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn cents(self) -> i64 {
        self.0
    }
}

/// "1338.28": a dot, always two decimals, no grouping. The app formats per language on top of
/// `cents()`.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let c = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", c / 100, c % 100)
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

/// `n` hundredths as a Decimal: `Decimal::new(n, 2)`, without its panic on a bad scale, whose
/// message formatting took 1 KB of the browser's bundle (scale 2 is always valid).
pub fn hundredths(n: i64) -> Decimal {
    match Decimal::try_new(n, 2) {
        Ok(d) => d,
        Err(_) => unreachable!("scale 2 is valid"),
    }
}

/// `numerator / denominator`, rounded half away from zero (half-up for amounts of money).
pub fn divide_rounded(numerator: i64, denominator: i64) -> i64 {
    let (quotient, rest) = (numerator / denominator, numerator % denominator);
    if 2 * rest.abs() >= denominator.abs() {
        quotient + numerator.signum() * denominator.signum()
    } else {
        quotient
    }
}
