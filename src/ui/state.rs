//! The app's state and what every action does to it. Plain Rust without browser types, so the
//! flow (which question comes next, what is an error) is tested natively.

use crate::i18n::{int, Lang};
use crate::rules::money_input::digit_value;
use crate::rules::{
    parse_money, Circumstances, Flow, Income, MoneyInputError, PartialAnswers, Period, Question,
    RuleSet, DEFAULT_DATE,
};

/// Quick choices for the number of children; larger families type the number.
pub const MAX_CHILDREN: u8 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tri {
    Yes,
    No,
    DontKnow,
}

impl Tri {
    fn known(self) -> Option<bool> {
        match self {
            Tri::Yes => Some(true),
            Tri::No => Some(false),
            Tri::DontKnow => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Ask(Question),
    Result,
}

/// What the resident typed or chose, as typed: a wrong entry stays visible to be corrected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    pub partner: Option<bool>,
    pub age: String,
    pub partner_age: String,
    pub aow: Option<bool>,
    pub partner_aow: Option<bool>,
    pub children_count: Option<u8>,
    pub child_ages: Vec<String>,
    pub income: String,
    pub period: Period,
    pub assets_above_limit: Option<Tri>,
    pub low_income_3_years: Option<Tri>,
    pub student: Option<Tri>,
    pub debt_help: Option<Tri>,
}

/// An answer that cannot be used, with what to tell the resident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Choose,
    AgeEmpty,
    AgeNotNumber,
    AgeTooHigh,
    AgeUnder18,
    /// The partner is younger than 18: said about the partner, not about "you".
    PartnerAgeUnder18,
    /// The index of the first child whose age is wrong.
    ChildAge(usize),
    Income(MoneyInputError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
    pub form: Form,
    /// The answers that cannot be used, in the order of the questions. One question screen
    /// shows its own; intermediair mode lists them all at the top of its form.
    pub errors: Vec<(Question, FieldError)>,
    /// Changes whenever focus should move (new screen, or an error to correct).
    pub focus_request: u32,
    /// The screen came from the browser's Back or Forward, so it is already in the history.
    pub from_history: bool,
    /// The result in the resident's language with Dutch beside it.
    pub bilingual: bool,
    /// Intermediair mode: all questions on one screen, hints folded, a compact result.
    pub intermediair: bool,
    /// "Opnieuw beginnen" or "Volgend gezin" was pressed: asking before everything is wiped.
    pub confirm_wipe: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    Start,
    Next,
    Back,
    /// From the summary on the result screen: change one answer.
    Change(Question),
    /// The browser's Back or Forward button went to this screen.
    Restore(Screen),
    SetBilingual(bool),
    SetIntermediair(bool),
    /// Intermediair mode: check every question on the one screen, then show the result.
    SubmitAll,
    /// "Opnieuw beginnen" / "Volgend gezin": ask first.
    AskWipe,
    CancelWipe,
    /// Wiping confirmed: forget this household entirely; only the language and mode stay.
    Restart,
    SetPartner(bool),
    SetAge(String),
    SetPartnerAge(String),
    SetAow(bool),
    SetPartnerAow(bool),
    SetChildrenCount(u8),
    SetChildAge(usize, String),
    SetIncome(String),
    SetPeriod(Period),
    SetTri(Question, Tri),
}

impl Action {
    /// The question whose answer this action changes, if it is an edit.
    pub fn edits(&self) -> Option<Question> {
        match self {
            Action::SetPartner(_) => Some(Question::Partner),
            Action::SetAge(_) => Some(Question::Age),
            Action::SetPartnerAge(_) => Some(Question::PartnerAge),
            Action::SetAow(_) => Some(Question::Aow),
            Action::SetPartnerAow(_) => Some(Question::PartnerAow),
            Action::SetChildrenCount(_) | Action::SetChildAge(..) => Some(Question::Children),
            Action::SetIncome(_) | Action::SetPeriod(_) => Some(Question::Income),
            Action::SetTri(q, _) => Some(*q),
            Action::SetLang(_)
            | Action::Start
            | Action::Next
            | Action::Back
            | Action::Change(_)
            | Action::Restore(_)
            | Action::SetBilingual(_)
            | Action::SetIntermediair(_)
            | Action::SubmitAll
            | Action::AskWipe
            | Action::CancelWipe
            | Action::Restart => None,
        }
    }
}

/// Digits as typed on any phone keyboard: Western, Arabic-Indic or Persian.
fn ascii_digits(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return Some(String::new());
    }
    t.chars()
        .map(|c| digit_value(c).map(|d| (b'0' + d) as char))
        .collect()
}

