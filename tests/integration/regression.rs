//! Regressions: inputs the fuzzers and property tests found, one test each.

use deboil::{normalize, Cleaner, Normalization};

/// Three Markdown link lines make the page a Markdown dump, so the lines
/// after them are reduced.
const LINKS: &str = "* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n";

/// Cleans `input` and checks that cleaning the output again changes
/// nothing; returns the output.
fn settled(input: &str) -> String {
    let once = deboil::clean(input);
    assert_eq!(deboil::clean(&once), once, "input: {input:?}");
    once
}

#[test]
fn markdown_reduction_leaves_text_unnormalized() {
    // See: fuzzing `clean`, "cre**\u{300}me" in a Markdown dump became
    // "cre\u{300}me", a letter and a combining mark that NFC composes.
    let input = format!("{LINKS}Cre**\u{300}me br**\u{fb}l**\u{e9}e and e`\u{301}\n");
    let out = deboil::clean(&input);
    assert_eq!(normalize(&out, Normalization::Nfc), out);
    assert_eq!(deboil::clean(&out), out);
    // Hangul jamo are starters, yet NFC joins them too.
    let input = format!("{LINKS}\u{1100}**\u{1161} and more text\n");
    let out = deboil::clean(&input);
    assert_eq!(normalize(&out, Normalization::Nfc), out);
}

#[test]
fn markdown_bullet_url_is_not_idempotent() {
    // See: property test `idempotent`, a bare URL behind a bullet in a
    // Markdown dump: kept as "* https://...", written as "https://...",
    // which the second run removes.
    let input =
        "* [Home](/)\n* https://example.com/news/2023/05/story.html\n* [Home](/)\n* [Home](/)\n";
    settled(input);
}

#[test]
fn markdown_glues_link_label_to_word() {
    // See: fuzzing `clean`, "- [Contac[About](/about)": an unclosed
    // bracket before a link. The label is written right after the text
    // before it, as Markdown renders it; nothing is made up.
    let input = format!("{LINKS}- [Contac[About](/about)\n");
    let out = Cleaner::default().clean(&input);
    assert!(out.ends_with("[ContacAbout"), "{out:?}");
}

#[test]
fn rows_of_figures_are_not_dates() {
    // See: the en_figures prose fixture, "2019    1,240    310    88", a
    // table row the byline rule removed as a date line because a year
    // stood first.
    let rows = "Year    Apples (t)    Pears (t)\n2019    1,240         310\n2020    1,105         295          91\n2021 12.5 3.4";
    let cleaner = Cleaner::builder().max_removal_share(1.0).build().unwrap();
    assert_eq!(cleaner.clean(rows), normalize(rows, Normalization::Nfc));
    assert_eq!(cleaner.clean("Updated 19.11.2019 08:38"), "");
    assert_eq!(cleaner.clean("March 3, 2019"), "");
}

#[test]
fn bracket_runs_give_up_early_and_links_still_read() {
    // See: hostile input, a million `![` after three links in a Markdown
    // dump took 8 s in release: every bracket looked 2 KiB ahead for its
    // match. The look-ahead now gives up past 16 levels of nesting.
    let input = format!("{LINKS}See [the [annual] report](/r) today.\n");
    assert!(deboil::clean(&input).ends_with("See the [annual] report today."));
    let deep = format!("{}x{}", "[".repeat(20), "]".repeat(20));
    let input = format!("{LINKS}{deep}(/r) stays as written.\n");
    assert!(deboil::clean(&input).ends_with(&format!("{deep}(/r) stays as written.")));
    let run = format!("{LINKS}{} The ferry sailed.\n", "![".repeat(100_000));
    assert!(deboil::clean(&run).ends_with("The ferry sailed."));
}

#[cfg(feature = "serde")]
#[test]
fn jsonl_copies_a_lone_surrogate_in_another_field() {
    // See: fuzzing `jsonl`, `{"url":"...\ude00...","text":"..."}`: the
    // JSON grammar allows a lone surrogate escape and serde_json's Value
    // refuses it. The record is cleaned and the other field is copied
    // unread, byte for byte.
    let line = br#"{"url":"https://example.com/a\ude00b","text":"Loading...\nThe bridge reopened on Friday.","id":1}"#;
    let mut out = Vec::new();
    let outcome = deboil::jsonl::clean_record(&Cleaner::default(), line, "text", &mut out).unwrap();
    assert!(outcome.changed());
    assert_eq!(
        out,
        br#"{"url":"https://example.com/a\ude00b","text":"The bridge reopened on Friday.","id":1}"#
    );
}

#[test]
fn markdown_label_with_emphasis_is_reduced_once_and_for_all() {
    // See: fuzzing `clean`, a link whose label starts with a run of
    // underscores: the first run took the link apart, the second the
    // emphasis in its label.
    let input =
        format!("{LINKS}\nSee [__________About](/about) and [**bold** [inner](/i)](/o) here.\n");
    let once = deboil::clean(&input);
    assert_eq!(deboil::clean(&once), once);
}

