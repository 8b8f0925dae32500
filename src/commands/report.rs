//! `knead report`: the journal's sessions as a page for a clinician, or as
//! JSON with the same content.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::error::Error;
use crate::exit::Exit;
use crate::journal::SessionRecord;
use crate::journal::history::{Areas, Filter, SameArea};
use crate::library;
use crate::output;
use crate::report::{self, Inputs, LocalClock, RoutineFacts};

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// One HTML page.
    Html,
    /// One JSON object.
    Json,
}

/// The sessions a report covers and the moment it is made, as given.
#[derive(Debug, Clone, Copy, Default)]
pub struct Choice<'a> {
    /// `--since`.
    pub since: Option<&'a str>,
    /// `--routine`.
    pub routine: Option<&'a str>,
    /// The hidden `--now`, so tests get the same page every day.
    pub now: Option<&'a str>,
}

/// Prints the report; skipped journal lines are warned about on stderr.
pub fn run(format: ReportFormat, choice: &Choice<'_>) -> Result<Exit, Error> {
    let now = choice
        .now
        .map(str::parse::<Timestamp>)
        .transpose()
        .map_err(Error::BadNow)?
        .unwrap_or_else(Timestamp::now);
    let clock = LocalClock::system();
    if let Some(why) = clock.zone().fallback() {
        output::eprint(&format!("knead: warning: {why}\n"));
    }
    let filter = Filter::new(choice.routine, choice.since, clock.zone(), now)?;
    // Read as `knead history` reads it: the same warnings, the same failure.
    let (records, _) = super::history::read_journal(true)?;
    // Pain stops count by body region as they did before each session:
    // the regions of every routine knead finds, one not found counting as all.
    let library = library::all();
    let areas = Areas::new(
        library
            .iter()
            .filter_map(|l| Some((l.id.as_str(), l.checked.routine.as_ref()?))),
    );
    let mut same_area = BTreeMap::new();
    let facts = routine_facts(&records, now, &clock, &areas, &mut same_area);
    let inputs = Inputs {
        records: &records,
        filter: &filter,
        facts: &facts,
        same_area: &same_area,
        now,
        clock: &clock,
    };
    let report = report::build(&inputs);
    match format {
        ReportFormat::Html => output::print(&report::html::render(&report))?,
        ReportFormat::Json => print_json(&report)?,
    }
    Ok(Exit::Done)
}

/// Writes the report as JSON straight to stdout: over years it is tens of
/// megabytes, not worth building as one string first. A reader that went
/// away ends the output quietly, as [`output::print`] does.
fn print_json(report: &report::Report) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, report)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    output::ignore_closed_pipe(written)
        .map_err(|e| std::io::Error::new(e.kind(), format!("cannot write to standard output: {e}")))
}

/// What each routine's file says today, for the routines in the journal;
/// a routine that can no longer be found or read gives nothing. Whose pain
/// stops count before each routine goes into `same_area`.
fn routine_facts<'a>(
    records: &'a [SessionRecord],
    now: jiff::Timestamp,
    clock: &LocalClock,
    areas: &'a Areas,
    same_area: &mut BTreeMap<String, SameArea<'a>>,
) -> BTreeMap<String, RoutineFacts> {
    let mut facts = BTreeMap::new();
    for record in records {
        if facts.contains_key(record.routine.as_str()) || record.routine.is_empty() {
            continue;
        }
        let routine =
            library::resolve_quietly(&record.routine).and_then(|loaded| loaded.checked.routine);
        same_area.insert(
            record.routine.to_string(),
            areas.before(&record.routine, routine.as_ref()),
        );
        let found = routine.map(|r| RoutineFacts {
            title: Some(r.title.clone()),
            frequency: r.frequency.clone(),
            per_week: r.per_week,
            presses: Some(r.steps.iter().any(|s| s.kind.checks_in())),
            plan: report::plan::report(&record.routine, &r, records, now, clock),
        });
        facts.insert(record.routine.to_string(), found.unwrap_or_default());
    }
    facts
}
