//! A quick reader for the usual line: one flat JSON object whose keys are input fields, each
//! with a value of its plainest kind: an age as digits, `true`, `false` or `null`, a date, period
//! or income as a string without escapes, an income as a number, ages of children as a list of
//! digits. It reads such a line straight into a household, in one pass.
//!
//! serde_json and the general field parsing took about half the time of a whole household. This
//! reader gives up on anything else (an escape, nesting, a key that is unknown or repeated, a
//! value of another kind or out of range, any syntax error), and the line is then read by
//! serde_json and `input::parse_fields` as before, which also word the error. So whenever this
//! returns a household, it is the one the general way would have returned (a test compares them
//! on lines changed at random).

use super::input::{self, at, Parsed, Value, FIELDS};
use regelingencheck::rules::household::MAX_AGE;
use regelingencheck::rules::{Date, Money, Period};

/// Reads the line into `p` (its list of children is emptied and filled again) and gives the
/// line's `id`, its JSON text; `None` when the general way should read the line, and `p` is then
/// left with any values.
pub fn read_household<'a>(text: &'a str, p: &mut Parsed) -> Option<Option<&'a str>> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    p.reset();
    let mut id = None;
    // One bit per key seen: the id and the fields.
    let mut seen = 0u32;
    r.skip_whitespace();
    r.expect(b'{')?;
    r.skip_whitespace();
    if r.peek() == Some(b'}') {
        r.at += 1;
    } else {
        loop {
            let slot = r.key()?;
            if seen & (1 << slot) != 0 {
                return None;
            }
            seen |= 1 << slot;
            r.skip_whitespace();
            r.expect(b':')?;
            r.skip_whitespace();
            // null is the same as absent.
            if r.peek() == Some(b'n') {
                r.literal(b"null")?;
                seen &= !(1 << slot);
            } else {
                r.field(slot, p, &mut id)?;
            }
            r.skip_whitespace();
            match r.next()? {
                b',' => r.skip_whitespace(),
                b'}' => break,
                _ => return None,
            }
        }
    }
    r.skip_whitespace();
    let required = 1 << at::AGE | 1 << at::INCOME;
    (r.at == r.bytes.len() && seen & required == required).then_some(id)
}

/// The `id` key's bit, after the fields' (which are their index in `FIELDS`).
const ID_SLOT: usize = FIELDS.len();

/// `value` and the length of `word` when `rest` starts with `word`. Compared as `N` bytes known
/// when compiling: a few loads and compares, rather than a call to `memcmp`.
fn known<const N: usize, T>(rest: &[u8], word: &[u8; N], value: T) -> Option<(T, usize)> {
    (rest.get(..N) == Some(word.as_slice())).then_some((value, N))
}

