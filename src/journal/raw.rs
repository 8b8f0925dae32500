//! Reading a line in one pass: a flat raw shape borrowed from the line, then an [`Event`].
//!
//! serde's derived reader for [`Line`](super::Line) buffers every field
//! twice (once for `flatten`, once for the `event` tag) and copies every
//! string: 1.3 s of CPU for 100,000 sessions, over the 1 s target, and
//! reading `at` and `session` apart from the event was slower still
//! (docs/performance.md). This flat struct is read in one pass and borrows
//! its strings. The tests check that both readers agree on every event.

mod at;
mod fast;

use std::borrow::Cow;

use jiff::Timestamp;
use serde::Deserialize;

use super::event::{CheckPoint, Event, Feeling, PressureRating, RecordedOutcome, Text, YesNo};

/// Every field any event may carry; unknown fields are ignored, as serde does.
#[derive(Deserialize)]
pub(super) struct RawLine<'a> {
    #[serde(deserialize_with = "at::deserialize")]
    pub(super) at: Timestamp,
    /// Borrowed unless the JSON string had escapes.
    #[serde(borrow)]
    pub(super) session: Cow<'a, str>,
    #[serde(borrow)]
    event: Cow<'a, str>,
    #[serde(borrow)]
    routine: Option<Cow<'a, str>>,
    #[serde(borrow)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    hash: Option<Cow<'a, str>>,
    planned_seconds: Option<u64>,
    answer: Option<Answer>,
    #[serde(borrow)]
    group: Option<Cow<'a, str>>,
    index: Option<usize>,
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    side: Option<Cow<'a, str>>,
    seconds: Option<u64>,
    step: Option<usize>,
    point: Option<CheckPoint>,
    /// `null` (or, as serde's derived reader allows, no key): a skipped rating.
    rating: Option<PressureRating>,
    #[serde(borrow)]
    advice: Option<Cow<'a, str>>,
    outcome: Option<RecordedOutcome>,
    preview: Option<bool>,
    yes: Option<Vec<String>>,
    cleared: Option<Vec<String>>,
    review_due: Option<bool>,
    #[serde(borrow)]
    refused: Option<Cow<'a, str>>,
}

/// Reads a line: by hand when it is as knead writes it, else by serde_json.
pub(super) fn read(text: &str) -> Result<RawLine<'_>, serde_json::Error> {
    match fast::read(text) {
        Some(raw) => Ok(raw),
        None => serde_json::from_str(text),
    }
}

/// Every word an `answer` field may hold; which ones fit depends on the event.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Yes,
    No,
    Better,
    Same,
    Worse,
}

impl RawLine<'_> {
    /// The typed event, or why the fields do not make one.
    pub(super) fn into_event(self) -> Result<Event, String> {
        let raw = self;
        let event = match &*raw.event {
            "start" => Event::Start {
                routine: owned(raw.routine, "routine")?,
                title: owned(raw.title, "title")?,
                hash: owned(raw.hash, "hash")?,
                planned_seconds: need(raw.planned_seconds, "planned_seconds")?,
                preview: raw.preview.unwrap_or(false),
            },
            "screening" => Event::Screening {
                answer: yes_no(raw.answer)?,
                group: raw.group.map(Cow::into_owned),
            },
            "conditions" => Event::Conditions {
                yes: need(raw.yes, "yes")?,
                cleared: raw.cleared.unwrap_or_default(),
                review_due: raw.review_due.unwrap_or(false),
                refused: raw.refused.map(Cow::into_owned),
            },
            "step" => Event::Step {
                index: need(raw.index, "index")?,
                kind: owned(raw.kind, "kind")?,
                title: owned(raw.title, "title")?,
                side: raw.side.map(Text::from),
                planned_seconds: need(raw.planned_seconds, "planned_seconds")?,
                seconds: need(raw.seconds, "seconds")?,
            },
            "check_in" => Event::CheckIn {
                step: need(raw.step, "step")?,
                point: need(raw.point, "point")?,
                answer: yes_no(raw.answer)?,
            },
            "pressure" => Event::Pressure {
                step: need(raw.step, "step")?,
                point: need(raw.point, "point")?,
                rating: raw.rating,
                advice: raw.advice.map(Cow::into_owned),
            },
            "end" => Event::End {
                outcome: need(raw.outcome, "outcome")?,
                step: raw.step,
            },
            "post_check" => Event::PostCheck {
                answer: feeling(raw.answer)?,
            },
            "new_symptoms" => Event::NewSymptoms {
                answer: yes_no(raw.answer)?,
            },
            other => return Err(format!("unknown event `{other}`")),
        };
        Ok(event)
    }
}

fn need<T>(field: Option<T>, name: &str) -> Result<T, String> {
    field.ok_or_else(|| format!("missing field `{name}`"))
}

fn owned(field: Option<Cow<'_, str>>, name: &str) -> Result<Text, String> {
    need(field, name).map(Text::from)
}

fn yes_no(answer: Option<Answer>) -> Result<YesNo, String> {
    match need(answer, "answer")? {
        Answer::Yes => Ok(YesNo::Yes),
        Answer::No => Ok(YesNo::No),
        _ => Err("`answer` must be `yes` or `no`".into()),
    }
}

