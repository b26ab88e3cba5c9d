//! JSONL mode: one output record per input record, in input order.
//!
//! Input is read in windows of at most [`WINDOW_LINES`] lines or about
//! [`WINDOW_BYTES`] bytes; a window is cleaned in parallel and written in
//! order. While one window is cleaned, the one before it is written and
//! the one after it read, so at most three windows are held: memory use is
//! bounded by the window size (and the longest line), never by the file.

use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use deboil::jsonl::{Record, RecordError};
use deboil::Cleaner;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::args::Args;
use crate::fail::{stdout_err, warn, Failure, EXIT_INVALID_RECORDS};
use crate::input::Input;
use crate::output::OutFile;
use crate::report::{self, Origin};

/// A worker takes at most this many records of a window at a time.
const WORKER_TASK_RECORDS: usize = 2;

/// Records per window: enough to keep every core busy on short records.
const WINDOW_LINES: usize = 4096;
/// Bytes per window (a window ends after the line that crosses this).
const WINDOW_BYTES: usize = 8 << 20;
/// Invalid records named one by one on stderr before the rest are only
/// counted; the report lists them all.
const MAX_SHOWN: usize = 50;

/// Counts for the summary line.
#[derive(Debug, Default)]
struct Tally {
    records_in: u64,
    records_out: u64,
    rejected: u64,
    passed: u64,
    blank: u64,
    bytes: u64,
    /// Invalid records per [`RecordError::code`], in order of first sight.
    codes: Vec<(&'static str, u64)>,
}

impl Tally {
    fn invalid(&self) -> u64 {
        self.rejected + self.passed
    }

    fn note(&mut self, code: &'static str) {
        match self.codes.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => self.codes.push((code, 1)),
        }
    }
}

/// What a worker made of one record.
#[derive(Debug, Default)]
struct Done {
    /// The cleaned record, without its newline; empty if invalid.
    out: Vec<u8>,
    error: Option<RecordError>,
    /// Report lines for the record.
    report: Vec<u8>,
}

/// What every worker needs to know.
#[derive(Clone, Copy, Debug)]
struct Job<'a> {
    field: &'a str,
    file: &'a str,
    report: bool,
}

/// Where invalid records go.
enum Sink<'a> {
    PassThrough,
    Rejects(&'a mut OutFile),
}

