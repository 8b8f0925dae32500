//! knead in a pseudo-terminal of its own (portable-pty): its output parsed
//! into cells (vt100) for reading the screen, and kept raw for checking the
//! escape sequences that set the terminal up and give it back.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// How long anything may take to appear on screen.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// A program running in a pseudo-terminal of `rows` x `cols`.
pub struct Pty {
    /// Kept open: closing it hangs up on the program.
    pub master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    /// The program.
    pub child: Box<dyn Child + Send + Sync>,
    /// The screen, as a terminal would show it.
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote.
    pub raw: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    /// Starts `command` in a terminal of `rows` x `cols`.
    pub fn spawn(command: CommandBuilder, rows: u16, cols: u16) -> Self {
        let pty = native_pty_system()
            .openpty(size(rows, cols))
            .expect("a pseudo-terminal");
        let child = pty
            .slave
            .spawn_command(command)
            .expect("the program starts");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(cells(rows), cells(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let (to_screen, to_raw) = (parser.clone(), raw.clone());
        thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut chunk) {
                if let Ok(mut screen) = to_screen.lock() {
                    screen.process(&chunk[..n]);
                }
                if let Ok(mut raw) = to_raw.lock() {
                    raw.extend_from_slice(&chunk[..n]);
                }
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Self {
            master: pty.master,
            writer,
            child,
            parser,
            raw,
        }
    }

    /// The screen's text.
    pub fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text`, or fails showing the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited {PATIENCE:?} for {text:?}; the screen shows:\n{screen}"
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types `keys`.
    pub fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("key written");
        self.writer.flush().expect("key sent");
    }

    /// Makes the terminal `rows` x `cols`, as a window resized.
    pub fn resize(&self, rows: u16, cols: u16) {
        self.master.resize(size(rows, cols)).expect("resized");
        if let Ok(mut parser) = self.parser.lock() {
            parser.screen_mut().set_size(cells(rows), cells(cols));
        }
    }
}

fn cells(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal at least one cell wide")
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}
