//! A quick reader for the usual line: one flat JSON object whose keys are input fields and whose
//! values are strings without escapes, numbers, `true`, `false`, `null` or a list of numbers.
//!
//! serde_json with `RawValue` took about a third of the time of a whole household. This reader
//! gives up on anything else (an escape, nesting, a key that is unknown or repeated, any syntax
//! error) and the line is then read by serde_json as before, which also words the error. So
//! whenever this returns fields, they are the ones serde_json would have returned: each value as
//! its JSON text, and `null` the same as absent.

use super::input::{at, Fields, Value, FIELDS};

/// A line's `id` (its JSON text) and its fields.
pub struct Line<'a> {
    pub id: Option<&'a str>,
    pub fields: Fields<'a>,
}

/// The line's fields, or `None` when serde_json should read it.
pub fn read_line(text: &str) -> Option<Line<'_>> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut line = Line {
        id: None,
        fields: Fields::default(),
    };
    // One bit per key seen: the id and the fields.
    let mut seen = 0u32;
    r.skip_whitespace();
    r.expect(b'{')?;
    r.skip_whitespace();
    if r.peek() == Some(b'}') {
        r.at += 1;
    } else {
        loop {
            let key = r.string_contents()?;
            let slot = key_slot(key)?;
            if seen & (1 << slot) != 0 {
                return None;
            }
            seen |= 1 << slot;
            r.skip_whitespace();
            r.expect(b':')?;
            r.skip_whitespace();
            let value = r.value()?;
            if value != "null" {
                match slot {
                    ID_SLOT => line.id = Some(value),
                    i => line.fields.values[i] = Some(Value::Json(value)),
                }
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
    (r.at == r.bytes.len()).then_some(line)
}

/// The `id` key's bit, after the fields' (which are their index in `FIELDS`).
const ID_SLOT: usize = FIELDS.len();

/// The key's position in `FIELDS`, or `ID_SLOT`. A `match` rather than a search of `FIELDS`:
/// it is asked nine times a line. A test checks that the two agree.
fn key_slot(key: &str) -> Option<usize> {
    Some(match key {
        "date" => at::DATE,
        "age" => at::AGE,
        "partner_age" => at::PARTNER_AGE,
        "aow" => at::AOW,
        "partner_aow" => at::PARTNER_AOW,
        "children" => at::CHILDREN,
        "income" => at::INCOME,
        "period" => at::PERIOD,
        "holiday_pay_included" => at::HOLIDAY_PAY_INCLUDED,
        "assets_above_limit" => at::ASSETS_ABOVE_LIMIT,
        "low_income_3_years" => at::LOW_INCOME_3_YEARS,
        "student" => at::STUDENT,
        "debt_help" => at::DEBT_HELP,
        "id" => ID_SLOT,
        _ => return None,
    })
}

struct Reader<'a> {
    text: &'a str,
    /// The same text as bytes, to read.
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
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
        let length = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
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
        self.expect(b'[')?;
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(());
        }
        loop {
            self.number()?;
            self.skip_whitespace();
            match self.next()? {
                b',' => self.skip_whitespace(),
                b']' => return Some(()),
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::RawFields;

    /// The fields as serde_json reads them, to compare with.
    fn by_serde(text: &str) -> Option<(Option<String>, Vec<Option<String>>)> {
        if text.trim_start().starts_with('[') {
            return None;
        }
        let raw: RawFields = serde_json::from_str(text).ok()?;
        let fields = Fields::from_json(&raw);
        Some((raw.id.map(|r| r.get().to_string()), texts(&fields)))
    }

    fn texts(fields: &Fields) -> Vec<Option<String>> {
        fields
            .values
            .iter()
            .map(|v| match v {
                Some(Value::Json(s)) => Some(s.to_string()),
                Some(Value::Cell(s)) => Some(format!("cell {s}")),
                None => None,
            })
            .collect()
    }

    /// Giving up is always allowed (serde_json then reads the line); reading it differently is not.
    fn check(text: &str) {
        if let Some(line) = read_line(text) {
            assert_eq!(
                Some((line.id.map(str::to_string), texts(&line.fields))),
                by_serde(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn key_slots_are_the_positions_in_fields() {
        for (i, name) in FIELDS.iter().enumerate() {
            assert_eq!(key_slot(name), Some(i));
        }
        assert_eq!(key_slot("id"), Some(ID_SLOT));
        assert_eq!(key_slot("pets"), None);
    }

    #[test]
    fn reads_usual_lines_as_serde_json_does() {
        for text in [
            r#"{"age":34,"children":[7,13],"income":"1.250"}"#,
            r#" { "id" : "H-1" , "age" : 34 , "income" : 1380.5 , "partner_age" : null } "#,
            r#"{"age":66,"aow":true,"income":-0.5e+3,"student":false,"children":[ ]}"#,
            r#"{}"#,
            r#"{"id":7,"date":"2023-01-01","income":"€ 1.380,-","period":"week"}"#,
        ] {
            assert!(read_line(text).is_some(), "{text}");
            check(text);
        }
    }

    #[test]
    fn gives_up_where_serde_json_must_decide() {
        for text in [
            r#"{"age":34,"age":35}"#,
            r#"{"age":34,"pets":1}"#,
            r#"{"a\u0067e":34}"#,
            r#"{"income":"1\n"}"#,
            r#"{"age":01}"#,
            r#"{"age":1.}"#,
            r#"{"age":-}"#,
            r#"{"age":1e}"#,
            r#"{"children":[7,[13]]}"#,
            r#"{"children":[7,]}"#,
            r#"{"id":{"a":1}}"#,
            r#"{"age":34,}"#,
            r#"{"age":34} x"#,
            r#"{"age":tru}"#,
            "{\"income\":\"a\u{1}b\"}",
            r#"[1]"#,
            r#""age""#,
        ] {
            assert!(read_line(text).is_none(), "{text}");
        }
    }

    /// Lines changed at random, byte by byte: whatever the quick reader accepts, serde_json reads
    /// the same way.
    #[test]
    fn agrees_with_serde_json_on_mutated_lines() {
        let seeds = [
            r#"{"id":"H-0000005","age":24,"partner_age":31,"income":"1030 euro","holiday_pay_included":true,"debt_help":null}"#,
            r#"{"age":37, "partner_age":33, "children":[12, 24, 3], "income":3336.0, "period":"four_weeks"}"#,
            r#"{"date":"2023-05-11","age":85,"aow":false,"income":382,"student":false,"low_income_3_years":true,"assets_above_limit":false}"#,
        ];
        let alphabet = b" \t{}[]:,\"\\-+.0123456789eEtrufalsn?xyz\x01\xc3\xa9";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut random = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for round in 0..20_000 {
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
            }
        }
    }
}