/// Cleans every input and writes the records to stdout.
pub fn run(args: &Args, cleaner: &Cleaner, inputs: &[Input]) -> Result<ExitCode, Failure> {
    if args.skip_invalid && args.rejects.is_none() && inputs.iter().any(|i| i.path().is_none()) {
        return Err(Failure::Usage(
            "--skip-invalid on standard input needs --rejects FILE".to_string(),
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start {} threads: {e}", args.threads)))?;
    let started = Instant::now();
    let mut report = args.report.as_deref().map(OutFile::create).transpose()?;
    let mut shared_rejects = match (&args.rejects, args.skip_invalid) {
        (Some(path), true) => Some(OutFile::create(path)?),
        _ => None,
    };
    let progress = Progress::new(inputs);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut tally = Tally::default();
    for input in inputs {
        let mut own_rejects = match (&input, args.skip_invalid, &shared_rejects) {
            (Input::File(path), true, None) => Some(OutFile::create(&rejects_path(path))?),
            _ => None,
        };
        let sink = match (own_rejects.as_mut(), shared_rejects.as_mut()) {
            (Some(r), _) | (None, Some(r)) => Sink::Rejects(r),
            (None, None) => Sink::PassThrough,
        };
        let mut ctx = Ctx {
            pool: &pool,
            cleaner,
            field: &args.field,
            out: &mut out,
            report: report.as_mut(),
            sink,
            tally: &mut tally,
            progress: &progress,
        };
        ctx.one(input)?;
        if let Some(r) = own_rejects {
            r.finish()?;
        }
    }
    progress.finish();
    out.flush().map_err(stdout_err)?;
    if let Some(r) = report {
        r.finish()?;
    }
    if let Some(r) = shared_rejects {
        r.finish()?;
    }
    if tally.invalid() > 0 || args.stats {
        summarize(&tally, started.elapsed(), args.stats);
    }
    if tally.invalid() > 0 {
        Ok(ExitCode::from(EXIT_INVALID_RECORDS))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// The default rejects file for an input: `<input>.rejects.jsonl`.
fn rejects_path(input: &std::path::Path) -> PathBuf {
    let mut name = input.as_os_str().to_owned();
    name.push(".rejects.jsonl");
    PathBuf::from(name)
}

fn summarize(t: &Tally, elapsed: Duration, stats: bool) {
    warn(format_args!(
        "records in: {}, out: {}, rejected: {}, invalid passed through: {} (in = out + rejected)",
        t.records_in, t.records_out, t.rejected, t.passed
    ));
    if !t.codes.is_empty() {
        let kinds: Vec<String> = t.codes.iter().map(|(c, n)| format!("{c} {n}")).collect();
        warn(format_args!("invalid records: {}", kinds.join(", ")));
    }
    if stats {
        let secs = elapsed.as_secs_f64().max(1e-9);
        warn(format_args!(
            "blank lines skipped: {}, bytes in: {}, {:.3} s ({:.1} MB/s, {:.0} records/s)",
            t.blank,
            t.bytes,
            secs,
            t.bytes as f64 / 1e6 / secs,
            t.records_in as f64 / secs
        ));
    }
}

/// A window of input: its bytes, the records in it (line number and byte
/// range), and whether the input ended with it.
struct Window {
    buf: Vec<u8>,
    lines: Vec<(u64, Range<usize>)>,
    eof: bool,
}

/// The state of a run over one input.
struct Ctx<'a, W: Write> {
    pool: &'a rayon::ThreadPool,
    cleaner: &'a Cleaner,
    field: &'a str,
    out: &'a mut W,
    report: Option<&'a mut OutFile>,
    sink: Sink<'a>,
    tally: &'a mut Tally,
    progress: &'a Progress,
}

impl<W: Write> Ctx<'_, W> {
    fn one(&mut self, input: &Input) -> Result<(), Failure> {
        let name = input.name();
        let mut reader = BufReader::with_capacity(1 << 20, input.open()?);
        let mut line_no = 0u64;
        let job = Job {
            field: self.field,
            file: &name,
            report: self.report.is_some(),
        };
        let (cleaner, pool) = (self.cleaner, self.pool);
        // While the pool cleans one window, this thread writes the window
        // before it and reads the one after, so that neither waits for the
        // other.
        let mut window = Some(self.read_window(&mut reader, &name, &mut line_no)?);
        let mut cleaned: Option<(Window, Vec<Done>)> = None;
        while let Some(current) = window.take() {
            let (done, next) = std::thread::scope(|s| -> Result<_, Failure> {
                let work = s.spawn(|| {
                    pool.install(|| {
                        current
                            .lines
                            .par_iter()
                            // Records differ in size a hundredfold: small
                            // tasks keep one worker from cleaning the
                            // window's last big records alone.
                            .with_max_len(WORKER_TASK_RECORDS)
                            .map_with((cleaner.clone(), String::new()), |(c, s), (no, r)| {
                                clean_one(c, s, &current.buf[r.clone()], *no, job)
                            })
                            .collect::<Vec<Done>>()
                    })
                });
                let written = match cleaned.take() {
                    Some((w, done)) => self.write_window(&name, &w, done),
                    None => Ok(()),
                };
                let next = match (&written, current.eof) {
                    (Ok(()), false) => Some(self.read_window(&mut reader, &name, &mut line_no)),
                    _ => None,
                };
                let done = work.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
                written?;
                Ok((done, next.transpose()?))
            })?;
            cleaned = Some((current, done));
            window = next;
        }
        if let Some((w, done)) = cleaned {
            self.write_window(&name, &w, done)?;
        }
        Ok(())
    }

    /// Reads the next window of records: at most [`WINDOW_LINES`] lines or
    /// about [`WINDOW_BYTES`] bytes. Blank lines are counted, not kept.
    fn read_window(
        &mut self,
        reader: &mut impl BufRead,
        name: &str,
        line_no: &mut u64,
    ) -> Result<Window, Failure> {
        let mut w = Window {
            buf: Vec::new(),
            lines: Vec::with_capacity(WINDOW_LINES),
            eof: false,
        };
        while w.lines.len() < WINDOW_LINES && w.buf.len() < WINDOW_BYTES {
            let start = w.buf.len();
            let n = reader
                .read_until(b'\n', &mut w.buf)
                .map_err(|e| Failure::io(name, e))?;
            if n == 0 {
                w.eof = true;
                break;
            }
            *line_no += 1;
            self.tally.bytes += n as u64;
            let end = if w.buf.last() == Some(&b'\n') {
                w.buf.len() - 1
            } else {
                w.buf.len()
            };
            if is_blank(&w.buf[start..end]) {
                self.tally.blank += 1;
                w.buf.truncate(start);
                continue;
            }
            w.lines.push((*line_no, start..end));
        }
        Ok(w)
    }

    /// Writes a cleaned window, in input order.
    fn write_window(&mut self, name: &str, w: &Window, done: Vec<Done>) -> Result<(), Failure> {
        for ((no, r), done) in w.lines.iter().zip(done) {
            self.write(name, *no, &w.buf[r.clone()], done)?;
        }
        self.progress.update(self.tally);
        Ok(())
    }

    fn write(&mut self, name: &str, no: u64, line: &[u8], done: Done) -> Result<(), Failure> {
        self.tally.records_in += 1;
        if let Some(report) = self.report.as_mut() {
            report.write(&done.report)?;
        }
        let Some(err) = done.error else {
            self.tally.records_out += 1;
            self.out
                .write_all(&done.out)
                .and_then(|()| self.out.write_all(b"\n"))
                .map_err(stdout_err)?;
            return Ok(());
        };
        self.tally.note(err.code());
        let shown = self.tally.invalid();
        let action = match self.sink {
            Sink::PassThrough => "passed through",
            Sink::Rejects(_) => "rejected",
        };
        if shown < MAX_SHOWN as u64 {
            self.progress
                .suspend(|| warn(format_args!("{name}:{no}: {err}; {action}")));
        } else if shown == MAX_SHOWN as u64 {
            self.progress.suspend(|| {
                warn(format_args!(
                    "{name}:{no}: {err}; {action}; further invalid records are only counted"
                ))
            });
        }
        match &mut self.sink {
            Sink::PassThrough => {
                self.tally.passed += 1;
                self.tally.records_out += 1;
                self.out
                    .write_all(line)
                    .and_then(|()| self.out.write_all(b"\n"))
                    .map_err(stdout_err)?;
            }
            Sink::Rejects(file) => {
                self.tally.rejected += 1;
                file.write(line)?;
                file.write(b"\n")?;
            }
        }
        Ok(())
    }
}

/// A line of whitespace (after an optional byte-order mark) is not a
/// record.
fn is_blank(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
    line.iter().all(u8::is_ascii_whitespace)
}

/// Cleans one record, on a worker thread.
fn clean_one(cleaner: &Cleaner, scratch: &mut String, line: &[u8], no: u64, job: Job<'_>) -> Done {
    let mut done = Done::default();
    let record = match Record::parse(line, job.field) {
        Ok(record) => record,
        Err(err) => {
            if job.report {
                let origin = Origin {
                    file: job.file,
                    line: Some(no),
                    id: None,
                };
                // Writing JSON to a Vec cannot fail.
                let _ = report::write_invalid(origin, &err, &mut done.report);
            }
            done.error = Some(err);
            return done;
        }
    };
    if job.report {
        let cleaned = cleaner.clean_with_report(record.text());
        record.write_with(cleaned.text(), &mut done.out);
        let id = record
            .id()
            .and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).ok());
        let origin = Origin {
            file: job.file,
            line: Some(no),
            id: id.as_ref(),
        };
        let _ = report::write_document(origin, cleaned.report(), &mut done.report);
    } else {
        cleaner.clean_into(record.text(), scratch);
        record.write_with(scratch, &mut done.out);
    }
    done
}

/// A progress bar on stderr, only when stderr is a terminal.
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    fn new(inputs: &[Input]) -> Progress {
        let started = Instant::now();
        if !io::stderr().is_terminal() {
            return Progress { bar: None, started };
        }
        let total: Option<u64> = inputs.iter().map(Input::len).sum();
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{bar:16} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg} eta {eta}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg} {elapsed}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        Progress {
            bar: Some(bar),
            started,
        }
    }

    fn update(&self, t: &Tally) {
        if let Some(bar) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64().max(1e-9);
            bar.set_position(t.bytes);
            bar.set_message(format!(
                "{} docs, {:.0} docs/s",
                t.records_in,
                t.records_in as f64 / secs
            ));
        }
    }

    fn suspend<F: FnOnce()>(&self, f: F) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
