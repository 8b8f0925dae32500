//! The JSON Schema of the routine format, generated from the raw types so it
//! cannot drift from what knead reads.

use schemars::schema_for;
use serde_json::{Value, json};

use super::raw::RawRoutine;

/// The schema as a JSON value.
pub fn schema() -> Value {
    let mut schema = serde_json::to_value(schema_for!(RawRoutine)).unwrap_or_default();
    // The raw types make these keys optional so that knead can report them
    // missing with a location; editors should still ask for them.
    if let Some(root) = schema.as_object_mut() {
        root.insert("required".into(), json!(["format", "title", "step"]));
    }
    if let Some(step) = schema
        .pointer_mut("/$defs/Step")
        .and_then(Value::as_object_mut)
    {
        step.insert("required".into(), json!(["kind"]));
    }
    schema
}

/// The schema as pretty-printed JSON text.
pub fn schema_json() -> String {
    serde_json::to_string_pretty(&schema()).unwrap_or_default()
}
