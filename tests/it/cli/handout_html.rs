//! `knead print --html`: the page for two bundled routines as snapshots, a
//! routine whose text holds HTML and Markdown printed as words, and a page
//! that fetches nothing and runs nothing.

use predicates::prelude::*;

use crate::support::sandbox::{Sandbox, quiet_stdout};

/// The HTML handout `knead print ARGS --html` writes; it must succeed.
fn html_of(sandbox: &Sandbox, args: &[&str]) -> String {
    let mut command = sandbox.knead();
    command.arg("print").args(args).arg("--html");
    quiet_stdout(command)
}

#[test]
fn a_bundled_routine_with_the_therapists_details() {
    let page = html_of(
        &Sandbox::new(),
        &[
            "foam-roll-glutes",
            "--therapist",
            "Dr A. O'Neil & Partners",
            "--phone",
            "020 7946 0000",
        ],
    );
    assert!(page.contains("Name: <span>Dr A. O&#39;Neil &amp; Partners</span>"));
    insta::assert_snapshot!("foam_roll_glutes_html", page);
}

#[test]
fn a_bundled_routine_with_a_pressure_cap_and_blank_lines() {
    let page = html_of(&Sandbox::new(), &["gentle-flare-up"]);
    assert!(page.contains("Date: <span></span>"));
    insta::assert_snapshot!("gentle_flare_up_html", page);
}

#[test]
fn every_bundled_page_is_self_contained() {
    for id in crate::support::routine_files::routine_ids("routines") {
        let page = html_of(&Sandbox::new(), &[&id]);
        for forbidden in [
            "<script", "<link", "<img", "<iframe", "src=", "http://", "https://", "@import",
            "url(http",
        ] {
            assert!(!page.contains(forbidden), "{id}: {forbidden}");
        }
        assert!(page.contains("@page"), "{id}");
        assert!(
            page.contains("Call 112, 999 or 911 or go to A&amp;E now if you notice:"),
            "{id}"
        );
        assert!(
            page.contains("pain, numbness or weakness in both legs"),
            "{id}"
        );
        assert!(page.contains("never press"), "{id}");
    }
}

/// A routine whose every text tries to become markup (areas and tools are
/// vocabulary words, which `knead check` holds to: no markup gets in there).
const HOSTILE: &str = r#"format = 1
title = "<script>alert('t')</script> **Bold** # Title"
summary = "<img src=x onerror=alert(1)> [a link](https://example.com)"
areas = ["glutes", "hands"]
tools = ["tennis ball"]
notes = """
## Safety
<iframe src="https://example.com"></iframe>
1. not a step & *not* _emphasis_
"""
before = ["</li><li>forged line"]

[safety]
screening = [{ ask = "<a href='https://example.com'>click</a>?" }]
stop_signs = ["`code` and <em>markup</em>"]

[[step]]
kind = "hold"
title = "<h2>Forged heading</h2>"
cue = "<style>body{display:none}</style> ![image](x.png)"
duration = "45s"
"#;

#[test]
fn html_and_markdown_in_a_routine_appear_as_text() {
    let sandbox = Sandbox::new();
    let path = sandbox.scratch_file("hostile.toml", HOSTILE);
    let path = path.to_str().expect("a UTF-8 path");
    let page = html_of(&sandbox, &[path]);
    for markup in [
        "<script>",
        "<img",
        "<svg onload",
        "<b>",
        "<iframe",
        "</li><li>forged",
        "<a href",
        "<em>",
        "<h2>Forged",
        "<style>body",
    ] {
        assert!(
            !page.contains(markup),
            "{markup} reached the page as markup"
        );
    }
    for text in [
        "<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; **Bold** # Title</h1>",
        "&lt;img src=x onerror=alert(1)&gt; [a link](https://example.com)",
        "<p>## Safety</p>",
        "<p>1. not a step &amp; *not* _emphasis_</p>",
        "<li>&lt;/li&gt;&lt;li&gt;forged line</li>",
        "&lt;a href=&#39;https://example.com&#39;&gt;click&lt;/a&gt;?",
        "<li>`code` and &lt;em&gt;markup&lt;/em&gt;</li>",
        "<strong>&lt;h2&gt;Forged heading&lt;/h2&gt;</strong>",
        "&lt;style&gt;body{display:none}&lt;/style&gt; ![image](x.png)",
        // Every vocabulary area has a place on the figure, hands too.
        "where this routine works: glutes, hands",
    ] {
        assert!(page.contains(text), "missing as text: {text}");
    }
    // The page's own headings, no more: none came from the file.
    assert_eq!(page.matches("<h2>").count(), 6);
    // The Markdown handout keeps the same words as literal text too.
    sandbox
        .knead()
        .args(["print", path])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\\## Safety"))
        .stdout(predicate::str::contains("&lt;script&gt;"))
        .stdout(predicate::str::contains("<script").not());
}

#[test]
fn the_therapists_details_fill_the_markdown_handout_too() {
    Sandbox::new()
        .knead()
        .args([
            "print",
            "gentle-flare-up",
            "--therapist",
            "*Dr* [Lee]",
            "--phone",
            "555 0100",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("- Name: \\*Dr\\* \\[Lee\\]\n"))
        .stdout(predicate::str::contains("- Phone: 555 0100\n"))
        .stdout(predicate::str::contains(
            "- Date: ______________________________\n",
        ));
}
