//! Who lives in the household, and the leefvorm (and so the norm) that follows from it.

use super::parameters::{AowAge, NormCategory, VermogenCategory};

/// The oldest age anyone can type; above it we assume a typing mistake.
pub const MAX_AGE: u8 = 120;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Household {
    /// The resident's age in whole years.
    pub age: u8,
    /// The partner's age; `None` when living without a partner.
    pub partner_age: Option<u8>,
    /// Only asked of someone whose age in years equals the AOW age in years (66 in 2023, when
    /// AOW starts at 66 years and 10 months): has AOW age been reached?
    pub aow: Option<bool>,
    pub partner_aow: Option<bool>,
    /// Ages of the children living at home.
    pub children: Vec<u8>,
}

/// The yes / no / don't know answers; `None` is "don't know" or not asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Circumstances {
    pub assets_above_limit: Option<bool>,
    pub low_income_3_years: Option<bool>,
    pub student: Option<bool>,
    pub debt_help: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Leefvorm {
    Alleenstaande,
    AlleenstaandeOuder,
    AlleenstaandeAow,
    AlleenstaandeOuderAow,
    Alleenstaande18To20,
    AlleenstaandeOuder18To20,
    Gehuwd,
    GehuwdAow,
    Gehuwd18To20,
    Gehuwd18To20MetKinderen,
    Gehuwd18To20En21,
    Gehuwd18To20En21MetKinderen,
}

impl Leefvorm {
    pub const ALL: [Leefvorm; 12] = [
        Leefvorm::Alleenstaande,
        Leefvorm::AlleenstaandeOuder,
        Leefvorm::AlleenstaandeAow,
        Leefvorm::AlleenstaandeOuderAow,
        Leefvorm::Alleenstaande18To20,
        Leefvorm::AlleenstaandeOuder18To20,
        Leefvorm::Gehuwd,
        Leefvorm::GehuwdAow,
        Leefvorm::Gehuwd18To20,
        Leefvorm::Gehuwd18To20MetKinderen,
        Leefvorm::Gehuwd18To20En21,
        Leefvorm::Gehuwd18To20En21MetKinderen,
    ];

    /// Stable id for files and translations.
    pub fn id(self) -> &'static str {
        match self {
            Leefvorm::Alleenstaande => "alleenstaande",
            Leefvorm::AlleenstaandeOuder => "alleenstaande_ouder",
            Leefvorm::AlleenstaandeAow => "alleenstaande_aow",
            Leefvorm::AlleenstaandeOuderAow => "alleenstaande_ouder_aow",
            Leefvorm::Alleenstaande18To20 => "alleenstaande_18_20",
            Leefvorm::AlleenstaandeOuder18To20 => "alleenstaande_ouder_18_20",
            Leefvorm::Gehuwd => "gehuwd",
            Leefvorm::GehuwdAow => "gehuwd_aow",
            Leefvorm::Gehuwd18To20 => "gehuwd_18_20",
            Leefvorm::Gehuwd18To20MetKinderen => "gehuwd_18_20_met_kinderen",
            Leefvorm::Gehuwd18To20En21 => "gehuwd_18_20_en_21",
            Leefvorm::Gehuwd18To20En21MetKinderen => "gehuwd_18_20_en_21_met_kinderen",
        }
    }

    /// The row of the norms table. A single parent has the same norm as a single person.
    pub fn norm_category(self) -> NormCategory {
        match self {
            Leefvorm::Alleenstaande | Leefvorm::AlleenstaandeOuder => NormCategory::Alleenstaande,
            Leefvorm::AlleenstaandeAow | Leefvorm::AlleenstaandeOuderAow => {
                NormCategory::AlleenstaandeAow
            }
            Leefvorm::Alleenstaande18To20 | Leefvorm::AlleenstaandeOuder18To20 => {
                NormCategory::Alleenstaande18To20
            }
            Leefvorm::Gehuwd => NormCategory::Gehuwd,
            Leefvorm::GehuwdAow => NormCategory::GehuwdAow,
            Leefvorm::Gehuwd18To20 => NormCategory::Gehuwd18To20,
            Leefvorm::Gehuwd18To20MetKinderen => NormCategory::Gehuwd18To20MetKinderen,
            Leefvorm::Gehuwd18To20En21 => NormCategory::Gehuwd18To20En21,
            Leefvorm::Gehuwd18To20En21MetKinderen => NormCategory::Gehuwd18To20En21MetKinderen,
        }
    }

    /// The savings limit differs for a single parent, unlike the norm.
    pub fn vermogen_category(self) -> VermogenCategory {
        match self {
            Leefvorm::Alleenstaande
            | Leefvorm::AlleenstaandeAow
            | Leefvorm::Alleenstaande18To20 => VermogenCategory::Alleenstaande,
            Leefvorm::AlleenstaandeOuder
            | Leefvorm::AlleenstaandeOuderAow
            | Leefvorm::AlleenstaandeOuder18To20 => VermogenCategory::AlleenstaandeOuder,
            _ => VermogenCategory::Gehuwd,
        }
    }

    pub fn has_partner(self) -> bool {
        matches!(self.vermogen_category(), VermogenCategory::Gehuwd)
    }
}

