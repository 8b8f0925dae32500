//! `knead history` must answer in under 0.5 s over a 100,000-session journal:
//! this measures reading that journal and rendering the table.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use knead::journal;
use knead::journal::history::{self, Filter, Format};

#[path = "support/synthetic.rs"]
mod synthetic;

const SESSIONS: u64 = 100_000;

fn generate(path: &Path) {
    let file = File::create(path).expect("create the benchmark journal");
    let mut out = BufWriter::new(file);
    synthetic::write_journal(&mut out, SESSIONS).expect("write the benchmark journal");
}

fn history_100k(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journal.jsonl");
    generate(&path);

    let mut group = c.benchmark_group("history");
    group.sample_size(10);
    group.bench_function("read 100k sessions", |b| {
        b.iter(|| journal::read(&path).expect("read"))
    });
    let (records, _) = journal::read(&path).expect("read");
    group.bench_function("render table 100k", |b| {
        b.iter(|| history::render_table(&records))
    });
    group.bench_function("render json 100k", |b| {
        b.iter(|| history::render_json(&records).expect("json"))
    });
    group.bench_function("render csv 100k", |b| {
        b.iter(|| history::render_csv(&records).expect("csv"))
    });
    // What `knead history` does, printing aside.
    group.bench_function("read + render table 100k", |b| {
        b.iter(|| {
            let (records, _) = journal::read(&path).expect("read");
            history::report(records, &Filter::default(), Format::Table).expect("table")
        })
    });
    group.finish();
}

criterion_group!(benches, history_100k);
criterion_main!(benches);
