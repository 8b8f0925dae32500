//! A routine's own screening question: a plain string, or a table that also
//! names a routine to offer instead.
//!
//! Read by hand rather than as an untagged enum: serde's untagged errors say
//! only "did not match any variant", while this keeps the table's own errors
//! (an unknown key, a missing `ask`) and their place in the file.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use toml::Spanned;

/// One screening question as written.
#[derive(Debug, JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "ScreeningQuestion")]
pub enum RawScreening {
    /// A yes/no question; "yes" stops the session.
    Ask(String),
    /// A question and the routine to offer instead when the answer is "yes".
    Table(RawScreeningTable),
}

/// The table form of a screening question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ScreeningTable")]
pub struct RawScreeningTable {
    /// The yes/no question.
    #[schemars(with = "String", length(min = 1))]
    pub ask: Spanned<String>,
    /// The id of a bundled or user routine to offer instead after a "yes".
    #[schemars(with = "String")]
    #[serde(default)]
    pub offer: Option<Spanned<String>>,
    /// A few words for the list at later sessions, once the full question has
    /// been read: a phrase such as "floor hard to reach", not a question.
    #[schemars(with = "String", length(min = 1))]
    #[serde(default)]
    pub short: Option<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawScreening {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScreeningVisitor)
    }
}

struct ScreeningVisitor;

impl<'de> Visitor<'de> for ScreeningVisitor {
    type Value = RawScreening;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a question, or a table like { ask = \"...\", offer = \"routine-id\", short = \"...\" }",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(RawScreening::Ask(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(RawScreening::Ask(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        RawScreeningTable::deserialize(MapAccessDeserializer::new(map)).map(RawScreening::Table)
    }
}
