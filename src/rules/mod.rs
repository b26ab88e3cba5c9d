//! The built-in rules and the order they run in.
//!
//! Line rules judge one line at a time, first match wins, in the order
//! [`judge_line`] runs them; custom rules follow; then the document rules
//! look at the whole page: the main-region step for whole-page dumps and
//! the footer cut.

pub(crate) mod artifacts;
pub(crate) mod byline;
pub(crate) mod region;
pub(crate) mod related;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::lang::{self, Category, Cats, PhraseBook};
use crate::line::{Line, Mark};
use crate::rule::RuleId;

use artifacts::{Copyright, Credits, Urls};
use byline::{Bylines, Found};

/// The line rules in pipeline order, as [`judge_line`] writes them out.
#[cfg(test)]
const LINE_RULES: &[RuleId] = &[
    RuleId::Placeholder,
    RuleId::Url,
    RuleId::Credit,
    RuleId::Byline,
    RuleId::Social,
    RuleId::Ads,
    RuleId::Newsletter,
    RuleId::Consent,
    RuleId::Comments,
    RuleId::ReadMore,
    RuleId::Copyright,
    RuleId::Navigation,
];

/// The compiled patterns of the built-in rules, built once per process and
/// shared by every cleaner.
#[derive(Debug)]
pub(crate) struct Builtins {
    credits: Credits,
    copyright: Copyright,
}

pub(crate) static BUILTINS: LazyLock<Builtins> = LazyLock::new(|| Builtins {
    credits: Credits::new(),
    copyright: Copyright::new(),
});

/// A line rule's decision.
pub(crate) struct LineVerdict {
    pub rule: RuleId,
    pub reason: Cow<'static, str>,
    pub found: Option<Found>,
}

fn phrase_reason(cat: Category) -> &'static str {
    match cat {
        Category::Placeholder => "placeholder phrase",
        Category::Share => "share or follow button",
        Category::Ads => "advertisement label",
        Category::Newsletter => "newsletter or subscription prompt",
        Category::Consent => "cookie or consent notice",
        Category::Comments => "comment counter or prompt",
        Category::ReadMore => "read-more or related link",
        Category::Copyright => "copyright notice",
        Category::Navigation => "navigation label",
        Category::Credit => "photo credit or caption",
        Category::Footer => "closing marker",
        Category::SignOff => "sign-off under an article",
        Category::Reply => "reply button",
    }
}

/// Judges one line with the built-in line rules that are enabled.
pub(crate) fn judge_line(
    line: &Line<'_>,
    cats: Cats,
    book: &PhraseBook,
    enabled: impl Fn(RuleId) -> bool,
) -> Option<LineVerdict> {
    let b = &*BUILTINS;
    let by_phrase = |cat: Category| {
        cats.has(cat).then(|| LineVerdict {
            rule: cat.rule(),
            reason: Cow::Borrowed(phrase_reason(cat)),
            found: None,
        })
    };
    let simple = |id: RuleId, r: Option<&'static str>| {
        r.map(|reason| LineVerdict {
            rule: id,
            reason: Cow::Borrowed(reason),
            found: None,
        })
    };
    // The rules run one after another, written out in pipeline order (a
    // test checks it against `LINE_RULES`) rather than looped over: a loop
    // dispatched on the rule's id jumps to a different place each round,
    // a jump the processor mispredicts on almost every line.
    macro_rules! rule {
        ($id:ident => $verdict:expr) => {
            if enabled(RuleId::$id) {
                let v: Option<LineVerdict> = $verdict;
                if v.is_some() {
                    return v;
                }
            }
        };
    }
    use RuleId as R;
    rule!(Placeholder => by_phrase(Category::Placeholder)
        .or_else(|| simple(R::Placeholder, slide_counter(line))));
    rule!(Url => simple(R::Url, Urls.judge(line, book)));
    rule!(Credit => simple(R::Credit, b.credits.judge(line, book))
        .or_else(|| by_phrase(Category::Credit)));
    rule!(Byline => Bylines.judge(line, book).map(|(found, reason)| LineVerdict {
        rule: R::Byline,
        reason: Cow::Borrowed(reason),
        found: Some(found),
    }));
    rule!(Social => by_phrase(Category::Share)
        .or_else(|| simple(R::Social, share_row(line, book))));
    rule!(Ads => by_phrase(Category::Ads));
    rule!(Newsletter => by_phrase(Category::Newsletter)
        .or_else(|| simple(R::Newsletter, newsletter_title(line))));
    rule!(Consent => by_phrase(Category::Consent));
    rule!(Comments => by_phrase(Category::Comments).or_else(|| by_phrase(Category::Reply)));
    rule!(ReadMore => by_phrase(Category::ReadMore)
        .or_else(|| simple(R::ReadMore, arrowed_link(line))));
    rule!(Copyright => simple(R::Copyright, b.copyright.judge(line))
        .or_else(|| by_phrase(Category::Copyright)));
    rule!(Navigation => by_phrase(Category::Navigation)
        .or_else(|| simple(R::Navigation, breadcrumb(line)))
        .or_else(|| simple(R::Navigation, glued_crumb(line, book)))
        .or_else(|| simple(R::Navigation, icon_label(line)))
        .or_else(|| simple(R::Navigation, menu_run(line))));
    None
}