#[test]
fn guard_ignores_links_that_a_second_run_no_longer_sees() {
    // See: fuzzing `clean`, a Markdown dump whose prose was mostly one
    // long link: removing the link made the prose guard keep the whole
    // page, and a second run, which read the link as plain text, did not.
    let long =
        "the council voted to add protected bike lanes downtown while the rain fell on tuesday "
            .repeat(6);
    let input = format!(
        "Loading...\nHarbour ice returns after decades\n\n{LINKS}\n- [{long}](/story)\n\nThe harbour froze on Monday for the first time since 1947, and the ferries stayed in port.\n"
    );
    let once = deboil::clean(&input);
    assert_eq!(deboil::clean(&once), once);
    assert!(!once.contains("Loading"));
}

#[test]
fn markdown_dump_is_rewrapped_as_its_text() {
    // See: fuzzing `clean`, a Markdown dump whose lines, once reduced to
    // their text, had the shape of a hard-wrapped page: the first run
    // looked for wrapping before reducing, the second after.
    let input = "* [Home](/)\n **big** story\n\nRead [the report](https:/\u{0}\u{0}\u{0}vmple.os)\n*$[Sport](/sport [Home](/)\n **big** story\n\nRead [the report](https:/\u{0}\u{0}\u{0}vmple.os)\n*$[Sport](/sport)\n\n## The **big** story\n\nRead [the report](https://example.org/r.pdf) before the vote. ![chart](c.pngrg/r.pdf) before the vote. ![chart](c.png)\n\n[[[[ ]( ](\n ](- [Contact][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.pnturns after decades\nBy Jane Domailto:desk@example.ct][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](com) | [About](/aboumailto:desk@example.cotm)) |a[)\n\n## The **big** story\n\nRead [the report](https://example.org/r.pdf) before the vote. ![chart](c.pngrg/r.pdf) before the vote. ![chart](c.png)\n\n[[[[ ]( ](\n ](- [Contact][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.pnturns after decades\nBy Jane Domailto:desk@example.ct][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](com) | [About](/aboumailto:desk@example.cotm)) |a[Ab\nout](/about)\n";
    settled(input);
}

#[test]
fn lines_of_one_length_that_start_in_capitals_are_not_rewrapped() {
    // See: fuzzing `clean`, repeated broken Markdown lines of about one
    // length: once the longer lines around them were removed, a second
    // run took them for a hard-wrapped paragraph.
    let input = "* [Home](/)\n* [News](/news)\n* [Sport](/· sport)\n\n## The **big** story\n\nRead [the report]ort](https://example.o.p|* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** story\n\nRead [the report](httomm](`)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** sto)ry\n\nRead [the repthe report](https://example.or\nRead [the report]ort](https://example.o.p|* [Home](ews](/news)\n* [Sport](/sport)\n\n## The **big** stNews](/news)\n* [Sport](/· sport)\n\n## The **big** story\n\nRead [the report]ort](https://example.o.p|* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** story\n\nRead [the report](httomm](/)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** sto)ry\nz\nRead [the repthe report](https://example.or\nRead [the report]ort](https://e\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{11}xample.o.p|* [Home](ews](/news)\n* [Sport](/sport)\n\n## The **big** story\n\nRead [the report](httomm](/)\n* [News](/newUnis)\n* [Sport](/sport)\n\n## The **biMog** sto)ry\n\nRead [ecades\nBy  [AboJane| [About](2ut]a(/aory\n\nRead [the report](httomm](/)\n* [News](/newUnis)\n* [Sport](/sport)\n\n## The **)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** story\n\nRead [the report](httomm](`)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** sto)ry\n\nRead [the repthe report](https://example.or\nRead [the report]ort](https://example.o.p|* [Home](ews](/news)\n* [Sport](/sport)\n\n## The **big** stNews](/news)\n* [Sport](/· sport)\n\n## The **big** story\n\nRead [the report]ort](https://example.o.p|* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** story\n\nRead [the report](httomm](/)\n* [News](/news)\n* [Sport](/sport)\n\n## The **big** sto)ry\nz\nRead [the repthe report](https://example.or\nRead [the reportbiMog** sto)ry\n\nRead [ecades\nBy  [AboJane| [About](3ut]a(/about)\nbout)\n";
    settled(input);
}

#[test]
fn kept_lines_with_the_shape_of_wrapped_text_are_joined_in_the_output() {
    // See: fuzzing `clean`, a page whose long lines were removed: the
    // lines kept had the shape of a hard-wrapped text, so a second run
    // re-joined what the first had written apart.
    let input = "Loading.:.\nHarbour ice returDoe, Coastal des\nBDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdateng...\nHarbour ice returDoe, Coastal des\nBy Jane DoeBDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdateng...\nHarbour ice returDoe, Coastal des\nBy Jane Doe,1 Coastal Desk\nUpdated 11:03PM  ET\nhtngs.\nCrews workedisemdit: Port Authoritbook\nTweet\nAdvertoats at their moorinrbour ice returDoe, Coastal des\nBy J Doe,2 Coastal Desk\nUpdateng...\nHarbour ice returDoe, Coastal des\nBy Jane DoeBDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdateng...\nHarbour ice returDoe, Coastal des\nBy Jane Doe,1 Coastal Desk\nUpdated 11:03PM  ET\nhtngs.\nCrews workedisemdit: Port Authoritbook\nTweet\nAdvertoats at their moorinrbour ice returDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdated 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal D,1 Coastal Desk\nUpdated 11:03PM  ET\nhtngs.\nCrews workedisemdit: Port Authoritbook\nTweet\nAdvertoats at their moorinrbour ice returDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdated 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal Desk\nUpdated 05:03 PM ET\nhtngs.\nCrews workedisemdit: Port Ad 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal Desk\nUpdated 05:03 PM ET\nhtngs.\nCrews workedisemdit: Port A p workedisement\n\nMost Popularane Doe,2 Coastal Desk\nUpdated 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal D,1 Coastal Desk\nUpdated 11:03PM  ET\nhtngs.\nCrews workedisemdit: Port Authoritbook\nTweet\nAdvertoats at their moorinrbour ice returDoe, Coastal des\nBy Jane Doe,2 Coastal Desk\nUpdated 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal Desk\nUpdated 05:03 PM ET\nhtngs.\nCrews workedisemdit: Port Ad 11:03PM  ET\nh\u{0}\u{2}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}tngs.\nCrews workedisemdit, Coastal Desk\nUpdated 05:03 PM ET\nhtngs.\nCrews workedisemdit: Port A p workedisement\n\nMost Popular\nTen places to skate this weekend\n";
    settled(input);
}

