//! Turns `data/` into Rust statics and `i18n/<lang>.ftl` into message methods, so the browser
//! bundle carries no parser, and a mistake in the data or a missing text stops the build with a
//! message naming the file and the key, instead of surfacing in front of a resident.

use std::{env, fs, path::Path};

#[path = "build/i18n_gen.rs"]
mod i18n_gen;

#[path = "build/data.rs"]
mod data;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/i18n_gen.rs");
    println!("cargo:rerun-if-changed=build/data.rs");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let (i18n, vars) = i18n_gen::generate("i18n");
    fs::write(out.join("i18n.rs"), i18n).unwrap();
    let parameters = data::generate("data", &data::Messages { vars });
    fs::write(out.join("parameters.rs"), parameters).unwrap();
}
