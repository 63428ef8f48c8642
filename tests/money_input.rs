//! Reading amounts the way residents type them, and converting a period's income to a month
//! (spec section 3).

use regelingencheck::rules::{parse_money, Income, Money, MoneyInputError, Period};

mod common;
use common::eur;

fn parses_to(input: &str, expected: &str) {
    assert_eq!(parse_money(input), Ok(eur(expected)), "input {input:?}");
}

fn fails_with(input: &str, error: MoneyInputError) {
    assert_eq!(parse_money(input), Err(error), "input {input:?}");
}

// ---- Amounts that are read ----------------------------------------------------------------

#[test]
fn whole_euros_without_separators_are_read() {
    parses_to("1380", "1380.00");
    parses_to("0", "0.00");
    parses_to("5", "5.00");
}

#[test]
fn a_dot_before_three_digits_groups_thousands() {
    parses_to("1.380", "1380.00");
    parses_to("12.380", "12380.00");
    parses_to("1.380.000", "1380000.00");
}

#[test]
fn a_comma_before_three_digits_groups_thousands() {
    parses_to("1,380", "1380.00");
}

#[test]
fn dutch_style_with_thousands_dot_and_decimal_comma_is_read() {
    parses_to("1.380,50", "1380.50");
    parses_to("1.380,5", "1380.50");
}

#[test]
fn a_comma_before_one_or_two_digits_is_the_decimal_mark() {
    parses_to("1380,50", "1380.50");
    parses_to("1380,5", "1380.50");
    parses_to("0,05", "0.05");
}

#[test]
fn a_dot_before_one_or_two_digits_is_the_decimal_mark() {
    parses_to("1380.5", "1380.50");
    parses_to("1380.50", "1380.50");
    parses_to("12.50", "12.50");
}

#[test]
fn english_style_with_thousands_comma_and_decimal_dot_is_read() {
    parses_to("1,380.50", "1380.50");
    parses_to("1,380,000.05", "1380000.05");
}

#[test]
fn euro_sign_and_dutch_dash_for_no_cents_are_ignored() {
    parses_to("€ 1.380,-", "1380.00");
    parses_to("€1.380,-", "1380.00");
    parses_to("1380,-", "1380.00");
    parses_to("1380,--", "1380.00");
    parses_to("1.380,- €", "1380.00");
    parses_to("1380 €", "1380.00");
}

#[test]
fn currency_words_before_or_after_are_ignored() {
    parses_to("EUR 1380", "1380.00");
    parses_to("eur 1380", "1380.00");
    parses_to("1380 euro", "1380.00");
    parses_to("1380 EURO", "1380.00");
    parses_to("Euro 1.380,50", "1380.50");
}

#[test]
fn spaces_around_and_inside_the_amount_are_ignored() {
    parses_to("  1380  ", "1380.00");
    parses_to("1 380,50", "1380.50");
    parses_to("1 380", "1380.00");
    parses_to("\t1380,50\n", "1380.50");
    parses_to("€  1 380,50", "1380.50");
}

#[test]
fn arabic_indic_digits_are_read() {
    parses_to("١٣٨٠", "1380.00");
    parses_to("٣٤٥", "345.00");
}

#[test]
fn persian_digits_are_read() {
    parses_to("۱۳۸۰", "1380.00");
    parses_to("۳۴۵", "345.00");
}

#[test]
fn the_arabic_decimal_mark_is_the_decimal_mark() {
    parses_to("٣٤٥٫٥", "345.50");
    parses_to("١٣٨٠٫٥٠", "1380.50");
    // A single Arabic decimal mark is never a thousands separator.
    fails_with("١٫٣٨٠", MoneyInputError::TooManyDecimals);
}

#[test]
fn the_arabic_thousands_separator_groups_thousands() {
    parses_to("١٬٣٨٠", "1380.00");
    parses_to("١٬٣٨٠٫٥", "1380.50");
}

#[test]
fn right_to_left_marks_around_the_amount_are_ignored() {
    parses_to("\u{200f}١٣٨٠\u{200f}", "1380.00");
    parses_to("\u{200e}€ 1380", "1380.00");
}

#[test]
fn leading_zeros_are_read() {
    parses_to("00001380", "1380.00");
}

#[test]
fn an_amount_without_euros_before_the_decimal_mark_is_read() {
    parses_to(",50", "0.50");
}

#[test]
fn just_below_ten_million_is_read() {
    parses_to("9999999,99", "9999999.99");
    parses_to("9.999.999,99", "9999999.99");
}

// ---- Amounts that are refused -------------------------------------------------------------

#[test]
fn more_than_64_digits_and_marks_is_too_large_even_with_leading_zeros() {
    let zeros = "0".repeat(63);
    parses_to(&format!("{zeros}1"), "1");
    fails_with(&format!("{zeros}01"), MoneyInputError::TooLarge);
}

#[test]
fn nothing_typed_is_empty() {
    fails_with("", MoneyInputError::Empty);
    fails_with("   ", MoneyInputError::Empty);
    fails_with("€", MoneyInputError::Empty);
    fails_with("euro", MoneyInputError::Empty);
}

#[test]
fn words_and_letters_are_not_a_number() {
    fails_with("veel", MoneyInputError::NotANumber);
    fails_with("12a", MoneyInputError::NotANumber);
    fails_with("😀", MoneyInputError::NotANumber);
    fails_with("1e30", MoneyInputError::NotANumber);
    fails_with("1380 per maand", MoneyInputError::NotANumber);
}

#[test]
fn separators_without_digits_are_not_a_number() {
    fails_with(".", MoneyInputError::NotANumber);
    fails_with("1380,", MoneyInputError::NotANumber);
    fails_with("1..380", MoneyInputError::NotANumber);
    fails_with("-", MoneyInputError::NotANumber);
}

