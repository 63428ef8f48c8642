//! The result as a resident reads it, worked out once per state from the rules' evaluation:
//! what to do (each way to apply once, with the regelingen that use it and the documents it
//! needs), the regelingen in three groups with the reasons that matter first, the distance to
//! each limit, and the answers the result was worked out from. Plain Rust, tested natively; the
//! components only render it.

use super::state::State;
use crate::rules::parameters::{
    norms_superseded, ApplyRoute, ConditionKind, Contact, Regeling, APPLY_ROUTES,
};
use crate::rules::{
    Breakpoint, Date, Evaluation, Flow, HouseholdError, Limits, Money, Period, Question, Reason,
    SchemeResult, Verdict, Weight,
};
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The date the norms in force start (the "bedragen van" date).
    pub norm_date: Date,
    /// Today is past the period of these norms: the result says it may be different now.
    pub stale: bool,
    pub income: IncomeLine,
    /// Income as a percentage of the norm, exact: for intermediairs and the print.
    pub percent_of_norm: Decimal,
    /// What to do, each way to apply once, in the order of the data.
    pub routes: Vec<Route>,
    /// Yes, maybe and no, in that order; a group may be empty.
    pub groups: [Group; 3],
    /// No child under 18 at home: the regelingen for children are one line, not cards.
    pub no_children: bool,
    /// Every question asked, with its answer, in the order asked.
    pub answers: Vec<Answer>,
    pub help: &'static Contact,
}

/// The income as typed, and per month as compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeLine {
    pub amount: Money,
    pub period: Period,
    pub per_month: Money,
    pub holiday_pay_included: bool,
}

impl IncomeLine {
    /// The result says what the amount was converted from, unless it was typed per month.
    pub fn was_converted(&self) -> bool {
        self.period != Period::Month
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub route: &'static ApplyRoute,
    pub regelingen: Vec<&'static Regeling>,
    /// What to have ready, in the order the regelingen name them; each document once on the
    /// whole list, under the first route that needs it.
    pub documents: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub verdict: Verdict,
    pub cards: Vec<Card>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub regeling: &'static Regeling,
    pub verdict: Verdict,
    /// How far the income is from the limit it was compared with.
    pub distance: Option<Distance>,
    /// The reasons the card shows folded: on "no" only those that fail, on "maybe" those not
    /// decided yet, on "yes" none beyond the distance.
    pub why: Vec<Reason>,
    /// Every reason, failing ones first: in the part that opens on request.
    pub reasons: Vec<Reason>,
    pub limits: Option<Limits>,
    /// "Vraag het toch aan": only when the € 20 margin is all that stands between the
    /// household and a yes.
    pub apply_anyway: bool,
    /// The regeling's period ended before today (the energietoeslag 2023): it can no longer be
    /// applied for, whatever the household.
    pub ended: bool,
}

/// The income against a limit. Amounts of € 100 or more are rounded to whole euros for
/// reading; closer to the limit the cents are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distance {
    Below(Money),
    AtLimit,
    AboveWithinMargin(Money),
    Above(Money),
    /// Debt help lifts the income limit (kindpakket).
    NoLimit,
}

impl Distance {
    /// The income per month against a regeling's breakpoint from the assessment; `None` when
    /// debt help has lifted its limit.
    fn of(breakpoint: Option<&Breakpoint>, income: Money) -> Distance {
        let Some(b) = breakpoint else {
            return Distance::NoLimit;
        };
        if income == b.limit {
            Distance::AtLimit
        } else if income < b.limit {
            Distance::Below(readable(b.limit - income))
        } else if income <= b.margin_edge {
            Distance::AboveWithinMargin(income - b.limit)
        } else {
            Distance::Above(readable(income - b.limit))
        }
    }
}