/// A whole number of years, 0 to 120.
pub fn parse_years(s: &str) -> Result<u8, FieldError> {
    let digits = ascii_digits(s).ok_or(FieldError::AgeNotNumber)?;
    if digits.is_empty() {
        return Err(FieldError::AgeEmpty);
    }
    let n: u32 = digits.parse().map_err(|_| FieldError::AgeTooHigh)?;
    if n > crate::rules::household::MAX_AGE as u32 {
        return Err(FieldError::AgeTooHigh);
    }
    Ok(n as u8)
}

fn parse_adult_age(s: &str) -> Result<u8, FieldError> {
    let n = parse_years(s)?;
    if n < 18 {
        return Err(FieldError::AgeUnder18);
    }
    Ok(n)
}

impl Form {
    /// What is answered and valid, for the rules.
    pub fn partial_answers(&self) -> PartialAnswers {
        let tri = |t: Option<Tri>| t.and_then(Tri::known);
        let children = self.children_count.and_then(|n| {
            (0..n as usize)
                .map(|i| parse_years(self.child_ages.get(i)?).ok())
                .collect::<Option<Vec<u8>>>()
        });
        PartialAnswers {
            partner: self.partner,
            age: parse_adult_age(&self.age).ok(),
            partner_age: parse_adult_age(&self.partner_age).ok(),
            aow: self.aow,
            partner_aow: self.partner_aow,
            children,
            income: parse_money(&self.income).ok().map(|amount| Income {
                amount,
                period: self.period,
                // A yearly amount is read from a jaaropgaaf, which includes holiday pay.
                holiday_pay_included: self.period == Period::Year,
            }),
            circumstances: Circumstances {
                assets_above_limit: tri(self.assets_above_limit),
                low_income_3_years: tri(self.low_income_3_years),
                student: tri(self.student),
                debt_help: tri(self.debt_help),
            },
        }
    }

    /// The first problem with the answer to `q`, if any.
    pub fn check(&self, q: Question) -> Result<(), FieldError> {
        let chosen = |answered: bool| {
            if answered {
                Ok(())
            } else {
                Err(FieldError::Choose)
            }
        };
        match q {
            Question::Partner => chosen(self.partner.is_some()),
            Question::Age => parse_adult_age(&self.age).map(|_| ()),
            Question::PartnerAge => match parse_adult_age(&self.partner_age) {
                Err(FieldError::AgeUnder18) => Err(FieldError::PartnerAgeUnder18),
                r => r.map(|_| ()),
            },
            Question::Aow => chosen(self.aow.is_some()),
            Question::PartnerAow => chosen(self.partner_aow.is_some()),
            Question::Children => {
                let n = self.children_count.ok_or(FieldError::Choose)?;
                for i in 0..n as usize {
                    parse_years(self.child_ages.get(i).map_or("", |s| s.as_str()))
                        .map_err(|_| FieldError::ChildAge(i))?;
                }
                Ok(())
            }
            Question::Income => parse_money(&self.income)
                .map(|_| ())
                .map_err(FieldError::Income),
            Question::AssetsAboveLimit => chosen(self.assets_above_limit.is_some()),
            Question::LowIncome3Years => chosen(self.low_income_3_years.is_some()),
            Question::Student => chosen(self.student.is_some()),
            Question::DebtHelp => chosen(self.debt_help.is_some()),
        }
    }
}

