//! Cleaning one field of JSON-lines records, leaving the rest of each
//! record byte for byte as it was.
//!
//! A record is one line of a JSONL file: a JSON object. [`Record::parse`]
//! checks the line, finds the field to clean and decodes its string value;
//! [`Record::write_with`] writes the line back with only that value
//! replaced. Every other byte of the line (other fields, their order,
//! spacing, escapes, duplicate keys, a trailing `\r`) is copied unchanged,
//! so a record that loses nothing to cleaning comes out identical apart
//! from how its field's string is escaped.
//!
//! [`clean_record`] does both steps with a [`Cleaner`]. It never panics on
//! any input: a line that is not a usable record is a [`RecordError`],
//! and the caller decides whether to pass it through or set it aside.
//!
//! # Examples
//!
//! ```
//! use deboil::{jsonl, Cleaner};
//!
//! let cleaner = Cleaner::default();
//! let line = br#"{"id": 7, "text": "Advertisement\nThe dam held through the night.", "lang": "en"}"#;
//! let mut out = Vec::new();
//! let outcome = jsonl::clean_record(&cleaner, line, "text", &mut out)?;
//! assert!(outcome.changed());
//! assert_eq!(
//!     out,
//!     br#"{"id": 7, "text": "The dam held through the night.", "lang": "en"}"#
//! );
//! # Ok::<(), deboil::jsonl::RecordError>(())
//! ```
//!
//! # Records this module rejects
//!
//! - a line that is not valid UTF-8 ([`RecordError::InvalidUtf8`]);
//! - a line that is not one complete JSON value, such as a truncated
//!   last line ([`RecordError::Malformed`]);
//! - a JSON value other than an object ([`RecordError::NotAnObject`]);
//! - an object without the field ([`RecordError::MissingField`]), or whose
//!   field is not a string ([`RecordError::NotAString`]);
//! - an object with the field more than once
//!   ([`RecordError::DuplicateField`]): JSON readers disagree on which
//!   copy counts, so no copy is cleaned rather than the wrong one. Other
//!   keys may repeat; they are copied as they are.
//!
//! A byte-order mark at the start of a line is allowed and dropped.

use std::borrow::Cow;
use std::ops::Range;

use serde::de::IgnoredAny;

use crate::Cleaner;

/// Why a line is not a record whose field can be cleaned.
///
/// # Examples
///
/// ```
/// use deboil::jsonl::{Record, RecordError};
///
/// let err = Record::parse(br#"{"title": "Storm"}"#, "text").unwrap_err();
/// assert_eq!(err, RecordError::MissingField { field: "text".into() });
/// assert_eq!(err.code(), "missing-field");
/// assert_eq!(err.to_string(), r#"no "text" field"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not valid UTF-8; `offset` is the byte offset of the
    /// first invalid byte in the line.
    #[error("invalid UTF-8 at byte {offset} of the line")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte, from the start of the line.
        offset: usize,
    },
    /// The line is not one complete JSON value.
    #[error("malformed JSON: {message}")]
    Malformed {
        /// The JSON parser's message, with the column it stopped at.
        message: String,
    },
    /// The line is valid JSON but not an object.
    #[error("not a JSON object but {found}")]
    NotAnObject {
        /// What the line holds instead: `"array"`, `"string"`, ...
        found: &'static str,
    },
    /// The object has no such field.
    #[error("no {field:?} field")]
    MissingField {
        /// The field looked for.
        field: String,
    },
    /// The field holds something other than a string.
    #[error("field {field:?} is {found}, not a string")]
    NotAString {
        /// The field looked for.
        field: String,
        /// What it holds instead: `"null"`, `"number"`, `"object"`, ...
        found: &'static str,
    },
    /// The field appears more than once in the object.
    #[error("field {field:?} appears {count} times")]
    DuplicateField {
        /// The field looked for.
        field: String,
        /// How many times it appears.
        count: usize,
    },
}

impl RecordError {
    /// A short, stable name for the kind of error, for reports and counts:
    /// `invalid-utf8`, `malformed`, `not-an-object`, `missing-field`,
    /// `not-a-string` or `duplicate-field`.
    pub fn code(&self) -> &'static str {
        match self {
            RecordError::InvalidUtf8 { .. } => "invalid-utf8",
            RecordError::Malformed { .. } => "malformed",
            RecordError::NotAnObject { .. } => "not-an-object",
            RecordError::MissingField { .. } => "missing-field",
            RecordError::NotAString { .. } => "not-a-string",
            RecordError::DuplicateField { .. } => "duplicate-field",
        }
    }
}