#[test]
fn joining_wrapped_lines_never_writes_a_link() {
    // See: fuzzing `clean`, "[Ab" ending one line and "out](/about)"
    // starting the next: joined, they made a link that a second run read
    // as Markdown.
    let input = "* [Home](/)\n **big** story\n\nRead [the report](https:/\u{0}\u{0}\u{0}vmple.os)\n*$[Sport](/sport [Home](/)\n **big** story\n\nRead [the report](https:/\u{0}\u{0}\u{0}vmple.os)\n*$[Sport](/sport)\n\n## The **big** story\n\nRead [the report](https://example.org/r.pdf) before the vote. ![chart](c.pngrg/r.pdf) before the vote. ![chart](c.png)\n\n[[[[ ]( ](\n ](- [Contact][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.pnturns after decades\nBy Jane Domailto:desk@example.ct][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](com) | [About](/aboumailto:desk@example.cotm)) |a[)\n\n## The **big** story\n\nRead [the report](https://example.org/r.pdf) before the vote. ![chart](c.pngrg/r.pdf) before the vote. ![chart](c.png)\n\n[[[[ ]( ](\n ](- [Contact][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.pnturnsct](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.](- [Contact][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](mailto:desk@example.com) |a[About]* [News](/news)\nhe report]ort](https://example.o.p||||||||||||df)\n\n[[[[ ]( ](\n ](- [Conta) before the vot\u{0}\u{0}\u{0}\u{14}[chart](c.pnturns after decades\nBy Jane Domailto:desk@example.ct][[[[ ]( ]( ](\n- [(\n- [Contact[[[[ ]( ]( ](\n-Contact](com) | [About](/aboumailto:desk@example.cotm)) |a[)\n\n## The **big** story\n\nRead [the report](https://example.org/r.pdf) before the vote.cotm)) |a[Ab\nout](/about)\n";
    settled(input);
}

#[test]
fn a_page_does_not_turn_markdown_when_lines_go() {
    // See: fuzzing `clean`, a page with a few Markdown links among many
    // lines: once the first run had removed lines, the links were a larger
    // share of what was left and the second run read it as a Markdown dump.
    let input = "Loading...\nHarb\u{6}\u{0}\u{0}\u{0}ice returns after decades\nBy Jane Doe, Coastal Desk\nUpdated 11:03 PM ET\nhttps://cdn.example.coes\nBy Jane Doe, Coastal Desk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 \u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}ter decadec\nBy Jane DoeUni, Coasy for the zreak s after decadecrbour ice returns af\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}ter decad..\nHarbour ice returns af\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}..\u{7f}\nHarbour icne Do$\n\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}ter decadec\nBy Jane ;oeUni, Coasy for the zreak s after decadecrbour ice returns af\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}ter decadec\nBy Jane DCafe\u{301} cre\u{300}me\u{200b} zero\u{a0}width\u{d}\n\u{14}om &a\u{7f}Z\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}mp; Jerry it&#3600;s &#x1\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t;b&gt\u{1}\u{d}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t2\u{0};b&gt\u{1}\u{d};<\u{0}\u{0}\u{d}\n\u{5ec}\n\u{4eca}\u{65e5}\u{306f}\u{96e8}\u{3067}\u{3059}\u{3002}\n\u{fb01}n\u{1f469}\u{200d}\u{1f4bb}\n\u{0}NUL\u{7}bell\nTweet\nAdveotrats at their moorings.\nCrews wa #hannel for tfehe rry.\n\nShare! on Facebook\nTweet\nAdveotrats at their moorings.\nCrewsesday to downtown to bike council council bike\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0} bike\u{0}\u{0}\u{0}\u{14}e bike tuesday council voted council rain to rain tuesday bike rain voted lanes the on lanes to voted rain larbour froze on Monday for the first time since 1947, stranding a dUnin fishing boats at their moorings.\nCrews worked through the night to break a ch* [Home](/)\n*\u{6}\u{0}\u{0}\u{0} [News](/news)\n* [Sporle.org/r.pdf) before the vote. ![chart](/.pnturns after decades\nBy Jane Domailto:desk@e\u{0}\u{0}\u{0}\u{14}annel for the fert)\n\n## The **big** story\n\nRead [the report](https://example.org/r.ry.\n\nShare on Facebook\nTweet\nAdvertoats at their moorings.\nCrews workedisempdf) before the vote. ![chart](c.pnturns after decades\nBy xample.com) | [About](/about)Jane Domailto9d [the report](httpsz//exam- e.- or\ng/r.pdf) before the vote. !\u{1}\u{2}hart](c.pnturns after decades\nBy Jane Domailto:deent\nings.\nCrewsk@es woren places\"ton downtown add voted while tuesday to downtown to bike council council bike bike\u{0}\u{0}\u{0}\u{14}e bike tuesday council voted council rain to rain tuesday bike rain voted lanes the on lanes to voted rain lanes the fell lanes tuesday while council rain tuesday lanes to voted to fell on lanes lanes fell lanes to while on downtown fell fell fell on fell on add rain fell on on lanes bike to rain the the fell tuesday bike tuesday on rain downtown to bike fell rain to to council on council on bike on to on bike downtown downtown the bike while to fell while council while council add fell rain fell on bike voted add fell while to council fell rain add bike add rain counci\"l rain voted voted voted the voted downtown bike fell while voted downtown downtown bike while to voted lanes lanes voted the ;the fe!ll rain n lanes to voted rain lanes the fell lanes tuesday while council rain tuesday lanes to voted to fell on lanes lanes fell PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}m/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harboure returns after decades\nBy Jane Doe, Cple.coes\nBy Jane Doe, Coastal Desk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}m/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry. froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first toastal Desk\nUpdated 11:03 PM ET\nhttps://cdn.example.coes\nBy Jane Doe, Coastal Desk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1946, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}m/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry. froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;esk\nUpdated 11:03 PM ET\nhttps://cdn.example.com/img/harbour.jpg\n\n(Photo Credit: Port Authority)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first time since 1947, stranding a dozen fishing boats at their moorings.\nCrews woriy)\n\nThe harbour froze on M\u{6}\u{0}\u{0}\u{0}onday for the first th the night to break a channel for the ferry.\n\nShare on Facebook\nTweet\nAdvertoa;s at their moorings.\nCrews workedisement\n\nMoss at their moorings.\nCrews workedisemen\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{10}t\n\nMost Popular\nTen places to skate this weekend\n";
    settled(input);
}

