//! Words the routine validator warns about: areas never to press
//! (docs/safety.md, "Areas never to press") and claims knead never makes
//! (docs/safety.md, "Claims").
//!
//! Matching is case-insensitive and on whole words: text and terms are both
//! split into runs of letters and digits, and a term matches a run of
//! consecutive words. So "spineless" does not match "spine", while
//! "back-of-the-knee", "Back of the\nknee" and "No pain - no gain" all match.
//! Where a match is used (a cue, a title, a note) is the validator's choice.

use std::sync::LazyLock;

/// An area never to press, with the words that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AvoidArea {
    /// How a warning names the area.
    pub name: &'static str,
    /// The words and phrases that mention it.
    pub terms: &'static [&'static str],
}

/// Areas never to press (docs/safety.md, "Areas never to press").
pub const AVOID_AREAS: &[AvoidArea] = &[
    AvoidArea {
        name: "the spine",
        terms: &[
            "spine",
            "spinal column",
            "backbone",
            "vertebra",
            "vertebrae",
        ],
    },
    AvoidArea {
        name: "the tailbone",
        terms: &["tailbone", "coccyx"],
    },
    AvoidArea {
        name: "the sacrum",
        terms: &["sacrum"],
    },
    AvoidArea {
        name: "the front or side of the neck",
        terms: &[
            "front of the neck",
            "front of your neck",
            "side of the neck",
            "side of your neck",
            "sides of the neck",
            "sides of your neck",
            "throat",
        ],
    },
    AvoidArea {
        name: "the back of the knee",
        terms: &[
            "back of the knee",
            "back of your knee",
            "backs of the knees",
            "backs of your knees",
            "popliteal",
        ],
    },
    AvoidArea {
        name: "the groin",
        terms: &["groin", "femoral", "upper inner thigh"],
    },
    AvoidArea {
        name: "the armpit",
        terms: &["armpit", "armpits", "axilla"],
    },
    AvoidArea {
        name: "the abdomen",
        terms: &["abdomen", "belly", "stomach"],
    },
    AvoidArea {
        name: "the kidney area",
        terms: &["kidney", "kidneys"],
    },
];

/// Claims no text may make (docs/safety.md, "Claims"), as shown in warnings.
pub const BANNED_CLAIMS: &[&str] = &[
    "fixes sciatica",
    "fix sciatica",
    "cure",
    "cures",
    "cured",
    "heals the disc",
    "heal the disc",
    "releases the nerve",
    "release the nerve",
    "flushes toxins",
    "flush toxins",
    "flushes out toxins",
    "flush out toxins",
    "no pain, no gain",
    "treat",
    "treats",
    "heal",
    "heals",
    "fix",
    "fixes",
    "relieve",
    "relieves",
];

/// Words that, shortly before an area, say to keep away from it: "not on
/// the spine", "keep it off the tailbone", "away from the neck".
const NEGATIONS: &[&str] = &["not", "never", "off", "away", "avoid", "avoiding"];

/// How many words back a negation still covers an area, so a list such as
/// "away from the spine, tailbone and sacrum" is covered to its end.
const NEGATION_REACH: usize = 6;

/// How many words back a negation denies a claim ("not diagnose or treat");
/// shorter than for areas, so "not only soothes but cures" is still caught.
const CLAIM_NEGATION_REACH: usize = 3;

/// Terms split into words, each with what a match reports, and which
/// first words can begin one.
struct Terms {
    list: Vec<(Vec<Word<'static>>, &'static str)>,
    /// For each first byte (ASCII in lower case), a bit for each length of
    /// a term's first word (31 for 31 and longer). Most words of a text
    /// begin no term: they are passed over without being compared with
    /// every term, which was half the time a session took to its first frame.
    begins: [u32; 256],
}

impl Terms {
    fn new(list: Vec<(Vec<Word<'static>>, &'static str)>) -> Self {
        let mut begins = [0; 256];
        for first in list.iter().filter_map(|(term, _)| term.first()) {
            if let Some((at, bit)) = key(first.text) {
                begins[at] |= bit;
            }
        }
        Self { list, begins }
    }

    /// Whether some term's first word could be `word`.
    fn may_begin_with(&self, word: &str) -> bool {
        key(word).is_some_and(|(at, bit)| self.begins[at] & bit != 0)
    }
}

