//! `regelcheck`: the rules of the app, for a list of households. See `regelcheck --help`.
//! One path: each line is read with serde (`input`), evaluated by the rules, and written by
//! `output` into a buffer that goes out in large pieces.

mod input;
mod output;

use input::{household_error, Fields, LineError, Parsed, Value};
use regelingencheck::rules::{Date, Evaluation, RuleSet};
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
regelcheck - welke minimaregelingen van de gemeente Heemskerk passen bij een huishouden?
             which minimaregelingen of the gemeente Heemskerk fit a household?

GEBRUIK / USAGE
  regelcheck [--input BESTAND] [--csv | --compact] [--summary]
  regelcheck --help

NL  Leest huishoudens als JSON Lines (een JSON-object per regel) van standaardinvoer of uit
    --input BESTAND, en schrijft per invoerregel precies een JSON-regel, in dezelfde volgorde.
    Dezelfde regels als de app; de uitkomst is een indicatie: de gemeente beslist.
EN  Reads households as JSON Lines (one JSON object per line) from standard input or from
    --input FILE and writes exactly one JSON line per input line, in the same order.
    The same rules as the app; the result is an indication: the gemeente decides.

INVOER / INPUT (per regel / per line)
  date                 \"YYYY-MM-DD\", standaard/default \"2023-07-01\" (normen per die datum)
  age                  leeftijd aanvrager / applicant's age (verplicht / required)
  partner_age          leeftijd partner; weg of null = geen partner / absent or null = no partner
  aow, partner_aow     true/false: AOW-leeftijd bereikt (alleen nodig bij 66) / reached AOW age (only needed at 66)
  children             leeftijden thuiswonende kinderen / ages of children at home, [7, 13]
  income               netto huishoudinkomen zoals getypt / net household income as typed:
                       \"1.380,50\", \"1380.50\", \"€ 1.380,-\", 1380.5 (verplicht / required)
  period               \"month\" | \"four_weeks\" | \"week\" | \"year\", standaard/default \"month\"
  holiday_pay_included true/false, standaard/default false (inkomen incl. vakantiegeld)
  assets_above_limit, low_income_3_years, student, debt_help
                       true, false of/or null = onbekend / unknown
                       (ook/also \"ja\"/\"nee\", \"yes\"/\"no\", 1/0, \"onbekend\"/\"?\")
  id                   optioneel, wordt teruggegeven / optional, echoed back

UITVOER / OUTPUT
  {\"line\", \"leefvorm\", \"norm\": {\"amount\", \"date\"}, \"income_per_month\", \"percent_of_norm\",
   \"schemes\": [{\"id\", \"verdict\": yes|maybe|no, \"limit\", \"limit_excl_holiday_pay\", \"reasons\"}]}
  Bedragen als tekst met twee decimalen / amounts as strings with two decimals: \"1338.28\".
  Een foute regel / a bad line: {\"line\", \"error\": {\"code\", \"field\", \"message\"}}; de rest gaat door.

OPTIES / OPTIONS
  --input BESTAND  lees uit een bestand / read from a file
  --csv            CSV in en uit, kolommen met dezelfde namen; children als \"7;13\"; scheiding , of ;
                   CSV in and out, columns with the same names; children as \"7;13\"; separator , or ;
                   Uit: line, de invoerkolommen, leefvorm, norm, norm_date, income_per_month,
                   percent_of_norm, een kolom per regeling (yes/maybe/no), error_code, error_field, error_message
  --compact        per regeling alleen uitkomst en redencodes / per regeling only verdict and reason codes:
                   \"schemes\": [{\"id\", \"verdict\", \"reasons\": [\"income_within_limit\", ...]}]
  --summary        aantallen per regeling en uitkomst naar stderr / counts per regeling and verdict to stderr
  --help           deze tekst / this text

AFSLUITSTATUS / EXIT STATUS
  0 alle regels goed / every line fine, 2 een of meer regels fout / one or more bad lines,
  1 invoer niet te lezen / input could not be read

VOORBEELD / EXAMPLE
  echo '{\"age\":34,\"children\":[7,13],\"income\":\"1.250\"}' | regelcheck
";

/// Output is gathered in a buffer and written when it holds this much.
const OUTPUT_CHUNK: usize = 1 << 16;

#[derive(Default)]
struct Options {
    input: Option<String>,
    csv: bool,
    compact: bool,
    summary: bool,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut o = Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => return Ok(None),
            "--csv" => o.csv = true,
            "--compact" => o.compact = true,
            "--summary" => o.summary = true,
            "--input" => o.input = Some(args.next().ok_or("--input needs a file name")?),
            _ => return Err(format!("unknown option {a}; see regelcheck --help")),
        }
    }
    if o.csv && o.compact {
        return Err("--compact is for JSON output; --csv is short already".into());
    }
    Ok(Some(o))
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("regelcheck: {e}");
            return ExitCode::from(1);
        }
    };
    let reader: Box<dyn Read> = match &opts.input {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("regelcheck: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    let mut out = io::stdout().lock();
    let mut run = Run::default();
    let result = if opts.csv {
        run_csv(reader, &mut out, &mut run)
    } else {
        run_jsonl(BufReader::new(reader), &mut out, &mut run, opts.compact)
    };
    let flushed = out.flush();
    if opts.summary {
        eprint!("{}", run.summary());
    }
    match (result, flushed) {
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("regelcheck: {e}");
            ExitCode::from(1)
        }
        _ if run.errors > 0 => ExitCode::from(2),
        _ => ExitCode::SUCCESS,
    }
}