#[test]
fn a_reduced_markdown_line_is_read_as_its_text() {
    // See: fuzzing `clean`, a Markdown bullet reduced to its text kept its
    // bullet for the wrapping test, so the first run did not join it and
    // the second, reading the bare text, did.
    let input = "* [Home](/)\n* new1F/)\n* new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1} Jle.\u{b}org/r[NeUUUUUUUUUUUUUUUUws)\n* [Sport](/sport)\n\n#eT h #*%be\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n&\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n||||888888888888888888888888888888[ ]( \u{1d}( ](\n- [Contact](mailto:dke@se8[ ]( ailto:dke@se8[ ]( \u{1d}( ](\n- o:dke@se8[ ]( \u{1d}( ](\n- [Contac||||||||||||||||||||||||||![charp](c.png)\n\n[[[[ ]( ]( ](\ndf) be- [Conts) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngta\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}rt](c.pntur)?\n";
    settled(input);
}

#[test]
fn markdown_reduction_does_not_make_an_entity() {
    // See: fuzzing `clean_with_report`, "it&#625`;s" in a Markdown dump:
    // taking the backtick out made "&#625;", which decoded to a character
    // the input never held.
    let input = format!("{LINKS}It&#625`;s a plain line of text here.\n");
    for form in [Normalization::Nfc, Normalization::Nfkc] {
        let c = Cleaner::builder().normalization(form).build().unwrap();
        let out = c.clean(&input);
        assert!(!out.contains('\u{271}'), "{out:?}");
        assert_eq!(c.clean(&out), out);
    }
}

#[test]
fn debris_of_one_length_is_not_rejoined_by_a_second_run() {
    // See: fuzzing `clean`, lines of broken Markdown and entity fragments
    // of about one length.
    let input = "* [Home](/)\n* new1F/)\n* new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{4}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}[Home](/)\n* new1F/)\n* new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUEjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1} Jle.org/r[NeUUUUUUUUUUUUUUUUws)\n* [Sport](/sport)\n\n#eT h #*%be\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n&\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n||||||||||||||||||||||||||||||![charp](c.png)\n\n[[[[ ]( ]( ](\ndpdf) before \"\"\"\"\"\"\"\u{2})\nf) be- [Conta\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}/\u{1} Jle.org/r[NeUUUUUUUUUUUUUUUUws)\n* [Sport](/sport)\n\n#eT h #*%be\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n&\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n||||||||||||||||||||||||||||||![charp](c.png)\n\n[[[[ ]( ]( ](\ndf) be- [Conta\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}modified########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}rt](c.pntur)?\n";
    settled(input);
}

