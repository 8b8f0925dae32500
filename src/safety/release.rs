//! What presses on the body (worked out by `routine::load` from a routine's
//! tools), and how to let go of it (docs/safety.md, "Stopping").

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
