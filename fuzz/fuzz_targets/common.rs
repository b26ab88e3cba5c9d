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

/// A word without the link numbers (`[12]`) a text browser glues to a
/// link's text, which a numbered-link dump loses, decomposed (taking a
/// number out from before a combining mark lets NFC compose them).
fn unnumbered(w: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(w.len());
    let mut rest = w;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(']') {
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out.nfd().collect()
}

/// A word without the punctuation at its ends: a sentence broken at markup
/// is joined, and a line that was only a closing mark (`."`) goes on the
/// word before it. `None` for a word of punctuation only.
fn core(w: &str) -> Option<String> {
    let w = unnumbered(w);
    let c = w.trim_matches(|c: char| !c.is_alphanumeric());
    (!c.is_empty()).then(|| c.to_string())
}

/// Panics unless the words of `out` are a subsequence of the words of the
/// normalized input (whole words but for the punctuation at their ends
/// unless Markdown was reduced; link numbers aside): the cleaner removes
/// and reduces, it never writes.
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
        let hay: Vec<String> = norm.split_whitespace().filter_map(core).collect();
        let mut it = hay.iter();
        for w in out.split_whitespace().filter_map(core) {
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
