//! The main-region step for whole-page dumps.
//!
//! A page dump holds the article somewhere among menus, teaser lists,
//! newsletter boxes and comment threads. Each line gets a score: prose
//! lines count for their words, weighed by how much they read like running
//! text in the document's language; short lines and lines the line rules
//! removed count against. The contiguous span with the highest total is the
//! main region (the body-text-extraction idea: maximize prose minus
//! boilerplate). Outside it, only long prose survives; a long, punctuated
//! prose line is never dropped by this step.

use crate::cleaner::{Analysis, Decision, Reason, Who};
use crate::lang::{FxMap, PhraseBook};
use crate::line::{Line, Marker};
use crate::rule::RuleId;
use crate::rules::related::prose_weight;

/// The language is read from the words above the first closing-section
/// label when at least this many stand there.
const LANGUAGE_ABOVE_FOOTER: u32 = 50;
/// Words read to tell the document's language.
const LANGUAGE_SAMPLE: u32 = 1500;
/// Words of a line checked for stopwords: enough to tell running text
/// from a list of names.
const STOPWORD_SAMPLE: usize = 80;
/// A page needs at least this many non-blank lines to be judged as a dump.
const MIN_PAGE_LINES: usize = 30;
/// ... and at least this share of them must be short non-prose lines.
const MIN_JUNK_LINE_SHARE: f64 = 0.5;
/// ... and at least this many lines the line rules removed.
const MIN_FLAGGED_LINES: usize = 3;
/// At most this many spans are considered.
const MAX_SPANS: usize = 16;
/// The best span must hold at least this much prose weight (words of
/// prose lines) to be taken for an article.
const MIN_ARTICLE_WEIGHT: u32 = 15;
/// A further span joins the main region when it scores this share of the
/// best span ...
const SPAN_SHARE: f64 = 0.05;
/// ... and at least this much.
const SPAN_MIN: f64 = 8.0;
/// Lines between two parts of the article stay (unless menu entries or
/// repeated) when the gap holds at most this many lines.
const MAX_GAP_LINES: usize = 12;
/// An island of prose (a teaser's blurb) counts this share of its weight.
const ISLAND_FACTOR: f64 = 0.35;
/// Outside the main region, an island of prose stays from this weight on.
const KEEP_OUTSIDE_ISLAND: u32 = 60;
/// Lines of an article's head (headline, standfirst) taken in above the
/// main region.
const HEAD_LINES: u32 = 3;
/// A short line printed this many times in a row or more goes.
const REPEATED_RUN: usize = 3;
/// A repeated prose line of at least this weight counts as the article's
/// at its first showing.
const REPEATED_PROSE_WEIGHT: u32 = 1;
/// A short line that no rule removed (a label, a name, a list item) counts
/// against the span it stands in: this much, and this much more per word
/// up to twelve. Lists inside an article cost it little; a menu of many
/// entries is not bridged.
const SHORT_LINE_SCORE: f64 = 1.0;
const SHORT_LINE_PER_WORD: f64 = 0.2;
/// The score of a line a line rule removed: boilerplate for sure, so a
/// block of it is not bridged lightly.
const FLAGGED_SCORE: f64 = -3.0;
/// The walk back over an article's head passes at most this many share
/// buttons, loading labels and image credits.
const HEAD_WIDGET_LINES: u32 = 8;
/// A sentence of at most this many words between two lines of a widget
/// (newsletter box, consent notice, share bar, comment form) is the
/// widget's.
const WIDGET_SENTENCE_WORDS: u32 = 15;
/// A sentence of at least this many words between two removed lines of
/// other kinds stays.
const SANDWICHED_SENTENCE_WORDS: u32 = 5;
/// The article's body ends with a run of at least this many paragraphs ...
const TAIL_CORE_RUN: usize = 3;
/// ... and past a closing widget under it, lines of fewer words go, and
/// islands of prose (a teaser's blurb between two labels) of fewer than
/// [`TAIL_ISLAND_WORDS`].
const TAIL_WORDS: u32 = 30;
const TAIL_ISLAND_WORDS: u32 = 50;
/// Outside the main region, prose lines of at least this weight stay.
const KEEP_OUTSIDE_WEIGHT: u32 = 25;