/// The rules per date, each built once, and the counts for --summary.
#[derive(Default)]
struct Run {
    /// Per date seen, its place in `rule_sets`, or why it has none.
    dates: BTreeMap<Date, Result<usize, LineError>>,
    /// Each rule set with its counts of no, maybe and yes per regeling, in the rule set's order
    /// (empty until a household is evaluated with it).
    rule_sets: Vec<(RuleSet, Vec<[u64; 3]>)>,
    lines: u64,
    errors: u64,
}

impl Run {
    /// A line's household evaluated, or the line's error; counted either way.
    fn check(&mut self, parsed: Result<Parsed, LineError>) -> Result<Evaluation, LineError> {
        self.lines += 1;
        let result = parsed.and_then(|p| self.evaluate(&p));
        self.errors += u64::from(result.is_err());
        result
    }

    fn evaluate(&mut self, p: &Parsed) -> Result<Evaluation, LineError> {
        let rule_sets = &mut self.rule_sets;
        let set = self
            .dates
            .entry(p.date)
            .or_insert_with(|| {
                let rules = RuleSet::for_date(p.date).map_err(|e| {
                    let available: Vec<String> = e.available.iter().map(Date::to_string).collect();
                    let message = format!(
                        "no norms for {}; the data covers {} up to {} (norms from {})",
                        e.date,
                        available[0],
                        e.covered_until,
                        available.join(", ")
                    );
                    LineError::new("no_norms_for_date", "date", message)
                })?;
                rule_sets.push((rules, Vec::new()));
                Ok(rule_sets.len() - 1)
            })
            .clone()?;
        let (rules, counts) = &mut self.rule_sets[set];
        let e = rules
            .evaluate(&p.household, p.income, p.circumstances)
            .map_err(household_error)?;
        counts.resize(counts.len().max(e.schemes.len()), [0; 3]);
        for (count, s) in counts.iter_mut().zip(&e.schemes) {
            count[s.verdict as usize] += 1;
        }
        Ok(e)
    }

    /// The counts per regeling, added up over the rule sets.
    fn summary(&self) -> String {
        let mut s = format!(
            "{} lines, {} with an error\n{:<32}{:>10}{:>10}{:>10}\n",
            self.lines, self.errors, "regeling", "yes", "maybe", "no"
        );
        let mut per_id: Vec<(&str, [u64; 3])> = Vec::new();
        for (rules, counts) in &self.rule_sets {
            for (r, c) in rules.regelingen.iter().zip(counts) {
                match per_id.iter_mut().find(|(id, _)| *id == r.id) {
                    Some((_, total)) => (0..3).for_each(|v| total[v] += c[v]),
                    None => per_id.push((r.id, *c)),
                }
            }
        }
        for (id, [no, maybe, yes]) in per_id {
            s += &format!("{id:<32}{yes:>10}{maybe:>10}{no:>10}\n");
        }
        s
    }
}

