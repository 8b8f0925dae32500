//! Embeds every routine in `routines/` into the binary, so an installed
//! knead needs nothing beside it and a new routine file needs no code change.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=routines");
    let mut entries: Vec<_> = fs::read_dir("routines")
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    entries.sort();
    let mut code = String::from(
        "/// Bundled routines: (id, file name, text).\npub static BUNDLED: &[(&str, &str, &str)] = &[\n",
    );
    for path in &entries {
        let (Some(id), Some(name)) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.file_name().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        let absolute = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let _ = writeln!(
            code,
            "    ({id:?}, {name:?}, include_str!({:?})),",
            absolute.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = fs::write(Path::new(&out).join("bundled.rs"), code) {
        panic!("cannot write the bundled routine list: {e}");
    }
}
