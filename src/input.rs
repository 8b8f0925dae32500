//! Reading answers from standard input, which may be anything: a line is
//! bounded, so a stream with no line break (`< /dev/zero`) cannot fill
//! memory, and bytes that are not UTF-8 make an answer that is simply not
//! valid, never an error or the end of input.

use std::io::{self, BufRead};

/// The longest answer kept; the rest of a longer line is read and dropped.
pub const MAX_LINE: usize = 4096;

/// The most of one line read and dropped before the line is returned
/// anyway: a stream with no line break (`< /dev/zero`) then makes a run of
/// answers that are not valid, which ends the session, instead of one
/// read that never ends.
const MAX_DROPPED: usize = 16 * MAX_LINE;

/// Reads one line (without its line break), keeping at most [`MAX_LINE`]
/// bytes of it; undecodable bytes become U+FFFD. `None` at end of input.
pub fn read_line(input: &mut impl BufRead) -> io::Result<Option<String>> {
    Ok(read_piece(input)?.map(|(line, _)| line))
}

/// Answer lines read from an endless stream: a line cut after [`MAX_DROPPED`]
/// bytes goes on as pieces that are never valid answers, so the tail of a
/// huge line ("…y") cannot answer a question.
pub struct AnswerLines<R> {
    input: R,
    /// The last piece was cut before its line break.
    cut: bool,
}

impl<R: BufRead> AnswerLines<R> {
    /// Reads answers from `input`.
    pub fn new(input: R) -> Self {
        Self { input, cut: false }
    }

    /// The next answer, as [`read_line`] reads it; `None` at end of input.
    pub fn next_line(&mut self) -> io::Result<Option<String>> {
        let Some((line, ended)) = read_piece(&mut self.input)? else {
            return Ok(None);
        };
        let continued = std::mem::replace(&mut self.cut, !ended);
        Ok(Some(if continued {
            char::REPLACEMENT_CHARACTER.to_string()
        } else {
            line
        }))
    }
}

/// One line or, past [`MAX_DROPPED`] bytes with no break, the first piece
/// of one; true when its line break was read.
fn read_piece(input: &mut impl BufRead) -> io::Result<Option<(String, bool)>> {
    let mut line = Vec::new();
    let mut whole = false;
    let mut read_any = false;
    let mut dropped = 0;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            break;
        }
        read_any = true;
        let (chunk, used, ended) = match memchr::memchr(b'\n', buffer) {
            Some(at) => (&buffer[..at], at + 1, true),
            None => (buffer, buffer.len(), false),
        };
        let room = MAX_LINE.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        dropped += chunk.len().saturating_sub(room);
        input.consume(used);
        if ended {
            whole = true;
            break;
        }
        if dropped > MAX_DROPPED {
            break;
        }
    }
    if !read_any {
        return Ok(None);
    }
    if line.ends_with(b"\r") {
        line.pop();
    }
    // End of input ends the last line as well as a line break would.
    let ended = whole || dropped <= MAX_DROPPED;
    Ok(Some((String::from_utf8_lossy(&line).into_owned(), ended)))
}

#[cfg(test)]
mod tests {
    use super::{AnswerLines, MAX_DROPPED, MAX_LINE, read_line};

    #[test]
    fn the_tail_of_a_huge_line_answers_nothing() {
        let mut bytes = vec![b'n'; MAX_DROPPED + MAX_LINE + 2000];
        bytes.extend(b"y\nn\n");
        // Read a little at a time, as from a pipe.
        let mut answers = AnswerLines::new(std::io::BufReader::with_capacity(1024, &bytes[..]));
        let first = answers.next_line().ok().flatten();
        assert_eq!(first.map(|l| l.len()), Some(MAX_LINE));
        assert_eq!(answers.next_line().ok().flatten(), Some("\u{fffd}".into()));
        assert_eq!(answers.next_line().ok().flatten(), Some("n".into()));
        assert_eq!(answers.next_line().ok().flatten(), None);
    }

    #[test]
    fn lines_are_bounded_and_never_fail_on_bad_bytes() {
        let mut bytes = b"n\xe9\n".to_vec();
        bytes.extend("a".repeat(MAX_LINE * 3).bytes());
        bytes.extend(b"\n2\r\nlast");
        let mut input = &bytes[..];
        assert_eq!(
            read_line(&mut input).ok().flatten(),
            Some("n\u{fffd}".into())
        );
        assert_eq!(
            read_line(&mut input).ok().flatten().map(|l| l.len()),
            Some(MAX_LINE)
        );
        assert_eq!(read_line(&mut input).ok().flatten(), Some("2".into()));
        assert_eq!(read_line(&mut input).ok().flatten(), Some("last".into()));
        assert_eq!(read_line(&mut input).ok().flatten(), None);
    }
}
