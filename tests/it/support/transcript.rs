//! Reading a plain-mode transcript, where every line starts with a tag
//! (`STEP: `, `CHECKIN: `, …).

/// The lines of `text` starting with `TAG: `.
pub fn tagged<'a>(text: &'a str, tag: &str) -> Vec<&'a str> {
    let prefix = format!("{tag}: ");
    text.lines()
        .filter(|line| line.starts_with(&prefix))
        .collect()
}
