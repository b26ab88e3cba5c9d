//! Checks shared by the fuzz targets.
#![allow(dead_code)]

/// The letters and digits of a text, in order, decomposed: Markdown
/// reduction may glue a word to a link label (`word[label](url)` reads
/// `wordlabel`), and taking `**` out from between a letter and a combining
/// mark lets NFC compose them, so Markdown dumps are compared by the base
/// characters.
pub fn alnum_chars(s: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    s.nfd().filter(|c| c.is_alphanumeric()).collect()
}

/// Panics unless the words of `out` are a subsequence of the words of the
/// normalized input (whole words unless Markdown was reduced): the cleaner
/// removes and reduces, it never writes.
pub fn assert_no_invention(input: &str, out: &str, form: deboil::Normalization) {
    let norm = deboil::normalize(input, form);
    let hay = alnum_chars(&norm);
    let mut it = hay.iter();
    for c in alnum_chars(out) {
        assert!(
            it.any(|h| *h == c),
            "output character {c:?} is not in the normalized input, in order\ninput: {input:?}\noutput: {out:?}"
        );
    }
    if !input.contains("](") {
        let hay: Vec<&str> = norm.split_whitespace().collect();
        let mut it = hay.iter();
        for w in out.split_whitespace() {
            assert!(
                it.any(|h| *h == w),
                "output word {w:?} is not a word of the normalized input\ninput: {input:?}\noutput: {out:?}"
            );
        }
    }
}

/// Panics unless the report accounts for every non-blank line and its
/// spans index the input, in order.
pub fn assert_accounting(input: &str, cleaned: &deboil::Cleaned<'_>) {
    let report = cleaned.report();
    let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
    assert_eq!(
        removed + report.kept_lines(),
        report.input_lines(),
        "input: {input:?}"
    );
    let mut end = 0;
    for r in report.removed() {
        let span = r.span();
        assert!(span.start >= end, "spans overlap: {:?}", report.removed());
        assert_eq!(input.get(span.clone()), Some(r.text()), "input: {input:?}");
        let (first, last) = r.lines();
        assert!(first <= last && r.line_count() >= 1 && r.line_count() <= last - first + 1);
        end = span.end;
    }
    if report.guard().is_some() {
        assert!(report.removed().is_empty());
    }
}
