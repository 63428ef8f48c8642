//! The translation generator (`build/i18n_gen.rs`): what it writes for a small set of files, and
//! that every mistake a translator can make stops the build with a message naming it. The plural
//! table of the app is checked against CLDR as Node's ICU data has it.

#[path = "../build/i18n_gen.rs"]
#[allow(dead_code)]
mod i18n_gen;

use regelingencheck::i18n::{plural_category, Lang};
use std::fs;
use std::path::{Path, PathBuf};

/// Five `.ftl` files in a fresh directory: nl as given, the others from `other(lang)`.
fn files(name: &str, nl: &str, other: impl Fn(&str) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("i18n-gen-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for lang in i18n_gen::LANGS {
        let text = if lang == "nl" {
            nl.to_string()
        } else {
            other(lang)
        };
        fs::write(dir.join(format!("{lang}.ftl")), text).unwrap();
    }
    dir
}

/// The panic message of generating from `dir`, or None when it succeeds.
fn error_of(dir: &Path) -> Option<String> {
    let dir = dir.to_str().unwrap().to_string();
    let result = std::panic::catch_unwind(move || i18n_gen::generate(&dir));
    result.err().map(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

const NL: &str = "\
# comment
plain = Hallo
one-var = Vraag { $n }
two-vars = Van { $min } tot { $max } jaar
plural = { $count ->
    [one] één kind
   *[other] { $count } kinderen
  }
";

#[test]
fn the_generated_code_matches_the_golden_file() {
    let dir = files("golden", NL, |_| NL.to_string());
    let (code, vars) = i18n_gen::generate(dir.to_str().unwrap());
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/i18n_gen.rs.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&golden, &code).unwrap();
    }
    let want = fs::read_to_string(&golden).expect("run with UPDATE_GOLDEN=1 to write it");
    assert_eq!(
        code, want,
        "generated code changed; UPDATE_GOLDEN=1 if on purpose"
    );
    assert_eq!(
        vars.keys().collect::<Vec<_>>(),
        ["one-var", "plain", "plural", "two-vars"]
    );
}

#[test]
fn messages_with_several_variables_take_named_arguments() {
    let dir = files("named", NL, |_| NL.to_string());
    let (code, _) = i18n_gen::generate(dir.to_str().unwrap());
    assert!(
        code.contains("pub struct TwoVars<'a> { pub max: &'a str, pub min: &'a str }"),
        "{code}"
    );
    assert!(code.contains("pub fn two_vars(&self, a: args::TwoVars) -> String"));
    assert!(code.contains("pub fn one_var(&self, n: &str) -> String"));
}

#[test]
fn a_message_missing_in_a_translation_stops_the_build() {
    let dir = files("missing", NL, |lang| {
        if lang == "tr" {
            NL.replace("plain = Hallo\n", "")
        } else {
            NL.to_string()
        }
    });
    let e = error_of(&dir).expect("must fail");
    assert!(e.contains("i18n/tr.ftl: message `plain` is missing"), "{e}");
}

#[test]
fn a_message_only_in_a_translation_stops_the_build() {
    let dir = files("extra", NL, |lang| {
        if lang == "en" {
            format!("{NL}extra = Extra\n")
        } else {
            NL.to_string()
        }
    });
    let e = error_of(&dir).expect("must fail");
    assert!(
        e.contains("i18n/en.ftl: message `extra` is not in nl.ftl"),
        "{e}"
    );
}

#[test]
fn a_renamed_variable_stops_the_build() {
    let dir = files("renamed", NL, |lang| {
        if lang == "ar" {
            NL.replace("{ $max }", "{ $maximum }")
        } else {
            NL.to_string()
        }
    });
    let e = error_of(&dir).expect("must fail");
    assert!(
        e.contains("i18n/ar.ftl: message `two-vars` uses variables"),
        "{e}"
    );
}

#[test]
fn unknown_syntax_stops_the_build_naming_the_line() {
    let bad = NL.replace("plain = Hallo", "plain = Hallo { -term }");
    let dir = files("syntax", &bad, |_| NL.to_string());
    let e = error_of(&dir).expect("must fail");
    assert!(e.contains("nl.ftl") && e.contains("`plain`"), "{e}");
}

#[test]
fn a_selector_without_a_default_stops_the_build() {
    let bad = NL.replace("   *[other]", "    [other]");
    let dir = files("nodefault", &bad, |_| NL.to_string());
    let e = error_of(&dir).expect("must fail");
    assert!(e.contains("has no *[default]"), "{e}");
}

#[test]
fn a_message_defined_twice_stops_the_build() {
    let bad = format!("{NL}plain = Nog eens\n");
    let dir = files("twice", &bad, |_| NL.to_string());
    let e = error_of(&dir).expect("must fail");
    assert!(e.contains("`plain` defined twice"), "{e}");
}

#[test]
fn a_selector_inside_a_selector_stops_the_build() {
    // The app reads one level of selectors; a nested one must fail here, not render wrongly.
    let nested =
        "    [one] één { $count ->\n        [one] kind\n       *[other] kinderen\n      }\n";
    let bad = NL.replace("    [one] één kind\n", nested);
    assert_ne!(bad, NL);
    let dir = files("nested", &bad, |_| NL.to_string());
    let e = error_of(&dir).expect("must fail");
    assert!(
        e.contains("`plural`") && e.contains("a selector inside a selector"),
        "{e}"
    );
}

#[test]
fn a_control_character_in_a_translation_stops_the_build() {
    // U+0001 to U+0005 mark variables and selectors in the compiled text.
    let dir = files("control", NL, |_| {
        NL.replace("plain = Hallo", "plain = Hal\u{2}lo")
    });
    let e = error_of(&dir).expect("must fail");
    assert!(
        e.contains("en.ftl") && e.contains("control characters"),
        "{e}"
    );
}

#[test]
fn plural_categories_match_cldr_for_0_to_200_in_every_language() {
    let golden = include_str!("golden/plurals.txt");
    let mut checked = 0;
    for line in golden.lines().filter(|l| !l.starts_with('#')) {
        let mut words = line.split(' ');
        let lang = Lang::from_tag(words.next().unwrap()).unwrap();
        for (n, want) in words.enumerate() {
            assert_eq!(
                plural_category(lang, &n.to_string()),
                want,
                "{} {n}",
                lang.code()
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 5 * 201);
}