/// Guesses the document's language from stopword hits over its first
/// words; returns the index into [`PhraseBook::langs`].
pub(crate) fn detect_language(
    lines: &[Line<'_>],
    removed: impl Fn(usize) -> bool,
    closing: Option<usize>,
    book: &PhraseBook,
    read: &mut ReadWords,
) -> Option<usize> {
    let mut hits = vec![0u32; book.langs.len().min(64)];
    let mut words = 0u32;
    let mut cjk = 0u32;
    let mut letters = 0u32;
    let mut read_to = lines.len();
    let langs = low_bits(hits.len());
    for (i, line) in lines.iter().enumerate() {
        // Below a closing-section label ("Most Popular") the footer cut may
        // take everything, and a second run would not read it: with enough
        // words above the label, the language is theirs.
        if Some(i) == closing && words >= LANGUAGE_ABOVE_FOOTER {
            read_to = i;
            break;
        }
        // Lines the line rules removed (a byline, a menu) are not read: the
        // language is the language of what stays, so that cleaning the
        // output again finds the same one.
        if removed(i) {
            read.ends.push(read.masks.len());
            continue;
        }
        cjk += line.f.cjk;
        letters += line.f.letters;
        book.word_masks(line.text(), 0, DETECT_WORDS, |all| {
            words += 1;
            read.masks.push(all);
            let mut mask = all & langs;
            while mask != 0 {
                hits[mask.trailing_zeros() as usize] += 1;
                mask &= mask - 1;
            }
        });
        read.ends.push(read.masks.len());
        if words > LANGUAGE_SAMPLE {
            break;
        }
    }
    if letters > 0 && cjk * 2 > letters {
        let read_any = |script: &dyn Fn(char) -> bool| {
            lines[..read_to]
                .iter()
                .enumerate()
                .any(|(i, l)| !removed(i) && l.text().chars().any(script))
        };
        // Kana is Japanese; Hangul is Korean, which puts spaces between
        // words, so its stopwords tell it; other CJK text is Chinese.
        if read_any(&|c| ('\u{3040}'..='\u{30ff}').contains(&c)) {
            return book.langs.iter().position(|l| l == "ja");
        }
        if !read_any(&|c| ('\u{ac00}'..='\u{d7af}').contains(&c)) {
            return book.langs.iter().position(|l| l == "zh");
        }
    }
    let (best, &n) = hits.iter().enumerate().max_by_key(|(_, h)| **h)?;
    (n >= 5 && n * 20 >= words).then_some(best)
}

/// Words of a line read to tell the document's language.
const DETECT_WORDS: usize = 60;

/// The stopword masks of the words language detection read: the first
/// [`DETECT_WORDS`] words of each of the document's first lines.
#[derive(Default)]
pub(crate) struct ReadWords {
    masks: Vec<u64>,
    /// Where each line's masks end in `masks`.
    ends: Vec<usize>,
}

impl ReadWords {
    /// Room for the words of a document of `lines` lines, so that reading
    /// them grows no vector: language detection stops a line after
    /// [`LANGUAGE_SAMPLE`] words.
    fn with_capacity(lines: usize) -> ReadWords {
        ReadWords {
            masks: Vec::with_capacity(LANGUAGE_SAMPLE as usize + DETECT_WORDS + 1),
            ends: Vec::with_capacity(lines),
        }
    }

    /// The masks of line `i`'s first words; empty for a line not read.
    fn line(&self, i: usize) -> &[u64] {
        match self.ends.get(i) {
            Some(&end) => &self.masks[if i == 0 { 0 } else { self.ends[i - 1] }..end],
            None => &[],
        }
    }
}

/// A mask of the `n` lowest bits (`n` at most 64).
fn low_bits(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1 << n) - 1
    }
}

