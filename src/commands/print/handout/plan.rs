//! A therapist's plan on paper: who, how long, when to come back, and
//! when holds grow and when they do not (`docs/safety.md`).

use super::{Fact, Span, Text, Therapist};
use crate::plan::weeks::MOST_PRESSURE;
use crate::routine::Routine;
use crate::text::count;

/// The plan's facts, after the author: nothing without a plan.
pub(super) fn facts(routine: &Routine) -> Vec<Fact> {
    let Some(plan) = &routine.plan else {
        return Vec::new();
    };
    let mut facts = vec![Fact {
        label: "Plan",
        value: Text::own(count(usize::from(plan.weeks), "week"))
            .then(Span::Own(match plan.start {
                Some(start) => format!(" from {start}, by "),
                None => " from the day it was added, by ".to_owned(),
            }))
            .then(Span::File(plan.therapist.clone())),
    }];
    if let Some(contact) = &plan.contact {
        facts.push(Fact {
            label: "Contact",
            value: Text::file(contact),
        });
    }
    if let Some(review) = plan.review {
        facts.push(Fact {
            label: "Review",
            value: Text::own(format!("{review}: your next appointment")),
        });
    }
    facts.push(Fact {
        label: "Holds grow",
        value: Text::own(format!(
            "after each week with a finished session, pressure at {MOST_PRESSURE} or less \
             and no pain stop or \"worse\", never past each hold's longest; a pain stop or \
             \"worse\" takes one week's growth back off. Nothing grows after the plan's {} \
             or from the review: see your therapist first.",
            count(usize::from(plan.weeks), "week")
        )),
    });
    facts
}

/// The therapist's lines: the command line's, else the plan's.
pub(super) fn from_plan(routine: &Routine, given: Therapist) -> Therapist {
    let Some(plan) = &routine.plan else {
        return given;
    };
    Therapist {
        name: given.name.or_else(|| Some(plan.therapist.clone())),
        phone: given.phone.or_else(|| plan.contact.clone()),
    }
}
