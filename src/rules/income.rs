//! Net household income and the period it is given in.

use super::money::Money;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Period {
    #[default]
    Month,
    FourWeeks,
    Week,
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Month, Period::FourWeeks, Period::Week, Period::Year];

    pub fn id(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::FourWeeks => "four_weeks",
            Period::Week => "week",
            Period::Year => "year",
        }
    }

    pub fn from_id(id: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Spec section 3: four weeks × 13 / 12, a week × 52 / 12, a year / 12. The result is
    /// rounded half-up to the cent once, so the income shown is the income compared.
    pub fn per_month(self, amount: Money) -> Money {
        // In whole cents when the amount has two decimals: x × 13 / 12 rounded half-up is
        // ⌊(13x + 6) / 12⌋ for x ≥ 0, exactly what the decimals below give, at a fraction of the
        // cost of a 96-bit division (a test compares the two).
        if let Some(c) = amount.exact_cents().filter(|c| (0..1 << 50).contains(c)) {
            return Money::from_cents(match self {
                Period::Month => c,
                Period::FourWeeks => (13 * c + 6) / 12,
                Period::Week => (52 * c + 6) / 12,
                Period::Year => (c + 6) / 12,
            });
        }
        self.per_month_by_decimals(amount)
    }

    fn per_month_by_decimals(self, amount: Money) -> Money {
        let a = amount.as_decimal();
        match self {
            Period::Month => amount,
            Period::FourWeeks => Money::round_to_cent(a * Decimal::from(13) / Decimal::from(12)),
            Period::Week => Money::round_to_cent(a * Decimal::from(52) / Decimal::from(12)),
            Period::Year => Money::round_to_cent(a / Decimal::from(12)),
        }
    }
}

/// Net income of the resident and partner together, as received.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Income {
    pub amount: Money,
    pub period: Period,
    /// Whether the amount includes vakantietoeslag (holiday pay). Most people give the amount
    /// they receive each month, without it.
    pub holiday_pay_included: bool,
}

impl Income {
    pub fn monthly(amount: Money) -> Income {
        Income {
            amount,
            period: Period::Month,
            holiday_pay_included: false,
        }
    }

    pub fn per_month(self) -> Money {
        self.period.per_month(self.amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sum in whole cents gives the same amount as the sum in decimals, midpoints included.
    #[test]
    fn per_month_in_cents_is_the_rounded_decimal_sum() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut amounts: Vec<i64> = (0..5_000).chain([99_999_999_999, 1 << 40]).collect();
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            amounts.push((state % 2_000_000_000) as i64);
        }
        for period in Period::ALL {
            for &cents in &amounts {
                let amount = Money::from_cents(cents);
                assert_eq!(
                    period.per_month(amount),
                    period.per_month_by_decimals(amount),
                    "{} per {}",
                    amount,
                    period.id()
                );
            }
        }
    }
}
