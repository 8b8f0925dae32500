//! The handout and the report in a real browser. Headless Chromium prints
//! each page to PDF; poppler's `pdfinfo` and `pdftotext` then read back the
//! page count, the words, and where every word sits:
//! - every bundled routine's handout fits on two A4 pages, and on two US
//!   Letter pages;
//! - the handout's text holds the emergency signs;
//! - nothing is cut off at the page edge: every word lies inside the page's
//!   printable area, and the text is not shrunk to fit (Chromium scales a
//!   page down when it is too wide, which would hide an overflow), judged by
//!   the median height of a word;
//! - no step of a handout is split across columns or pages (`steps`).
//!
//! Screenshots at A4 width (794 CSS pixels) and the PDFs are kept under
//! `target/tmp/browser/` for CI to keep as artifacts. Without Chromium or
//! poppler the tests skip, saying so; under `KNEAD_REQUIRE_TOOLS=1` they fail.

mod steps;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use knead::safety::RED_FLAGS_EMERGENCY;

use crate::support::sandbox::Sandbox;
use crate::support::tools;

/// The page margins the print styles set (left and right, top, bottom), in points.
const MARGIN_SIDE: f64 = 13.0 * 72.0 / 25.4;
const MARGIN_TOP: f64 = 12.0 * 72.0 / 25.4;
const MARGIN_BOTTOM: f64 = 13.0 * 72.0 / 25.4;

/// How far a glyph's box may reach past a margin (ascenders, italics).
const SLACK: f64 = 2.5;

/// Body text is 9.5pt, and a word's box is about 1.16 times that high;
/// a page scaled down to fit would have smaller words.
const MIN_MEDIAN_WORD_HEIGHT: f64 = 10.5;

/// The browser and the PDF tools, when all are installed.
struct Tools {
    chromium: PathBuf,
}

fn find(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

fn tools() -> Option<Tools> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| find(name));
    let Some(chromium) = chromium else {
        tools::skip("chromium is not installed (apt-get install chromium poppler-utils)");
        return None;
    };
    if find("pdfinfo").is_none() || find("pdftotext").is_none() {
        tools::skip("pdfinfo or pdftotext is not installed (apt-get install poppler-utils)");
        return None;
    }
    Some(Tools { chromium })
}

/// Where the PDFs and screenshots are kept.
fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    fs::create_dir_all(&dir).expect("artifact folder");
    dir
}

