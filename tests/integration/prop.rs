//! Properties every cleaning run must keep, checked on generated documents
//! that mix prose with the boilerplate, markup and Unicode scrapers leave
//! behind.
//!
//! - cleaning never panics;
//! - cleaning is idempotent: `clean(clean(x)) == clean(x)`;
//! - cleaning never invents text: the words of the output are a
//!   subsequence of the words of `normalize(x)`;
//! - the report accounts for every non-blank input line, and its spans
//!   index the input;
//! - cleaning is deterministic, in a batch and (with `rayon`) in parallel.
//!
//! Case counts are bounded so the whole module runs in a few seconds in a
//! debug build.

use deboil::{normalize, Cleaner, Normalization, RuleId};
use proptest::prelude::*;
use proptest::sample::select;

/// Prose sentences: long enough to read as prose, in several languages.
const PROSE: &[&str] = &[
    "The council voted seven to two on Tuesday to add protected bike lanes downtown.",
    "Rain is expected to reach the coast by noon, and the ferry may not sail.",
    "By the end of the year, prices had risen faster than wages in most regions.",
    "Share prices fell three percent after the company missed its forecast.",
    "She said the museum would reopen on Sunday with a new wing for textiles.",
    "Der Stadtrat hat am Dienstag beschlossen, die Brücke im Frühjahr zu sanieren.",
    "Le conseil municipal a voté mardi pour rénover le pont au printemps prochain.",
    "El ayuntamiento aprobó el martes renovar el puente durante la primavera.",
    "今日は朝から雨が降っていて、川の水が少しずつ増えています。",
    "The cookies were still warm when the guests arrived at the old farmhouse.",
    "Loading of the cargo began at dawn and finished well after dark.",
];

/// Lines scrapers leave around an article.
const BOILERPLATE: &[&str] = &[
    "Loading...",
    "Share on Facebook",
    "Share this article",
    "Tweet",
    "By Jane Doe",
    "By Jane Doe, Metro Desk",
    "Updated 11:03 PM ET",
    "https://example.com/news/2023/05/story.html",
    "https://cdn.example.com/img/bikes.jpg",
    "Most Popular",
    "Related Articles",
    "Advertisement",
    "We use cookies to improve your experience. Accept all cookies",
    "Subscribe to our newsletter",
    "© 2023 Example Media. All rights reserved.",
    "(Photo Credit: City Hall)",
    "12 Comments",
    "Read more",
    "Home | News | Sports | Weather",
    "Skip to content",
];

/// Markdown as html2text-style dumpers write it.
const MARKDOWN: &[&str] = &[
    "* [Home](/)",
    "* [Sports](/sports)",
    "[News](https://example.com/news) | [Weather](/weather)",
    "Read [the report](https://example.org/r.pdf) before the vote.",
    "![chart](https://example.org/c.png)",
    "## The **big** story of the week",
    "- [Contact us](mailto:desk@example.com)",
];

/// Lines with Unicode that trips naive text code.
const ODD: &[&str] = &[
    "Cafe\u{301} au lait and cre\u{300}me bru\u{302}le\u{301}e.",
    "zero\u{200b}width\u{2060} joiner\u{feff} and soft\u{ad}hyphen text here.",
    "non\u{a0}breaking\u{2003}spaces\u{3000}everywhere\u{202f}today.",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{202b}mixed\u{202c} \u{645}\u{631}\u{62d}\u{628}\u{627} right to left.",
    "\u{4e2d}\u{6587}\u{7684}\u{53e5}\u{5b50}\u{3002}",
    "Emoji \u{1f469}\u{200d}\u{1f4bb} and flags \u{1f1e9}\u{1f1ea} in a sentence.",
    "\u{fb01}ne ligatures and \u{ff26}\u{ff35}\u{ff2c}\u{ff2c} width letters.",
    "Tom &amp; Jerry said it&#8217;s fine &amp;amp; done.",
    "&lt;b&gt;bold&lt;/b&gt; and &#x2019;quoted&#x2019; and &nbsp; spaces.",
    "AT&T and R&D and Q&A; stay as written.",
    "bell\u{7}and\u{1b}escape control characters.",
    "\t  indented   with   runs   of   spaces  ",
];

/// Bullet and heading markers put in front of a line.
const PREFIXES: &[&str] = &["", "", "", "* ", "- ", "+ ", "\u{2022} ", "# ", "  ", "> "];

/// Line terminators, including bare CR.
const ENDINGS: &[&str] = &["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n\n\n \n"];

