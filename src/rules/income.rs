//! Net household income and the period it is given in.

use super::money::{divide_rounded, Money};

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
        let (times, per) = match self {
            Period::Month => (1, 1),
            Period::FourWeeks => (13, 12),
            Period::Week => (52, 12),
            Period::Year => (1, 12),
        };
        Money::from_cents(divide_rounded(amount.cents() * times, per))
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
