//! Reading an amount the way people type it: "1380", "1.380", "1.380,50", "€ 1.380,-",
//! "1,380.50", and in Arabic-Indic or Persian digits. Money never has three decimals, so a single
//! separator followed by exactly three digits groups thousands; followed by one or two digits it
//! is the decimal mark. When several separators are used, the last one is the decimal mark if it
//! differs from the others. Anything that still leaves doubt is refused with a typed error that
//! the app translates. More than 64 digits and marks is more than any amount needs: too large.

use super::money::Money;

/// Ten million or more, in any period, is taken to be a typing mistake.
const MAX_INPUT_CENTS: i64 = 10_000_000 * 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyInputError {
    /// Nothing typed.
    Empty,
    /// Letters or signs that are not part of an amount.
    NotANumber,
    /// A minus sign: an income cannot be negative here.
    Negative,
    /// More than two decimals, such as "1380,505".
    TooManyDecimals,
    /// Separators that can be read in two ways, such as "1.380.5" or "13,80,00".
    Ambiguous,
    /// Ten million or more.
    TooLarge,
}

impl MoneyInputError {
    /// Stable code for files and translations.
    pub fn code(self) -> &'static str {
        match self {
            MoneyInputError::Empty => "empty",
            MoneyInputError::NotANumber => "not_a_number",
            MoneyInputError::Negative => "negative",
            MoneyInputError::TooManyDecimals => "too_many_decimals",
            MoneyInputError::Ambiguous => "ambiguous",
            MoneyInputError::TooLarge => "too_large",
        }
    }
}

/// The value of a digit as typed on any phone keyboard: Western, Arabic-Indic or Persian.
pub fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '٠'..='٩' => Some((c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => Some((c as u32 - '۰' as u32) as u8),
        _ => None,
    }
}

/// Normalised marks: digits stay ASCII digits; these stand for the separators.
const DOT: u8 = b'.';
const COMMA: u8 = b',';
const AR_DECIMAL: u8 = b'd';
const AR_GROUP: u8 = b'g';
/// A space between digits: only allowed before a group of three ("1 380").
const SPACE_GROUP: u8 = b's';

/// Parses a typed amount in euros. See the module comment for the rules.
pub fn parse_money(input: &str) -> Result<Money, MoneyInputError> {
    let (negative, s) = normalise(input)?;
    if s.is_empty() {
        return Err(if negative {
            MoneyInputError::NotANumber
        } else {
            MoneyInputError::Empty
        });
    }
    let (int, frac) = split_at_decimal_mark(s.as_slice())?;
    let (int, frac) = (int.as_slice(), frac.as_slice());
    if int.is_empty() && frac.is_empty() {
        return Err(MoneyInputError::NotANumber);
    }
    if negative {
        return Err(MoneyInputError::Negative);
    }
    if frac.len() > 2 {
        return Err(MoneyInputError::TooManyDecimals);
    }
    if int.iter().skip_while(|&&b| b == b'0').count() > 8 {
        return Err(MoneyInputError::TooLarge);
    }
    let mut cents: i64 = 0;
    for &b in int {
        cents = cents * 10 + (b - b'0') as i64;
    }
    for i in 0..2 {
        cents = cents * 10 + frac.get(i).map_or(0, |&b| (b - b'0') as i64);
    }
    if cents >= MAX_INPUT_CENTS {
        return Err(MoneyInputError::TooLarge);
    }
    Ok(Money::from_cents(cents))
}

/// Digits and marks of an amount, at most `CAPACITY` of them.
struct Marks {
    bytes: [u8; Marks::CAPACITY],
    len: usize,
}

impl Marks {
    /// More digits and marks than any amount needs: beyond this, an input is too large.
    const CAPACITY: usize = 64;

    fn new() -> Marks {
        Marks {
            bytes: [0; Self::CAPACITY],
            len: 0,
        }
    }

    fn push(&mut self, b: u8) -> Result<(), MoneyInputError> {
        *self
            .bytes
            .get_mut(self.len)
            .ok_or(MoneyInputError::TooLarge)? = b;
        self.len += 1;
        Ok(())
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn last(&self) -> Option<u8> {
        self.as_slice().last().copied()
    }
}

/// `s` without `word` at its start, ignoring ASCII case ("EUR", "Euro").
fn strip_prefix_ignoring_case<'a>(s: &'a str, word: &str) -> &'a str {
    match s.get(..word.len()) {
        Some(head) if head.eq_ignore_ascii_case(word) => &s[word.len()..],
        _ => s,
    }
}

/// `s` without `word` at its end, ignoring ASCII case.
fn strip_suffix_ignoring_case<'a>(s: &'a str, word: &str) -> &'a str {
    let Some(start) = s.len().checked_sub(word.len()) else {
        return s;
    };
    match s.get(start..) {
        Some(tail) if tail.eq_ignore_ascii_case(word) => &s[..start],
        _ => s,
    }
}

