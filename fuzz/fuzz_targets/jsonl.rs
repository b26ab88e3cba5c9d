//! JSON lines as a crawl dump holds them: parse each record, clean its
//! `text` field with a report, and serialize the result.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    for line in data.split(|&b| b == b'\n') {
        let Ok(serde_json::Value::Object(mut record)) = serde_json::from_slice(line) else {
            continue;
        };
        let Some(serde_json::Value::String(text)) = record.get("text").cloned() else {
            continue;
        };
        let cleaned = deboil::Cleaner::default().clean_with_report(&text);
        common::assert_accounting(&text, &cleaned);
        let report = serde_json::to_value(cleaned.report()).expect("a report serializes");
        record.insert("text".into(), cleaned.text().into());
        record.insert("report".into(), report);
        let out = serde_json::to_string(&record).expect("a record serializes");
        let back: serde_json::Value = serde_json::from_str(&out).expect("output is JSON");
        assert_eq!(back["text"].as_str(), Some(cleaned.text()));
    }
});
