//! Households that differ only in their income get the same line, apart from the amounts that
//! come from the income. A plan is what such households share: per regeling the limit their
//! income is compared with, and per outcome of that comparison (within the limit, within the
//! margin above it, further above) the template of the regeling's part of the line, learned from
//! the first household with that outcome. After that, a household whose plan has its templates
//! is written without evaluating the regelingen again: its income is compared with the limits in
//! whole cents and the templates are filled in.
//!
//! The key of a plan holds everything besides the income that the evaluation looks at (see
//! `RuleSet::scheme`): the rule set, the leefvorm, whether the income includes holiday pay, the
//! debt-help answer, and the outcome of every condition of the regelingen, worked out by the
//! rules' own `conditions::check`. A template is only kept for an outcome of the income test
//! when the evaluation gave that same outcome, for the same limit.

use super::output::{self, AmountText, HeaderRef, IncomeAmount, Repeats};
use regelingencheck::rules::conditions::{self, Outcome};
use regelingencheck::rules::parameters::ConditionKind;
use regelingencheck::rules::{Circumstances, Evaluation, Household, Income, Leefvorm};
use regelingencheck::rules::{Reason, RuleSet, Verdict};

pub struct Plans {
    /// Per rule set (by its position in the run), the different conditions of its regelingen.
    conditions: Vec<Vec<ConditionKind>>,
    /// Per slot, 0 for empty or the position in `plans` plus one: 16 bits, so that the table
    /// stays in the processor's nearer caches.
    slots: Vec<u16>,
    /// Per plan, its key. Apart from the plans, which every line reads, so that those stay
    /// small: a large file has some ten thousand plans.
    keys: Vec<PlanKey>,
    plans: Vec<Plan>,
    limit_sets: Vec<LimitSet>,
}

/// The household's plan, or why it has none yet.
pub enum Miss {
    /// The plan has no template yet for an outcome of this household: give it the evaluation.
    Learn(usize),
    /// This household has no plan (an error in it, an amount that is not in whole cents, a full
    /// table): it is evaluated and written the general way.
    NoPlan,
}

#[derive(Clone, Copy)]
struct PlanKey([u64; PlanKey::WORDS]);

impl PartialEq for PlanKey {
    fn eq(&self, other: &PlanKey) -> bool {
        output::same_words(&self.0, &other.0)
    }
}

impl PlanKey {
    /// The rule set and the answers; half a word per condition (see `outcome_word`).
    const WORDS: usize = 1 + Plan::MAX_CONDITIONS.div_ceil(2);

    fn hash(&self) -> u64 {
        output::hash_words(&self.0)
    }
}

struct Plan {
    /// The position of its limits in `limit_sets`.
    limit_set: u16,
    /// Per regeling, and per outcome of its income test (see `band`), the template's position
    /// plus one, or 0 when no household with that outcome has been seen.
    templates: [[u16; 3]; MAX_SCHEMES],
}

/// What the plans of one rule set, leefvorm and holiday-pay answer share: the start of the line
/// and the limits. There are a few dozen, against thousands of plans.
struct LimitSet {
    rule_set: usize,
    leefvorm: Leefvorm,
    holiday_pay_included: bool,
    header: HeaderRef,
    /// The margin above a limit, in cents.
    margin: i64,
    count: usize,
    /// Per regeling, the limit its income is compared with, in cents.
    limits: [i64; MAX_SCHEMES],
    /// Per regeling, the first regeling with the same limit: how far the income is over a limit
    /// is worked out once per line for each different limit.
    same_limit: [usize; MAX_SCHEMES],
}

/// The most regelingen a plan holds.
pub const MAX_SCHEMES: usize = 12;

impl Plan {
    const MAX_CONDITIONS: usize = 12;
}

/// The income test of `evaluation::income_test` in whole cents: 0 within the limit, 1 above it
/// by at most the margin, 2 further above.
fn band(income: i64, limit: i64, margin: i64) -> usize {
    if income <= limit {
        0
    } else if income - limit <= margin {
        1
    } else {
        2
    }
}

/// An outcome as 32 bits of the key: its kind in the top two, and its reason's kind and values;
/// `None` when these need more than the other 30 (amounts of 335,544.32 euros and over).
fn outcome_word(o: Outcome) -> Option<u32> {
    let reason = |kind: u32, r: &Reason| {
        output::reason_word(r)
            .filter(|&w| w < 1 << 30)
            .map(|w| kind << 30 | w)
    };
    match o {
        Outcome::Pass => Some(0),
        Outcome::Unsure(r) => reason(1, &r),
        Outcome::Fail(r) => reason(2, &r),
    }
}

