//! The body regions the limits speak of, and sets of them: where a routine
//! works, read from the area vocabulary (`routine::vocabulary`).

/// A region of the body the limits speak of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    /// The back, spine, ribs, chest and belly.
    Trunk,
    /// The lower back, sacrum included: no pressure there in pregnancy.
    LowBack,
    /// The belly: nothing on it in pregnancy.
    Belly,
    /// The neck and jaw.
    Neck,
    /// Shoulders, arms and hands.
    Arms,
    /// Hips and buttocks.
    Hips,
    /// Thighs, knees, calves and feet.
    Legs,
}

impl Region {
    /// Every region: what an area of unknown reach belongs to.
    pub const ALL: &'static [Region] = &[
        Region::Trunk,
        Region::LowBack,
        Region::Belly,
        Region::Neck,
        Region::Arms,
        Region::Hips,
        Region::Legs,
    ];

    /// The word used in docs and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Trunk => "trunk",
            Region::LowBack => "low back",
            Region::Belly => "belly",
            Region::Neck => "neck",
            Region::Arms => "arms",
            Region::Hips => "hips",
            Region::Legs => "legs",
        }
    }
}

/// A set of regions, small enough to travel in a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Regions(u8);

impl Regions {
    /// Every region: where a routine of unknown reach works.
    pub fn all() -> Self {
        Region::ALL.iter().copied().collect()
    }

    /// Whether `region` is in the set.
    pub fn contains(self, region: Region) -> bool {
        self.0 & (1 << region as u8) != 0
    }

    /// Whether the two sets share a region.
    pub fn meets(self, other: Regions) -> bool {
        self.0 & other.0 != 0
    }
}

impl FromIterator<Region> for Regions {
    fn from_iter<I: IntoIterator<Item = Region>>(regions: I) -> Self {
        Self(
            regions
                .into_iter()
                .fold(0, |set, region| set | 1 << region as u8),
        )
    }
}

/// Words that put a person on their back, compared in lower case: a
/// routine's steps saying any of them count as lying on the back, which
/// pregnancy and a clinician's advice can rule out (docs/safety.md, C5, L4).
const ON_BACK: &[&str] = &[
    "on your back",
    "onto your back",
    "on to your back",
    "lie back",
    "lying back",
    "lie flat",
    "lying flat",
    "face up",
    "face-up",
    "supine",
];

/// Whether a routine's title, summary or step text has the person lie on
/// their back. Words can only make a routine stricter, never gentler.
pub fn lies_on_back(text: &str) -> bool {
    let text = text.to_lowercase();
    ON_BACK.iter().any(|words| text.contains(words))
}

/// Whether one of a routine's `before` lines speaks of pregnancy: its
/// author warns about it, so pregnancy rules the routine out.
pub fn mentions_pregnancy(line: &str) -> bool {
    line.to_lowercase().contains("pregnan")
}