fn line(markdown: u32) -> impl Strategy<Value = String> {
    let body = prop_oneof![
        4 => select(PROSE).prop_map(str::to_string),
        3 => select(BOILERPLATE).prop_map(str::to_string),
        markdown => select(MARKDOWN).prop_map(str::to_string),
        2 => select(ODD).prop_map(str::to_string),
        // Two sentences glued into one line.
        1 => (select(PROSE), select(PROSE)).prop_map(|(a, b)| format!("{a} {b}")),
        // Arbitrary printable text, including unassigned and combining code points.
        1 => "\\PC{0,40}",
    ];
    (select(PREFIXES), body, select(ENDINGS)).prop_map(|(p, b, e)| format!("{p}{b}{e}"))
}

/// A document; `markdown` weighs the Markdown lines in the mix (0: none).
fn document_with(markdown: u32) -> impl Strategy<Value = String> {
    (
        prop::collection::vec(line(markdown), 0..40),
        select(&["", "", "\u{feff}", "\n\n", " \r\n"][..]),
    )
        .prop_map(|(lines, lead)| {
            let mut s = String::from(lead);
            for l in lines {
                s.push_str(&l);
            }
            s
        })
}

fn document() -> impl Strategy<Value = String> {
    document_with(2)
}

/// The letters and digits of a text, in order, decomposed. Markdown
/// reduction may glue a word to a link label (`word[label](url)` reads
/// `wordlabel`), and taking `**` out from between a letter and a combining
/// mark lets NFC compose them, so Markdown dumps are compared by base
/// characters.
fn alnum_chars(s: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    s.nfd().filter(|c| c.is_alphanumeric()).collect()
}

/// Whether `needle` is a subsequence of `hay`; on failure, the first word
/// of `needle` that could not be matched.
fn subsequence<'a, T: PartialEq>(needle: &'a [T], hay: &[T]) -> Result<(), &'a T> {
    let mut it = hay.iter();
    for w in needle {
        if !it.any(|h| h == w) {
            return Err(w);
        }
    }
    Ok(())
}

/// Splits a text into lines the way the cleaner does: `\n`, `\r\n`, `\r`.
fn input_lines(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            out.push(&s[start..i]);
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < b.len() {
        out.push(&s[start..]);
    }
    out
}

fn cleaners() -> Vec<Cleaner> {
    let mut custom = Cleaner::builder();
    custom
        .normalization(Normalization::Nfkc)
        .disable(RuleId::Byline)
        .disable(RuleId::Footer)
        .drop_lines("wire", r"^\(\w+ Wire\)$")
        .footer_marker("tips", r"^Got a tip\?");
    vec![
        Cleaner::default(),
        custom.build().unwrap(),
        Cleaner::builder()
            .normalization(Normalization::None)
            .max_removal_share(1.0)
            .build()
            .unwrap(),
    ]
}

fn form_of(i: usize) -> Normalization {
    [Normalization::Nfc, Normalization::Nfkc, Normalization::None][i]
}