/// A household's answers and the rules for its date, as the plan's line is written from them.
pub struct Answers<'a> {
    pub rules: &'a RuleSet,
    /// The position of `rules` among the run's rule sets.
    pub rule_set: usize,
    pub household: &'a Household,
    pub income: Income,
    pub circumstances: Circumstances,
}

impl Plans {
    const SLOT_BITS: u32 = 16;
    const PROBES: usize = 8;
    /// Beyond this many plans (a file unlike any seen so far), households without one are
    /// written the general way. Half the slots, so that probing stays short, and below 2^16.
    const MAX_PLANS: usize = 1 << 15;

    pub fn new() -> Plans {
        Plans {
            conditions: Vec::new(),
            slots: vec![0; 1 << Self::SLOT_BITS],
            keys: Vec::new(),
            plans: Vec::new(),
            limit_sets: Vec::new(),
        }
    }
}

/// The verdicts of a line written from a plan, in the order of the rule set's regelingen.
pub struct Verdicts {
    list: [Verdict; MAX_SCHEMES],
    count: usize,
}

impl Verdicts {
    pub fn as_slice(&self) -> &[Verdict] {
        &self.list[..self.count]
    }
}

/// Writes the household's line from its plan; or, writing nothing, says why not.
pub fn write_line(
    repeats: &mut Repeats,
    out: &mut Vec<u8>,
    line: u64,
    id: Option<&str>,
    h: &Answers,
) -> Result<Verdicts, Miss> {
    let Ok(leefvorm) = h.household.leefvorm(h.rules.aow_age) else {
        return Err(Miss::NoPlan);
    };
    let income_per_month = h.income.per_month();
    let Some(income) = income_per_month.exact_cents() else {
        return Err(Miss::NoPlan);
    };
    let plan = find_or_add(repeats, leefvorm, h).ok_or(Miss::NoPlan)?;
    let p = &repeats.plans.plans[plan];
    let set = &repeats.plans.limit_sets[usize::from(p.limit_set)];
    let mut chosen = [0u32; MAX_SCHEMES];
    let mut over_by = [AmountText::EMPTY; MAX_SCHEMES];
    for i in 0..set.count {
        let b = band(income, set.limits[i], set.margin);
        match p.templates[i][b] {
            0 => return Err(Miss::Learn(plan)),
            t => chosen[i] = u32::from(t) - 1,
        }
        if b > 0 && set.same_limit[i] == i {
            over_by[i] = AmountText::of_cents(income - set.limits[i]);
        }
    }

    out.reserve(4096);
    output::line_start(out, repeats.line_number.text(line), id);
    repeats.headers.write(out, set.header);
    let text = AmountText::of_cents(income);
    let percent = h.rules.percent_of_norm(
        income_per_month,
        leefvorm.norm_category(),
        h.income.holiday_pay_included,
    );
    output::income_and_percent(out, &text, income_per_month, percent);
    let mut verdicts = Verdicts {
        list: [Verdict::No; MAX_SCHEMES],
        count: set.count,
    };
    for (i, &t) in chosen[..set.count].iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let over_by = &over_by[set.same_limit[i]];
        repeats.schemes.fill(out, t, |out, amount, _| match amount {
            IncomeAmount::Income => text.write_own(out),
            IncomeAmount::OverBy => over_by.write_own(out),
        });
        verdicts.list[i] = repeats.schemes.verdict(t);
    }
    out.extend_from_slice(b"]}\n");
    Ok(verdicts)
}

