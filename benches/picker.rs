//! The picker's first frame in process: read and check 200 user routines
//! and the bundled ones, build the entries, lay out and render 80x24. The
//! end-to-end figure (process start and terminal included) comes from
//! `scripts/bench-picker.py`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use knead::commands::pick::entries;
use knead::library;
use knead::tui::picker::{self, Picker};
use knead::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// 200 user routines: the bundled files under other ids and titles.
fn user_routines(dir: &Path) {
    let bundled = library::bundled();
    for n in 0..200 {
        let source = &bundled[n % bundled.len()].text;
        let text = source.replacen("title = \"", &format!("title = \"No. {n:03} "), 1);
        std::fs::write(dir.join(format!("mine-{n:03}.toml")), text).expect("routine written");
    }
}

fn first_frame(dir: &Path) -> Buffer {
    let loaded = library::all_for_picking_in(Some(dir));
    let mut picker = Picker::new(entries(&loaded), None, Theme::standard());
    let area = Rect::new(0, 0, 80, 24);
    picker::fit(&mut picker, area);
    let mut frame = Buffer::empty(area);
    picker::render(&picker, area, &mut frame);
    frame
}

fn picker(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    user_routines(dir.path());
    c.bench_function("picker first frame, 200 user routines", |b| {
        b.iter(|| first_frame(black_box(dir.path())))
    });
    c.bench_function("check 200 user routines one by one, lints on", |b| {
        b.iter(|| {
            std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| library::load_path(&e.path(), library::Origin::User))
                .collect::<Vec<_>>()
        })
    });
}

criterion_group!(benches, picker);
criterion_main!(benches);
