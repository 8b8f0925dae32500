//! Holds that grow with a therapist's plan (issue 23), through the real
//! binary with a written journal: a week that qualified makes the next
//! week's holds longer, a pain stop does not, `max` is never passed,
//! nothing grows after the plan's weeks, and a preview never counts.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};

use crate::support::sandbox::Sandbox;

/// The plan, starting `start`, lasting `weeks`.
pub fn plan(start: Date, weeks: u8) -> String {
    format!(
        "format = 1\ntitle = \"Knee plan\"\n\n[plan]\ntherapist = \"Sam Lee, physiotherapist\"\ncontact = \"01234 567890\"\nstart = \"{start}\"\nweeks = {weeks}\n\n[[step]]\nkind = \"hold\"\ntitle = \"Hold above the knee\"\ncue = \"Lean in gently.\"\nduration = \"30s\"\nmin = \"20s\"\nmax = \"90s\"\nprogress = \"15s\"\n"
    )
}

/// Today, in the zone knead counts days in.
fn today() -> Date {
    Zoned::now().date()
}

/// How a written session went.
#[derive(Clone, Copy)]
pub struct Went {
    pub ratings: &'static [u8],
    pub pain_stop: bool,
    pub worse: bool,
    pub preview: bool,
}

pub const CALM: Went = Went {
    ratings: &[3, 5],
    pain_stop: false,
    worse: false,
    preview: false,
};

/// The journal lines of one session of `knee-plan` at noon on `day`.
pub fn session(day: Date, went: Went) -> String {
    let at = day
        .at(12, 0, 0, 0)
        .to_zoned(TimeZone::system())
        .map_or(Timestamp::now(), |z| z.timestamp());
    let id = format!("s{}", at.as_second());
    let preview = if went.preview {
        ",\"preview\":true"
    } else {
        ""
    };
    let line = |offset: i64, body: &str| {
        let when = at + offset.seconds();
        format!("{{\"at\":\"{when}\",\"session\":\"{id}\",{body}}}\n")
    };
    let mut text = line(
        0,
        &format!(
            "\"event\":\"start\",\"routine\":\"knee-plan\",\"title\":\"Knee plan\",\"hash\":\"sha256:00\",\"planned_seconds\":30{preview}"
        ),
    );
    text += &line(5, "\"event\":\"screening\",\"answer\":\"no\"");
    // A rating per check-in: halfway, then at the end (the pain, if any).
    for (n, rating) in went.ratings.iter().enumerate() {
        let point = if n + 1 == went.ratings.len() {
            "end"
        } else {
            "halfway"
        };
        let answer = if went.pain_stop && point == "end" {
            "yes"
        } else {
            "no"
        };
        text += &line(
            40,
            &format!(
                "\"event\":\"check_in\",\"step\":0,\"point\":\"{point}\",\"answer\":\"{answer}\""
            ),
        );
        text += &line(
            42,
            &format!("\"event\":\"pressure\",\"step\":0,\"point\":\"{point}\",\"rating\":{rating}"),
        );
    }
    if went.pain_stop {
        text += &line(45, "\"event\":\"end\",\"outcome\":\"stopped_for_safety\"");
    } else {
        text += &line(
            38,
            "\"event\":\"step\",\"index\":0,\"kind\":\"hold\",\"title\":\"Hold above the knee\",\"planned_seconds\":30,\"seconds\":30",
        );
        text += &line(45, "\"event\":\"end\",\"outcome\":\"completed\"");
    }
    let feeling = if went.worse { "worse" } else { "better" };
    text + &line(
        50,
        &format!("\"event\":\"post_check\",\"answer\":\"{feeling}\""),
    )
}

