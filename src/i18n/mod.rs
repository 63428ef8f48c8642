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

/// A piece of a compiled message.
pub enum Part {
    Text(&'static str),
    /// The n-th variable (alphabetical order of the names).
    Var(usize),
    /// Variable, (key, pattern) variants, index of the default variant.
    Select(usize, &'static [(&'static str, &'static [Part])], usize),
}

/// First Strong Isolate and Pop Directional Isolate, as Fluent puts around every variable, so
/// that "€ 1.338,28" keeps its order inside Arabic or Persian text.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn render(lang: Lang, parts: &[Part], args: &[&str]) -> String {
    let mut out = String::new();
    render_into(&mut out, lang, parts, args);
    out
}

/// `render`, with the variables given by name: `names` are the message's variables in the order
/// of its parts.
fn render_named(lang: Lang, parts: &[Part], names: &[&str], named: &[(&str, &str)]) -> String {
    let args: Vec<&str> = names
        .iter()
        .map(|n| named.iter().find(|(k, _)| k == n).map_or("", |&(_, v)| v))
        .collect();
    render(lang, parts, &args)
}

fn render_into(out: &mut String, lang: Lang, parts: &[Part], args: &[&str]) {
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Var(i) => {
                out.push(FSI);
                out.push_str(args[*i]);
                out.push(PDI);
            }
            Part::Select(i, variants, default) => {
                let value = args[*i];
                let category = plural_category(lang, value);
                let chosen = variants
                    .iter()
                    .find(|(k, _)| *k == value)
                    .or_else(|| variants.iter().find(|(k, _)| *k == category))
                    .unwrap_or(&variants[*default]);
                render_into(out, lang, chosen.1, args);
            }
        }
    }
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
