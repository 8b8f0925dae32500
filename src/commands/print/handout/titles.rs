//! Routines named by title on paper: a patient reads "Gentle flare-up
//! routine", not the id `gentle-flare-up` they would type (review S10).

use crate::library;

/// Every routine a person can run by id, with its title.
#[derive(Debug, Default)]
pub struct Titles(Vec<(String, String)>);

impl Titles {
    /// The person's routines and the bundled ones, as `knead run` finds them.
    pub fn load() -> Self {
        Self::of_routines(library::all())
    }

    /// The bundled routines only.
    pub fn bundled() -> Self {
        Self::of_routines(library::bundled())
    }

    fn of_routines(routines: Vec<library::Loaded>) -> Self {
        let mut pairs: Vec<(String, String)> = routines
            .into_iter()
            .filter_map(|loaded| {
                let title = loaded.checked.routine.map(|r| r.title)?;
                Some((loaded.id, title))
            })
            .collect();
        // Longest first, so an id that extends another is replaced whole.
        pairs.sort_by_key(|(id, _)| std::cmp::Reverse(id.len()));
        Self(pairs)
    }

    /// The title of the routine with this id.
    pub fn of(&self, id: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, title)| title.as_str())
    }

    /// `text` with every routine id in it, as a whole word, replaced by
    /// the routine's title in quotes.
    pub fn replace_ids(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (id, title) in &self.0 {
            out = replace_word(&out, id, &format!("\"{title}\""));
        }
        out
    }
}

/// `text` with `word` replaced where letters, digits and hyphens do not
/// run on either side of it.
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let joins = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let end = at + word.len();
        let before = rest[..at].chars().next_back();
        let after = rest[end..].chars().next();
        // An id ends a sentence with a full stop, which is no part of it.
        if before.is_none_or(|c| !joins(c)) && after.is_none_or(|c| !joins(c)) {
            out.push_str(&rest[..at]);
            out.push_str(with);
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::Titles;

    #[test]
    fn ids_become_titles_and_other_words_stay() {
        let titles = Titles(vec![
            ("gentle-flare-up".into(), "Gentle flare-up routine".into()),
            ("wall".into(), "Wall holds".into()),
        ]);
        assert_eq!(
            titles.replace_ids("Not today: use gentle-flare-up instead."),
            "Not today: use \"Gentle flare-up routine\" instead."
        );
        assert_eq!(
            titles.replace_ids("a wall-ball, the wall, gentle-flare-ups"),
            "a wall-ball, the \"Wall holds\", gentle-flare-ups"
        );
        assert_eq!(titles.of("wall"), Some("Wall holds"));
    }
}
