//! Benchmarks of routine parsing (the parser is written elsewhere).

fn main() {}
