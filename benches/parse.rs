//! Routine parsing benchmarks (placeholder until the parser lands).

fn main() {}