/// The household's plan, new if need be; `None` when it can have none.
fn find_or_add(repeats: &mut Repeats, leefvorm: Leefvorm, h: &Answers) -> Option<usize> {
    let plans = &mut repeats.plans;
    while plans.conditions.len() <= h.rule_set {
        plans.conditions.push(Vec::new());
    }
    if plans.conditions[h.rule_set].is_empty() {
        let mut kinds: Vec<ConditionKind> = Vec::new();
        for c in h.rules.regelingen.iter().flat_map(|r| r.conditions) {
            if !kinds.contains(&c.kind) {
                kinds.push(c.kind);
            }
        }
        plans.conditions[h.rule_set] = kinds;
    }
    let kinds = &plans.conditions[h.rule_set];
    if kinds.len() > Plan::MAX_CONDITIONS || h.rules.regelingen.len() > MAX_SCHEMES {
        return None;
    }

    let debt_help = match h.circumstances.debt_help {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    };
    let mut key = [0u64; PlanKey::WORDS];
    key[0] = h.rule_set as u64
        | (leefvorm as u64) << 32
        | u64::from(h.income.holiday_pay_included) << 40
        | debt_help << 41;
    let facts = h.rules.facts(h.household, leefvorm, h.circumstances);
    for (j, &kind) in kinds.iter().enumerate() {
        let outcome = outcome_word(conditions::check(kind, &facts))?;
        key[1 + j / 2] |= u64::from(outcome) << (32 * (j % 2));
    }
    let key = PlanKey(key);

    let first = output::slot_of(key.hash(), Plans::SLOT_BITS);
    for i in (0..Plans::PROBES).map(|p| (first + p) & (plans.slots.len() - 1)) {
        match plans.slots[i] {
            0 if plans.plans.len() < Plans::MAX_PLANS => {
                let limit_set = limit_set(repeats, leefvorm, h)?;
                let plans = &mut repeats.plans;
                plans.plans.push(Plan {
                    limit_set,
                    templates: [[0; 3]; MAX_SCHEMES],
                });
                plans.keys.push(key);
                plans.slots[i] = plans.plans.len() as u16;
                return Some(plans.plans.len() - 1);
            }
            0 => return None,
            n if plans.keys[usize::from(n) - 1] == key => return Some(usize::from(n) - 1),
            _ => {}
        }
    }
    None
}

/// The position in `limit_sets` of the limits of the household's plan, new if need be.
fn limit_set(repeats: &mut Repeats, leefvorm: Leefvorm, h: &Answers) -> Option<u16> {
    let holiday_pay_included = h.income.holiday_pay_included;
    let sets = &repeats.plans.limit_sets;
    let found = sets.iter().position(|s| {
        (s.rule_set, s.leefvorm, s.holiday_pay_included)
            == (h.rule_set, leefvorm, holiday_pay_included)
    });
    if let Some(at) = found {
        return u16::try_from(at).ok();
    }
    let rules = h.rules;
    let category = leefvorm.norm_category();
    let header = repeats.headers.find_or_add(
        leefvorm,
        rules.norm(category),
        rules.norm_excl_holiday_pay(category),
        rules.norms.start,
    )?;
    let mut set = LimitSet {
        rule_set: h.rule_set,
        leefvorm,
        holiday_pay_included,
        header,
        margin: rules.margin.exact_cents()?,
        count: rules.regelingen.len(),
        limits: [0; MAX_SCHEMES],
        same_limit: [0; MAX_SCHEMES],
    };
    for i in 0..set.count {
        let limits = rules.limits(i, category);
        let limit = if holiday_pay_included {
            limits.incl_holiday_pay
        } else {
            limits.excl_holiday_pay
        };
        set.limits[i] = limit.exact_cents()?;
        set.same_limit[i] = (0..=i)
            .find(|&j| set.limits[j] == set.limits[i])
            .unwrap_or(i);
    }
    let sets = &mut repeats.plans.limit_sets;
    sets.push(set);
    u16::try_from(sets.len() - 1).ok()
}

