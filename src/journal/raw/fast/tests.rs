use jiff::Timestamp;

use super::read;
use crate::journal::raw::RawLine;
use crate::journal::{
    CheckPoint, Event, Feeling, Line, PressureRating, RecordedOutcome, SessionId, YesNo,
};

/// What a reader made of a line: when, which session, which event.
type Read = (Timestamp, String, Result<Event, String>);

fn seen(raw: RawLine<'_>) -> Read {
    (raw.at, raw.session.to_string(), raw.into_event())
}

fn by_serde(text: &str) -> Option<Read> {
    serde_json::from_str::<RawLine>(text).ok().map(seen)
}

/// Lines as knead writes them.
fn written() -> Vec<String> {
    let at: Timestamp = "2026-11-21T07:30:00Z".parse().expect("timestamp");
    let events = [
        Event::Start {
            routine: "r".into(),
            title: "Title".into(),
            hash: "sha256:00".into(),
            planned_seconds: 60,
            preview: true,
        },
        Event::Screening {
            answer: YesNo::Yes,
            group: Some("urgent".into()),
        },
        Event::Conditions {
            yes: vec!["C1".into(), "C3".into()],
            cleared: vec![],
            review_due: false,
            refused: None,
        },
        Event::Conditions {
            yes: vec!["C1".into()],
            cleared: vec!["C3".into()],
            review_due: true,
            refused: Some("C1".into()),
        },
        Event::Step {
            index: 3,
            kind: "hold".into(),
            title: "Hold".into(),
            side: Some("left".into()),
            planned_seconds: 45,
            seconds: 0,
        },
        Event::CheckIn {
            step: 3,
            point: CheckPoint::Halfway,
            answer: YesNo::No,
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
    ];
    events
        .into_iter()
        .map(|event| {
            let line = Line {
                at,
                session: SessionId("20261121-073000-ab12".into()),
                event,
            };
            serde_json::to_string(&line).expect("encode") + "\n"
        })
        .collect()
}

#[test]
fn every_line_knead_writes_is_read_by_hand_as_serde_reads_it() {
    for text in written() {
        let fast = read(&text).map(seen);
        assert!(fast.is_some(), "left to serde_json: {text}");
        assert_eq!(fast, by_serde(&text), "{text}");
    }
}

#[test]
fn what_is_not_as_knead_writes_it_is_left_to_serde_json() {
    let head = r#"{"at":"2026-11-21T07:30:00Z","session":"s","#;
    for tail in [
        r#""event":"end","outcome":"completed","step":null} "#,
        r#""event":"end", "outcome":"completed"}"#,
        r#""event":"end","outcome":"completed","extra":{"a":1}}"#,
        r#""event":"end","outcome":"completed","outcome":"completed"}"#,
        r#""event":"end","outcome":"exploded"}"#,
        r#""event":"st\u0061rt","routine":"r","title":"t","hash":"h","planned_seconds":1}"#,
        r#""event":"step","index":-1,"kind":"k","title":"t","planned_seconds":1,"seconds":1}"#,
        r#""event":"step","index":1.0,"kind":"k","title":"t","planned_seconds":1,"seconds":1}"#,
        r#""event":"step","index":01,"kind":"k","title":"t","planned_seconds":1,"seconds":1}"#,
        r#""event":"pressure","step":1,"point":"end","rating":11}"#,
        r#""event":"pressure","step":1,"point":"end","rating":300}"#,
        r#""event":"post_check","answer":"yes"}"#,
        r#""event":"end","outcome":"completed"}x"#,
        r#""event":"end","outcome":"completed""#,
        r#""event":null,"outcome":"completed"}"#,
        r#""event":"conditions","yes":["a",1]}"#,
        r#""event":"start","routine":"r","title":"t","hash":"h","planned_seconds":1,"preview":nul}"#,
    ] {
        let text = format!("{head}{tail}");
        let fast = read(&text).map(seen);
        // By hand it is either read as serde reads it, or not at all.
        assert!(
            fast.is_none() || fast == by_serde(&text),
            "read differently: {text}"
        );
    }
    for text in [
        "",
        "{}",
        " {\"at\":\"2026-11-21T07:30:00Z\"}",
        "[1]",
        r#"{"at":null,"session":"s","event":"end","outcome":"completed"}"#,
    ] {
        assert!(read(text).is_none(), "{text}");
    }
}

#[test]
fn nulls_and_other_timestamps_are_read_as_serde_reads_them() {
    for text in [
        r#"{"at":"2026-11-21T07:30:00+01:00","session":"s","event":"end","outcome":"completed","step":null}"#,
        r#"{"at":"2026-11-21T07:30:00Z","session":"s","event":"screening","answer":"no","group":null}"#,
        r#"{"at":"2026-11-21T07:30:00Z","session":"s","event":"conditions","yes":[],"cleared":null}"#,
        r#"{"event":"pressure","point":"halfway","step":2,"rating":0,"session":"s","at":"2026-11-21T07:30:00Z"}"#,
    ] {
        let fast = read(text).map(seen);
        assert!(fast.is_some(), "left to serde_json: {text}");
        assert_eq!(fast, by_serde(text), "{text}");
    }
}
