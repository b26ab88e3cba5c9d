//! Hostile inputs: degenerate shapes that make text code slow or make it
//! panic. Each test finishes in about a second in a debug build; the big
//! sizes are in `big_inputs`, which is ignored by default. Run it with
//!
//! ```text
//! cargo test --release --test integration hostile::big_inputs -- --ignored --nocapture
//! ```

use std::time::{Duration, Instant};

use deboil::{normalize, Cleaner, Normalization};

/// Cleans with a report, checks the report's accounting, and returns the
/// text.
fn check(input: &str) -> String {
    let cleaned = Cleaner::default().clean_with_report(input);
    let report = cleaned.report();
    let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
    assert_eq!(removed + report.kept_lines(), report.input_lines());
    for r in report.removed() {
        assert_eq!(&input[r.span()], r.text());
    }
    cleaned.into_text()
}

/// The shortest of a few runs, to keep a shared machine's noise out.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn only_urls() {
    let mut doc = String::new();
    for i in 0..2_000 {
        doc.push_str(&format!("https://example.com/section/{i}/story-{i}.html\n"));
        doc.push_str(&format!("![](https://cdn.example.com/img/{i}.jpg)\n"));
    }
    assert_eq!(check(&doc), "");
}

#[test]
fn only_whitespace_and_invisibles() {
    let line = " \t\u{a0}\u{200b}\u{2060}\u{feff}\u{ad}\u{3000}\u{2003}\u{202f}\u{180e}";
    let doc = [line; 5_000].join("\n");
    assert_eq!(check(&doc), "");
    assert_eq!(normalize(&doc, Normalization::Nfc), "");
    assert_eq!(check(&doc.replace('\n', "\r")), "");
}

#[test]
fn deep_bullet_nesting() {
    let sentence = "The ferry sailed at noon despite the storm warnings on the radio.";
    // One line with thousands of markers in front of the text.
    let deep = format!("{}{sentence}", "* - + ".repeat(5_000));
    let out = check(&deep);
    assert!(
        out.ends_with(sentence),
        "{:?}",
        &out[out.len().saturating_sub(80)..]
    );
    // A list indented ever deeper, as a layout dumper nests menus.
    let mut doc = String::new();
    for depth in 0..2_000 {
        doc.push_str(&" ".repeat(depth % 200));
        doc.push_str("- item\n");
    }
    doc.push_str(sentence);
    assert!(check(&doc).ends_with(sentence));
    // The same in a Markdown dump.
    let md = format!(
        "* [Home](/)\n* [News](/n)\n* [Sport](/s)\n{}[Deep](/d) {sentence}",
        "* ".repeat(20_000)
    );
    assert!(check(&md).ends_with(sentence));
}

/// Cleans every scalar value in `ranges`, 64 to a line, in documents of
/// 64 Ki characters, and checks the output shape and both idempotences.
fn every_char_in(ranges: &[std::ops::RangeInclusive<u32>]) {
    let chars: Vec<char> = ranges
        .iter()
        .flat_map(|r| r.clone())
        .filter_map(char::from_u32)
        .collect();
    for doc_chars in chars.chunks(0x10000) {
        let mut doc = String::with_capacity(doc_chars.len() * 4);
        for line in doc_chars.chunks(64) {
            doc.extend(line);
            doc.push('\n');
        }
        let out = check(&doc);
        assert_eq!(deboil::clean(&out), out);
        for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
            let once = normalize(&doc, form);
            assert_eq!(normalize(&once, form), once, "{form:?}");
        }
    }
}

#[test]
fn every_unicode_category() {
    // Planes 0 and 1 hold every general category; planes 2, 3, 14, 15 and
    // 16 add ideographs, tags, variation selectors and private use, sampled
    // here and covered whole in `big_inputs`.
    every_char_in(&[
        0..=0x1ffff,
        0x20000..=0x200ff,
        0x30000..=0x300ff,
        0xe0000..=0xe01ff,
        0xf0000..=0xf00ff,
        0x10ff00..=0x10ffff,
    ]);
}

#[test]
fn nested_entities_are_linear() {
    // `&amp;amp;amp;...;`: text escaped `n + 1` times over.
    let doc = |n: usize| format!("Tom &{}amp; Jerry", "amp;".repeat(n));
    assert_eq!(check(&doc(10_000)), "Tom & Jerry");
    assert_eq!(normalize(&doc(10_000), Normalization::Nfc), "Tom & Jerry");
    assert_scales_linearly(&doc(4_000), &doc(64_000));
}

#[test]
fn glued_article_with_copyright_sign_survives() {
    let sentences = [
        "The museum reopened on Sunday after two years of repairs to its roof.",
        "Visitors queued from early morning, some carrying thermos flasks and folding chairs.",
        "Inside, the textile wing shows quilts lent by families from across the valley.",
        "One curator said the \u{a9} symbol on an old label had puzzled staff for weeks.",
        "The city paid for most of the work, with the rest raised at bake sales.",
    ];
    let mut line = String::new();
    while line.len() < 5_000 {
        for s in sentences {
            line.push_str(s);
            line.push(' ');
        }
    }
    let line = line.trim_end().to_string();
    assert!(line.len() >= 5_000 && line.contains('\u{a9}'));
    assert_eq!(check(&line), line);
    let doc = format!("Loading...\n\n{line}\n\nShare on Facebook");
    assert_eq!(check(&doc), line);
}

