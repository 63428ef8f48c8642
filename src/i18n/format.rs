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

/// A whole number in digits, as `n.to_string()` writes it, without the formatting machinery of
/// `core::fmt` (which costs the browser download bytes at every call site and integer type).
pub fn int(n: impl Into<u64>) -> String {
    digits(n.into())
}

fn digits(mut n: u64) -> String {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf[i..].iter().map(|&b| char::from(b)).collect()
}

/// Two digits, with a leading zero below 10: `format!("{n:02}")` for n < 100.
fn two_digits(n: u64) -> String {
    if n < 10 {
        ["0", &digits(n)].concat()
    } else {
        digits(n)
    }
}

fn grouped(n: u64, sep: char) -> String {
    let digits = digits(n);
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
    let mut out = String::with_capacity(s.len() + 6);
    out.push(LRI);
    out.push_str(&s);
    out.push(PDI);
    out
}

/// "€ 1.338,28" (nl), "€1,338.28" (en), "1.338,28 €" (tr), "€ 1,338.28" (ar, fa), isolated LTR;
/// whole euros without decimals: "€ 1.300".
pub fn format_money(lang: Lang, m: Money) -> String {
    let cents = m.cents();
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    let (group, decimal) = marks(lang);
    // Whole euros without ",00": "€ 15.210" reads easier; an amount with cents keeps them.
    let mut number = String::from(sign);
    number.push_str(&grouped(c / 100, group));
    if c % 100 != 0 {
        number.push(decimal);
        number.push_str(&two_digits(c % 100));
    }
    ltr(match lang {
        Lang::Nl | Lang::Ar | Lang::Fa => ["€\u{a0}", &number].concat(),
        Lang::En => ["€", &number].concat(),
        Lang::Tr => [&number, "\u{a0}€"].concat(),
    })
}

/// "110%" or "108,15%"; Turkish writes the sign first: "%110".
pub fn format_percent(lang: Lang, p: Decimal) -> String {
    let hundredths = Money::round_to_cent(p).cents();
    let (_, decimal) = marks(lang);
    let whole = grouped(hundredths.unsigned_abs() / 100, marks(lang).0);
    let frac = hundredths.unsigned_abs() % 100;
    let mut number = whole;
    if frac != 0 {
        number.push(decimal);
        number.push_str(&two_digits(frac));
    }
    ltr(match lang {
        Lang::Tr => ["%", &number].concat(),
        _ => [&number, "%"].concat(),
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
    let (day, month, year) = (int(d.day()), d.month() as usize, int(d.year()));
    let name = match lang {
        Lang::Nl => MONTHS[0][month - 1],
        Lang::En => MONTHS[1][month - 1],
        Lang::Tr => MONTHS[2][month - 1],
        Lang::Ar => MONTHS_AR[month - 1],
        Lang::Fa => return ltr([&day, "-", &int(d.month()), "-", &year].concat()),
    };
    [&day, " ", name, " ", &year].concat()
}

/// The children's ages, "7, 13": each number isolated so that a right-to-left reader meets the
/// first child first, joined with the Arabic comma in Arabic and Persian.
pub fn format_ages(lang: Lang, ages: &[u8]) -> String {
    let sep = if lang.is_rtl() { "، " } else { ", " };
    ages.iter()
        .map(|&a| ltr(int(a)))
        .collect::<Vec<_>>()
        .join(sep)
}
