//! The footer cut: a closing marker after the article (`Most Popular`,
//! `Related Articles`, `You may also like`) ends the document.

use crate::line::Line;

/// How much prose a line carries: its weight when it reads like a sentence
/// or is long, zero for headings, menus and labels.
pub(crate) fn prose_weight(line: &Line<'_>) -> u32 {
    let w = line.weight();
    if (w >= 8 && line.f.terminal) || w >= 20 || (line.f.cjk >= 20 && line.f.terminal) {
        w
    } else {
        0
    }
}

/// Finds where the footer starts: the first marker line with at least
/// `min_before` words of prose above it and less prose below it than above.
///
/// The prose test keeps a `Comments` or `Trending` entry of a menu at the
/// top of a page from truncating the article, and keeps an inline
/// `Related` teaser in the middle of an article from cutting its second
/// half.
pub(crate) fn find_cut(
    lines: &[Line<'_>],
    kept: impl Fn(usize) -> bool,
    is_marker: impl Fn(usize) -> Option<bool>,
    min_before: u32,
) -> Option<usize> {
    let weights: Vec<u32> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| if kept(i) { prose_weight(l) } else { 0 })
        .collect();
    let total: u32 = weights.iter().sum();
    let mut before = 0u32;
    for (i, w) in weights.iter().enumerate() {
        if let Some(custom) = is_marker(i) {
            let after = total - before;
            if custom && before > 0 {
                return Some(i);
            }
            if before >= min_before && after < before {
                return Some(i);
            }
        }
        before += w;
    }
    None
}