#[test]
fn a_line_joined_on_output_is_judged_as_a_second_run_judges_it() {
    // See: fuzzing `clean`. Two kept fragments, written joined, made a
    // caption ending in a bracketed "Name/Agency" credit that neither
    // held alone, and a second run removed the joined line. The first run
    // now reads the output as a second run would, and every line it
    // removes is reported.
    let input = "* [Home](/)\n* new1F/)\n* new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{4}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}[Home](/)\n* new1F/)\n* new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &ltgb\n&\u{1};t\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUEjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1} Jle.org/r[NeUUUUUUUUUUUUUUUUws)\n* [Sport](/sport)\n\n#eT h #*%be\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n&\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n||||||||||||||||||||||||||||||![charp](c.png)\n\n[[[[ ]( ]( ](\ndpdf) before \"\"\"\"\"\"\"\u{2})\nf) be- [Conta\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.\u{0}\u{0}\u{0}\u{0}s\nByns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}/\u{1} Jle.org/r[NeUUUUUUUUUUUUUUUUws)\n* [Sport](/sport)\n\n#eT h #*%be\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n&\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n||||||||||||||||||||||||||||||![charp](c.png)\n\n[[[[ ]( ]( ](\ndf) be- [Conta\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pntu600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;##########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}s\nBy Jle.org/r[NeUUUUUUUUUUUUUUUU\u{15}UUUUUUUUUUUUUUjUUecadec\nBy J* [Home](/)\n* [News](/new1F600;s) &?lt;b&\ngt\u{1}\u{0}\u{0}/)\n<*;new1F600;s) &lt;b&\ngt\u{1}\u{0}\u{0}modified########'\u{0}rt](c.pnturns afte\u{0}\u{1}\u{0}rt](c.pntur)?\n";
    let c = deboil::Cleaner::default();
    let cleaned = c.clean_with_report(input);
    let once = cleaned.text().to_string();
    assert_eq!(c.clean(&once), once);
    assert_eq!(c.clean(input), once);
    let report = cleaned.report();
    let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
    assert_eq!(removed + report.kept_lines(), report.input_lines());
}

#[test]
fn markup_that_only_three_joined_lines_make_is_not_written() {
    // See: fuzzing `clean`. Joining three wrapped lines of broken Markdown
    // closed a link that no two of them close; each join is now checked
    // against the paragraph so far, not only the line before.
    let input = "* [\u{1a}Home](/)\n*\u{6}\u{0}\u{0}\u{0} * [Home](/)\n* [News](/news)\n*$[Sp\u{0} * [Home](/)\n* [News](/news)\n*$[Sport](/sport) bofr$[Sport](/sport) bofree the vote. ![chart](c.png)\n\n[[[[ ]( ]( ](\n- [Contact](mailto:desk@\u{1a}\u{0}\u{0}\u{0}ple.com) | [About](/about)\nee [News](/news)\n* [Spo.orr>e\u{0}lg/r.pdf) befoer decades\nBy Jaort](/sport) bofr$[Sport](/sport) bofree the vote. ![chart](c.png)\n\n[[[[ ]( ]( ](\n- [Contact](mailto:desk@\u{1a}\u{0}\u{0}\u{0}ple.com) | [About](/about)\nee [News](/news)\n* [Spo.orr>e\u{0}lg/r.pdf) befoer decades\nBy Jane Domailto:desk@e\u{0}\u{0}\u{0}\u{14}xampleth\u{0}ple.com) | [About](/about)\nee [News](/news)\n* [Spo.orr>e\u{0}lg/r.pdf) befoer decades\nBy Jane Domailto:desk@e\u{0}\u{0}\u{0}\u{14}xamplethtve oe. ![chart](c.png)\n\n[[[[.com) | [A2e the vote\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0} their motve oe. ![chart](c.png)\n\n[[[[.com) | [A2e the vote\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0} their moo ]( ]( ](\n- [Contact](mailto:desk@\u{1a}\u{0}\u{0}\u{0}ple.crings.chart](c.pnturns after\"decades\nBy Jane Doma\u{1}\u{1}\u{0}\u{0}. ![a dozen fishinom) | [About](/aboug boatts at th";
    settled(input);
}

#[test]
fn language_is_read_from_what_stays() {
    // See: fuzzing `clean`. The first run read the language from every
    // line, a removed byline included, and found English; the second run,
    // without the byline, found none and judged the page by another
    // threshold. The language is now read from the lines the line rules
    // keep.
    let input = "\u{feff}* [Home].org/* [Home](/)hile downuown raindt)e, Cao\u{b7} sy for the breakbreak a c\u{0}\u{1}wws\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}.\n\nShare Mon Faceediwe* [Home](\u{0}\u{0}\u{0}\u{0}\u{1}\u{0}\u{0}\u{1a}\u{0}\u{0}\u{0}*\u{6}\u{0}\u{0}\u{0} [News]/(news)\n* [t]a%feX\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}me\u{200b} zedth\r\n\u{14}om $a\u{7f}Z\u{0}\u{0}\u{0}\u{0};b&gt\u{1}\r\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t1\u{0};b&gt\u{1}\r;<\u{0}\u{0}\r\n\u{5ec}\n\u{4eca}\u{65e5}\u{306f}\u{96e8}\u{3067}ment\n\nM\u{3059}\u{3000}\n\u{eb01}n\u{1f469}\u{200d}\u{127fb}ro\u{a0}width\r\n\u{14}om $a\u{7f}Z\u{0}\u{0}\u{0}\u{0};b&gt\u{1}\r\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t1\u{0};b&gt\u{1}\r;<\u{0}\u{0}\r\n\u{5ec}\n\u{4eca}\u{65e5}\u{306f}\u{96e8}\u{3067}\u{3059}\u{3000}\n\u{eb01}n\u{1f469}\u{200d}\u{127fb}\n\u{0}NUL\u{7}b\u{0}\u{0}\u{0}me\u{200b} zedth\r\n\u{14}om $a\u{7f}Z\u{0}\u{0}\u{0}\u{0};b&gt\u{1}\r\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t1\u{0};b&gt\u{1}\r;<\u{0}\u{0}\r\n\u{5ec}\n\u{4eca}\u{65e5}\u{306f}\u{96e8}\u{3067}\u{3059}\u{3000}\n\u{eb01}n\u{1f469}\u{200d}\u{127fb}ro\u{a0}width\r\n\u{14}om $a\u{7f}Z\u{0}\u{0}\u{0}\u{0};b&gt\u{1}\r\u{1}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}t1\u{0};b&gtoPhotost Popular_. share thisrai\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{1}\u{0} \u{1}\r;<\u{0}\u{0}\r\n\u{5ec}\n\u{4eca}\u{65e5}\u{306f}\u{96e8}\u{3067}\u{3059}\u{3000}\n\u{eb01}n\u{1f469}\u{200d}\u{127fb}\n\u{0}NUL\u{7}bell(c.pnturecades\nBy Jell(c.pnturecades\nBy Jane Domailto:desk@e\u{0}-\u{0}\u{0}\u{14}xample.com)\u{a9} [About](/about)\n";
    settled(input);
}