impl State {
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            screen: Screen::Start,
            form: Form::default(),
            errors: Vec::new(),
            focus_request: 0,
            from_history: false,
            bilingual: false,
            intermediair: false,
            confirm_wipe: false,
        }
    }

    /// The rules of the default date, worked out once: every action and every render asks.
    pub fn rules() -> &'static RuleSet {
        static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        RULES.get_or_init(|| {
            // build/data.rs checks that the data has norms for the default date; without
            // `expect`, the error's Debug code stays out of the browser's bundle.
            RuleSet::for_date(DEFAULT_DATE)
                .unwrap_or_else(|_| panic!("the data has no norms for the default date"))
        })
    }

    /// The questions this household is asked and the answers that count (the rules decide).
    pub fn flow(&self) -> Flow {
        crate::rules::flow(State::rules(), &self.form.partial_answers())
    }

    /// Whether `q` is the last question, whatever its answer: only then does its button say
    /// "show the result". Answering a question can bring another one after it (debt help after
    /// the studiefinanciering question), so every answer it can get is tried.
    pub fn is_last(&self, flow: &Flow, q: Question) -> bool {
        if flow.questions.last() != Some(&q) {
            return false;
        }
        let answers = self.form.partial_answers();
        if !matches!(
            q,
            Question::AssetsAboveLimit
                | Question::LowIncome3Years
                | Question::Student
                | Question::DebtHelp
        ) {
            return true;
        }
        [Some(true), Some(false), None].into_iter().all(|value| {
            let mut a = answers.clone();
            let c = &mut a.circumstances;
            *match q {
                Question::AssetsAboveLimit => &mut c.assets_above_limit,
                Question::LowIncome3Years => &mut c.low_income_3_years,
                Question::Student => &mut c.student,
                _ => &mut c.debt_help,
            } = value;
            crate::rules::flow(State::rules(), &a).questions.last() == Some(&q)
        })
    }

    /// The error shown with question `q`.
    pub fn error_for(&self, q: Question) -> Option<FieldError> {
        self.errors.iter().find(|(x, _)| *x == q).map(|&(_, e)| e)
    }

    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        // Editing an answer clears its error on a question screen. Intermediair mode keeps its
        // list of errors until the next check, so the form does not move while typing.
        if let Some(q) = action.edits() {
            if !s.intermediair {
                s.errors.retain(|(x, _)| *x != q);
            }
        }
        let f = &mut s.form;
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Start => s.go(Screen::Ask(Question::Partner)),
            Action::AskWipe => {
                s.confirm_wipe = true;
                s.focus_request += 1;
            }
            Action::CancelWipe => {
                s.confirm_wipe = false;
                s.focus_request += 1;
            }
            Action::Restart => {
                // A new state: nothing of this household survives, only the mode and language.
                s = State::new(self.lang);
                s.intermediair = self.intermediair;
                s.focus_request = self.focus_request + 1;
            }
            Action::Change(q) => s.go(Screen::Ask(q)),
            Action::SetBilingual(on) => s.bilingual = on,
            Action::SetIntermediair(on) => {
                s.intermediair = on;
                s.errors.clear();
            }
            Action::SubmitAll => s.submit_all(),
            Action::Restore(screen) => {
                s.go(screen);
                s.from_history = true;
            }
            Action::Next => s.next(),
            Action::Back => s.back(),
            Action::SetPartner(v) => f.partner = Some(v),
            Action::SetAge(v) => f.age = v,
            Action::SetPartnerAge(v) => f.partner_age = v,
            Action::SetAow(v) => f.aow = Some(v),
            Action::SetPartnerAow(v) => f.partner_aow = Some(v),
            Action::SetChildrenCount(n) => {
                let n = n.min(MAX_CHILDREN);
                f.children_count = Some(n);
                if f.child_ages.len() < n as usize {
                    f.child_ages.resize(n as usize, String::new());
                }
            }
            Action::SetChildAge(i, v) => {
                if i < f.child_ages.len() {
                    f.child_ages[i] = v;
                }
            }
            Action::SetIncome(v) => f.income = v,
            Action::SetPeriod(p) => f.period = p,
            Action::SetTri(q, t) => match q {
                Question::AssetsAboveLimit => f.assets_above_limit = Some(t),
                Question::LowIncome3Years => f.low_income_3_years = Some(t),
                Question::Student => f.student = Some(t),
                Question::DebtHelp => f.debt_help = Some(t),
                Question::Partner
                | Question::Age
                | Question::PartnerAge
                | Question::Aow
                | Question::PartnerAow
                | Question::Children
                | Question::Income => {}
            },
        }
        s
    }

    /// Intermediair mode: every question in the flow with a problem is listed at the top and
    /// the list gets the focus; with none, the result.
    fn submit_all(&mut self) {
        let flow = self.flow();
        self.errors = flow
            .questions
            .iter()
            .filter_map(|&q| self.form.check(q).err().map(|e| (q, e)))
            .collect();
        if self.errors.is_empty() {
            self.go(Screen::Result);
        } else {
            self.focus_request += 1;
        }
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.from_history = false;
        self.errors.clear();
        self.confirm_wipe = false;
        self.focus_request += 1;
    }

    fn next(&mut self) {
        let Screen::Ask(q) = self.screen else { return };
        if let Err(e) = self.form.check(q) {
            self.errors = vec![(q, e)];
            self.focus_request += 1;
            return;
        }
        let flow = self.flow().questions;
        let pos = flow.iter().position(|&x| x == q);
        // The first question after this one that is in the flow and not yet validly answered
        // comes next; answered ones are passed by in order too, so nothing is skipped unseen.
        let next = match pos {
            Some(i) => flow.get(i + 1).copied(),
            None => flow.iter().copied().find(|&x| self.form.check(x).is_err()),
        };
        match next {
            Some(n) => self.go(Screen::Ask(n)),
            None => self.go(Screen::Result),
        }
    }

    fn back(&mut self) {
        let flow = self.flow().questions;
        let target = match self.screen {
            Screen::Start => Screen::Start,
            Screen::Result => flow.last().map_or(Screen::Start, |&q| Screen::Ask(q)),
            Screen::Ask(q) => match flow.iter().position(|&x| x == q) {
                Some(0) | None => Screen::Start,
                Some(i) => Screen::Ask(flow[i - 1]),
            },
        };
        self.go(target);
    }

    /// The number of the question on screen, counted in the flow. There is no total: it would
    /// change as answers make later questions unneeded.
    pub fn step(&self, flow: &Flow) -> Option<usize> {
        let Screen::Ask(q) = self.screen else {
            return None;
        };
        flow.questions.iter().position(|&x| x == q).map(|i| i + 1)
    }

    /// The id of the element that should get focus: the question to ask before wiping, the
    /// list of errors (intermediair mode), the field to correct, or the new screen's heading.
    pub fn focus_target(&self) -> String {
        if self.confirm_wipe {
            return "confirm-wipe".into();
        }
        if self.intermediair && !self.errors.is_empty() {
            return "error-summary".into();
        }
        match (self.screen, self.errors.first()) {
            (Screen::Ask(_), Some(&(q, e))) => field_id(q, e),
            _ => "screen-heading".into(),
        }
    }
}

