//! Turns `data/parameters.toml` into Rust statics, so the browser bundle carries no parser and a
//! mistake in the data (a missing source, a norm category left out, a malformed amount) stops
//! the build with a message naming it, instead of surfacing in front of a resident.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

const NORM_CATEGORIES: [&str; 9] = [
    "alleenstaande",
    "gehuwd",
    "alleenstaande_aow",
    "gehuwd_aow",
    "alleenstaande_18_20",
    "gehuwd_18_20",
    "gehuwd_18_20_met_kinderen",
    "gehuwd_18_20_en_21",
    "gehuwd_18_20_en_21_met_kinderen",
];
const VERMOGEN_CATEGORIES: [&str; 3] = ["alleenstaande", "alleenstaande_ouder", "gehuwd"];

#[path = "build/i18n_gen.rs"]
mod i18n_gen;

fn main() {
    println!("cargo:rerun-if-changed=build/i18n_gen.rs");
    let i18n = i18n_gen::generate("i18n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("i18n.rs"),
        i18n,
    )
    .unwrap();
    println!("cargo:rerun-if-changed=data/parameters.toml");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string("data/parameters.toml").expect("read data/parameters.toml");
    let data: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("data/parameters.toml: {e}"));
    let out = generate(&data);
    let path = Path::new(&env::var("OUT_DIR").unwrap()).join("parameters.rs");
    fs::write(path, out).unwrap();
}

