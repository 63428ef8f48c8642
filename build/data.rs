//! Reads `data/` with serde and writes it as Rust statics. Every file is read with
//! `deny_unknown_fields`, so a typo in a key (`verdict_at_mots`) stops the build instead of
//! silently changing a verdict; ids that point elsewhere (sources, apply routes, documents,
//! pictograms, messages) are checked here too, and every error names the file and the key.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;

/// The columns of the norms table, in the order of `NormCategory` in src/rules/parameters.rs.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormRow {
    start: String,
    source: String,
    /// Where sources disagree or a value is derived: recorded here, beside the value, for the
    /// reader of the data; the product does not show it.
    #[allow(dead_code)]
    note: Option<String>,
    /// Further sources for the same value: a second publication, or an assumption on how it is used.
    #[serde(default)]
    also: Vec<String>,
    alleenstaande: String,
    gehuwd: String,
    alleenstaande_aow: String,
    gehuwd_aow: String,
    alleenstaande_18_20: String,
    gehuwd_18_20: String,
    gehuwd_18_20_met_kinderen: String,
    gehuwd_18_20_en_21: String,
    gehuwd_18_20_en_21_met_kinderen: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShareRow {
    start: String,
    source: String,
    /// Further sources for the same value: a second publication, or an assumption on how it is used.
    #[serde(default)]
    also: Vec<String>,
    share: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormsFile {
    holiday_pay_share: Vec<ShareRow>,
    norms: Vec<NormRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VermogensRow {
    start: String,
    source: String,
    #[serde(default)]
    also: Vec<String>,
    alleenstaande: String,
    alleenstaande_ouder: String,
    gehuwd: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VermogensFile {
    vermogensgrens: Vec<VermogensRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AowRow {
    start: String,
    source: String,
    #[serde(default)]
    also: Vec<String>,
    years: u8,
    months: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AowFile {
    aow_age: Vec<AowRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarginRow {
    start: String,
    source: String,
    /// Further sources for the same value: a second publication, or an assumption on how it is used.
    #[serde(default)]
    also: Vec<String>,
    amount: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarginFile {
    margin: Vec<MarginRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Coverage {
    covered_until: String,
    calculation_date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum SourceKind {
    PublicPage,
    CouncilMemo,
    Assumption,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    kind: SourceKind,
    reference: String,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Serviceplein {
    address: String,
    postcode_town: String,
    phone: String,
    email: String,
    source: String,
    location_source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplyRoute {
    id: String,
    url: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplyRoutesFile {
    documents: Vec<String>,
    apply_route: Vec<ApplyRoute>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegelingFile {
    name: String,
    short_name: Option<String>,
    position: u32,
    pictogram: String,
    apply: String,
    url: String,
    documents: Vec<String>,
    version: Vec<Version>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Version {
    start: String,
    end: Option<String>,
    source: String,
    /// Further sources on how this regeling is applied.
    #[serde(default)]
    also: Vec<String>,
    verdict_at_most: Option<VerdictAtMost>,
    income_limit: IncomeLimit,
    #[serde(default)]
    gives: BTreeMap<String, String>,
    conditions: Vec<Condition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum VerdictAtMost {
    Yes,
    Maybe,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncomeLimit {
    percentage: String,
    base: LimitBase,
    /// The source that says debt help (Wgs or WSNP) lifts the limit, where it does.
    lifted_by_debt_help: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
enum LimitBase {
    /// limit incl. = round(norm incl. x percentage); excl. = round(limit incl. x (1 - share)).
    NormIncl,
    /// limit excl. = round(round(norm incl. x (1 - share)) x percentage), as Heemskerk publishes
    /// the minimaregelingen and the CZM from 2024; incl. = round(norm incl. x percentage).
    NormExcl,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "snake_case")]
enum Condition {
    ChildAge {
        min: u8,
        max: u8,
        source: String,
    },
    MinAge {
        age: u8,
        source: String,
    },
    BelowAowAge {
        source: String,
    },
    /// A low income for at least `years` years.
    LowIncomeYears {
        years: u8,
        source: String,
    },
    NoStudiefinanciering {
        source: String,
    },
    AssetsBelowLimit {
        source: String,
    },
}

/// What the build knows about the messages, to check the texts the data needs.
pub struct Messages {
    /// Message id → its variables in nl.ftl (the generator checks the other languages).
    pub vars: BTreeMap<String, BTreeSet<String>>,
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Collects every problem, so one build names all of them.
struct Check {
    problems: Vec<String>,
    sources: BTreeMap<String, Source>,
    used: BTreeSet<String>,
}

impl Check {
    fn source(&mut self, at: &str, id: &str) -> String {
        match self.sources.keys().position(|s| s == id) {
            Some(i) => {
                self.used.insert(id.to_string());
                format!("&SOURCES[{i}]")
            }
            None => {
                self.problems
                    .push(format!("{at}: source = {id:?} is not in data/sources.toml"));
                "&SOURCES[0]".into()
            }
        }
    }

    fn message(&mut self, msgs: &Messages, at: &str, id: &str) {
        if !msgs.vars.contains_key(id) {
            self.problems
                .push(format!("{at}: needs the message `{id}` in i18n/*.ftl"));
        }
    }

    fn date(&mut self, at: &str, s: &str) -> Option<(u32, u32, u32)> {
        let p: Vec<u32> = s.split('-').filter_map(|x| x.parse().ok()).collect();
        if p.len() == 3
            && (1..=12).contains(&p[1])
            && (1..=days_in_month(p[0], p[1])).contains(&p[2])
        {
            Some((p[0], p[1], p[2]))
        } else {
            self.problems
                .push(format!("{at}: {s:?} is not a date (YYYY-MM-DD)"));
            None
        }
    }

    fn date_code(&mut self, at: &str, s: &str) -> String {
        match self.date(at, s) {
            Some((y, m, d)) => format!("Date::new_unchecked({y}, {m}, {d})"),
            None => "Date::new_unchecked(1, 1, 1)".into(),
        }
    }

    fn decimal(&mut self, at: &str, s: &str) -> String {
        decimal(s).unwrap_or_else(|| {
            self.problems.push(format!("{at}: {s:?} is not a number"));
            "Decimal::ZERO".into()
        })
    }

    fn money(&mut self, at: &str, s: &str) -> String {
        if s.split_once('.').map(|(_, f)| f.len()) != Some(2) {
            self.problems
                .push(format!("{at}: amount {s:?} must have two decimals"));
        }
        format!("Money::from_decimal({})", self.decimal(at, s))
    }

    /// Dated rows run from their start to the next row's start: strictly increasing starts.
    fn in_order(&mut self, at: &str, starts: &[&str]) {
        for w in starts.windows(2) {
            if w[0] >= w[1] {
                self.problems
                    .push(format!("{at}: start {} is not after {}", w[1], w[0]));
            }
        }
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn next_day((y, m, d): (u32, u32, u32)) -> (u32, u32, u32) {
    if d < days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// A decimal literal as `Decimal::from_parts`, which is const, so the statics need no start-up work.
fn decimal(s: &str) -> Option<String> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa: u64 = format!("{int}{frac}").parse().ok()?;
    Some(format!(
        "Decimal::from_parts({}, {}, 0, false, {})",
        mantissa as u32,
        (mantissa >> 32) as u32,
        frac.len()
    ))
}

pub fn generate(dir: &str, msgs: &Messages) -> String {
    let path = |f: &str| format!("{dir}/{f}");
    let sources: BTreeMap<String, Source> = read(&path("sources.toml"));
    let mut ck = Check {
        problems: Vec::new(),
        sources,
        used: BTreeSet::new(),
    };
    let mut o = String::new();

    let coverage: Coverage = read(&path("coverage.toml"));
    let until = ck.date_code("data/coverage.toml: covered_until", &coverage.covered_until);
    writeln!(o, "pub const COVERED_UNTIL: Date = {until};").unwrap();
    let calc = ck.date_code(
        "data/coverage.toml: calculation_date",
        &coverage.calculation_date,
    );
    if coverage.calculation_date > coverage.covered_until {
        ck.problems.push(format!(
            "data/coverage.toml: calculation_date {} is after covered_until {}",
            coverage.calculation_date, coverage.covered_until
        ));
    }
    writeln!(o, "pub const CALCULATION_DATE: Date = {calc};").unwrap();

    let norms: NormsFile = read(&path("norms.toml"));
    let mut rows = Vec::new();
    for n in &norms.norms {
        let at = format!("data/norms.toml: [[norms]] from {}", n.start);
        let cells = [
            &n.alleenstaande,
            &n.gehuwd,
            &n.alleenstaande_aow,
            &n.gehuwd_aow,
            &n.alleenstaande_18_20,
            &n.gehuwd_18_20,
            &n.gehuwd_18_20_met_kinderen,
            &n.gehuwd_18_20_en_21,
            &n.gehuwd_18_20_en_21_met_kinderen,
        ]
        .map(|c| ck.money(&at, c));
        rows.push((
            at,
            &n.start,
            &n.source,
            n.also.as_slice(),
            format!("[{}]", cells.join(", ")),
        ));
    }
    // The browser shows the norms' sources and the memo (the result's sources line); it gets
    // no other source's text.
    let mut shown_in_browser: BTreeSet<&str> =
        norms.norms.iter().map(|n| n.source.as_str()).collect();
    shown_in_browser.insert("memo");
    dated(&mut o, &mut ck, "NORMS", "[Money; 9]", rows);

    let mut rows = Vec::new();
    for r in &norms.holiday_pay_share {
        let at = format!("data/norms.toml: [[holiday_pay_share]] from {}", r.start);
        let v = ck.decimal(&at, &r.share);
        rows.push((at, &r.start, &r.source, r.also.as_slice(), v));
    }
    dated(&mut o, &mut ck, "HOLIDAY_PAY_SHARE", "Decimal", rows);

    let verm: VermogensFile = read(&path("vermogensgrenzen.toml"));
    let mut rows = Vec::new();
    for r in &verm.vermogensgrens {
        let at = format!(
            "data/vermogensgrenzen.toml: [[vermogensgrens]] from {}",
            r.start
        );
        let cells = [&r.alleenstaande, &r.alleenstaande_ouder, &r.gehuwd].map(|c| ck.money(&at, c));
        rows.push((
            at,
            &r.start,
            &r.source,
            r.also.as_slice(),
            format!("[{}]", cells.join(", ")),
        ));
    }
    dated(&mut o, &mut ck, "VERMOGENSGRENS", "[Money; 3]", rows);

    let aow: AowFile = read(&path("aow_age.toml"));
    let rows = aow
        .aow_age
        .iter()
        .map(|r| {
            (
                format!("data/aow_age.toml: [[aow_age]] from {}", r.start),
                &r.start,
                &r.source,
                r.also.as_slice(),
                format!("AowAge {{ years: {}, months: {} }}", r.years, r.months),
            )
        })
        .collect();
    dated(&mut o, &mut ck, "AOW_AGE", "AowAge", rows);

    let margin: MarginFile = read(&path("margin.toml"));
    let mut rows = Vec::new();
    for r in &margin.margin {
        let at = format!("data/margin.toml: [[margin]] from {}", r.start);
        let v = ck.money(&at, &r.amount);
        rows.push((at, &r.start, &r.source, r.also.as_slice(), v));
    }
    dated(&mut o, &mut ck, "MARGIN", "Money", rows);

    let sp: Serviceplein = read(&path("serviceplein.toml"));
    let at = "data/serviceplein.toml";
    let (s1, s2) = (
        ck.source(at, &sp.source),
        ck.source(at, &sp.location_source),
    );
    writeln!(
        o,
        "pub static SERVICEPLEIN: Contact = Contact {{ address: {:?}, postcode_town: {:?}, phone: {:?}, email: {:?}, source: {s1}, location_source: {s2} }};",
        sp.address, sp.postcode_town, sp.phone, sp.email,
    )
    .unwrap();

    let routes: ApplyRoutesFile = read(&path("apply_routes.toml"));
    writeln!(
        o,
        "pub static APPLY_ROUTES: [ApplyRoute; {}] = [",
        routes.apply_route.len()
    )
    .unwrap();
    for r in &routes.apply_route {
        let at = format!("data/apply_routes.toml: [[apply_route]] {}", r.id);
        let s = ck.source(&at, &r.source);
        for prefix in ["route", "route-short"] {
            ck.message(msgs, &at, &format!("{prefix}-{}", r.id.replace('_', "-")));
        }
        writeln!(
            o,
            "    ApplyRoute {{ id: {:?}, url: {:?}, source: {s} }},",
            r.id, r.url
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    for d in &routes.documents {
        ck.message(
            msgs,
            "data/apply_routes.toml: documents",
            &format!("doc-{}", d.replace('_', "-")),
        );
    }

    let pictograms: BTreeMap<String, String> = read(&path("pictograms.toml"));

    // The regelingen, one file each, in the order of their `position`.
    let rdir = path("regelingen");
    println!("cargo:rerun-if-changed={rdir}");
    let mut files: Vec<(String, RegelingFile)> = fs::read_dir(&rdir)
        .unwrap_or_else(|e| panic!("{rdir}: {e}"))
        .map(|e| e.unwrap().path())
        // `<id>.scenarios.toml` beside a regeling holds its scenarios, run by tests/scenarios.rs.
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".toml") && !name.ends_with(".scenarios.toml")
        })
        .map(|p| {
            let id = p.file_stem().unwrap().to_str().unwrap().to_string();
            (id, read(p.to_str().unwrap()))
        })
        .collect();
    files.sort_by_key(|(_, r)| r.position);
    for w in files.windows(2) {
        if w[0].1.position == w[1].1.position {
            ck.problems.push(format!(
                "data/regelingen: {} and {} have the same position {}",
                w[0].0, w[1].0, w[0].1.position
            ));
        }
    }
    let mut out = Vec::new();
    for (id, r) in &files {
        let file = format!("data/regelingen/{id}.toml");
        if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            ck.problems.push(format!(
                "{file}: the file name is the id: lower-case, digits and _"
            ));
        }
        let msg_id = id.replace('_', "-");
        // What its texts may name, as src/ui/result_screen.rs gives it: the ages of a child-age
        // condition, the amounts it gives, and the year its version ends.
        let mut given: BTreeSet<String> = BTreeSet::new();
        for v in &r.version {
            if v.conditions
                .iter()
                .any(|c| matches!(c, Condition::ChildAge { .. }))
            {
                given.extend(["age", "min", "max"].map(String::from));
            }
            given.extend(v.gives.keys().cloned());
            if v.end.is_some() {
                given.insert("year".into());
            }
        }
        for prefix in ["regeling", "short"] {
            let id = format!("{prefix}-{msg_id}");
            ck.message(msgs, &file, &id);
            for var in msgs.vars.get(&id).into_iter().flatten() {
                if !given.contains(var) {
                    ck.problems.push(format!(
                        "{file}: the message `{id}` uses {{ ${var} }}, which this regeling does not give (it gives: {})",
                        given.iter().cloned().collect::<Vec<_>>().join(", ")
                    ));
                }
            }
        }
        if !routes.apply_route.iter().any(|a| a.id == r.apply) {
            ck.problems.push(format!(
                "{file}: apply = {:?} is not an [[apply_route]] id in data/apply_routes.toml",
                r.apply
            ));
        }
        for d in &r.documents {
            if !routes.documents.contains(d) {
                ck.problems.push(format!(
                    "{file}: document {d:?} is not in data/apply_routes.toml documents"
                ));
            }
        }
        let picto = pictograms.get(&r.pictogram).cloned().unwrap_or_else(|| {
            ck.problems.push(format!(
                "{file}: pictogram = {:?} is not in data/pictograms.toml",
                r.pictogram
            ));
            String::new()
        });
        if r.version.is_empty() {
            ck.problems.push(format!("{file}: no [[version]]"));
        }
        // Versions follow each other without overlap or gap: a version with an end is followed by
        // one starting the next day, or by none.
        for w in r.version.windows(2) {
            let at = format!("{file}: [[version]] from {}", w[1].start);
            let (Some(prev_start), Some(start)) =
                (ck.date(&at, &w[0].start), ck.date(&at, &w[1].start))
            else {
                continue;
            };
            if start <= prev_start {
                ck.problems
                    .push(format!("{at}: versions must be in date order"));
            }
            if let Some(end) = w[0].end.as_deref().and_then(|e| ck.date(&at, e)) {
                if next_day(end) != start {
                    ck.problems.push(format!(
                        "{at}: the version before ends {}, so this one must start the day after (no gap, no overlap)",
                        w[0].end.as_deref().unwrap()
                    ));
                }
            }
        }
        for v in &r.version {
            let at = format!("{file}: [[version]] from {}", v.start);
            let start = ck.date_code(&at, &v.start);
            let end = match &v.end {
                Some(e) => {
                    if let (Some(s), Some(en)) = (ck.date(&at, &v.start), ck.date(&at, e)) {
                        if en < s {
                            ck.problems.push(format!("{at}: end {e} is before start"));
                        }
                    }
                    format!("Some({})", ck.date_code(&at, e))
                }
                None => "None".into(),
            };
            let src = ck.source(&at, &v.source);
            for a in &v.also {
                ck.source(&at, a);
            }
            let pct = ck.decimal(
                &format!("{at}: income_limit.percentage"),
                &v.income_limit.percentage,
            );
            let base = match v.income_limit.base {
                LimitBase::NormIncl => "LimitBase::NormIncl",
                LimitBase::NormExcl => "LimitBase::NormExcl",
            };
            let mut conds = String::new();
            for c in &v.conditions {
                let (kind, source) = match c {
                    Condition::ChildAge { min, max, source } => {
                        if min > max {
                            ck.problems
                                .push(format!("{at}: child_age min {min} > max {max}"));
                        }
                        (
                            format!("ConditionKind::ChildAge {{ min: {min}, max: {max} }}"),
                            source,
                        )
                    }
                    Condition::MinAge { age, source } => {
                        (format!("ConditionKind::MinAge {{ age: {age} }}"), source)
                    }
                    Condition::BelowAowAge { source } => {
                        ("ConditionKind::BelowAowAge".into(), source)
                    }
                    Condition::LowIncomeYears { years, source } => (
                        format!("ConditionKind::LowIncomeYears {{ years: {years} }}"),
                        source,
                    ),
                    Condition::NoStudiefinanciering { source } => {
                        ("ConditionKind::NoStudiefinanciering".into(), source)
                    }
                    Condition::AssetsBelowLimit { source } => {
                        ("ConditionKind::AssetsBelowLimit".into(), source)
                    }
                };
                let s = ck.source(&at, source);
                write!(conds, "Condition {{ kind: {kind}, source: {s} }}, ").unwrap();
            }
            let lifted = match &v.income_limit.lifted_by_debt_help {
                Some(s) => format!("Some({})", ck.source(&format!("{at}: income_limit"), s)),
                None => "None".into(),
            };
            let mut gives = String::new();
            for (name, amount) in &v.gives {
                let m = ck.money(&format!("{at}: gives.{name}"), amount);
                write!(gives, "({name:?}, {m}), ").unwrap();
            }
            let at_most = match v.verdict_at_most {
                None | Some(VerdictAtMost::Yes) => "Verdict::Yes",
                Some(VerdictAtMost::Maybe) => "Verdict::Maybe",
            };
            let docs: Vec<String> = r.documents.iter().map(|d| format!("{d:?}")).collect();
            out.push(format!(
                "    Regeling {{ id: {id:?}, name: {:?}, short_name: {:?}, pictogram: {picto:?}, start: {start}, end: {end}, percentage: {pct}, limit_base: {base}, debt_help_lifts_limit: {lifted}, source: {src}, apply: {:?}, url: {:?}, documents: &[{}], verdict_at_most: {at_most}, gives: &[{gives}], conditions: &[{conds}] }},",
                r.name,
                r.short_name.as_deref().unwrap_or(&r.name),
                r.apply,
                r.url,
                docs.join(", "),
            ));
        }
    }
    writeln!(o, "pub static REGELINGEN: [Regeling; {}] = [", out.len()).unwrap();
    for line in out {
        writeln!(o, "{line}").unwrap();
    }
    writeln!(o, "];").unwrap();

    // Sources last: every other table has marked the ones it uses.
    for id in ck.sources.keys() {
        if !ck.used.contains(id) {
            ck.problems.push(format!(
                "data/sources.toml: source {id:?} is not used by any value"
            ));
        }
    }
    let mut head = String::new();
    writeln!(
        head,
        "pub static SOURCES: [Source; {}] = [",
        ck.sources.len()
    )
    .unwrap();
    for (id, s) in &ck.sources {
        let kind = match s.kind {
            SourceKind::PublicPage => "SourceKind::PublicPage",
            SourceKind::CouncilMemo => "SourceKind::CouncilMemo",
            SourceKind::Assumption => "SourceKind::Assumption",
        };
        let (reference, url) = (format!("{:?}", s.reference), format!("{:?}", s.url));
        let (reference, url) = if shown_in_browser.contains(id.as_str()) {
            (reference, url)
        } else {
            (
                format!("native_only({reference})"),
                format!("native_only_url({url})"),
            )
        };
        writeln!(
            head,
            "    Source {{ id: {id:?}, kind: {kind}, reference: {reference}, url: {url} }},"
        )
        .unwrap();
    }
    writeln!(head, "];").unwrap();

    assert!(
        ck.problems.is_empty(),
        "the data in {dir}/ has problems:\n{}",
        ck.problems.join("\n")
    );
    head + &o
}

/// A table of dated rows, each running until the next row's start.
fn dated(
    o: &mut String,
    ck: &mut Check,
    name: &str,
    ty: &str,
    rows: Vec<(String, &String, &String, &[String], String)>,
) {
    let starts: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    ck.in_order(name, &starts);
    writeln!(o, "pub static {name}: [Dated<{ty}>; {}] = [", rows.len()).unwrap();
    for (at, start, source, also, value) in rows {
        let d = ck.date_code(&at, start);
        let s = ck.source(&at, source);
        let also: Vec<String> = also.iter().map(|a| ck.source(&at, a)).collect();
        writeln!(
            o,
            "    Dated {{ start: {d}, source: {s}, also: &[{}], value: {value} }},",
            also.join(", ")
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
}
