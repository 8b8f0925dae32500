//! The picker's state and what each action does to it: pure data, no
//! terminal, so every step can be tested and every frame drawn from it.

use super::entry::Entry;
use super::filter::{self, Have, tool_key};
use super::keys::{PickAction, PickerKeys};
use crate::tui::Theme;

/// What the picker ended with. The caller shows what was asked for and may
/// reopen the same picker (filter and selection kept) in the same window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// Start the routine at this index of the entries.
    Start(usize),
    /// Show the history page, then come back.
    History,
    /// The person quit (or the terminal closed).
    Quit,
    /// Ctrl-C or an ending signal.
    Interrupted,
}

/// A box over the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerBox {
    /// The keys.
    Help,
    /// The "what I have" checklist, its cursor on this tool.
    Tools(usize),
    /// Why the chosen routine cannot start.
    Why(usize),
}

/// The picker: the routines, what is shown of them, and the person's choices.
#[derive(Debug, Clone)]
pub struct Picker {
    entries: Vec<Entry>,
    tools: Vec<String>,
    /// The colours.
    pub theme: Theme,
    query: String,
    typing: bool,
    have: Have,
    shown: Vec<usize>,
    selected: usize,
    overlay: Option<PickerBox>,
    /// Narrow windows: the preview instead of the list.
    previewing: bool,
    preview_scroll: u16,
    /// Rows of the list on screen, for paging.
    page: u16,
}

impl Picker {
    /// A picker over `entries`, the one with id `last` selected (the
    /// routine run last), else the first.
    pub fn new(entries: Vec<Entry>, last: Option<&str>, theme: Theme) -> Self {
        let tools = filter::all_tools(&entries);
        let shown = (0..entries.len()).collect();
        let selected = last
            .and_then(|id| entries.iter().position(|e| e.id == id))
            .unwrap_or(0);
        Self {
            entries,
            tools,
            theme,
            query: String::new(),
            typing: false,
            have: Have::new(),
            shown,
            selected,
            overlay: None,
            previewing: false,
            preview_scroll: 0,
            page: 10,
        }
    }

    /// The picker with `tools` ticked (as remembered from last time); names
    /// no routine uses any more are left out.
    pub fn with_ticked(mut self, tools: &[String]) -> Self {
        let known: Have = self.tools.iter().map(|t| tool_key(t)).collect();
        self.have = tools
            .iter()
            .map(|t| tool_key(t))
            .filter(|key| known.contains(key))
            .collect();
        self.refilter();
        self
    }

    /// Every entry, in list order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries shown, as indices, in display order.
    pub fn shown(&self) -> &[usize] {
        &self.shown
    }

    /// The position in [`Picker::shown`] of the selected entry.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The selected entry, if any is shown.
    pub fn current(&self) -> Option<&Entry> {
        self.shown
            .get(self.selected)
            .and_then(|&n| self.entries.get(n))
    }

    /// The filter typed after `/`.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Whether keys are typed into the filter.
    pub fn typing(&self) -> bool {
        self.typing
    }

    /// Every tool named by the routines, for the checklist.
    pub fn tools(&self) -> &[String] {
        &self.tools
    }

    /// Whether the person ticked `tool` as one they have.
    pub fn has(&self, tool: &str) -> bool {
        self.have.contains(&tool_key(tool))
    }

    /// The tools ticked, in checklist order.
    pub fn ticked(&self) -> Vec<&str> {
        self.tools
            .iter()
            .filter(|t| self.has(t))
            .map(String::as_str)
            .collect()
    }

    /// The box over the list, if any.
    pub fn overlay(&self) -> Option<&PickerBox> {
        self.overlay.as_ref()
    }

    /// Whether a narrow window shows the preview in place of the list.
    pub fn previewing(&self) -> bool {
        self.previewing
    }

    /// How far the preview is scrolled.
    pub fn preview_scroll(&self) -> u16 {
        self.preview_scroll
    }

    /// What keys mean now.
    pub fn key_context(&self) -> PickerKeys {
        match (&self.overlay, self.typing, self.previewing) {
            (Some(PickerBox::Help), ..) => PickerKeys::Help,
            (Some(PickerBox::Tools(_)), ..) => PickerKeys::Tools,
            (Some(PickerBox::Why(_)), ..) => PickerKeys::Why,
            (None, true, _) => PickerKeys::Typing,
            (None, false, true) => PickerKeys::Preview,
            (None, false, false) => PickerKeys::Browse,
        }
    }