/// Where a word's first byte and length fall in [`Terms::begins`].
fn key(word: &str) -> Option<(usize, u32)> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    Some((usize::from(first), 1 << word.len().min(31)))
}

// Split once: `knead check` over many files calls these for every text.
static AREA_TERMS: LazyLock<Terms> = LazyLock::new(|| {
    Terms::new(
        AVOID_AREAS
            .iter()
            .flat_map(|area| area.terms.iter().map(|term| (words(term), area.name)))
            .collect(),
    )
});
static CLAIM_TERMS: LazyLock<Terms> = LazyLock::new(|| {
    Terms::new(
        BANNED_CLAIMS
            .iter()
            .map(|claim| (words(claim), *claim))
            .collect(),
    )
});

/// The area a text mentions first, by its name, if any.
pub fn find_avoid_area(text: &str) -> Option<&'static str> {
    first_match(&words(text), &AREA_TERMS).map(|(_, _, name)| name)
}

/// The first area a cue tells the person to press: an area mentioned, unless
/// a negation shortly before it in the same sentence says to keep off it.
/// Returns its byte range in `text` and the area's name.
pub fn find_pressed_area(text: &str) -> Option<(usize, usize, &'static str)> {
    let words = words(text);
    (0..words.len()).find_map(|at| {
        let (start, end, name) = match_at(&words, at, &AREA_TERMS)?;
        (!negated(text, &words, at, NEGATION_REACH)).then_some((start, end, name))
    })
}

/// Whether a negation comes within reach before word `at`, in its sentence.
fn negated(text: &str, words: &[Word<'_>], at: usize, reach: usize) -> bool {
    let mut end = words.get(at).map_or(0, |w| w.start);
    for word in words[..at].iter().rev().take(reach) {
        // A sentence break between the negation and the area ends its reach.
        if text[word.end..end].contains(['.', ';', ':', '!', '?', '\n']) {
            return false;
        }
        let lower = word.text.to_lowercase();
        // "don't" splits into "don" and "t"; the apostrophe follows "don".
        let dont = lower == "don" && text[word.end..].starts_with(['\'', '\u{2019}']);
        if NEGATIONS.contains(&lower.as_str()) || dont {
            return true;
        }
        end = word.start;
    }
    false
}

/// The first banned claim in a text: its byte range in `text` and the phrase.
///
/// A denial is not a claim: "does not diagnose or treat" passes (a negation
/// up to [`CLAIM_NEGATION_REACH`] words before). Nor is "treat it as an
/// emergency": a "treat" with "as" one or two words later is passed over.
pub fn find_banned_claim(text: &str) -> Option<(usize, usize, &'static str)> {
    let words = words(text);
    (0..words.len()).find_map(|at| {
        let found = match_at(&words, at, &CLAIM_TERMS)?;
        let treat_as = matches!(found.2, "treat" | "treats")
            && words
                .iter()
                .skip(at + 1)
                .take(2)
                .any(|w| w.text.eq_ignore_ascii_case("as"));
        (!treat_as && !negated(text, &words, at, CLAIM_NEGATION_REACH)).then_some(found)
    })
}

/// A word of a text: its letters and where it lies.
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = None;
    // A space after the end closes a word that runs to the last byte.
    for (at, ch) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, ch.is_alphanumeric()) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                words.push(Word {
                    text: &text[from..at],
                    start: from,
                    end: at,
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The earliest term found in `words`; at the same start the longer one wins.
fn first_match(words: &[Word<'_>], terms: &Terms) -> Option<(usize, usize, &'static str)> {
    (0..words.len()).find_map(|at| match_at(words, at, terms))
}

/// The longest term that starts at word `at`, if any.
fn match_at(words: &[Word<'_>], at: usize, terms: &Terms) -> Option<(usize, usize, &'static str)> {
    if !terms.may_begin_with(words.get(at)?.text) {
        return None;
    }
    terms
        .list
        .iter()
        .filter_map(|(term, found)| {
            let span = words.get(at..at + term.len())?;
            let same = span
                .iter()
                .zip(term)
                .all(|(word, term)| word.text.eq_ignore_ascii_case(term.text));
            let (first, last) = (span.first()?, span.last()?);
            same.then_some((first.start, last.end, *found))
        })
        .max_by_key(|(start, end, _)| end - start)
}

#[cfg(test)]
mod tests;
