//! Reduces the Markdown that html2text-style dumpers write (`[text](url)`,
//! `![alt](url)`, `**bold**`, `# Heading`, `* item`) to its text.

use std::borrow::Cow;

/// The text of a Markdown line: links become their text, images vanish,
/// emphasis markers and leading heading or bullet markers go.
///
/// The result has no markup left to take away: a link's label may itself
/// hold emphasis or another link, so reduction runs until nothing changes
/// (each round shortens the text), and cleaning the output again finds
/// the same text.
pub(crate) fn strip(text: &str) -> Cow<'_, str> {
    let mut cur = match strip_once(text) {
        Cow::Borrowed(_) => return Cow::Borrowed(text),
        Cow::Owned(s) => s,
    };
    for _ in 0..MAX_ROUNDS {
        match strip_once(&cur) {
            Cow::Borrowed(_) => break,
            Cow::Owned(s) => cur = s,
        }
    }
    Cow::Owned(cur)
}

/// Reduction rounds after the first; nesting deeper than this in one line
/// is not Markdown anyone writes.
const MAX_ROUNDS: usize = 16;

fn strip_once(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if !b
        .iter()
        .any(|&c| matches!(c, b'[' | b'*' | b'_' | b'#' | b'`' | b'!'))
    {
        return Cow::Borrowed(text);
    }
    let mut body = text;
    // Leading heading marks and bullets.
    loop {
        let t = body.trim_start();
        let next = if let Some(r) = t.strip_prefix("* ").or_else(|| t.strip_prefix("+ ")) {
            r
        } else if let Some(r) = t.strip_prefix("- ") {
            r
        } else if t.starts_with('#') {
            let r = t.trim_start_matches('#');
            if r.starts_with(' ') {
                r
            } else {
                break;
            }
        } else {
            break;
        };
        body = next;
    }
    let body = body.trim();
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while !rest.is_empty() {
        let Some(i) = rest.find(['[', '!', '*', '_', '`']) else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some((label, used)) = link_at(tail) {
            out.push_str(label);
            rest = &tail[used..];
            continue;
        }
        if let Some(img) = tail.strip_prefix('!') {
            if let Some((_, used)) = link_at(img) {
                rest = &img[used..];
                continue;
            }
        }
        if tail.starts_with("**") || tail.starts_with("__") {
            rest = &tail[2..];
            continue;
        }
        if let Some(r) = tail.strip_prefix('`') {
            rest = r;
            continue;
        }
        let c = tail.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &tail[c.len_utf8()..];
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(collapsed)
    }
}

/// Reads `[label](target)` at the start of `s`; returns the label and the
/// bytes the link spans.
fn link_at(s: &str) -> Option<(&str, usize)> {
    let inner = s.strip_prefix('[')?;
    let close = find_close(inner, b'[', b']')?;
    let label = &inner[..close];
    let after = &inner[close + 1..];
    let target = after.strip_prefix('(')?;
    let end = find_close(target, b'(', b')')?;
    if target[..end].contains(char::is_whitespace) && !target[..end].contains('"') {
        return None;
    }
    Some((label, 1 + close + 1 + 1 + end + 1))
}

/// Brackets nested deeper than this inside a link are not a link.
const MAX_NESTING: usize = 16;

fn find_close(s: &str, open: u8, close: u8) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in s.as_bytes().iter().enumerate().take(2048) {
        if c == open {
            depth += 1;
            // No link label nests this deep; giving up early keeps a run of
            // `[[[[...` from costing the whole window at every bracket.
            if depth > MAX_NESTING {
                return None;
            }
        } else if c == close {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// Whether a line holds nothing but Markdown links and images (and list
/// or separator punctuation between them).
pub(crate) fn is_link_only(text: &str) -> bool {
    let t = text
        .trim_start_matches(['*', '+', '-', ' ', '#'])
        .trim_end();
    if !t.starts_with('[') && !t.starts_with("![") {
        return false;
    }
    let mut rest = t;
    let mut links = 0;
    while !rest.is_empty() {
        let r = rest.strip_prefix('!').unwrap_or(rest);
        match link_at(r) {
            Some((_, used)) => {
                links += 1;
                rest = r[used..]
                    .trim_start_matches([' ', '|', '-', '*', '/', ',', '\u{b7}', '\u{2022}']);
            }
            None => return false,
        }
    }
    links > 0
}

/// Lines with a Markdown link that make a page a Markdown dump.
pub(crate) const MARKDOWN_LINK_LINES: usize = 3;

/// Whether a document is a Markdown-style dump (html2text, pandoc): links
/// written `[text](url)` on at least [`MARKDOWN_LINK_LINES`] lines.
///
/// The test is a count, not a share of the lines: removing lines can then
/// only make a page less Markdown, never more, so the output of a run is
/// read the same way by the next.
pub(crate) fn is_markdown_page(lines: &[crate::line::Line<'_>]) -> bool {
    let mut links = 0;
    for l in lines {
        let b = l.text().as_bytes();
        if memchr::memchr_iter(b']', b).any(|i| b.get(i + 1) == Some(&b'(')) && b.contains(&b'[') {
            links += 1;
            if links >= MARKDOWN_LINK_LINES {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_links_images_and_emphasis() {
        assert_eq!(strip("* [Home](/)"), "Home");
        assert_eq!(strip("## The **big** story"), "The big story");
        assert_eq!(
            strip("Read [the report](https://example.org/r.pdf) today. ![chart](c.png)"),
            "Read the report today."
        );
        assert_eq!(strip("snake_case stays"), "snake_case stays");
        assert_eq!(strip("Plain prose, no markup."), "Plain prose, no markup.");
        assert_eq!(strip("#hashtag stays"), "#hashtag stays");
    }

    #[test]
    fn link_only_lines() {
        assert!(is_link_only("* [Sports](/sports)"));
        assert!(is_link_only("[a](/a) | [b](/b)"));
        assert!(is_link_only("![](https://example.org/x.jpg)"));
        assert!(!is_link_only("[Editor's note] The story was updated."));
        assert!(!is_link_only("See [the report](/r) for details."));
    }
}