fn generate(data: &toml::Table) -> String {
    let mut o = String::new();
    let sources = data["sources"].as_table().expect("[sources] table");
    let source_ids: Vec<&String> = sources.keys().collect();
    let src_ref = |ctx: &str, v: &toml::Value| -> String {
        let id = v
            .as_str()
            .unwrap_or_else(|| panic!("{ctx}: source must be a string"));
        let i = source_ids
            .iter()
            .position(|s| s.as_str() == id)
            .unwrap_or_else(|| panic!("{ctx}: unknown source `{id}`"));
        format!("&SOURCES[{i}]")
    };

    writeln!(o, "pub static SOURCES: [Source; {}] = [", sources.len()).unwrap();
    for (id, s) in sources {
        let kind = match s["kind"].as_str().unwrap() {
            "public_page" => "SourceKind::PublicPage",
            "council_memo" => "SourceKind::CouncilMemo",
            "assumption" => "SourceKind::Assumption",
            k => panic!("source {id}: unknown kind {k}"),
        };
        let url = match s.get("url") {
            Some(u) => format!("Some({:?})", u.as_str().unwrap()),
            None => "None".into(),
        };
        writeln!(
            o,
            "    Source {{ id: {id:?}, kind: {kind}, reference: {:?}, url: {url} }},",
            s["reference"].as_str().unwrap()
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();

    let until = date(data["covered_until"].as_str().expect("covered_until"));
    writeln!(o, "pub const COVERED_UNTIL: Date = {until};").unwrap();

    // Dated tables of one value (or one row of values) each.
    let dated = |o: &mut String, key: &str, ty: &str, value: &dyn Fn(&toml::Table) -> String| {
        let rows = data[key]
            .as_array()
            .unwrap_or_else(|| panic!("[[{key}]] missing"));
        writeln!(
            o,
            "pub static {}: [Dated<{ty}>; {}] = [",
            key.to_uppercase(),
            rows.len()
        )
        .unwrap();
        let mut last = String::new();
        for row in rows {
            let row = row.as_table().unwrap();
            let start = row["start"].as_str().unwrap();
            assert!(
                start > last.as_str(),
                "[[{key}]]: blocks must be in date order"
            );
            last = start.to_string();
            let ctx = format!("[[{key}]] from {start}");
            writeln!(
                o,
                "    Dated {{ start: {}, source: {}, value: {} }},",
                date(start),
                src_ref(&ctx, &row["source"]),
                value(row)
            )
            .unwrap();
        }
        writeln!(o, "];").unwrap();
    };
    dated(&mut o, "norms", "[Money; 9]", &|row| {
        let cells: Vec<String> = NORM_CATEGORIES
            .iter()
            .map(|c| {
                let v = row
                    .get(*c)
                    .unwrap_or_else(|| panic!("[[norms]]: missing {c}"));
                money(v.as_str().unwrap())
            })
            .collect();
        assert_eq!(
            row.len(),
            NORM_CATEGORIES.len() + 2,
            "[[norms]]: unknown key"
        );
        format!("[{}]", cells.join(", "))
    });
    dated(&mut o, "vermogensgrens", "[Money; 3]", &|row| {
        let cells: Vec<String> = VERMOGEN_CATEGORIES
            .iter()
            .map(|c| money(row[*c].as_str().unwrap()))
            .collect();
        format!("[{}]", cells.join(", "))
    });
    dated(&mut o, "holiday_pay_share", "Decimal", &|row| {
        decimal(row["share"].as_str().unwrap())
    });
    dated(&mut o, "aow_age", "AowAge", &|row| {
        format!(
            "AowAge {{ years: {}, months: {} }}",
            row["years"].as_integer().unwrap(),
            row["months"].as_integer().unwrap()
        )
    });
    dated(&mut o, "margin", "Money", &|row| {
        money(row["amount"].as_str().unwrap())
    });

    let sp = data["serviceplein"]
        .as_table()
        .expect("[serviceplein] table");
    let text = |k: &str| {
        sp.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("[serviceplein]: missing {k}"))
            .to_string()
    };
    let known = [
        "address",
        "postcode_town",
        "phone",
        "email",
        "source",
        "location_source",
    ];
    if let Some(k) = sp.keys().find(|k| !known.contains(&k.as_str())) {
        panic!("[serviceplein]: unknown key {k}");
    }
    writeln!(
        o,
        "pub static SERVICEPLEIN: Contact = Contact {{ address: {:?}, postcode_town: {:?}, phone: {:?}, email: {:?}, source: {}, location_source: {} }};",
        text("address"),
        text("postcode_town"),
        text("phone"),
        text("email"),
        src_ref("[serviceplein]", &sp["source"]),
        src_ref("[serviceplein]", &sp["location_source"]),
    )
    .unwrap();

    let routes = data["apply_route"].as_array().expect("[[apply_route]]");
    let mut route_ids = Vec::new();
    writeln!(
        o,
        "pub static APPLY_ROUTES: [ApplyRoute; {}] = [",
        routes.len()
    )
    .unwrap();
    for r in routes {
        let r = r.as_table().unwrap();
        let id = r["id"].as_str().expect("[[apply_route]]: id");
        if let Some(k) = r
            .keys()
            .find(|k| !["id", "url", "source"].contains(&k.as_str()))
        {
            panic!("[[apply_route]] {id}: unknown key {k}");
        }
        writeln!(
            o,
            "    ApplyRoute {{ id: {id:?}, url: {:?}, source: {} }},",
            r["url"].as_str().unwrap(),
            src_ref(&format!("[[apply_route]] {id}"), &r["source"]),
        )
        .unwrap();
        route_ids.push(id.to_string());
    }
    writeln!(o, "];").unwrap();

    let regelingen = data["regeling"].as_array().expect("[[regeling]]");
    writeln!(
        o,
        "pub static REGELINGEN: [Regeling; {}] = [",
        regelingen.len()
    )
    .unwrap();
    for r in regelingen {
        let r = r.as_table().unwrap();
        let id = r["id"].as_str().unwrap();
        let ctx = format!("regeling {id}");
        let mut conds = String::new();
        for c in r["conditions"].as_array().unwrap() {
            let c = c.as_table().unwrap();
            let int = |k: &str| c[k].as_integer().unwrap_or_else(|| panic!("{ctx}: {k}"));
            let kind = match c["kind"].as_str().unwrap() {
                "child_age" => format!(
                    "ConditionKind::ChildAge {{ min: {}, max: {} }}",
                    int("min"),
                    int("max")
                ),
                "min_age" => format!("ConditionKind::MinAge {{ age: {} }}", int("age")),
                "below_aow_age" => "ConditionKind::BelowAowAge".into(),
                "low_income_3_years" => "ConditionKind::LowIncome3Years".into(),
                "no_studiefinanciering" => "ConditionKind::NoStudiefinanciering".into(),
                "assets_below_limit" => "ConditionKind::AssetsBelowLimit".into(),
                "debt_help_lifts_income_limit" => "ConditionKind::DebtHelpLiftsIncomeLimit".into(),
                k => panic!("{ctx}: unknown condition kind {k}"),
            };
            write!(
                conds,
                "Condition {{ kind: {kind}, source: {} }}, ",
                src_ref(&ctx, &c["source"])
            )
            .unwrap();
        }
        let docs: Vec<String> = r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| format!("{:?}", d.as_str().unwrap()))
            .collect();
        let apply = r["apply"].as_str().unwrap();
        assert!(
            route_ids.iter().any(|x| x == apply),
            "{ctx}: apply = {apply:?} is not an [[apply_route]] id ({})",
            route_ids.join(", ")
        );
        let at_most = match r.get("verdict_at_most").map(|v| v.as_str().unwrap()) {
            None | Some("yes") => "Verdict::Yes",
            Some("maybe") => "Verdict::Maybe",
            Some(v) => panic!("{ctx}: verdict_at_most {v}"),
        };
        writeln!(
            o,
            "    Regeling {{ id: {id:?}, start: {}, percentage: {}, source: {}, apply: {:?}, url: {:?}, documents: &[{}], verdict_at_most: {at_most}, conditions: &[{conds}] }},",
            date(r["start"].as_str().unwrap()),
            decimal(r["percentage"].as_str().unwrap()),
            src_ref(&ctx, &r["source"]),
            r["apply"].as_str().unwrap(),
            r["url"].as_str().unwrap(),
            docs.join(", "),
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    o
}

fn date(s: &str) -> String {
    let p: Vec<u32> = s
        .split('-')
        .map(|x| x.parse().unwrap_or_else(|_| panic!("bad date {s}")))
        .collect();
    assert!(
        p.len() == 3 && (1..=12).contains(&p[1]) && (1..=31).contains(&p[2]),
        "bad date {s}"
    );
    format!("Date::new_unchecked({}, {}, {})", p[0], p[1], p[2])
}

/// A decimal literal as `Decimal::from_parts`, which is const, so the statics need no start-up work.
fn decimal(s: &str) -> String {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    assert!(
        !int.is_empty() && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()),
        "bad number {s:?}"
    );
    let mantissa: u64 = format!("{int}{frac}").parse().unwrap();
    format!(
        "Decimal::from_parts({}, {}, 0, false, {})",
        mantissa as u32,
        (mantissa >> 32) as u32,
        frac.len()
    )
}

fn money(s: &str) -> String {
    let frac = s.split_once('.').map(|(_, f)| f.len());
    assert_eq!(frac, Some(2), "amount {s:?} must have two decimals");
    format!("Money::from_decimal({})", decimal(s))
}