/// `Teilen Facebook Twitter WhatsApp E-Mail Drucken`, `Share Tweet Submit`:
/// a row of share buttons written as one line, every word of it a share
/// button of the phrase packs. A sentence naming networks has other words
/// too ("Follow the ferry on Facebook and Twitter").
fn share_row(line: &Line<'_>, book: &PhraseBook) -> Option<&'static str> {
    let f = &line.f;
    if !(2..=SHARE_ROW_WORDS).contains(&f.words) || f.terminal {
        return None;
    }
    let mut key = String::new();
    let mut buttons = 0;
    for word in line.text().split_whitespace() {
        let letters = if word.is_ascii() {
            word.bytes().filter(u8::is_ascii_alphabetic).count()
        } else {
            word.chars().filter(|c| c.is_alphabetic()).count()
        };
        if letters < 2 {
            // "|", "•", "+1" between the buttons; "x" is also a table's
            // mark.
            continue;
        }
        let share = book.is_share_word(word).unwrap_or_else(|| {
            lang::key_into(word, &mut key);
            book.exact_matches(&key).has(Category::Share)
        });
        if !share {
            return None;
        }
        buttons += 1;
    }
    (buttons >= 2).then_some("row of share buttons")
}

/// `1 of 6`, `3 von 12`, `2 / 9`, `Image 1 of 5`: a slideshow's counter
/// left where the gallery stood. The first number is at most the second;
/// a line with anything else ("1 of 6 voters said no") stays.
fn slide_counter(line: &Line<'_>) -> Option<&'static str> {
    if !(3..=4).contains(&line.f.words) || line.f.digits < 2 || line.f.digits > 6 {
        return None;
    }
    let mut it = line.text().split(' ');
    // "Image 1 of 5", "Bild 3 von 17".
    if line.f.words == 4 {
        let label = it.next()?;
        if !SLIDE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)) {
            return None;
        }
    }
    let (Some(a), Some(of), Some(b)) = (it.next(), it.next(), it.next()) else {
        return None;
    };
    let number = |s: &str| {
        (s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (a, b) = (number(a)?, number(b)?);
    (a >= 1 && a <= b && SLIDE_OF.contains(&of)).then_some("slideshow counter")
}

/// The words that may name a slide before its counter.
const SLIDE_LABELS: &[&str] = &[
    "image",
    "photo",
    "picture",
    "slide",
    "bild",
    "foto",
    "imagen",
    "immagine",
    "zdjęcie",
    "afbeelding",
];

/// The words between a slide's number and the count of slides.
const SLIDE_OF: &[&str] = &[
    "of", "von", "de", "di", "du", "sur", "van", "af", "av", "z", "ze", "из", "/",
];

/// `icon-music`, `icon share`, `icon v-play`: the name of an icon a
/// scraper wrote out for the picture of a button. Written in lowercase,
/// as style sheets name them; "Icon of the Seas" is a ship.
fn icon_label(line: &Line<'_>) -> Option<&'static str> {
    let t = line.text().as_bytes();
    (line.f.words <= ICON_WORDS
        && t.len() > 5
        && t.starts_with(b"icon")
        && matches!(t[4], b' ' | b'-' | b'_'))
    .then_some("icon name")
}

/// An icon's name has at most this many words.
const ICON_WORDS: u32 = 3;

/// `Latest News Applications OS Channel Programs Cloud Data Center ...`,
/// `Archives Select Month December 2019 (6) November 2019 (6) ...`: the
/// entries of a menu, a tag cloud or an archive list written as one long
/// line. Almost every word is capitalized and no comma or sentence mark
/// stands anywhere; a sentence, a list of names with commas and a German
/// paragraph (whose nouns only are capitalized) stay.
fn menu_run(line: &Line<'_>) -> Option<&'static str> {
    let f = &line.f;
    if f.words < MENU_RUN_WORDS || f.title_words * 5 < f.alpha_words * 4 || f.cjk > 0 {
        return None;
    }
    let punctuated = line
        .text()
        .bytes()
        .any(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?'));
    (!punctuated).then_some("run of menu entries on one line")
}

/// A run of menu entries has at least this many words.
const MENU_RUN_WORDS: u32 = 25;

/// A row of share buttons has at most this many words.
const SHARE_ROW_WORDS: u32 = 10;

/// `>> Wegen Corona: Lokal auf Mallorca schließt <<`: a link to another
/// article set between double arrows inside an article. Quotation marks
/// (`»…«`, `«…»`) are not arrows.
fn arrowed_link(line: &Line<'_>) -> Option<&'static str> {
    let t = line.text();
    (line.f.words <= ARROWED_LINK_WORDS && t.len() > 4 && t.starts_with(">>") && t.ends_with("<<"))
        .then_some("link between double arrows")
}

/// A link between double arrows has at most this many words.
const ARROWED_LINK_WORDS: u32 = 30;

/// `PC Gamer Newsletter`, `RNZ-WhatsApp-Newsletter`: a short title naming
/// a newsletter. The word is the same in most languages the packs cover.
fn newsletter_title(line: &Line<'_>) -> Option<&'static str> {
    if line.f.words > 5 || line.f.terminal {
        return None;
    }
    let t = line.text().trim_end_matches(|c: char| !c.is_alphanumeric());
    if !t.ends_with(['r', 'R', 's', 'S']) || t.len() < "newsletter".len() {
        return None;
    }
    let last = t.rsplit([' ', '-']).next()?;
    (last.eq_ignore_ascii_case("newsletter") || last.eq_ignore_ascii_case("newsletters"))
        .then_some("newsletter title")
}

/// `Home > News > World`, `Home / Sport / Football`, `Start » Politik`.
fn breadcrumb(line: &Line<'_>) -> Option<&'static str> {
    if line.f.words > 16 || line.f.terminal {
        return None;
    }
    let t = line.text();
    // Every separator holds one of these bytes ('>', '/', and the last
    // bytes of '»', '›' and '→'): a line without them is spared the split.
    if !line.f.may_hold(&[Mark::Greater, Mark::Slash, Mark::Arrow]) {
        return None;
    }
    let seps = t
        .split(' ')
        .filter(|w| matches!(*w, ">" | "\u{bb}" | "\u{203a}" | "/" | "\u{2192}" | ">>"))
        .count();
    (seps >= 2 && seps * 2 + 1 >= line.f.words as usize / 2).then_some("breadcrumb trail")
}

/// `HomeLatest NewsNollywood actress ...`: a page's title with the
/// breadcrumb glued on, as text extractors write it when the crumbs and the
/// heading touch. The line opens with the label of a home page
/// ("Home", "Startseite") run into a capital letter.
fn glued_crumb(line: &Line<'_>, book: &PhraseBook) -> Option<&'static str> {
    if !(3..=GLUED_CRUMB_WORDS).contains(&line.f.words) || line.f.terminal {
        return None;
    }
    let first = line.text().split(' ').next()?;
    let mut prev_lower = false;
    let at = first.char_indices().find_map(|(i, c)| {
        let glued = prev_lower && c.is_uppercase();
        prev_lower = c.is_lowercase();
        glued.then_some(i)
    })?;
    // "HomeLatest", "HomeSPORT"; not "HomePod" or "HomeKit".
    if first[at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .count()
        < 4
    {
        return None;
    }
    let mut key = String::new();
    lang::key_into(&first[..at], &mut key);
    (book.is_home_label(&key) && book.matches(&key, 1).has(Category::Navigation))
        .then_some("breadcrumb glued to a title")
}

/// A title with a glued breadcrumb has at most this many words.
const GLUED_CRUMB_WORDS: u32 = 25;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{key_of, EMBEDDED_BOOK};

    fn verdict(s: &str) -> Option<RuleId> {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let line = Line::new(1, 0, s, Cow::Borrowed(s));
        let cats = book.matches(&key_of(s), line.f.words);
        judge_line(&line, cats, book, |_| true).map(|v| v.rule)
    }

    #[test]
    fn line_rules_run_in_pipeline_order() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let s = "The ferry crossed the harbour at dawn.";
        let line = Line::new(1, 0, s, Cow::Borrowed(s));
        let asked = std::cell::RefCell::new(Vec::new());
        let v = judge_line(&line, Cats::default(), book, |id| {
            asked.borrow_mut().push(id);
            true
        });
        assert!(v.is_none());
        assert_eq!(asked.into_inner(), LINE_RULES);
    }

    #[test]
    fn each_family_has_positives_and_look_alikes() {
        let cases: &[(&str, Option<RuleId>)] = &[
            ("Loading...", Some(RuleId::Placeholder)),
            ("5 min read", Some(RuleId::Placeholder)),
            ("120 Kommentare", Some(RuleId::Comments)),
            ("4.5k shares", Some(RuleId::Social)),
            ("5 min read on the train", None),
            ("1 of 6", Some(RuleId::Placeholder)),
            ("3 von 12", Some(RuleId::Placeholder)),
            ("2 / 9", Some(RuleId::Placeholder)),
            ("7 of 6", None),
            ("1 of 6 voters said no", None),
            ("Image 1 of 5", Some(RuleId::Placeholder)),
            ("Part 1 of 3", None),
            ("0 of 3", None),
            ("Reading time: 4 minutes", Some(RuleId::Placeholder)),
            (
                "Estimated reading time: 6 minutes",
                Some(RuleId::Placeholder),
            ),
            ("Comments: 12", Some(RuleId::Comments)),
            ("View all (23)", Some(RuleId::ReadMore)),
            ("Comments (12)", Some(RuleId::Comments)),
            ("The Beatles (1968)", None),
            ("Video (2019)", None),
            ("More Videos ...", Some(RuleId::Placeholder)),
            ("Donate", Some(RuleId::Newsletter)),
            (
                "Example Times has affiliate partnerships and may earn commission on products purchased through affiliate links.",
                Some(RuleId::Ads),
            ),
            (
                "Mire: El cantante da positivo a COVID-19",
                Some(RuleId::ReadMore),
            ),
            ("Mira, the singer, had the audience on its feet.", None),
            (
                "Do you rely on our reporting? Click here to support it.",
                Some(RuleId::Newsletter),
            ),
            (
                "She decided to make a donation to the school in memory of her father.",
                None,
            ),
            ("JUST WATCHED", Some(RuleId::Placeholder)),
            ("The replay showed the ball had crossed the line.", None),
            (
                "Lire aussi : La réforme des retraites",
                Some(RuleId::ReadMore),
            ),
            ("Catégories : Politique", Some(RuleId::ReadMore)),
            ("Le ministre a dit : « nous verrons ».", None),
            ("Reading time: the best hour of the day", None),
            (
                "Comments: 3 readers disagreed strongly with the decision",
                None,
            ),
            ("icon-music", Some(RuleId::Navigation)),
            (
                "Latest News Applications OS Channel Programs Cloud Components & Peripherals Data Center \
                 Internet of Things Managed Services Mobility Networking Running Your Business Security \
                 Software Storage Managed Print Services Video Awards",
                Some(RuleId::Navigation),
            ),
            (
                "Choreographer Jeong Hye Jin, Director Oh Kyeong Taek, Writer Kyeong Min Seon, Composer \
                 Kim Cheol Hwan, Art Director Park Dong Woo, Costume Designer Lee Jin Hee, Lighting Designer",
                None,
            ),
            ("icon swipe down", Some(RuleId::Navigation)),
            ("Icon of the Seas", None),
            ("icon", None),
            ("iconic buildings line the river", None),
            ("PC Gamer Newsletter", Some(RuleId::Newsletter)),
            ("RNZ-WhatsApp-Newsletter", Some(RuleId::Newsletter)),
            ("The newsletter went out to 40,000 readers.", None),
            ("Write to the editor of the parish newsletter", None),
            ("Loading of the cargo began at dawn.", None),
            ("Please wait", Some(RuleId::Placeholder)),
            ("Please wait for the doors to open before boarding.", None),
            ("Skip to content", Some(RuleId::Placeholder)),
            ("Share this article", Some(RuleId::Social)),
            ("Share prices fell 3%", None),
            ("Follow us on Twitter", Some(RuleId::Social)),
            ("Tweet", Some(RuleId::Social)),
            ("Email", Some(RuleId::Social)),
            ("Print", Some(RuleId::Social)),
            ("Print editions sold out by noon, the publisher said.", None),
            ("Advertisement", Some(RuleId::Ads)),
            ("Story continues below advertisement", Some(RuleId::Ads)),
            (
                "Advertisers pulled out of the show after the interview.",
                None,
            ),
            ("Sign up for our newsletter", Some(RuleId::Newsletter)),
            ("She signed up for the army at 18.", None),
            ("This website is using cookies.", Some(RuleId::Consent)),
            ("The cookies were still warm when the guests arrived.", None),
            ("12 Comments", Some(RuleId::Comments)),
            ("12 comments were filed before the deadline closed.", None),
            ("Leave a Reply", Some(RuleId::Comments)),
            ("Show more comments (20)", Some(RuleId::Comments)),
            ("All comments", Some(RuleId::Comments)),
            (
                "Thank you! Your comment will be reviewed by the moderator",
                Some(RuleId::Comments),
            ),
            ("Post limit reached. Please try again in a minute.", Some(RuleId::Comments)),
            (
                "More comments are needed before the vote, the chairman said.",
                None,
            ),
            ("All comments must be sent to the council by Friday.", None),
            ("Read more", Some(RuleId::ReadMore)),
            (
                "Read more about how the vote was counted in the county.",
                Some(RuleId::ReadMore),
            ),
            ("Continue reading", Some(RuleId::ReadMore)),
            ("All rights reserved.", Some(RuleId::Copyright)),
            ("Home > News > World", Some(RuleId::Navigation)),
            (
                "HomeLatest NewsNollywood Actress Looks Stunning In New Photos",
                Some(RuleId::Navigation),
            ),
            (
                "StartseitePolitik Der Stadtrat beschließt neue Radwege",
                Some(RuleId::Navigation),
            ),
            (
                "YouTube removes the channel after a week of complaints",
                None,
            ),
            ("iPhone sales rose in the spring quarter", None),
            ("Homeowners rushed to fix their roofs", None),
            ("HomePod mini gets a software update", None),
            ("The ratio is 3 > 2 > 1, which surprised nobody.", None),
            ("Most Popular", None),
            ("Getty Images", Some(RuleId::Credit)),
            ("Photo by Jane Doe/Getty Images", Some(RuleId::Credit)),
            (
                "Above: President Biden speaks in Delaware on Tuesday.",
                Some(RuleId::Credit),
            ),
            ("Above all, he wanted to be heard.", None),
        ];
        for (text, want) in cases {
            assert_eq!(verdict(text), *want, "{text}");
        }
    }
}
