//! Money, percentages and dates per language. Digits are always Western (0-9), also in Arabic and
//! Persian, as the gemeente's forms and bank statements use them; the UI puts each amount in an
//! isolated left-to-right run so it is never mirrored inside right-to-left text.

use super::Lang;
use crate::rules::{Date, Money};
use rust_decimal::Decimal;

/// Grouped digits and decimal mark per language.
fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl | Lang::Tr => ('.', ','),
        Lang::En | Lang::Ar | Lang::Fa => (',', '.'),
    }
}

fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

pub fn format_number(lang: Lang, n: u64) -> String {
    grouped(n, marks(lang).0)
}

/// Left-to-Right Isolate … Pop Directional Isolate. An amount has no strong left-to-right
/// character ("€", digits), so inside Arabic text a first-strong isolate resolves to right-to-left
/// and shows "1,250.00 €"; an explicit LTR isolate keeps "€ 1,250.00" in every language.
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Wraps text in a left-to-right isolate: for amounts and lists of numbers in any language.
pub fn ltr(s: String) -> String {
    format!("{LRI}{s}{PDI}")
}

/// "€ 1.338,28" (nl), "€1,338.28" (en), "1.338,28 €" (tr), "€ 1,338.28" (ar, fa), isolated LTR;
/// whole euros without decimals: "€ 1.300".
pub fn format_money(lang: Lang, m: Money) -> String {
    let cents = m.cents();
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    let (group, decimal) = marks(lang);
    // Whole euros without ",00": "€ 15.210" reads easier; an amount with cents keeps them.
    let number = if c % 100 == 0 {
        format!("{sign}{}", grouped(c / 100, group))
    } else {
        format!("{sign}{}{decimal}{:02}", grouped(c / 100, group), c % 100)
    };
    ltr(match lang {
        Lang::Nl | Lang::Ar | Lang::Fa => format!("€\u{a0}{number}"),
        Lang::En => format!("€{number}"),
        Lang::Tr => format!("{number}\u{a0}€"),
    })
}

/// "110%" or "108,15%"; Turkish writes the sign first: "%110".
pub fn format_percent(lang: Lang, p: Decimal) -> String {
    let hundredths = Money::round_to_cent(p).cents();
    let (_, decimal) = marks(lang);
    let whole = grouped(hundredths.unsigned_abs() / 100, marks(lang).0);
    let frac = hundredths.unsigned_abs() % 100;
    let number = if frac == 0 {
        whole
    } else {
        format!("{whole}{decimal}{frac:02}")
    };
    ltr(match lang {
        Lang::Tr => format!("%{number}"),
        _ => format!("{number}%"),
    })
}

const MONTHS: [[&str; 12]; 3] = [
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ],
];

/// Arabic readers from Syria and Iraq know the Levantine month names; the Egyptian names, which
/// others know, follow in brackets.
const MONTHS_AR: [&str; 12] = [
    "كانون الثاني (يناير)",
    "شباط (فبراير)",
    "آذار (مارس)",
    "نيسان (أبريل)",
    "أيار (مايو)",
    "حزيران (يونيو)",
    "تموز (يوليو)",
    "آب (أغسطس)",
    "أيلول (سبتمبر)",
    "تشرين الأول (أكتوبر)",
    "تشرين الثاني (نوفمبر)",
    "كانون الأول (ديسمبر)",
];

/// "1 juli 2023", "1 July 2023", "1 Temmuz 2023", "1 تموز (يوليو) 2023"; Persian as "1-7-2023",
/// isolated left-to-right: Iranian and Afghan readers use different month names (ژوئیه is unknown
/// in Afghanistan), but both read the numeric date on Dutch letters.
pub fn format_date(lang: Lang, d: Date) -> String {
    let (day, month, year) = (d.day(), d.month() as usize, d.year());
    match lang {
        Lang::Nl => format!("{day} {} {year}", MONTHS[0][month - 1]),
        Lang::En => format!("{day} {} {year}", MONTHS[1][month - 1]),
        Lang::Tr => format!("{day} {} {year}", MONTHS[2][month - 1]),
        Lang::Ar => format!("{day} {} {year}", MONTHS_AR[month - 1]),
        Lang::Fa => ltr(format!("{day}-{month}-{year}")),
    }
}

/// The children's ages, "7, 13": each number isolated so that a right-to-left reader meets the
/// first child first, joined with the Arabic comma in Arabic and Persian.
pub fn format_ages(lang: Lang, ages: &[u8]) -> String {
    let sep = if lang.is_rtl() { "، " } else { ", " };
    ages.iter()
        .map(|a| ltr(a.to_string()))
        .collect::<Vec<_>>()
        .join(sep)
}
