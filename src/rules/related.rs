//! The footer cut: a closing marker after the article (`Most Popular`,
//! `Related Articles`, `You may also like`) or the start of a comment
//! thread ends the document.

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

/// A line that may open the trailing part of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// A closing-section phrase of the phrase packs.
    Phrase,
    /// A user's footer pattern.
    Custom,
    /// A comment header (`jane says:`).
    Thread,
    /// The second of a row of share buttons: the end of an article, when
    /// little prose follows it.
    Share,
    /// The first line of a comment form: the article ends above it.
    Form,
    /// A commenter's name and date over a comment's text, one of two or
    /// more on the page.
    Signed,
}

/// Where the article goes on after the box that a closing-section label
/// at `i` opens: past its short teaser lines (at most [`BOX_LINES`]),
/// [`RESUME_LINES`] prose lines follow one another. A "Don't miss" box set
/// in the middle of an article is followed by more paragraphs; a closing
/// teaser list by teasers, one blurb at a time.
fn resumes(lines: &[Line<'_>], weights: &[u32], removed: &[bool], i: usize) -> Option<usize> {
    let mut j = i + 1;
    let mut skipped = 0;
    while j < lines.len() && (lines[j].is_blank() || weights[j] == 0) {
        if !lines[j].is_blank() {
            skipped += 1;
            if skipped > BOX_LINES {
                return None;
            }
        }
        j += 1;
    }
    let mut run = 0;
    for ((line, &w), &gone) in lines[j..].iter().zip(&weights[j..]).zip(&removed[j..]) {
        // An image credit between two paragraphs does not break the run.
        if line.is_blank() || gone {
            continue;
        }
        if w == 0 {
            break;
        }
        run += 1;
        if run >= RESUME_LINES {
            return Some(j);
        }
    }
    None
}

/// Share buttons end the article when the prose above them outweighs the
/// prose below this many times.
const SHARE_CUT_RATIO: u32 = 3;

/// A comment form ends the article when this many words of prose stand
/// above it.
const FORM_MIN_BEFORE: u32 = 20;

/// A signed comment ends the article when this many words of prose stand
/// above it.
const SIGNED_MIN_BEFORE: u32 = 40;

/// A signed comment's text is read to take this many lines under its
/// signature.
const SIGNED_TEXT_LINES: usize = 3;

/// A box inside an article holds at most this many teaser lines ...
const BOX_LINES: usize = 8;
/// ... and the article resumes under it with this many prose lines in a row.
const RESUME_LINES: usize = 4;

/// Finds where the footer starts.
///
/// - A phrase marker cuts when at least `min_before` words of prose stand
///   above it and less prose below it than above. The prose test keeps a
///   `Comments` or `Trending` entry of a menu at the top of a page from
///   truncating the article, and keeps an inline `Related` teaser in the
///   middle of an article from cutting its second half.
/// - A comment header cuts after `min_before` words of prose when at least
///   one more header follows: a comment thread, however much prose its
///   comments hold.
/// - A comment form cuts after [`FORM_MIN_BEFORE`] words of prose.
/// - A signed comment cuts after [`SIGNED_MIN_BEFORE`] words of prose when
///   less prose follows the last signed comment than stands above: a
///   forum's first post is signed too, and a page may go on under its
///   reviews.
/// - A custom marker cuts after any prose.
pub(crate) fn find_cut(
    lines: &[Line<'_>],
    kept: impl Fn(usize) -> bool,
    is_marker: impl Fn(usize) -> Option<Marker>,
    min_before: u32,
) -> Footer {
    let removed: Vec<bool> = (0..lines.len()).map(|i| !kept(i)).collect();
    let weights: Vec<u32> = lines
        .iter()
        .zip(&removed)
        .map(|(l, &gone)| if gone { 0 } else { prose_weight(l) })
        .collect();
    let markers: Vec<Option<Marker>> = (0..lines.len()).map(&is_marker).collect();
    let mut threads_after: Vec<u32> = vec![0; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        threads_after[i] = threads_after[i + 1] + u32::from(markers[i] == Some(Marker::Thread));
    }
    let total: u32 = weights.iter().sum();
    // The prose under the last signed comment's text: a page that goes on
    // after its reviews is no comment thread.
    let after_signed: u32 = markers
        .iter()
        .rposition(|m| *m == Some(Marker::Signed))
        .map_or(0, |last| {
            let mut under = (last + 1..lines.len()).filter(|&j| !lines[j].is_blank());
            let from = under.nth(SIGNED_TEXT_LINES).unwrap_or(lines.len());
            weights[from..].iter().sum()
        });
    let mut before = 0u32;
    let mut boxes = Vec::new();
    for (i, w) in weights.iter().enumerate() {
        let after = total - before - w;
        let cut = match markers[i] {
            Some(Marker::Custom) => before > 0,
            Some(Marker::Phrase) => match resumes(lines, &weights, &removed, i) {
                Some(end) => {
                    boxes.push((i, end));
                    false
                }
                None => before >= min_before && after < before,
            },
            Some(Marker::Thread) => before >= min_before && threads_after[i] >= 2,
            Some(Marker::Share) => {
                before >= min_before
                    && after * SHARE_CUT_RATIO < before
                    && resumes(lines, &weights, &removed, i).is_none()
            }
            Some(Marker::Form) => before >= FORM_MIN_BEFORE,
            // A forum's first post is signed too, under a title: it is
            // the page's text.
            Some(Marker::Signed) => before >= SIGNED_MIN_BEFORE && after_signed < before,
            None => false,
        };
        if cut {
            return Footer {
                cut: Some(i),
                boxes,
            };
        }
        before += w;
    }
    Footer { cut: None, boxes }
}

/// The trailing part of a page, as [`find_cut`] finds it.
#[derive(Debug, Default)]
pub(crate) struct Footer {
    /// The line the footer starts at.
    pub cut: Option<usize>,
    /// Teaser boxes inside the article: the label's line, and the line the
    /// article resumes at.
    pub boxes: Vec<(usize, usize)>,
}
