//! Guidance texts: stopping, red flags, after the session, the first-run notice.

use super::release::Tool;

/// The pressure rating asked after a check-in when the routine wants it.
pub const PRESSURE_QUESTION: &str =
    "How strong is the pressure right now, from 0 (none) to 10 (the worst you can imagine)?";

/// Signs that mean calling the emergency number or going to A&E (docs/safety.md, "Warning signs").
pub const RED_FLAGS_EMERGENCY: &[&str] = &[
    "new numbness or tingling around your genitals, bottom or inner thighs",
    "new trouble controlling your bladder or bowels",
    "new or worsening pain, numbness or weakness in both legs",
    "a leg that is getting weaker",
    "chest pain or sudden breathlessness",
    "pain that started after a serious accident",
];

/// Signs that mean getting medical advice the same day (docs/safety.md, "Warning signs").
pub const RED_FLAGS_URGENT: &[&str] = &[
    "a fever or chills",
    "weight loss you can't explain",
    "severe or worsening pain at night that rest doesn't ease",
    "a lump, or a change in the shape of your back",
    // With chest pain it is an emergency: chest pain is on the call-now list.
    "new, constant upper-back pain that rest doesn't ease, or that comes with feeling unwell",
    "a calf or thigh newly swollen and warm, often red (not your usual leg pain)",
];

/// The red-flag list as lines, with the emergency number to call.
pub fn red_flags(emergency_number: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "Call {emergency_number} or go to A&E now if you notice:"
    )];
    lines.extend(RED_FLAGS_EMERGENCY.iter().map(|flag| format!("- {flag}")));
    lines.push("Get medical advice today if you notice:".to_owned());
    lines.extend(RED_FLAGS_URGENT.iter().map(|flag| format!("- {flag}")));
    lines
}

/// What to do after a "yes" at a check-in, as lines, releasing first with
/// the routine's `tool`. The routine's `stop_signs` decide whether
/// dizziness comes straight after the release or briefly later.
pub fn stop_guidance(tool: Tool, stop_signs: &[String], emergency_number: &str) -> Vec<String> {
    let dizzy = mentions_dizziness(stop_signs);
    let mut lines = vec![tool.release_now().to_owned()];
    if dizzy {
        lines.push(DIZZY.to_owned());
    }
    // A "yes" does not say which sign it was, so the nerve is only a maybe.
    lines.push(
        "If it was numbness, tingling or shooting pain, a nerve may be irritated.".to_owned(),
    );
    lines.push(
        match tool {
            Tool::Pack => {
                "Leave the pack off for today. Gentle movement and slow breathing are fine."
            }
            _ => {
                "Don't go on with pressure work today. Gentle movement and slow breathing are fine."
            }
        }
        .to_owned(),
    );
    lines.push(SETTLE.to_owned());
    if !dizzy {
        lines.push("Dizzy? Sit or lie down and breathe normally.".to_owned());
    }
    lines.push(
        "If the pain stays sharp, keeps coming back, or your usual symptoms get worse, \
         see a GP or physio."
            .to_owned(),
    );
    lines.extend(red_flags(emergency_number));
    lines
}

/// When to get advice after a stop, with a time frame (review S8).
pub const SETTLE: &str = "If it has not settled within 30 minutes, or a leg feels weak, \
     get medical advice today; if the leg keeps getting weaker, call now (see below).";

/// Said after a stop when the routine names dizziness among its stop signs.
const DIZZY: &str = "If you feel dizzy or light-headed, sit or lie down and breathe normally \
     until it passes.";

/// Whether any of a routine's stop signs is about dizziness.
pub fn mentions_dizziness(stop_signs: &[String]) -> bool {
    stop_signs.iter().any(|sign| {
        let sign = sign.to_lowercase();
        sign.contains("dizz") || sign.contains("light-headed") || sign.contains("faint")
    })
}

/// The question asked after a session, before the soreness guidance.
pub const POST_SESSION_QUESTION: &str =
    "Compared with before, do you feel better, the same or worse?";