fn run_jsonl(
    mut reader: impl BufRead,
    out: &mut impl Write,
    run: &mut Run,
    compact: bool,
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut buf = Vec::with_capacity(2 * OUTPUT_CHUNK);
    while reader.read_until(b'\n', &mut line)? > 0 {
        let mut text = line.strip_suffix(b"\n").unwrap_or(&line);
        while let [rest @ .., b'\r'] = text {
            text = rest;
        }
        // Files saved by spreadsheet programs can start with a byte order mark.
        if run.lines == 0 {
            text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
        }
        let (id, parsed) = input::json_line(text);
        match run.check(parsed) {
            Ok(e) => output::evaluation(&mut buf, run.lines, id, &e, compact),
            Err(e) => output::error(&mut buf, run.lines, id, &e),
        }
        if buf.len() >= OUTPUT_CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
        line.clear();
    }
    out.write_all(&buf)
}

fn run_csv(mut reader: Box<dyn Read>, out: &mut impl Write, run: &mut Run) -> io::Result<()> {
    let invalid = |message| io::Error::new(io::ErrorKind::InvalidData, message);
    let mut data = Vec::new();
    reader.read_to_end(&mut data)?;
    // Spreadsheets set to Dutch write ';' between cells.
    let first_line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let dutch = first_line.contains(&b';') && !first_line.contains(&b',');
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(if dutch { b';' } else { b',' })
        .flexible(true)
        .from_reader(data.as_slice());
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| invalid(format!("CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    if let Some(missing) = ["age", "income"]
        .iter()
        .find(|c| !headers.contains(&c.to_string()))
    {
        let why = format!("the CSV header has no column \"{missing}\"; see regelcheck --help");
        return Err(invalid(why));
    }
    let unused: Vec<&str> = headers
        .iter()
        .filter(|h| Fields::<&str>::default().column(h).is_none())
        .map(String::as_str)
        .collect();
    if !unused.is_empty() {
        eprintln!(
            "regelcheck: columns copied without use: {}",
            unused.join(", ")
        );
    }
    // A column for every regeling in the data, whatever date it starts: a row whose date has a
    // regeling not yet in force leaves that cell empty.
    let mut ids: Vec<&str> = Vec::new();
    for r in regelingencheck::rules::parameters::REGELINGEN.iter() {
        if !ids.contains(&r.id) {
            ids.push(r.id);
        }
    }
    let mut buf = Vec::with_capacity(2 * OUTPUT_CHUNK);
    output::csv_header(&mut buf, &headers, &ids);
    let mut record = csv::StringRecord::new();
    loop {
        let parsed = match csv.read_record(&mut record) {
            Ok(false) => break,
            // An unquoted "7;13" in a ';' file splits into extra cells: refuse rather than misread.
            Ok(true) if record.len() != headers.len() => Err(LineError::other(
                "wrong_cell_count",
                format!(
                    "this row has {} cells and the header has {}; put children's ages in quotes, such as \"7;13\"",
                    record.len(),
                    headers.len()
                ),
            )),
            Ok(true) => {
                let mut fields = Fields::default();
                for (cell, name) in record.iter().zip(&headers) {
                    if let Some(field) = fields.column(name).filter(|_| !cell.trim().is_empty()) {
                        *field = Some(cell);
                    }
                }
                input::parse_fields(&fields, Value::Cell)
            }
            Err(e) => Err(LineError::other("invalid_csv", e.to_string())),
        };
        let result = run.check(parsed);
        output::csv_row(&mut buf, run.lines, &record, headers.len(), &ids, &result);
        if buf.len() >= OUTPUT_CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}
