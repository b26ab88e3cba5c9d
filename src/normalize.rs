//! The prose normalizer: entities, invisible characters, spaces and the
//! Unicode normalization form, applied to every line that is kept.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// The Unicode normalization form applied to kept text.
///
/// # Defaults
///
/// [`Normalization::Nfc`]: it composes accents without touching the meaning
/// of any character, so curly quotes, dashes, ligatures and full-width forms
/// stay as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Normalization {
    /// Canonical composition (NFC).
    #[default]
    Nfc,
    /// Compatibility composition (NFKC): also folds ligatures, full-width
    /// letters and superscripts into their plain forms.
    Nfkc,
    /// No Unicode normalization; entities, spaces and invisible characters
    /// are still cleaned.
    None,
}

/// Normalizes a whole text the way [`Cleaner`](crate::Cleaner) normalizes
/// the lines it keeps, without removing any line.
///
/// Newlines become `\n`, a byte-order mark goes, HTML entities left in the
/// text are decoded, Unicode spaces become a plain space, zero-width and
/// control characters are dropped, runs of spaces collapse, lines are
/// trimmed, runs of blank lines collapse to one, and the text is put into
/// the requested normalization form.
///
/// # Examples
///
/// ```
/// use deboil::{normalize, Normalization};
///
/// let text = "\u{feff}Caf\u{e9}&nbsp;&amp;\u{200b} bar\r\n\r\n\r\nNext";
/// assert_eq!(normalize(text, Normalization::Nfc), "Café & bar\n\nNext");
/// ```
pub fn normalize(text: &str, form: Normalization) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for (_, line) in crate::line::split_lines(text) {
        let line = normalize_line(line, form);
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

/// Normalizes one line (no newline inside); borrows when nothing changes
/// but the spaces around it, which are trimmed off.
pub(crate) fn normalize_line(line: &str, form: Normalization) -> Cow<'_, str> {
    if is_plain(line.as_bytes()) {
        return Cow::Borrowed(line);
    }
    // Extractors leave many lines indented or with a trailing space; when
    // that is all, the trimmed line is what the rounds below would build.
    let inner = line.trim_matches(' ');
    if inner.len() < line.len()
        && memchr::memchr(b'&', inner.as_bytes()).is_none()
        && is_clean(inner)
        && matches!(apply_form(inner, form), Cow::Borrowed(_))
    {
        return Cow::Borrowed(inner);
    }
    normalize_rounds(line, form)
}

/// [`normalize_line`] without its shortcuts: entities, characters and the
/// Unicode form, in rounds until nothing changes.
fn normalize_rounds(line: &str, form: Normalization) -> Cow<'_, str> {
    let mut cur: Cow<'_, str> = Cow::Borrowed(line);
    let mut first = true;
    // Each round shrinks the text or leaves it alone; entities nested more
    // than a few levels deep ("&amp;amp;amp;...") are undone in one round by
    // `decode_entities`, so the bound is never reached by real text.
    for _ in 0..4 {
        let decoded = decode_entities(&cur);
        let spaced = match clean_chars(&decoded) {
            Cow::Borrowed(_) => decoded,
            Cow::Owned(s) => Cow::Owned(s),
        };
        let formed = match apply_form(&spaced, form) {
            Cow::Borrowed(_) => spaced,
            Cow::Owned(s) => Cow::Owned(clean_chars(&s).into_owned()),
        };
        // Most lines that are not plain ASCII need nothing: keep them
        // borrowed, uncopied.
        if first && matches!(formed, Cow::Borrowed(_)) {
            return Cow::Borrowed(line);
        }
        first = false;
        let changed = formed != cur;
        cur = Cow::Owned(formed.into_owned());
        if !changed || !needs_work(cur.as_bytes()) {
            break;
        }
    }
    if cur == line {
        Cow::Borrowed(line)
    } else {
        cur
    }
}