/// The savings limit for this household, once the household is known: the savings question
/// names it.
pub fn assets_limit(flow: &Flow) -> Option<crate::rules::Money> {
    let rules = State::rules();
    let household = flow.answers.household()?;
    let leefvorm = household.leefvorm(rules.aow_age).ok()?;
    Some(rules.vermogensgrens.value[leefvorm.vermogen_category() as usize])
}

/// The id of the control to correct for an error on question `q`.
pub fn field_id(q: Question, e: FieldError) -> String {
    match e {
        FieldError::ChildAge(i) => ["child-age-", &int(i as u64)].concat(),
        FieldError::Choose => [q.id(), "-0"].concat(),
        _ => [q.id(), "-input"].concat(),
    }
}

impl Screen {
    /// A number for the browser history: only which screen, never an answer.
    pub fn history_number(self) -> u32 {
        match self {
            Screen::Start => 0,
            Screen::Ask(q) => 1 + Question::ALL.iter().position(|&x| x == q).unwrap_or(0) as u32,
            Screen::Result => 99,
        }
    }

    pub fn from_history_number(n: u32) -> Screen {
        match n {
            99 => Screen::Result,
            n if n >= 1 && (n as usize) <= Question::ALL.len() => {
                Screen::Ask(Question::ALL[n as usize - 1])
            }
            _ => Screen::Start,
        }
    }
}
