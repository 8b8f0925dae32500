//! The text pages: before the first step, choosing a group, the stop
//! guidance and the summary. Each is a header, a body that scrolls, a
//! question pinned above the key bar (never scrolled away), and the key bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::keybar::{KeyBar, rows_needed};
use super::stack;
use super::text::{height_of, scroll_room, scrolled, split_row};
use crate::tui::countdown::{clock, short};
use crate::tui::view::{Before, ChooseGroup, ConditionPage, Stage, Stopped, SummaryPage, View};
use crate::words;

/// A text page before it is laid out.
struct Sheet<'a> {
    /// A word or two at the right of the header.
    right: String,
    /// The text that scrolls.
    body: Text<'a>,
    /// How far the body is scrolled.
    scroll: u16,
    /// The question pinned under the body.
    footer: Text<'a>,
}

/// Rows for the header, body, footer and key bar, and whether the footer
/// scrolls at the end of the body instead of being pinned.
fn areas(view: &View, area: Rect, page: &Sheet<'_>) -> ([Rect; 4], bool) {
    let key_rows = rows_needed(view, area.width, 2);
    let footer_rows = height_of(&page.footer, area.width);
    if footer_rows <= area.height / 3 {
        let body_rows = area.height.saturating_sub(2 + footer_rows + key_rows);
        return (stack(area, [2, body_rows, footer_rows, key_rows]), false);
    }
    // A long question in a small window (a condition at 40x12 was cut
    // under blank rows): the header's blank row goes, and the question is
    // pinned whole while the body keeps a line and its "more" mark; past
    // that it scrolls with the body, and is answered once read.
    let room = area.height.saturating_sub(1 + key_rows);
    let body_needs = height_of(&page.body, area.width).min(2);
    if footer_rows + body_needs <= room {
        let areas = stack(area, [1, room - footer_rows, footer_rows, key_rows]);
        (areas, false)
    } else {
        (stack(area, [1, room, 0, key_rows]), true)
    }
}

/// The body as drawn, and the footer left pinned: the footer joins the
/// body's end when it `scrolls`.
fn joined(page: Sheet<'_>, scrolls: bool) -> (Text<'_>, Text<'_>) {
    if !scrolls {
        return (page.body, page.footer);
    }
    let mut body = page.body;
    if !body.lines.is_empty() {
        body.push_line(Line::default());
    }
    body.lines.extend(page.footer.lines);
    (body, Text::default())
}

fn draw(view: &View, page: Sheet<'_>, area: Rect, buf: &mut Buffer) {
    let ([header, body, footer, keys], scrolls) = areas(view, area, &page);
    let theme = view.theme;
    split_row(
        buf,
        header,
        (&view.header.title, theme.title),
        (&page.right, theme.text),
    );
    let scroll = page.scroll;
    let (text, pinned) = joined(page, scrolls);
    scrolled(text, scroll, body, buf, &theme);
    Paragraph::new(pinned)
        .wrap(Wrap { trim: false })
        .render(footer, buf);
    KeyBar { view }.render(keys, buf);
}

/// How far the text page in `view` can scroll in `area`; 0 on other screens.
pub fn max_scroll(view: &View, area: Rect) -> u16 {
    let Some(page) = page_of(view) else {
        return 0;
    };
    let ([_, body, _, _], scrolls) = areas(view, area, &page);
    scroll_room(&joined(page, scrolls).0, body)
}

/// Whether the question of the text page in `view` scrolls with its body
/// in `area` and its end has not been shown yet: a "y" or "n" then waits.
pub fn question_unread(view: &View, area: Rect, scroll: u16) -> bool {
    let Some(page) = page_of(view) else {
        return false;
    };
    let ([_, body, _, _], scrolls) = areas(view, area, &page);
    scrolls && scroll < scroll_room(&joined(page, scrolls).0, body)
}

/// How many lines a page key scrolls the text page in `view` in `area`:
/// the rows it shows less one, so no line is skipped unseen (a page key
/// at 40x12 once jumped past two lines of the screening).
pub fn page_rows(view: &View, area: Rect) -> u16 {
    let Some(page) = page_of(view) else {
        return 1;
    };
    let ([_, body, _, _], _) = areas(view, area, &page);
    // While scrolling, the body's last row says "more".
    body.height.saturating_sub(2).max(1)
}

fn page_of(view: &View) -> Option<Sheet<'_>> {
    match &view.stage {
        Stage::Before(before) => Some(before_page(view, before)),
        Stage::ChooseGroup(choose) => Some(choose_page(view, choose)),
        Stage::Stopped(stopped) => Some(stopped_page(view, stopped)),
        Stage::Summary(summary) => Some(summary_page(view, summary)),
        Stage::LastSession(question) => Some(last_session_page(view, question)),
        Stage::Condition(condition) => Some(condition_page(view, condition)),
        _ => None,
    }
}

/// The screen before the first step.
pub(super) fn before(view: &View, before: &Before, area: Rect, buf: &mut Buffer) {
    draw(view, before_page(view, before), area, buf);
}