/// Counts the stopwords of language `lang` in each prose line (a long
/// line is sampled: its first [`STOPWORD_SAMPLE`] words).
fn count_stopwords(lines: &mut [Line<'_>], book: &PhraseBook, lang: usize, read: &ReadWords) {
    let bit = 1u64 << lang;
    for (i, line) in lines.iter_mut().enumerate() {
        // Only prose lines are weighed by their stopwords.
        if prose_weight(line) == 0 {
            continue;
        }
        // The words language detection read are not looked up again.
        let known = read.line(i);
        let mut stop = known.iter().filter(|&&m| m & bit != 0).count() as u32;
        let mut checked = known.len() as u32;
        if known.len() == DETECT_WORDS || i >= read.ends.len() {
            // The words already read are skipped unread.
            book.word_masks(
                line.text(),
                known.len(),
                STOPWORD_SAMPLE.saturating_sub(known.len()),
                |mask| {
                    checked += 1;
                    if mask & bit != 0 {
                        stop += 1;
                    }
                },
            );
        }
        line.f.stopwords = stop;
        line.f.checked = checked;
    }
}

/// How much a line reads like running text: its stopword share scaled so
/// that ordinary prose scores 1 and lists of names or keywords near 0.
fn prose_factor(line: &Line<'_>, has_lang: bool) -> f64 {
    if !has_lang || line.f.checked < 6 || line.f.cjk > line.f.letters / 2 {
        return 1.0;
    }
    let d = f64::from(line.f.stopwords) / f64::from(line.f.checked);
    ((d - 0.08) / 0.17).clamp(0.15, 1.0)
}

/// The highest-scoring disjoint spans, best first: the best span of the
/// whole, then recursively the best spans left and right of it.
fn best_spans(scores: &[f64], max: usize) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    let mut todo = vec![(0, scores.len())];
    while let Some((from, to)) = todo.pop() {
        if out.len() >= max || from >= to {
            continue;
        }
        let (mut best, mut best_lo, mut best_hi) = (0.0, 0, 0);
        let (mut cur, mut lo) = (0.0, from);
        for (k, s) in scores.iter().enumerate().take(to).skip(from) {
            if cur <= 0.0 {
                cur = 0.0;
                lo = k;
            }
            cur += s;
            if cur > best {
                best = cur;
                best_lo = lo;
                best_hi = k;
            }
        }
        if best <= 0.0 {
            continue;
        }
        out.push((best_lo, best_hi, best));
        todo.push((from, best_lo));
        todo.push((best_hi + 1, to));
    }
    out.sort_by(|a, b| b.2.total_cmp(&a.2));
    out
}

/// Whether the `k`-th non-blank line is prose that stays: no rule removed
/// it and the page shows it once.
fn kept_prose(a: &Analysis<'_>, live: &[usize], repeats: &[u32], k: usize) -> bool {
    let i = live[k];
    a.decisions[i].is_none() && repeats[k] == 1 && prose_weight(&a.lines[i]) > 0
}

/// Removes short lines printed three times or more in a row, among the
/// lines that stay (a gallery's title over each of its slides): a
/// widget's label, wherever it stands. `ids` numbers each line's text.
fn remove_repeated_runs(a: &mut Analysis<'_>, live: &[usize], ids: &[usize]) {
    let kept: Vec<usize> = (0..live.len())
        .filter(|&k| a.decisions[live[k]].is_none())
        .collect();
    let mut r = 0;
    while r < kept.len() {
        let id = ids[kept[r]];
        let end = (r..kept.len())
            .find(|&e| ids[kept[e]] != id)
            .unwrap_or(kept.len());
        if end - r >= REPEATED_RUN && prose_weight(&a.lines[live[kept[r]]]) == 0 {
            for &k in &kept[r..end] {
                a.decisions[live[k]] = Some(Decision::builtin(
                    RuleId::MainRegion,
                    "a short line repeated in a row",
                ));
            }
        }
        r = end;
    }
}

/// A pager counts at least this many pages.
const PAGER_NUMBERS: usize = 3;

/// What a line of a pager holds: a page's number, or an arrow (`<<`, `>`,
/// `»`); `None` for any other line.
fn pager_part(text: &str) -> Option<Option<u32>> {
    if !text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok().map(Some);
    }
    let arrows = !text.is_empty()
        && text.chars().count() <= 3
        && text.chars().all(|c| {
            matches!(
                c,
                '<' | '>' | '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}' | '\u{2190}' | '\u{2192}'
            )
        });
    arrows.then_some(None)
}

