//! The `knead` command: a terminal coach for home self-massage.

fn main() {}
