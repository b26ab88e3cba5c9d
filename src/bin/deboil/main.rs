//! The `deboil` command-line tool.

use std::io::{self, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut buf = Vec::new();
    if io::stdin().read_to_end(&mut buf).is_err() {
        return ExitCode::from(2);
    }
    let text = String::from_utf8_lossy(&buf);
    let out = deboil::clean(&text);
    let mut stdout = io::stdout().lock();
    let _ = writeln!(stdout, "{out}");
    ExitCode::SUCCESS
}
