//! `knead history` must read ten years of daily sessions (3,650) in under
//! 50 ms and 100,000 sessions in under 1 s, and `knead history --view` must
//! draw its first frame over ten years of daily sessions within 100 ms:
//! this measures reading those journals, rendering the table, and building
//! and drawing the view, in process (`scripts/bench-journal-read.sh` and
//! `scripts/bench-history-view.py` time the real binary).

use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use knead::journal;
use knead::journal::history::{self, HistoryFormat, Perspective, Query};
use knead::local_time::Zone;
use knead::tui::history::HistoryView;
use knead::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[path = "support/synthetic.rs"]
mod synthetic;

fn generate(path: &Path, sessions: u64) {
    let file = File::create(path).expect("create the benchmark journal");
    let mut out = BufWriter::new(file);
    synthetic::write_journal(&mut out, sessions).expect("write the benchmark journal");
}

fn history(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let zone = Zone::utc();
    let aims = HashMap::from([("piriformis-tennis-ball".to_owned(), 3)]);
    let perspective = Perspective {
        zone: &zone,
        now: Timestamp::now(),
        aims: &aims,
        columns: None,
    };
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
                history::report(
                    records,
                    &Query::default(),
                    HistoryFormat::Table,
                    perspective,
                )
                .expect("table")
            })
        });
    }
    let (records, _) = journal::read(&dir.path().join("journal-100k.jsonl")).expect("read");
    group.bench_function("render table 100k", |b| {
        b.iter(|| history::render_table(&records, &zone))
    });
    group.bench_function("render json 100k", |b| {
        b.iter(|| history::render_json(&records).expect("json"))
    });
    group.bench_function("render csv 100k", |b| {
        b.iter(|| history::render_csv(&records).expect("csv"))
    });
    group.finish();
}

/// The view's first frame: read ten years of daily sessions up to now,
/// build the view, and draw it at 80x24.
fn view(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("journal-daily.jsonl");
    let file = File::create(&path).expect("create the benchmark journal");
    let now = Timestamp::now();
    synthetic::write_daily_journal(&mut BufWriter::new(file), 3_650, now)
        .expect("write the benchmark journal");
    let zone = Zone::utc();
    let aims = HashMap::from([("piriformis-tennis-ball".to_owned(), 3)]);
    let mut group = c.benchmark_group("history view");
    group.sample_size(10);
    group.bench_function(
        "first frame, 10 years daily (read + build + draw 80x24)",
        |b| {
            b.iter(|| {
                let (records, _) = journal::read(&path).expect("read");
                let view = HistoryView::build(&records, &zone, now, &aims, Theme::standard());
                let mut frame = Buffer::empty(Rect::new(0, 0, 80, 24));
                knead::tui::history::render(&view, frame.area, &mut frame);
                frame
            })
        },
    );
    let (records, _) = journal::read(&path).expect("read");
    group.bench_function("build + draw only, 10 years daily", |b| {
        b.iter(|| {
            let view = HistoryView::build(&records, &zone, now, &aims, Theme::standard());
            let mut frame = Buffer::empty(Rect::new(0, 0, 80, 24));
            knead::tui::history::render(&view, frame.area, &mut frame);
            frame
        })
    });
    group.finish();
}

criterion_group!(benches, history, view);
criterion_main!(benches);
