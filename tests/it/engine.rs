//! Tests of the session engine and the safety texts, over fabricated instants.

mod after;
mod checkins;
mod control;
mod fixtures;
mod plan;
mod pressure;
mod props;
mod purity;
mod step_check_in;
mod steps;
mod stopping;
mod texts;
