//! The `regelcheck` command run as a process: lines in, one line out per line in, exit status.
//! The expected amounts follow from data/parameters.toml and the spec (the 2023-07-01 norms).
#![cfg(not(target_arch = "wasm32"))]

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;
use common::SCHEME_IDS;

/// Runs the command with `args`, writing `input` to its standard input.
fn run(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_regelcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start regelcheck");
    // Written from another thread: a large input and a large output would otherwise block each
    // other on full pipes.
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        // The command may exit before reading everything (a bad option); that is not an error here.
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for regelcheck");
    writer.join().expect("writer thread");
    output
}

fn run_lines(lines: &[&str]) -> Output {
    let mut input = lines.join("\n");
    input.push('\n');
    run(&[], input.as_bytes())
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> &str {
    std::str::from_utf8(&o.stderr).expect("stderr is UTF-8")
}

/// Every output line as JSON; each must parse.
fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn scheme<'a>(line: &'a Value, id: &str) -> &'a Value {
    line["schemes"]
        .as_array()
        .expect("schemes")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no scheme {id} in {line}"))
}

fn reason_codes(scheme: &Value) -> Vec<&str> {
    scheme["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["code"].as_str().expect("reason code"))
        .collect()
}

fn error_of(line: &Value) -> (&str, Option<&str>) {
    let e = &line["error"];
    assert!(e.is_object(), "expected an error, got {line}");
    assert!(
        !e["message"].as_str().expect("message").is_empty(),
        "an error has a message: {line}"
    );
    assert!(line.get("schemes").is_none(), "an error has no schemes");
    (e["code"].as_str().expect("code"), e["field"].as_str())
}

const SINGLE_PARENT: &str = r#"{"age":34,"children":[7,13],"income":"1.250"}"#;

#[test]
fn single_parent_with_children_7_and_13() {
    let o = run_lines(&[SINGLE_PARENT]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let text = stdout(&o);
    // The spec's own check value: 110% of the 1 July 2023 norm 1216.62.
    assert!(text.contains(r#""limit":"1338.28""#), "{text}");
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1);
    let l = &lines[0];
    assert_eq!(l["line"], 1);
    assert_eq!(l["leefvorm"], "alleenstaande_ouder");
    assert_eq!(l["norm"]["amount"], "1216.62");
    assert_eq!(l["norm"]["amount_excl_holiday_pay"], "1155.79");
    assert_eq!(l["norm"]["date"], "2023-07-01");
    assert_eq!(l["income_per_month"], "1250.00");
    assert_eq!(l["percent_of_norm"], "108.15");

    let k = scheme(l, "kindpakket");
    assert_eq!(k["percentage"], "110");
    assert_eq!(k["limit"], "1338.28");
    assert_eq!(k["limit_excl_holiday_pay"], "1271.37");
    // Within the limit, but savings and studiefinanciering are not known: maybe.
    assert_eq!(k["verdict"], "maybe");
    assert_eq!(
        reason_codes(k),
        ["income_within_limit", "assets_unknown", "student_unknown"]
    );
    assert_eq!(k["reasons"][0]["income"], "1250.00");
    assert_eq!(k["reasons"][0]["limit"], "1271.37");
    // A single parent has the higher vermogensgrens.
    assert_eq!(k["reasons"][1]["limit"], "15210.00");

    // Heemskerk's own table: 120% for an alleenstaande ouder is 1459.94.
    let j = scheme(l, "jfsc");
    assert_eq!(j["verdict"], "yes");
    assert_eq!(j["percentage"], "120");
    assert_eq!(j["limit"], "1459.94");
    assert_eq!(j["limit_excl_holiday_pay"], "1386.94");
    assert_eq!(reason_codes(j), ["income_within_limit"]);

    // The scheme ids, in the order of the data file.
    let ids: Vec<&str> = l["schemes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, SCHEME_IDS);
}

#[test]
fn known_circumstances_turn_maybe_into_yes() {
    let o = run_lines(&[
        r#"{"age":34,"children":[7,13],"income":"1.250","assets_above_limit":false,"student":false}"#,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let l = &json_lines(&o)[0];
    let k = scheme(l, "kindpakket");
    assert_eq!(k["verdict"], "yes");
    assert_eq!(reason_codes(k), ["income_within_limit"]);
}

#[test]
fn periods_and_holiday_pay() {
    let o = run_lines(&[
        r#"{"age":40,"income":"1000","period":"four_weeks"}"#,
        r#"{"age":40,"income":"1000","period":"week"}"#,
        r#"{"age":40,"income":"12000","period":"year"}"#,
        r#"{"age":40,"income":"1300","holiday_pay_included":true}"#,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines[0]["income_per_month"], "1083.33");
    assert_eq!(lines[1]["income_per_month"], "4333.33");
    assert_eq!(lines[2]["income_per_month"], "1000.00");
    // Income with holiday pay is compared with the limit itself, not 95% of it.
    let czm = scheme(&lines[3], "czm");
    assert_eq!(czm["reasons"][0]["limit"], "1581.61");
    assert_eq!(lines[3]["percent_of_norm"], "106.85");
}

#[test]
fn one_output_line_per_input_line_in_order() {
    let mut input = Vec::new();
    for i in 1..=50 {
        let line = match i % 5 {
            0 => format!(r#"{{"id":{i},"age":17,"income":"900"}}"#),
            1 => "this is not json".to_string(),
            _ => format!(r#"{{"id":{i},"age":{},"income":"{},00"}}"#, 20 + i, 900 + i),
        };
        input.push(line);
    }
    let refs: Vec<&str> = input.iter().map(String::as_str).collect();
    let o = run_lines(&refs);
    assert_eq!(o.status.code(), Some(2));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 50);
    for (i, l) in (1..=50).zip(&lines) {
        assert_eq!(l["line"], i, "{l}");
        match i % 5 {
            0 => {
                assert_eq!(error_of(l), ("under_18", Some("age")));
                assert_eq!(l["id"], i, "the id is echoed on an error too");
            }
            1 => assert_eq!(error_of(l).0, "invalid_json"),
            _ => {
                assert!(l["schemes"].is_array(), "{l}");
                assert!(l.get("error").is_none());
                assert_eq!(l["id"], i);
                assert_eq!(l["income_per_month"], format!("{}.00", 900 + i));
            }
        }
    }
}

#[test]
fn the_id_is_echoed_as_given() {
    let o = run_lines(&[
        r#"{"id":"H-001","age":30,"income":"900"}"#,
        r#"{"id":{"nr":[1,2]},"age":30,"income":"900"}"#,
    ]);
    let lines = json_lines(&o);
    assert_eq!(lines[0]["id"], "H-001");
    assert_eq!(lines[1]["id"]["nr"][1], 2);
}

/// Each bad line with the error code and field it must give; a good line follows each one.
const BAD_LINES: &[(&str, &str, Option<&str>)] = &[
    ("not json", "invalid_json", None),
    (r#"{"age":30,"income":"900""#, "invalid_json", None),
    ("[1]", "not_an_object", None),
    ("[]", "not_an_object", None),
    (
        r#"[null,null,30,null,null,null,null,"900",null,null,null,null,null,null]"#,
        "not_an_object",
        None,
    ),
    ("42", "not_an_object", None),
    (r#""text""#, "not_an_object", None),
    ("null", "not_an_object", None),
    (r#"{"income":"900"}"#, "missing_field", Some("age")),
    (r#"{"age":30}"#, "missing_field", Some("income")),
    (r#"{"age":-3,"income":"900"}"#, "negative", Some("age")),
    (r#"{"age":140,"income":"900"}"#, "age_too_high", Some("age")),
    (
        r#"{"age":30,"partner_age":121,"income":"900"}"#,
        "age_too_high",
        Some("partner_age"),
    ),
    (r#"{"age":17,"income":"900"}"#, "under_18", Some("age")),
    (
        r#"{"age":30,"partner_age":16,"income":"900"}"#,
        "under_18",
        Some("partner_age"),
    ),
    (
        r#"{"age":"dertig","income":"900"}"#,
        "wrong_type",
        Some("age"),
    ),
    (
        r#"{"age":30,"income":"veel"}"#,
        "not_a_number",
        Some("income"),
    ),
    (
        r#"{"age":30,"income":"1.380.5"}"#,
        "ambiguous",
        Some("income"),
    ),
    (r#"{"age":30,"income":-5}"#, "negative", Some("income")),
    (
        r#"{"age":30,"income":"900","pets":2}"#,
        "unknown_field",
        Some("pets"),
    ),
    (
        r#"{"age":30,"income":"900","age":31}"#,
        "duplicate_field",
        Some("age"),
    ),
    (
        r#"{"age":30,"income":"900","period":"daily"}"#,
        "invalid_period",
        Some("period"),
    ),
    (
        r#"{"age":30,"income":"900","date":"2023-13-01"}"#,
        "invalid_date",
        Some("date"),
    ),
    (
        r#"{"age":30,"income":"900","date":"2027-01-01"}"#,
        "no_norms_for_date",
        Some("date"),
    ),
    (
        r#"{"age":66,"income":"900"}"#,
        "aow_answer_needed",
        Some("aow"),
    ),
    (
        r#"{"age":60,"partner_age":66,"income":"900"}"#,
        "aow_answer_needed",
        Some("partner_aow"),
    ),
    (
        r#"{"age":30,"income":"900","student":"misschien"}"#,
        "wrong_type",
        Some("student"),
    ),
    (
        r#"{"age":30,"income":"900","children":[7,"x"]}"#,
        "wrong_type",
        Some("children"),
    ),
    (
        r#"{"age":30,"income":"900","children":[7,300]}"#,
        "child_age_too_high",
        Some("children"),
    ),
    (
        r#"{"age":30,"income":"900","children":[7,-1]}"#,
        "negative",
        Some("children"),
    ),
    ("", "empty_line", None),
    ("   ", "empty_line", None),
];

const GOOD: &str = r#"{"age":30,"income":"900"}"#;

#[test]
fn bad_lines_give_an_error_and_the_others_go_on() {
    let mut lines = Vec::new();
    for (bad, _, _) in BAD_LINES {
        lines.push(*bad);
        lines.push(GOOD);
    }
    let o = run_lines(&lines);
    assert_eq!(o.status.code(), Some(2));
    let out = json_lines(&o);
    assert_eq!(out.len(), BAD_LINES.len() * 2);
    for (i, (bad, code, field)) in BAD_LINES.iter().enumerate() {
        let e = &out[2 * i];
        assert_eq!(e["line"], 2 * i + 1);
        assert_eq!(error_of(e), (*code, *field), "line {bad:?} gave {e}");
        let good = &out[2 * i + 1];
        assert_eq!(good["line"], 2 * i + 2);
        assert_eq!(good["leefvorm"], "alleenstaande", "after {bad:?}");
    }
}

#[test]
fn a_date_without_norms_names_the_covered_range() {
    for date in ["2027-01-01", "2022-12-31"] {
        let o = run_lines(&[&format!(r#"{{"age":30,"income":"900","date":"{date}"}}"#)]);
        let l = &json_lines(&o)[0];
        let message = l["error"]["message"].as_str().unwrap();
        assert!(message.contains(date), "{message}");
        assert!(
            message.contains("covers 2023-01-01 up to 2026-12-31"),
            "{message}"
        );
    }
}

#[test]
fn any_date_up_to_the_end_of_2026_has_norms() {
    for date in ["2024-01-01", "2025-06-30", "2026-12-31"] {
        let o = run_lines(&[&format!(r#"{{"age":30,"income":"900","date":"{date}"}}"#)]);
        let l = &json_lines(&o)[0];
        assert!(l.get("error").is_none(), "{date}: {l}");
    }
}

#[test]
fn the_norm_date_follows_the_line_date() {
    let o = run_lines(&[
        r#"{"age":30,"income":"900","date":"2023-06-30"}"#,
        r#"{"age":30,"income":"900","date":"2023-07-01"}"#,
    ]);
    let lines = json_lines(&o);
    assert_eq!(lines[0]["norm"]["date"], "2023-01-01");
    assert_eq!(lines[0]["norm"]["amount"], "1195.66");
    assert_eq!(lines[1]["norm"]["date"], "2023-07-01");
}

#[test]
fn aow_at_66_is_answered_per_person() {
    let o = run_lines(&[
        r#"{"age":66,"aow":true,"income":"1500"}"#,
        r#"{"age":66,"aow":false,"income":"1500"}"#,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines[0]["leefvorm"], "alleenstaande_aow");
    assert_eq!(lines[0]["norm"]["amount"], "1357.66");
    assert_eq!(lines[1]["leefvorm"], "alleenstaande");
}

#[test]
fn invalid_utf8_is_one_bad_line() {
    let mut input = Vec::new();
    input.extend_from_slice(GOOD.as_bytes());
    input.push(b'\n');
    input.extend_from_slice(b"{\"age\":30,\"income\":\"9\xff\xfe00\"}\n");
    input.extend_from_slice(GOOD.as_bytes());
    input.push(b'\n');
    let o = run(&[], &input);
    assert_eq!(o.status.code(), Some(2));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["schemes"].is_array());
    assert_eq!(error_of(&lines[1]), ("invalid_json", None));
    assert!(lines[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
    assert!(lines[2]["schemes"].is_array());
}

/// Not UTF-8 in a string the quick reader would take (the id), not only in the income.
#[test]
fn invalid_utf8_in_the_id_is_a_bad_line_too() {
    let o = run(&[], b"{\"id\":\"H-\xc3\",\"age\":30,\"income\":\"900\"}\n");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(error_of(&json_lines(&o)[0]), ("invalid_json", None));
}

/// The input is read in pieces: lines that cross from one piece to the next, and a line longer
/// than a piece, are read whole and in order.
#[test]
fn long_lines_and_many_lines_are_read_whole_and_in_order() {
    let long_id = "x".repeat(1_500_000);
    let mut input = String::new();
    for i in 1..=4_000 {
        if i == 1_234 {
            input += &format!(r#"{{"id":"{long_id}","age":30,"income":"900"}}"#);
        } else {
            input += &format!(r#"{{"id":{i},"age":30,"income":"{i}"}}"#);
        }
        input.push('\n');
    }
    let o = run(&[], input.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 4_000);
    for (i, l) in (1..=4_000).zip(&lines) {
        assert_eq!(l["line"], i);
        if i == 1_234 {
            assert_eq!(l["id"].as_str().map(str::len), Some(long_id.len()));
        } else {
            assert_eq!(l["id"], i);
            assert_eq!(l["income_per_month"], format!("{i}.00"));
        }
    }
}

#[test]
fn crlf_and_a_missing_last_newline() {
    let input = format!("{GOOD}\r\n{GOOD}\r\n{GOOD}");
    let o = run(&[], input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["line"], 3);
}

#[test]
fn empty_input_gives_no_output_and_status_0() {
    let o = run(&[], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn exit_status_0_when_all_lines_are_fine_and_2_when_one_is_bad() {
    assert_eq!(run_lines(&[GOOD, GOOD]).status.code(), Some(0));
    assert_eq!(run_lines(&[GOOD, "{", GOOD]).status.code(), Some(2));
}

#[test]
fn exit_status_1_for_a_missing_file_or_an_unknown_option() {
    let missing = std::env::temp_dir().join("regelcheck-test-no-such-file.jsonl");
    let o = run(&["--input", missing.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));

    let o = run(&["--frobnicate"], GOOD.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("--frobnicate"), "{}", stderr(&o));

    let o = run(&["--input"], b"");
    assert_eq!(o.status.code(), Some(1));
}

/// A file of its own under the temp directory, removed when dropped.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("regelcheck-test-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("UTF-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn input_from_a_file_gives_the_same_output_as_stdin() {
    let contents = format!("{SINGLE_PARENT}\n{GOOD}\nnot json\n");
    let file = TempFile::new("input.jsonl", contents.as_bytes());
    let from_file = run(&["--input", file.path()], b"");
    let from_stdin = run(&[], contents.as_bytes());
    assert_eq!(from_file.status.code(), Some(2));
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(json_lines(&from_file).len(), 3);
}

/// The output of a line without its line number, to compare two lines.
fn without_line(mut v: Value) -> Value {
    v.as_object_mut().expect("object").remove("line");
    v
}

#[test]
fn a_json_number_is_read_exactly_like_the_typed_amount() {
    let o = run_lines(&[
        r#"{"age":30,"income":1380.5}"#,
        r#"{"age":30,"income":"1380,50"}"#,
        r#"{"age":30,"income":"€ 1.380,50"}"#,
        r#"{"age":30,"income":"1,380.50"}"#,
        r#"{"age":30,"income":1380.50}"#,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<Value> = json_lines(&o).into_iter().map(without_line).collect();
    assert_eq!(lines[0]["income_per_month"], "1380.50");
    for l in &lines[1..] {
        assert_eq!(l, &lines[0]);
    }
}

#[test]
fn yes_no_and_unknown_in_words_are_read_as_true_false_and_null() {
    let o = run_lines(&[
        r#"{"age":30,"income":"900","student":false,"assets_above_limit":true,"debt_help":null}"#,
        r#"{"age":30,"income":"900","student":"nee","assets_above_limit":"Ja","debt_help":"onbekend"}"#,
        r#"{"age":30,"income":"900","student":"no","assets_above_limit":"yes","debt_help":"?"}"#,
        r#"{"age":30,"income":"900","student":0,"assets_above_limit":1}"#,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<Value> = json_lines(&o).into_iter().map(without_line).collect();
    assert_eq!(
        reason_codes(scheme(&lines[0], "iit"))[1],
        "assets_above_limit"
    );
    for l in &lines[1..] {
        assert_eq!(l, &lines[0]);
    }
}

#[test]
fn a_json_syntax_error_names_the_column_not_a_line_1() {
    let o = run_lines(&[GOOD, r#"{"age":30,"income":"900",}"#]);
    let out = json_lines(&o);
    assert_eq!(error_of(&out[1]), ("invalid_json", None));
    let message = out[1]["error"]["message"].as_str().unwrap();
    assert!(message.contains("at column 26"), "{message}");
    assert!(!message.contains("line 1"), "{message}");
}

#[test]
fn a_json_number_with_a_dot_is_never_a_thousands_separator() {
    let o = run_lines(&[r#"{"age":30,"income":1.380}"#]);
    assert_eq!(json_lines(&o)[0]["income_per_month"], "1.38");
}

#[test]
fn kindpakket_with_debt_help_has_no_income_limit() {
    let line = |debt_help: &str| {
        format!(
            r#"{{"age":34,"children":[7],"income":"2000","assets_above_limit":false,"student":false,"debt_help":{debt_help}}}"#
        )
    };
    let input = [line("true"), line("null"), line("false")];
    let refs: Vec<&str> = input.iter().map(String::as_str).collect();
    let o = run_lines(&refs);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    let lines = json_lines(&o);

    let with_help = scheme(&lines[0], "kindpakket");
    assert_eq!(with_help["verdict"], "yes");
    assert!(with_help["limit"].is_null());
    assert!(with_help["limit_excl_holiday_pay"].is_null());
    assert_eq!(reason_codes(with_help), ["debt_help_no_income_limit"]);
    let first_line = text.lines().next().unwrap();
    assert!(
        first_line.contains(r#""id":"kindpakket","verdict":"yes","percentage":"110","limit":null"#),
        "{first_line}"
    );
    // Other regelingen keep their limit.
    assert_eq!(scheme(&lines[0], "iit")["limit"], "1338.28");

    let unknown = scheme(&lines[1], "kindpakket");
    assert_eq!(unknown["verdict"], "maybe");
    assert_eq!(unknown["limit"], "1338.28");
    assert_eq!(
        reason_codes(unknown),
        ["income_above_limit", "debt_help_unknown"]
    );

    let without = scheme(&lines[2], "kindpakket");
    assert_eq!(without["verdict"], "no");
    assert_eq!(reason_codes(without), ["income_above_limit"]);
}

#[test]
fn an_income_just_above_the_limit_is_within_the_margin() {
    // 1271.37 is the kindpakket limit without holiday pay; the margin is 20.00. Debt help is
    // answered: unknown, it would make any income above the limit a "maybe".
    let o = run_lines(&[
        r#"{"age":34,"children":[7],"income":"1291,37","assets_above_limit":false,"student":false,"debt_help":false}"#,
        r#"{"age":34,"children":[7],"income":"1291,38","assets_above_limit":false,"student":false,"debt_help":false}"#,
    ]);
    let lines = json_lines(&o);
    let within = scheme(&lines[0], "kindpakket");
    assert_eq!(within["verdict"], "maybe");
    assert_eq!(within["reasons"][0]["code"], "within_margin");
    assert_eq!(within["reasons"][0]["over_by"], "20.00");
    let above = scheme(&lines[1], "kindpakket");
    assert_eq!(above["verdict"], "no");
    assert_eq!(above["reasons"][0]["over_by"], "20.01");
}

#[test]
fn summary_counts_go_to_stderr_and_stdout_is_unchanged() {
    let lines = [SINGLE_PARENT, GOOD, r#"{"age":17,"income":"900"}"#];
    let plain = run_lines(&lines);
    let mut input = lines.join("\n");
    input.push('\n');
    let with_summary = run(&["--summary"], input.as_bytes());
    assert_eq!(with_summary.status.code(), Some(2));
    assert_eq!(with_summary.stdout, plain.stdout);
    assert!(plain.stderr.is_empty());
    let err = stderr(&with_summary);
    assert!(err.contains("3 lines, 1 with an error"), "{err}");
    // kindpakket: the single parent is maybe, the single person without children no.
    let row = err
        .lines()
        .find(|l| l.starts_with("kindpakket "))
        .unwrap_or_else(|| panic!("no kindpakket row: {err}"));
    let counts: Vec<&str> = row.split_whitespace().skip(1).collect();
    assert_eq!(counts, ["0", "1", "1"], "yes, maybe, no: {row}");
    let row = err.lines().find(|l| l.starts_with("czm ")).unwrap();
    let counts: Vec<&str> = row.split_whitespace().skip(1).collect();
    assert_eq!(counts, ["2", "0", "0"], "{row}");
}

#[test]
fn help_is_in_dutch_and_english() {
    for flag in ["--help", "-h"] {
        let o = run(&[flag], b"");
        assert_eq!(o.status.code(), Some(0));
        let text = stdout(&o);
        assert!(text.contains("GEBRUIK / USAGE"), "{text}");
        assert!(text.contains("Leest huishoudens"), "{text}");
        assert!(text.contains("Reads households"), "{text}");
        assert!(text.contains("--csv"));
        assert!(o.stderr.is_empty());
    }
}

/// The output as CSV records, the header first.
fn csv_records(o: &Output) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(o.stdout.as_slice())
        .records()
        .map(|r| r.expect("CSV output"))
        .collect()
}

fn cell<'a>(header: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"));
    row.get(i)
        .unwrap_or_else(|| panic!("row too short: {row:?}"))
}

#[test]
fn csv_in_and_out() {
    let input = "naam,age,children,income,student\n\
                 \"de Vries, Jan\",34,7;13,\"1.250\",nee\n\
                 Piet,17,,900,\n\
                 Kees,40,,\"2.000,50\",onbekend\n";
    let o = run(&["--csv"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("naam"), "extra columns are named");
    let records = csv_records(&o);
    assert_eq!(records.len(), 4);
    let header = &records[0];
    let mut expected = vec![
        "line",
        "naam",
        "age",
        "children",
        "income",
        "student",
        "leefvorm",
        "norm",
        "norm_date",
        "income_per_month",
        "percent_of_norm",
    ];
    expected.extend(SCHEME_IDS);
    expected.extend(["error_code", "error_field", "error_message"]);
    assert_eq!(header.iter().collect::<Vec<_>>(), expected);

    let jan = &records[1];
    assert_eq!(jan.len(), header.len());
    assert_eq!(cell(header, jan, "line"), "1");
    assert_eq!(cell(header, jan, "naam"), "de Vries, Jan");
    assert_eq!(cell(header, jan, "children"), "7;13");
    assert_eq!(cell(header, jan, "leefvorm"), "alleenstaande_ouder");
    assert_eq!(cell(header, jan, "norm"), "1216.62");
    assert_eq!(cell(header, jan, "norm_date"), "2023-07-01");
    assert_eq!(cell(header, jan, "income_per_month"), "1250.00");
    assert_eq!(cell(header, jan, "percent_of_norm"), "108.15");
    assert_eq!(cell(header, jan, "kindpakket"), "maybe");
    assert_eq!(cell(header, jan, "jfsc"), "yes");
    assert_eq!(cell(header, jan, "computerregeling"), "yes");
    assert_eq!(cell(header, jan, "error_code"), "");

    let piet = &records[2];
    assert_eq!(piet.len(), header.len());
    assert_eq!(cell(header, piet, "naam"), "Piet");
    assert_eq!(cell(header, piet, "error_code"), "under_18");
    assert_eq!(cell(header, piet, "error_field"), "age");
    assert!(!cell(header, piet, "error_message").is_empty());
    assert_eq!(cell(header, piet, "kindpakket"), "");

    let kees = &records[3];
    assert_eq!(cell(header, kees, "line"), "3");
    assert_eq!(cell(header, kees, "leefvorm"), "alleenstaande");
    assert_eq!(cell(header, kees, "income_per_month"), "2000.50");
}

#[test]
fn csv_gives_the_same_verdicts_as_json() {
    let csv_out = run(
        &["--csv"],
        b"age,partner_age,children,income,period\n34,,7;13,1.250,month\n40,38,3,\"2.600\",four_weeks\n",
    );
    let json_out = run_lines(&[
        r#"{"age":34,"children":[7,13],"income":"1.250","period":"month"}"#,
        r#"{"age":40,"partner_age":38,"children":[3],"income":"2.600","period":"four_weeks"}"#,
    ]);
    assert_eq!(csv_out.status.code(), Some(0));
    let records = csv_records(&csv_out);
    let header = &records[0];
    for (row, json) in records[1..].iter().zip(json_lines(&json_out)) {
        assert_eq!(cell(header, row, "leefvorm"), json["leefvorm"]);
        assert_eq!(
            cell(header, row, "income_per_month"),
            json["income_per_month"]
        );
        for id in SCHEME_IDS {
            assert_eq!(cell(header, row, id), scheme(&json, id)["verdict"], "{id}");
        }
    }
}

#[test]
fn csv_with_semicolons_as_a_dutch_spreadsheet_writes_it() {
    let input = "naam;age;children;income\nAn;30;\"7;13\";\"1.250,00\"\n";
    let o = run(&["--csv"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records = csv_records(&o);
    let header = &records[0];
    let an = &records[1];
    assert_eq!(cell(header, an, "naam"), "An");
    assert_eq!(cell(header, an, "income_per_month"), "1250.00");
    assert_eq!(cell(header, an, "leefvorm"), "alleenstaande_ouder");
    assert_eq!(cell(header, an, "jfsc"), "yes");
}

#[test]
fn csv_without_an_income_column_is_refused() {
    let o = run(&["--csv"], b"naam,age\nJan,34\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("income"), "{}", stderr(&o));
}

#[test]
fn csv_from_a_file() {
    let file = TempFile::new("input.csv", b"age,income\n30,900\n");
    let o = run(&["--csv", "--input", file.path()], b"");
    assert_eq!(o.status.code(), Some(0));
    let records = csv_records(&o);
    assert_eq!(records.len(), 2);
    assert_eq!(cell(&records[0], &records[1], "czm"), "yes");
}

/// JSON-ish pieces that garbage lines are made of.
const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "\\u00e9",
    "\\ud800",
    "null",
    "true",
    "false",
    "-",
    "0",
    "01",
    "1e400",
    "-0",
    "1.",
    ".5",
    "2.50",
    "1380.505",
    "99999999999999999999",
    "\"age\"",
    "\"income\"",
    "\"children\"",
    "\"partner_age\"",
    "\"aow\"",
    "\"date\"",
    "\"period\"",
    "\"id\"",
    "\"debt_help\"",
    "\"student\"",
    "\"holiday_pay_included\"",
    "\"2023-02-29\"",
    "\"2023-07-01\"",
    "\"week\"",
    "\"year\"",
    "\"1.380,50\"",
    "\"€ 1.380,-\"",
    "\"١٬٣٨٠٫٥٠\"",
    "[7,13]",
    "[-1]",
    "[256]",
    "{}",
    "66",
    "17",
    "18",
    "120",
    "121",
    " ",
    "\t",
    "\r",
    "é",
    "€",
    "\u{feff}",
];

/// One line of garbage: random bytes, random ASCII, JSON-ish fragments put together, or nearly a
/// household (fields with random values, sometimes broken). Drawn with proptest's generator.
fn garbage_line() -> impl Strategy<Value = Vec<u8>> {
    let bytes = vec(any::<u8>(), 0..80);
    let ascii = vec(b' '..=b'~', 0..80);
    let fragments = vec(select(FRAGMENTS), 0..30).prop_map(|f| f.concat().into_bytes());
    let fields = vec((select(&FRAGMENTS[23..34]), select(FRAGMENTS)), 0..8);
    let household = (fields, 0..4u8).prop_map(|(fields, close)| {
        let pairs: Vec<String> = fields.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        let end = if close > 0 { "}" } else { "" };
        format!("{{{}{end}", pairs.join(",")).into_bytes()
    });
    prop_oneof![bytes, ascii, fragments, household].prop_map(|mut line| {
        // One line each: no newline inside.
        line.retain(|&b| b != b'\n');
        line
    })
}

/// `count` garbage lines, the same on every run, so a failure can be reproduced.
fn garbage_lines(count: usize) -> Vec<Vec<u8>> {
    let mut runner = TestRunner::deterministic();
    vec(garbage_line(), count)
        .new_tree(&mut runner)
        .expect("a sample")
        .current()
}

#[test]
fn garbage_never_makes_it_panic() {
    let count = 2000;
    let mut input = Vec::new();
    for line in garbage_lines(count) {
        input.extend_from_slice(&line);
        input.push(b'\n');
    }
    for args in [&[][..], &["--summary"][..]] {
        let o = run(args, &input);
        assert!(
            matches!(o.status.code(), Some(0 | 2)),
            "status {:?}, stderr: {}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        let lines = json_lines(&o);
        assert_eq!(lines.len(), count);
        for (i, l) in lines.iter().enumerate() {
            assert_eq!(l["line"], i + 1);
            assert!(
                l["schemes"].is_array() || l["error"]["code"].is_string(),
                "{l}"
            );
        }
    }
}

#[test]
fn garbage_csv_never_makes_it_panic() {
    let mut input = b"naam,age,partner_age,children,income,period,aow,student\n".to_vec();
    for line in garbage_lines(500) {
        input.extend_from_slice(&line);
        input.push(b'\n');
    }
    let o = run(&["--csv"], &input);
    assert!(
        matches!(o.status.code(), Some(0..=2)),
        "status {:?}, stderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_csv_row_with_more_cells_than_the_header_is_refused_not_misread() {
    let input = "naam;age;children;income\nJan;34;7;13;1.250\nPiet;34;\"7;13\";1.250\n";
    let out = run(&["--csv"], input.as_bytes());
    let rows: Vec<&str> = stdout(&out).lines().collect();
    assert!(rows[1].contains("wrong_cell_count"), "{}", rows[1]);
    assert!(
        !rows[2].contains("wrong_cell_count") && rows[2].contains("alleenstaande_ouder"),
        "{}",
        rows[2]
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_byte_order_mark_before_the_first_json_line_is_ignored() {
    let out = run(&[], "\u{feff}{\"age\":30,\"income\":\"1000\"}\n".as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// `--compact`: per regeling its verdict and reason codes; the household's amounts once.
#[test]
fn compact_gives_verdicts_and_reason_codes_with_the_amounts_once() {
    let mut input = SINGLE_PARENT.to_string();
    input.push('\n');
    let o = run(&["--compact"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1);
    let l = &lines[0];
    assert_eq!(l["line"], 1);
    assert_eq!(l["leefvorm"], "alleenstaande_ouder");
    assert_eq!(l["norm"]["amount"], "1216.62");
    assert_eq!(l["norm"]["date"], "2023-07-01");
    assert_eq!(l["income_per_month"], "1250.00");
    assert_eq!(l["percent_of_norm"], "108.15");
    let schemes = l["schemes"].as_array().expect("schemes");
    let ids: Vec<&str> = schemes.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, SCHEME_IDS);
    let k = scheme(l, "kindpakket");
    assert_eq!(k["verdict"], "maybe");
    assert_eq!(
        k["reasons"],
        serde_json::json!(["income_within_limit", "assets_unknown", "student_unknown"])
    );
    for s in schemes {
        let mut keys: Vec<&String> = s.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["id", "reasons", "verdict"], "{s}");
    }
    // Much shorter than the full line.
    let full = run(&[], input.as_bytes());
    assert!(o.stdout.len() * 2 < full.stdout.len());
}

/// The compact line says what the full line says, for every kind of line: the same header,
/// verdicts and reason codes, and the same error lines and exit status.
#[test]
fn compact_agrees_with_the_full_output() {
    let mut input = String::new();
    for (bad, _, _) in BAD_LINES {
        input += &format!("{bad}\n{GOOD}\n");
    }
    for i in 0..300 {
        let income = 400 + i * 13;
        let line = match i % 4 {
            0 => format!(r#"{{"id":{i},"age":34,"children":[7,13],"income":"{income},5"}}"#),
            1 => format!(r#"{{"age":67,"partner_age":70,"income":{income},"debt_help":true}}"#),
            2 => format!(
                r#"{{"age":19,"children":[3],"income":"{income}","period":"four_weeks","assets_above_limit":false,"student":false}}"#
            ),
            _ => format!(
                r#"{{"age":45,"partner_age":44,"children":[16,9],"income":"{income}","holiday_pay_included":true,"date":"2023-03-01","low_income_3_years":true}}"#
            ),
        };
        input += &line;
        input.push('\n');
    }
    let full = run(&[], input.as_bytes());
    let compact = run(&["--compact"], input.as_bytes());
    assert_eq!(compact.status.code(), full.status.code());
    let (full, compact) = (json_lines(&full), json_lines(&compact));
    assert_eq!(full.len(), compact.len());
    for (f, c) in full.iter().zip(&compact) {
        if f.get("error").is_some() {
            assert_eq!(f, c);
            continue;
        }
        for key in [
            "line",
            "leefvorm",
            "norm",
            "income_per_month",
            "percent_of_norm",
        ] {
            assert_eq!(f[key], c[key], "{key}: {c}");
        }
        assert_eq!(f.get("id"), c.get("id"));
        let schemes = f["schemes"].as_array().unwrap();
        assert_eq!(schemes.len(), c["schemes"].as_array().unwrap().len());
        for s in schemes {
            let id = s["id"].as_str().unwrap();
            let short = scheme(c, id);
            assert_eq!(short["verdict"], s["verdict"], "{id}");
            assert_eq!(short["reasons"], serde_json::json!(reason_codes(s)), "{id}");
        }
    }
}

#[test]
fn compact_is_for_json_and_not_with_csv() {
    let o = run(&["--csv", "--compact"], b"age,income\n30,900\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("--compact"), "{}", stderr(&o));
}