/// A JSON-lines record with the field to clean located and decoded.
///
/// # Examples
///
/// ```
/// use deboil::jsonl::Record;
///
/// let line = br#"{"id":"a1","text":"Tweet\nThe river rose overnight and the town watched it climb.","n":1}"#;
/// let rec = Record::parse(line, "text")?;
/// assert_eq!(rec.text(), "Tweet\nThe river rose overnight and the town watched it climb.");
/// assert_eq!(rec.id(), Some(r#""a1""#));
///
/// let mut out = Vec::new();
/// rec.write_with("The river rose overnight and the town watched it climb.", &mut out);
/// assert_eq!(out, br#"{"id":"a1","text":"The river rose overnight and the town watched it climb.","n":1}"#);
/// # Ok::<(), deboil::jsonl::RecordError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Record<'l> {
    /// The line, without a leading byte-order mark.
    line: &'l str,
    /// The field's value in `line`, quotes included.
    value: Range<usize>,
    /// The field's value, unescaped.
    text: Cow<'l, str>,
    /// The top-level `id` value in `line`, if any.
    id: Option<Range<usize>>,
}

impl<'l> Record<'l> {
    /// Parses a line (without its `\n`) and finds `field` among the
    /// object's top-level keys.
    ///
    /// # Errors
    ///
    /// A [`RecordError`] when the line is not valid UTF-8, not a JSON
    /// object, or has the field missing, repeated or not a string.
    pub fn parse(line: &'l [u8], field: &str) -> Result<Record<'l>, RecordError> {
        let line = std::str::from_utf8(line).map_err(|e| RecordError::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        // Validate the whole line first (this also bounds nesting depth),
        // so the scanner below only ever walks well-formed JSON.
        serde_json::from_str::<IgnoredAny>(line).map_err(|e| RecordError::Malformed {
            message: e.to_string(),
        })?;
        let b = line.as_bytes();
        let start = skip_ws(b, 0);
        match b.get(start) {
            Some(b'{') => {}
            other => {
                return Err(RecordError::NotAnObject {
                    found: kind_of(other.copied()),
                })
            }
        }
        let mut found: Option<Range<usize>> = None;
        let mut count = 0;
        let mut id = None;
        let mut i = start + 1;
        loop {
            i = skip_ws(b, i);
            match b.get(i) {
                Some(b'}') => break,
                Some(b'"') => {}
                _ => return Err(scan_error()),
            }
            let key_end = string_end(b, i).ok_or_else(scan_error)?;
            let key = &line[i..key_end];
            i = skip_ws(b, key_end);
            if b.get(i) != Some(&b':') {
                return Err(scan_error());
            }
            let value_start = skip_ws(b, i + 1);
            let value_end = value_end(b, value_start).ok_or_else(scan_error)?;
            if key_is(key, field) {
                count += 1;
                found = Some(value_start..value_end);
            }
            if key_is(key, "id") {
                id = Some(value_start..value_end);
            }
            i = skip_ws(b, value_end);
            match b.get(i) {
                Some(b',') => i += 1,
                Some(b'}') => break,
                _ => return Err(scan_error()),
            }
        }
        let value = match (found, count) {
            (Some(v), 1) => v,
            (None, _) => {
                return Err(RecordError::MissingField {
                    field: field.to_string(),
                })
            }
            (Some(_), count) => {
                return Err(RecordError::DuplicateField {
                    field: field.to_string(),
                    count,
                })
            }
        };
        let raw = &line[value.clone()];
        if b.get(value.start) != Some(&b'"') {
            return Err(RecordError::NotAString {
                field: field.to_string(),
                found: kind_of(b.get(value.start).copied()),
            });
        }
        let text = decode_string(raw)?;
        Ok(Record {
            line,
            value,
            text,
            id,
        })
    }

    /// The field's text, unescaped.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The record's top-level `id` value as raw JSON (`"a1"` with its
    /// quotes, or `17`), when it has one; with several, the last.
    pub fn id(&self) -> Option<&'l str> {
        self.id.clone().map(|r| &self.line[r])
    }

    /// The byte range of the field's JSON value (quotes included) in the
    /// line, after any byte-order mark.
    pub fn value_span(&self) -> Range<usize> {
        self.value.clone()
    }

    /// Appends the line to `out` with the field's value replaced by `text`,
    /// escaped as a JSON string; every other byte is copied as it was,
    /// except a leading byte-order mark, which is dropped. No newline is
    /// added.
    pub fn write_with(&self, text: &str, out: &mut Vec<u8>) {
        let b = self.line.as_bytes();
        out.reserve(b.len() - self.value.len() + text.len() + 2);
        out.extend_from_slice(&b[..self.value.start]);
        write_json_string(text, out);
        out.extend_from_slice(&b[self.value.end..]);
    }
}

/// What [`clean_record`] did to a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordOutcome {
    changed: bool,
    bytes_in: usize,
    bytes_out: usize,
}

