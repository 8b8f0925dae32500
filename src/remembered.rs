//! The long-standing conditions a person answered, remembered beside the
//! journal (`conditions.toml`, readable by its owner only), so they are
//! asked once and reconfirmed after a week (docs/safety.md, "Screening").
//!
//! Anything wrong with the file (unreadable, broken, from the future) means
//! every question is asked again: forgetting is always the safe direction.

use std::io;
use std::path::{Path, PathBuf};

use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};

use crate::files;
use crate::journal::Journal;
use crate::safety::{Answers, CONDITIONS, RECONFIRM_AFTER_DAYS};
use crate::session::Ask;

/// The largest file read: a few lines are expected.
const MAX_BYTES: u64 = 16 * 1024;

/// What the file says at its top, for a person who opens it.
const HEADER: &str = "# Long-standing conditions you told knead about (docs/safety.md).\n\
# knead asks again when this is older than 7 days; delete the file to be asked now.\n";

/// Answers as remembered, with when they were given or last confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// When the answers were given or last confirmed.
    pub answered: Timestamp,
    /// The answers.
    pub answers: Answers,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    answered: Timestamp,
    yes: Vec<String>,
    #[serde(default)]
    clinician_ok: Vec<String>,
    /// Repeated pain stops and no GP or physio seen since (review M7).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    review_due: bool,
}

/// Where the answers live: beside the journal.
pub fn path() -> Option<PathBuf> {
    let journal = Journal::default_path().ok()?;
    Some(journal.parent()?.join("conditions.toml"))
}

/// The remembered answers; `Ok(None)` when there are none yet, and an
/// error saying why when the file cannot be used.
pub fn load(path: &Path) -> Result<Option<Remembered>, String> {
    let bytes = match files::read_regular(path, MAX_BYTES, "16 KiB") {
        Ok(bytes) => bytes,
        Err(files::FileError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())?;
    let file: File = toml::from_str(&text).map_err(|e| e.message().to_owned())?;
    // Only ids knead asks about: anything else in the file is ignored.
    let known = |ids: Vec<String>| {
        ids.into_iter()
            .filter(|id| CONDITIONS.iter().any(|c| c.id == id))
            .collect()
    };
    Ok(Some(Remembered {
        answered: file.answered,
        answers: Answers {
            yes: known(file.yes),
            cleared: known(file.clinician_ok),
            review_due: file.review_due,
        },
    }))
}

/// Remembers `answers` as given or confirmed at `now`.
pub fn save(path: &Path, answers: &Answers, now: Timestamp) -> io::Result<()> {
    let file = File {
        answered: now,
        yes: answers.yes.iter().cloned().collect(),
        clinician_ok: answers.cleared.iter().cloned().collect(),
        review_due: answers.review_due,
    };
    let body = toml::to_string(&file).map_err(io::Error::other)?;
    files::write_private(path, format!("{HEADER}{body}").as_bytes())
}

/// What to ask this time: everything when nothing usable is remembered or
/// the person asked to review them, one question when the answers are older
/// than a week (or dated in the future: a clock was wrong), nothing else.
pub fn ask(remembered: Option<&Remembered>, now: Timestamp, review: bool) -> Ask {
    let Some(remembered) = remembered.filter(|_| !review) else {
        return Ask::Every;
    };
    // Timestamps take no calendar units: a week of 24-hour days.
    let week = (RECONFIRM_AFTER_DAYS * 24).hours();
    let stale = now
        .checked_sub(week)
        .map_or(true, |limit| remembered.answered < limit);
    if stale || remembered.answered > now {
        Ask::StillTrue
    } else {
        Ask::Nothing
    }
}

#[cfg(test)]
mod tests {
    use jiff::{Timestamp, ToSpan};

    use super::{Remembered, ask, load, save};
    use crate::safety::Answers;
    use crate::session::Ask;

    fn remembered_at(answered: Timestamp) -> Remembered {
        Remembered {
            answered,
            answers: Answers::default(),
        }
    }

    #[test]
    fn answers_are_asked_then_kept_for_a_week_then_reconfirmed() {
        let now: Timestamp = "2026-11-27T12:00:00Z".parse().expect("a time");
        let day = |n: i64| now.checked_sub((n * 24).hours()).expect("in range");
        assert_eq!(ask(None, now, false), Ask::Every);
        assert_eq!(ask(Some(&remembered_at(day(6))), now, false), Ask::Nothing);
        assert_eq!(
            ask(Some(&remembered_at(day(8))), now, false),
            Ask::StillTrue
        );
        assert_eq!(ask(Some(&remembered_at(day(1))), now, true), Ask::Every);
        let future = now.checked_add(48.hours()).expect("in range");
        assert_eq!(
            ask(Some(&remembered_at(future)), now, false),
            Ask::StillTrue
        );
    }

    #[test]
    fn saved_answers_read_back_and_unknown_ids_are_dropped() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("conditions.toml");
        let answers = Answers {
            yes: ["C1".to_owned(), "C3".to_owned()].into(),
            cleared: ["C3".to_owned()].into(),
            review_due: false,
        };
        let now: Timestamp = "2026-11-27T12:00:00Z".parse().expect("a time");
        save(&path, &answers, now).expect("saved");
        let back = load(&path).expect("readable").expect("present");
        assert_eq!(back.answers, answers);
        assert_eq!(back.answered, now);
        std::fs::write(
            &path,
            "answered = \"2026-11-27T12:00:00Z\"\nyes = [\"C1\", \"Z9\"]\n",
        )
        .expect("written");
        let back = load(&path).expect("readable").expect("present");
        assert_eq!(back.answers.yes.len(), 1);
        std::fs::write(&path, "yes = 3").expect("written");
        assert!(load(&path).is_err());
    }
}