#[test]
fn a_link_closed_by_joined_lines_makes_the_page_markdown_in_the_first_run() {
    // See: fuzzing `clean`. Two lines held a Markdown link each; joining
    // two more lines closed a third, so the output read as a Markdown
    // dump and a second run took the `**` out that the first had kept.
    let input = include_str!("../fixtures/fuzz/link-closed-by-joined-lines.txt");
    settled(input);
}

#[test]
fn the_language_of_a_page_does_not_hang_on_its_cut_footer() {
    // See: fuzzing `clean`. A garbled page was read as English because of
    // words in the footer the first run cut; without them the second run
    // found no language, judged the page by the threshold for unknown
    // languages, took it for a page dump and removed most of it. The
    // language is now read above the first closing-section label.
    let input = include_str!("../fixtures/fuzz/language-read-from-a-cut-footer.txt");
    settled(input);
}

#[test]
fn a_signature_over_a_removed_line_is_read_as_a_second_run_reads_it() {
    // The text under the second signature came after an ad label: the
    // first run took the label for the comment's text and found one
    // signature, the second run (without the label) two, and cut.
    let input = "The council voted on Tuesday to approve the construction of a new bridge across the river, ending a decade of debate.\n\nThe project will be funded in part by a federal grant awarded last year, officials said after the meeting.\n\nJane Roe, London 18.10.2019, 19:33\n\nThe first comment says the bridge is long overdue and will help the town.\n\nJohn Doe, Paris 18.10.2019, 06:00\nAdvertisement\nThe second comment says the money would be better spent on the schools.\n";
    let once = settled(input);
    assert!(once.contains("officials said after the meeting."), "{once}");
    assert!(!once.contains("The second comment"), "{once}");
}

#[test]
fn a_list_of_link_targets_out_of_order_goes_whole() {
    // See: fuzzing `clean`. A text browser's list of links with its
    // numbers out of order: the first run took only the part after the
    // break in the numbers, a second run found the rest a list of its own.
    let input = "   By [4]Jane Doe\n\n   The little green ferry that carried workers across the [5]harbour made its first crossing in four decades on Saturday.\n\nReferences\n\n   2. https://example.com/\n   3. https://example.com/news\n   4. https://example.com/authors/jane-doe\n   Hidden links:\n   1. https://example.com/topics/harbour\n   6. https://facebook.com/sharer\n   7. https://twitter.com/intent\n";
    let once = settled(input);
    assert!(!once.contains("https://"), "{once}");
    assert!(!once.contains("References"), "{once}");
    assert!(once.contains("across the harbour made"), "{once}");
}

#[test]
fn a_closing_mark_on_a_line_of_its_own_goes_on_the_word_before_it() {
    // See: fuzzing `clean`. A line that is only a period closes the
    // sentence fragment above it; joined, the period stands on the last
    // word ("aneryS."), which the input never wrote as one word.
    let input = "Loadns afne Doe, dec\nBy J\nHarbour ic\nBy aneryS\n.\nn p@laces teekend\n";
    let once = settled(input);
    let words: Vec<&str> = once.split_whitespace().collect();
    assert!(words.contains(&"aneryS."), "{once}");
}

#[test]
fn punctuation_that_touches_a_word_is_not_moved_onto_another() {
    // See: fuzzing `clean`. A line starting ")hrbour" went on a caption
    // fragment with no space between, writing "Creditae)hrbour".
    let input = "The caption of the harbour photo read Phovo Creditae\n)hrbour froze on Monday for the first time since 1947.\n";
    let once = settled(input);
    assert!(once.contains("Creditae )hrbour"), "{once}");
}

