//! The handout's safety section: screening, the check-in and when to
//! stop, holds and the pressure scale. Numbers come from the engine and
//! the safety module, never restated. The sheet stands alone: it says what
//! the person does, not which key knead wants (review S10).

use super::{Item, Span, Text, Titles};
use crate::routine::duration::format as show;
use crate::routine::{Routine, ScreeningQuestion};
use crate::safety;
use crate::session::HALFWAY_CHECK_IN_FROM;

/// Screening, the check-in and when to stop, and the pressure scale.
pub fn items(routine: &Routine, titles: &Titles) -> Vec<Item> {
    // Today's warning signs open the sheet, in the "Don't use" box.
    let mut items = Vec::new();
    nested(
        &mut items,
        "Also ask yourself before you start:",
        routine
            .safety
            .screening
            .iter()
            .map(|q| question(q, titles))
            .collect(),
    );
    let marked = if routine.steps.iter().any(|s| s.check_in) {
        ", and at the end of the other steps marked \"Then the safety check-in\","
    } else {
        ""
    };
    items.push(Item {
        text: Text::own(format!(
            "After every hold and roll (and halfway through holds of {} or more){marked} ask yourself: ",
            show(HALFWAY_CHECK_IN_FROM)
        ))
        .then(Span::Strong(safety::check_in_question()))
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
    // How far a hold may be adjusted is said with each step ("adjustable
    // 30s to 1m"); the keys that do it belong to the screen, not the sheet.
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
/// which a patient recognises.
fn question(question: &ScreeningQuestion, titles: &Titles) -> Text {
    let text = Text::file(&question.ask);
    let Some(offer) = &question.offer else {
        return text;
    };
    let named = match titles.of(offer) {
        Some(title) => Span::Strong(title.to_owned()),
        None => Span::Code(offer.clone()),
    };
    text.then(Span::Own(" (if yes, try ".into()))
        .then(named)
        .then(Span::Own(" instead)".into()))
}

fn pressure(cap: Option<u8>) -> Vec<Text> {
    let (low, high) = safety::PRESSURE_TARGET;
    // A routine's own cap below the usual band replaces the band's aim.
    let aim = match cap {
        Some(cap) if cap < high => format!("Aim for {cap} or less"),
        _ => format!("Aim for {low} to {high}: a deep ache you can relax into"),
    };
    let mut lines = vec![Text::own(format!(
        "Rate the pressure from 0 (none) to 10 (the worst you can imagine). \
         {aim}. At {}, ease off a little; at {}, come off and move to a new spot \
         with less weight; at {} or more, stop that side.",
        safety::PRESSURE_EASE_OFF_FROM,
        safety::PRESSURE_RELEASE_FROM,
        safety::PRESSURE_END_SIDE_FROM
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
