//! The crate as it would be published (issue 14): `cargo package` once
//! failed because `include` left out `build.rs`, and the licence files that
//! `license` names were missing. CI builds the package itself
//! (`.ci/run`); this lists its files, which is quick.

use std::process::Command;

/// The files `cargo package` would put in the crate.
fn packaged_files() -> Vec<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline", "--quiet"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_package_has_the_build_script_and_both_licences() {
    let files = packaged_files();
    for needed in [
        "build.rs",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "src/template.toml",
        // `knead help format` prints it, embedded at build time.
        "docs/routine-format.md",
    ] {
        assert!(
            files.iter().any(|f| f == needed),
            "{needed} not in {files:?}"
        );
    }
}

#[test]
fn the_manifest_names_its_repository_and_licences() {
    let manifest = include_str!("../../../Cargo.toml");
    assert!(manifest.contains("repository = \"https://github.com/knead-coach/knead\""));
    assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    let mit = include_str!("../../../LICENSE-MIT");
    assert!(mit.contains("Copyright (c) the knead authors"));
    let apache = include_str!("../../../LICENSE-APACHE");
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0"));
}

#[test]
fn ci_builds_the_package() {
    let ci = include_str!("../../../.ci/run");
    assert!(ci.contains("cargo package --locked"), "{ci}");
}