    /// Tells the picker how many list rows the window shows, for paging.
    pub fn set_page(&mut self, rows: u16) {
        self.page = rows.max(1);
    }

    /// Keeps the preview's scroll within `room`, how far it can scroll.
    pub fn clamp_preview(&mut self, room: u16) {
        self.preview_scroll = self.preview_scroll.min(room);
    }

    /// Applies an action; `Some` when the picker is done.
    pub fn apply(&mut self, action: PickAction) -> Option<Picked> {
        match action {
            PickAction::Up => self.move_by(-1),
            PickAction::Down => self.move_by(1),
            PickAction::PageUp => self.move_by(-i32::from(self.page)),
            PickAction::PageDown => self.move_by(i32::from(self.page)),
            PickAction::First => self.move_by(i32::MIN / 2),
            PickAction::Last => self.move_by(i32::MAX / 2),
            PickAction::Start => return self.start(),
            PickAction::Filter => self.typing = true,
            PickAction::Type(c) => self.set_query(format!("{}{c}", self.query)),
            PickAction::Erase => {
                let mut query = self.query.clone();
                query.pop();
                self.set_query(query);
            }
            PickAction::DoneTyping => self.typing = false,
            PickAction::ClearFilter => {
                self.typing = false;
                self.set_query(String::new());
            }
            PickAction::Tools => self.overlay = Some(PickerBox::Tools(0)),
            PickAction::Toggle => self.toggle_tool(),
            PickAction::Preview => self.previewing = !self.previewing,
            PickAction::Help => self.overlay = Some(PickerBox::Help),
            PickAction::Dismiss => {
                if self.overlay.take().is_none() {
                    self.previewing = false;
                }
            }
            PickAction::History => return Some(Picked::History),
            PickAction::Quit => return Some(Picked::Quit),
            PickAction::Interrupt => return Some(Picked::Interrupted),
        }
        None
    }

    fn start(&mut self) -> Option<Picked> {
        let &n = self.shown.get(self.selected)?;
        if self.entries.get(n).is_some_and(Entry::startable) {
            return Some(Picked::Start(n));
        }
        self.typing = false;
        self.overlay = Some(PickerBox::Why(n));
        None
    }

    /// Moves the selection (or the checklist's cursor, or scrolls the
    /// preview) by `by`, stopping at the ends.
    fn move_by(&mut self, by: i32) {
        let step = |at: usize, len: usize| {
            let last = len.saturating_sub(1) as i64;
            (at as i64 + i64::from(by)).clamp(0, last) as usize
        };
        match (&mut self.overlay, self.previewing) {
            (Some(PickerBox::Tools(cursor)), _) => *cursor = step(*cursor, self.tools.len()),
            (Some(_), _) => {}
            (None, true) => {
                let next = i32::from(self.preview_scroll).saturating_add(by).max(0);
                self.preview_scroll = u16::try_from(next).unwrap_or(u16::MAX);
            }
            (None, false) => {
                self.selected = step(self.selected, self.shown.len());
                self.preview_scroll = 0;
            }
        }
    }

    fn toggle_tool(&mut self) {
        let Some(PickerBox::Tools(cursor)) = self.overlay else {
            return;
        };
        let Some(tool) = self.tools.get(cursor).map(|t| tool_key(t)) else {
            return;
        };
        if !self.have.remove(&tool) {
            self.have.insert(tool);
        }
        self.refilter();
    }

    fn set_query(&mut self, query: String) {
        self.query = query;
        self.refilter();
    }

    /// Shows what the filters let through. While a query is typed the best
    /// match is selected; otherwise the selected routine stays selected
    /// when it still shows.
    fn refilter(&mut self) {
        let before = self.shown.get(self.selected).copied();
        self.shown = filter::shown(&self.entries, &self.query, &self.have);
        let kept = before.and_then(|n| self.shown.iter().position(|&m| m == n));
        self.selected = match kept {
            Some(at) if self.query.is_empty() => at,
            _ => 0,
        };
        self.preview_scroll = 0;
    }
}