impl RecordOutcome {
    /// Whether cleaning changed the field's text.
    pub fn changed(&self) -> bool {
        self.changed
    }

    /// The length in bytes of the field's text before cleaning.
    pub fn bytes_in(&self) -> usize {
        self.bytes_in
    }

    /// The length in bytes of the field's text after cleaning.
    pub fn bytes_out(&self) -> usize {
        self.bytes_out
    }
}

/// Cleans the string `field` of one JSON-lines record and writes the
/// record, with only that field's value replaced, to `out`.
///
/// `line` is one line without its `\n`. `out` is cleared first, like
/// [`Cleaner::clean_into`]; on error it is left empty.
///
/// # Errors
///
/// A [`RecordError`] when `line` is not a record with exactly one string
/// `field`; see [the module docs](self) for the cases.
///
/// # Examples
///
/// ```
/// use deboil::{jsonl, Cleaner};
///
/// let cleaner = Cleaner::default();
/// let mut out = Vec::new();
/// let line = br#"{"body":"Share on Facebook\nThe pier reopened.","text":"Tweet"}"#;
/// jsonl::clean_record(&cleaner, line, "body", &mut out)?;
/// assert_eq!(out, br#"{"body":"The pier reopened.","text":"Tweet"}"#);
///
/// let err = jsonl::clean_record(&cleaner, br#"{"body": null}"#, "body", &mut out).unwrap_err();
/// assert_eq!(err.code(), "not-a-string");
/// assert!(out.is_empty());
/// # Ok::<(), jsonl::RecordError>(())
/// ```
pub fn clean_record(
    cleaner: &Cleaner,
    line: &[u8],
    field: &str,
    out: &mut Vec<u8>,
) -> Result<RecordOutcome, RecordError> {
    out.clear();
    let record = Record::parse(line, field)?;
    let cleaned = cleaner.clean(record.text());
    record.write_with(&cleaned, out);
    Ok(RecordOutcome {
        changed: cleaned != record.text(),
        bytes_in: record.text().len(),
        bytes_out: cleaned.len(),
    })
}

/// Writes `s` as a JSON string: quotes, backslashes and control
/// characters escaped, everything else as UTF-8.
fn write_json_string(s: &str, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if !NEEDS_ESCAPE[usize::from(c)] {
            continue;
        }
        out.extend_from_slice(&b[run..i]);
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xf)],
            ],
        };
        out.extend_from_slice(esc);
        run = i + 1;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// Bytes that cannot stand as they are inside a JSON string.
static NEEDS_ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// Decodes a JSON string literal (quotes included), borrowing it when it
/// has no escapes.
fn decode_string(raw: &str) -> Result<Cow<'_, str>, RecordError> {
    if !raw.contains('\\') {
        if let Some(inner) = raw.get(1..raw.len().saturating_sub(1)) {
            return Ok(Cow::Borrowed(inner));
        }
    }
    serde_json::from_str::<String>(raw)
        .map(Cow::Owned)
        .map_err(|e| RecordError::Malformed {
            message: e.to_string(),
        })
}

/// Whether a JSON key literal (quotes included) spells `name`.
fn key_is(raw: &str, name: &str) -> bool {
    if raw.len() == name.len() + 2 && raw.get(1..raw.len() - 1) == Some(name) {
        return true;
    }
    // Only an escaped key can spell the name in a different number of
    // bytes, or differently byte for byte.
    raw.contains('\\') && decode_string(raw).is_ok_and(|k| k == name)
}

/// The scanner met something the validator accepted but it did not
/// expect; reported as malformed rather than trusted.
fn scan_error() -> RecordError {
    RecordError::Malformed {
        message: "unexpected structure".to_string(),
    }
}

/// What kind of JSON value starts with this byte.
fn kind_of(b: Option<u8>) -> &'static str {
    match b {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(_) => "a number",
        None => "empty",
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// The index just past the string literal whose opening quote is at `i`.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        let k = j + memchr::memchr2(b'"', b'\\', b.get(j..)?)?;
        if b[k] == b'"' {
            return Some(k + 1);
        }
        j = k + 2;
    }
}

