//! A stable fingerprint of a routine file, so the history can tell versions apart.

use std::fmt::Write;

use sha2::{Digest, Sha256};

/// The SHA-256 of a routine file's bytes, as `sha256:` and 64 lowercase hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    // The prefix names the algorithm, so a later change of hash stays readable.
    let mut text = String::with_capacity(7 + 2 * digest.len());
    text.push_str("sha256:");
    for byte in digest.iter() {
        // Writing to a String cannot fail.
        let _ = write!(text, "{byte:02x}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::content_hash;

    #[test]
    fn matches_the_published_sha256_of_abc() {
        assert_eq!(
            content_hash(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
