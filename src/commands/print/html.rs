//! The handout as one HTML page: styles inside, no script, nothing fetched,
//! laid out to print on two A4 or US Letter pages. Every word comes from
//! [`Handout`]; this file only adds markup.

use super::body;
use super::handout::{DONT_USE_HEADING, Handout, Item, Span, StepItem, THERAPIST_LINES, Text};
use crate::html::Html;

/// The handout's own styles, after the shared print styles.
const CSS: &str = "h2{margin-top:1.6mm}li{margin:0.1mm 0}p{margin:0.7mm 0}.top{display:flex;gap:5mm;align-items:flex-start}.top>div{flex:1}.top>.side{flex:none;width:58mm}\
.facts{list-style:none;padding:0}.summary{font-style:italic}\
figure.body{margin:0}figure.body svg{width:58mm}\
figcaption ul{list-style:none;padding:0;font-size:8.5pt}\
.outline{fill:#f3f3f3;stroke:#444;stroke-width:1}.detail{fill:none;stroke:#888;stroke-width:.7;stroke-linecap:round}\
.worked{fill:#3b7dd8;fill-opacity:.6;stroke:#1d4f91;stroke-width:1}\
.never{fill:url(#never);stroke:#b00020;stroke-width:1;stroke-dasharray:2 1.5}\
.swatch{display:inline-block;width:3.5mm;height:3.5mm;vertical-align:-0.5mm;border:1px solid #1d4f91}\
.swatch.worked{background:#7ea8e6}\
.swatch.never{border:1px dashed #b00020;background:repeating-linear-gradient(45deg,#b00020 0 1px,#fff 1px 3px)}\
.steps{columns:2;column-gap:7mm}.steps li{margin:0 0 0.6mm;break-inside:avoid}.steps p{margin:0.3mm 0}.check{font-style:italic}\
.dont{border:2px solid #b00020;padding:0.6mm 2.5mm;margin:1.5mm 0}\
.signs{border:2px solid #b00020;padding:1mm 3mm;margin-top:3mm}.signs h2{border:0;margin-top:1mm}\
.signs p{margin:1mm 0 0.5mm}.signs ul{margin:0}.groups,.after ul{columns:2;column-gap:7mm}.after li{break-inside:avoid}.group{break-inside:avoid}\
.therapist{display:flex;gap:4mm;align-items:baseline;margin:0.5mm 0 1.5mm}.therapist h2{font-size:9.5pt;border:0;margin:0;white-space:nowrap}\
.lines{display:flex;gap:4mm;margin:0;padding:0}.lines li{list-style:none;margin:0}.lines span{display:inline-block;min-width:32mm;\
border-bottom:1px solid #333}";

/// The whole page.
pub fn render(handout: &Handout) -> String {
    let mut html = Html::page(&handout.title, CSS);
    // Title and summary run the full width, over the figure: a long title
    // wraps less there, and the column beside the figure is the longest.
    html.element("h1", &[], &handout.title);
    if let Some(summary) = &handout.summary {
        html.element("p", &[("class", &"summary")], summary);
    }
    therapist(&mut html, handout);
    html.raw("<div class=\"top\"><div>\n");
    html.raw("<ul class=\"facts\">");
    for fact in &handout.facts {
        html.raw("<li><strong>");
        html.text(fact.label);
        html.raw(":</strong> ");
        text(&mut html, &fact.value);
        html.raw("</li>");
    }
    html.raw("</ul>\n");
    if !handout.before.is_empty() {
        html.raw("<h2>Before you start</h2>\n");
        list(&mut html, &handout.before);
    }
    for line in &handout.notes {
        html.element("p", &[], line);
    }
    html.raw("</div>\n<div class=\"side\">");
    body::write(&mut html, &handout.areas);
    html.raw("</div></div>\n");
    dont_use(&mut html, handout);
    html.raw("<h2>Steps</h2>\n<ol class=\"steps\">");
    for step in &handout.steps {
        step_item(&mut html, step);
    }
    html.raw("</ol>\n<h2>Safety</h2>\n<ul>");
    for item in &handout.safety {
        bullet(&mut html, item);
    }
    html.raw("</ul>\n");
    html.element("p", &[], handout.disclaimer);
    warning_signs(&mut html, handout);
    html.raw("<div class=\"after\"><h2>Afterwards</h2>\n");
    list(&mut html, handout.afterwards);
    html.raw("</div>\n");
    html.finish()
}

/// Lines for the therapist's details, in one row under the title.
fn therapist(html: &mut Html, handout: &Handout) {
    html.raw("<div class=\"therapist\"><h2>Your therapist</h2>\n<ul class=\"lines\">");
    let filled = [&handout.therapist.name, &handout.therapist.phone, &None];
    for (label, value) in THERAPIST_LINES.iter().zip(filled) {
        html.raw("<li>");
        html.text(label);
        html.raw(": <span>");
        html.text(value.as_deref().unwrap_or(""));
        html.raw("</span></li>");
    }
    html.raw("</ul></div>\n");
}

/// The "Don't use if..." box, with the warning signs' red edge.
fn dont_use(html: &mut Html, handout: &Handout) {
    html.raw("<p class=\"dont keep\"><strong>");
    html.text(DONT_USE_HEADING);
    html.raw("</strong>");
    text(html, &handout.dont_use);
    html.raw("</p>\n");
}

fn step_item(html: &mut Html, step: &StepItem) {
    html.raw("<li><strong>");
    html.text(&step.title);
    html.raw("</strong> (");
    html.text(&step.about);
    html.raw(")");
    if let Some(cue) = &step.cue {
        html.element("p", &[], cue);
    }
    if let Some(own) = &step.breathing {
        html.element("p", &[], &format!("Breathing for this step: {own}."));
    }
    if step.checks_in {
        html.element("p", &[("class", &"check")], "Then the safety check-in.");
    }
    html.raw("</li>\n");
}

fn warning_signs(html: &mut Html, handout: &Handout) {
    html.raw("<section class=\"signs keep\"><h2>Warning signs</h2>\n<div class=\"groups\">");
    for group in &handout.warning_signs {
        html.raw("<div class=\"group\"><p><strong>");
        html.text(&group.heading);
        html.raw("</strong></p>");
        list(html, &group.signs);
        html.raw("</div>");
    }
    html.raw("</div></section>\n");
}

fn bullet(html: &mut Html, item: &Item) {
    html.raw("<li>");
    text(html, &item.text);
    if !item.children.is_empty() {
        html.raw("<ul>");
        for child in &item.children {
            html.raw("<li>");
            text(html, child);
            html.raw("</li>");
        }
        html.raw("</ul>");
    }
    html.raw("</li>\n");
}

fn list(html: &mut Html, lines: &[impl AsRef<str>]) {
    html.raw("<ul>");
    for line in lines {
        html.element("li", &[], line.as_ref());
    }
    html.raw("</ul>\n");
}

/// Handout text as HTML: every span escaped, emphasis and code as markup.
fn text(html: &mut Html, text: &Text) {
    for span in &text.0 {
        match span {
            Span::Own(words) | Span::File(words) => html.text(words),
            Span::Strong(words) => html.element("strong", &[], words),
            Span::Code(id) => html.element("code", &[], id),
        }
    }
}
