//! How numbers, dates and lists read in each language, and the messages that take their
//! period-bound facts (the AOW age, the children's ages) from the data.

use regelingencheck::i18n::{args, format_ages, format_date, plural_category, Lang};
use regelingencheck::rules::Date;

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

#[test]
fn arabic_dates_use_the_levantine_month_with_the_egyptian_in_brackets() {
    let d = Date::new_unchecked(2023, 7, 1);
    assert_eq!(format_date(Lang::Ar, d), "1 تموز (يوليو) 2023");
    assert_eq!(
        format_date(Lang::Ar, Date::new_unchecked(2024, 1, 1)),
        "1 كانون الثاني (يناير) 2024"
    );
}

#[test]
fn persian_dates_are_numeric_and_isolated_left_to_right() {
    let d = Date::new_unchecked(2023, 7, 1);
    assert_eq!(format_date(Lang::Fa, d), format!("{LRI}1-7-2023{PDI}"));
}

#[test]
fn dutch_english_and_turkish_dates_write_the_month_name() {
    let d = Date::new_unchecked(2023, 7, 1);
    assert_eq!(format_date(Lang::Nl, d), "1 juli 2023");
    assert_eq!(format_date(Lang::En, d), "1 July 2023");
    assert_eq!(format_date(Lang::Tr, d), "1 Temmuz 2023");
}

#[test]
fn childrens_ages_are_each_isolated_and_joined_with_the_arabic_comma_in_rtl() {
    let lri = |n: &str| format!("{LRI}{n}{PDI}");
    assert_eq!(
        format_ages(Lang::Ar, &[7, 13]),
        format!("{}، {}", lri("7"), lri("13"))
    );
    assert_eq!(
        format_ages(Lang::Fa, &[7, 13]),
        format!("{}، {}", lri("7"), lri("13"))
    );
    assert_eq!(
        format_ages(Lang::Nl, &[7, 13]),
        format!("{}, {}", lri("7"), lri("13"))
    );
}

#[test]
fn one_child_reads_in_the_singular_and_two_in_the_plural() {
    let one = |l: Lang| {
        plain(&l.tr().summary_children_ages(args::SummaryChildrenAges {
            ages: &format_ages(l, &[10]),
            count: "1",
        }))
    };
    let two = |l: Lang| {
        plain(&l.tr().summary_children_ages(args::SummaryChildrenAges {
            ages: &format_ages(l, &[7, 13]),
            count: "2",
        }))
    };
    assert_eq!(one(Lang::En), "1 (age: 10)");
    assert_eq!(two(Lang::En), "2 (ages: 7, 13)");
    assert_eq!(one(Lang::Nl), "1 (leeftijd: 10)");
    assert_eq!(two(Lang::Nl), "2 (leeftijden: 7, 13)");
    assert!(one(Lang::Tr).contains("yaşı:"), "{}", one(Lang::Tr));
    assert!(two(Lang::Tr).contains("yaşları:"), "{}", two(Lang::Tr));
}

#[test]
fn the_aow_age_is_written_from_its_years_and_months() {
    let t = Lang::Nl.tr();
    assert_eq!(
        plain(&t.aow_age(args::AowAge {
            months: "10",
            years: "66"
        })),
        "66 jaar en 10 maanden"
    );
    assert_eq!(
        plain(&t.aow_age(args::AowAge {
            months: "0",
            years: "67"
        })),
        "67 jaar"
    );
    let q = t.q_aow(&t.aow_age(args::AowAge {
        months: "10",
        years: "66",
    }));
    assert_eq!(plain(&q), "Bent u 66 jaar en 10 maanden of ouder?");
}

#[test]
fn arabic_plural_categories_follow_cldr() {
    let cat = |n: u32| plural_category(Lang::Ar, &n.to_string());
    assert_eq!(
        [
            cat(0),
            cat(1),
            cat(2),
            cat(3),
            cat(10),
            cat(11),
            cat(99),
            cat(100),
            cat(102)
        ],
        ["zero", "one", "two", "few", "few", "many", "many", "other", "other"]
    );
}

#[test]
fn a_regelings_text_takes_its_variables_by_name_from_the_data() {
    let text = regelingencheck::i18n::data_message(
        Lang::Nl,
        "regeling-computerregeling",
        &[("max", "17"), ("min", "9"), ("age", "18")],
    )
    .unwrap();
    assert!(plain(&text).contains("van 9 tot en met 17 jaar"), "{text}");
    assert_eq!(
        regelingencheck::i18n::data_message(Lang::Nl, "doc-digid", &[]).as_deref(),
        Some("DigiD")
    );
    assert_eq!(
        regelingencheck::i18n::data_message(Lang::Nl, "no-such-id", &[]),
        None
    );
}

/// The one-line messages without variables of `lang`'s .ftl file, as written there.
fn plain_lines(lang: &str) -> Vec<(String, String)> {
    let path = format!("{}/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let continued = lines.get(i + 1).is_some_and(|next| next.starts_with(' '));
        if let Some((id, value)) = line.split_once(" = ") {
            if !line.starts_with([' ', '#']) && !continued && !value.contains('{') {
                out.push((id.trim().to_string(), value.trim().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_message_named_by_the_data_reads_as_its_ftl_file_writes_it_in_every_language() {
    // The catalogue is one string per language with the lengths of its messages: a wrong length
    // would shift every message after it. The data's messages lie all through the catalogue.
    for lang in Lang::ALL {
        let mut checked = 0;
        for (id, want) in plain_lines(lang.code()) {
            if let Some(got) = regelingencheck::i18n::data_message(lang, &id, &[]) {
                assert_eq!(got, want, "{} {id}", lang.code());
                checked += 1;
            }
        }
        assert!(
            checked >= 20,
            "{}: only {checked} messages checked",
            lang.code()
        );
    }
}