/// The index just past the JSON value starting at `i`; iterative, so
/// nesting depth costs no stack.
fn value_end(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match b.get(j)? {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while let Some(c) = b.get(j) {
                if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                j += 1;
            }
            Some(j)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(line: &str, field: &str) -> Result<String, RecordError> {
        let mut out = Vec::new();
        clean_record(&Cleaner::default(), line.as_bytes(), field, &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn replaces_only_the_field() {
        let line = r#"{ "z":1, "text" : "Tweet\nThe pier reopened." ,"a":[1,{"text":2}] }"#;
        assert_eq!(
            clean(line, "text").unwrap(),
            r#"{ "z":1, "text" : "The pier reopened." ,"a":[1,{"text":2}] }"#
        );
    }

    #[test]
    fn unchanged_text_keeps_the_line() {
        let line = r#"{"text":"The pier reopened.","x":"\u00e9"}"#;
        assert_eq!(clean(line, "text").unwrap(), line);
    }

    #[test]
    fn nested_field_with_same_name_is_not_the_field() {
        let err = clean(r#"{"meta":{"text":"a"}}"#, "text").unwrap_err();
        assert_eq!(err.code(), "missing-field");
    }

    #[test]
    fn escaped_key_matches() {
        let line =
            r#"{"te\u0078t":"Tweet\nThe river rose overnight and the town watched it climb."}"#;
        assert_eq!(
            clean(line, "text").unwrap(),
            r#"{"te\u0078t":"The river rose overnight and the town watched it climb."}"#
        );
        assert_eq!(
            clean(r#"{"tex\"t":"a"}"#, "text").unwrap_err().code(),
            "missing-field"
        );
    }

    #[test]
    fn errors_are_classified() {
        let codes = [
            (&b"{\"text\": \"caf\xe9\"}"[..], "invalid-utf8"),
            (b"{\"text\": \"cut", "malformed"),
            (b"", "malformed"),
            (b"{\"text\": \"a\"} x", "malformed"),
            (b"[1, 2]", "not-an-object"),
            (b"\"text\"", "not-an-object"),
            (b"{}", "missing-field"),
            (b"{\"text\": null}", "not-a-string"),
            (b"{\"text\": {\"text\": \"a\"}}", "not-a-string"),
            (b"{\"text\": \"a\", \"text\": \"b\"}", "duplicate-field"),
            (b"{\"text\": \"\\ud800\"}", "malformed"),
        ];
        for (line, code) in codes {
            let err = Record::parse(line, "text").unwrap_err();
            assert_eq!(
                err.code(),
                code,
                "{:?}: {err}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = Record::parse(b"{\"text\": \"ab\xff\"}", "text").unwrap_err();
        assert_eq!(err, RecordError::InvalidUtf8 { offset: 12 });
    }

    #[test]
    fn other_duplicate_keys_are_copied() {
        let line = r#"{"a":1,"a":2,"text":"Tweet\nThe river rose overnight and the town watched it climb."}"#;
        assert_eq!(
            clean(line, "text").unwrap(),
            r#"{"a":1,"a":2,"text":"The river rose overnight and the town watched it climb."}"#
        );
    }

    #[test]
    fn bom_is_dropped_and_crlf_kept() {
        let line = "\u{feff}{\"text\":\"Tweet\\nThe river rose overnight and the town watched it climb.\"}\r";
        assert_eq!(
            clean(line, "text").unwrap(),
            "{\"text\":\"The river rose overnight and the town watched it climb.\"}\r"
        );
    }

    #[test]
    fn id_is_raw_json() {
        let rec = Record::parse(br#"{"id":17,"text":"a"}"#, "text").unwrap();
        assert_eq!(rec.id(), Some("17"));
        let rec = Record::parse(br#"{"text":"a"}"#, "text").unwrap();
        assert_eq!(rec.id(), None);
    }

    #[test]
    fn escaping_round_trips() {
        let samples = [
            "plain",
            "quote \" backslash \\ slash /",
            "controls \u{0}\u{1}\u{8}\u{c}\u{1f}\t\r\n end",
            "unicode é 漢字 🦀 \u{2028}",
            "",
        ];
        for s in samples {
            let mut out = Vec::new();
            write_json_string(s, &mut out);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn deep_nesting_costs_no_stack() {
        let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let line = format!(r#"{{"x":{nested},"text":"Tweet\nThe river rose overnight."}}"#);
        if let Ok(out) = clean(&line, "text") {
            assert!(out.starts_with(&format!(r#"{{"x":{nested},"text":""#)));
        }
        let unclosed = format!(r#"{{"text":"a","x":{}}}"#, "[".repeat(100_000));
        assert_eq!(clean(&unclosed, "text").unwrap_err().code(), "malformed");
    }

    #[test]
    fn huge_field() {
        let body = "The river rose overnight and the town watched it climb. ".repeat(100_000);
        let line = format!(r#"{{"id":1,"text":"Tweet\n{body}"}}"#);
        let out = clean(&line, "text").unwrap();
        assert!(out.len() < line.len());
        assert!(out.starts_with(r#"{"id":1,"text":"The river rose"#));
    }

    #[test]
    fn never_panics_on_prefixes() {
        let line =
            r#"{"id":"x\"y","text":"Tweet\nRain \u00e9 by noon.","n":[1,{"a":null}],"b":true}"#;
        for end in 0..=line.len() {
            if let Some(prefix) = line.get(..end) {
                let _ = clean(prefix, "text");
            }
        }
    }
}