struct Reader<'a> {
    text: &'a str,
    /// The same text as bytes, to read.
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A known key written plainly, as its slot: compared with the keys as bytes, quotes
    /// included, rather than read as a string and then looked up, which was a tenth of the time
    /// of a whole household. Any other key (unknown, or with an escape) is left to the general
    /// way.
    fn key(&mut self) -> Option<usize> {
        let rest = &self.bytes[self.at..];
        // With its quotes, so that a longer key that starts the same is not taken for it.
        let (slot, len) = match rest.get(1)? {
            b'a' => known(rest, b"\"age\"", at::AGE)
                .or_else(|| known(rest, b"\"aow\"", at::AOW))
                .or_else(|| known(rest, b"\"assets_above_limit\"", at::ASSETS_ABOVE_LIMIT)),
            b'c' => known(rest, b"\"children\"", at::CHILDREN),
            b'd' => known(rest, b"\"date\"", at::DATE)
                .or_else(|| known(rest, b"\"debt_help\"", at::DEBT_HELP)),
            b'h' => known(rest, b"\"holiday_pay_included\"", at::HOLIDAY_PAY_INCLUDED),
            b'i' => {
                known(rest, b"\"income\"", at::INCOME).or_else(|| known(rest, b"\"id\"", ID_SLOT))
            }
            b'l' => known(rest, b"\"low_income_3_years\"", at::LOW_INCOME_3_YEARS),
            b'p' => known(rest, b"\"partner_age\"", at::PARTNER_AGE)
                .or_else(|| known(rest, b"\"partner_aow\"", at::PARTNER_AOW))
                .or_else(|| known(rest, b"\"period\"", at::PERIOD)),
            b's' => known(rest, b"\"student\"", at::STUDENT),
            _ => None,
        }?;
        self.at += len;
        Some(slot)
    }

    /// A period's id in quotes.
    fn period(&mut self) -> Option<Period> {
        let rest = &self.bytes[self.at..];
        let (period, len) = match rest.get(1)? {
            b'm' => known(rest, b"\"month\"", Period::Month),
            b'w' => known(rest, b"\"week\"", Period::Week),
            b'y' => known(rest, b"\"year\"", Period::Year),
            b'f' => known(rest, b"\"four_weeks\"", Period::FourWeeks),
            _ => None,
        }?;
        self.at += len;
        Some(period)
    }

    /// The value of the field in `slot`, into `p`.
    fn field(&mut self, slot: usize, p: &mut Parsed, id: &mut Option<&'a str>) -> Option<()> {
        match slot {
            at::DATE => p.date = Date::parse(self.string_contents()?)?,
            at::AGE => p.household.age = self.age()?,
            at::PARTNER_AGE => p.household.partner_age = Some(self.age()?),
            at::AOW => p.household.aow = Some(self.boolean()?),
            at::PARTNER_AOW => p.household.partner_aow = Some(self.boolean()?),
            at::CHILDREN => self.children(&mut p.household.children)?,
            at::INCOME => p.income.amount = self.income()?,
            at::PERIOD => p.income.period = self.period()?,
            at::HOLIDAY_PAY_INCLUDED => p.income.holiday_pay_included = self.boolean()?,
            at::ASSETS_ABOVE_LIMIT => p.circumstances.assets_above_limit = Some(self.boolean()?),
            at::LOW_INCOME_3_YEARS => p.circumstances.low_income_3_years = Some(self.boolean()?),
            at::STUDENT => p.circumstances.student = Some(self.boolean()?),
            at::DEBT_HELP => p.circumstances.debt_help = Some(self.boolean()?),
            _ => *id = Some(self.value()?),
        }
        Some(())
    }

    /// `true` or `false`.
    fn boolean(&mut self) -> Option<bool> {
        match self.peek()? {
            b't' => self.literal(b"true").map(|()| true),
            _ => self.literal(b"false").map(|()| false),
        }
    }

    /// Up to three digits: a number without a sign, fraction or exponent, which the caller
    /// checks by wanting a ',' or a bracket next.
    fn small_whole_number(&mut self) -> Option<u8> {
        let start = self.at;
        let mut n = 0u16;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if self.at - start == 3 || (n == 0 && self.at > start) {
                // A fourth digit, or a leading zero: not the plainest kind.
                return None;
            }
            n = n * 10 + u16::from(d - b'0');
            self.at += 1;
        }
        (self.at > start).then(|| u8::try_from(n).ok()).flatten()
    }

    /// An age the rules accept; any other is left to the general way, which words the error.
    fn age(&mut self) -> Option<u8> {
        self.small_whole_number()
            .filter(|a| (18..=MAX_AGE).contains(a))
    }

    /// `[ ]` or `[ age , age ... ]`, each a possible age.
    fn children(&mut self, children: &mut Vec<u8>) -> Option<()> {
        self.list(|r| {
            children.push(r.small_whole_number().filter(|&a| a <= MAX_AGE)?);
            Some(())
        })
    }

    /// An income as a number or as a string, read by the same functions as the general way.
    fn income(&mut self) -> Option<Money> {
        let start = self.at;
        if self.peek() == Some(b'"') {
            self.string_contents()?;
            return input::money(Value::Json(self.since(start)?)).ok();
        }
        self.number()?;
        let number = &self.bytes[start..self.at];
        // Whole euros, or with one or two decimals: the plainest numbers, read here.
        let (int, frac) = match number.iter().position(|&b| b == b'.') {
            Some(dot) => (&number[..dot], &number[dot + 1..]),
            None => (number, &[][..]),
        };
        let digits = |d: &[u8]| d.iter().all(u8::is_ascii_digit);
        if (1..=7).contains(&int.len()) && frac.len() <= 2 && digits(int) && digits(frac) {
            let value = |d: &[u8]| d.iter().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
            let frac_cents = value(frac) * if frac.len() == 1 { 10 } else { 1 };
            return Some(Money::from_cents(value(int) * 100 + frac_cents));
        }
        input::json_number_money(self.since(start)?).ok()
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn expect(&mut self, wanted: u8) -> Option<()> {
        (self.next()? == wanted).then_some(())
    }

    /// JSON's whitespace, the same four characters serde_json skips.
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// The text from `start` to here. Both ends are next to ASCII characters (quotes, digits,
    /// brackets), so they are on character boundaries.
    fn since(&self, start: usize) -> Option<&'a str> {
        self.text.get(start..self.at)
    }

    /// A string's contents, without the quotes. Gives up on an escape; a control character is
    /// not allowed in a JSON string.
    fn string_contents(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let length = string_end(&self.bytes[start..])?;
        self.at = start + length;
        self.expect(b'"')?;
        self.text.get(start..start + length)
    }

    /// One value's JSON text.
    fn value(&mut self) -> Option<&'a str> {
        let start = self.at;
        match self.peek()? {
            b'"' => {
                self.string_contents()?;
            }
            b'-' | b'0'..=b'9' => self.number()?,
            b't' => self.literal(b"true")?,
            b'f' => self.literal(b"false")?,
            b'n' => self.literal(b"null")?,
            b'[' => self.list_of_numbers()?,
            _ => return None,
        }
        self.since(start)
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// JSON's number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.at_least_one_digit()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.at_least_one_digit()?;
        }
        // What follows ("01", "1x") is checked by the caller, which wants a ',' or a bracket.
        Some(())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// `[ ]` or `[ number , number ... ]`: how a list of ages is written.
    fn list_of_numbers(&mut self) -> Option<()> {
        self.list(Reader::number)
    }

    /// `[ ]` or `[ item , item ... ]`, each item read by `item`.
    fn list(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.expect(b'[')?;
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(());
        }
        loop {
            item(self)?;
            self.skip_whitespace();
            match self.next()? {
                b',' => self.skip_whitespace(),
                b']' => return Some(()),
                _ => return None,
            }
        }
    }
}