fn feeling(answer: Option<Answer>) -> Result<Feeling, String> {
    match need(answer, "answer")? {
        Answer::Better => Ok(Feeling::Better),
        Answer::Same => Ok(Feeling::Same),
        Answer::Worse => Ok(Feeling::Worse),
        _ => Err("`answer` must be `better`, `same` or `worse`".into()),
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::RawLine;
    use crate::journal::{
        CheckPoint, Event, Feeling, Line, PressureRating, RecordedOutcome, SessionId, Text, YesNo,
    };

    /// A line through the fast reader, back into a whole [`Line`].
    fn fast(text: &str) -> Result<Line, String> {
        let raw: RawLine = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let (at, session) = (raw.at, SessionId(Text::from(raw.session.clone())));
        raw.into_event().map(|event| Line { at, session, event })
    }

    fn every_event() -> Vec<Event> {
        vec![
            Event::Start {
                routine: "r".into(),
                title: "Tab\there \u{1b}[31m".into(),
                hash: "sha256:00".into(),
                planned_seconds: 60,
                preview: true,
            },
            Event::Screening {
                answer: YesNo::No,
                group: None,
            },
            Event::Screening {
                answer: YesNo::Yes,
                group: Some("urgent".into()),
            },
            Event::Conditions {
                yes: vec!["C1".into(), "C3".into()],
                cleared: vec!["C3".into()],
                review_due: true,
                refused: Some("C1".into()),
            },
            Event::Conditions {
                yes: Vec::new(),
                cleared: Vec::new(),
                review_due: false,
                refused: None,
            },
            Event::Step {
                index: 3,
                kind: "hold".into(),
                title: "Hold".into(),
                side: Some("left".into()),
                planned_seconds: 45,
                seconds: 50,
            },
            Event::Step {
                index: 4,
                kind: "rest".into(),
                title: "Rest".into(),
                side: None,
                planned_seconds: 15,
                seconds: 0,
            },
            Event::CheckIn {
                step: 3,
                point: CheckPoint::Halfway,
                answer: YesNo::Yes,
            },
            Event::Pressure {
                step: 3,
                point: CheckPoint::End,
                rating: PressureRating::new(10),
                advice: Some("release".into()),
            },
            Event::Pressure {
                step: 3,
                point: CheckPoint::End,
                rating: None,
                advice: None,
            },
            Event::End {
                outcome: RecordedOutcome::StoppedForSafety,
                step: Some(3),
            },
            Event::End {
                outcome: RecordedOutcome::Completed,
                step: None,
            },
            Event::PostCheck {
                answer: Feeling::Worse,
            },
            Event::NewSymptoms { answer: YesNo::Yes },
        ]
    }

    #[test]
    fn every_event_reads_back_the_same_through_both_readers() {
        let at: Timestamp = "2026-11-21T07:30:00Z".parse().expect("timestamp");
        for event in every_event() {
            let line = Line {
                at,
                session: SessionId("s-1".into()),
                event,
            };
            let text = serde_json::to_string(&line).expect("encode");
            let derived: Line = serde_json::from_str(&text).expect("the derived reader");
            assert_eq!(fast(&text), Ok(line.clone()), "{text}");
            assert_eq!(derived, line, "{text}");
        }
    }

    #[test]
    fn a_missing_rating_is_a_skipped_one_for_both_readers() {
        let text = r#"{"at":"2026-11-21T07:30:00Z","session":"s","event":"pressure","step":1,"point":"end"}"#;
        let derived: Line = serde_json::from_str(text).expect("the derived reader");
        assert_eq!(fast(text), Ok(derived));
    }

    #[test]
    fn escaped_strings_are_read_too() {
        let text = r#"{"at":"2026-11-21T07:30:00Z","session":"s\u0031","event":"start","routine":"r","title":"a \"b\"\n","hash":"h","planned_seconds":1}"#;
        let derived: Line = serde_json::from_str(text).expect("the derived reader");
        assert_eq!(fast(text), Ok(derived));
    }

    #[test]
    fn both_readers_refuse_the_same_bad_lines() {
        let head = r#"{"at":"2026-11-21T07:30:00Z","session":"s","#;
        for tail in [
            r#""event":"teleport"}"#,
            r#""event":"post_check","answer":"yes"}"#,
            r#""event":"screening","answer":"better"}"#,
            r#""event":"pressure","step":1,"point":"end","rating":11}"#,
            r#""event":"pressure","step":1,"point":"middle","rating":1}"#,
            r#""event":"end","outcome":"exploded"}"#,
            r#""event":"start","routine":"r","title":"t","planned_seconds":1}"#,
            r#""event":"step","index":-1,"kind":"k","title":"t","planned_seconds":1,"seconds":1}"#,
        ] {
            let text = format!("{head}{tail}");
            assert!(fast(&text).is_err(), "the fast reader accepted {text}");
            assert!(
                serde_json::from_str::<Line>(&text).is_err(),
                "derived accepted {text}"
            );
        }
    }
}
