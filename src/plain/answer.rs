//! Turning a typed line into a session command, for the question waiting.

use crate::session::{Command, Feeling, Mode};

/// What a line means where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A command for the engine.
    Command(Command),
    /// The line does not answer the question: what would.
    Invalid(String),
}

const YES_NO: &str = "Please answer y or n (x stops).";
const RATING: &str = "Type a number from 0 to 10, or press Enter to skip (x stops).";
const FEELING: &str = "Please answer b, s or w.";

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
        Mode::Screening if word == "c" => Answer::Command(Command::ReviewConditions),
        Mode::Screening | Mode::Condition | Mode::CheckIn { .. } => match word.as_str() {
            "y" | "yes" => Answer::Command(Command::Answer(true)),
            "n" | "no" => Answer::Command(Command::Answer(false)),
            _ => invalid(YES_NO),
        },
        Mode::PressureRating => match word.as_str() {
            "" => Answer::Command(Command::Rate(None)),
            number => match number.parse::<u8>() {
                Ok(rating) if rating <= 10 => Answer::Command(Command::Rate(Some(rating))),
                _ => invalid(RATING),
            },
        },
        Mode::ChoosingGroup { count } => match word.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => Answer::Command(Command::Choose(n - 1)),
            _ => Answer::Invalid(format!("Type a number from 1 to {count}.")),
        },
        Mode::Feeling { .. } => match word.as_str() {
            "b" | "better" => Answer::Command(Command::Feel(Feeling::Better)),
            "s" | "same" => Answer::Command(Command::Feel(Feeling::Same)),
            "w" | "worse" => Answer::Command(Command::Feel(Feeling::Worse)),
            _ => invalid(FEELING),
        },
        // Any line means "found it".
        Mode::WaitingForSpot => Answer::Command(Command::FoundIt),
        _ => invalid(YES_NO),
    }
}

fn invalid(hint: &str) -> Answer {
    Answer::Invalid(hint.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Answer, FEELING, RATING, YES_NO, answer};
    use crate::session::{Command, Feeling, Mode};

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
        case(check_in, "", Answer::Invalid(YES_NO.into()));
        case(check_in, "maybe", Answer::Invalid(YES_NO.into()));
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
        case(Mode::PressureRating, "11", Answer::Invalid(RATING.into()));
        case(Mode::PressureRating, "stop", Answer::Command(Command::Stop));
        case(Mode::WaitingForSpot, "", Answer::Command(Command::FoundIt));
        case(Mode::WaitingForSpot, "x", Answer::Command(Command::Stop));
        let groups = Mode::ChoosingGroup { count: 4 };
        case(groups, "4", Answer::Command(Command::Choose(3)));
        case(
            groups,
            "5",
            Answer::Invalid("Type a number from 1 to 4.".into()),
        );
        case(groups, "x", Answer::Command(Command::Stop));
        let feeling = Mode::Feeling { late: false };
        case(feeling, "W", Answer::Command(Command::Feel(Feeling::Worse)));
        case(feeling, "ok", Answer::Invalid(FEELING.into()));
    }
}
