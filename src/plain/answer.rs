//! Turning a typed line into a session command, for the question waiting.

use crate::session::{Asked, Command, Feeling};
use crate::words::{ANSWER_FEELING, ANSWER_RATING, ANSWER_YES_NO};

/// What a line means where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A command for the engine.
    Command(Command),
    /// The line does not answer the question: what would.
    Invalid(String),
}

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
        return invalid(ANSWER_YES_NO);
    };
    match asked {
        Asked::Screening if word == "c" => Answer::Command(Command::ReviewConditions),
        asked if asked.is_yes_no() => match word.as_str() {
            "y" | "yes" => Answer::Command(Command::Answer(true)),
            "n" | "no" => Answer::Command(Command::Answer(false)),
            _ => invalid(ANSWER_YES_NO),
        },
        Asked::Pressure => match word.as_str() {
            "" => Answer::Command(Command::Rate(None)),
            number => match number.parse::<u8>() {
                Ok(rating) if rating <= 10 => Answer::Command(Command::Rate(Some(rating))),
                _ => invalid(ANSWER_RATING),
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
            _ => invalid(ANSWER_FEELING),
        },
        // Any line means "found it".
        Asked::FindSpot => Answer::Command(Command::FoundIt),
        _ => invalid(ANSWER_YES_NO),
    }
}

fn invalid(hint: &str) -> Answer {
    Answer::Invalid(hint.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{Answer, answer};
    use crate::session::{Asked, Command, Feeling};
    use crate::words::{ANSWER_FEELING, ANSWER_RATING, ANSWER_YES_NO};

    #[track_caller]
    fn case(asked: Asked, line: &str, expected: Answer) {
        assert_eq!(answer(Some(asked), line), expected, "{line:?}");
    }

    fn does(command: Command) -> Answer {
        Answer::Command(command)
    }

    fn hint(text: &str) -> Answer {
        Answer::Invalid(text.into())
    }

    #[test]
    fn reads_answers_for_each_question() {
        let (screening, pressure, spot) = (Asked::Screening, Asked::Pressure, Asked::FindSpot);
        let check_in = Asked::CheckIn { halfway: false };
        case(screening, "n", does(Command::Answer(false)));
        case(screening, " Yes ", does(Command::Answer(true)));
        case(check_in, "y", does(Command::Answer(true)));
        case(check_in, "", hint(ANSWER_YES_NO));
        case(check_in, "maybe", hint(ANSWER_YES_NO));
        case(check_in, "X", does(Command::Stop));
        case(pressure, "4", does(Command::Rate(Some(4))));
        case(pressure, "", does(Command::Rate(None)));
        case(pressure, "11", hint(ANSWER_RATING));
        case(pressure, "stop", does(Command::Stop));
        case(spot, "", does(Command::FoundIt));
        case(spot, "x", does(Command::Stop));
        let groups = Asked::Group { count: 4 };
        case(groups, "4", does(Command::Choose(3)));
        case(groups, "5", hint("Type a number from 1 to 4."));
        case(groups, "x", does(Command::Stop));
        let feeling = Asked::Feeling { late: false };
        case(feeling, "W", does(Command::Feel(Feeling::Worse)));
        case(feeling, "ok", hint(ANSWER_FEELING));
    }
}
