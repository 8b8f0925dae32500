use super::{
    AREAS, Region, TOOLS, ToolKind, area, area_words, normalise, suggest_area, suggest_tool, tool,
    tool_words,
};
use crate::safety::Pressure;

#[track_caller]
fn class(word: &str, expected: Pressure, kind: ToolKind) {
    let entry = tool(word).unwrap_or_else(|| panic!("{word} is not a tool"));
    assert_eq!((entry.class, entry.kind), (expected, kind), "{word}");
}

#[test]
fn every_tool_has_the_class_of_what_it_is() {
    class("tennis ball", Pressure::Firm, ToolKind::Ball);
    class("lacrosse ball", Pressure::Firm, ToolKind::Ball);
    class("massage ball", Pressure::Firm, ToolKind::Ball);
    class("peanut ball", Pressure::Firm, ToolKind::Ball);
    class("foam roller", Pressure::Firm, ToolKind::Roller);
    class("rolled towel", Pressure::Firm, ToolKind::Roller);
    class("massage stick", Pressure::Firm, ToolKind::Roller);
    class("massage gun", Pressure::Firm, ToolKind::Device);
    class("hands", Pressure::Light, ToolKind::Hands);
    class("wall", Pressure::None, ToolKind::Wall);
    class("heat pack", Pressure::None, ToolKind::Pack);
    class("hot-water bottle", Pressure::None, ToolKind::Pack);
    class("cold pack", Pressure::None, ToolKind::Pack);
    class("heat or cold pack", Pressure::None, ToolKind::Pack);
    for support in ["mat", "bed", "pillow", "towel", "blanket", "chair", "strap"] {
        class(support, Pressure::None, ToolKind::Support);
    }
    // Nothing in the table is left untested above.
    assert_eq!(TOOLS.len(), 21);
}

#[test]
fn aliases_and_plurals_name_the_same_entry() {
    let name = |word: &str| tool(word).map(|t| t.name);
    assert_eq!(name("pillows"), Some("pillow"));
    assert_eq!(name("mat or bed"), Some("mat"));
    assert_eq!(name("Tennis  Balls "), Some("tennis ball"));
    assert_eq!(name("foam roller (soft or medium)"), Some("foam roller"));
    assert_eq!(
        name("heat pack, hot-water bottle or cold pack"),
        Some("heat or cold pack")
    );
    assert_eq!(name("tennis\u{1b}[31m ball"), Some("tennis ball"));
    let region = |word: &str| area(word).map(|a| a.regions);
    assert_eq!(
        region("lumbar"),
        Some(&[Region::Trunk, Region::LowBack][..])
    );
    assert_eq!(region("Thoracic"), Some(&[Region::Trunk][..]));
    assert_eq!(region("shoulder blades"), Some(&[Region::Trunk][..]));
    assert_eq!(region("buttock"), Some(&[Region::Hips][..]));
    assert_eq!(area("calf").map(|a| a.name), Some("calves"));
}

#[test]
fn unknown_words_are_unknown_and_near_ones_suggested() {
    assert_eq!(tool("football"), None);
    assert_eq!(tool("heat pack tennis ball"), None);
    assert_eq!(area("lumbarr"), None);
    assert_eq!(suggest_tool("tenis ball"), Some("tennis ball"));
    assert_eq!(suggest_tool("pilows"), Some("pillows"));
    assert_eq!(suggest_tool("foam rolers"), Some("foam rollers"));
    assert_eq!(suggest_tool("kettlebell"), None);
    assert_eq!(suggest_area("lumbarr"), Some("lumbar"));
    assert_eq!(suggest_area("lowr back"), Some("lower back"));
    assert_eq!(suggest_area("shoulder blads"), Some("shoulder blades"));
    assert_eq!(suggest_area("elbow grease"), None);
}

#[test]
fn every_word_names_one_entry_only() {
    for words in [tool_words(), area_words()] {
        let mut seen = std::collections::BTreeSet::new();
        for word in words {
            assert_eq!(normalise(word), word, "{word} is not in compared form");
            assert!(seen.insert(word), "{word} appears twice");
        }
    }
    assert!(AREAS.iter().all(|a| !a.regions.is_empty()));
}

#[test]
fn the_format_page_lists_every_entry_as_it_is() {
    let page = include_str!("../../../docs/routine-format.md");
    let word = |class: Pressure| format!("{class:?}").to_lowercase();
    for t in TOOLS {
        let kind = format!("{:?}", t.kind).to_lowercase();
        let row = format!(
            "| {} | {} | {} | {kind} |",
            t.name,
            t.aliases.join(", "),
            word(t.class)
        );
        assert!(page.contains(&row), "docs/routine-format.md lacks {row}");
    }
    for a in AREAS {
        let regions: Vec<&str> = a.regions.iter().map(|r| r.as_str()).collect();
        let row = format!(
            "| {} | {} | {} |",
            a.name,
            a.aliases.join(", "),
            regions.join(", ")
        );
        assert!(page.contains(&row), "docs/routine-format.md lacks {row}");
    }
}

#[test]
fn the_schema_lists_every_word_for_editors() {
    let schema = crate::routine::schema();
    let listed = |pointer: &str| {
        schema
            .pointer(pointer)
            .and_then(|v| v.as_array())
            .map(|words| words.iter().filter_map(|w| w.as_str()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(listed("/$defs/Tool/enum"), tool_words());
    assert_eq!(listed("/$defs/Area/enum"), area_words());
    assert!(listed("/$defs/Tool/examples").contains(&"tennis ball"));
    let step_tools = schema.pointer("/$defs/Step/properties/tools/items/$ref");
    assert_eq!(step_tools.and_then(|v| v.as_str()), Some("#/$defs/Tool"));
}