#[test]
fn joining_fragments_never_writes_a_link() {
    // See: fuzzing `clean`. A line starting ")Srt](/sport)" went on a line
    // ending "[News](/newspo *[": joined, they made a link that a second
    // run read as Markdown.
    let input = "Loadi\0g...\nHarb\u{7}\0our ice returns after decades\nBy Jane Doe, CoaUnil Desk\nUpdated 11:03 PM ET\nhttps://cdn.examplHome](/)\n* [News](/newspo *[\n)Srt](/sport)Cafe\u{301} crert)Cafe\u{301} cre\u{300}me\u{200b} zero\u{a0}䁯雨でＬＬ 👩\u{200d}💻\n\0NUL\u{7}bell\nttome](/)\n* [News](/newsetur\u{1}\0\0\0\0\0\u{1}\0 decades\nBy Jane Doe, Coastal De retur* [Home](3)\n*\u{6}\0\0\0 [News](/す瀂Sout)\n_______\u{7f}ns a[dated 11:03 PM ET\nhttps://cdn.examplHome](/)\n* [News](/newspo *[\n)Srt](/spo]rt)Cafe\u{301} cre\u{300}me\u{200b} zero\u{a0}widthC\0\0\0\0\0\0\0mp;[mp_______&_________;amp; Jerry it&#812;7s &#x1F600; &lt;b&gt\u{1}\0\0<;\r\r\nrke/disemdit: Port Autho)r\ntiy\nTh/h p.acearbour froze oes\u{10}\0\0\0\0\0\0\0d 1\n\n## The **bTen44ig** storamp; Jerry it&#81____\n____________W_______2;7s &#x_e1D600; &lt;b&gt\u{1}\0_\0<;\r\r\nש_";
    settled(input);
}

#[test]
fn fragments_joined_into_a_markdown_page_are_read_as_one() {
    // See: fuzzing `clean`. Joined fragments held link syntax on more
    // lines than before: a second run read the output as a Markdown page
    // and reduced lines the first had kept as they stood. The page is
    // now judged Markdown or not after the joins.
    let input = "* Loading[Hrm/\0(/ [!Hrm(/)\n*e(/)n).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\u{1}\0\0\0oe, Coastel Desk\nUpdated 12:03 GM ET\nhttps\u{e}\0/cdn.example.com/`mg/harbour.jpg!@\n\n(Photo Credit: Port Authhing boats at their  Authhing boats at their\0\0\0\0\0\0\0\0\0\0\0\0\0\0oe, Coastechannel foDttps://example.org/r.ry.\n\nShare on Facebook\nTweet\nAdvertoats at>\0 their Coastel Desk\nUpdatailtoed 12:03 PM ET\nhttps://cdn.exam0le.com/`mg/harbour.jpg!\n\n(Photo Credit: Port Authhing boats at their moortwings.\nCrews w befo(/)te([N/\nre the vote. !\u{1}\u{2}hart](c.pnturns after decades\nBy Jane Domailto:deent\nings.\nCrewsk@es heute place\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0n)t&#8217;s &#x1F600;rep&ort] &lt;/{\0\0\0\0\0\0ple* Loading[Hrm/\0(/ [!Hrm\u{8}/)00\u{7}\u{3}ocdn.example.com/`mg/harbour.jpg!@\n\n(Photo Credit: Port Authhing boats at their moortwings.\nCrews worked through the night to break a ad [the report](hDttps://example.org/r.ry.\n\nShare on Facebook\nTweet\nAdvertoats at>\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\0 their Coastel Desk\nUpdated org/r.ry.\n\nShc.pnturns after decades\nBy Janee([N/\nre the vote. !\u{1}\u{2}hart](c.pnturns after decades\nBy Jane Domailto:deent\nings.\nCrewsk@es heute place\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0n)t&#8217;s &#x1F600;rep&ort] &lt;nzen fisple* Loading[Hrm/\0(/ [!Hrm\u{8}/)00\u{7}\u{3}oc .ocd\n nend\n";
    settled(input);
}

#[test]
fn a_joined_semicolon_never_makes_an_entity() {
    // See: fuzzing `clean`. A fragment ending "&gt" (an entity cut short)
    // took the next line's ";<" with no space between: "&gt;<", which
    // normalizing decodes, so the output was not normalized.
    let input = "H\0\0\0Loadi\u{1}\0\u{15}.ng...\nHarb\u{6}\0ce errutns a...\nHarbour s1 m/im\n\n(Po\0hoto Credit: Pore\u{301} &gt\u{1}\r;<\0\0\r\n\u{5ec}\nrutns a...\nHarbour s1 m/im\n\n(Photo Credit: \u{1f469}\u{200d}\u{1f4bb}\n\0NUL\u{7}bell\n";
    let once = settled(input);
    assert_eq!(normalize(&once, Normalization::Nfc), once);
}

#[test]
fn a_page_whose_best_span_is_a_few_words_keeps_its_lines() {
    // See: fuzzing `clean`. On a page of repeated fragments no line
    // scored as prose, so nothing was cut; in the output, one joined
    // fragment scored a little, and a second run cut the page down to it.
    // A best span with little prose in its lines now cuts nothing.
    let input = "Lo!ding...\nHarbour ice returns \n[[[[ ]( ]( ](\n- [Contac)\n\n[[[[ ]( ]( ](\n- [CHome],/)\n* [News\u{43b}\u{435}\u{442}r)\n*$[Sptrt]\u{0}\n(/s)\n* [/ts\no#pr)##[CHome],/)\n* [News\u{43b}\u{435}\u{442}r)\n*$[Sport]*\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{3} [Home](/)\nil while downuown rFttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1/////\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BB\u{0}\u{0}\u{3} [Home](/)\nil while downuown rFttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////hc* [home///////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1/////\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nCrews workediseme\nHc\u{1a}Bdvastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings#rt](https://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19}'it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fAisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fi{plastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1Fttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 012;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}////-ing...\nHc harbou;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1/////\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nCrews workediseme\nHc\u{1a}Bdvastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings#rt](https://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19}'it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fAisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fi{plastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1Fttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 012;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}////-ing...\nHc harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBsk\nate this weekenddn their moorings.\nsk\nUp>>ted 1////////]l couto\n:desk@example.com) | [Abouy\u{0}t](/aboncdil bike bkto:desk@example.com) | [Aboututd)](/aboutd)\nsp** 'tory\n\nRthisto:de[[ ]( ]( ](\n- [Contact//////-////////8///////////\n///2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}* [Home";
    settled(input);
}