/// Whether a reason is about the income against its limit: on a card that is the distance line.
fn is_income_reason(r: &Reason) -> bool {
    matches!(
        r,
        Reason::IncomeWithinLimit { .. }
            | Reason::WithinMargin { .. }
            | Reason::IncomeAboveLimit { .. }
            | Reason::DebtHelpNoIncomeLimit
    )
}

/// Whole euros from € 100 up: "€ 253 onder de grens" reads easier, and cents that far from a
/// limit change nothing. Below that the exact amount.
pub fn readable(m: Money) -> Money {
    if m >= Money::from_cents(10_000) {
        Money::round_to_cent(
            m.as_decimal()
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
        )
    } else {
        m
    }
}

/// One answer of the summary, as a value the components put in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    YesNo(bool),
    /// `None`: "weet ik niet".
    YesNoDontKnow(Option<bool>),
    Years(u8),
    Children(Vec<u8>),
    Income(Money, Period),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub question: Question,
    pub value: AnswerValue,
}

impl Outcome {
    /// The result for the answers in `flow`, once every question in it is answered validly;
    /// `today` (the device's date) marks norms and regelingen whose period has passed.
    pub fn of(flow: &Flow, today: Option<Date>) -> Option<Result<Outcome, HouseholdError>> {
        let answers = &flow.answers;
        let household = answers.household()?;
        let income = answers.income?;
        let rules = State::rules();
        // The household assessed once; the income then picks a side of each limit, and the
        // distance to each limit comes from the same assessment.
        let assessment = match rules.assess(&household, answers.circumstances) {
            Ok(a) => a,
            Err(err) => return Some(Err(err)),
        };
        let e = assessment.at_income(income);
        let breakpoints = assessment.breakpoints(income.holiday_pay_included);
        let no_children = household.children_under_18() == 0;
        let ended = |r: &Regeling| r.end.zip(today).is_some_and(|(end, t)| t > end);
        Some(Ok(Outcome {
            norm_date: e.norm_date,
            stale: today.is_some_and(|t| norms_superseded(rules.date, t)),
            income: IncomeLine {
                amount: income.amount,
                period: income.period,
                per_month: e.income_per_month,
                holiday_pay_included: income.holiday_pay_included,
            },
            percent_of_norm: e.percent_of_norm,
            routes: routes(&e, &ended),
            groups: groups(&e, &breakpoints, no_children, &ended),
            no_children,
            answers: summary(flow),
            help: &crate::rules::parameters::SERVICEPLEIN,
        }))
    }

    pub fn group(&self, v: Verdict) -> &Group {
        self.groups
            .iter()
            .find(|g| g.verdict == v)
            .expect("three groups")
    }

    /// Every card, yes first.
    pub fn cards(&self) -> impl Iterator<Item = &Card> {
        self.groups.iter().flat_map(|g| g.cards.iter())
    }
}

/// Whether a regeling is for children: one of its conditions is a child of some age at home.
pub fn for_children(r: &Regeling) -> bool {
    r.conditions
        .iter()
        .any(|c| matches!(c.kind, ConditionKind::ChildAge { .. }))
}

fn routes(e: &Evaluation, ended: &dyn Fn(&Regeling) -> bool) -> Vec<Route> {
    // A document already on the list of an earlier route is not listed again.
    let mut listed: Vec<&'static str> = Vec::new();
    APPLY_ROUTES
        .iter()
        .filter_map(|route| {
            let schemes: Vec<&SchemeResult> = e
                .schemes
                .iter()
                .filter(|s| {
                    s.verdict != Verdict::No && s.regeling.apply == route.id && !ended(s.regeling)
                })
                .collect();
            if schemes.is_empty() {
                return None;
            }
            let mut documents: Vec<&'static str> = Vec::new();
            for d in schemes.iter().flat_map(|s| s.regeling.documents) {
                if !listed.contains(d) {
                    listed.push(d);
                    documents.push(d);
                }
            }
            Some(Route {
                route,
                regelingen: schemes.iter().map(|s| s.regeling).collect(),
                documents,
            })
        })
        .collect()
}

