//! "Did you mean" suggestions for misspelt keys and words.

/// The closest known word to `word`, if it is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    known
        .iter()
        .map(|candidate| (strsim::damerau_levenshtein(&word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= allowed_distance(candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn allowed_distance(candidate: &str) -> usize {
    match candidate.chars().count() {
        0..=3 => 1,
        4..=6 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    const KEYS: &[&str] = &[
        "duration", "tempo", "min", "max", "side", "breaths", "steps",
    ];

    #[track_caller]
    fn case(word: &str, expected: Option<&str>) {
        assert_eq!(did_you_mean(word, KEYS), expected, "{word}");
    }

    #[test]
    fn suggests_near_misses_only() {
        case("duraton", Some("duration"));
        case("Duration", Some("duration"));
        case("temp", Some("tempo"));
        case("mx", Some("max"));
        case("sides", Some("side"));
        case("breath", Some("breaths"));
        case("colour", None);
        case("x", None);
    }
}