#[test]
fn the_best_span_is_weighed_by_its_lines_not_their_scores() {
    // See: fuzzing `clean`. The best span was one short line, an island
    // among removed lines in the first run (a third of its weight) and
    // none in the second, whose score then passed the bar the first had
    // missed. The bar is now the prose the span's lines hold.
    let input = "\u{feff}* [Home](/)\n* [Ne\u{1d}* [Homereach th ber!* [Ho.\nIarbour iceturfne Dturn aa\tilto:t:\nShare\u{2}on facenthisade ferrytdesk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dews 12:03 PM ET\nhttp:///cdn.exy\u{b7} \n\nReaL\u{1},\u{0}\u{0}\u{0}zzpuedes escribirnose.cthisade ferrytdesk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dews 12:03 PM ET\nhttp:///cdn.exy\u{b7} \n\nReaL\u{1},\u{0}\u{0}\u{0}zzpuedes escribirnose.comcom/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](c.rn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcon1tae vot(. ![char!](c.pnt\u{1f}\u{1f}\u{1f}\u{1f}this weekeomcom/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Image\u{1d}* [Homereach th ber!* [Ho.\nIarbour iceturfne Dturn aa\tilto:t:\nShare\u{2}on facenthisade ferrytdesk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dews 12:03 PM ET\nhttp:///cdn.exy\u{b7} \n\nReaL\u{1},\u{0}\u{0}\u{0}zzpuedes escribirnose.cthisade ferrytdesk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dews 12:03 PM ET\nhttp:///cdn.exy\u{b7} \n\nReaL\u{1},\u{0}\u{0}\u{0}s\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](/img/harbour.jpws\u{0}\u{0}\u{0}a ) [Abou)g\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontazzpuedes escribirnose.comcom/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](c.rne vo aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcon1tae vot(. ![char!](c.pnt\u{1f}\u{1f}\u{1f}\u{1f}this weekeomcom/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![char!](/img/harbour.jpg\n\n(Pho break W$cfor the fe\n.yrr\nSharn aa\tilto:desk@]t(. ![char!](c.rn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}(\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcontae vot(. ![ch\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}ar!](c.rn aa\tilto:desk@](\n\n\n\nGetty Images\u{0}\u{0}?Getty Images\u{b}\n\n\n\n\n\n\n\nCredi; zcn\u{0}\u{0}o\u{0}dit zcon1tae vot(. ![cho\u{0}dit zar!](c.pnt\u{1f}\u{1f}\u{1f}\u{1f}this wcon1tae vot(. ![char!](c.eekeur)\nnpnt\u{1f}\u{1f}\u{1f}\u{1f}thd\nis weekeur)\nnd\n";
    settled(input);
}

#[test]
fn a_page_with_joined_lines_is_settled() {
    // See: fuzzing `clean`. Repeated fragments joined into long lines; in
    // the output, without the lines removed around them, a second run
    // found two signed comments and cut the page's end. A page dump with
    // joined lines is now cleaned again before it is returned, like
    // wrapped output.
    let input = "*\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{3} [Homstal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, ter demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}////-ing...\nHc harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1////////]e](/)\nil while downuown rFttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1/////\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoni.agd..\nHc\u{1a}BBddn their moorings.\nCrews workediseme\nHc\u{1a}Bdvastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings#rt](https://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19}'it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fAisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fi{plastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1Fttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 012;s &#x2F/////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}////-ing...\nHc harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1////////]e](/)\nil while downuown rFttps://examplLoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8/////////////62...\nHarbour ice returns after demsBa\nye\u{0}\u{0}\u{1} enLoadin/...\nHarbour 217;s &#x2F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desut600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\n\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}eo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoadi\u{0}\u{0}\u{0}en Fot.le.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastal Desuthority)\u{b}\nThe harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1/////\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nCrews workediseme\nHc\u{1a}Bdvastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nht\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}////-ing...\nHc harbouoading.\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{a9}\u{19} it&#8217;s &#x1F600\u{7}\u{3}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}en fisple.0;n Mon fisple.0; \u{14}\u{0}\u{0}\u{0}&lt;nzen fisplastalesk\nUp>>ted 1//////////////-////////8//////////////2...\nHarbour ice returns after demsBa\nyed\u{0}Jane Doe, Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}ed\u{0}Janeeo, D Coastal Desk\nUp>>ted 1//////////////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}BBddn their moorings.\nsk\nUp>>ted 1////////]l couto\n:desk@example.com) | [Abouy\u{0}t](/aboncil bike bkto:desk@example.com) | [Aboututd)](/aboutd)\nsp** 'tory\n\nRthisto:de[[ ]( ]( ](\n- [Contact//////-////////8//////////////2:03\u{1}\nM ET\nhttps://cdn.eLoading...\nHc\u{1a}* [Home";
    settled(input);
}
