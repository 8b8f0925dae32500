//! Turning a typed line into a session command, for the question waiting.

use crate::session::{Command, Mode};

/// What a line means where the session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// A command for the engine.
    Command(Command),
    /// The line does not answer the question: ask for a valid answer.
    Invalid,
}

/// Whether a line is `x` or `stop`, which stop the session at any moment.
pub fn is_stop(line: &str) -> bool {
    matches!(line.trim().to_lowercase().as_str(), "x" | "stop")
}

/// Reads a line as an answer to what `mode` waits for. `x` or `stop`
/// stops the session at any prompt.
pub fn answer(mode: Mode, line: &str) -> Answer {
    if is_stop(line) {
        return Answer::Command(Command::Stop);
    }
    let word = line.trim().to_lowercase();
    match mode {
        Mode::Screening | Mode::CheckIn { .. } => match word.as_str() {
            "y" | "yes" => Answer::Command(Command::Answer(true)),
            "n" | "no" => Answer::Command(Command::Answer(false)),
            _ => Answer::Invalid,
        },
        Mode::PressureRating => match word.as_str() {
            "" => Answer::Command(Command::Rate(None)),
            number => match number.parse::<u8>() {
                Ok(rating) if rating <= 10 => Answer::Command(Command::Rate(Some(rating))),
                _ => Answer::Invalid,
            },
        },
        // Any line means "found it".
        Mode::WaitingForSpot => Answer::Command(Command::FoundIt),
        _ => Answer::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::{Answer, answer};
    use crate::session::{Command, Mode};

    #[track_caller]
    fn case(mode: Mode, line: &str, expected: Answer) {
        assert_eq!(answer(mode, line), expected, "{line:?}");
    }

    #[test]
    fn reads_answers_for_each_question() {
        let check_in = Mode::CheckIn { halfway: false };
        case(
            Mode::Screening,
            "n",
            Answer::Command(Command::Answer(false)),
        );
        case(
            Mode::Screening,
            " Yes ",
            Answer::Command(Command::Answer(true)),
        );
        case(check_in, "y", Answer::Command(Command::Answer(true)));
        case(check_in, "", Answer::Invalid);
        case(check_in, "maybe", Answer::Invalid);
        case(check_in, "X", Answer::Command(Command::Stop));
        case(
            Mode::PressureRating,
            "4",
            Answer::Command(Command::Rate(Some(4))),
        );
        case(
            Mode::PressureRating,
            "",
            Answer::Command(Command::Rate(None)),
        );
        case(Mode::PressureRating, "11", Answer::Invalid);
        case(Mode::PressureRating, "stop", Answer::Command(Command::Stop));
        case(Mode::WaitingForSpot, "", Answer::Command(Command::FoundIt));
        case(Mode::WaitingForSpot, "x", Answer::Command(Command::Stop));
    }
}