/// Removes pagers among the lines that stay: runs of lines that count
/// pages up by one (`1`, `2`, `3` ... each on a line of its own), with the
/// arrows around them, a slideshow's or a comment list's page links. A
/// numbered list has its items' text between the numbers, and a lone
/// number stays.
fn remove_pagers(a: &mut Analysis<'_>, live: &[usize]) {
    let reason = Reason::Static("page numbers counted up line by line (a pager)");
    let live: Vec<usize> = live
        .iter()
        .copied()
        .filter(|&i| a.decisions[i].is_none())
        .collect();
    let mut k = 0;
    while k < live.len() {
        let mut end = k;
        let (mut numbers, mut last) = (0, None);
        while end < live.len() {
            let Some(part) = pager_part(a.lines[live[end]].text()) else {
                break;
            };
            if let Some(n) = part {
                if last.is_some_and(|l: u32| l + 1 != n) {
                    break;
                }
                numbers += 1;
                last = Some(n);
            }
            end += 1;
        }
        if numbers >= PAGER_NUMBERS {
            for &i in &live[k..end] {
                a.decisions[i] = Some(Decision::builtin(RuleId::MainRegion, reason.clone()));
            }
        }
        k = end.max(k + 1);
    }
}

/// Marks the lines of menu-like blocks: at least four short lines in one
/// block, most of them in title case.
fn menu_lines(lines: &[Line<'_>]) -> Vec<bool> {
    let mut menu = vec![false; lines.len()];
    let mut start = 0;
    for i in 0..=lines.len() {
        if i < lines.len() && !lines[i].is_blank() {
            continue;
        }
        let block = &lines[start..i];
        let short = block.iter().filter(|l| prose_weight(l) == 0).count();
        let titled = block
            .iter()
            .filter(|l| {
                prose_weight(l) == 0
                    && !l.text().starts_with(|c: char| c.is_ascii_digit())
                    && (l.f.title_words * 2 >= l.f.alpha_words.max(1)
                        || l.f.cased * 2 < l.f.letters
                        || l.f.marker == Marker::Bullet)
            })
            .count();
        if short >= 4 && titled * 3 >= short * 2 {
            for m in &mut menu[start..i] {
                *m = true;
            }
        }
        start = i + 1;
    }
    menu
}

/// Finds the article in a whole-page dump and removes what lies around it.
///
/// The document's language is read for a page dump, which needs it, and
/// for any document when `name_language` is set (a report names it).
pub(crate) fn apply(
    a: &mut Analysis<'_>,
    book: &PhraseBook,
    closing: Option<usize>,
    name_language: bool,
) {
    // Sized for every line: a vector grown line by line is copied at each
    // doubling.
    let mut live: Vec<usize> = Vec::with_capacity(a.lines.len());
    live.extend((0..a.lines.len()).filter(|&i| !a.lines[i].is_blank()));
    let dump = live.len() >= MIN_PAGE_LINES && {
        let junk = live
            .iter()
            .filter(|&&i| a.decisions[i].is_some() || prose_weight(&a.lines[i]) == 0)
            .count();
        junk as f64 >= MIN_JUNK_LINE_SHARE * live.len() as f64
    };
    if !dump && !name_language {
        return;
    }
    let mut read = ReadWords::with_capacity(a.lines.len());
    let lang = detect_language(
        &a.lines,
        |i| a.decisions[i].is_some(),
        closing,
        book,
        &mut read,
    );
    a.language = lang.map(|l| book.langs[l].clone());
    if !dump {
        return;
    }
    if let Some(l) = lang {
        count_stopwords(&mut a.lines, book, l, &read);
    }
    let has_lang = lang.is_some();

    // Lines repeated on the page (menus shown twice, teaser labels) are
    // boilerplate however they read.
    // Each distinct text is hashed once: lines get the index of their
    // text's counter.
    let mut seen: FxMap<&str, usize> = FxMap::default();
    seen.reserve(live.len());
    let mut counts: Vec<u32> = Vec::with_capacity(live.len());
    let ids: Vec<usize> = live
        .iter()
        .map(|&i| {
            let next = seen.len();
            let id = *seen.entry(a.lines[i].text()).or_insert(next);
            if id == counts.len() {
                counts.push(0);
            }
            counts[id] += 1;
            id
        })
        .collect();
    // A paragraph shown twice (a standfirst above the article and in it,
    // an article printed twice) is the article's at its first showing.
    let mut shown = vec![false; counts.len()];
    let repeats: Vec<u32> = ids
        .iter()
        .zip(&live)
        .map(|(&id, &i)| {
            let line = &a.lines[i];
            if counts[id] == 2
                && !shown[id]
                && prose_weight(line) >= REPEATED_PROSE_WEIGHT
                && line.f.terminal
                && !line.text().ends_with("...")
                && !line.text().ends_with('\u{2026}')
            {
                shown[id] = true;
                return 1;
            }
            counts[id]
        })
        .collect();

    // A list-heavy article (a recipe, tour dates, a product sheet) has many
    // short lines too; a page dump also shows boilerplate: lines the line
    // rules recognized, lines repeated on the page, and menus (blocks of
    // several short title-case lines).
    let menu = menu_lines(&a.lines);
    let evidence = live
        .iter()
        .zip(&repeats)
        .filter(|(&i, &rep)| {
            a.decisions[i].is_some() || menu[i] || (rep > 1 && prose_weight(&a.lines[i]) == 0)
        })
        .count();
    let flagged = live.iter().filter(|&&i| a.decisions[i].is_some()).count();
    // In a language without a phrase pack the line rules see little, so
    // menus and repeats have to carry the decision alone.
    let enough = if lang.is_some() {
        flagged >= MIN_FLAGGED_LINES && evidence >= live.len() / 5
    } else {
        evidence >= live.len() / 4
    };
    if !enough {
        return;
    }
    a.page = true;

    // A prose line between two lines of boilerplate is an island: the
    // blurb of a teaser, a caption, a comment. An article's paragraphs
    // stand next to each other.
    // Each line is asked three times (for itself and for its neighbours):
    // the answers are read once.
    let prose: Vec<bool> = (0..live.len())
        .map(|k| kept_prose(a, &live, &repeats, k))
        .collect();
    let is_prose = |k: usize| prose[k];
    // A byline or a date next to a paragraph marks an article's head, not
    // a teaser.
    let junky = |k: usize| {
        let i = live[k];
        let flagged = a.decisions[i]
            .as_ref()
            .is_some_and(|d| d.who != Who::Builtin(RuleId::Byline));
        flagged || repeats[k] > 1 || menu[i]
    };
    let island: Vec<bool> = (0..live.len())
        .map(|k| {
            let before = k == 0 || !is_prose(k - 1);
            let after = k + 1 == live.len() || !is_prose(k + 1);
            let near_junk = (k > 0 && junky(k - 1)) || (k + 1 < live.len() && junky(k + 1));
            is_prose(k) && before && after && near_junk
        })
        .collect();

    let scores: Vec<f64> = live
        .iter()
        .zip(&repeats)
        .enumerate()
        .map(|(k, (&i, &rep))| {
            let line = &a.lines[i];
            if a.decisions[i].is_some() {
                return FLAGGED_SCORE;
            }
            let p = prose_weight(line);
            if p > 0 && rep == 1 {
                let island_factor = if island[k] { ISLAND_FACTOR } else { 1.0 };
                return f64::from(p) * prose_factor(line, has_lang) * island_factor;
            }
            let w = f64::from(line.weight().min(12));
            -(SHORT_LINE_SCORE + SHORT_LINE_PER_WORD * w)
        })
        .collect();

    // The best-scoring span is the main region; further spans that score
    // well on their own (an article in parts, a list between paragraphs)
    // join it.
    let spans = best_spans(&scores, MAX_SPANS);
    let Some(&(best_lo, best_hi, best)) = spans.first() else {
        return;
    };
    // A best span of a few words (one short paragraph among boilerplate)
    // is no article to cut the page down to: a page whose prose scores
    // nothing keeps its lines, and so does one whose best span holds
    // little more. The weight is read from the lines alone, not from
    // their scores, which depend on the neighbours a second run no longer
    // sees.
    let prose_in_best: u32 = live[best_lo..=best_hi]
        .iter()
        .map(|&i| prose_weight(&a.lines[i]))
        .sum();
    if prose_in_best < MIN_ARTICLE_WEIGHT {
        return;
    }
    let mut regions: Vec<(usize, usize)> = Vec::new();
    for &(lo, hi, score) in &spans {
        if score < best && (score < best * SPAN_SHARE || score < SPAN_MIN) {
            continue;
        }
        // The article's head (headline, standfirst, byline, date) sits just
        // above its first paragraph and scores low; walk back over it until
        // a menu, a repeated line or other boilerplate.
        let mut lo = lo;
        let mut budget = HEAD_LINES;
        let mut widgets = HEAD_WIDGET_LINES;
        while lo > 0 {
            let i = live[lo - 1];
            // Once the budget is spent, the walk still finishes the block
            // it is in (a list running into the article), up to a blank
            // line.
            let same_block = live[lo] == i + 1;
            match &a.decisions[i] {
                Some(d) if matches!(d.who, Who::Builtin(RuleId::Byline | RuleId::Credit)) => {}
                // Share buttons, a loading label and an image credit often
                // stand between the standfirst and the first paragraph.
                Some(d)
                    if widgets > 0
                        && matches!(
                            d.who,
                            Who::Builtin(RuleId::Social | RuleId::Placeholder | RuleId::Copyright)
                        ) =>
                {
                    widgets -= 1;
                }
                Some(_) => break,
                None => {
                    // A standfirst often stands twice (the page's summary
                    // and the article's own); a repeated menu label does
                    // not read as prose.
                    let repeated_label = repeats[lo - 1] > 1 && prose_weight(&a.lines[i]) == 0;
                    if menu[i] || repeated_label || (budget == 0 && !same_block) {
                        break;
                    }
                    budget = budget.saturating_sub(1);
                }
            }
            lo -= 1;
        }
        regions.push((live[lo], live[hi]));
    }
    regions.sort_unstable();
    let (first, last) = (regions[0].0, regions[regions.len() - 1].1);
    let span = |what: &str| {
        Reason::from(format!(
            "{what} the main region (lines {}-{})",
            a.lines[first].number(),
            a.lines[last].last_number()
        ))
    };
    let (before, after, between) = (span("before"), span("after"), span("between parts of"));
    // The gap between two parts of the article that holds a line, in lines
    // of the page, when the line lies in one.
    let rank = |i: usize| live.partition_point(|&j| j < i);
    let small_gaps: Vec<(usize, usize)> = regions
        .windows(2)
        .map(|w| (w[0].1, w[1].0))
        .filter(|&(end, start)| end < start && rank(start) - rank(end) - 1 <= MAX_GAP_LINES)
        .collect();
    let small_gap = |i: usize| small_gaps.iter().any(|&(end, start)| end < i && i < start);
    // Inside the main region, a short line between two lines the line
    // rules removed is part of the same widget ("Submit" between a form's
    // prompts, "Guest" between a comment form and its counter).
    let in_region = |i: usize| regions.iter().any(|&(f, l)| (f..=l).contains(&i));
    let flagged: Vec<bool> = live.iter().map(|&i| a.decisions[i].is_some()).collect();
    // Between two parts of the article, the lines that run on from the
    // first part until a line the line rules removed or a menu entry are
    // the article's too (a recipe's list between its introduction and its
    // notes).
    let mut runs_on = vec![false; live.len()];
    for w in regions.windows(2) {
        let (end, start) = (rank(w[0].1), rank(w[1].0));
        for k in end + 1..start.min(live.len()) {
            if flagged[k] || menu[live[k]] {
                break;
            }
            runs_on[k] = true;
        }
    }
    let sandwiched = |k: usize| k > 0 && k + 1 < live.len() && flagged[k - 1] && flagged[k + 1];
    // A sentence between two lines of a newsletter box, a consent notice,
    // a share bar or a comment form is the widget's own ("Daily news
    // about the politics shaping our world." under "Sign up for our
    // newsletter", over "Email").
    let widget: Vec<bool> = live
        .iter()
        .map(|&i| {
            a.decisions[i].as_ref().is_some_and(|d| {
                matches!(
                    d.who,
                    Who::Builtin(
                        RuleId::Newsletter | RuleId::Consent | RuleId::Social | RuleId::Comments
                    )
                )
            })
        })
        .collect();
    let in_widget = |k: usize| k > 0 && k + 1 < live.len() && widget[k - 1] && widget[k + 1];
    let inside_widget = Reason::Static("short line between removed lines in the main region");
    let mut in_a_widget = vec![false; live.len()];
    for (k, &i) in live.iter().enumerate() {
        let line = &a.lines[i];
        // A sentence of its own ("Spread the cream over the base.")
        // between a recipe's step counters and image buttons is a step.
        // A teaser's title cut short ("Capuchinos invitan a bendición
        // de...") is none.
        let sentence = line.f.terminal
            && line.f.alpha_words >= SANDWICHED_SENTENCE_WORDS
            && !line.text().ends_with("..")
            && !line.text().ends_with('\u{2026}');
        let short = (prose_weight(line) == 0 && !sentence)
            || (line.f.words <= WIDGET_SENTENCE_WORDS && in_widget(k));
        if a.decisions[i].is_none() && short && sandwiched(k) && in_region(i) {
            a.decisions[i] = Some(Decision::builtin(RuleId::MainRegion, inside_widget.clone()));
            in_a_widget[k] = true;
        }
    }
    for (k, &i) in live.iter().enumerate() {
        if a.decisions[i].is_some() || in_region(i) {
            continue;
        }
        let line = &a.lines[i];
        // Between two parts of the article, a line that is no menu entry
        // and not repeated on the page is the article's own (a list, a
        // table, a subheading).
        if !menu[i] && repeats[k] == 1 && small_gap(i) {
            continue;
        }
        if runs_on[k] {
            continue;
        }
        let p = prose_weight(line);
        let needed = if island[k] {
            KEEP_OUTSIDE_ISLAND
        } else {
            KEEP_OUTSIDE_WEIGHT
        };
        if p >= needed && repeats[k] == 1 && prose_factor(line, has_lang) >= 0.5 {
            continue;
        }
        let reason = if i < first {
            &before
        } else if i > last {
            &after
        } else {
            &between
        };
        a.decisions[i] = Some(Decision::builtin(RuleId::MainRegion, reason.clone()));
    }

    // Under the article's last run of paragraphs (in the best-scoring
    // span: a comment thread further down has runs too), once a closing
    // widget (a related-links label, a newsletter box, a comment prompt, a
    // menu) has started, short lines and lone blurbs are teasers and
    // profile boxes.
    // Image credits, share buttons and ads stand between paragraphs too,
    // so they do not start the tail, nor does a short line between them.
    let mut run = 0;
    let mut core_end = None;
    for (k, &i) in live.iter().enumerate() {
        if a.decisions[i].is_some() {
            continue;
        }
        if kept_prose(a, &live, &repeats, k) {
            run += 1;
            if run >= TAIL_CORE_RUN && k <= best_hi {
                core_end = Some(k);
            }
        } else {
            run = 0;
        }
    }
    if let Some(end) = core_end {
        let tail = Reason::Static("under the article's last paragraphs, past a closing widget");
        let mut closed = false;
        for (k, &i) in live.iter().enumerate().skip(end + 1) {
            match &a.decisions[i] {
                Some(d) => {
                    closed |= !in_a_widget[k]
                        && matches!(
                            d.who,
                            Who::Builtin(
                                RuleId::ReadMore
                                    | RuleId::Newsletter
                                    | RuleId::Comments
                                    | RuleId::Navigation
                                    | RuleId::Consent
                                    | RuleId::Footer
                                    | RuleId::MainRegion
                            )
                        );
                }
                None if closed
                    && (a.lines[i].f.words < TAIL_WORDS
                        || (island[k] && a.lines[i].f.words < TAIL_ISLAND_WORDS)) =>
                {
                    a.decisions[i] = Some(Decision::builtin(RuleId::MainRegion, tail.clone()));
                }
                None => {}
            }
        }
    }
    // Last, over what stays, so that a second run sees the same rows.
    remove_repeated_runs(a, &live, &ids);
    remove_pagers(a, &live);
}
