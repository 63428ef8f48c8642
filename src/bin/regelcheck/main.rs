//! `regelcheck`: the rules of the app, for a list of households. See `regelcheck --help`.

mod fast_json;
mod input;
mod output;
mod plans;

use input::{parse_fields, Fields, LineError, RawFields, FIELDS};
use regelingencheck::rules::{Date, Evaluation, HouseholdError, RuleSet, SchemeResult, Verdict};
use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
regelcheck - welke minimaregelingen van de gemeente Heemskerk passen bij een huishouden?
             which minimaregelingen of the gemeente Heemskerk fit a household?

GEBRUIK / USAGE
  regelcheck [--input BESTAND] [--csv] [--summary]
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
  --summary        aantallen per regeling en uitkomst naar stderr / counts per regeling and verdict to stderr
  --help           deze tekst / this text

AFSLUITSTATUS / EXIT STATUS
  0 alle regels goed / every line fine, 2 een of meer regels fout / one or more bad lines,
  1 invoer niet te lezen / input could not be read

VOORBEELD / EXAMPLE
  echo '{\"age\":34,\"children\":[7,13],\"income\":\"1.250\"}' | regelcheck
";

/// How much output is gathered before it is written: a line is about 2 kB, so writes are few.
const OUTPUT_CHUNK: usize = 1 << 16;

/// How much input is read at a time.
const INPUT_CHUNK: usize = 1 << 18;

