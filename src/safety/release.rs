//! What presses on the body, read from a routine's `tools`, and how to let
//! go of it (docs/safety.md, "Stopping").

/// What the person presses with or lies on, as far as stopping goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tool {
    /// A heat or cold pack, or a hot-water bottle.
    Pack,
    /// A ball pinned against a wall.
    WallBall,
    /// A foam roller (or the rolled towel some routines offer instead).
    Roller,
    /// A ball on the floor or a bed.
    Ball,
    /// Nothing but the person's own hands (or no pressure at all).
    Hands,
}

impl Tool {
    /// The tool a routine presses with, from its `tools` list. A pack comes
    /// first: whatever else is listed, a pack left on can burn.
    pub fn of(tools: &[String]) -> Self {
        let words: Vec<String> = tools
            .iter()
            .flat_map(|tool| {
                tool.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        let has = |word: &str| words.iter().any(|w| w == word);
        if has("pack") || has("bottle") {
            Self::Pack
        } else if has("wall") && has("ball") {
            Self::WallBall
        } else if has("roller") {
            Self::Roller
        } else if has("ball") {
            Self::Ball
        } else {
            Self::Hands
        }
    }

    /// The first thing said whenever a session stops early.
    pub const fn release_now(self) -> &'static str {
        match self {
            Self::Pack => "Take the pack off now.",
            Self::WallBall => "Release the pressure now: step away from the wall.",
            Self::Roller => "Release the pressure now: roll off the roller.",
            Self::Ball => "Release the pressure now: roll off the ball.",
            Self::Hands => "Stop now: lift your hands away and rest in a comfortable position.",
        }
    }

    /// What a repeated hold says from its second pass, so no one spot gets
    /// more than one hold's time.
    pub fn new_spot(self) -> &'static str {
        match self {
            Self::Ball | Self::WallBall => "Move the ball a little to a new spot.",
            Self::Roller => "Move the roller a little to a new spot.",
            Self::Pack | Self::Hands => "Move a little to a new spot.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tool;

    fn tool(tools: &[&str]) -> Tool {
        Tool::of(&tools.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn every_bundled_tool_list_names_its_release() {
        assert_eq!(tool(&["tennis ball", "mat"]), Tool::Ball);
        assert_eq!(tool(&["tennis ball", "wall"]), Tool::WallBall);
        assert_eq!(tool(&["foam roller (soft or medium)", "mat"]), Tool::Roller);
        assert_eq!(
            tool(&["heat pack, hot-water bottle or cold pack", "towel"]),
            Tool::Pack
        );
        assert_eq!(tool(&["pillows", "mat or bed"]), Tool::Hands);
        assert_eq!(tool(&[]), Tool::Hands);
        // "football" is not a ball on the body; whole words only.
        assert_eq!(tool(&["Football pitch"]), Tool::Hands);
    }
}
