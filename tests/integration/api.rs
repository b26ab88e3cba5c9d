//! The public API: builder, errors, report, output shape.

use deboil::{BuildErrorKind, Cleaner, Normalization, RuleId};

#[test]
fn blocks_stay_blocks() {
    let input =
        "\n\nTitle line\nSubtitle line\n\n\n\nFirst paragraph here.\n\nSecond paragraph.\n\n";
    assert_eq!(
        deboil::clean(input),
        "Title line\nSubtitle line\n\nFirst paragraph here.\n\nSecond paragraph."
    );
}

#[test]
fn empty_and_blank_inputs() {
    assert_eq!(deboil::clean(""), "");
    assert_eq!(deboil::clean("\n\n \t \u{200b}\n"), "");
}

#[test]
fn invalid_regex_is_a_typed_error() {
    let err = Cleaner::builder()
        .drop_lines("mine", "(")
        .build()
        .unwrap_err();
    assert_eq!(err.rule(), "mine");
    assert!(matches!(err.kind(), BuildErrorKind::InvalidRegex(_)));
    let err = Cleaner::builder()
        .footer_marker("", "x")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::InvalidName));
    let err = Cleaner::builder()
        .disable_by_name("nope")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::UnknownRule));
    let err = Cleaner::builder()
        .max_removal_share(1.5)
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::OutOfRange(_)));
}

#[test]
fn disabling_a_rule_keeps_its_lines() {
    let input = "Advertisement\nThe ferry left at noon.";
    let c = Cleaner::builder().disable(RuleId::Ads).build().unwrap();
    assert_eq!(c.clean(input), input);
    let c = Cleaner::builder().disable_by_name("ads").build().unwrap();
    assert_eq!(c.clean(input), input);
}

#[test]
fn report_accounts_for_every_line() {
    let input = "Loading...\nHeadline of the day\nBy Jane Doe, Reuters\nhttps://example.com/a.jpg\n\n(Photo Credit: AP)\n\nThe mayor said the budget would pass by Friday, despite objections from the council.\n\nMost Popular\nFive things\nSix things";
    let c = Cleaner::default().clean_with_report(input);
    let r = c.report();
    let removed: usize = r.removed().iter().map(|x| x.line_count()).sum();
    assert_eq!(removed + r.kept_lines(), r.input_lines());
    for x in r.removed() {
        assert_eq!(&input[x.span()], x.text());
    }
    assert_eq!(r.metadata().byline(), Some("By Jane Doe, Reuters"));
    let footer = r.removed().iter().find(|x| x.rule() == "footer").unwrap();
    assert_eq!(footer.lines().0, 10);
}

#[test]
fn normalization_forms() {
    let nfkc = Cleaner::builder()
        .normalization(Normalization::Nfkc)
        .build()
        .unwrap();
    assert_eq!(nfkc.clean("\u{fb01}nal score"), "final score");
    assert_eq!(deboil::clean("\u{fb01}nal score"), "\u{fb01}nal score");
}

#[test]
fn clean_is_shared_across_threads() {
    let c = Cleaner::default();
    std::thread::scope(|s| {
        for _ in 0..4 {
            let c = c.clone();
            s.spawn(move || assert_eq!(c.clean("Tweet\nHello there."), "Hello there."));
        }
    });
}

#[test]
fn a_pack_adds_agencies_wires_and_home_labels() {
    let story = "The river rose two metres overnight and the ferry stopped running.";
    let pack = "lang = xx\n\
                [agency]\n= keystone\n\
                [wire]\nBELGA\n\
                [home]\n= casamia\n\
                [navigation]\n= casamia\n";
    let cleaner = Cleaner::builder().phrase_pack("xx", pack).build().unwrap();
    for junk in [
        "Flooded streets in the old town / Keystone",
        "BELGA/ Jan Peeters",
        "CasamiaNyheterThe river rose two metres",
    ] {
        let input = format!("{junk}\n\n{story}");
        assert_eq!(cleaner.clean(&input), story, "{junk}");
        assert_eq!(Cleaner::default().clean(&input), input, "{junk}");
    }
    // The wire is matched as written; the agency must end the line.
    for prose in [
        "Belga/ Jan Peeters",
        "Keystone reported the figures on Monday",
        "CasamiaNy",
    ] {
        let input = format!("{prose}\n\n{story}");
        assert_eq!(cleaner.clean(&input), input, "{prose}");
    }
    let err = Cleaner::builder()
        .phrase_pack("xx", "lang = xx\n[agency]\nkeystone\n")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::InvalidPack(_)));
}
