//! The picker (`knead` alone at a terminal) over `TestBackend`: snapshots
//! at 80x24 and 40x12 of the plain list, a typed filter, a broken user
//! routine and one that replaces a bundled routine; the fuzzy and tools
//! filters; the keys through the real loop with scripted input; and no
//! panic at any size.

use crate::support::scripted::Keys;
use crate::support::test_screen::TestScreen;

use knead::commands::pick::entries;
use knead::library::{self, Loaded, Origin};
use knead::tui::input::Input;
use knead::tui::picker::{self, PickAction, Picked, Picker, PickerBox, PickerKeys};
use knead::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const PICKER_SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

const BROKEN: &str = r#"format = 1
title = "My glutes"

[[step]]
kind = "hodl"
duration = "30s"
"#;

const MINE: &str = r#"format = 1
title = "Piriformis, my therapist's way"
summary = "Shorter holds, as agreed at the clinic."
areas = ["glutes"]
tools = ["tennis ball", "wall"]
author = "J. Doe, PT"
frequency = "every other day"

[safety]
screening = ["Has the buttock pain spread down the leg this week?"]
stop_signs = ["pain below the knee"]

[[step]]
kind = "hold"
title = "Ball against the wall"
cue = "Lean in."
side = "both"
duration = "40s"
repeat = 2
"#;

const PLANNED: &str = r#"format = 1
title = "Knee plan"

[plan]
therapist = "Sam Lee, physiotherapist"
weeks = 6
review = "2099-01-12"

[[step]]
kind = "hold"
title = "Hold above the knee"
cue = "Lean in gently."
duration = "30s"
max = "90s"
progress = "15s"
"#;

/// A user routine as the library would load it from the config folder.
fn user(id: &str, text: &str) -> Loaded {
    Loaded {
        id: id.to_owned(),
        origin: Origin::User,
        display: format!("/home/person/.config/knead/routines/{id}.toml"),
        text: text.to_owned(),
        checked: knead::routine::check_str(text),
    }
}

/// The user's routines first, then the bundled ones they do not replace,
/// as `library::all` orders them.
fn library_with(users: Vec<Loaded>) -> Vec<Loaded> {
    let mut all = users;
    let ids: Vec<String> = all.iter().map(|l| l.id.clone()).collect();
    all.extend(
        library::bundled()
            .into_iter()
            .filter(|b| !ids.contains(&b.id)),
    );
    all
}

fn picker_over(users: Vec<Loaded>, last: Option<&str>) -> Picker {
    Picker::new(entries(&library_with(users)), last, Theme::standard())
}

fn shot(picker: &mut Picker, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal
        .draw(|frame| {
            picker::fit(picker, frame.area());
            picker::render(picker, frame.area(), frame.buffer_mut());
        })
        .expect("draw");
    terminal
}

fn snapshots(name: &str, picker: &mut Picker) {
    for (w, h) in PICKER_SIZES {
        let terminal = shot(picker, w, h);
        insta::assert_snapshot!(format!("picker_{name}_{w}x{h}"), terminal.backend());
    }
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn type_in(picker: &mut Picker, text: &str) {
    picker.apply(PickAction::Filter);
    for c in text.chars() {
        picker.apply(PickAction::Type(c));
    }
}

fn shown_ids(picker: &Picker) -> Vec<String> {
    picker
        .shown()
        .iter()
        .map(|&n| picker.entries()[n].id.clone())
        .collect()
}

#[test]
fn the_plain_list_with_the_last_routine_run_selected() {
    let mut picker = picker_over(Vec::new(), Some("foam-roll-glutes"));
    assert_eq!(
        picker.current().map(|e| e.id.as_str()),
        Some("foam-roll-glutes")
    );
    snapshots("plain", &mut picker);
}

#[test]
fn a_typed_filter_finds_piriformis_from_pirif() {
    let mut picker = picker_over(Vec::new(), None);
    type_in(&mut picker, "pirif");
    let ids = shown_ids(&picker);
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| id.starts_with("piriformis")), "{ids:?}");
    snapshots("filtered", &mut picker);
}

