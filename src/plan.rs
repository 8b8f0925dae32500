//! The therapist's plan: who handed a routine over, the day it starts, and
//! how its holds progress week by week within the limits they set
//! (`docs/safety.md`, "A therapist's plan").

mod progress;
pub mod weeks;

use std::time::Duration;

use jiff::civil::Date;

use crate::journal::{Journal, SessionRecord};
use crate::local_time::Zone;
use crate::routine::duration::format as show;
use crate::routine::{Activity, Routine};

pub use progress::{Ended, Standing, standing};
pub use weeks::{PlanWeek, weeks};

/// Who wrote a routine, in words: the plan's therapist, else its `author`.
pub fn author(routine: &Routine) -> Option<String> {
    routine
        .plan
        .as_ref()
        .map(|plan| plan.therapist.clone())
        .or_else(|| routine.author.clone())
}

/// The routine as the plan has it today, with the line that says why, for
/// a session about to start; nothing for a routine without a plan or
/// holds that grow. Reads the journal, and nothing stops a session: a
/// journal that cannot be read counts no weeks.
pub fn for_session(id: &str, routine: &Routine) -> (Option<Routine>, Option<String>) {
    if routine.plan.is_none() {
        return (None, None);
    }
    let records = Journal::default_path()
        .ok()
        .and_then(|path| crate::journal::read(&path).ok())
        .map(|(records, _)| records)
        .unwrap_or_default();
    let zone = Zone::system();
    let today = zone.date(jiff::Timestamp::now());
    match planned(id, routine, &records, today, &zone) {
        Some((routine, line)) => (Some(routine), Some(line)),
        None => (None, None),
    }
}

/// The plan's first day: its `start`, else the day of the first session
/// of the routine, else `today`.
pub fn start(
    id: &str,
    routine: &Routine,
    records: &[SessionRecord],
    today: Date,
    zone: &Zone,
) -> Option<Date> {
    let plan = routine.plan.as_ref()?;
    Some(plan.start.unwrap_or_else(|| {
        records
            .iter()
            .filter(|r| r.routine == id && !r.preview)
            .map(|r| zone.date(r.started))
            .min()
            .unwrap_or(today)
    }))
}

/// [`for_session`] with the journal's sessions and today given.
pub fn planned(
    id: &str,
    routine: &Routine,
    records: &[SessionRecord],
    today: Date,
    zone: &Zone,
) -> Option<(Routine, String)> {
    let plan = routine.plan.as_ref()?;
    let start = start(id, routine, records, today, zone)?;
    let weeks = weeks(records, id, start, usize::from(plan.weeks), zone);
    let standing = standing(plan, start, today, &weeks);
    let mut planned = routine.clone();
    let (mut now, mut before) = (Vec::new(), Vec::new());
    for step in &mut planned.steps {
        let Activity::Hold(hold) = step.kind else {
            continue;
        };
        let Some(progress) = hold.progress else {
            continue;
        };
        let grown = |steps| progress::hold(step.duration, progress, steps, hold.max);
        before.push(grown(standing.steps_before));
        step.duration = grown(standing.steps);
        now.push(step.duration);
    }
    let first = now.first()?;
    let holds = if now.iter().all(|d| d == first) {
        show(*first)
    } else {
        format!(
            "up to {}",
            show(now.iter().copied().max().unwrap_or(*first))
        )
    };
    let change = seconds(*first) - before.first().map_or(0, |d| seconds(*d));
    Some((planned, progress::line(plan, &standing, &holds, change)))
}

fn seconds(duration: Duration) -> i64 {
    i64::try_from(duration.as_secs()).unwrap_or(i64::MAX)
}

/// The text to install for a routine being added on `today`: a plan with
/// no `start` starts today, written under its `[plan]` header so the
/// person's copy says so. A plan written some other way (inline, dotted
/// keys) is left as it is; its first session then starts it.
pub fn with_start(text: &str, routine: &Routine, today: Date) -> String {
    if routine
        .plan
        .as_ref()
        .is_none_or(|plan| plan.start.is_some())
    {
        return text.to_owned();
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        at += line.len();
        if is_plan_header(line) {
            let ended = if line.ends_with('\n') { "" } else { "\n" };
            return format!(
                "{}{ended}start = \"{today}\"  # the day it was added (knead add)\n{}",
                &text[..at],
                &text[at..]
            );
        }
    }
    text.to_owned()
}

/// Whether a line is the `[plan]` header, perhaps spaced or commented.
fn is_plan_header(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or_default().trim();
    code.strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|name| name.trim() == "plan")
}

#[cfg(test)]
mod tests {
    use super::is_plan_header;

    #[test]
    fn finds_the_plan_header_however_it_is_spaced() {
        assert!(is_plan_header("[plan]\n"));
        assert!(is_plan_header("  [ plan ]  # from Sam\n"));
        assert!(!is_plan_header("[[plan]]\n"));
        assert!(!is_plan_header("[planet]\n"));
        assert!(!is_plan_header("plan = \"[plan]\"\n"));
    }
}