#[test]
fn markdown_bracket_runs() {
    let links = "* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n";
    let sentence = "Crews worked through the night to clear the road.";
    // In a Markdown dump every `[` looks ahead for its match; the look-ahead
    // gives up on nesting no link has, so a run of brackets costs about as
    // much as prose (20,000 `![` took 3.5 s in debug before it did).
    for run in ["[", "](", "[](", "![", "]((", "[[]]", "[a"] {
        let doc = format!(
            "{links}{} {sentence}\n{}\n",
            run.repeat(20_000),
            run.repeat(20_000)
        );
        let out = check(&doc);
        assert!(out.contains(sentence), "{run}");
        // Without the links the page is not a Markdown dump.
        let plain = format!("{} {sentence}", run.repeat(20_000));
        assert!(check(&plain).contains(sentence), "{run}");
    }
}

#[test]
fn nul_bytes() {
    let doc = "The\0 ferry\0\0 sailed at noon.\n\0\0\0\n\0Rain is expected\0 by noon.\0";
    let out = check(doc);
    assert!(!out.contains('\0'));
    // A line of nothing but NULs is blank: it separates blocks.
    assert_eq!(
        out,
        "The ferry sailed at noon.\n\nRain is expected by noon."
    );
    assert_eq!(check("a\0b\0c"), "abc");
    let many = "\0".repeat(100_000);
    assert_eq!(check(&many), "");
}

#[test]
fn lone_carriage_returns() {
    let doc = "Loading...\rThe ferry sailed at noon.\r\rRain is expected by noon.\rTweet\r";
    assert_eq!(
        check(doc),
        "The ferry sailed at noon.\n\nRain is expected by noon."
    );
    let many = "\r".repeat(100_000);
    assert_eq!(check(&many), "");
    let mixed = "a\r\n\rb\n\r\nc".repeat(1_000);
    assert_eq!(deboil::clean(&deboil::clean(&mixed)), deboil::clean(&mixed));
}

#[test]
fn long_lines_scale_linearly_enough() {
    let line = |n: usize| "the council voted on tuesday ".repeat(n);
    let (small, big) = (line(2_000), line(32_000));
    assert_eq!(check(&small), small.trim_end());
    assert_scales_linearly(&small, &big);
}

/// Cleaning `big` (16 times `small`) takes less than 80 times as long:
/// linear work takes ~16x, quadratic ~256x; the bound leaves room for a
/// noisy machine.
fn assert_scales_linearly(small: &str, big: &str) {
    let t1 = best_of(3, || {
        check(small);
    });
    let t16 = best_of(3, || {
        check(big);
    });
    let ratio = t16.as_secs_f64() / t1.as_secs_f64().max(1e-6);
    assert!(
        ratio < 80.0,
        "16x input took {ratio:.1}x as long ({t1:?} vs {t16:?})"
    );
}

/// The big sizes; see the module docs for how to run them.
#[test]
#[ignore = "big inputs: run in release, see the module docs"]
fn big_inputs() {
    fn timed(name: &str, doc: &str) -> String {
        let t = Instant::now();
        let out = check(doc);
        println!("{name}: {} bytes in {:?}", doc.len(), t.elapsed());
        out
    }
    let words = "the council voted on tuesday to add bike lanes downtown ";
    let line = words.repeat(50_000_000 / words.len());
    let out = timed("one 50 MB line", &line);
    assert_eq!(out, line.trim_end());
    let t = Instant::now();
    every_char_in(&[0..=0x10ffff]);
    println!("every scalar value, 64 to a line: {:?}", t.elapsed());
    let out = timed("1,000,000 empty lines", &"\n".repeat(1_000_000));
    assert_eq!(out, "");
    let out = timed("1,000,000 one-char lines", &"a\n".repeat(1_000_000));
    assert_eq!(out.len(), 2 * 1_000_000 - 1);
    let entities = format!("Tom &{}amp; Jerry", "amp;".repeat(2_000_000));
    assert_eq!(timed("2,000,000 nested entities", &entities), "Tom & Jerry");
    for run in ["[", "![", "]("] {
        let brackets = format!("* [a](/)\n* [b](/)\n* [c](/)\n{}", run.repeat(1_000_000));
        timed(&format!("1,000,000 {run:?} in a Markdown dump"), &brackets);
    }

    // Scaling: 16x the input, best of three.
    let doc = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str("Loading...\nShare on Facebook\n\n");
            s.push_str(&format!(
                "Paragraph {i} says the ferry sailed at noon despite the storm.\n\n"
            ));
        }
        s
    };
    let (small, big) = (doc(20_000), doc(320_000));
    let t1 = best_of(3, || {
        check(&small);
    });
    let t16 = best_of(3, || {
        check(&big);
    });
    println!(
        "scaling: {} bytes in {t1:?}, {} bytes in {t16:?}, ratio {:.1}",
        small.len(),
        big.len(),
        t16.as_secs_f64() / t1.as_secs_f64()
    );
}
