//! Why a run stopped, and the exit status that says so.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

/// Exit status: some JSONL records were invalid.
pub const EXIT_INVALID_RECORDS: u8 = 1;
/// Exit status: usage error or I/O error.
pub const EXIT_USAGE: u8 = 2;
/// Exit status: invalid UTF-8 under `--strict` (sysexits' `EX_DATAERR`).
pub const EXIT_DATA: u8 = 65;

/// A reason to stop the run.
#[derive(Debug)]
pub enum Failure {
    /// The reader of standard output went away; not an error for a filter.
    BrokenPipe,
    /// Bad arguments or configuration.
    Usage(String),
    /// Reading or writing failed; the context names the file.
    Io { context: String, err: io::Error },
    /// Invalid UTF-8 under `--strict`.
    InvalidUtf8 { name: String, offset: usize },
}

impl Failure {
    /// Wraps an I/O error with the file it concerns; a broken pipe stays a
    /// broken pipe.
    pub fn io(context: impl fmt::Display, err: io::Error) -> Failure {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Io {
                context: context.to_string(),
                err,
            }
        }
    }

    /// Prints the failure (once, to stderr) and returns the exit status.
    pub fn report(self) -> ExitCode {
        let code = match &self {
            Failure::BrokenPipe => return ExitCode::SUCCESS,
            Failure::Usage(_) | Failure::Io { .. } => EXIT_USAGE,
            Failure::InvalidUtf8 { .. } => EXIT_DATA,
        };
        warn(format_args!("{self}"));
        ExitCode::from(code)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::BrokenPipe => f.write_str("broken pipe"),
            Failure::Usage(msg) => f.write_str(msg),
            Failure::Io { context, err } => write!(f, "{context}: {err}"),
            Failure::InvalidUtf8 { name, offset } => {
                write!(f, "{name}: invalid UTF-8 at byte offset {offset}")
            }
        }
    }
}

/// Writing to standard output.
pub fn stdout_err(err: io::Error) -> Failure {
    Failure::io("standard output", err)
}

/// Prints `deboil: <message>` on stderr; a failure to do so is ignored,
/// as there is nowhere left to say it.
pub fn warn(message: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "deboil: {message}");
}
