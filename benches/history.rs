//! `knead history` must read ten years of daily sessions (3,650) in under
//! 50 ms and 100,000 sessions in under 1 s: this measures reading those
//! journals and rendering the table, in process (`scripts/bench-journal-read.sh`
//! times the real binary).

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use knead::journal;
use knead::journal::history::{self, Filter, Format};

#[path = "support/synthetic.rs"]
mod synthetic;

fn generate(path: &Path, sessions: u64) {
    let file = File::create(path).expect("create the benchmark journal");
    let mut out = BufWriter::new(file);
    synthetic::write_journal(&mut out, sessions).expect("write the benchmark journal");
}

fn history(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("history");
    group.sample_size(10);
    for (sessions, name) in [(3_650, "3650"), (100_000, "100k")] {
        let path = dir.path().join(format!("journal-{name}.jsonl"));
        generate(&path, sessions);
        group.bench_function(format!("read {name} sessions"), |b| {
            b.iter(|| journal::read(&path).expect("read"))
        });
        // What `knead history` does, printing aside.
        group.bench_function(format!("read + render table {name}"), |b| {
            b.iter(|| {
                let (records, _) = journal::read(&path).expect("read");
                history::report(records, &Filter::default(), Format::Table).expect("table")
            })
        });
    }
    let (records, _) = journal::read(&dir.path().join("journal-100k.jsonl")).expect("read");
    group.bench_function("render table 100k", |b| {
        b.iter(|| history::render_table(&records))
    });
    group.bench_function("render json 100k", |b| {
        b.iter(|| history::render_json(&records).expect("json"))
    });
    group.bench_function("render csv 100k", |b| {
        b.iter(|| history::render_csv(&records).expect("csv"))
    });
    group.finish();
}

criterion_group!(benches, history);
criterion_main!(benches);
