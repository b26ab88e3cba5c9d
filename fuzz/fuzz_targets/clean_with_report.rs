//! Several configurations: the report accounts for every line and its
//! spans index the input; the text equals what `clean` returns.
#![no_main]

use std::sync::LazyLock;

use deboil::{Cleaner, Normalization, RuleId};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

static CLEANERS: LazyLock<Vec<(Cleaner, Normalization)>> = LazyLock::new(|| {
    let nfkc = Cleaner::builder()
        .normalization(Normalization::Nfkc)
        .build()
        .expect("valid");
    let few_rules = Cleaner::builder()
        .disable(RuleId::Byline)
        .disable(RuleId::Footer)
        .disable(RuleId::Navigation)
        .disable(RuleId::Url)
        .normalization(Normalization::None)
        .max_removal_share(1.0)
        .build()
        .expect("valid");
    let custom = Cleaner::builder()
        .drop_lines("wire", r"(?i)^\(?\w+ (wire|press)\)?$")
        .drop_lines("digits", r"^[\d\s.,:-]+$")
        .footer_marker("tips", r"(?i)^got a tip\?")
        .max_removal_share(0.2)
        .build()
        .expect("valid");
    vec![
        (Cleaner::default(), Normalization::Nfc),
        (nfkc, Normalization::Nfkc),
        (few_rules, Normalization::None),
        (custom, Normalization::Nfc),
    ]
});

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let (cleaner, form) = &CLEANERS[usize::from(pick) % CLEANERS.len()];
    let cleaned = cleaner.clean_with_report(input);
    assert_eq!(cleaned.text(), cleaner.clean(input));
    common::assert_accounting(input, &cleaned);
    common::assert_no_invention(input, cleaned.text(), *form);
});
