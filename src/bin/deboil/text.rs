//! Plain-text mode: each input is one document.

use std::borrow::Cow;
use std::env;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use deboil::Cleaner;

use crate::args::{Args, Color};
use crate::explain::{self, Style};
use crate::fail::{stdout_err, warn, Failure};
use crate::input::Input;
use crate::output::OutFile;
use crate::report::{self, Origin};

/// Cleans every input in turn and writes the results to stdout.
///
/// A cleaned document is followed by one newline; one that cleans to
/// nothing prints nothing; documents are separated by one blank line.
pub fn run(args: &Args, cleaner: &Cleaner, inputs: &[Input]) -> Result<ExitCode, Failure> {
    let started = Instant::now();
    let stdout = io::stdout();
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => stdout.is_terminal() && env::var_os("NO_COLOR").is_none(),
    };
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut report = args.report.as_deref().map(OutFile::create).transpose()?;
    let mut lines = Vec::new();
    let mut buf = String::new();
    let (mut docs, mut bytes_in, mut bytes_out) = (0usize, 0usize, 0usize);
    let mut wrote = false;
    for input in inputs {
        let name = input.name();
        let bytes = input.read_all()?;
        let text = decode(&bytes, &name, args.strict)?;
        docs += 1;
        bytes_in += bytes.len();
        if args.explain {
            if inputs.len() > 1 {
                let sep = if docs > 1 { "\n" } else { "" };
                writeln!(out, "{sep}==> {name} <==").map_err(stdout_err)?;
            }
            let cleaned = cleaner.clean_with_report(&text);
            explain::write(&mut out, &text, &cleaned, Style::new(color)).map_err(stdout_err)?;
            continue;
        }
        if let Some(report_file) = report.as_mut() {
            let cleaned = cleaner.clean_with_report(&text);
            lines.clear();
            let origin = Origin {
                file: &name,
                line: None,
                id: None,
            };
            report::write_document(origin, cleaned.report(), &mut lines)
                .map_err(|e| Failure::io("report", e))?;
            report_file.write(&lines)?;
            buf = cleaned.into_text();
        } else {
            cleaner.clean_into(&text, &mut buf);
        }
        if buf.is_empty() {
            continue;
        }
        bytes_out += buf.len() + 1;
        if wrote {
            out.write_all(b"\n").map_err(stdout_err)?;
        }
        out.write_all(buf.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .map_err(stdout_err)?;
        wrote = true;
    }
    out.flush().map_err(stdout_err)?;
    if let Some(report) = report {
        report.finish()?;
    }
    if args.stats {
        let secs = started.elapsed().as_secs_f64();
        warn(format_args!(
            "documents: {docs}, bytes in: {bytes_in}, bytes out: {bytes_out}, {secs:.3} s ({:.1} MB/s)",
            bytes_in as f64 / 1e6 / secs.max(1e-9)
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Decodes an input: as is when it is UTF-8; otherwise lossily with a
/// warning, or not at all under `--strict`.
fn decode<'a>(bytes: &'a [u8], name: &str, strict: bool) -> Result<Cow<'a, str>, Failure> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(err) if strict => Err(Failure::InvalidUtf8 {
            name: name.to_string(),
            offset: err.valid_up_to(),
        }),
        Err(err) => {
            warn(format_args!(
                "warning: {name}: invalid UTF-8 at byte offset {}; invalid bytes replaced with U+FFFD",
                err.valid_up_to()
            ));
            Ok(String::from_utf8_lossy(bytes))
        }
    }
}
