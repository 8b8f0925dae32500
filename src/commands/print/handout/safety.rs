//! The handout's safety section: screening, the check-in and when to
//! stop, the hold controls and the pressure scale. Numbers come from the
//! engine and the safety module, never restated.

use super::{Item, Span, Text};
use crate::routine::duration::format as show;
use crate::routine::{Activity, Routine, ScreeningQuestion, Step};
use crate::safety;
use crate::session::{ADJUST_BY, HALFWAY_CHECK_IN_FROM};

/// Screening, the check-in and when to stop, and the pressure scale.
pub fn items(routine: &Routine) -> Vec<Item> {
    let mut items = vec![Item {
        text: Text::own(
            "Before every session knead asks whether any warning sign applies to you today; \
             if one does, the session does not start.",
        ),
        children: Vec::new(),
    }];
    nested(
        &mut items,
        "This routine also asks:",
        routine.safety.screening.iter().map(question).collect(),
    );
    let marked = if routine.steps.iter().any(|s| s.check_in) {
        ", and at the end of the other steps marked \"Then the safety check-in\","
    } else {
        ""
    };
    items.push(Item {
        text: Text::own(format!(
            "After every hold and roll (and halfway through holds of {} or more){marked} knead asks: ",
            show(HALFWAY_CHECK_IN_FROM)
        ))
        .then(Span::Strong(safety::check_in_question(&[])))
        .then(Span::Own(
            " If yes, release the pressure and stop for today.".into(),
        )),
        children: Vec::new(),
    });
    nested(
        &mut items,
        "Also stop if you notice:",
        routine
            .safety
            .stop_signs
            .iter()
            .map(|s| Text::file(s))
            .collect(),
    );
    let adjustable = |s: &Step| matches!(s.kind, Activity::Hold(h) if h.min != h.max);
    if routine.steps.iter().any(adjustable) {
        items.push(plain(
            Text::own("During a hold, ")
                .then(Span::Code("+".into()))
                .then(Span::Own(" and ".into()))
                .then(Span::Code("-".into()))
                .then(Span::Own(format!(
                    " make it {} longer or shorter, within the limits shown above.",
                    show(ADJUST_BY)
                ))),
        ));
    }
    if routine.safety.rate_pressure.asks() {
        items.extend(pressure(routine.safety.pressure_cap).into_iter().map(plain));
    }
    items
}

fn plain(text: Text) -> Item {
    Item {
        text,
        children: Vec::new(),
    }
}

/// A routine question, with the routine it offers instead: by its title,
/// which a patient recognises, where knead bundles it.
fn question(question: &ScreeningQuestion) -> Text {
    let text = Text::file(&question.ask);
    let Some(offer) = &question.offer else {
        return text;
    };
    let named = match bundled_title(offer) {
        Some(title) => Span::Strong(title),
        None => Span::Code(offer.clone()),
    };
    text.then(Span::Own(" (if yes, try ".into()))
        .then(named)
        .then(Span::Own(" instead)".into()))
}

/// The title of the bundled routine with this id.
fn bundled_title(id: &str) -> Option<String> {
    crate::library::bundled()
        .into_iter()
        .find(|loaded| loaded.id == id)
        .and_then(|loaded| loaded.checked.routine.map(|routine| routine.title))
}

fn pressure(cap: Option<u8>) -> Vec<Text> {
    let (low, high) = safety::PRESSURE_TARGET;
    // A routine's own cap below the usual band replaces the band's aim.
    let aim = match cap {
        Some(cap) if cap < high => format!("Aim for {cap} or less"),
        _ => format!("Aim for {low} to {high}: a deep ache you can relax into"),
    };
    let mut lines = vec![Text::own(format!(
        "After each check-in you rate the pressure from 0 (none) to 10 (the worst you can imagine). \
         {aim}. At {}, ease off a little; at {} or more, release and move to a new spot.",
        safety::PRESSURE_EASE_OFF_FROM,
        safety::PRESSURE_RELEASE_FROM
    ))];
    if let Some(cap) = cap {
        lines.push(Text::own(format!(
            "This routine stays at or below {cap}: above it, ease off."
        )));
    }
    lines
}

/// A bullet with the routine's own items under it, if it has any.
fn nested(items: &mut Vec<Item>, heading: &str, children: Vec<Text>) {
    if !children.is_empty() {
        items.push(Item {
            text: Text::own(heading),
            children,
        });
    }
}
