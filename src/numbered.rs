//! Dumps that number their links, as `lynx -dump` and `elinks -dump` write
//! them: each link's text follows its number (`By [12]Jane Doe`), and the
//! targets are listed at the end under a heading (`References`, then `1.
//! https://example.com/`).
//!
//! On such a page the list goes and the numbers are taken out of the text,
//! which then reads as the page's words: "the [11]city council voted"
//! becomes "the city council voted".

use std::borrow::Cow;

use crate::line::Line;

/// Numbered targets that make a trailing list a dump's list of links.
const MIN_TARGETS: usize = 3;

/// The longest link number read, in digits.
const MAX_DIGITS: usize = 6;

/// A dump's list of link targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LinkList {
    /// The index of the list's first line: its heading when it has one.
    pub start: usize,
    /// The highest link number listed.
    pub max: u32,
}

/// The list of link targets that ends a numbered-link dump, when the
/// document ends in one: at least [`MIN_TARGETS`] lines `N. target`, where
/// the target is one token holding `:` or starting with `/` or `#`. Blank
/// lines and the sub-headings elinks writes (`Visible links`, `Hidden
/// links:`) may stand between them; a short line without a sentence end
/// just above is the list's heading.
///
/// The numbers need not rise: a list cut short or out of order is still
/// one, and a second run, which no longer sees the lines the first took
/// away, must find the same list.
pub(crate) fn link_list(lines: &[Line<'_>]) -> Option<LinkList> {
    let mut targets = 0;
    let mut max = 0u32;
    let mut start = lines.len();
    for (i, line) in lines.iter().enumerate().rev() {
        if line.is_blank() {
            continue;
        }
        let t = line.text();
        if let Some(n) = target_number(t) {
            max = max.max(n);
            targets += 1;
            start = i;
            continue;
        }
        if targets > 0 && is_sub_heading(t) {
            start = i;
            continue;
        }
        if targets >= MIN_TARGETS && line.f.words <= 3 && !line.f.terminal {
            start = i;
        }
        break;
    }
    (targets >= MIN_TARGETS).then_some(LinkList { start, max })
}

/// The number of a line `N. target`: a link target in a list of links,
/// which the url rule removes wherever it stands.
pub(crate) fn target_number(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MAX_DIGITS {
        return None;
    }
    let target = t[digits..].strip_prefix(". ")?;
    let plausible = !target.is_empty()
        && !target.contains(' ')
        && (target.contains(':') || target.starts_with(['/', '#']));
    plausible.then(|| t[..digits].parse().ok())?
}

/// The headings elinks writes inside its list of links.
fn is_sub_heading(t: &str) -> bool {
    let t = t.trim_end_matches(':');
    t.eq_ignore_ascii_case("visible links") || t.eq_ignore_ascii_case("hidden links")
}

/// The text with the link numbers `[N]` (`N` from 1 to `max`) taken out.
/// A number stands right before its link's text; one followed by a space
/// or by punctuation (`[3].`, `[3], `) is a citation and stays.
pub(crate) fn strip_numbers(text: &str, max: u32) -> Cow<'_, str> {
    if !text.contains('[') {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'[', &b[i..]) {
        let at = i + off;
        i = at + 1;
        let Some(used) = link_number(&text[at..], max) else {
            continue;
        };
        let end = at + used;
        let glued = text[end..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && !is_citation_follower(c));
        if !glued {
            continue;
        }
        out.push_str(&text[copied..at]);
        copied = end;
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Characters that follow a citation rather than start a link's text.
fn is_citation_follower(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '[')
}

/// Whether a line of a numbered-link dump holds nothing but links: it
/// starts with a link number (after a bullet), has at least two, and each
/// link's text is a few words without a sentence end (`[2]Home [3]News`,
/// `[27]About us | [28]Contact`).
pub(crate) fn is_link_row(text: &str, max: u32) -> bool {
    let t = text.trim_start_matches(['*', '+', '-', '\u{2022}', ' ']);
    if !t.starts_with('[') || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let mut links = 0;
    let mut rest = t;
    while !rest.is_empty() {
        let Some(used) = link_number(rest, max) else {
            return false;
        };
        // The link's text runs to the next bracket.
        let end = rest[used..].find('[').map_or(rest.len(), |k| used + k);
        if rest[used..end].split_whitespace().count() > LINK_ROW_WORDS {
            return false;
        }
        links += 1;
        rest = &rest[end..];
    }
    links >= 2
}

/// The bytes of the link number `[N]` (`N` from 1 to `max`) that `s`
/// starts with.
fn link_number(s: &str, max: u32) -> Option<usize> {
    let digits = s.strip_prefix('[')?;
    let len = digits.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > MAX_DIGITS || !digits[len..].starts_with(']') {
        return None;
    }
    let n: u32 = digits[..len].parse().ok()?;
    (1..=max).contains(&n).then_some(len + 2)
}

/// Words a link of a row of links holds at most.
const LINK_ROW_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        crate::line::split_lines(text)
            .enumerate()
            .map(|(i, (start, raw))| Line::new(i + 1, start, raw, Cow::Borrowed(raw.trim())))
            .collect()
    }

    #[test]
    fn finds_the_list_of_links_at_the_end() {
        let lynx = "Body text.\n\nReferences\n\n   1. https://example.com/\n   2. file:///news\n   3. https://example.com/a#b\n";
        let ls = lines(lynx);
        assert_eq!(link_list(&ls), Some(LinkList { start: 2, max: 3 }));
        let elinks = "Body.\nReferences\n\n   Visible links\n   1. https://a.example/\n   2. https://b.example/\n   Hidden links:\n   3. https://c.example/\n";
        assert_eq!(
            link_list(&lines(elinks)).map(|l| (l.start, l.max)),
            Some((1, 3))
        );
    }

    #[test]
    fn a_numbered_list_of_prose_or_two_links_is_no_list_of_links() {
        for doc in [
            "Steps:\n1. Preheat the oven.\n2. Mix the flour.\n3. Bake for 20 minutes.\n",
            "Sources\n1. https://a.example/\n2. https://b.example/\n",
        ] {
            assert_eq!(link_list(&lines(doc)), None, "{doc}");
        }
    }

    #[test]
    fn strips_link_numbers_but_not_citations() {
        assert_eq!(strip_numbers("By [10]Jane Doe", 30), "By Jane Doe");
        assert_eq!(
            strip_numbers("the [11]city council voted [12]\u{201c}yes\u{201d}", 30),
            "the city council voted \u{201c}yes\u{201d}"
        );
        assert_eq!(
            strip_numbers("as shown [3]. Later [4], then", 30),
            "as shown [3]. Later [4], then"
        );
        assert_eq!(strip_numbers("see [2] below", 30), "see [2] below");
        assert_eq!(
            strip_numbers("[99]Beyond the list", 30),
            "[99]Beyond the list"
        );
        assert_eq!(strip_numbers("[x]Box [0]Zero", 30), "[x]Box [0]Zero");
    }

    #[test]
    fn rows_of_links() {
        assert!(is_link_row("[2]Home [3]News [4]Sport", 10));
        assert!(is_link_row(
            "[7]About us | [8]Contact | [9]Privacy policy",
            10
        ));
        assert!(is_link_row(
            "* [5]Share on Facebook [6]Share on Twitter",
            10
        ));
        assert!(!is_link_row(
            "[5]Officials said [6]the bridge would open in May next year",
            10
        ));
        assert!(!is_link_row("Trump tweeted [2]before [3]the vote", 10));
        assert!(!is_link_row("[2]One link only", 10));
        assert!(!is_link_row("[2]Read [3]more.", 10));
    }
}
