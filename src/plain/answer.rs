//! Turning a typed line into a session command, for the question waiting.

use crate::session::{Asked, Command, Feeling};

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

/// Reads a line as an answer to what is `asked`. `x` or `stop` stops the
/// session at any prompt.
pub fn answer(asked: Option<Asked>, line: &str) -> Answer {
    if is_stop(line) {
        return Answer::Command(Command::Stop);
    }
    let word = line.trim().to_lowercase();
    let Some(asked) = asked else {
        return invalid(YES_NO);
    };
    match asked {
        Asked::Screening if word == "c" => Answer::Command(Command::ReviewConditions),
        asked if asked.is_yes_no() => match word.as_str() {
            "y" | "yes" => Answer::Command(Command::Answer(true)),
            "n" | "no" => Answer::Command(Command::Answer(false)),
            _ => invalid(YES_NO),
        },
        Asked::Pressure => match word.as_str() {
            "" => Answer::Command(Command::Rate(None)),
            number => match number.parse::<u8>() {
                Ok(rating) if rating <= 10 => Answer::Command(Command::Rate(Some(rating))),
                _ => invalid(RATING),
            },
        },
        Asked::Group { count } => match word.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => Answer::Command(Command::Choose(n - 1)),
            _ => Answer::Invalid(format!("Type a number from 1 to {count}.")),
        },
        Asked::Feeling { .. } => match word.as_str() {
            "b" | "better" => Answer::Command(Command::Feel(Feeling::Better)),
            "s" | "same" => Answer::Command(Command::Feel(Feeling::Same)),
            "w" | "worse" => Answer::Command(Command::Feel(Feeling::Worse)),
            _ => invalid(FEELING),
        },
        // Any line means "found it".
        Asked::FindSpot => Answer::Command(Command::FoundIt),
        _ => invalid(YES_NO),
    }
}

fn invalid(hint: &str) -> Answer {
    Answer::Invalid(hint.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Answer, FEELING, RATING, YES_NO, answer};
    use crate::session::{Asked, Command, Feeling};

    #[track_caller]
    fn case(asked: Asked, line: &str, expected: Answer) {
        assert_eq!(answer(Some(asked), line), expected, "{line:?}");
    }

    #[test]
    fn reads_answers_for_each_question() {
        let check_in = Asked::CheckIn { halfway: false };
        case(
            Asked::Screening,
            "n",
            Answer::Command(Command::Answer(false)),
        );
        case(
            Asked::Screening,
            " Yes ",
            Answer::Command(Command::Answer(true)),
        );
        case(check_in, "y", Answer::Command(Command::Answer(true)));
        case(check_in, "", Answer::Invalid(YES_NO.into()));
        case(check_in, "maybe", Answer::Invalid(YES_NO.into()));
        case(check_in, "X", Answer::Command(Command::Stop));
        case(
            Asked::Pressure,
            "4",
            Answer::Command(Command::Rate(Some(4))),
        );
        case(Asked::Pressure, "", Answer::Command(Command::Rate(None)));
        case(Asked::Pressure, "11", Answer::Invalid(RATING.into()));
        case(Asked::Pressure, "stop", Answer::Command(Command::Stop));
        case(Asked::FindSpot, "", Answer::Command(Command::FoundIt));
        case(Asked::FindSpot, "x", Answer::Command(Command::Stop));
        let groups = Asked::Group { count: 4 };
        case(groups, "4", Answer::Command(Command::Choose(3)));
        case(
            groups,
            "5",
            Answer::Invalid("Type a number from 1 to 4.".into()),
        );
        case(groups, "x", Answer::Command(Command::Stop));
        let feeling = Asked::Feeling { late: false };
        case(feeling, "W", Answer::Command(Command::Feel(Feeling::Worse)));
        case(feeling, "ok", Answer::Invalid(FEELING.into()));
    }
}