/// ASCII digits and separator marks, with currency, spaces and ",-" removed.
fn normalise(input: &str) -> Result<(bool, Marks), MoneyInputError> {
    let mut rest = input.trim();
    // Currency before or after the amount: "€ 1.380", "1380 euro", "EUR 1380".
    loop {
        let before = rest;
        rest = rest.trim_matches(|c: char| c.is_whitespace() || c == '\u{200e}' || c == '\u{200f}');
        for word in ["€", "euro", "eur"] {
            rest = strip_prefix_ignoring_case(rest, word);
            rest = strip_suffix_ignoring_case(rest, word);
        }
        for dash in [",--", ",-", ".--", ".-"] {
            rest = rest.strip_suffix(dash).unwrap_or(rest);
        }
        if rest == before {
            break;
        }
    }
    let mut negative = false;
    let mut s = Marks::new();
    for ch in rest.chars() {
        match ch {
            c if digit_value(c).is_some() => s.push(b'0' + digit_value(c).unwrap_or(0))?,
            '.' => s.push(DOT)?,
            ',' => s.push(COMMA)?,
            '٫' => s.push(AR_DECIMAL)?,
            '٬' => s.push(AR_GROUP)?,
            '-' | '−' if s.is_empty() && !negative => negative = true,
            c if c.is_whitespace() && s.last().is_some_and(|b| b.is_ascii_digit()) => {
                s.push(SPACE_GROUP)?
            }
            c if c.is_whitespace() || c == '\'' || c == '\u{200e}' || c == '\u{200f}' => {}
            _ => return Err(MoneyInputError::NotANumber),
        }
    }
    Ok((negative, s))
}

/// Spaces between digits group thousands ("1 380,50") and nothing else: "12 50" could be
/// € 12,50 or € 1.250, so it is refused. Spaces next to a separator are dropped.
fn check_space_groups(s: &[u8]) -> Result<Marks, MoneyInputError> {
    let mut out = Marks::new();
    for (i, &b) in s.iter().enumerate() {
        if b != SPACE_GROUP {
            out.push(b)?;
            continue;
        }
        let after = s[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let next_is_digit = s.get(i + 1).is_some_and(u8::is_ascii_digit);
        if next_is_digit && after != 3 {
            return Err(MoneyInputError::Ambiguous);
        }
    }
    Ok(out)
}

/// Integer digits (grouping removed) and decimal digits.
fn split_at_decimal_mark(s: &[u8]) -> Result<(Marks, Marks), MoneyInputError> {
    let s = check_space_groups(s)?;
    let s = s.as_slice();
    // Positions of the separators; `s` is shorter than `Marks::CAPACITY`, so each fits a byte.
    let mut seps = Marks::new();
    for (i, b) in s.iter().enumerate() {
        if !b.is_ascii_digit() {
            seps.push(i as u8)?;
        }
    }
    let seps = seps.as_slice();
    let digits_of = |part: &[u8]| -> Result<Marks, MoneyInputError> {
        let mut m = Marks::new();
        for &b in part.iter().filter(|b| b.is_ascii_digit()) {
            m.push(b)?;
        }
        Ok(m)
    };
    let Some(&last) = seps.last() else {
        return Ok((digits_of(s)?, Marks::new()));
    };
    let last = usize::from(last);
    let last_mark = s[last];
    let digits_after = s.len() - last - 1;
    if digits_after == 0 || seps.windows(2).any(|w| w[1] == w[0] + 1) {
        return Err(MoneyInputError::NotANumber);
    }
    let decimal_at = if last_mark == AR_DECIMAL {
        Some(last)
    } else if last_mark == AR_GROUP {
        None
    } else if seps.len() == 1 {
        match digits_after {
            // "1.380" groups thousands; "0,500" does not (no amount is written with a leading 0 group).
            3 if (1..=3).contains(&last) && s[0] != b'0' => None,
            _ => Some(last),
        }
    } else {
        let first_mark = s[usize::from(seps[0])];
        if seps[..seps.len() - 1]
            .iter()
            .any(|&i| s[usize::from(i)] != first_mark)
        {
            return Err(MoneyInputError::Ambiguous);
        }
        if last_mark != first_mark {
            Some(last)
        } else if digits_after == 3 {
            None
        } else {
            return Err(MoneyInputError::Ambiguous);
        }
    };
    let int_end = decimal_at.unwrap_or(s.len());
    // Thousands groups: 1 to 3 digits first, then exactly 3 after every grouping mark.
    let mut groups = s[..int_end].split(|b| !b.is_ascii_digit());
    let first_group = groups.next().map_or(0, <[u8]>::len);
    let mut grouped = false;
    let mut all_three = true;
    for g in groups {
        grouped = true;
        all_three &= g.len() == 3;
    }
    if grouped && (!(1..=3).contains(&first_group) || !all_three) {
        return Err(MoneyInputError::Ambiguous);
    }
    let frac = match decimal_at {
        Some(d) => digits_of(&s[d + 1..])?,
        None => Marks::new(),
    };
    Ok((digits_of(&s[..int_end])?, frac))
}