/// True when a line is ASCII with nothing to decode, drop or collapse.
///
/// Eight bytes are tested at a time: each test sets the high bit of the
/// bytes it finds, with no carry between bytes since all are below 0x80.
fn is_plain(b: &[u8]) -> bool {
    if b.is_empty() {
        return true;
    }
    if b[0] == b' ' || b[b.len() - 1] == b' ' {
        return false;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let zeros = crate::bytes::zero_bytes;
    let mut prev_space = false;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let v = crate::bytes::word(chunk);
        if v & HIGH != 0 {
            return false;
        }
        let control = !(v + ONES * 0x60) & HIGH;
        let del = (v + ONES) & HIGH;
        let amp = zeros(v ^ (ONES * u64::from(b'&')));
        let space = zeros(v ^ (ONES * u64::from(b' ')));
        let double = space & (space << 8) != 0 || (prev_space && space & 0x80 != 0);
        if control | del | amp != 0 || double {
            return false;
        }
        prev_space = space >> 63 != 0;
    }
    for &c in chunks.remainder() {
        if !(0x20..0x7f).contains(&c) || c == b'&' {
            return false;
        }
        let space = c == b' ';
        if space && prev_space {
            return false;
        }
        prev_space = space;
    }
    true
}

/// True when another normalization round could still change the text.
fn needs_work(b: &[u8]) -> bool {
    memchr::memchr(b'&', b).is_some()
}

fn apply_form(s: &str, form: Normalization) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    match form {
        Normalization::None => Cow::Borrowed(s),
        Normalization::Nfc => {
            if all_nfc_starters(s) || is_nfc_quick(s.chars()) == IsNormalized::Yes {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(s.nfc().collect())
            }
        }
        Normalization::Nfkc => {
            if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(s.nfkc().collect())
            }
        }
    }
}

