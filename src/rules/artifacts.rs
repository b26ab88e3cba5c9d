//! Scraper artifacts: bare URLs and links, photo credits and captions,
//! copyright lines.

use regex::Regex;

use crate::lang::PhraseBook;
use crate::line::{Line, Mark};
use crate::markdown;

/// Lines that are only a URL (with or without its scheme), an image URL, a
/// `data:` URI, a link, an e-mail address or a social-media handle, a
/// form's field and button, or a text browser's placeholder for an image
/// (`[IMG]`, `[photo-1128.jpg]`).
///
/// Scrapers write an image's `src` or a link's `href` on a line of its own;
/// such a line never carries prose. A URL inside a sentence stays. Text
/// browsers draw a form's text field as a run of underscores and its
/// button as `(BUTTON) Search`; with the drawing taken away, a few words
/// without a sentence end are left, a label. A sentence with a blank to
/// fill in ("The capital of France is ____.") stays.
#[derive(Debug)]
pub(crate) struct Urls;

impl Urls {
    pub(crate) fn judge(&self, line: &Line<'_>, book: &PhraseBook) -> Option<&'static str> {
        let t = line.text();
        if line.f.words > 12 {
            return None;
        }
        // Most lines hold neither an underscore nor a bracket, and are
        // spared the substring searches.
        if line.f.may_hold(&[Mark::Underscore, Mark::Open]) && is_form_control(t) {
            return Some("form field or button");
        }
        if t.starts_with('[') && is_image_placeholder(t) {
            return Some("image placeholder");
        }
        if markdown::is_link_only(t) {
            return Some(
                if t.trim_start_matches(['*', '+', '-', ' ']).starts_with("![") {
                    "Markdown image"
                } else {
                    "line is only a link"
                },
            );
        }
        if line.f.words == 2 && crate::numbered::target_number(t).is_some() {
            return Some("numbered link target");
        }
        if (2..=LABEL_WORDS + 1).contains(&line.f.words) {
            return labelled_url(t, book).then_some("labelled URL");
        }
        if line.f.words != 1 {
            return None;
        }
        let tok = t
            .trim_start_matches(['*', '+', '-', ' ', '<', '(', '['])
            .trim_end_matches(['>', ')', ']']);
        // The first eight bytes, folded on the stack.
        let head = tok.get(..tok.len().min(8)).unwrap_or("").as_bytes();
        let mut buf = [0u8; 8];
        buf[..head.len()].copy_from_slice(head);
        buf.make_ascii_lowercase();
        let lower = &buf[..head.len()];
        if lower.starts_with(b"data:") {
            return Some("data: URI");
        }
        let is_url = lower.starts_with(b"http://")
            || lower.starts_with(b"https://")
            || lower.starts_with(b"www.")
            || lower.starts_with(b"ftp://")
            || lower.starts_with(b"//");
        // Most one-word lines are labels, neither a URL nor a path: they
        // are turned away before the extension is read.
        let path = line.f.may_hold(&[Mark::Slash]) && tok.contains('/');
        if (is_url || path) && is_image(tok) {
            return Some("image URL");
        }
        if is_url {
            return Some("bare URL");
        }
        // A host, an address and a handle hold a dot or start with `@`;
        // most one-word lines (menu entries) hold neither.
        let b = tok.as_bytes();
        if b.first() == Some(&b'@') {
            return is_handle(tok).then_some("social-media handle");
        }
        if !b.contains(&b'.') {
            return None;
        }
        if is_bare_host(tok) {
            return Some("bare URL");
        }
        is_email(tok).then_some("e-mail address")
    }
}

/// `example.com`, `news.example.co.uk`: labels of ASCII letters, digits
/// and hyphens joined by dots, the last (the top-level domain) of two to
/// six letters.
fn is_host(h: &str) -> bool {
    let mut labels = 0;
    let mut last = "";
    for label in h.split('.') {
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && (2..=6).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Top-level domains a host written alone on a line is taken for a site
/// by: a lone `index.html` or `node.js` is a file's or a project's name.
const SITE_TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "info", "io", "co", "eu", "us", "uk", "de", "at", "ch",
    "fr", "es", "it", "nl", "be", "pl", "cz", "se", "no", "dk", "fi", "pt", "br", "ru", "jp", "cn",
    "in", "au", "ca", "nz",
];

/// `twitter.com/jane`, `weinakademie.at`: a URL written without its
/// scheme, as a site's footer or an author's box lists it. A host alone
/// counts when it is lowercase and ends in a common top-level domain
/// ("Booking.com" may be a heading).
fn is_bare_host(tok: &str) -> bool {
    match tok.split_once('/') {
        Some((host, _)) => is_host(host),
        None => {
            is_host(tok)
                && !tok.bytes().any(|b| b.is_ascii_uppercase())
                && tok
                    .rsplit('.')
                    .next()
                    .is_some_and(|tld| SITE_TLDS.contains(&tld))
        }
    }
}

/// `jane.doe@example.com`: an e-mail address standing alone, as an
/// author's box or a contact footer gives it.
fn is_email(tok: &str) -> bool {
    let Some((local, domain)) = tok.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        && is_host(domain)
}

/// `@jane_doe`: a social-media handle standing alone, under an author's
/// name or an embedded post.
fn is_handle(tok: &str) -> bool {
    tok.strip_prefix('@').is_some_and(|h| {
        (2..=30).contains(&h.len())
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            && h.bytes().any(|b| b.is_ascii_alphabetic())
    })
}

/// Words of a label before a URL at most.
const LABEL_WORDS: u32 = 2;

/// `URL Source: https://example.com/a`, `Source: www.example.com`,
/// `Permalink: https://...`: a URL after a label of one word, or of two
/// capitalized words, that ends in a colon. "Read the report:" or
/// "Officials said:" before a link is the article's own sentence; an
/// author's label (`Autor: www.example.pl`) is the byline's, which marks
/// the head of an article.
fn labelled_url(t: &str, book: &PhraseBook) -> bool {
    // The label's colon stands before the last space.
    let Some(space) = memchr::memrchr(b' ', t.as_bytes()) else {
        return false;
    };
    let (label, url) = (&t[..space], &t[space + 1..]);
    if !label.ends_with(':') {
        return false;
    }
    let starts = |p: &str| {
        url.len() >= p.len() && url.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let is_url = starts("http://") || starts("https://") || starts("www.");
    let title_like = label
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    is_url
        && label.len() > 1
        && !label.contains(['.', ',', '!', '?'])
        && (!label.contains(' ') || title_like)
        && !book.is_byline_word(&label.trim_end_matches(':').to_lowercase())
}

/// `____________________ (BUTTON) Search`, `Name: ____________`.
fn is_form_control(t: &str) -> bool {
    if !t.contains("____") && !t.contains("(BUTTON)") {
        return false;
    }
    let label = t
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "(BUTTON)" && !w.bytes().all(|b| b == b'_'))
        .count();
    label <= FORM_LABEL_WORDS && !t.ends_with(['.', '!', '?'])
}

/// Words of a form's label at most.
const FORM_LABEL_WORDS: usize = 3;

/// `[131129-weather-topics.jpg]`, `[IMG]`, `[INLINE]`: where an image
/// has no text, text browsers print its file name or a word in brackets.
/// A bracketed note (`[Editor's note]`, `[3]`) stays.
fn is_image_placeholder(t: &str) -> bool {
    t.split(' ').all(|tok| {
        tok.strip_prefix('[')
            .and_then(|tok| tok.strip_suffix(']'))
            .is_some_and(|name| {
                matches!(name, "IMG" | "INLINE" | "image" | "Image")
                    || (is_image(name) && name.len() > 4 && !name.contains(['[', ']']))
            })
    })
}

fn is_image(tok: &str) -> bool {
    let path = tok.split(['?', '#']).next().unwrap_or(tok);
    let ext = path.rsplit('.').next().unwrap_or("");
    [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff",
    ]
    .iter()
    .any(|e| ext.eq_ignore_ascii_case(e))
}

/// Photo and image credits and caption lines: `(Photo Credit: AP)`,
/// `Image Credit: WeWork`, `Photo: Reuters`, `Getty Images`, `Above: ...`,
/// a caption ending in `(AP Photo/Name)` or `Credit... Name/Agency`.
///
/// Credits are short; a sentence that starts with "Photos of" or "Image is"
/// has no separator after the first word and stays.
#[derive(Debug)]
pub(crate) struct Credits {
    lead: Regex,
}

impl Credits {
    pub(crate) fn new() -> Credits {
        Credits {
            lead: Regex::new(
                r"(?i)^[(\[]?\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|fot\.|bild(?:er)?|illustration|graphic|video|crédits?|créditos?|credits?|fuente|quelle|źródło|zdjęcie|фото|источник|beeld|bron)(?:\s+(?:credits?|courtesy|source|de|von|by))?\s*(?::|\||/|©|\.\.\.|…|–|—|-)\s*\S",
            )
            .expect("credit lead pattern is valid"),
        }
    }

    pub(crate) fn judge(&self, line: &Line<'_>, book: &PhraseBook) -> Option<&'static str> {
        let t = line.text();
        if line.f.words <= 25 && may_lead_credit(t) && self.lead.is_match(t) {
            return Some("credit line");
        }
        if line.f.words > 60 {
            return None;
        }
        if paren_credit(t)
            || (line.f.may_hold(&[Mark::CapitalC]) && credit_label(t))
            || (line.f.may_hold(&[Mark::Colon]) && photo_label(t, book))
            || (line.f.words <= SIGN_CAPTION_WORDS
                && line.f.may_hold(&[Mark::A9, Mark::Open])
                && sign_credit(t))
        {
            return Some("caption ending in a photo credit");
        }
        (line.f.words <= AGENCY_LINE_WORDS && !line.f.terminal && agency_credit(line, book))
            .then_some("short line ending in an agency credit")
    }
}

/// A short line naming a photo agency is a credit.
const AGENCY_LINE_WORDS: u32 = 8;

/// What stands before an agency in a credit: nothing, a separator, a
/// name ("Dee Dee Myers Getty Images") or "via" ("Image via Getty
/// Images"), not a verb ("Artists sue Getty Images").
fn credited(before: &str) -> bool {
    if before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let before = before.trim_end();
    match before.chars().next_back() {
        None => true,
        Some('/' | '|' | '-' | '\u{2013}' | ',' | ':') => true,
        Some(_) => {
            let mut words = before.rsplit(' ');
            let capital = |w: Option<&str>| {
                w.and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase)
            };
            match words.next() {
                // "via" after a label or a name: "Image via", "Jane Doe via".
                Some(w) if w.eq_ignore_ascii_case("via") => capital(words.next()),
                w => capital(w),
            }
        }
    }
}

/// `Protesters outside the court / Shutterstock`, `Dee Dee Myers Getty
/// Images`, `PAP/ Rafał Guz`, `aja/PAP`: a caption or a name ending in a
/// photo agency, or a name and a news agency on either side of a slash.
fn agency_credit(line: &Line<'_>, book: &PhraseBook) -> bool {
    let t = line.text();
    if book.ends_with_agency(t, credited) {
        return true;
    }
    if !line.f.may_hold(&[Mark::Slash]) {
        return false;
    }
    let Some(slash) = memchr::memchr(b'/', t.as_bytes()) else {
        return false;
    };
    if t[slash + 1..].contains('/') {
        return false;
    }
    let (left, right) = (t[..slash].trim(), t[slash + 1..].trim());
    let wire = |side: &str| book.is_wire(side);
    let name = |side: &str| {
        !side.is_empty()
            && side.split(' ').count() <= 4
            && side
                .split(' ')
                .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
    };
    (wire(left) && name(right)) || (name(left) && wire(right))
}

/// Whether the credit lead pattern can match: its first word, after an
/// optional bracket and spaces, opens with the first two letters of one of
/// the pattern's words (`ph`oto, `im`age, `fo`to, `źr`ódło ...), ASCII
/// case ignored. A second letter outside ASCII is left to the pattern,
/// whose case folding this test does not repeat.
fn may_lead_credit(t: &str) -> bool {
    let t = t.strip_prefix(['(', '[']).unwrap_or(t);
    // Normalized text has only plain spaces; others are checked the slow way.
    let t = t.trim_start_matches(' ');
    let t = match t.as_bytes().first() {
        Some(b) if b.is_ascii_graphic() => t,
        _ => t.trim_start_matches(char::is_whitespace),
    };
    let mut cs = t.chars();
    let (Some(first), Some(second)) = (cs.next(), cs.next()) else {
        // Every word of the pattern has more than one letter.
        return false;
    };
    let seconds: &[char] = match first {
        'p' | 'P' => &['h', 'i'],
        'i' | 'I' => &['m', 'l'],
        'f' | 'F' => &['o', 'u'],
        'b' | 'B' => &['i', 'e', 'r'],
        'g' | 'G' | 'c' | 'C' | '\u{17a}' | '\u{179}' => &['r'],
        'v' | 'V' => &['i'],
        'q' | 'Q' => &['u'],
        'z' | 'Z' => &['d'],
        // фото, источник: their second letters are Cyrillic too.
        '\u{444}' | '\u{424}' | '\u{438}' | '\u{418}' => &[],
        _ => return false,
    };
    !second.is_ascii() || seconds.contains(&second.to_ascii_lowercase())
}

/// `... in Madrid. (Manu Fernandez/AP)`, `(AP Photo/Evan Vucci)`,
/// `(Getty Images)`: a closing bracket of credit after a caption.
fn paren_credit(t: &str) -> bool {
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inner = &body[open + 1..];
    if inner.len() > 160 {
        return false;
    }
    if [
        "Photo",
        "Foto",
        "Fot.",
        "Getty Images",
        "Shutterstock",
        "iStock",
    ]
    .iter()
    .any(|w| inner.contains(w))
    {
        return true;
    }
    // "Name/Agency": a letter before the slash, a capital after it.
    inner.match_indices('/').any(|(i, _)| {
        let before = inner[..i].trim_end().chars().next_back();
        let after = inner[i + 1..].trim_start().chars().next();
        before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_uppercase)
    })
}

/// `... didn't get it. Credit... Doug Mills/The New York Times`.
fn credit_label(t: &str) -> bool {
    // The last "Credit", found from its rare capital.
    let b = t.as_bytes();
    let Some(at) = memchr::memrchr_iter(b'C', b).find(|&i| b[i..].starts_with(b"Credit")) else {
        return false;
    };
    if t[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let rest = &t[at + "Credit".len()..];
    let Some(rest) = ["...", "\u{2026}", ":"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
    else {
        return false;
    };
    let rest = rest.trim();
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    !rest.is_empty() && rest.len() <= 100 && !rest.contains(['.', '!', '?'])
}

/// A caption that ends in a credit after the copyright sign has at most
/// this many words: a paragraph that ends so stays whole.
const SIGN_CAPTION_WORDS: u32 = 30;

/// `Die Kadetten vor dem Flugzeug. © CAE`, `Le piquet de grève dans le
/// hall / (C) Kab Niang`: a caption, then the copyright sign and a name of
/// a few words. A year after the sign makes a copyright line, which the
/// copyright rule judges.
fn sign_credit(t: &str) -> bool {
    let b = t.as_bytes();
    let (at, len) = match (memchr::memrchr(0xa9, b), memchr::memrchr(b'(', b)) {
        // '©' is C2 A9 in UTF-8.
        (Some(i), paren) if i > 0 && b[i - 1] == 0xc2 && paren.map_or(true, |p| p < i) => {
            (i - 1, 2)
        }
        (_, Some(p)) if b[p..].starts_with(b"(C) ") || b[p..].starts_with(b"(c) ") => (p, 3),
        _ => return false,
    };
    let name = t[at + len..].trim();
    let lead = t[..at].trim_end();
    let words = name.split(' ').count();
    // A name, or a domain such as `Shutterstock.com`; not a sentence.
    let domain = words == 1 && name.ends_with(".com");
    lead.ends_with(['.', '!', '?', ',', '/', '|', '-', '\u{2013}'])
        && !name.is_empty()
        && words <= 4
        && name.len() <= 40
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && (domain || !name.contains(['.', '!', '?']))
}

/// `La bendición se realizará mañana. Foto: Archivo`: a sentence, then a
/// photo label and a short credit.
fn photo_label(t: &str, book: &PhraseBook) -> bool {
    let Some(colon) = memchr::memrchr(b':', t.as_bytes()) else {
        return false;
    };
    let after = t[colon + 1..].trim();
    // A credit is a name or a domain (`TebNad/Shutterstock.com`), not a
    // sentence.
    if after.is_empty()
        || after.len() > 60
        || after.contains(['!', '?', ':'])
        || after.contains(". ")
        || after.ends_with('.')
    {
        return false;
    }
    let before = t[..colon].trim_end();
    let Some(label) = book.caption_label_before(before) else {
        return false;
    };
    let lead = before[..before.len() - label.len()].trim_end();
    // After a sentence, or after a caption's comma or slash: "Roman
    // Prymula, photo: Archives", "Praca w magazynie / Źródło: Pixabay".
    lead.ends_with(['.', '!', '?', ',', '/', '|'])
}

/// Copyright lines: `© 2023 ...`, `Copyright 2019 ...`,
/// `(c) Example Media`; the `all rights reserved` phrases are in the
/// phrase packs.
///
/// A `©` inside a long line does not condemn it: only lines of at most 30
/// words that start with the sign, or short lines that hold a sign and a
/// year, go. "Copyright law was reformed in 1976" has no sign or year right
/// after the word, and stays.
#[derive(Debug)]
pub(crate) struct Copyright {
    re: Regex,
}

impl Copyright {
    pub(crate) fn new() -> Copyright {
        Copyright {
            re: Regex::new(r"(?i)^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©|\(c\)))")
                .expect("copyright pattern is valid"),
        }
    }

    pub(crate) fn judge(&self, line: &Line<'_>) -> Option<&'static str> {
        let t = line.text();
        // The pattern starts with a sign, a bracket or the word.
        let lead = matches!(t.as_bytes().first(), Some(b'(' | b'c' | b'C' | 0xc2));
        if line.f.words <= 30 && lead && self.re.is_match(t) {
            return Some("copyright line");
        }
        if line.f.words <= 12 && line.f.digits >= 4 && t.contains('©') {
            return Some("short line with a copyright sign");
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    fn book() -> &'static PhraseBook {
        crate::lang::EMBEDDED_BOOK.as_ref().expect("book")
    }

    fn line(s: &str) -> Line<'_> {
        Line::new(1, 0, s, Cow::Borrowed(s))
    }

    #[test]
    fn urls() {
        let u = Urls;
        for pos in [
            "https://media.example.com/wp-content/uploads/2023/02/flags.jpg",
            "www.example.com",
            "http://example.org/path?x=1",
            "data:image/png;base64,iVBORw0KGgo=",
            "<https://example.org>",
            "* [World](/world)",
            "![](/img/hero.webp)",
            "/images/2019/cat.jpeg",
            "____________________ (BUTTON) Search",
            "Your email: ____________________",
            "(BUTTON) Close",
            "URL Source: https://example.com/news/bridge",
            "Source: www.example.org/report",
            "12. https://example.com/news",
            "3. file:///home",
            "twitter.com/paultakahashi",
            "weinakademie.at",
            "news.example.co.uk/2019/story",
            "paul.takahashi@chron.com",
            "redaktion@example.de",
            "@apollozac",
            "@jane_doe",
            "[131129200805-01-weather-1128-topics.jpg]",
            "[IMG]",
            "[INLINE] [logo.png]",
        ] {
            assert!(u.judge(&line(pos), book()).is_some(), "{pos}");
        }
        for neg in [
            "Visit https://example.org for the full report.",
            "Share prices fell 3%",
            "www",
            "See [the report](/r) for details.",
            "photo.jpg",
            "The capital of France is ____.",
            "Fill in your name here: ____ and the date of the visit ____",
            "snake_case_names stay",
            "Read the report: https://example.org/r",
            "See https://example.org/r",
            "Officials said: https://example.org",
            "Autor: www.example.pl",
            "1. Preheat the oven.",
            "2. example.com",
            "Booking.com",
            "node.js",
            "index.html",
            "Node.js",
            "e.g.",
            "U.S.",
            "3.5",
            "and/or",
            "km/h",
            "@",
            "@2023",
            "Write to jane@example.com with your questions.",
            "Follow @jane_doe for updates",
            "[Editor's note]",
            "[3]",
            "[.jpg]",
            "[photo.jpg] shows the harbour at dawn",
            "[IMG] [Editor's note]",
        ] {
            assert!(u.judge(&line(neg), book()).is_none(), "{neg}");
        }
    }

    #[test]
    fn credit_lead_test_lets_every_match_through() {
        let c = Credits::new();
        let parts = [
            "Photo",
            "photo",
            "PHOTOS",
            "Photograph",
            "Image",
            "images",
            "Pics",
            "Picture",
            "Fot.",
            "Fotos",
            "Bilder",
            "Illustration",
            "Graphic",
            "VIDEO",
            "Cr\u{e9}dit",
            "cr\u{e9}ditos",
            "Credits",
            "Fuente",
            "Quelle",
            "\u{179}r\u{f3}d\u{142}o",
            "zdj\u{119}cie",
            "\u{424}\u{43e}\u{442}\u{43e}",
            "\u{418}\u{421}\u{422}\u{41e}\u{427}\u{41d}\u{418}\u{41a}",
            "Beeld",
            "Bron",
            " ",
            " ",
            "(",
            "[",
            ":",
            "|",
            "/",
            "\u{a9}",
            "...",
            "\u{2026}",
            "\u{2013}",
            "-",
            "by",
            " von",
            "courtesy",
            "AP",
            "In",
            "For",
            "\u{a0}",
            "\u{2003}",
            "P",
            "i",
            "\u{17f}",
            "\u{212a}",
        ];
        let mut matched = 0;
        for t in crate::bytes::glued(&parts, 50_000, 7) {
            if c.lead.is_match(&t) {
                matched += 1;
                assert!(may_lead_credit(&t), "{t:?}");
            }
        }
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn credits() {
        let c = Credits::new();
        for pos in [
            "(Photo Credit: AP)",
            "Image Credit: WeWork",
            "Photo: Reuters",
            "Foto: dpa",
            "Credit... Doug Mills/The New York Times",
            "Spain's Rafael Nadal celebrates a point against Russia in Madrid, Spain. (Manu Fernandez/AP)",
            "Trump asked voters in Louisiana for a big win. He didn't get it. Credit... Doug Mills/The New York Times",
            "Crowds gather outside the court on Monday. (AP Photo/Evan Vucci)",
            "La bendición se realizará mañana. Foto: Archivo",
            "Źródło: Urząd Statystyczny",
            "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
            "Die Mannschaft nach dem Sieg. (Foto: Privat)",
            "Trybunał Konstytucyjny / Shutterstock",
            "Dee Dee Myers Getty Images",
            "Image via Getty Images",
            "PAP/ Rafał Guz",
            "aja/PAP",
            "Roman Prymula, photo: Archives du Gouvernement",
            "Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay",
            // Caption labels of the packs' [caption-label] sections.
            "Người dân đổ về quảng trường từ sáng sớm. Ảnh: Giang Huy",
            "Mielenosoittajat kokoontuivat torille. Kuva: Matti Virtanen",
            "Протестувальники зібралися біля ради. Фото: Олег Петренко",
            // A caption, then the copyright sign and a name.
            "Die Kadetten werden in Bremen auf DA42 ausgebildet. \u{a9} CAE",
            "Le piquet de grève dans le hall de l\u{2019}université / (C) Kab Niang",
        ] {
            assert!(c.judge(&line(pos), book()).is_some(), "{pos}");
        }
        for neg in [
            "Photos of the event show crowds gathering outside.",
            "Image is everything, the designer said.",
            "WASHINGTON (Reuters) - Scientists on Monday unveiled the first map of Titan.",
            "The ratio rose to 3/4 (from 1/2).",
            "Pictures at an Exhibition was written in 1874.",
            "Foto und Film waren damals teuer, sagt er.",
            "The mayor said one thing. Photo: none was taken, he added.",
            "She has licensed her pictures to Getty Images since 2004.",
            "Shares of Shutterstock fell 3% on Monday",
            "Input/Output",
            "The 24/7 news cycle",
            "AP/Reuters poll finds support for the plan rising among younger voters",
            "The logo is \u{a9} Disney and may not be used without permission.",
            "Photos from the archive. \u{a9} 2021 Example Media",
            "\u{a9} Example Media",
            "Option (c) is the cheapest of the three.",
            "Artists sue Getty Images",
            "Artists sell their work via Getty Images",
            "He showed me the picture, Photo: it was taken in 1952 by his father.",
            "Kuva oli kaunis, sanoi hän: se muistutti lapsuudesta.",
            "Hän katsoi vanhaa valokuvaa. Kuva: se oli otettu vuonna 1952, kun isä oli nuori.",
        ] {
            assert!(c.judge(&line(neg), book()).is_none(), "{neg}");
        }
    }

    #[test]
    fn credit_prefilter_keeps_every_lead() {
        let c = Credits::new();
        let words = [
            "photo",
            "images",
            "pictures",
            "pics",
            "fotos",
            "fot.",
            "bilder",
            "illustration",
            "graphic",
            "video",
            "cr\u{e9}dits",
            "cr\u{e9}ditos",
            "credits",
            "fuente",
            "quelle",
            "\u{17a}r\u{f3}d\u{142}o",
            "zdj\u{119}cie",
            "\u{444}\u{43e}\u{442}\u{43e}",
            "\u{438}\u{441}\u{442}\u{43e}\u{447}\u{43d}\u{438}\u{43a}",
            "beeld",
            "bron",
        ];
        let mut leads = 0;
        for first in (0..0x3000).chain(0x1e00..0x2200).filter_map(char::from_u32) {
            for w in words {
                let rest = &w[w.chars().next().map_or(0, char::len_utf8)..];
                for s in [format!("{first}{rest}: AP"), format!("( {first}{rest}: AP")] {
                    if c.lead.is_match(&s) {
                        assert!(may_lead_credit(&s), "{s:?}");
                        leads += 1;
                    }
                }
            }
        }
        assert!(leads >= 2 * words.len());
    }

    #[test]
    fn copyright() {
        let c = Copyright::new();
        for pos in [
            "© 2019 The New York Times Company",
            "Copyright 2023 Example Media Inc.",
            "Copyright © Example",
            "(c) 2020 Example",
            "Example News © 2021",
        ] {
            assert!(c.judge(&line(pos)).is_some(), "{pos}");
        }
        for neg in [
            "Copyright law was reformed in 1976, giving authors longer terms.",
            "The © sign was first used in 1802 by a printer who wanted to mark his work; it spread across Europe within decades and reached America by the middle of the century.",
        ] {
            assert!(c.judge(&line(neg)).is_none(), "{neg}");
        }
    }
}
