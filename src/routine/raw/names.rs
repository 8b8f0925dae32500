//! The schema of the vocabulary words, so editors complete tools and areas
//! and flag a word knead would refuse.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::super::vocabulary::{AREAS, TOOLS, area_words, tool_words};

/// A tool from knead's vocabulary; the schema lists every word it accepts.
pub struct ToolName;

/// An area from knead's vocabulary; the schema lists every word it accepts.
pub struct AreaName;

impl JsonSchema for ToolName {
    fn schema_name() -> Cow<'static, str> {
        "Tool".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
        json_schema!({
            "description": "A tool from knead's vocabulary (`knead help format`, \"Tools\"); case does not matter.",
            "type": "string",
            "enum": tool_words(),
            "examples": names,
        })
    }
}

impl JsonSchema for AreaName {
    fn schema_name() -> Cow<'static, str> {
        "Area".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = AREAS.iter().map(|a| a.name).collect();
        json_schema!({
            "description": "A body area from knead's vocabulary (`knead help format`, \"Areas\"); case does not matter.",
            "type": "string",
            "enum": area_words(),
            "examples": names,
        })
    }
}