fn before_page<'a>(view: &'a View, before: &'a Before) -> Sheet<'a> {
    let theme = view.theme;
    let mut body = Text::default();
    let tools = match view.header.tools.as_slice() {
        [] => "nothing but the floor".to_owned(),
        tools => tools.join(", "),
    };
    body.push_line(Line::styled(format!("You need: {tools}"), theme.text));
    if !before.before.is_empty() {
        body.push_line(Line::default());
        body.push_line(Line::styled("Before you start", theme.title));
        for line in &before.before {
            body.push_line(Line::styled(format!("- {line}"), theme.text));
        }
    }
    for notice in &before.notices {
        body.push_line(Line::default());
        body.push_line(Line::styled(notice.as_str(), theme.text));
    }
    for (heading, questions) in &before.groups {
        body.push_line(Line::default());
        // A folded list (a later session) has no headings.
        if !heading.is_empty() {
            body.push_line(Line::styled(heading.as_str(), theme.title));
        }
        for question in questions {
            body.push_line(Line::styled(format!("- {question}"), theme.text));
        }
    }
    if let Some(conditions) = &before.conditions {
        body.push_line(Line::default());
        body.push_line(Line::styled(conditions.as_str(), theme.text));
    }
    Sheet {
        right: format!("about {}", short(view.header.total)),
        body,
        scroll: before.scroll,
        footer: Text::from(Line::styled(before.ask.as_str(), theme.emphasis)),
    }
}

/// After a "yes" at the screening: which group applies.
pub(super) fn choose_group(view: &View, choose: &ChooseGroup, area: Rect, buf: &mut Buffer) {
    draw(view, choose_page(view, choose), area, buf);
}

fn choose_page<'a>(view: &'a View, choose: &'a ChooseGroup) -> Sheet<'a> {
    let theme = view.theme;
    let mut body = Text::default();
    for (n, heading) in choose.headings.iter().enumerate() {
        body.push_line(Line::styled(format!("{}  {heading}", n + 1), theme.text));
    }
    Sheet {
        // Not yet decided: some groups let the session go ahead.
        right: "before you start".to_owned(),
        body,
        scroll: choose.scroll,
        footer: Text::from(if choose.no_such_group {
            Line::styled(
                format!(
                    "Press a number from 1 to {}: which of these applies?",
                    choose.headings.len()
                ),
                theme.warning,
            )
        } else {
            Line::styled("Which of these applies? Press its number.", theme.emphasis)
        }),
    }
}

/// The stop guidance: release first, in emphasis.
pub(super) fn stopped(view: &View, stopped: &Stopped, area: Rect, buf: &mut Buffer) {
    draw(view, stopped_page(view, stopped), area, buf);
}

fn stopped_page<'a>(view: &'a View, stopped: &'a Stopped) -> Sheet<'a> {
    let theme = view.theme;
    let mut lines = stopped.lines.iter();
    let mut body = Text::default();
    if let Some(first) = lines.next() {
        body.push_line(Line::styled(first.as_str(), theme.warning));
        body.push_line(Line::default());
    }
    for line in lines {
        body.push_line(Line::styled(line.as_str(), theme.text));
    }
    let footer = match &stopped.question {
        Some(question) => Text::from(Line::styled(question.as_str(), theme.emphasis)),
        None => Text::default(),
    };
    Sheet {
        right: "STOPPED".to_owned(),
        body,
        scroll: stopped.scroll,
        footer,
    }
}

/// At launch: how the last session went, before today's begins.
pub(super) fn last_session(view: &View, question: &str, area: Rect, buf: &mut Buffer) {
    draw(view, last_session_page(view, question), area, buf);
}

fn last_session_page<'a>(view: &View, question: &'a str) -> Sheet<'a> {
    Sheet {
        right: "your last session".to_owned(),
        body: Text::default(),
        scroll: 0,
        footer: Text::from(Line::styled(question, view.theme.emphasis)),
    }
}

/// A long-standing condition: the heading, the advice for the last "yes",
/// and the question pinned above the key bar.
pub(super) fn condition(view: &View, condition: &ConditionPage, area: Rect, buf: &mut Buffer) {
    draw(view, condition_page(view, condition), area, buf);
}

fn condition_page<'a>(view: &View, condition: &'a ConditionPage) -> Sheet<'a> {
    let theme = view.theme;
    let mut body = Text::from(Line::styled(condition.heading.as_str(), theme.title));
    if let Some(advice) = &condition.advice {
        body.push_line(Line::default());
        body.push_line(Line::styled(advice.as_str(), theme.emphasis));
    }
    Sheet {
        right: if condition.after_session {
            "after the session"
        } else {
            "before you start"
        }
        .to_owned(),
        body,
        scroll: condition.scroll,
        footer: Text::from(Line::styled(condition.question.as_str(), theme.emphasis)),
    }
}

/// The summary, with the feeling question pinned until it is answered.
pub(super) fn summary(view: &View, summary: &SummaryPage, area: Rect, buf: &mut Buffer) {
    draw(view, summary_page(view, summary), area, buf);
}

fn summary_page<'a>(view: &'a View, summary: &'a SummaryPage) -> Sheet<'a> {
    let theme = view.theme;
    let mut body = Text::default();
    let done = format!(
        "Done: {} of {} in {}",
        summary.done,
        crate::text::count(summary.count, "step"),
        clock(summary.time)
    );
    body.push_line(Line::styled(done, theme.title));
    body.push_line(Line::styled(summary.reports.as_str(), theme.text));
    let saved = if summary.saved {
        "Saved to your history."
    } else {
        "Not saved to your history."
    };
    body.push_line(Line::styled(saved, theme.text));
    for line in &summary.guidance {
        body.push_line(Line::default());
        body.push_line(Line::styled(line.as_str(), theme.text));
    }
    let footer = match summary.feeling {
        None => Line::styled(summary.question.as_str(), theme.emphasis),
        Some(feeling) => Line::styled(
            format!("You feel {}. Thank you.", words::feeling(feeling)),
            theme.emphasis,
        ),
    };
    Sheet {
        right: "FINISHED".to_owned(),
        body,
        scroll: summary.scroll,
        footer: Text::from(footer),
    }
}
