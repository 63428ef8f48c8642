//! Compiles `i18n/<lang>.ftl` (a strict subset of Project Fluent) into Rust: one method per
//! message, with its variables as arguments. A message missing in any language, an extra one,
//! or a variable renamed in a translation stops the build with a message naming it. This gives
//! the guarantees of fluent-static at the size of a hand-written table (see README).
//!
//! Supported: `# comments`, `id = text`, indented continuation lines, `{ $var }`, `{ "literal" }`
//! and `{ $var -> [key] text *[other] text }` selectors on plural categories or exact numbers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

pub const LANGS: [&str; 5] = ["nl", "en", "ar", "tr", "fa"];

/// The messages looked up by an id from the data, by the start of their id.
pub const DATA_PREFIXES: [&str; 4] = ["regeling-", "short-", "route-", "doc-"];

#[derive(Debug, Clone)]
enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

type Messages = BTreeMap<String, Vec<Part>>;

/// The generated code, and each message id of nl.ftl with its variables (for the data checks).
pub fn generate(dir: &str) -> (String, BTreeMap<String, BTreeSet<String>>) {
    let mut all: Vec<Messages> = Vec::new();
    for lang in LANGS {
        let path = format!("{dir}/{lang}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        all.push(parse_file(&text).unwrap_or_else(|e| panic!("{path}: {e}")));
    }
    let reference = &all[0];
    let mut problems = Vec::new();
    for (i, msgs) in all.iter().enumerate().skip(1) {
        for id in reference.keys().filter(|id| !msgs.contains_key(*id)) {
            problems.push(format!("i18n/{}.ftl: message `{id}` is missing", LANGS[i]));
        }
        for id in msgs.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!(
                "i18n/{}.ftl: message `{id}` is not in nl.ftl",
                LANGS[i]
            ));
        }
        for (id, parts) in msgs {
            if let Some(nl) = reference.get(id) {
                let (want, got) = (vars(nl), vars(parts));
                if want != got {
                    problems.push(format!(
                        "i18n/{}.ftl: message `{id}` uses variables {got:?}, nl.ftl uses {want:?}",
                        LANGS[i]
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "translations incomplete:\n{}",
        problems.join("\n")
    );

    // Each language's messages are one string, one message after the other, and a table of
    // their lengths: a message is a slice of it. Variables and selectors are marked in the text
    // by control characters (see `encode`). One string and sixteen-bit lengths per language,
    // where a table of pointers per message and per piece cost more than the text itself did;
    // lengths, mostly below 256, compress better than offsets (measured in issue 18's note).
    let mut o = String::new();
    let mut args = String::new();
    let mut texts = vec![String::new(); LANGS.len()];
    let mut lengths: Vec<Vec<usize>> = vec![Vec::new(); LANGS.len()];
    for (l, msgs) in all.iter().enumerate() {
        for (id, nl_parts) in reference {
            let vs: Vec<String> = vars(nl_parts).into_iter().collect();
            let encoded = encode(&msgs[id], &vs)
                .unwrap_or_else(|e| panic!("i18n/{}.ftl: message `{id}`: {e}", LANGS[l]));
            lengths[l].push(encoded.len());
            texts[l].push_str(&encoded);
        }
        // The run-time adds lengths up in a usize; u16 holds each message.
        assert!(
            lengths[l].iter().all(|&n| n <= u16::MAX as usize),
            "i18n/{}.ftl: a message is longer than 65535 bytes",
            LANGS[l]
        );
    }
    let n = reference.len();
    writeln!(
        o,
        "static TEXT: [&str; 5] = [{}];",
        texts
            .iter()
            .map(|t| format!("{t:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    let tables: Vec<String> = lengths
        .iter()
        .map(|ls| {
            format!(
                "[{}]",
                ls.iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    writeln!(
        o,
        "static LENGTHS: [[u16; {n}]; 5] = [{}];",
        tables.join(", ")
    )
    .unwrap();
    for (k, (id, nl_parts)) in reference.iter().enumerate() {
        let vs: Vec<String> = vars(nl_parts).into_iter().collect();
        let name = id.replace('-', "_");
        if vs.is_empty() {
            writeln!(
                o,
                "impl Tr {{ #[inline] pub fn {name}(&self) -> &'static str {{ message(self.0, {k}) }} }}"
            )
            .unwrap();
        } else if let [v] = vs.as_slice() {
            // One variable: its parameter carries its name, nothing can be swapped.
            let v = snake(v);
            writeln!(
                o,
                "impl Tr {{ #[inline] pub fn {name}(&self, {v}: &str) -> String {{ render(self.0, message(self.0, {k}), &[{v}]) }} }}"
            )
            .unwrap();
        } else {
            // Several: named fields of a struct, so `min` and `max` cannot be passed swapped.
            let ty = camel(id);
            let fields: Vec<String> = vs
                .iter()
                .map(|v| format!("pub {}: &'a str", snake(v)))
                .collect();
            writeln!(args, "    pub struct {ty}<'a> {{ {} }}", fields.join(", ")).unwrap();
            let uses: Vec<String> = vs.iter().map(|v| format!("a.{}", snake(v))).collect();
            writeln!(
                o,
                "impl Tr {{ #[inline] pub fn {name}(&self, a: args::{ty}) -> String {{ render(self.0, message(self.0, {k}), &[{}]) }} }}",
                uses.join(", ")
            )
            .unwrap();
        }
    }
    // Lookup by id for the messages named after data ids (regelingen, ways to apply, documents),
    // with their variables by name: the data gives them (a regeling's ages, amounts, year), and
    // build/data.rs checks that each message uses only what its regeling gives.
    let data: Vec<String> = reference
        .iter()
        .enumerate()
        .filter(|(_, (id, _))| DATA_PREFIXES.iter().any(|p| id.starts_with(p)))
        .map(|(k, (id, parts))| {
            let vs: Vec<String> = vars(parts).into_iter().collect();
            format!("({id:?}, {k}, &{vs:?})")
        })
        .collect();
    writeln!(
        o,
        "static DATA_MESSAGES: [(&str, usize, &[&str]); {}] = [{}];",
        data.len(),
        data.join(", ")
    )
    .unwrap();
    writeln!(
        o,
        "/// The arguments of the messages with more than one variable, by name.\npub mod args {{\n{args}}}"
    )
    .unwrap();
    let ids = reference
        .iter()
        .map(|(id, parts)| (id.clone(), vars(parts)))
        .collect();
    (o, ids)
}

/// "why-within-margin" → "WhyWithinMargin".
fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn snake(v: &str) -> String {
    let mut s = String::new();
    for c in v.chars() {
        if c.is_ascii_uppercase() {
            s.push('_');
            s.push(c.to_ascii_lowercase());
        } else {
            s.push(c);
        }
    }
    s
}

fn vars(parts: &[Part]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in parts {
        match p {
            Part::Text(_) => {}
            Part::Var(v) => {
                out.insert(v.clone());
            }
            Part::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, vp) in variants {
                    out.extend(vars(vp));
                }
            }
        }
    }
    out
}

/// A message as the app stores it: text as is; a variable as `\u{1}` and its number; a selector
/// as `\u{2}`, the number of its variable, then per variant its key, `\u{3}`, its text and
/// `\u{4}`, the default variant first, and `\u{5}` at its end. src/i18n/mod.rs reads it back.
fn encode(parts: &[Part], vars: &[String]) -> Result<String, String> {
    let mut out = String::new();
    for p in parts {
        match p {
            Part::Text(t) => {
                if t.chars().any(|c| ('\u{1}'..='\u{5}').contains(&c)) {
                    return Err("control characters U+0001 to U+0005 are not allowed".into());
                }
                out.push_str(t)
            }
            Part::Var(v) => {
                out.push('\u{1}');
                out.push(var_digit(vars, v)?);
            }
            Part::Select {
                var,
                variants,
                default,
            } => {
                out.push('\u{2}');
                out.push(var_digit(vars, var)?);
                let order =
                    std::iter::once(*default).chain((0..variants.len()).filter(|i| i != default));
                for i in order {
                    let (key, vp) = &variants[i];
                    if vp.iter().any(|p| matches!(p, Part::Select { .. })) {
                        return Err("a selector inside a selector is not supported".into());
                    }
                    out.push_str(key);
                    out.push('\u{3}');
                    out.push_str(&encode(vp, vars)?);
                    out.push('\u{4}');
                }
                out.push('\u{5}');
            }
        }
    }
    Ok(out)
}

/// The variable's number, as one character: '0' for the first in alphabetical order.
fn var_digit(vars: &[String], v: &str) -> Result<char, String> {
    let i = vars
        .iter()
        .position(|x| x == v)
        .expect("vars come from the parts");
    char::from_digit(i as u32, 10).ok_or_else(|| "more than 10 variables".to_string())
}

fn parse_file(text: &str) -> Result<Messages, String> {
    let mut msgs = Messages::new();
    let mut current: Option<(String, Vec<String>, usize)> = None;
    let finish = |cur: Option<(String, Vec<String>, usize)>,
                  msgs: &mut Messages|
     -> Result<(), String> {
        if let Some((id, lines, line_no)) = cur {
            let body = dedent(&lines);
            let parts = parse_pattern(&body).map_err(|e| format!("line {line_no}, `{id}`: {e}"))?;
            if msgs.insert(id.clone(), parts).is_some() {
                return Err(format!("line {line_no}: `{id}` defined twice"));
            }
        }
        Ok(())
    };
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.starts_with('#') || (line.trim().is_empty() && current.is_none()) {
            continue;
        }
        if let (true, Some(cur)) = (line.starts_with(' '), current.as_mut()) {
            cur.1.push(line.to_string());
            continue;
        }
        if line.trim().is_empty() {
            finish(current.take(), &mut msgs)?;
            continue;
        }
        finish(current.take(), &mut msgs)?;
        let (id, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {line_no}: expected `id = text`"))?;
        let id = id.trim();
        if !id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        {
            return Err(format!(
                "line {line_no}: bad message id `{id}` (use lower-case, digits, -)"
            ));
        }
        let first = value.trim_start().to_string();
        current = Some((id.replace('_', "-"), vec![first], line_no));
    }
    finish(current.take(), &mut msgs)?;
    Ok(msgs)
}

/// The first line as given, continuation lines without their common indentation.
fn dedent(lines: &[String]) -> String {
    let rest = &lines[1..];
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !lines[0].is_empty() {
        out.push(lines[0].clone());
    }
    out.extend(
        rest.iter()
            .map(|l| l.get(indent..).unwrap_or("").to_string()),
    );
    out.join("\n").trim_end().to_string()
}

fn parse_pattern(s: &str) -> Result<Vec<Part>, String> {
    let chars: Vec<char> = s.chars().collect();
    let (parts, end) = parse_parts(&chars, 0, false)?;
    if end != chars.len() {
        return Err("unexpected `}`".into());
    }
    Ok(parts)
}

/// Parses text and placeables from `i`; inside a variant it stops at a newline followed by a
/// variant key or the closing brace.
fn parse_parts(c: &[char], mut i: usize, in_variant: bool) -> Result<(Vec<Part>, usize), String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    while i < c.len() {
        match c[i] {
            '{' => {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                let (p, next) = parse_placeable(c, i + 1)?;
                parts.push(p);
                i = next;
            }
            '}' => break,
            '\n' if in_variant => {
                let rest: String = c[i..].iter().collect();
                let t = rest.trim_start();
                if t.starts_with('[') || t.starts_with("*[") || t.starts_with('}') {
                    break;
                }
                text.push(' ');
                i += 1;
            }
            '\n' => {
                text.push(' ');
                i += 1;
            }
            ch => {
                text.push(ch);
                i += 1;
            }
        }
    }
    if !text.is_empty() {
        parts.push(Part::Text(text));
    }
    Ok((parts, i))
}

fn skip_ws(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

fn parse_placeable(c: &[char], i: usize) -> Result<(Part, usize), String> {
    let mut i = skip_ws(c, i);
    if c.get(i) == Some(&'"') {
        let start = i + 1;
        let end = (start..c.len())
            .find(|&j| c[j] == '"')
            .ok_or("unclosed string literal")?;
        let lit: String = c[start..end].iter().collect();
        i = skip_ws(c, end + 1);
        if c.get(i) != Some(&'}') {
            return Err("expected `}` after a string literal".into());
        }
        return Ok((Part::Text(lit), i + 1));
    }
    if c.get(i) != Some(&'$') {
        return Err("only `{ $variable }`, `{ \"text\" }` and selectors are supported".into());
    }
    let start = i + 1;
    i = start;
    while i < c.len() && (c[i].is_ascii_alphanumeric() || c[i] == '_') {
        i += 1;
    }
    let var: String = c[start..i].iter().collect();
    if var.is_empty() {
        return Err("empty variable name".into());
    }
    i = skip_ws(c, i);
    if c.get(i) == Some(&'}') {
        return Ok((Part::Var(var), i + 1));
    }
    if c.get(i) != Some(&'-') || c.get(i + 1) != Some(&'>') {
        return Err(format!("expected `}}` or `->` after ${var}"));
    }
    i += 2;
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        i = skip_ws(c, i);
        match c.get(i) {
            Some('}') => break,
            Some('*') => {
                default = Some(variants.len());
                i += 1;
            }
            Some('[') => {}
            other => {
                let near: String = c[i.min(c.len())..(i + 20).min(c.len())].iter().collect();
                return Err(format!(
                    "bad variant in selector on ${var}: found {other:?} at {near:?}"
                ));
            }
        }
        if c.get(i) != Some(&'[') {
            return Err("expected `[key]`".into());
        }
        let kstart = i + 1;
        let kend = (kstart..c.len())
            .find(|&j| c[j] == ']')
            .ok_or("unclosed `[`")?;
        let key: String = c[kstart..kend]
            .iter()
            .collect::<String>()
            .trim()
            .to_string();
        let known = ["zero", "one", "two", "few", "many", "other"];
        if !known.contains(&key.as_str()) && key.parse::<u64>().is_err() {
            return Err(format!(
                "variant key `{key}` is not a plural category or a number"
            ));
        }
        i = kend + 1;
        while c.get(i) == Some(&' ') {
            i += 1;
        }
        let (parts, next) = parse_parts(c, i, true)?;
        variants.push((key, trim_parts(parts)));
        i = next;
    }
    let default = default.ok_or_else(|| format!("selector on ${var} has no *[default]"))?;
    Ok((
        Part::Select {
            var,
            variants,
            default,
        },
        i + 1,
    ))
}

fn trim_parts(mut parts: Vec<Part>) -> Vec<Part> {
    if let Some(Part::Text(t)) = parts.last_mut() {
        *t = t.trim_end().to_string();
    }
    parts
}
