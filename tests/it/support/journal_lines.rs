//! Fabricated journals: sessions described in a line of Rust, written as
//! the JSON lines knead writes, for the history tests (table, view, time
//! zones).

use jiff::{SignedDuration, Timestamp};
use serde_json::json;

/// One past session.
#[derive(Debug, Clone)]
pub struct Past {
    at: Timestamp,
    routine: String,
    title: String,
    pressures: Vec<u8>,
    stopped: bool,
    post: Option<&'static str>,
    preview: bool,
}

/// A completed session of `routine` started at `at` (an RFC 3339 timestamp).
pub fn session(at: &str, routine: &str, title: &str) -> Past {
    Past {
        at: at.parse().expect("a timestamp"),
        routine: routine.to_owned(),
        title: title.to_owned(),
        pressures: Vec::new(),
        stopped: false,
        post: None,
        preview: false,
    }
}

impl Past {
    /// With these pressure ratings, one per check-in.
    pub fn rated(mut self, ratings: &[u8]) -> Self {
        self.pressures = ratings.to_vec();
        self
    }

    /// Stopped for pain at its last check-in.
    pub fn stopped(mut self) -> Self {
        self.stopped = true;
        self
    }

    /// Answered "better", "same" or "worse" afterwards.
    pub fn felt(mut self, answer: &'static str) -> Self {
        self.post = Some(answer);
        self
    }

    /// Run as a preview (`--speed 10` or faster).
    pub fn preview(mut self) -> Self {
        self.preview = true;
        self
    }

    fn lines(&self, n: usize, out: &mut String) {
        let id = format!("{}-{}-0", self.at.strftime("%Y%m%dT%H%M%SZ"), 100 + n);
        let mut t = self.at;
        let mut line = |t: Timestamp, event: serde_json::Value| {
            let mut value = json!({"at": t.to_string(), "session": id});
            if let (Some(map), Some(fields)) = (value.as_object_mut(), event.as_object()) {
                map.extend(fields.clone());
            }
            out.push_str(&value.to_string());
            out.push('\n');
        };
        let mut start = json!({"event": "start", "routine": self.routine, "title": self.title,
            "hash": "sha256:00", "planned_seconds": 600});
        if self.preview {
            start["preview"] = json!(true);
        }
        line(t, start);
        t += SignedDuration::from_secs(10);
        line(t, json!({"event": "screening", "answer": "no"}));
        let checks = self.pressures.len().max(1);
        for step in 0..checks {
            t += SignedDuration::from_secs(120);
            line(
                t,
                json!({"event": "step", "index": step, "kind": "hold",
                "title": "Hold", "planned_seconds": 120, "seconds": 120}),
            );
            let pain = self.stopped && step + 1 == checks;
            let answer = if pain { "yes" } else { "no" };
            line(
                t,
                json!({"event": "check_in", "step": step, "point": "end", "answer": answer}),
            );
            if pain {
                line(
                    t,
                    json!({"event": "end", "outcome": "stopped_for_safety", "step": step}),
                );
                break;
            }
            if let Some(rating) = self.pressures.get(step) {
                line(
                    t,
                    json!({"event": "pressure", "step": step, "point": "end", "rating": rating}),
                );
            }
        }
        if !self.stopped {
            t += SignedDuration::from_secs(60);
            line(t, json!({"event": "end", "outcome": "completed"}));
        }
        if let Some(answer) = self.post {
            line(t, json!({"event": "post_check", "answer": answer}));
        }
    }
}

/// The journal's text for these sessions, in the order given.
pub fn journal_text(sessions: &[Past]) -> String {
    let mut out = String::new();
    for (n, past) in sessions.iter().enumerate() {
        past.lines(n, &mut out);
    }
    out
}