#[test]
fn the_filter_reads_areas_and_tools_and_needs_every_word() {
    let mut picker = picker_over(Vec::new(), None);
    type_in(&mut picker, "roller");
    let ids = shown_ids(&picker);
    assert!(ids.contains(&"foam-roll-glutes".to_owned()), "{ids:?}");
    assert!(
        !ids.contains(&"piriformis-tennis-ball".to_owned()),
        "{ids:?}"
    );
    let mut picker = picker_over(Vec::new(), None);
    type_in(&mut picker, "wall glutes");
    let ids = shown_ids(&picker);
    assert!(
        ids.contains(&"wall-ball-glute-standing".to_owned()),
        "{ids:?}"
    );
    assert!(!ids.contains(&"foam-roll-glutes".to_owned()), "{ids:?}");
}

#[test]
fn a_broken_user_routine_is_listed_with_its_located_error() {
    let mut picker = picker_over(vec![user("my-glutes", BROKEN)], Some("my-glutes"));
    let entry = picker.current().expect("the broken one is listed");
    assert!(!entry.startable());
    let problem = entry.problem.clone().unwrap_or_default();
    assert!(
        problem.starts_with("/home/person/.config/knead/routines/my-glutes.toml:5:8: error:"),
        "{problem}"
    );
    snapshots("broken", &mut picker);
    // Chosen, it says why instead of starting.
    assert_eq!(picker.apply(PickAction::Start), None);
    assert_eq!(picker.overlay(), Some(&PickerBox::Why(0)));
    snapshots("broken_chosen", &mut picker);
}

#[test]
fn a_user_routine_that_replaces_a_bundled_one_is_marked() {
    let mut picker = picker_over(
        vec![user("piriformis-tennis-ball", MINE)],
        Some("piriformis-tennis-ball"),
    );
    let ids = shown_ids(&picker);
    let times = ids.iter().filter(|id| *id == "piriformis-tennis-ball");
    assert_eq!(times.count(), 1, "one entry per id: {ids:?}");
    assert!(picker.current().is_some_and(|e| e.shadows_bundled));
    snapshots("shadowing", &mut picker);
}

#[test]
fn a_routine_with_a_therapists_plan_is_marked_in_the_list() {
    let mut picker = picker_over(vec![user("knee-plan", PLANNED)], Some("knee-plan"));
    let wide = shot(&mut picker, 100, 30);
    let row = row_with(&wide, "Knee plan");
    assert!(row.contains("Knee plan [therapist's plan]"), "{row}");
    let narrow = shot(&mut picker, 40, 12);
    let row = row_with(&narrow, "Knee plan");
    assert!(row.contains("plan]"), "{row}");
    let other = row_with(&wide, "Tennis-ball glute holds");
    assert!(!other.contains("plan]"), "{other}");
}

/// The screen's row that shows `text`.
fn row_with(terminal: &Terminal<TestBackend>, text: &str) -> String {
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let cells: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
    cells
        .chunks(width)
        .map(|row| row.concat())
        .find(|row| row.contains(text))
        .unwrap_or_else(|| panic!("no row shows {text:?}"))
}

#[test]
fn what_i_have_hides_routines_needing_anything_else() {
    let mut picker = picker_over(Vec::new(), None);
    let tools = picker.tools().to_vec();
    let at = |name: &str| tools.iter().position(|t| t == name).expect(name);
    picker.apply(PickAction::Tools);
    assert_eq!(picker.key_context(), PickerKeys::Tools);
    for tool in ["tennis ball", "mat", "wall"] {
        let cursor = at(tool);
        picker.apply(PickAction::First);
        for _ in 0..cursor {
            picker.apply(PickAction::Down);
        }
        picker.apply(PickAction::Toggle);
    }
    assert_eq!(picker.ticked(), ["mat", "tennis ball", "wall"]);
    snapshots("tools_checklist", &mut picker);
    picker.apply(PickAction::Dismiss);
    let ids = shown_ids(&picker);
    assert!(
        ids.contains(&"piriformis-tennis-ball".to_owned()),
        "{ids:?}"
    );
    assert!(!ids.contains(&"foam-roll-glutes".to_owned()), "{ids:?}");
    for &n in picker.shown() {
        let entry = &picker.entries()[n];
        for tool in entry.tools() {
            assert!(picker.has(tool), "{} needs {tool}", entry.id);
        }
    }
}

