//! An in-memory screen for the full-screen suites.

use std::io;

use knead::tui::frames::Frames;
use knead::tui::terminal::Screen;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// An in-memory screen for tests: what was drawn, how often the bell rang
/// and every title set.
pub struct TestScreen {
    frames: Frames<TestBackend>,
    /// How many times the bell rang.
    pub bells: usize,
    /// Every window title set, in order.
    pub titles: Vec<String>,
}

impl TestScreen {
    /// A screen of `width` x `height` cells.
    pub fn new(width: u16, height: u16) -> Self {
        let area = Rect::new(0, 0, width, height);
        Self {
            frames: Frames::new(TestBackend::new(width, height), area),
            bells: 0,
            titles: Vec::new(),
        }
    }

    /// The text on screen, one line per row.
    pub fn text(&self) -> String {
        let buffer = self.frames.backend().buffer();
        let width = usize::from(buffer.area.width.max(1));
        let cells: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
        cells
            .chunks(width)
            .map(|row| row.concat().trim_end().to_owned())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Screen for TestScreen {
    fn size(&mut self) -> io::Result<Rect> {
        Ok(self.frames.area())
    }

    fn draw(&mut self, render: &mut dyn FnMut(Rect, &mut Buffer)) -> io::Result<bool> {
        let Ok(sent) = self.frames.draw(render);
        Ok(sent)
    }

    fn set_title(&mut self, title: &str) -> io::Result<()> {
        self.titles.push(title.to_owned());
        Ok(())
    }

    fn bell(&mut self) -> io::Result<()> {
        self.bells += 1;
        Ok(())
    }
}