/// Whether a byte ends a string's contents for this reader: a quote, a backslash (an escape,
/// which the general way reads) or a control character (not allowed in JSON).
fn ends_string(b: u8) -> bool {
    b == b'"' || b == b'\\' || b < 0x20
}

/// The position of the first byte that `ends_string`. Eight bytes at a time, in one machine
/// word: looking at one byte at a time was a tenth of the time of a whole household.
fn string_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // The high bit of each byte of the result is set where that byte of `x` is below `n`
    // (n ≤ 128), and may also be set in bytes after such a byte; the first set bit is exact.
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1)
            | below(x, 0x20);
        if found != 0 {
            return Some(offset + found.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| ends_string(b))
        .map(|i| offset + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{parse_fields, Fields};

    /// The household as the general way reads it (serde_json, then `parse_fields`), with its id;
    /// `None` for a line with an error.
    fn the_general_way(text: &str) -> Option<(Option<String>, Parsed)> {
        let raw = crate::parse_object(text).ok()?;
        let parsed = parse_fields(&Fields::from_json(&raw), Vec::new()).ok()?;
        Some((raw.id.map(|r| r.get().to_string()), parsed))
    }

    fn quickly(text: &str) -> Option<(Option<String>, Parsed)> {
        // A household from an earlier line, to show that nothing of it is left over.
        let mut p = the_general_way(
            r#"{"age":66,"aow":true,"children":[3],"income":9,"period":"year","debt_help":false}"#,
        )
        .unwrap()
        .1;
        let id = read_household(text, &mut p)?;
        Some((id.map(str::to_string), p))
    }

    /// Giving up is always allowed (the general way then reads the line); reading it differently
    /// is not.
    fn check(text: &str) {
        if let Some(read) = quickly(text) {
            assert_eq!(Some(read), the_general_way(text), "{text:?}");
        }
    }

    /// Eight bytes at a time finds the same byte as one at a time, wherever it is.
    #[test]
    fn the_end_of_a_string_is_found_as_byte_by_byte() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let interesting = [
            b'"', b'\\', 0x00, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7f, 0x80, 0xa2, 0xdc, 0xff,
        ];
        for round in 0..200_000 {
            let len = round % 40;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    match state % 8 {
                        0 => interesting[(state >> 8) as usize % interesting.len()],
                        _ => b'a' + (state >> 8) as u8 % 26,
                    }
                })
                .collect();
            assert_eq!(
                string_end(&bytes),
                bytes.iter().position(|&b| ends_string(b)),
                "{bytes:?}"
            );
        }
        for b in 0..=255u8 {
            let mut bytes = [b'x'; 19];
            bytes[11] = b;
            let expected = ends_string(b).then_some(11);
            assert_eq!(string_end(&bytes), expected, "{b}");
        }
    }

    /// The slot of the key at the start of `text`, after checking that the reader is then just
    /// past its closing quote.
    fn key_of(text: &str) -> Option<usize> {
        let mut r = Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        };
        let slot = r.key()?;
        assert_eq!(r.at, text.find("\":").unwrap() + 1, "{text}");
        Some(slot)
    }

    #[test]
    fn key_slots_are_the_positions_in_fields() {
        for (i, name) in FIELDS.iter().enumerate() {
            assert_eq!(key_of(&format!("\"{name}\":1")), Some(i), "{name}");
            // Longer or shorter keys that start or end the same are other keys.
            assert_eq!(key_of(&format!("\"{name}x\":1")), None, "{name}");
            assert_eq!(key_of(&format!("\"{}\":1", &name[1..])), None, "{name}");
            assert_eq!(key_of(&format!("\"{}\":1", &name[..name.len() - 1])), None);
        }
        assert_eq!(key_of("\"id\":1"), Some(ID_SLOT));
        for other in [
            "\"pets\":1",
            "\"\":1",
            "\"",
            "\"a",
            "\"Age\":1",
            "\"a\\u0067e\":1",
        ] {
            assert_eq!(key_of(other), None, "{other}");
        }
    }

    #[test]
    fn periods_are_read_by_their_ids() {
        for period in Period::ALL {
            let text = format!("\"{}\",", period.id());
            let mut r = Reader {
                text: &text,
                bytes: text.as_bytes(),
                at: 0,
            };
            assert_eq!(r.period(), Some(period));
            assert_eq!(r.at, text.len() - 1, "{text}");
        }
        for other in [
            "\"months\"",
            "\"mont\"",
            "\"Month\"",
            "\"day\"",
            "\"",
            "\"\\u006donth\"",
        ] {
            let mut r = Reader {
                text: other,
                bytes: other.as_bytes(),
                at: 0,
            };
            assert_eq!(r.period(), None, "{other}");
        }
    }

    #[test]
    fn reads_usual_lines_as_the_general_way_does() {
        for text in [
            r#"{"age":34,"children":[7,13],"income":"1.250"}"#,
            r#" { "id" : "H-1" , "age" : 34 , "income" : 1380.5 , "partner_age" : null } "#,
            r#"{"age":66,"aow":true,"income":500,"student":false,"children":[ ]}"#,
            r#"{"id":7,"age":120,"date":"2023-01-01","income":"€ 1.380,-","period":"week"}"#,
            r#"{"age":18,"partner_age":90,"partner_aow":false,"income":3336.000,"holiday_pay_included":true}"#,
            r#"{"age":40,"income":1234567.89,"children":[0,17,120],"assets_above_limit":true,"low_income_3_years":false,"debt_help":true}"#,
        ] {
            assert!(quickly(text).is_some(), "{text}");
            check(text);
        }
    }

    #[test]
    fn gives_up_where_the_general_way_must_decide() {
        for text in [
            // Not the usual line, or not JSON at all.
            r#"{"age":34,"age":35,"income":1}"#,
            r#"{"age":34,"pets":1,"income":1}"#,
            r#"{"a\u0067e":34,"income":1}"#,
            r#"{"age":34,"income":"1\n"}"#,
            r#"{"age":01,"income":1}"#,
            r#"{"age":1.,"income":1}"#,
            r#"{"age":34,"income":1,"children":[7,[13]]}"#,
            r#"{"age":34,"income":1,"children":[7,]}"#,
            r#"{"age":34,"income":1,"id":{"a":1}}"#,
            r#"{"age":34,"income":1,}"#,
            r#"{"age":34,"income":1} x"#,
            r#"{"age":34,"income":1,"student":tru}"#,
            "{\"age\":34,\"income\":\"a\u{1}b\"}",
            r#"[1]"#,
            r#""age""#,
            // Values of another kind or out of range, each an error or a less usual form.
            r#"{"age":17,"income":1}"#,
            r#"{"age":121,"income":1}"#,
            r#"{"age":-3,"income":1}"#,
            r#"{"age":"34","income":1}"#,
            r#"{"age":34.0,"income":1}"#,
            r#"{"age":34,"income":-1}"#,
            r#"{"age":34,"income":"veel"}"#,
            r#"{"age":34,"income":12345678}"#,
            r#"{"age":34,"income":1.234}"#,
            r#"{"age":34,"income":0.5e+3}"#,
            r#"{"age":34,"income":1,"children":[121]}"#,
            r#"{"age":34,"income":1,"children":[-1]}"#,
            r#"{"age":34,"income":1,"children":"7;13"}"#,
            r#"{"age":34,"income":1,"student":"ja"}"#,
            r#"{"age":34,"income":1,"period":"day"}"#,
            r#"{"age":34,"income":1,"date":"2023-02-30"}"#,
            // A required field missing.
            r#"{"income":1}"#,
            r#"{"age":34}"#,
            r#"{"age":34,"income":null}"#,
        ] {
            assert!(quickly(text).is_none(), "{text}");
        }
    }

    /// Lines changed at random, byte by byte: whatever the quick reader accepts, the general way
    /// reads the same.
    #[test]
    fn agrees_with_the_general_way_on_mutated_lines() {
        let seeds = [
            r#"{"id":"H-0000005","age":24,"partner_age":31,"income":"1030 euro","holiday_pay_included":true,"debt_help":null}"#,
            r#"{"age":37, "partner_age":33, "children":[12, 24, 3], "income":3336.0, "period":"four_weeks"}"#,
            r#"{"date":"2023-05-11","age":85,"aow":false,"income":382,"student":false,"low_income_3_years":true,"assets_above_limit":false}"#,
            r#"{"age":20,"partner_aow":true,"children":[0,9,17],"income":1380.55,"period":"week","date":"2023-01-01","student":true}"#,
        ];
        let alphabet = b" \t{}[]:,\"\\-+.0123456789eEtrufalsn?xyz\x01\xc3\xa9";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut random = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut accepted = 0;
        for round in 0..40_000 {
            let mut bytes = seeds[round % seeds.len()].as_bytes().to_vec();
            for _ in 0..1 + random(3) {
                let at = random(bytes.len());
                match random(3) {
                    0 => {
                        bytes.remove(at);
                    }
                    1 => bytes.insert(at, alphabet[random(alphabet.len())]),
                    _ => bytes[at] = alphabet[random(alphabet.len())],
                }
            }
            if let Ok(text) = std::str::from_utf8(&bytes) {
                check(text);
                accepted += usize::from(quickly(text).is_some());
            }
        }
        // Enough changed lines are still usual ones for the comparison to mean something.
        assert!(accepted > 800, "{accepted}");
    }
}
