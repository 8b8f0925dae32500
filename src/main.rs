//! The knead command line.

fn main() {}
