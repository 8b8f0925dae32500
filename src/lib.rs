//! knead: a terminal coach for home self-massage.
//!
//! A pure core (the routine format and the session engine) with thin faces
//! over it (the command line and plain line mode).

pub mod routine;
pub mod safety;
pub mod session;