impl Tools {
    /// Runs headless Chromium on `page` with a profile of its own.
    fn chromium(&self, page: &Path, action: &[String]) {
        let profile = tempfile::tempdir().expect("profile folder");
        let output = Command::new(&self.chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(action)
            .arg(format!("file://{}", page.display()))
            .timeout(Duration::from_secs(120))
            .output()
            .expect("chromium runs");
        assert!(
            output.status.success(),
            "chromium failed on {}: {}",
            page.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Prints `html` on paper of `size` (a CSS page size, as a person picks
    /// it in the print dialog); the PDF's path.
    fn print(&self, name: &str, html: &str, size: &str) -> PathBuf {
        let dir = artifacts();
        let sized = html.replacen(
            "</head>",
            &format!("<style>@page{{size:{size}}}</style></head>"),
            1,
        );
        let page = dir.join(format!("{name}-{size}.html"));
        fs::write(&page, sized).expect("page written");
        let pdf = dir.join(format!("{name}-{size}.pdf"));
        let _ = fs::remove_file(&pdf);
        self.chromium(&page, &[format!("--print-to-pdf={}", pdf.display())]);
        assert!(pdf.is_file(), "no PDF for {name}");
        pdf
    }

    /// A screenshot of `html` at A4 width, kept as an artifact.
    fn screenshot(&self, name: &str, html: &str) {
        let dir = artifacts();
        let page = dir.join(format!("{name}.html"));
        fs::write(&page, html).expect("page written");
        let png = dir.join(format!("{name}.png"));
        let _ = fs::remove_file(&png);
        self.chromium(
            &page,
            &[
                "--window-size=794,2600".to_owned(),
                format!("--screenshot={}", png.display()),
            ],
        );
        let size = fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
        assert!(size > 10_000, "screenshot of {name} is {size} bytes");
    }
}

/// What poppler reads back from a PDF.
struct Printed {
    pages: usize,
    paper: String,
    text: String,
}

fn run_poppler(program: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .arg(pdf)
        .arg("-")
        .timeout(Duration::from_secs(60))
        .output()
        .expect("poppler runs");
    assert!(
        output.status.success(),
        "{program} failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Reads a PDF back and checks that no word lies outside the printable
/// area and that the text was not shrunk.
fn read_back(pdf: &Path) -> Printed {
    let info = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    let pages = field("Pages:").parse().expect("a page count");
    let words = run_poppler("pdftotext", &["-bbox"], pdf);
    check_edges(pdf, &words);
    let text = run_poppler("pdftotext", &[], pdf);
    Printed {
        pages,
        paper: field("Page size:"),
        text: text.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// The number in `attr="..."` within `tag`.
fn number(tag: &str, attr: &str) -> f64 {
    let start = tag.find(&format!("{attr}=\"")).expect("attribute") + attr.len() + 2;
    let rest = &tag[start..];
    rest[..rest.find('"').expect("closing quote")]
        .parse()
        .expect("a number")
}

fn check_edges(pdf: &Path, bbox: &str) {
    let (mut width, mut height) = (0.0, 0.0);
    let mut heights = Vec::new();
    for line in bbox.lines().map(str::trim) {
        if line.starts_with("<page ") {
            (width, height) = (number(line, "width"), number(line, "height"));
        } else if line.starts_with("<word ") {
            let (x0, y0) = (number(line, "xMin"), number(line, "yMin"));
            let (x1, y1) = (number(line, "xMax"), number(line, "yMax"));
            let inside = x0 >= MARGIN_SIDE - SLACK
                && x1 <= width - MARGIN_SIDE + SLACK
                && y0 >= MARGIN_TOP - SLACK
                && y1 <= height - MARGIN_BOTTOM + SLACK;
            assert!(
                inside,
                "{}: a word beyond the printable area: {line}",
                pdf.display()
            );
            heights.push(y1 - y0);
        }
    }
    assert!(!heights.is_empty(), "{}: no words", pdf.display());
    heights.sort_by(f64::total_cmp);
    let median = heights[heights.len() / 2];
    assert!(
        median >= MIN_MEDIAN_WORD_HEIGHT,
        "{}: words are {median:.1}pt high: the page was shrunk to fit",
        pdf.display()
    );
}

/// The HTML `knead ARGS` writes.
fn stdout(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .knead()
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .clone();
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn every_bundled_handout_prints_on_two_pages_with_the_emergency_signs() {
    let Some(tools) = tools() else { return };
    let sandbox = Sandbox::new();
    for id in crate::support::routine_files::routine_ids("routines") {
        let html = stdout(&sandbox, &["print", &id, "--html"]);
        for (size, paper) in [("A4", "(A4)"), ("letter", "(letter)")] {
            let printed = read_back(&tools.print(&format!("handout-{id}"), &html, size));
            assert!(printed.paper.contains(paper), "{id}: {}", printed.paper);
            assert!(
                printed.pages <= 2,
                "{id}: {} pages on {size}",
                printed.pages
            );
            for sign in RED_FLAGS_EMERGENCY {
                assert!(printed.text.contains(sign), "{id}: the PDF lacks {sign:?}");
            }
            assert!(
                printed
                    .text
                    .contains("Call 112, 999 or 911 or go to A&E now"),
                "{id}"
            );
        }
    }
}

#[test]
fn a_filled_in_handout_is_kept_as_a_screenshot() {
    let Some(tools) = tools() else { return };
    let sandbox = Sandbox::new();
    let html = stdout(
        &sandbox,
        &[
            "print",
            "foam-roll-glutes",
            "--html",
            "--therapist",
            "A. Physio",
        ],
    );
    let printed = read_back(&tools.print("handout-filled", &html, "A4"));
    assert!(printed.pages <= 2, "{} pages", printed.pages);
    assert!(printed.text.contains("Name: A. Physio"));
    tools.screenshot("handout-foam-roll-glutes", &html);
}

#[test]
fn the_report_prints_whole_and_is_kept_as_a_screenshot() {
    let Some(tools) = tools() else { return };
    let sandbox = Sandbox::new();
    sandbox.write_journal(include_str!("../../fixtures/report-journal.jsonl"));
    let output = sandbox
        .knead()
        .env("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
        .args(["report", "--html", "--now", "2026-11-27T18:00:00Z"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    for size in ["A4", "letter"] {
        let printed = read_back(&tools.print("report", &html, size));
        assert!(printed.pages <= 3, "{size}: {} pages", printed.pages);
        assert!(
            printed.text.contains("Answered yes halfway through step 3"),
            "{size}"
        );
        assert!(printed.text.contains("Times are local: CET"), "{size}");
    }
    tools.screenshot("report", &html);
}

#[test]
fn a_plan_routines_handout_and_report_print_whole() {
    let Some(tools) = tools() else { return };
    let sandbox = super::plan_paper::with_plan();
    let handout = stdout(&sandbox, &["print", "knee-plan", "--html"]);
    let report = stdout(&sandbox, &["report", "--html"]);
    for size in ["A4", "letter"] {
        let printed = read_back(&tools.print("handout-plan", &handout, size));
        assert!(
            printed.pages <= 2,
            "handout, {size}: {} pages",
            printed.pages
        );
        assert!(printed.text.contains("Sam Lee, physiotherapist"), "{size}");
        let printed = read_back(&tools.print("report-plan", &report, size));
        assert!(
            printed.pages <= 2,
            "report, {size}: {} pages",
            printed.pages
        );
        assert!(printed.text.contains("Plan by Sam Lee"), "{size}");
    }
}
