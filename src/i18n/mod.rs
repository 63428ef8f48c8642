//! Translations: the messages of `i18n/<lang>.ftl`, compiled into methods by build.rs, plus the
//! formatting of money, numbers and dates per language.

mod format;
pub use format::{format_ages, format_date, format_money, format_number, format_percent, int, ltr};

/// The languages, in the order of the switcher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl = 0,
    En,
    Ar,
    Tr,
    Fa,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nl, Lang::En, Lang::Ar, Lang::Tr, Lang::Fa];

    pub fn code(self) -> &'static str {
        ["nl", "en", "ar", "tr", "fa"][self as usize]
    }

    /// The language named in itself, for the switcher.
    pub fn endonym(self) -> &'static str {
        ["Nederlands", "English", "العربية", "Türkçe", "فارسی"][self as usize]
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// "ar", "ar-EG", "fa-IR", "tr-TR" … → the language, if we have it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn tr(self) -> Tr {
        Tr(self)
    }
}

/// The messages in one language: `Lang::Ar.tr().button_next()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub Lang);

/// First Strong Isolate and Pop Directional Isolate, as Fluent puts around every variable, so
/// that "€ 1.338,28" keeps its order inside Arabic or Persian text.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The markers in the compiled text (build/i18n_gen.rs, `encode`).
const VAR: char = '\u{1}';
const SELECT: char = '\u{2}';
const KEY_END: char = '\u{3}';
const VARIANT_END: char = '\u{4}';
const SELECT_END: char = '\u{5}';

/// Message `k` of `lang`, as compiled: a slice of the language's one string, after the lengths
/// of the messages before it. Not inlined, and the methods that call it are: a call site passes
/// two numbers, where a method per message with its own copy of this slicing cost 62 bytes each.
#[inline(never)]
fn message(lang: Lang, k: usize) -> &'static str {
    let lengths = &LENGTHS[lang as usize];
    let start: usize = lengths[..k].iter().map(|&n| usize::from(n)).sum();
    &TEXT[lang as usize][start..start + usize::from(lengths[k])]
}

fn render(lang: Lang, pattern: &str, args: &[&str]) -> String {
    let mut out = String::new();
    render_into(&mut out, lang, pattern, args);
    out
}

/// A message looked up by the id its data gives (`regeling-czm`), with its variables by name;
/// None for an id without a message (build/data.rs makes sure the data names none).
pub fn data_message(lang: Lang, id: &str, named: &[(&str, &str)]) -> Option<String> {
    let &(_, k, names) = DATA_MESSAGES.iter().find(|(i, _, _)| *i == id)?;
    let args: Vec<&str> = names
        .iter()
        .map(|n| named.iter().find(|(k, _)| k == n).map_or("", |&(_, v)| v))
        .collect();
    Some(render(lang, message(lang, k), &args))
}

fn render_into(out: &mut String, lang: Lang, pattern: &str, args: &[&str]) {
    let mut rest = pattern;
    while let Some(at) = rest.find([VAR, SELECT]) {
        out.push_str(&rest[..at]);
        let marker = rest.as_bytes()[at];
        let arg = args[usize::from(rest.as_bytes()[at + 1] - b'0')];
        rest = &rest[at + 2..];
        if marker == VAR as u8 {
            out.push(FSI);
            out.push_str(arg);
            out.push(PDI);
            continue;
        }
        // A selector: the variant whose key is the value, else the one of its plural
        // category, else the first (the default).
        let end = rest.find(SELECT_END).unwrap_or(rest.len());
        let category = plural_category(lang, arg);
        let (mut exact, mut by_category, mut default) = (None, None, None);
        for variant in rest[..end].split_terminator(VARIANT_END) {
            let (key, text) = variant.split_once(KEY_END).unwrap_or(("", variant));
            default = default.or(Some(text));
            if key == arg {
                exact = Some(text);
                break;
            }
            if key == category {
                by_category = by_category.or(Some(text));
            }
        }
        if let Some(text) = exact.or(by_category).or(default) {
            render_into(out, lang, text, args);
        }
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
}

/// CLDR cardinal plural categories for whole numbers, for the five languages.
pub fn plural_category(lang: Lang, value: &str) -> &'static str {
    let Ok(n) = value.parse::<u64>() else {
        return "other";
    };
    match lang {
        Lang::Nl | Lang::En | Lang::Tr => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        // Persian: one for 0 and 1.
        Lang::Fa => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ar => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ => match n % 100 {
                3..=10 => "few",
                11..=99 => "many",
                _ => "other",
            },
        },
    }
}

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));
