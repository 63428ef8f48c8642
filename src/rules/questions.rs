//! Which questions can still change a verdict, so the app skips those that cannot matter.

use super::evaluation::{Assessment, RuleSet};
use super::household::{aow_question_applies, Circumstances, Household};
use super::income::Income;
use super::money::Money;
use super::reason::Reason;
use super::verdict::Verdict;

/// The questions of the app, in the order it asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Partner,
    Age,
    PartnerAge,
    Aow,
    PartnerAow,
    Children,
    Income,
    AssetsAboveLimit,
    LowIncome3Years,
    Student,
    DebtHelp,
}

impl Question {
    pub const ALL: [Question; 11] = [
        Question::Partner,
        Question::Age,
        Question::PartnerAge,
        Question::Aow,
        Question::PartnerAow,
        Question::Children,
        Question::Income,
        Question::AssetsAboveLimit,
        Question::LowIncome3Years,
        Question::Student,
        Question::DebtHelp,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Question::Partner => "partner",
            Question::Age => "age",
            Question::PartnerAge => "partner_age",
            Question::Aow => "aow",
            Question::PartnerAow => "partner_aow",
            Question::Children => "children",
            Question::Income => "income",
            Question::AssetsAboveLimit => "assets_above_limit",
            Question::LowIncome3Years => "low_income_3_years",
            Question::Student => "student",
            Question::DebtHelp => "debt_help",
        }
    }
}

/// Answers so far; `None` is not answered (or "don't know" for the last four).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartialAnswers {
    pub partner: Option<bool>,
    pub age: Option<u8>,
    pub partner_age: Option<u8>,
    pub aow: Option<bool>,
    pub partner_aow: Option<bool>,
    pub children: Option<Vec<u8>>,
    pub income: Option<Income>,
    pub circumstances: Circumstances,
}

impl PartialAnswers {
    fn is_answered(&self, q: Question) -> bool {
        let c = &self.circumstances;
        match q {
            Question::Partner => self.partner.is_some(),
            Question::Age => self.age.is_some(),
            Question::PartnerAge => self.partner_age.is_some(),
            Question::Aow => self.aow.is_some(),
            Question::PartnerAow => self.partner_aow.is_some(),
            Question::Children => self.children.is_some(),
            Question::Income => self.income.is_some(),
            Question::AssetsAboveLimit => c.assets_above_limit.is_some(),
            Question::LowIncome3Years => c.low_income_3_years.is_some(),
            Question::Student => c.student.is_some(),
            Question::DebtHelp => c.debt_help.is_some(),
        }
    }

    /// Copies the answer to `q` from `other`.
    fn take_answer(&mut self, other: &PartialAnswers, q: Question) {
        let (c, o) = (&mut self.circumstances, &other.circumstances);
        match q {
            Question::Partner => self.partner = other.partner,
            Question::Age => self.age = other.age,
            Question::PartnerAge => self.partner_age = other.partner_age,
            Question::Aow => self.aow = other.aow,
            Question::PartnerAow => self.partner_aow = other.partner_aow,
            Question::Children => self.children.clone_from(&other.children),
            Question::Income => self.income = other.income,
            Question::AssetsAboveLimit => c.assets_above_limit = o.assets_above_limit,
            Question::LowIncome3Years => c.low_income_3_years = o.low_income_3_years,
            Question::Student => c.student = o.student,
            Question::DebtHelp => c.debt_help = o.debt_help,
        }
    }

    /// The household, when enough is answered to know it.
    pub fn household(&self) -> Option<Household> {
        let partner_age = match self.partner? {
            true => Some(self.partner_age?),
            false => None,
        };
        Some(Household {
            age: self.age?,
            partner_age,
            aow: self.aow,
            partner_aow: self.partner_aow,
            children: self.children.clone()?,
        })
    }
}

/// The questions a household is asked, in order, and the answers that count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flow {
    pub questions: Vec<Question>,
    /// The answers to the questions in `questions`; an answer to a question not asked (any more)
    /// is left out, so what the result shows is what it was worked out from.
    pub answers: PartialAnswers,
}

impl Question {
    /// The question whose unknown answer a reason names, for reasons that are about one.
    pub fn left_open_by(reason: &Reason) -> Option<Question> {
        match reason {
            Reason::DebtHelpUnknown => Some(Question::DebtHelp),
            Reason::AssetsUnknown { .. } => Some(Question::AssetsAboveLimit),
            Reason::StudentUnknown => Some(Question::Student),
            Reason::LowIncome3YearsUnknown => Some(Question::LowIncome3Years),
            _ => None,
        }
    }
}

