//! The command-line conventions: the man page.

use std::io::Write as _;
use std::process::{Command as StdCommand, Stdio};

use super::help::definition;
use super::{EXIT_CODES, SUBCOMMANDS, run_ok, text};
use crate::support::sandbox::Sandbox;
use crate::support::tools;

fn man_page() -> String {
    let output = run_ok(Sandbox::new().knead_in_scratch().arg("man"));
    assert!(output.stderr.is_empty(), "stderr: {}", text(&output.stderr));
    text(&output.stdout)
}

/// The text of the man page section with this heading, up to the next `.SH`.
fn man_section<'a>(page: &'a str, heading: &str) -> &'a str {
    let start = page
        .find(&format!(".SH {heading}\n"))
        .unwrap_or_else(|| panic!("no `.SH {heading}` in the man page"));
    let body = &page[start + heading.len() + 5..];
    &body[..body.find("\n.SH ").unwrap_or(body.len())]
}

#[test]
fn man_page_is_roff_with_a_section_for_every_subcommand() {
    let page = man_page();
    assert!(
        page.starts_with(".TH") || page.contains("\n.TH knead "),
        "not a roff page: {}",
        &page[..page.len().min(200)]
    );
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS"] {
        man_section(&page, heading);
    }
    for sub in SUBCOMMANDS {
        // The heading, then the subcommand's synopsis, summary and options,
        // up to the next subcommand's heading or the exit status.
        let heading = format!(".SS \"KNEAD {}\"\n", sub.to_uppercase());
        let start = page
            .find(&heading)
            .unwrap_or_else(|| panic!("no `{}` in the man page", heading.trim()));
        let rest = &page[start + heading.len()..];
        let part = &rest[..rest
            .find(".SS \"KNEAD ")
            .or_else(|| rest.find(".SH \"EXIT STATUS\""))
            .unwrap_or(rest.len())];
        assert!(
            part.contains(&format!("\\fBknead {sub}\\fR")),
            "the `{sub}` section has no synopsis: {part}"
        );
        let about = definition(Some(sub))
            .get_about()
            .expect("a summary")
            .to_string();
        let first_word = about.split_whitespace().next().expect("a word");
        assert!(
            part.contains(&format!(".PP\n{first_word} ")),
            "the `{sub}` section has no summary: {part}"
        );
    }
    assert!(page.contains("\\-\\-color"), "the man page lists --color");
}

#[test]
fn man_page_lists_every_exit_status() {
    let page = man_page();
    let section = man_section(&page, "\"EXIT STATUS\"");
    let words: Vec<&str> = section
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    for code in EXIT_CODES {
        assert!(
            words.contains(&code),
            "exit status {code} is missing: {section}"
        );
    }
}

#[test]
fn man_page_renders_without_warnings() {
    // man-db's `man` reads a page from stdin with `-l -`; others may not.
    let is_man_db = StdCommand::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !is_man_db {
        tools::skip("man-db's `man` is not installed");
        return;
    }
    let page = man_page();
    let mut man = StdCommand::new("man")
        .args(["--warnings", "-l", "-"])
        .env("LC_ALL", "C")
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("man starts");
    man.stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("page written");
    let rendered = man.wait_with_output().expect("man ends");
    let stderr = text(&rendered.stderr);
    assert!(rendered.status.success(), "man failed: {stderr}");
    assert!(stderr.is_empty(), "man warned:\n{stderr}");
    let shown = text(&rendered.stdout);
    assert!(shown.contains("EXIT STATUS"), "rendered: {shown}");
    assert!(shown.contains("KNEAD COMPLETIONS"), "rendered: {shown}");
}
