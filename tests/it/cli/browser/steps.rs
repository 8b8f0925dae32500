//! No step of a printed handout is split across columns or pages: every
//! word from a step's title to the end of its last line lies on one page,
//! in one column (review: "steps do not split across columns").

use std::path::Path;

use knead::commands::print::handout::StepItem;
use knead::commands::print::{Handout, Therapist, Titles};

use super::{number, run_poppler, stdout, tools};
use crate::support::sandbox::Sandbox;

/// A word as poppler places it: its page, whether it lies in the right
/// half of the page, and its text.
struct Placed {
    page: usize,
    right: bool,
    text: String,
}

fn placed_words(pdf: &Path) -> Vec<Placed> {
    // In the order the page was painted, which is the page's own order;
    // poppler's reading order would interleave the two columns' lines.
    let bbox = run_poppler("pdftotext", &["-raw", "-bbox"], pdf);
    let (mut page, mut width) = (0, 0.0);
    let mut words = Vec::new();
    for line in bbox.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
            width = number(line, "width");
        } else if line.starts_with("<word ") {
            let middle = (number(line, "xMin") + number(line, "xMax")) / 2.0;
            let text = line[line.find('>').map_or(0, |at| at + 1)..]
                .trim_end_matches("</word>")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            words.push(Placed {
                page,
                right: middle > width / 2.0,
                text,
            });
        }
    }
    words
}

/// Where `wanted` first runs in `words`, at or after `from`.
fn find(words: &[Placed], wanted: &[&str], from: usize) -> Option<usize> {
    (from..words.len()).find(|&at| {
        wanted.len() <= words.len() - at
            && wanted.iter().zip(&words[at..]).all(|(w, p)| *w == p.text)
    })
}

/// The words that end a step as printed: its last line's last two.
fn last_words(step: &StepItem) -> Vec<String> {
    let last = if step.checks_in {
        "Then the safety check-in.".to_owned()
    } else if let Some(own) = &step.breathing {
        format!("Breathing for this step: {own}.")
    } else if let Some(cue) = &step.cue {
        cue.clone()
    } else {
        format!("({})", step.about)
    };
    let words: Vec<String> = last.split_whitespace().map(str::to_owned).collect();
    words[words.len().saturating_sub(2)..].to_vec()
}

/// Checks every step of `handout` lies whole in one column of one page:
/// every word from its title to its last line's end.
fn check_whole(name: &str, pdf: &Path, handout: &Handout) {
    let words = placed_words(pdf);
    let mut cursor = 0;
    for (n, step) in handout.steps.iter().enumerate() {
        let title: Vec<&str> = step.title.split_whitespace().collect();
        let start = find(&words, &title, cursor)
            .unwrap_or_else(|| panic!("{name}: step {} ({}) not found", n + 1, step.title));
        let last = last_words(step);
        let last: Vec<&str> = last.iter().map(String::as_str).collect();
        let end = find(&words, &last, start)
            .map(|at| at + last.len() - 1)
            .unwrap_or_else(|| panic!("{name}: the end of step {} not found", n + 1));
        let first = &words[start];
        if let Some(moved) = words[start..=end]
            .iter()
            .find(|w| w.page != first.page || w.right != first.right)
        {
            panic!(
                "{name}: step {} ({}) starts on page {}, {} column, and runs on to page {}, \
                 {} column, at {:?}",
                n + 1,
                step.title,
                first.page,
                side(first),
                moved.page,
                side(moved),
                moved.text
            );
        }
        cursor = end + 1;
    }
}

fn side(word: &Placed) -> &'static str {
    if word.right { "right" } else { "left" }
}

#[test]
fn no_step_is_split_across_columns_or_pages() {
    let Some(tools) = tools() else { return };
    let sandbox = Sandbox::new();
    let titles = Titles::bundled();
    for loaded in knead::library::bundled() {
        let Some(routine) = loaded.checked.routine else {
            panic!("{} is valid", loaded.id);
        };
        let handout = Handout::new(&routine, Therapist::default(), &titles);
        let html = stdout(&sandbox, &["print", &loaded.id, "--html"]);
        for size in ["A4", "letter"] {
            let name = format!("steps-{}", loaded.id);
            let pdf = tools.print(&name, &html, size);
            check_whole(&format!("{} on {size}", loaded.id), &pdf, &handout);
        }
    }
}
