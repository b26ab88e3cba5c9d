//! The `deboil` command-line tool: cleans text files, standard input or
//! one field of JSON-lines records. `deboil --help` documents the flags,
//! the output format and the exit status.

mod args;
mod explain;
mod fail;
mod input;
mod jsonl;
mod output;
mod report;
mod text;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use deboil::{Cleaner, RuleId};

use crate::args::Args;
use crate::fail::{stdout_err, Failure, EXIT_USAGE};
use crate::input::Input;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(failure) => failure.report(),
    }
}

fn run() -> Result<ExitCode, Failure> {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(err) => {
            // Help and version go to stdout, usage errors to stderr; a
            // reader that went away is no reason to complain.
            let _ = err.print();
            let code = u8::try_from(err.exit_code()).unwrap_or(EXIT_USAGE);
            return Ok(ExitCode::from(code));
        }
    };
    if args.list_rules {
        return list_rules();
    }
    let cleaner = build_cleaner(&args)?;
    let inputs = Input::from_args(&args.files);
    check_outputs(&args, &inputs)?;
    if args.jsonl {
        jsonl::run(&args, &cleaner, &inputs)
    } else {
        text::run(&args, &cleaner, &inputs)
    }
}

fn list_rules() -> Result<ExitCode, Failure> {
    let mut out = BufWriter::new(io::stdout().lock());
    let width = RuleId::ALL
        .iter()
        .map(|r| r.name().len())
        .max()
        .unwrap_or(0);
    for rule in RuleId::ALL {
        writeln!(out, "{:<width$}  {}", rule.name(), rule.summary()).map_err(stdout_err)?;
    }
    out.flush().map_err(stdout_err)?;
    Ok(ExitCode::SUCCESS)
}

fn build_cleaner(args: &Args) -> Result<Cleaner, Failure> {
    let mut builder = Cleaner::builder();
    for &rule in &args.disable {
        builder.disable(rule);
    }
    for (name, pattern) in &args.drop_lines {
        builder.drop_lines(name, pattern);
    }
    for (name, pattern) in &args.footer_marker {
        builder.footer_marker(name, pattern);
    }
    for path in &args.pack {
        let source = std::fs::read_to_string(path)
            .map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))?;
        builder.phrase_pack(&path.display().to_string(), &source);
    }
    if let Some(share) = args.max_removal_share {
        builder.max_removal_share(share);
    }
    builder.normalization(args.form());
    builder.build().map_err(|e| Failure::Usage(e.to_string()))
}

/// Refuses to truncate an input by writing a report or rejects file over
/// it.
fn check_outputs(args: &Args, inputs: &[Input]) -> Result<(), Failure> {
    for out in [&args.report, &args.rejects].into_iter().flatten() {
        let Ok(out_id) = out.canonicalize() else {
            continue;
        };
        for input in inputs {
            if input.canonical().as_deref() == Some(out_id.as_path()) {
                return Err(Failure::Usage(format!(
                    "{}: refusing to write over an input file",
                    out.display()
                )));
            }
        }
    }
    Ok(())
}
