//! The progression rule (`docs/safety.md`, "A therapist's plan"): how many
//! steps of `progress` the holds have earned by this week, and the one line
//! that tells the person why.

use std::time::Duration;

use jiff::civil::Date;

use super::weeks::{MOST_PRESSURE, PlanWeek, week_index, week_start};
use crate::routine::TherapistPlan;
use crate::routine::duration::format as show;

/// Where a plan stands today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// This week of the plan, from 1; 0 before it starts.
    pub week: i64,
    /// Steps of `progress` the holds have today.
    pub steps: u32,
    /// Steps of `progress` they had last week.
    pub steps_before: u32,
    /// Last week, when there was one in the plan.
    pub last: Option<PlanWeek>,
    /// Why growth has stopped for good, when it has.
    pub ended: Option<Ended>,
}

/// Why holds no longer grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The plan's weeks are over.
    Weeks,
    /// The review date has come.
    Review(Date),
}

/// Where the plan stands on `today`, given its weeks so far (`weeks[0]` is
/// week 1). Only weeks inside the plan and before the review count.
pub fn standing(plan: &TherapistPlan, start: Date, today: Date, weeks: &[PlanWeek]) -> Standing {
    let week = week_index(start, today).map_or(0, |i| i + 1);
    let earlier = usize::try_from(week.saturating_sub(1)).unwrap_or(0);
    let counted: Vec<&PlanWeek> = weeks
        .iter()
        .enumerate()
        .take(earlier)
        .take_while(|(index, _)| counts(plan, start, *index))
        .map(|(_, w)| w)
        .collect();
    let ended = if plan.review.is_some_and(|r| today >= r) {
        plan.review.map(Ended::Review)
    } else {
        (week > i64::from(plan.weeks)).then_some(Ended::Weeks)
    };
    Standing {
        week,
        steps: steps_after(&counted),
        steps_before: steps_after(counted.split_last().map_or(&[], |(_, rest)| rest)),
        last: (counted.len() == earlier)
            .then(|| counted.last().copied().cloned())
            .flatten(),
        ended,
    }
}

/// Whether week `index` (from 0) of a plan may grow the holds: inside its
/// weeks and before its review.
fn counts(plan: &TherapistPlan, start: Date, index: usize) -> bool {
    let first_day = week_start(start, i64::try_from(index).unwrap_or(i64::MAX));
    index < usize::from(plan.weeks) && plan.review.is_none_or(|r| first_day < r)
}

/// Steps of progress after `weeks`: one per qualifying week, one back off
/// when the last had a pain stop or a "worse".
fn steps_after(weeks: &[&PlanWeek]) -> u32 {
    let qualifying = weeks.iter().filter(|w| w.qualifies()).count();
    let qualifying = u32::try_from(qualifying).unwrap_or(u32::MAX);
    let setback = weeks.last().is_some_and(|w| w.setback());
    qualifying.saturating_sub(u32::from(setback))
}

/// A hold's length with `steps` steps of `progress`, never past `max`.
pub fn hold(duration: Duration, progress: Duration, steps: u32, max: Duration) -> Duration {
    duration
        .saturating_add(progress.saturating_mul(steps))
        .min(max)
}

/// The line before the first step: where the plan stands and why the
/// holds are what they are. `holds` is their length today in words,
/// `change` how much longer (or shorter, below zero) than last week, in
/// seconds.
pub fn line(plan: &TherapistPlan, standing: &Standing, holds: &str, change: i64) -> String {
    let whose = format!("{}'s plan", plan.therapist_name());
    if let Some(ended) = standing.ended {
        let why = match ended {
            Ended::Weeks => format!("The {} weeks of {whose} are over", plan.weeks),
            Ended::Review(date) => format!("{whose} was due for review on {date}"),
        };
        let contact = plan
            .contact
            .as_ref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        return format!(
            "{why}: holds stay at {holds} and grow no more; see {}{contact} before going further.",
            plan.therapist_name()
        );
    }
    if standing.week == 0 {
        return format!("{whose} starts later: holds are {holds} until then.");
    }
    let at = format!("Week {} of {} of {whose}", standing.week, plan.weeks);
    let by = show(Duration::from_secs(change.unsigned_abs()));
    let why = match &standing.last {
        None => format!(
            "they grow after each week with a finished session, pressure at {MOST_PRESSURE} or less and no stops"
        ),
        Some(week) if change > 0 => {
            format!("{by} longer: last week's {}, no stops", pressure(week))
        }
        Some(week) if change < 0 => format!("{by} shorter: {}", setback(week)),
        Some(week) if week.qualifies() => "the longest this plan allows".to_owned(),
        Some(week) => format!("the same as last week: {}", not_qualified(week)),
    };
    format!("{at}: holds are {holds} ({why}).")
}

fn pressure(week: &PlanWeek) -> String {
    match (week.ratings.iter().min(), week.ratings.iter().max()) {
        (Some(lo), Some(hi)) if lo == hi => format!("pressure stayed at {lo}"),
        (Some(lo), Some(hi)) => format!("pressure stayed at {lo}-{hi}"),
        _ => "sessions were finished".to_owned(),
    }
}

fn setback(week: &PlanWeek) -> String {
    if week.pain_stops > 0 {
        "a check-in last week reported pain, numbness or tingling".to_owned()
    } else {
        "you felt worse after a session last week".to_owned()
    }
}

fn not_qualified(week: &PlanWeek) -> String {
    if week.finished == 0 {
        return "no session was finished last week".to_owned();
    }
    match week.ratings.iter().max() {
        Some(hi) if *hi > MOST_PRESSURE => {
            format!("last week's pressure reached {hi}, above {MOST_PRESSURE}")
        }
        _ => setback(week),
    }
}