/// `s.chars().all(is_nfc_starter)`, with the characters below U+0300
/// (whose bytes are all below 0xcc) passed over undecoded.
fn all_nfc_starters(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(v) = crate::bytes::word_at(b, i) {
            // The high bit of each byte of 0xcc and above: its low seven
            // bits reach 0x4c (the sum carries into no other byte).
            if v & ((v & !HIGH) + ONES * (0x80 - 0x4c)) & HIGH == 0 {
                i += 8;
                continue;
            }
        }
        if b[i] < 0xcc {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("a character starts here");
        if !is_nfc_starter(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// Characters in NFC with combining class 0, in the blocks prose uses
/// most: a text made only of them passes the NFC quick check, and a range
/// test is cheaper than the check's table lookups.
fn is_nfc_starter(c: char) -> bool {
    matches!(c as u32,
        0..=0x2ff | 0x370..=0x373 | 0x386 | 0x388..=0x3ff | 0x400..=0x482 | 0x48a..=0x52f
        | 0x2010..=0x2027 | 0x2030..=0x205e | 0x3041..=0x3096 | 0x30a1..=0x30fa
        | 0x4e00..=0x9fff | 0xac00..=0xd7a3)
}

/// What one character becomes in prose.
enum CharClass {
    Keep,
    Space,
    Drop,
}

fn classify(c: char) -> CharClass {
    match c {
        '\t'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{85}' => CharClass::Space,
        // Zero-width spaces, word joiner, BOM, soft hyphen, Mongolian vowel
        // separator, invisible math operators and noncharacters carry no
        // text. ZWJ and ZWNJ stay: they shape emoji and Indic and Persian
        // script.
        '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{180e}'
        | '\u{fffe}'
        | '\u{ffff}' => CharClass::Drop,
        c if c.is_control() => CharClass::Drop,
        _ => CharClass::Keep,
    }
}

/// Drops invisible and control characters, maps Unicode spaces to a space,
/// collapses runs of spaces and trims the ends.
fn clean_chars(s: &str) -> Cow<'_, str> {
    if is_clean(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A run of characters kept as they are (printable ASCII but the
        // space, and characters whose lead byte no space or invisible
        // character shares) is copied whole.
        let start = i;
        while i < b.len() && keeps(b[i]) {
            i += 1;
        }
        if i > start {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(&s[start..i]);
            continue;
        }
        let c = s[i..].chars().next().expect("a character starts here");
        i += c.len_utf8();
        match classify(c) {
            CharClass::Drop => {}
            CharClass::Space => pending_space = true,
            CharClass::Keep if c == ' ' => pending_space = true,
            CharClass::Keep => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    Cow::Owned(out)
}

/// Whether [`clean_chars`] copies the byte as it stands: printable ASCII
/// but the space, a continuation byte, or the lead byte of a character no
/// space or invisible character shares (see [`clean_byte`]).
fn keeps(c: u8) -> bool {
    if c < 0x80 {
        (0x21..0x7f).contains(&c)
    } else {
        !matches!(c, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef)
    }
}

/// True when [`clean_chars`] has nothing to do: no space or invisible
/// character to map or drop, no run of spaces, no space at either end.
///
/// Eight bytes are tested at a time, as in [`is_plain`]; only the
/// characters whose UTF-8 lead byte some space or invisible character
/// shares are decoded and classified.
fn is_clean(s: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let zeros = crate::bytes::zero_bytes;
    let b = s.as_bytes();
    let mut prev_space = true;
    let mut i = 0;
    while i + 8 <= b.len() {
        let v = crate::bytes::word(&b[i..i + 8]);
        // Lead bytes of U+0080..U+00BF, U+1680..U+18BF, U+2000..U+20BF,
        // U+3000..U+30BF and U+F000..U+FFFF: such a chunk is read byte by
        // byte. Only a chunk with a byte of 0x80 or above can hold one, and
        // most chunks hold none: they skip the five comparisons.
        if v & HIGH != 0 {
            let lead = zeros(v ^ (ONES * 0xc2))
                | zeros(v ^ (ONES * 0xe1))
                | zeros(v ^ (ONES * 0xe2))
                | zeros(v ^ (ONES * 0xe3))
                | zeros(v ^ (ONES * 0xef));
            if lead != 0 {
                for j in i..i + 8 {
                    if !clean_byte(s, j, &mut prev_space) {
                        return false;
                    }
                }
                i += 8;
                continue;
            }
        }
        // Sums on the low seven bits carry into no other byte; the high
        // bit of an ASCII byte then says it is below 0x20, resp. 0x7f.
        let ascii = !v & HIGH;
        let low = v & !HIGH;
        let control = !(low + ONES * 0x60) & ascii;
        let del = (low + ONES) & ascii;
        let space = zeros(v ^ (ONES * u64::from(b' ')));
        let double = space & (space << 8) != 0 || (prev_space && space & 0x80 != 0);
        if control | del != 0 || double {
            return false;
        }
        prev_space = space >> 63 != 0;
        i += 8;
    }
    for j in i..b.len() {
        if !clean_byte(s, j, &mut prev_space) {
            return false;
        }
    }
    b.is_empty() || !prev_space
}

/// One byte of [`is_clean`]'s scan: false when the byte at `i` (or the
/// character it leads) needs cleaning, or is a second space in a row.
#[inline(always)]
fn clean_byte(s: &str, i: usize, prev_space: &mut bool) -> bool {
    let c = s.as_bytes()[i];
    if c < 0x80 {
        if c < 0x20 || c == 0x7f {
            return false;
        }
        if c == b' ' {
            if *prev_space {
                return false;
            }
            *prev_space = true;
        } else {
            *prev_space = false;
        }
        return true;
    }
    // Lead bytes of U+0080..U+00BF, U+1680..U+18BF, U+2000..U+20BF,
    // U+3000..U+30BF and U+F000..U+FFFF; continuation bytes and other
    // lead bytes start no space or invisible character.
    if matches!(c, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef) {
        let ch = s[i..].chars().next().unwrap_or(' ');
        if !matches!(classify(ch), CharClass::Keep) {
            return false;
        }
    }
    *prev_space = false;
    true
}

/// Decodes HTML entities left in scraped text (`&amp;`, `&nbsp;`,
/// `&#8217;`, `&#x2019;`).
///
/// Text that went through several escaping layers shows `&amp;amp;` or
/// `&amp;#8217;`; an entity that decodes to `&` is read again with the text
/// after it, so every layer is undone in one pass and a second pass finds
/// nothing to do.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', s.as_bytes()) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first + 1..];
    // An `&` sits before `rest`, not yet written.
    let mut amp = true;
    let mut changed = false;
    loop {
        if amp {
            match entity_at(rest) {
                Some((decoded, used)) => {
                    changed = true;
                    rest = &rest[used..];
                    if decoded.as_ref() == "&" {
                        continue;
                    }
                    out.push_str(&decoded);
                    amp = false;
                    continue;
                }
                None => out.push('&'),
            }
        }
        match memchr::memchr(b'&', rest.as_bytes()) {
            None => {
                out.push_str(rest);
                break;
            }
            Some(i) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + 1..];
                amp = true;
            }
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// Reads an entity body (the part after `&`, up to and including `;`) at
/// the start of `s`; returns what it decodes to and the bytes it spans.
fn entity_at(s: &str) -> Option<(Cow<'static, str>, usize)> {
    let b = s.as_bytes();
    let end = b.iter().take(34).position(|&c| c == b';')?;
    if end == 0 {
        return None;
    }
    let body = &s[..end];
    if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            if hex.is_empty() || hex.len() > 6 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            u32::from_str_radix(hex, 16).ok()?
        } else {
            if num.is_empty() || num.len() > 7 || !num.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            num.parse::<u32>().ok()?
        };
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        return Some((Cow::Owned(c.to_string()), end + 1));
    }
    if !body.bytes().all(|c| c.is_ascii_alphanumeric()) || !b[0].is_ascii_alphabetic() {
        return None;
    }
    let mut probe = String::with_capacity(body.len() + 2);
    probe.push('&');
    probe.push_str(body);
    probe.push(';');
    match html_escape::decode_html_entities(&probe) {
        Cow::Owned(decoded) if decoded != probe => Some((Cow::Owned(decoded), end + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize_line(s, Normalization::Nfc).into_owned()
    }

    #[test]
    fn clean_test_agrees_with_its_byte_loop() {
        let naive = |s: &str| {
            let mut prev_space = true;
            (0..s.len()).all(|i| clean_byte(s, i, &mut prev_space)) && (s.is_empty() || !prev_space)
        };
        let parts = [
            "a", " ", "  ", "\t", "\u{7f}", "\u{1}", "\u{a0}", "\u{200b}", "\u{2019}", "\u{e9}",
            "\u{3000}", "\u{feff}", "\u{4e2d}", "xyz", ".", "\u{2014}",
        ];
        for s in crate::bytes::glued(&parts, 20_000, 24) {
            assert_eq!(is_clean(&s), naive(&s), "{s:?}");
        }
    }

    #[test]
    fn shortcuts_agree_with_the_rounds() {
        let parts = [
            "a", " ", "  ", "\t", "&amp;", "&", "\u{a0}", "\u{200b}", "\u{2019}", "e\u{301}",
            "\u{e9}", "\u{fb01}", "xyz", ".", "\u{1}",
        ];
        for s in crate::bytes::glued(&parts, 50_000, 12) {
            for form in [Normalization::Nfc, Normalization::Nfkc, Normalization::None] {
                assert_eq!(
                    normalize_line(&s, form),
                    normalize_rounds(&s, form),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn fast_character_loops_agree_with_the_plain_ones() {
        let naive = |s: &str| {
            let mut out = String::new();
            let mut pending_space = false;
            for c in s.chars() {
                match classify(c) {
                    CharClass::Drop => {}
                    CharClass::Space => pending_space = true,
                    CharClass::Keep if c == ' ' => pending_space = true,
                    CharClass::Keep => {
                        if pending_space && !out.is_empty() {
                            out.push(' ');
                        }
                        pending_space = false;
                        out.push(c);
                    }
                }
            }
            out
        };
        let parts = [
            "a",
            " ",
            "  ",
            "\t",
            "\u{85}",
            "\u{a0}",
            "\u{ad}",
            "\u{200b}",
            "\u{2019}",
            "\u{301}",
            "\u{e9}",
            "\u{3000}",
            "\u{feff}",
            "\u{4e2d}",
            "\u{1f600}",
            "x.",
            "\u{1}",
            "\u{7f}",
        ];
        for s in crate::bytes::glued(&parts, 50_000, 12) {
            assert_eq!(clean_chars(&s), naive(&s), "{s:?}");
            assert_eq!(all_nfc_starters(&s), s.chars().all(is_nfc_starter), "{s:?}");
        }
    }

    #[test]
    fn plain_ascii_is_borrowed() {
        assert!(matches!(
            normalize_line("Share prices fell 3%", Normalization::Nfc),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn entities_decode_once_and_for_all() {
        assert_eq!(n("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(n("it&#8217;s"), "it\u{2019}s");
        assert_eq!(n("it&#x2019;s"), "it\u{2019}s");
        assert_eq!(n("a&nbsp;b"), "a b");
        assert_eq!(n("Tom &amp;amp; Jerry"), "Tom & Jerry");
        assert_eq!(n("it&amp;#8217;s"), "it\u{2019}s");
        assert_eq!(n("&amp;lt;b&amp;gt;"), "<b>");
    }

    #[test]
    fn look_alike_entities_stay() {
        assert_eq!(n("AT&T and R&D"), "AT&T and R&D");
        assert_eq!(n("Q&A; more"), "Q&A; more");
        assert_eq!(n("fish & chips"), "fish & chips");
        assert_eq!(n("&#xZZ; &#; &;"), "&#xZZ; &#; &;");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(n("  a \t b\u{a0}\u{2003}c  "), "a b c");
        assert_eq!(
            n("zero\u{200b}width\u{feff} soft\u{ad}hyphen"),
            "zerowidth softhyphen"
        );
        assert_eq!(n("bell\u{7}char\u{1b}"), "bellchar");
    }

    #[test]
    fn prose_typography_survives() {
        let s = "\u{201c}Quoted\u{201d} \u{2014} caf\u{e9}, \u{65e5}\u{672c}\u{8a9e}, \u{645}\u{631}\u{62d}\u{628}\u{627} \u{1f469}\u{200d}\u{1f4bb}";
        assert_eq!(n(s), s);
    }

    #[test]
    fn fast_nfc_check_agrees_with_the_quick_check() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if is_nfc_starter(c) {
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            }
        }
    }

    #[test]
    fn byte_scan_agrees_with_the_char_scan() {
        let slow = |s: &str| {
            let mut prev_space = true;
            for c in s.chars() {
                match classify(c) {
                    CharClass::Keep if c == ' ' && prev_space => return false,
                    CharClass::Keep => prev_space = c == ' ',
                    _ => return false,
                }
            }
            !s.ends_with(' ')
        };
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for s in [
                format!("a{c}b"),
                format!("{c}"),
                format!("a {c}"),
                format!("{c} a"),
            ] {
                assert_eq!(is_clean(&s), slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn word_scan_agrees_with_the_byte_scan() {
        let slow = |b: &[u8]| {
            !b.first().is_some_and(|&c| c == b' ')
                && !b.last().is_some_and(|&c| c == b' ')
                && b.iter().all(|&c| (0x20..0x7f).contains(&c) && c != b'&')
                && !b.windows(2).any(|w| w == b"  ")
        };
        let alphabet = [b'a', b' ', b'&', 0x1f, 0x7f, 0x80, b'~', b'\t'];
        let mut x = 12345u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 20) as usize;
            let line: Vec<u8> = (0..len)
                .map(|k| {
                    let r = (x >> (k * 3 % 60)) as usize;
                    if r % 4 == 0 {
                        alphabet[(r / 4) % alphabet.len()]
                    } else {
                        b'a' + (r % 26) as u8
                    }
                })
                .collect();
            assert_eq!(is_plain(&line), slow(&line), "{line:?}");
        }
    }

    #[test]
    fn forms() {
        let decomposed = "Cafe\u{301}";
        assert_eq!(n(decomposed), "Caf\u{e9}");
        assert_eq!(normalize_line("\u{fb01}ne", Normalization::Nfkc), "fine");
        assert_eq!(
            normalize_line("\u{fb01}ne", Normalization::Nfc),
            "\u{fb01}ne"
        );
        assert_eq!(normalize_line(decomposed, Normalization::None), decomposed);
    }

    #[test]
    fn whole_text() {
        assert_eq!(
            normalize("\n\n a\r\nb\r\r\n\n c \n\n", Normalization::Nfc),
            "a\nb\n\nc"
        );
        assert_eq!(normalize("", Normalization::Nfc), "");
    }
}