/// Why no leefvorm follows from the answers. Each names the answer to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HouseholdError {
    /// The regelingen are for people of 18 and over.
    Under18 { partner: bool },
    /// Over `MAX_AGE`.
    AgeTooHigh { partner: bool },
    /// A child's age above `MAX_AGE`; the index is 0-based.
    ChildAgeTooHigh { index: usize },
    /// Aged exactly the AOW age in years, and whether AOW age is reached is not answered.
    AowAnswerNeeded { partner: bool },
}

impl HouseholdError {
    pub fn code(self) -> &'static str {
        match self {
            HouseholdError::Under18 { .. } => "under_18",
            HouseholdError::AgeTooHigh { .. } => "age_too_high",
            HouseholdError::ChildAgeTooHigh { .. } => "child_age_too_high",
            HouseholdError::AowAnswerNeeded { .. } => "aow_answer_needed",
        }
    }

    /// The input field the error is about.
    pub fn field(self) -> &'static str {
        match self {
            HouseholdError::Under18 { partner } | HouseholdError::AgeTooHigh { partner } => {
                if partner {
                    "partner_age"
                } else {
                    "age"
                }
            }
            HouseholdError::ChildAgeTooHigh { .. } => "children",
            HouseholdError::AowAnswerNeeded { partner } => {
                if partner {
                    "partner_aow"
                } else {
                    "aow"
                }
            }
        }
    }
}

/// Whether a person of `age` years is at AOW age, or `None` when only they can say (their age in
/// years equals the AOW age in years and the months decide).
pub fn reached_aow_age(age: u8, answer: Option<bool>, aow_age: AowAge) -> Option<bool> {
    if age > aow_age.years || (age == aow_age.years && aow_age.months == 0) {
        Some(true)
    } else if age < aow_age.years {
        Some(false)
    } else {
        answer
    }
}

/// Whether the AOW question must be asked of someone this age.
pub fn aow_question_applies(age: u8, aow_age: AowAge) -> bool {
    age == aow_age.years && aow_age.months > 0
}

impl Household {
    pub fn children_under_18(&self) -> usize {
        self.children.iter().filter(|&&a| a < 18).count()
    }

    pub fn has_child_aged(&self, min: u8, max: u8) -> bool {
        self.children.iter().any(|&a| a >= min && a <= max)
    }

    pub fn validate(&self) -> Result<(), HouseholdError> {
        for (age, partner) in [(Some(self.age), false), (self.partner_age, true)] {
            match age {
                Some(a) if a < 18 => return Err(HouseholdError::Under18 { partner }),
                Some(a) if a > MAX_AGE => return Err(HouseholdError::AgeTooHigh { partner }),
                _ => {}
            }
        }
        if let Some(index) = self.children.iter().position(|&a| a > MAX_AGE) {
            return Err(HouseholdError::ChildAgeTooHigh { index });
        }
        Ok(())
    }

    /// The leefvorm per spec section 6: any partner at AOW age gives the AOW norm; the 18-20
    /// rows follow the table.
    pub fn leefvorm(&self, aow_age: AowAge) -> Result<Leefvorm, HouseholdError> {
        self.validate()?;
        let aow = reached_aow_age(self.age, self.aow, aow_age)
            .ok_or(HouseholdError::AowAnswerNeeded { partner: false })?;
        let with_children = self.children_under_18() > 0;
        let young = self.age <= 20;
        let Some(partner_age) = self.partner_age else {
            return Ok(match (aow, young, with_children) {
                (true, _, false) => Leefvorm::AlleenstaandeAow,
                (true, _, true) => Leefvorm::AlleenstaandeOuderAow,
                (false, true, false) => Leefvorm::Alleenstaande18To20,
                (false, true, true) => Leefvorm::AlleenstaandeOuder18To20,
                (false, false, false) => Leefvorm::Alleenstaande,
                (false, false, true) => Leefvorm::AlleenstaandeOuder,
            });
        };
        let partner_aow = reached_aow_age(partner_age, self.partner_aow, aow_age)
            .ok_or(HouseholdError::AowAnswerNeeded { partner: true })?;
        let partner_young = partner_age <= 20;
        Ok(
            match (aow || partner_aow, young, partner_young, with_children) {
                (true, ..) => Leefvorm::GehuwdAow,
                (false, true, true, false) => Leefvorm::Gehuwd18To20,
                (false, true, true, true) => Leefvorm::Gehuwd18To20MetKinderen,
                (false, true, false, false) | (false, false, true, false) => {
                    Leefvorm::Gehuwd18To20En21
                }
                (false, true, false, true) | (false, false, true, true) => {
                    Leefvorm::Gehuwd18To20En21MetKinderen
                }
                (false, false, false, _) => Leefvorm::Gehuwd,
            },
        )
    }
}
