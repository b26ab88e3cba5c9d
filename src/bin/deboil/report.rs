//! The `--report` JSON-lines format.
//!
//! One object per line, told apart by `kind`:
//!
//! - `removal`: one run of removed lines (`rule`, `reason`, `first_line`,
//!   `last_line`, `start` and `end` byte offsets into the document, `text`);
//! - `document`: one per document (`title`, `byline`, `date`, `language`,
//!   `guard`, `lines`, `kept`, `removed`);
//! - `invalid`: a JSONL record that could not be cleaned (`error`,
//!   `message`).
//!
//! Each object says where the document came from: `file`, and in JSONL
//! mode the record's `line` number and its `id` (when it has one).

use std::io;

use deboil::Report;
use serde::Serialize;

/// Where a document came from.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Origin<'a> {
    pub file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::Value>,
}

#[derive(Serialize)]
struct RemovalLine<'a> {
    kind: &'static str,
    #[serde(flatten)]
    origin: Origin<'a>,
    rule: &'a str,
    reason: &'a str,
    first_line: usize,
    last_line: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DocumentLine<'a> {
    kind: &'static str,
    #[serde(flatten)]
    origin: Origin<'a>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    language: Option<&'a str>,
    guard: Option<&'a str>,
    lines: usize,
    kept: usize,
    removed: usize,
}

#[derive(Serialize)]
struct InvalidLine<'a> {
    kind: &'static str,
    #[serde(flatten)]
    origin: Origin<'a>,
    error: &'a str,
    message: &'a str,
}

/// Appends the report lines for one document to `out`.
pub fn write_document(
    origin: Origin<'_>,
    report: &Report<'_>,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    for r in report.removed() {
        let span = r.span();
        let (first_line, last_line) = r.lines();
        let line = RemovalLine {
            kind: "removal",
            origin,
            rule: r.rule(),
            reason: r.reason(),
            first_line,
            last_line,
            start: span.start,
            end: span.end,
            text: r.text(),
        };
        write_line(&line, out)?;
    }
    let meta = report.metadata();
    let line = DocumentLine {
        kind: "document",
        origin,
        title: meta.title(),
        byline: meta.byline(),
        date: meta.date(),
        language: report.language(),
        guard: report.guard(),
        lines: report.input_lines(),
        kept: report.kept_lines(),
        removed: report.input_lines().saturating_sub(report.kept_lines()),
    };
    write_line(&line, out)
}

/// Appends the report line for an invalid JSONL record to `out`.
pub fn write_invalid(
    origin: Origin<'_>,
    err: &deboil::jsonl::RecordError,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let line = InvalidLine {
        kind: "invalid",
        origin,
        error: err.code(),
        message: &err.to_string(),
    };
    write_line(&line, out)
}

fn write_line<T: Serialize>(value: &T, out: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
    out.push(b'\n');
    Ok(())
}