#[test]
fn remembered_ticks_open_the_picker_filtered() {
    let ticked = ["Tennis ball ", "mat", "wall", "a tool no routine names"].map(str::to_owned);
    let picker = picker_over(Vec::new(), None).with_ticked(&ticked);
    assert_eq!(picker.ticked(), ["mat", "tennis ball", "wall"]);
    let ids = shown_ids(&picker);
    assert!(
        ids.contains(&"piriformis-tennis-ball".to_owned()),
        "{ids:?}"
    );
    assert!(!ids.contains(&"foam-roll-glutes".to_owned()), "{ids:?}");
}

#[test]
fn a_narrow_window_shows_the_preview_on_demand() {
    let mut picker = picker_over(vec![user("piriformis-tennis-ball", MINE)], None);
    picker.apply(PickAction::Preview);
    assert_eq!(picker.key_context(), PickerKeys::Preview);
    let terminal = shot(&mut picker, 40, 12);
    insta::assert_snapshot!("picker_preview_page_40x12", terminal.backend());
    picker.apply(PickAction::Help);
    let terminal = shot(&mut picker, 80, 24);
    insta::assert_snapshot!("picker_help_80x24", terminal.backend());
}

#[test]
fn any_window_size_draws_without_panicking() {
    let mut picker = picker_over(vec![user("my-glutes", BROKEN)], None);
    type_in(&mut picker, "ball");
    for w in [0, 1, 10, 39, 40, 41, 60, 71, 72, 120, 300] {
        for h in [0, 1, 5, 11, 12, 13, 19, 20, 24, 60] {
            for previewing in [false, true] {
                if previewing != picker.previewing() {
                    picker.apply(PickAction::DoneTyping);
                    picker.apply(PickAction::Preview);
                }
                let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
                terminal
                    .draw(|frame| {
                        picker::fit(&mut picker, frame.area());
                        picker::render(&picker, frame.area(), frame.buffer_mut());
                    })
                    .expect("draw");
            }
        }
    }
}

/// The loop as `knead` runs it, with keys from a script.
fn run_keys(picker: &mut Picker, keys: &[KeyEvent]) -> (Picked, String) {
    let script = keys.iter().map(|k| Input::Key(*k));
    let mut events = Keys::new(script);
    let mut screen = TestScreen::new(80, 24);
    let picked = picker::pick(picker, &mut screen, &mut events).expect("a test screen");
    (picked, screen.text())
}

fn typed(text: &str) -> Vec<KeyEvent> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

#[test]
fn enter_after_a_filter_picks_the_best_match() {
    let mut picker = picker_over(Vec::new(), None);
    let mut keys = typed("/roll glutes");
    keys.push(key(KeyCode::Enter));
    let (picked, _) = run_keys(&mut picker, &keys);
    let Picked::Start(n) = picked else {
        panic!("{picked:?}");
    };
    assert_eq!(picker.entries()[n].id, "foam-roll-glutes");
}

#[test]
fn q_quits_ctrl_c_interrupts_and_a_broken_routine_never_starts() {
    let mut picker = picker_over(vec![user("my-glutes", BROKEN)], None);
    let keys = [
        key(KeyCode::Enter),
        key(KeyCode::Enter),
        key(KeyCode::Char('q')),
    ];
    let (picked, screen) = run_keys(&mut picker, &keys);
    assert_eq!(picked, Picked::Quit);
    assert!(screen.contains("Choose a routine"), "{screen}");
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let (picked, _) = run_keys(&mut picker, &[ctrl_c]);
    assert_eq!(picked, Picked::Interrupted);
}

#[test]
fn the_picker_reopens_as_it_was_left() {
    let mut picker = picker_over(Vec::new(), None);
    let mut keys = typed("/pirif");
    keys.push(key(KeyCode::Tab));
    keys.push(key(KeyCode::Char('q')));
    let (picked, _) = run_keys(&mut picker, &keys);
    assert_eq!(picked, Picked::Quit);
    let before = shown_ids(&picker);
    let (_, screen) = run_keys(&mut picker, &[key(KeyCode::Char('q'))]);
    assert_eq!(shown_ids(&picker), before);
    assert!(screen.contains("Filter: pirif"), "{screen}");
}