#[test]
fn a_minus_sign_is_negative() {
    fails_with("-5", MoneyInputError::Negative);
    fails_with("−5", MoneyInputError::Negative);
    fails_with("-1.380,50", MoneyInputError::Negative);
    fails_with("€ -5", MoneyInputError::Negative);
}

#[test]
fn three_decimals_after_a_single_separator_that_cannot_group_are_too_many() {
    fails_with("1380,505", MoneyInputError::TooManyDecimals);
    fails_with("1380.505", MoneyInputError::TooManyDecimals);
    fails_with("1.380,505", MoneyInputError::TooManyDecimals);
}

#[test]
fn separators_that_read_two_ways_are_ambiguous() {
    fails_with("1.380.5", MoneyInputError::Ambiguous);
    fails_with("1,380,50", MoneyInputError::Ambiguous);
    fails_with("13,80,00", MoneyInputError::Ambiguous);
    fails_with("1.380,000.5", MoneyInputError::Ambiguous);
    fails_with("1380.000,50", MoneyInputError::Ambiguous);
}

#[test]
fn ten_million_or_more_is_too_large() {
    fails_with("1000000000000000000000000000000", MoneyInputError::TooLarge);
    fails_with("10000000", MoneyInputError::TooLarge);
    fails_with("10.000.000", MoneyInputError::TooLarge);
    fails_with("10000000,00", MoneyInputError::TooLarge);
}

#[test]
fn error_codes_are_stable() {
    let codes = [
        (MoneyInputError::Empty, "empty"),
        (MoneyInputError::NotANumber, "not_a_number"),
        (MoneyInputError::Negative, "negative"),
        (MoneyInputError::TooManyDecimals, "too_many_decimals"),
        (MoneyInputError::Ambiguous, "ambiguous"),
        (MoneyInputError::TooLarge, "too_large"),
    ];
    for (error, code) in codes {
        assert_eq!(error.code(), code);
    }
}

// ---- Periods ------------------------------------------------------------------------------

#[test]
fn a_month_is_a_month() {
    assert_eq!(Period::Month.per_month(eur("1380.55")), eur("1380.55"));
}

#[test]
fn four_weeks_are_thirteen_twelfths_of_a_month() {
    assert_eq!(Period::FourWeeks.per_month(eur("1000")), eur("1083.33"));
    assert_eq!(Period::FourWeeks.per_month(eur("1200")), eur("1300.00"));
    // 0.06 × 13 / 12 = 0.065: half a cent rounds up.
    assert_eq!(Period::FourWeeks.per_month(eur("0.06")), eur("0.07"));
}

#[test]
fn a_week_is_fifty_two_twelfths_of_a_month() {
    assert_eq!(Period::Week.per_month(eur("250")), eur("1083.33"));
    assert_eq!(Period::Week.per_month(eur("300")), eur("1300.00"));
    // 0.03 × 52 / 12 = 0.13: exact.
    assert_eq!(Period::Week.per_month(eur("0.03")), eur("0.13"));
    // 0.01 × 52 / 12 = 0.0433…: down.
    assert_eq!(Period::Week.per_month(eur("0.01")), eur("0.04"));
}

#[test]
fn a_year_is_twelve_months() {
    assert_eq!(Period::Year.per_month(eur("13000")), eur("1083.33"));
    assert_eq!(Period::Year.per_month(eur("16560")), eur("1380.00"));
}

#[test]
fn half_a_cent_per_month_rounds_up() {
    // 0.06 / 12 = 0.005.
    assert_eq!(Period::Year.per_month(eur("0.06")), eur("0.01"));
    // 0.05 / 12 = 0.00416…: down.
    assert_eq!(Period::Year.per_month(eur("0.05")), eur("0.00"));
    // 0.18 / 12 = 0.015: up.
    assert_eq!(Period::Year.per_month(eur("0.18")), eur("0.02"));
}

#[test]
fn income_per_month_uses_its_period() {
    let income = Income {
        amount: eur("1000"),
        period: Period::FourWeeks,
        holiday_pay_included: false,
    };
    assert_eq!(income.per_month(), eur("1083.33"));
    assert_eq!(Income::monthly(eur("1000")).per_month(), eur("1000"));
}

#[test]
fn period_ids_are_stable_and_read_back() {
    for (period, id) in [
        (Period::Month, "month"),
        (Period::FourWeeks, "four_weeks"),
        (Period::Week, "week"),
        (Period::Year, "year"),
    ] {
        assert_eq!(period.id(), id);
        assert_eq!(Period::from_id(id), Some(period));
    }
    assert_eq!(Period::from_id("day"), None);
}

#[test]
fn money_is_written_with_a_dot_and_two_decimals() {
    assert_eq!(eur("1338.28").to_string(), "1338.28");
    assert_eq!(eur("1380").to_string(), "1380.00");
    assert_eq!(eur("0.5").to_string(), "0.50");
    assert_eq!(Money::from_cents(133828).cents(), 133828);
}

#[test]
fn a_space_between_digits_only_groups_thousands() {
    assert_eq!(parse_money("1 380"), Ok(Money::from_cents(138_000)));
    assert_eq!(parse_money("12 50"), Err(MoneyInputError::Ambiguous));
    assert_eq!(parse_money("1 38"), Err(MoneyInputError::Ambiguous));
}

#[test]
fn a_leading_zero_group_is_a_decimal_not_thousands() {
    assert_eq!(parse_money("0,500"), Err(MoneyInputError::TooManyDecimals));
    assert_eq!(parse_money("0.500"), Err(MoneyInputError::TooManyDecimals));
    assert_eq!(parse_money("0,50"), Ok(Money::from_cents(50)));
}