/// Keeps the templates of `e`, the evaluation of a household with plan `plan`, for the outcomes
/// of its income tests: `templates` are those its line was written from (`write_evaluation`).
pub fn learn(repeats: &mut Repeats, plan: usize, e: &Evaluation, templates: &[Option<u32>]) {
    let Some(income) = e.income_per_month.exact_cents() else {
        return;
    };
    for ((i, s), &t) in e.schemes.iter().enumerate().zip(templates) {
        let plans = &repeats.plans;
        let set = &plans.limit_sets[usize::from(plans.plans[plan].limit_set)];
        let (limit, margin) = (set.limits[i], set.margin);
        let bands = match (s.limits, s.reasons.first()) {
            // No income test (debt help lifts the limit): the same text whatever the income.
            (None, _) => 0..3,
            (Some(_), Some(r)) => {
                let (shown_limit, b) = match *r {
                    Reason::IncomeWithinLimit { limit, .. } => (limit, 0),
                    Reason::WithinMargin { limit, .. } => (limit, 1),
                    Reason::IncomeAboveLimit { limit, .. } => (limit, 2),
                    _ => continue,
                };
                // The evaluation compared with the plan's limit and came to the plan's outcome.
                if shown_limit.exact_cents() != Some(limit) || band(income, limit, margin) != b {
                    debug_assert!(false, "plan and evaluation differ for {}", s.regeling.id);
                    continue;
                }
                b..b + 1
            }
            (Some(_), None) => continue,
        };
        let Some(t) = t else {
            continue;
        };
        // Below `SchemeTemplates::MAX_TEMPLATES`, so it fits.
        let Ok(t) = u16::try_from(t + 1) else {
            continue;
        };
        for b in bands {
            repeats.plans.plans[plan].templates[i][b] = t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regelingencheck::rules::{Date, Money, Period};

    /// A small random number generator, so that the households are the same on every run.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.below(items.len())]
        }
    }

    /// Households of every kind, with incomes at, just above and around every limit, on both
    /// norm dates: the line written from a plan is the line written from the evaluation, byte for
    /// byte, and so are the verdicts.
    #[test]
    fn a_line_from_a_plan_is_the_line_from_the_evaluation() {
        let dates = [
            Date::new_unchecked(2023, 7, 1),
            Date::new_unchecked(2023, 1, 1),
        ];
        let rule_sets: Vec<RuleSet> = dates
            .iter()
            .map(|&d| RuleSet::for_date(d).unwrap())
            .collect();
        let answers = [None, Some(false), Some(true)];
        let children: [&[u8]; 7] = [&[], &[2], &[5], &[10], &[5, 12], &[19], &[0, 17, 30]];
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        let mut repeats = Repeats::new();
        let (mut from_plan, mut learned) = (0, 0);
        let mut line = 0;
        for _ in 0..5_000 {
            let set = random.below(rule_sets.len());
            let rules = &rule_sets[set];
            let household = Household {
                age: random.pick(&[18, 19, 20, 21, 35, 66, 67, 90]),
                partner_age: random.pick(&[None, None, Some(19), Some(30), Some(66), Some(70)]),
                aow: random.pick(&answers[1..]),
                partner_aow: random.pick(&answers[1..]),
                children: random.pick(&children).to_vec(),
            };
            let circumstances = Circumstances {
                assets_above_limit: random.pick(&answers),
                low_income_3_years: random.pick(&answers),
                student: random.pick(&answers),
                debt_help: random.pick(&answers),
            };
            let holiday_pay_included = random.below(2) == 0;
            let Ok(leefvorm) = household.leefvorm(rules.aow_age) else {
                continue;
            };
            // Several incomes for each household, so that its plan is both learned and used:
            // near a limit of its norm most of the time, anywhere otherwise.
            for _ in 0..8 {
                line += 1;
                let regeling = random.below(rules.regelingen.len());
                let limits = rules.limits(regeling, leefvorm.norm_category());
                let limit = random
                    .pick(&[limits.incl_holiday_pay, limits.excl_holiday_pay])
                    .cents();
                let offset = random.pick(&[-2_001, -1, 0, 1, 1_999, 2_000, 2_001, 2_002, 50_000]);
                let cents = match random.below(4) {
                    0 => random.below(400_000) as i64,
                    _ => (limit + offset).max(0),
                };
                let period = match random.below(4) {
                    0 => random.pick(&Period::ALL),
                    _ => Period::Month,
                };
                let income = Income {
                    amount: Money::from_cents(cents),
                    period,
                    holiday_pay_included,
                };

                let e = rules.evaluate(&household, income, circumstances).unwrap();
                let mut expected = Vec::new();
                output::write_evaluation(
                    &mut expected,
                    &mut Repeats::new(),
                    line,
                    None,
                    &e,
                    &mut Vec::new(),
                );

                let h = Answers {
                    rules,
                    rule_set: set,
                    household: &household,
                    income,
                    circumstances,
                };
                let mut out = Vec::new();
                match write_line(&mut repeats, &mut out, line, None, &h) {
                    Ok(verdicts) => {
                        from_plan += 1;
                        assert_eq!(
                            String::from_utf8(out).unwrap(),
                            String::from_utf8(expected).unwrap()
                        );
                        let evaluated: Vec<Verdict> = e.schemes.iter().map(|s| s.verdict).collect();
                        assert_eq!(verdicts.as_slice(), evaluated);
                    }
                    Err(Miss::Learn(plan)) => {
                        assert!(out.is_empty(), "nothing is written on a miss");
                        let mut templates = Vec::new();
                        output::write_evaluation(
                            &mut out,
                            &mut repeats,
                            line,
                            None,
                            &e,
                            &mut templates,
                        );
                        assert_eq!(
                            out, expected,
                            "the evaluated line, from the shared templates"
                        );
                        learn(&mut repeats, plan, &e, &templates);
                        learned += 1;
                    }
                    Err(Miss::NoPlan) => panic!("every household here has a plan: {household:?}"),
                }
            }
        }
        // Most lines come from a plan, and every kind of line was learned first.
        assert!(
            from_plan > 20_000 && learned > 5_000,
            "{from_plan} {learned}"
        );
    }
}