impl Flow {
    pub fn contains(&self, q: Question) -> bool {
        self.questions.contains(&q)
    }
}

/// The one policy for which questions are asked. A question is asked when its answer could
/// still change a verdict, judged on the answers to the questions before it only: answering a
/// later question never takes an earlier one away, so every question asked stays in the summary
/// and the step number only counts up. A question that depends on another (the partner's age on
/// having a partner, the AOW age on being exactly that age in years) is asked once that answer is
/// known.
pub fn flow(rules: &RuleSet, answers: &PartialAnswers) -> Flow {
    let aow_age = rules.aow_age;
    let mut before = PartialAnswers::default();
    let mut questions = Vec::new();
    for q in Question::ALL {
        let asked = match q {
            Question::PartnerAge => before.partner == Some(true),
            Question::Aow => before.age.is_some_and(|a| aow_question_applies(a, aow_age)),
            Question::PartnerAow => {
                before.partner == Some(true)
                    && before
                        .partner_age
                        .is_some_and(|a| aow_question_applies(a, aow_age))
            }
            _ => could_matter(rules, &before, q),
        };
        if asked {
            questions.push(q);
            before.take_answer(answers, q);
        }
    }
    Flow {
        questions,
        answers: before,
    }
}

/// The questions not yet answered whose answer could still change a verdict, in asking order.
pub fn open_questions(rules: &RuleSet, answers: &PartialAnswers) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|&q| !answers.is_answered(q) && could_matter(rules, answers, q))
        .collect()
}

/// Whether the answer to `q` (whatever is answered now) could change any verdict, given the
/// other answers. The app keeps a question in its flow while this holds, so going back shows it.
pub fn could_matter(rules: &RuleSet, answers: &PartialAnswers, q: Question) -> bool {
    let aow_age = rules.aow_age;
    match q {
        Question::Partner | Question::Age | Question::Children | Question::Income => true,
        Question::PartnerAge => answers.partner != Some(false),
        Question::Aow => answers.age.is_none_or(|a| aow_question_applies(a, aow_age)),
        Question::PartnerAow => {
            answers.partner != Some(false)
                && answers
                    .partner_age
                    .is_none_or(|a| aow_question_applies(a, aow_age))
        }
        Question::AssetsAboveLimit
        | Question::LowIncome3Years
        | Question::Student
        | Question::DebtHelp => circumstance_could_matter(rules, answers, q),
    }
}

fn with_answer(c: Circumstances, q: Question, value: bool) -> Circumstances {
    let mut c = c;
    let slot = match q {
        Question::AssetsAboveLimit => &mut c.assets_above_limit,
        Question::LowIncome3Years => &mut c.low_income_3_years,
        Question::Student => &mut c.student,
        _ => &mut c.debt_help,
    };
    *slot = Some(value);
    c
}

/// Assesses the household with the answer "yes" and with "no"; if a verdict differs for the
/// income, or, while the income is not known, for an income on either side of any limit or
/// margin edge of either assessment, the question matters. Unknown households count as
/// mattering.
fn circumstance_could_matter(rules: &RuleSet, answers: &PartialAnswers, q: Question) -> bool {
    let Some(household) = answers.household() else {
        return true;
    };
    let assess = |c: Circumstances| rules.assess(&household, c).ok();
    let (Some(yes), Some(no)) = (
        assess(with_answer(answers.circumstances, q, true)),
        assess(with_answer(answers.circumstances, q, false)),
    ) else {
        return true;
    };
    let incomes: Vec<Income> = match answers.income {
        Some(income) => vec![income],
        None => incomes_to_try(&[&yes, &no]),
    };
    let verdicts = |a: &Assessment, income: Income| -> Vec<Verdict> {
        a.at_income(income)
            .schemes
            .iter()
            .map(|s| s.verdict)
            .collect()
    };
    incomes
        .into_iter()
        .any(|income| verdicts(&yes, income) != verdicts(&no, income))
}

/// The verdicts change only at a limit and at a limit's margin edge, so one income in each
/// stretch between those points covers every income.
fn incomes_to_try(assessments: &[&Assessment]) -> Vec<Income> {
    let cent = Money::from_cents(1);
    let mut out = vec![Income::monthly(Money::ZERO)];
    for b in assessments.iter().flat_map(|a| a.breakpoints(false)) {
        out.push(Income::monthly(b.limit + cent));
        out.push(Income::monthly(b.margin_edge + cent));
    }
    out
}
