//! The build's checks of `data/`: a mistake a gemeente's engineer can make stops the build with a
//! message naming the file and the key, instead of quietly changing a verdict.

#[path = "../build/data.rs"]
mod data;
#[path = "../build/i18n_gen.rs"]
#[allow(dead_code)]
mod i18n_gen;

use std::fs;
use std::path::{Path, PathBuf};

/// A copy of data/ in a fresh directory, with `change` applied to one file.
fn data_with(name: &str, file: &str, change: impl Fn(String) -> String) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("data-check-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("regelingen")).unwrap();
    for sub in ["", "regelingen"] {
        for e in fs::read_dir(root.join("data").join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml")
                && !p.to_string_lossy().ends_with(".scenarios.toml")
            {
                let rel = Path::new(sub).join(p.file_name().unwrap());
                let mut text = fs::read_to_string(&p).unwrap();
                if rel == Path::new(file) {
                    let changed = change(text.clone());
                    assert_ne!(changed, text, "the change to {file} must change it");
                    text = changed;
                }
                fs::write(dir.join(rel), text).unwrap();
            }
        }
    }
    dir
}

fn messages() -> data::Messages {
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let (_, vars) = i18n_gen::generate(i18n.to_str().unwrap());
    data::Messages { vars }
}

fn build_error(dir: &Path) -> String {
    let dir = dir.to_str().unwrap().to_string();
    let msgs = messages();
    match std::panic::catch_unwind(move || data::generate(&dir, &msgs)) {
        Ok(_) => panic!("the build must fail"),
        Err(e) => e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default(),
    }
}

#[test]
fn the_data_as_committed_builds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let code = data::generate(root.to_str().unwrap(), &messages());
    assert!(code.contains("pub static REGELINGEN"));
}

#[test]
fn a_typo_in_a_key_stops_the_build() {
    let dir = data_with("typo", "regelingen/kwijtschelding.toml", |t| {
        t.replace("verdict_at_most", "verdict_at_mots")
    });
    let e = build_error(&dir);
    assert!(
        e.contains("regelingen/kwijtschelding.toml") && e.contains("verdict_at_mots"),
        "{e}"
    );
}

#[test]
fn an_unknown_condition_kind_stops_the_build() {
    let dir = data_with("kind", "regelingen/czm.toml", |t| {
        t.replace("min_age", "minimum_age")
    });
    let e = build_error(&dir);
    assert!(
        e.contains("regelingen/czm.toml") && e.contains("minimum_age"),
        "{e}"
    );
}

#[test]
fn an_unknown_document_stops_the_build() {
    let dir = data_with("doc", "regelingen/iit.toml", |t| {
        t.replace("\"bank_statements\"", "\"bank_statement\"")
    });
    let e = build_error(&dir);
    assert!(
        e.contains("data/regelingen/iit.toml: document \"bank_statement\""),
        "{e}"
    );
}

#[test]
fn an_unknown_apply_route_stops_the_build() {
    let dir = data_with("route", "regelingen/jfsc.toml", |t| {
        t.replace("apply = \"intermediair\"", "apply = \"intermediar\"")
    });
    let e = build_error(&dir);
    assert!(e.contains("apply = \"intermediar\""), "{e}");
}

#[test]
fn an_unknown_pictogram_stops_the_build() {
    let dir = data_with("picto", "regelingen/jfsc.toml", |t| {
        t.replace("\"ball\"", "\"bal\"")
    });
    let e = build_error(&dir);
    assert!(e.contains("pictogram = \"bal\""), "{e}");
}

#[test]
fn an_unknown_source_stops_the_build() {
    let dir = data_with("source", "margin.toml", |t| {
        t.replace("\"memo\"", "\"mem\"")
    });
    let e = build_error(&dir);
    assert!(
        e.contains("data/margin.toml") && e.contains("source = \"mem\""),
        "{e}"
    );
}

#[test]
fn a_regeling_without_its_texts_stops_the_build() {
    let dir = data_with("texts", "", |t| t);
    // A new regeling file, without messages for its id.
    fs::rename(
        dir.join("regelingen/jfsc.toml"),
        dir.join("regelingen/jeugdfonds.toml"),
    )
    .unwrap();
    let e = build_error(&dir);
    assert!(e.contains("needs the message `regeling-jeugdfonds`"), "{e}");
}

#[test]
fn versions_that_leave_a_gap_stop_the_build() {
    let dir = data_with("gap", "regelingen/energietoeslag_2023.toml", |t| {
        let next = t
            .split("[[version]]")
            .nth(1)
            .unwrap()
            .replace("start = \"2023-01-01\"", "start = \"2024-02-01\"")
            .replace("end = \"2023-12-31\"\n", "");
        format!("{t}\n[[version]]{next}")
    });
    let e = build_error(&dir);
    assert!(e.contains("must start the day after"), "{e}");
}

#[test]
fn norms_out_of_date_order_stop_the_build() {
    let dir = data_with("order", "norms.toml", |t| {
        t.replace("start = \"2023-07-01\"", "start = \"2022-07-01\"")
    });
    let e = build_error(&dir);
    assert!(e.contains("NORMS: start"), "{e}");
}

#[test]
fn a_text_naming_what_its_regeling_does_not_give_stops_the_build() {
    // The energietoeslag names { $total }; without its `gives` the text would show nothing there.
    let dir = data_with("gives", "regelingen/energietoeslag_2023.toml", |t| {
        t.replace(
            "gives = { total = \"1300.00\", advance = \"500.00\", rest = \"800.00\" }\n",
            "",
        )
    });
    let e = build_error(&dir);
    assert!(
        e.contains("the message `regeling-energietoeslag-2023` uses { $total }"),
        "{e}"
    );
}
