//! Runs the scenarios that sit beside each regeling (`data/regelingen/<id>.scenarios.toml`): a
//! household, its answers and its income, and the verdict and reasons the regeling must give.
//! They are written in the Dutch of the domain, so the gemeente can read and add them.

use regelingencheck::rules::{Circumstances, Date, Household, Income, Money, Period, RuleSet};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    scenario: Vec<Scenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    naam: String,
    /// The date the norms are taken from; 1 July 2023 when not given.
    datum: Option<String>,
    huishouden: Huishouden,
    inkomen: Inkomen,
    #[serde(default)]
    antwoorden: Antwoorden,
    uitkomst: String,
    redenen: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Huishouden {
    leeftijd: u8,
    partner_leeftijd: Option<u8>,
    /// Only asked at the age where it is not clear from the years alone.
    aow: Option<bool>,
    partner_aow: Option<bool>,
    #[serde(default)]
    kinderen: Vec<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Inkomen {
    bedrag: String,
    per: String,
    #[serde(default)]
    met_vakantiegeld: bool,
}

/// "ja", "nee" or "weet niet"; an answer not given counts as not known.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Antwoorden {
    vermogen_boven_grens: Option<String>,
    al_3_jaar_laag_inkomen: Option<String>,
    studiefinanciering: Option<String>,
    hulp_bij_schulden: Option<String>,
}

fn answer(a: &Option<String>, at: &str) -> Option<bool> {
    match a.as_deref() {
        Some("ja") => Some(true),
        Some("nee") => Some(false),
        Some("weet niet") | None => None,
        Some(other) => panic!("{at}: answer {other:?} is not ja, nee or weet niet"),
    }
}

fn date(s: &str) -> Date {
    let p: Vec<u32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    Date::new_unchecked(p[0] as u16, p[1] as u8, p[2] as u8)
}

fn period(s: &str, at: &str) -> Period {
    match s {
        "maand" => Period::Month,
        "4 weken" => Period::FourWeeks,
        "week" => Period::Week,
        "jaar" => Period::Year,
        _ => panic!("{at}: per = {s:?} is not maand, 4 weken, week or jaar"),
    }
}

#[test]
fn every_regeling_gives_the_verdict_and_reasons_of_its_scenarios() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/regelingen");
    let mut regelingen = Vec::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let Some(id) = name.strip_suffix(".scenarios.toml") else {
            if let Some(id) = name.strip_suffix(".toml") {
                regelingen.push(id.to_string());
            }
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for s in file.scenario {
            count += 1;
            let at = format!("{name}: \"{}\"", s.naam);
            let rules = RuleSet::for_date(date(s.datum.as_deref().unwrap_or("2023-07-01")))
                .unwrap_or_else(|e| panic!("{at}: {e:?}"));
            let h = &s.huishouden;
            let household = Household {
                age: h.leeftijd,
                partner_age: h.partner_leeftijd,
                aow: h.aow,
                partner_aow: h.partner_aow,
                children: h.kinderen.clone(),
            };
            let income = Income {
                amount: Money::from_decimal(Decimal::from_str_exact(&s.inkomen.bedrag).unwrap()),
                period: period(&s.inkomen.per, &at),
                holiday_pay_included: s.inkomen.met_vakantiegeld,
            };
            let a = &s.antwoorden;
            let circumstances = Circumstances {
                assets_above_limit: answer(&a.vermogen_boven_grens, &at),
                low_income_3_years: answer(&a.al_3_jaar_laag_inkomen, &at),
                student: answer(&a.studiefinanciering, &at),
                debt_help: answer(&a.hulp_bij_schulden, &at),
            };
            let e = rules
                .evaluate(&household, income, circumstances)
                .unwrap_or_else(|e| panic!("{at}: {e:?}"));
            let Some(r) = e.schemes.iter().find(|r| r.regeling.id == id) else {
                failures.push(format!("{at}: {id} is not in force on that date"));
                continue;
            };
            let verdict = match r.verdict.id() {
                "yes" => "ja",
                "maybe" => "misschien",
                _ => "nee",
            };
            // The order of the reasons is the screen's business (failing first); the rule is the set.
            let mut reasons: Vec<&str> = r.reasons.iter().map(|x| x.code()).collect();
            reasons.sort_unstable();
            let mut want: Vec<&str> = s.redenen.iter().map(String::as_str).collect();
            want.sort_unstable();
            if verdict != s.uitkomst || reasons != want {
                failures.push(format!(
                    "{at}: want {} {:?}, got {verdict} {reasons:?}",
                    s.uitkomst, s.redenen
                ));
            }
        }
    }
    for id in &regelingen {
        assert!(
            dir.join(format!("{id}.scenarios.toml")).exists(),
            "data/regelingen/{id}.toml has no scenarios beside it"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        count >= 2 * regelingen.len(),
        "at least two scenarios a regeling"
    );
}
