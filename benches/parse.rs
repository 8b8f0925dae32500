//! Parse + validate speed: one bundled routine, and a large valid file.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

const PIRIFORMIS: &str = include_str!("../routines/piriformis-tennis-ball.toml");

/// A valid routine of 200 steps, the most a file may hold.
fn largest_routine() -> String {
    let mut text = String::from("format = 1\ntitle = \"Largest\"\n");
    for i in 0..200 {
        text.push_str(&format!(
            "\n[[step]]\nkind = \"hold\"\ntitle = \"Spot {i}\"\ncue = \"Breathe out slowly.\"\nduration = \"30s\"\nmin = \"20s\"\nmax = \"40s\"\n"
        ));
    }
    text
}

fn parse_and_validate(c: &mut Criterion) {
    c.bench_function("check bundled piriformis routine", |b| {
        b.iter(|| knead::routine::check_str(black_box(PIRIFORMIS)))
    });
    let largest = largest_routine();
    c.bench_function("check a 200-step routine", |b| {
        b.iter(|| knead::routine::check_str(black_box(&largest)))
    });
}

criterion_group!(benches, parse_and_validate);
criterion_main!(benches);