/// Runs the plan (started `days_ago`, lasting `weeks`) after `journal`;
/// the plan's line and the hold's planned seconds in the new journal entry.
fn run(days_ago: i64, weeks: u8, journal: &str) -> (String, String) {
    let sandbox = Sandbox::new();
    let start = today().checked_sub(days_ago.days()).expect("a date");
    sandbox.user_routine("knee-plan.toml", &plan(start, weeks));
    sandbox.write_journal(journal);
    let output = sandbox
        .run_fast("knee-plan", "n\nn\nb\n")
        .output()
        .expect("knead runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let line = stdout
        .lines()
        .find(|l| l.contains("Sam Lee's plan"))
        .unwrap_or_else(|| panic!("no plan line in:\n{stdout}"))
        .to_owned();
    let written = sandbox.journal();
    let step = written
        .lines()
        .skip(journal.lines().count())
        .find(|l| l.contains("\"event\":\"step\""))
        .unwrap_or_else(|| panic!("no step in:\n{written}\n{stdout}"));
    let planned = step
        .split("\"planned_seconds\":")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .unwrap_or_default()
        .to_owned();
    (line, planned)
}

/// The day `days_ago` days before today.
pub fn day(days_ago: i64) -> Date {
    today().checked_sub(days_ago.days()).expect("a date")
}

#[test]
fn a_first_week_that_qualified_makes_the_second_weeks_holds_longer() {
    let (line, planned) = run(8, 6, &session(day(7), CALM));
    assert_eq!(
        line,
        "NOTICE: Week 2 of 6 of Sam Lee's plan: holds are 45s (15s longer: last week's pressure stayed at 3-5, no stops)."
    );
    assert_eq!(planned, "45", "the journal records the hold planned");
}

#[test]
fn a_pain_stop_in_the_first_week_keeps_the_holds_as_they_were() {
    let stop = Went {
        pain_stop: true,
        ..CALM
    };
    let journal = session(day(8), CALM) + &session(day(6), stop);
    let (line, planned) = run(8, 6, &journal);
    assert!(
        line.contains("holds are 30s (the same as last week: a check-in last week reported pain"),
        "{line}"
    );
    assert_eq!(planned, "30");
}

#[test]
fn a_rating_above_six_or_a_worse_holds_growth_back() {
    let hard = Went {
        ratings: &[4, 7],
        ..CALM
    };
    let (line, planned) = run(8, 6, &session(day(7), hard));
    assert!(
        line.contains("last week's pressure reached 7, above 6"),
        "{line}"
    );
    assert_eq!(planned, "30");
    let worse = Went {
        worse: true,
        ..CALM
    };
    let journal = session(day(15), CALM) + &session(day(8), worse);
    let (line, planned) = run(15, 6, &journal);
    assert!(
        line.contains("Week 3 of 6") && line.contains("15s shorter"),
        "{line}"
    );
    assert_eq!(planned, "30", "one step back off the week it earned");
}

#[test]
fn max_is_never_passed() {
    let journal: String = (1..=5)
        .map(|week| session(day(36 - 7 * (week - 1)), CALM))
        .collect();
    let (line, planned) = run(36, 8, &journal);
    assert!(line.starts_with("NOTICE: Week 6 of 8"), "{line}");
    assert!(
        line.contains("holds are 1m30s (the longest this plan allows)"),
        "{line}"
    );
    assert_eq!(planned, "90");
}

#[test]
fn nothing_grows_after_the_plans_weeks() {
    let journal: String = (1..=3)
        .map(|week| session(day(22 - 7 * (week - 1)), CALM))
        .collect();
    let (line, planned) = run(22, 2, &journal);
    assert_eq!(
        line,
        "NOTICE: The 2 weeks of Sam Lee's plan are over: holds stay at 1m and grow no more; see Sam Lee (01234 567890) before going further."
    );
    assert_eq!(
        planned, "60",
        "two weeks of growth, the third outside the plan"
    );
}

#[test]
fn a_preview_never_counts() {
    let preview = Went {
        preview: true,
        ..CALM
    };
    let (line, planned) = run(8, 6, &session(day(7), preview));
    assert!(
        line.contains("holds are 30s (the same as last week: no session was finished last week)"),
        "{line}"
    );
    assert_eq!(planned, "30");
}

#[cfg(unix)]
#[test]
fn the_full_screen_says_where_the_plan_stands_too() {
    use crate::support::pty::Pty;
    use portable_pty::CommandBuilder;
    let sandbox = Sandbox::new();
    sandbox.user_routine("knee-plan.toml", &plan(day(8), 6));
    sandbox.write_journal(&session(day(7), CALM));
    let home = |p: std::path::PathBuf| p.ancestors().nth(2).expect("a folder").to_path_buf();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_knead"));
    command.args(["run", "knee-plan", "--mute"]);
    command.env("TERM", "xterm-256color");
    command.env("XDG_CONFIG_HOME", home(sandbox.config_path()));
    command.env("XDG_DATA_HOME", home(sandbox.journal_path()));
    command.cwd(sandbox.scratch_dir());
    let mut pty = Pty::spawn(command, 40, 160);
    pty.wait_for("Week 2 of 6 of Sam Lee's plan: holds are 45s");
    let _ = pty.child.kill();
    let _ = pty.child.wait();
}
