//! JSON lines as a crawl dump holds them: `deboil::jsonl` cleans the
//! `text` field of each record. It agrees with serde_json on what a record
//! is, writes valid JSON, changes nothing but the field's value, and the
//! field holds exactly what `clean` returns.
//!
//! Other fields are copied unread, so a lone surrogate escape (`"\ude00"`)
//! there, which the JSON grammar allows and `serde_json::Value` refuses,
//! passes through; such records are checked by reading the output back
//! with `Record::parse`.
#![no_main]

use deboil::jsonl::{self, Record, RecordError};
use deboil::Cleaner;
use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use serde_json::Value;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let cleaner = Cleaner::default();
    let mut out = Vec::new();
    for line in data.split(|&b| b == b'\n') {
        let result = jsonl::clean_record(&cleaner, line, "text", &mut out);
        let body = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        let theirs = serde_json::from_slice::<Value>(body).ok();
        let their_text = match &theirs {
            Some(Value::Object(m)) => m.get("text").and_then(Value::as_str),
            _ => None,
        };
        let record = match Record::parse(line, "text") {
            Ok(record) => record,
            Err(err) => {
                assert!(out.is_empty(), "output left on error {err:?}");
                assert!(result.is_err());
                // serde_json keeps the last of repeated keys; a string
                // field serde_json can read is rejected only as repeated.
                if their_text.is_some() {
                    assert!(
                        matches!(err, RecordError::DuplicateField { .. }),
                        "serde_json reads {line:?} as a record, deboil says {err:?}"
                    );
                }
                continue;
            }
        };
        let outcome = result.expect("clean_record agrees with Record::parse");
        let cleaned = cleaner.clean_with_report(record.text());
        if theirs.is_none() {
            assert!(
                serde_json::from_slice::<IgnoredAny>(body).is_ok(),
                "deboil reads {line:?} as a record, serde_json reads no JSON"
            );
            let back = Record::parse(&out, "text").expect("output is a record");
            assert_eq!(back.text(), cleaned.text());
            continue;
        }
        assert_eq!(
            their_text,
            Some(record.text()),
            "serde_json and deboil read the field differently: {line:?}"
        );
        common::assert_accounting(record.text(), &cleaned);
        assert_eq!(outcome.changed(), cleaned.text() != record.text());
        // Only the value changed, and it holds the cleaned text.
        let span = record.value_span();
        let body = std::str::from_utf8(body).expect("a parsed record is UTF-8");
        let out_str = std::str::from_utf8(&out).expect("output is UTF-8");
        assert!(out_str.starts_with(&body[..span.start]));
        assert!(out_str.ends_with(&body[span.end..]));
        let value: Value = serde_json::from_str(out_str).expect("output is JSON");
        assert_eq!(value["text"].as_str(), Some(cleaned.text()));
    }
});