/// The post-session question about the last session, asked at the next
/// launch when it went unanswered; `about` names the session.
pub fn late_feeling_question(about: &str) -> String {
    format!("About your last session, {about}: {POST_SESSION_QUESTION}")
}

/// After a "yes" at the screening: which group of questions applied.
pub const GROUP_QUESTION: &str =
    "Which group applies? If several do, choose one now and the next after.";

/// After a group that lets the session go on: every group that applies
/// counts (review M5).
pub const ANOTHER_GROUP_QUESTION: &str = "Does another group on the list apply too?";

/// Soreness that is expected after a session (docs/safety.md, "After a session").
pub const GOOD_SORE: &str = "Good sore: a dull ache or tenderness in the muscle you worked, \
     like after exercise. It usually settles in a day or two, and can peak one to three days later.";

/// Soreness to act on after a session (docs/safety.md, "After a session").
pub const BAD_SORE: &str = "Bad sore: pain that is sharp, shooting or strong and doesn't fade; \
     your usual symptoms getting worse, such as leg pain or tingling; or new numbness or weakness. \
     If so, pause pressure routines and see a GP or physio: today for new numbness or \
     weakness; a leg getting weaker, call the emergency number now.";

/// The guidance shown after every session, in order (docs/safety.md, "After a session").
pub const POST_SESSION: &[&str] = &[
    GOOD_SORE,
    BAD_SORE,
    "See a GP or physio if your pain is no better after a few weeks of looking after it, \
     is getting worse, stops you doing normal things, or has lasted more than about six weeks.",
    "Keep moving gently through the day; long spells of sitting or lying still don't help.",
];

/// What knead is and is not, shown on first run and acknowledged (docs/safety.md, "What knead is").
pub const FIRST_RUN_NOTICE: &str = "knead guides you through self-massage at home: timed holds, \
     slow breathing and regular safety questions. It is a general relaxation and self-care aid. \
     It does not diagnose or treat any condition, and it does not replace a clinician. \
     Any benefit is short-term; staying active and exercising matter most. \
     Stop at once if anything new or worse comes on: sharp or shooting pain, numbness or \
     tingling.";

/// The short version of the notice shown before each session (docs/safety.md, "What knead is").
pub const SESSION_NOTICE: &str = "A relaxation aid, not a treatment. Stay active, and stop if \
     anything is new or worse.";

#[cfg(test)]
mod tests {
    use super::{RED_FLAGS_EMERGENCY, RED_FLAGS_URGENT, stop_guidance};
    use crate::safety::Tool;

    #[test]
    fn stop_guidance_releases_first_and_ends_with_the_red_flags() {
        let lines = stop_guidance(Tool::Ball, &[], "999");
        assert_eq!(lines[0], Tool::Ball.release_now());
        let flags = RED_FLAGS_EMERGENCY.len() + RED_FLAGS_URGENT.len() + 2;
        let first_flag = lines.len() - flags;
        assert_eq!(
            lines[first_flag],
            "Call 999 or go to A&E now if you notice:"
        );
        assert!(lines.iter().take(first_flag).any(|l| l.contains("today")));
        assert_eq!(
            lines.last().map(String::as_str),
            Some("- a calf or thigh newly swollen and warm, often red (not your usual leg pain)")
        );
    }

    #[test]
    fn dizziness_comes_second_when_the_routine_names_it() {
        let signs = ["dizziness or light-headedness".to_owned()];
        let lines = stop_guidance(Tool::Pack, &signs, "999");
        assert_eq!(lines[0], "Take the pack off now.");
        assert!(lines[1].contains("sit or lie down and breathe normally"));
        let plain = stop_guidance(Tool::Ball, &[], "999");
        assert!(!plain[1].contains("dizzy"));
        assert!(plain.iter().any(|l| l.contains("Dizzy? Sit or lie down")));
    }

    #[test]
    fn no_after_stop_list_asks_to_notice_a_history() {
        for flag in RED_FLAGS_EMERGENCY.iter().chain(RED_FLAGS_URGENT) {
            assert!(!flag.contains("history"), "{flag}");
            assert!(!flag.contains("shoulder blades"), "{flag}");
        }
    }
}
