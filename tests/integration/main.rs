//! The integration tests: one binary, one module per concern.

mod api;
#[cfg(feature = "cli")]
mod cli;
mod hostile;
mod languages;
mod prop;
mod prose;
mod regression;
mod rules;