struct Options {
    input: Option<String>,
    csv: bool,
    summary: bool,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut o = Options {
        input: None,
        csv: false,
        summary: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => return Ok(None),
            "--csv" => o.csv = true,
            "--summary" => o.summary = true,
            "--input" => o.input = Some(args.next().ok_or("--input needs a file name")?),
            _ => return Err(format!("unknown option {a}; see regelcheck --help")),
        }
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
    // The output is gathered in chunks of OUTPUT_CHUNK bytes (see run_jsonl); a chunk that size
    // goes past this buffer to the operating system without being copied once more.
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(OUTPUT_CHUNK, stdout.lock());
    let mut run = Run::default();
    let result = if opts.csv {
        run_csv(reader, &mut out, &mut run)
    } else {
        run_jsonl(reader, &mut out, &mut run)
    };
    let flushed = out.flush();
    if opts.summary {
        run.print_summary();
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

/// State across lines: the rules per date (built once each) and the counts for --summary.
#[derive(Default)]
struct Run {
    /// The rule sets, one per set of parameters: dates with the same parameters in force share
    /// one, which keeps the limits the households are compared with in the processor's cache.
    rule_sets: Vec<RuleSet>,
    /// Per date seen, its rule set in `rule_sets` or why there is none.
    dates: HashMap<Date, Result<usize, LineError>>,
    /// Recent dates and their rule sets, one per slot by the day of the year: a file's lines
    /// have the same date, or dates of one or two years, and these are found without hashing.
    recent_dates: Vec<Option<(Date, usize)>>,
    lines: u64,
    errors: u64,
    counts: Counts,
    /// The schemes of the last evaluation, whose lists the next one fills again.
    spare_schemes: Vec<SchemeResult>,
    /// The templates the last evaluated line was written from, whose list the next one fills
    /// again.
    spare_templates: Vec<Option<u32>>,
    /// The children's ages of the last household, whose list the next one fills again.
    spare_children: Vec<u8>,
    /// The last JSON line's household, whose list of children the next one fills again.
    parsed: input::Parsed,
}

impl Run {
    /// The position in `rule_sets` of the rules for `date`.
    fn rule_set_for(&mut self, date: Date) -> Result<usize, LineError> {
        const RECENT: usize = 1024;
        let slot = (usize::from(date.year()) * 12 * 31
            + usize::from(date.month()) * 31
            + usize::from(date.day()))
            % RECENT;
        if let Some(Some((recent, i))) = self.recent_dates.get(slot) {
            if *recent == date {
                return Ok(*i);
            }
        }
        let found = match self.dates.get(&date) {
            Some(found) => found.clone(),
            None => {
                let found = self.new_date(date);
                self.dates.insert(date, found.clone());
                found
            }
        };
        let i = found?;
        if self.recent_dates.is_empty() {
            self.recent_dates = vec![None; RECENT];
        }
        self.recent_dates[slot] = Some((date, i));
        Ok(i)
    }

    fn new_date(&mut self, date: Date) -> Result<usize, LineError> {
        let rules = RuleSet::for_date(date).map_err(|e| {
            let available: Vec<String> = e.available.iter().map(|d| d.to_string()).collect();
            LineError::new(
                "no_norms_for_date",
                "date",
                format!(
                    "no norms for {}; the data has norms from {} up to {}",
                    e.date,
                    available.join(" and "),
                    e.covered_until
                ),
            )
        })?;
        match self.rule_sets.iter().position(|r| r.same_rules(&rules)) {
            Some(i) => Ok(i),
            None => {
                self.rule_sets.push(rules);
                Ok(self.rule_sets.len() - 1)
            }
        }
    }

    /// Hand the evaluation back with `recycle` when done with it.
    fn evaluate(&mut self, fields: &Fields) -> Result<Evaluation, LineError> {
        let p = parse_fields(fields, std::mem::take(&mut self.spare_children))?;
        let spare = std::mem::take(&mut self.spare_schemes);
        let evaluated = self.rule_set_for(p.date).and_then(|set| {
            self.rule_sets[set]
                .evaluate_reusing(&p.household, p.income, p.circumstances, spare)
                .map(|e| (set, e))
                .map_err(household_error)
        });
        self.spare_children = p.household.children;
        let (set, e) = evaluated?;
        self.counts.add(set, e.schemes.iter().map(|s| s.verdict));
        Ok(e)
    }

    /// Reads, checks and writes the household of one JSON line to `out`; an error, with the
    /// line's id, is for the caller to write. The quick reader takes the usual line; serde_json
    /// any other, and words errors.
    fn write_json_line<'a>(
        &mut self,
        line: &'a [u8],
        out: &mut Vec<u8>,
        repeats: &mut output::Repeats,
        number: u64,
    ) -> Result<(), (Option<&'a str>, LineError)> {
        let text = json_line_text(line).map_err(|e| (None, e))?;
        let mut p = std::mem::take(&mut self.parsed);
        let written = match fast_json::read_household(text, &mut p) {
            Some(id) => self
                .write_parsed(&p, out, repeats, number, id)
                .map_err(|e| (id, e)),
            None => match parse_object(text) {
                Err(e) => Err((None, e)),
                Ok(raw) => {
                    let id = raw.id.map(|r| r.get());
                    let children = std::mem::take(&mut p.household.children);
                    match parse_fields(&Fields::from_json(&raw), children) {
                        Ok(parsed) => {
                            p = parsed;
                            self.write_parsed(&p, out, repeats, number, id)
                                .map_err(|e| (id, e))
                        }
                        Err(e) => Err((id, e)),
                    }
                }
            },
        };
        self.parsed = p;
        written
    }

    /// Writes the line of a household whose fields have been read; a household whose plan
    /// knows its outcomes is written from the plan, any other is evaluated, and its evaluation
    /// teaches its plan.
    fn write_parsed(
        &mut self,
        p: &input::Parsed,
        out: &mut Vec<u8>,
        repeats: &mut output::Repeats,
        line: u64,
        id: Option<&str>,
    ) -> Result<(), LineError> {
        let set = self.rule_set_for(p.date)?;
        let rules = &self.rule_sets[set];
        let answers = plans::Answers {
            rules,
            rule_set: set,
            household: &p.household,
            income: p.income,
            circumstances: p.circumstances,
        };
        let miss = match plans::write_line(repeats, out, line, id, &answers) {
            Ok(verdicts) => {
                self.counts.add(set, verdicts.as_slice().iter().copied());
                return Ok(());
            }
            Err(miss) => miss,
        };
        let spare = std::mem::take(&mut self.spare_schemes);
        let e = rules
            .evaluate_reusing(&p.household, p.income, p.circumstances, spare)
            .map_err(household_error)?;
        output::write_evaluation(out, repeats, line, id, &e, &mut self.spare_templates);
        if let plans::Miss::Learn(plan) = miss {
            plans::learn(repeats, plan, &e, &self.spare_templates);
        }
        self.counts.add(set, e.schemes.iter().map(|s| s.verdict));
        self.recycle(e);
        Ok(())
    }

    fn recycle(&mut self, e: Evaluation) {
        self.spare_schemes = e.schemes;
    }

    fn print_summary(&self) {
        let mut s = format!(
            "{} lines, {} with an error\n{:<32}{:>10}{:>10}{:>10}\n",
            self.lines, self.errors, "regeling", "yes", "maybe", "no"
        );
        // Added up per regeling over the rule sets, in the order of the rule sets.
        let mut per_id: Vec<(&str, [u64; 3])> = Vec::new();
        for (rules, counts) in self.rule_sets.iter().zip(&self.counts.0) {
            for (r, c) in rules.regelingen.iter().zip(counts) {
                match per_id.iter_mut().find(|(id, _)| *id == r.id) {
                    Some((_, total)) => (0..3).for_each(|v| total[v] += c[v]),
                    None => per_id.push((r.id, *c)),
                }
            }
        }
        for (id, c) in &per_id {
            let [no, maybe, yes] = *c;
            s += &format!("{id:<32}{yes:>10}{maybe:>10}{no:>10}\n");
        }
        eprint!("{s}");
    }
}

/// Counts of no, maybe, yes per rule set and regeling, by the regeling's position in the rule
/// set: a line's verdicts are counted without looking up their regelingen.
#[derive(Default)]
struct Counts(Vec<Vec<[u64; 3]>>);

impl Counts {
    /// Counts a line's verdicts, in the order of the regelingen of rule set `rule_set`.
    fn add(&mut self, rule_set: usize, verdicts: impl Iterator<Item = Verdict>) {
        if self.0.len() <= rule_set {
            self.0.resize(rule_set + 1, Vec::new());
        }
        let counts = &mut self.0[rule_set];
        for (i, v) in verdicts.enumerate() {
            if i == counts.len() {
                counts.push([0; 3]);
            }
            counts[i][v as usize] += 1;
        }
    }
}

fn household_error(e: HouseholdError) -> LineError {
    let message = match e {
        HouseholdError::Under18 { .. } => "the regelingen are for people aged 18 or over",
        HouseholdError::AgeTooHigh { .. } => "not a possible age",
        HouseholdError::ChildAgeTooHigh { .. } => "a child's age is not a possible age",
        HouseholdError::AowAnswerNeeded { .. } => {
            "at 66 the AOW age (66 years and 10 months) may or may not be reached: give true or false"
        }
    };
    LineError::new(e.code(), e.field(), message)
}

fn json_line_error(e: serde_json::Error) -> LineError {
    // Each line is read on its own, so serde's "line 1" would be wrong: the line number is in the
    // output already, and only the column is kept.
    let msg = e.to_string().replace(" at line 1 column ", " at column ");
    let quoted = msg.split('`').nth(1).map(str::to_string);
    if msg.starts_with("unknown field") {
        LineError {
            code: "unknown_field",
            field: quoted.clone(),
            message: format!(
                "unknown field {}; see regelcheck --help",
                quoted.unwrap_or_default()
            ),
        }
    } else if msg.starts_with("duplicate field") {
        LineError {
            code: "duplicate_field",
            field: quoted,
            message: msg,
        }
    } else if msg.starts_with("invalid type") {
        not_an_object()
    } else {
        LineError {
            code: "invalid_json",
            field: None,
            message: format!("not valid JSON: {msg}"),
        }
    }
}

/// One line as a JSON object. serde's derived `Deserialize` also accepts a struct written as an
/// array of its fields in order (`[null, null, 34, ...]`), and `[1]` would be reported as a wrong
/// array length; a line must be an object, so an array is refused here first.
fn parse_object(text: &str) -> Result<RawFields<'_>, LineError> {
    if text
        .trim_start_matches([' ', '\t', '\r', '\n'])
        .starts_with('[')
    {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => not_an_object(),
            Err(e) => json_line_error(e),
        });
    }
    serde_json::from_str(text).map_err(json_line_error)
}

