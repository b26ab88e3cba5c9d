//! The default cleaner: no panic, never invents text, output normalized,
//! idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let once = deboil::clean(input);
    common::assert_no_invention(input, &once, deboil::Normalization::Nfc);
    assert_eq!(
        deboil::normalize(&once, deboil::Normalization::Nfc),
        once,
        "output is not normalized\ninput: {input:?}"
    );
    let twice = deboil::clean(&once);
    assert_eq!(twice, once, "not idempotent\ninput: {input:?}");
});