fn groups(
    e: &Evaluation,
    breakpoints: &[Breakpoint],
    no_children: bool,
    ended: &dyn Fn(&Regeling) -> bool,
) -> [Group; 3] {
    let cards: Vec<Card> = e
        .schemes
        .iter()
        .map(|s| {
            let b = breakpoints.iter().find(|b| b.regeling.id == s.regeling.id);
            let distance = Distance::of(b, e.income_per_month);
            card(s, distance, ended(s.regeling))
        })
        .collect();
    [Verdict::Yes, Verdict::Maybe, Verdict::No].map(|verdict| Group {
        verdict,
        cards: cards
            .iter()
            .filter(|c| c.verdict == verdict)
            // Without children the regelingen for children are one line, not a card each.
            .filter(|c| !(no_children && verdict == Verdict::No && for_children(c.regeling)))
            .cloned()
            .collect(),
    })
}

fn card(s: &SchemeResult, distance: Distance, ended: bool) -> Card {
    if ended {
        // Whatever the household: it can no longer be applied for, so it is not a "yes".
        return Card {
            regeling: s.regeling,
            verdict: Verdict::No,
            distance: None,
            why: Vec::new(),
            reasons: Vec::new(),
            limits: s.limits,
            apply_anyway: false,
            ended: true,
        };
    }
    // Failing reasons first, then those not yet decided, then those that pass; each kind keeps
    // the order of the rules.
    let reasons: Vec<Reason> = [Weight::Fails, Weight::Unsure, Weight::Passes]
        .iter()
        .flat_map(|&w| s.reasons.iter().filter(move |r| r.weight() == w))
        .copied()
        .collect();
    let why: Vec<Reason> = match s.verdict {
        Verdict::No => reasons
            .iter()
            .filter(|r| r.weight() == Weight::Fails)
            .copied()
            .collect(),
        // The income's own reason is the distance line; name the other open questions.
        Verdict::Maybe => reasons
            .iter()
            .filter(|r| r.weight() == Weight::Unsure && !is_income_reason(r))
            .copied()
            .collect(),
        Verdict::Yes => Vec::new(),
    };
    let not_passing: Vec<&Reason> = reasons
        .iter()
        .filter(|r| r.weight() != Weight::Passes)
        .collect();
    let apply_anyway = s.verdict == Verdict::Maybe
        && matches!(not_passing.as_slice(), [Reason::WithinMargin { .. }]);
    Card {
        regeling: s.regeling,
        verdict: s.verdict,
        distance: Some(distance),
        why,
        reasons,
        limits: s.limits,
        apply_anyway,
        ended: false,
    }
}

fn summary(flow: &Flow) -> Vec<Answer> {
    let a = &flow.answers;
    let c = &a.circumstances;
    flow.questions
        .iter()
        .filter_map(|&question| {
            let value = match question {
                Question::Partner => AnswerValue::YesNo(a.partner?),
                Question::Age => AnswerValue::Years(a.age?),
                Question::PartnerAge => AnswerValue::Years(a.partner_age?),
                Question::Aow => AnswerValue::YesNo(a.aow?),
                Question::PartnerAow => AnswerValue::YesNo(a.partner_aow?),
                Question::Children => AnswerValue::Children(a.children.clone()?),
                Question::Income => {
                    let i = a.income?;
                    AnswerValue::Income(i.amount, i.period)
                }
                Question::AssetsAboveLimit => AnswerValue::YesNoDontKnow(c.assets_above_limit),
                Question::LowIncome3Years => AnswerValue::YesNoDontKnow(c.low_income_3_years),
                Question::Student => AnswerValue::YesNoDontKnow(c.student),
                Question::DebtHelp => AnswerValue::YesNoDontKnow(c.debt_help),
            };
            Some(Answer { question, value })
        })
        .collect()
}