/// The line as text, or why it cannot be a household.
fn json_line_text(line: &[u8]) -> Result<&str, LineError> {
    match std::str::from_utf8(line) {
        Err(_) => Err(LineError {
            code: "invalid_json",
            field: None,
            message: "the line is not UTF-8 text".into(),
        }),
        Ok(text) if text.trim().is_empty() => Err(LineError {
            code: "empty_line",
            field: None,
            message: "an empty line; every line must be one household".into(),
        }),
        Ok(text) => Ok(text),
    }
}

fn not_an_object() -> LineError {
    LineError {
        code: "not_an_object",
        field: None,
        message: "each line must be one JSON object".into(),
    }
}

fn run_jsonl(mut reader: Box<dyn Read>, out: &mut impl Write, run: &mut Run) -> io::Result<()> {
    // The input is read in large pieces and its lines are read where they are, not copied out
    // one by one; a line longer than the piece makes it grow.
    let mut input = vec![0u8; INPUT_CHUNK];
    let (mut start, mut end, mut at_end) = (0, 0, false);
    let mut buf = Vec::with_capacity(2 * OUTPUT_CHUNK);
    let mut repeats = output::Repeats::new();
    loop {
        let mut line = match memchr::memchr(b'\n', &input[start..end]) {
            Some(length) => {
                let line = &input[start..start + length];
                start += length + 1;
                line
            }
            None if at_end && start == end => break,
            None if at_end => {
                let line = &input[start..end];
                start = end;
                line
            }
            None => {
                input.copy_within(start..end, 0);
                end -= start;
                start = 0;
                if end == input.len() {
                    input.resize(2 * input.len(), 0);
                }
                match reader.read(&mut input[end..]) {
                    Ok(0) => at_end = true,
                    Ok(n) => end += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
                continue;
            }
        };
        while let [rest @ .., b'\r'] = line {
            line = rest;
        }
        // Files saved by spreadsheet programs can start with a byte order mark.
        if run.lines == 0 {
            line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        }
        run.lines += 1;
        let n = run.lines;
        if let Err((id, err)) = run.write_json_line(line, &mut buf, &mut repeats, n) {
            run.errors += 1;
            output::write_error(&mut buf, n, id, &err);
        }
        if buf.len() >= OUTPUT_CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}

fn run_csv(mut reader: Box<dyn Read>, out: &mut impl Write, run: &mut Run) -> io::Result<()> {
    let mut data = Vec::new();
    reader.read_to_end(&mut data)?;
    // Spreadsheets set to Dutch write ';' between cells.
    let first_line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.contains(&b';') && !first_line.contains(&b',') {
        b';'
    } else {
        b','
    };
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(data.as_slice());
    let headers: Vec<String> = csv
        .headers()
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    for required in ["age", "income"] {
        if !headers.iter().any(|h| h == required) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("the CSV header has no column \"{required}\"; see regelcheck --help"),
            ));
        }
    }
    let column_of: Vec<Option<usize>> = headers
        .iter()
        .map(|h| FIELDS.iter().position(|f| f == h))
        .collect();
    let extra: Vec<&String> = headers
        .iter()
        .zip(&column_of)
        .filter(|(_, c)| c.is_none())
        .map(|(h, _)| h)
        .collect();
    if !extra.is_empty() {
        eprintln!(
            "regelcheck: columns copied without use: {}",
            extra
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }

    let mut buf = Vec::with_capacity(2 * OUTPUT_CHUNK);
    buf.extend_from_slice(b"line");
    for h in &headers {
        buf.push(b',');
        output::csv_cell(&mut buf, h);
    }
    buf.extend_from_slice(b",leefvorm,norm,norm_date,income_per_month,percent_of_norm");
    // A column for every regeling in the data, whatever date it starts: a row whose date has a
    // regeling not yet in force leaves that cell empty.
    let mut ids: Vec<&str> = Vec::new();
    for r in regelingencheck::rules::parameters::REGELINGEN.iter() {
        if !ids.contains(&r.id) {
            ids.push(r.id);
        }
    }
    for id in &ids {
        buf.push(b',');
        buf.extend_from_slice(id.as_bytes());
    }
    buf.extend_from_slice(b",error_code,error_field,error_message\n");

    let mut record = csv::StringRecord::new();
    loop {
        let read = csv.read_record(&mut record);
        run.lines += 1;
        let n = run.lines;
        let result = match read {
            Ok(false) => {
                run.lines -= 1;
                break;
            }
            // An unquoted "7;13" in a ';' file splits into extra cells: refuse rather than misread.
            Ok(true) if record.len() != headers.len() => Err(LineError {
                code: "wrong_cell_count",
                field: None,
                message: format!(
                    "this row has {} cells and the header has {}; put children's ages in quotes, such as \"7;13\"",
                    record.len(),
                    headers.len()
                ),
            }),
            Ok(true) => {
                let mut fields = Fields::default();
                for (i, cell) in record.iter().enumerate() {
                    if let Some(Some(col)) = column_of.get(i) {
                        if !cell.trim().is_empty() {
                            fields.values[*col] = Some(input::Value::Cell(cell));
                        }
                    }
                }
                run.evaluate(&fields)
            }
            Err(e) => Err(LineError {
                code: "invalid_csv",
                field: None,
                message: e.to_string(),
            }),
        };
        regelingencheck::rules::money::write_u64(&mut buf, n);
        for i in 0..headers.len() {
            buf.push(b',');
            output::csv_cell(&mut buf, record.get(i).unwrap_or(""));
        }
        match result {
            Ok(e) => {
                buf.push(b',');
                buf.extend_from_slice(e.leefvorm.id().as_bytes());
                buf.push(b',');
                e.norm.write_plain(&mut buf);
                buf.push(b',');
                output::date(&mut buf, e.norm_date);
                buf.push(b',');
                e.income_per_month.write_plain(&mut buf);
                buf.push(b',');
                regelingencheck::rules::money::write_percent(&mut buf, e.percent_of_norm);
                for id in &ids {
                    buf.push(b',');
                    let v = e
                        .schemes
                        .iter()
                        .find(|s| s.regeling.id == *id)
                        .map(|s| s.verdict);
                    buf.extend_from_slice(v.map_or("", Verdict::id).as_bytes());
                }
                buf.extend_from_slice(b",,,\n");
                run.recycle(e);
            }
            Err(err) => {
                run.errors += 1;
                buf.extend_from_slice(",,,,,".as_bytes());
                buf.extend(std::iter::repeat_n(b',', ids.len() + 1));
                output::csv_cell(&mut buf, err.code);
                buf.push(b',');
                output::csv_cell(&mut buf, err.field.as_deref().unwrap_or(""));
                buf.push(b',');
                output::csv_cell(&mut buf, &err.message);
                buf.push(b'\n');
            }
        }
        if buf.len() >= OUTPUT_CHUNK {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)
}
