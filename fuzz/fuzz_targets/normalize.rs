//! The normalizer: idempotent in every form, and its output shape.
#![no_main]

use deboil::{normalize, Normalization};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
        let once = normalize(input, form);
        let twice = normalize(&once, form);
        assert_eq!(twice, once, "{form:?} not idempotent\ninput: {input:?}");
        assert!(!once.contains('\r') && !once.contains("\n\n\n"));
        assert!(!once.starts_with(char::is_whitespace) && !once.ends_with(char::is_whitespace));
    }
});