/// The output of any cleaner only holds words of the normalized input, in
/// input order.
fn check_no_invention(input: &str, out: &str, form: Normalization) -> Result<(), TestCaseError> {
    let norm = normalize(input, form);
    let hay = alnum_chars(&norm);
    if let Err(c) = subsequence(&alnum_chars(out), &hay) {
        return Err(TestCaseError::fail(format!(
            "output character {c:?} is not in the normalized input, in order\ninput: {input:?}\noutput: {out:?}"
        )));
    }
    // Without Markdown to reduce, whole whitespace-separated words survive
    // untouched, but for the punctuation at their ends: a sentence broken
    // at markup is joined, and a line that was only a closing mark (`."`)
    // goes on the word before it.
    if !input.contains("](") {
        let core = |w: &'_ str| -> Option<String> {
            let c = w.trim_matches(|c: char| !c.is_alphanumeric());
            (!c.is_empty()).then(|| c.to_string())
        };
        let hay: Vec<String> = norm.split_whitespace().filter_map(core).collect();
        let needle: Vec<String> = out.split_whitespace().filter_map(core).collect();
        if let Err(w) = subsequence(&needle, &hay) {
            return Err(TestCaseError::fail(format!(
                "output word {w:?} is not a word of the normalized input\ninput: {input:?}\noutput: {out:?}"
            )));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn idempotent(doc in document_with(0)) {
        for c in cleaners() {
            let once = c.clean(&doc);
            let twice = c.clean(&once);
            prop_assert_eq!(&twice, &once, "input: {:?}", doc);
        }
    }

    #[test]
    fn idempotent_markdown(doc in document_with(3)) {
        for c in cleaners() {
            let once = c.clean(&doc);
            let twice = c.clean(&once);
            prop_assert_eq!(&twice, &once, "input: {:?}", doc);
        }
    }

    #[test]
    fn never_invents_text(doc in document()) {
        for (i, c) in cleaners().iter().enumerate() {
            let out = c.clean(&doc);
            check_no_invention(&doc, &out, form_of(i))?;
            prop_assert_eq!(normalize(&out, form_of(i)), out.clone(), "output is not normalized; input: {:?}", doc);
        }
    }

    #[test]
    fn report_accounts_for_every_line(doc in document()) {
        for c in cleaners() {
            let cleaned = c.clean_with_report(&doc);
            prop_assert_eq!(cleaned.text(), c.clean(&doc));
            let report = cleaned.report();
            let nonblank = input_lines(doc.strip_prefix('\u{feff}').unwrap_or(&doc))
                .iter()
                .filter(|l| !normalize(l, Normalization::Nfc).is_empty())
                .count();
            prop_assert_eq!(report.input_lines(), nonblank, "input: {:?}", doc);
            let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
            prop_assert_eq!(removed + report.kept_lines(), report.input_lines());
            let mut end = 0;
            let mut last_line = 0;
            for r in report.removed() {
                let span = r.span();
                prop_assert!(span.start >= end, "spans overlap or go backwards: {:?}", report.removed());
                prop_assert_eq!(&doc[span.clone()], r.text());
                let (first, last) = r.lines();
                prop_assert!(first > last_line && first <= last);
                prop_assert!(r.line_count() >= 1 && r.line_count() <= last - first + 1);
                prop_assert!(!r.rule().is_empty() && !r.reason().is_empty());
                end = span.end;
                last_line = last;
            }
            if report.guard().is_some() {
                prop_assert!(report.removed().is_empty());
            }
        }
    }

    #[test]
    fn deterministic_and_batch_consistent(docs in prop::collection::vec(document(), 0..6)) {
        let c = Cleaner::default();
        let one_by_one: Vec<String> = docs.iter().map(|d| deboil::clean(d)).collect();
        let again: Vec<String> = docs.iter().map(|d| c.clean(d)).collect();
        prop_assert_eq!(&again, &one_by_one);
        prop_assert_eq!(&c.clean_batch(&docs), &one_by_one);
        let mut buf = String::from("stale text from an earlier document");
        for (d, want) in docs.iter().zip(&one_by_one) {
            c.clean_into(d, &mut buf);
            prop_assert_eq!(&buf, want);
        }
        #[cfg(feature = "rayon")]
        prop_assert_eq!(&c.par_clean_batch(&docs), &one_by_one);
    }

    #[test]
    fn prose_only_survives(sentences in prop::collection::vec(select(PROSE), 1..12)) {
        let doc = sentences.join("\n\n");
        prop_assert_eq!(deboil::clean(&doc), normalize(&doc, Normalization::Nfc));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Arbitrary text, not only the shapes above.
    #[test]
    fn arbitrary_text(doc in "(\\PC|[\n\r\t \u{0}\u{200b}&;#\\[\\]()*_`!])*") {
        let c = Cleaner::default();
        let out = c.clean(&doc);
        prop_assert_eq!(c.clean(&out), out.clone(), "input: {:?}", doc);
        check_no_invention(&doc, &out, Normalization::Nfc)?;
        let cleaned = c.clean_with_report(&doc);
        let report = cleaned.report();
        let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
        prop_assert_eq!(removed + report.kept_lines(), report.input_lines());
        for r in report.removed() {
            prop_assert_eq!(&doc[r.span()], r.text());
        }
    }

    #[test]
    fn normalize_is_idempotent(doc in "(\\PC|[\n\r\t \u{0}\u{ad}\u{a0}&;#xX0-9a-z])*") {
        for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
            let once = normalize(&doc, form);
            prop_assert_eq!(normalize(&once, form), once.clone(), "input: {:?}", doc);
            prop_assert!(!once.contains('\r') && !once.starts_with('\n') && !once.ends_with('\n'));
            prop_assert!(!once.contains("\n\n\n"));
        }
    }

    #[test]
    fn normalize_undoes_nested_entities(depth in 0usize..8, word in "[a-z]{1,8}") {
        let amp = format!("&{}", "amp;".repeat(depth + 1));
        let doc = format!("{word} {amp} {word}");
        prop_assert_eq!(normalize(&doc, Normalization::Nfc), format!("{word} & {word}"));
    }
}
