//! Hard-wrapped text: dumpers such as html2text, pandoc, `lynx -dump` and
//! `w3m -dump` break paragraphs at about 78 columns. A judge that sees the
//! fragments takes each for a short line; the paragraphs are re-joined
//! first, and judged and written whole.

use crate::line::{Line, Marker};

/// Wrapping widths considered, in characters.
const MIN_WIDTH: u32 = 50;
const MAX_WIDTH: u32 = 120;
/// A line filled to within this many characters of the width was wrapped.
const SLACK: u32 = 22;
/// Lines after a filled line that must be read to judge the wrapping.
const MIN_FOLLOWERS: usize = 4;
/// Lines after a filled line that must be read to judge the wrapping of a
/// text whose long lines mostly end short of the width.
const LIST_FOLLOWERS: usize = 20;
/// At least this many lines must reach the width (five paragraphs of two
/// lines: a short story) ...
const MIN_FILLED: usize = 5;

/// Which pass reads the wrapping of lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pass {
    /// Reading the input: lines are as long as the input wrapped them,
    /// Markdown and all. On a Markdown page (`markdown`) the joined lines
    /// are reduced to their text afterwards.
    Read { markdown: bool },
    /// Writing the output: lines are as long as their text, which is what
    /// a second run reads.
    Write,
}

impl Pass {
    fn len(self, line: &Line<'_>) -> u32 {
        match self {
            Pass::Read { .. } => line.f.width,
            Pass::Write => line.f.chars,
        }
    }
}

/// The wrapping width of a document, when it has one: many lines end just
/// short of one width and almost none goes past it. Lines that are only
/// links (a Markdown menu, a dump's list of link targets) are not text
/// the dumper wrapped, and are not counted.
pub(crate) fn wrap_width(lines: &[&Line<'_>], pass: Pass) -> Option<u32> {
    let mut hist = [0u32; (MAX_WIDTH + 2) as usize];
    let mut long = 0usize;
    let mut beyond = 0usize;
    for l in lines.iter() {
        let c = pass.len(l);
        if c < MIN_WIDTH - SLACK || l.f.link_only {
            continue;
        }
        long += 1;
        if c > MAX_WIDTH {
            beyond += 1;
        } else {
            hist[c as usize] += 1;
        }
    }
    if long < MIN_FILLED || beyond * 10 > long {
        return None;
    }
    // The width is the longest length that a good share of lines reach.
    let mut width = 0;
    let mut seen = 0usize;
    for c in (MIN_WIDTH..=MAX_WIDTH).rev() {
        seen += hist[c as usize] as usize;
        if seen * 20 >= long {
            width = c;
            break;
        }
    }
    if width == 0 {
        return None;
    }
    let filled: usize = (width.saturating_sub(SLACK)..=width)
        .map(|c| hist[c as usize] as usize)
        .sum();
    let over: usize = ((width + 3).min(MAX_WIDTH + 1)..=MAX_WIDTH + 1)
        .map(|c| hist[c as usize] as usize)
        .sum::<usize>()
        + beyond;
    // Wrapped lines mostly stop mid-sentence; a list of sentences of one
    // length does not.
    let open = lines
        .iter()
        .filter(|l| pass.len(l) + SLACK >= width && pass.len(l) <= width && !l.f.terminal)
        .count();
    // A wrapped paragraph goes on in lowercase more often than not; a
    // column of titles or sentences does not. (Scripts without case are
    // not re-wrapped: their dumps seldom wrap, and nothing here could
    // tell.)
    let (mut followers, mut lower) = (0usize, 0usize);
    for w in lines.windows(2) {
        let (prev, next) = (w[0], w[1]);
        let filled = pass.len(prev) + SLACK >= width && pass.len(prev) <= width;
        if filled && !next.is_blank() {
            if let Some(c) = next.text().chars().find(|c| c.is_alphabetic()) {
                if c.is_lowercase() || c.is_uppercase() {
                    followers += 1;
                    lower += usize::from(c.is_lowercase());
                }
            }
        }
    }
    let goes_on = followers >= MIN_FOLLOWERS && lower * 5 >= followers * 2;
    // Most long lines reach the width; in a list-heavy text (a recipe, a
    // product sheet) many end short of it, and then nearly every filled
    // line must go on in lowercase.
    let mostly_filled = filled * 2 >= long
        || (filled * 4 >= long && followers >= LIST_FOLLOWERS && lower * 5 >= followers * 4);
    (filled >= MIN_FILLED && mostly_filled && over * 20 <= long && open * 2 >= filled && goes_on)
        .then_some(width)
}

/// Whether a line starts an item of its own (a bullet, a numbered item, a
/// heading, a table row) rather than continuing a paragraph.
fn starts_item(line: &Line<'_>) -> bool {
    if line.f.marker != Marker::None {
        return true;
    }
    let t = line.text();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 3
        && t[digits..].starts_with(['.', ')'])
        && t[digits + 1..].starts_with(' ')
}

/// Re-joins the paragraphs of a hard-wrapped document: a line that
/// reaches the wrapping width continues on the next line unless that line
/// is blank or starts an item of its own.
///
/// Lines broken inside a paragraph for other reasons (a `<br>`, verse)
/// stay apart: joining them would change how a second run reads the
/// output.
///
/// On a Markdown page (`markdown`), whose joined lines are reduced to
/// their text afterwards, a link the wrapping broke in two is joined
/// whole.
pub(crate) fn rejoin<'h>(input: &'h str, lines: Vec<Line<'h>>, markdown: bool) -> Vec<Line<'h>> {
    let view: Vec<&Line<'h>> = lines.iter().collect();
    let pass = Pass::Read { markdown };
    match wrap_width(&view, pass) {
        Some(width) => join_runs(input, lines, |prev, so_far, line| {
            continues(width, prev, so_far, line, pass)
        }),
        None => lines,
    }
}

/// Whether `line` goes on the paragraph that `prev` ends, in a text
/// wrapped at `width`; `so_far` is the paragraph's text up to `prev`.
/// Unless the joined text is reduced afterwards, a join that would write
/// Markdown neither line holds is refused.
pub(crate) fn continues(
    width: u32,
    prev: &Line<'_>,
    so_far: &str,
    line: &Line<'_>,
    pass: Pass,
) -> bool {
    let markdown = pass == Pass::Read { markdown: true };
    let len = pass.len(prev);
    // A Markdown dumper breaks a line early before a long link target:
    // the next line's first word would not have fit.
    let filled = len + SLACK >= width
        || (markdown && len * 2 >= width && len + 1 + first_word(line) > width);
    !starts_item(line)
        && !prev.f.link_only
        && !line.f.link_only
        && filled
        && len <= width + 2
        && (markdown || !makes_markup(so_far, line.text()))
}

/// The characters of a line's first word as the input wrote it.
fn first_word(line: &Line<'_>) -> u32 {
    let raw = line.raw().trim_start();
    raw[..raw.find(' ').unwrap_or(raw.len())].chars().count() as u32
}

/// Whether joining two lines would write Markdown that neither holds
/// alone (`[Ab` and `out](/about)` make a link): a second run would read
/// the joined line differently.
fn makes_markup(prev: &str, next: &str) -> bool {
    use crate::markdown::strip;
    let joined = format!("{prev} {next}");
    let apart = format!("{} {}", strip(prev), strip(next));
    strip(&joined) != apart.as_str()
}

/// Joins runs of non-blank lines where `continues(previous, text of the
/// run so far, line)` holds.
fn join_runs<'h>(
    input: &'h str,
    lines: Vec<Line<'h>>,
    continues: impl Fn(&Line<'h>, &str, &Line<'h>) -> bool,
) -> Vec<Line<'h>> {
    let mut out: Vec<Line<'h>> = Vec::with_capacity(lines.len());
    let mut run: Vec<Line<'h>> = Vec::new();
    let flush = |run: &mut Vec<Line<'h>>, out: &mut Vec<Line<'h>>| {
        flush_run(input, run, out, |text, next| {
            text.push(' ');
            text.push_str(next);
        });
    };
    // The run's text so far, joined as `flush` joins it.
    let mut so_far = String::new();
    for line in lines {
        let joins = match run.last() {
            Some(prev) => !line.is_blank() && continues(prev, &so_far, &line),
            None => false,
        };
        if !joins {
            flush(&mut run, &mut out);
            so_far.clear();
        }
        if line.is_blank() {
            out.push(line);
        } else {
            if !so_far.is_empty() {
                so_far.push(' ');
            }
            so_far.push_str(line.text());
            run.push(line);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A run of sentence fragments is joined only when it holds at least
/// this many words.
const FRAGMENT_MIN_WORDS: u32 = 6;
/// A line between two fragments of a sentence (the text of a link) has at
/// most this many words.
const FRAGMENT_MIDDLE_WORDS: u32 = 6;
/// At most this many such lines stand between two fragments.
const FRAGMENT_MIDDLES: usize = 2;
/// A line of this many words is longer than a line of verse.
const FRAGMENT_LONG_WORDS: u32 = 10;

/// Whether `line` reads as the rest of a sentence that the line before it
/// left open: it starts with a lowercase letter, or with punctuation that
/// closes or goes on a clause (`, a move that`, `.`, `)`).
fn goes_on(line: &Line<'_>) -> bool {
    let t = line.text();
    // Most lines of a page start with a capital or a digit.
    match t.as_bytes().first() {
        None => return false,
        Some(b) if b.is_ascii_uppercase() || b.is_ascii_digit() => return false,
        _ => {}
    }
    let mut chars = t.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if c.is_lowercase() {
        // `o` before a capital is the bullet of a nested list in `lynx`
        // and inscriptis dumps (`o Contact Us`).
        return !(c == 'o'
            && chars.next() == Some(' ')
            && chars.next().is_some_and(char::is_uppercase));
    }
    // Punctuation alone, before a space or before closing quotes;
    // `.NET`, `...more` and a `:-)` are not the end of a sentence.
    let alone = || {
        let rest = chars
            .as_str()
            .trim_start_matches(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')']);
        rest.is_empty() || rest.starts_with(' ')
    };
    match c {
        ',' | ')' => true,
        ';' | ']' | '\u{201d}' | '\u{bb}' | '.' | '!' | '?' | ':' => alone(),
        _ => false,
    }
}

/// Whether a line may take the rest of its sentence from the next line:
/// it is not blank, does not end a sentence and is not a heading, a table
/// row or a line of links.
fn open_fragment(line: &Line<'_>) -> bool {
    !line.is_blank()
        && !line.f.terminal
        && !line.f.link_only
        && !matches!(line.f.marker, Marker::Heading | Marker::Table)
}

/// Whether an open line reads as the start of a sentence that a link
/// broke, not as a name or a label over one (`Jane Doe`, `Markets`):
/// three words or more, not all capitalized.
fn opens_sentence(line: &Line<'_>) -> bool {
    line.f.words >= 3 && line.f.title_words < line.f.words
}

/// Whether `line` may join the fragment before it.
fn joinable(line: &Line<'_>) -> bool {
    !line.is_blank() && !line.f.link_only && !starts_item(line)
}

/// Marks the lines that join the line before them as the rest of its
/// sentence, for a dumper that breaks a paragraph wherever its markup
/// changes (BeautifulSoup's `get_text("\n")` puts every link on a line
/// of its own) or keeps the line breaks of the page's source:
///
/// ```text
/// Some traders found Wednesday's
/// Fed statement
/// to be a bit gloomier than expected.
/// ```
///
/// A line joins an open line before it when it goes on in lowercase or
/// with closing punctuation; one or two short lines that read as a
/// link's text, not as a sentence's start, join when the line after them
/// goes on so and the line before them reads as a sentence's start. A
/// run is joined only when it ends a sentence and holds
/// [`FRAGMENT_MIN_WORDS`] words: a menu of lowercase labels (`news`,
/// `sport`, `weather`) ends none.
pub(crate) fn fragment_joins(lines: &[&Line<'_>]) -> Vec<bool> {
    let mut joins = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !open_fragment(lines[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut words = lines[i].f.words;
        // What tells markup from verse, whose short lines may go on in
        // lowercase too: a link's text between two fragments, a fragment
        // that starts with punctuation, or a line too long for verse.
        let mut broken = lines[i].f.words >= FRAGMENT_LONG_WORDS;
        while !lines[last].f.terminal {
            // The next line that goes on, past at most two short lines.
            let mut k = last + 1;
            let found = loop {
                let Some(l) = lines.get(k).filter(|l| joinable(l)) else {
                    break None;
                };
                if goes_on(l) {
                    break Some(k);
                }
                if k - last > FRAGMENT_MIDDLES
                    || l.f.words > FRAGMENT_MIDDLE_WORDS
                    || l.f.terminal
                    || opens_sentence(l)
                    || !opens_sentence(lines[last])
                {
                    break None;
                }
                k += 1;
            };
            let Some(k) = found else { break };
            let joined = &lines[last + 1..=k];
            words += joined.iter().map(|l| l.f.words).sum::<u32>();
            broken |= k > last + 1
                || !lines[k].text().starts_with(char::is_alphabetic)
                || joined.iter().any(|l| l.f.words >= FRAGMENT_LONG_WORDS);
            last = k;
        }
        if last > i
            && broken
            && lines[last].f.terminal
            && words >= FRAGMENT_MIN_WORDS
            && !joins_make_markup(&lines[i..=last])
        {
            for j in joins.iter_mut().take(last + 1).skip(i + 1) {
                *j = true;
            }
        }
        i = last + 1;
    }
    joins
}

/// Whether joining `run` would write Markdown that none of its lines holds
/// alone (`... [News](/news *[` and `)Sport](/sport)` make a link): a
/// second run would read the joined line differently.
fn joins_make_markup(run: &[&Line<'_>]) -> bool {
    use crate::markdown::strip;
    let mut joined = run[0].text().to_string();
    let mut apart = strip(run[0].text()).into_owned();
    for line in &run[1..] {
        push_joined(&mut joined, line.text());
        push_joined(&mut apart, &strip(line.text()));
        if strip(&joined) != apart.as_str() {
            return true;
        }
    }
    false
}

/// The text of a line joined to the one before it: with a space, unless
/// it starts with a word of closing punctuation (`,`, `."`) or the line
/// before ends with a word of opening brackets or quotes. Punctuation that
/// touches letters (`)more`) is not moved onto another word.
fn push_joined(text: &mut String, next: &str) {
    let marks = |w: &str| !w.is_empty() && !w.chars().any(char::is_alphanumeric);
    let first = next.split(' ').next().unwrap_or("");
    let last = text.rsplit(' ').next().unwrap_or("");
    // A semicolon stays apart: on `&gt` it would make an entity.
    let close = marks(first)
        && first.starts_with([',', '.', ':', '!', '?', ')', ']', '\u{201d}', '\u{bb}']);
    let open = marks(last) && last.ends_with(['(', '[', '\u{201c}', '\u{ab}']);
    if !close && !open {
        text.push(' ');
    }
    text.push_str(next);
}

/// Joins the runs of sentence fragments that [`fragment_joins`] finds.
pub(crate) fn join_fragments<'h>(input: &'h str, lines: Vec<Line<'h>>) -> Vec<Line<'h>> {
    let joins = {
        let view: Vec<&Line<'h>> = lines.iter().collect();
        fragment_joins(&view)
    };
    if !joins.contains(&true) {
        return lines;
    }
    let mut out: Vec<Line<'h>> = Vec::with_capacity(lines.len());
    let mut run: Vec<Line<'h>> = Vec::new();
    for (line, joins) in lines.into_iter().zip(joins) {
        if !joins {
            flush_run(input, &mut run, &mut out, push_joined);
        }
        run.push(line);
    }
    flush_run(input, &mut run, &mut out, push_joined);
    out
}

/// Moves `run` (input lines one after another) to `out`: a single line as
/// it is, two or more as one line, their texts joined by `push`.
fn flush_run<'h>(
    input: &'h str,
    run: &mut Vec<Line<'h>>,
    out: &mut Vec<Line<'h>>,
    push: impl Fn(&mut String, &str),
) {
    if run.len() <= 1 {
        out.append(run);
        return;
    }
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let (start, end) = (first.span().start, last.span().end);
    let count = last.last_number() + 1 - first.number();
    let mut text = String::with_capacity(end - start);
    text.push_str(first.text());
    for l in &run[1..] {
        push(&mut text, l.text());
    }
    let joined = Line::joined(first.number(), count, start, &input[start..end], text);
    run.clear();
    out.push(joined);
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::line::split_lines;

    fn lines(text: &str) -> Vec<Line<'_>> {
        split_lines(text)
            .enumerate()
            .map(|(i, (start, raw))| Line::new(i + 1, start, raw, Cow::Borrowed(raw.trim())))
            .collect()
    }

    /// The texts of the lines that are not blank.
    fn texts<'a>(lines: &'a [Line<'_>]) -> Vec<&'a str> {
        lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(Line::text)
            .collect()
    }

    const WRAPPED: &str = "\
The harbour ferry made its first crossing in four decades on Saturday,
with the mayor, two former deckhands and a brass band on board. The
council voted last autumn to pay for the final repairs and a new landing
stage, after volunteers had spent three winters re-planking the hull.

The crossing takes eleven minutes, against a half-hour drive around the
head of the harbour. The council expects the ferry to run on weekends
from April and every day in the summer, with fares set at two dollars.

  * Tickets at the east quay
  * Bikes ride free

Not everyone is convinced. One councillor said the town had underestimated
what it would cost to keep a wooden boat in the water for thirty years.";

    #[test]
    fn wrapped_paragraphs_are_rejoined() {
        let ls = lines(WRAPPED);
        assert!(wrap_width(&ls.iter().collect::<Vec<_>>(), Pass::Write).is_some());
        let joined = rejoin(WRAPPED, ls, false);
        let texts = texts(&joined);
        assert_eq!(texts.len(), 5, "{texts:#?}");
        assert!(
            texts[0].starts_with("The harbour ferry")
                && texts[0].ends_with("re-planking the hull.")
        );
        assert_eq!(texts[2], "* Tickets at the east quay");
        assert_eq!(joined[0].count(), 4);
        assert_eq!(joined[0].last_number(), 4);
    }

    #[test]
    fn a_short_wrapped_story_is_rejoined() {
        // Five paragraphs of two lines: five lines reach the width.
        let text = "\
Summary: the county diver won the state championship in the event with a
score of 409.30 on Saturday.

The academy junior added to his collection of state titles, winning the
200 yard individual medley for the second year running.

In the 100 yard backstroke, he was beaten by a junior from the north side
for first place at state.

The north side senior took home first in diving for the first time since
the pool reopened.

A senior from the west side finished second in the 50 yard freestyle, a
tenth of a second behind the winner.";
        let ls = lines(text);
        let joined = rejoin(text, ls, false);
        let texts = texts(&joined);
        assert_eq!(texts.len(), 5, "{texts:#?}");
        assert!(texts[1].ends_with("for the second year running."));
    }

    #[test]
    fn a_wrapped_list_heavy_text_is_rejoined() {
        // A recipe: most long lines are list items that end short of the
        // width, but every filled line goes on in lowercase.
        let mut text = String::new();
        for k in 0..24 {
            text.push_str(&format!(
                "Meal {k}: the little green salad of cherry tomatoes, cucumber slices and\n\
                 cooked chicken, with white beans, feta, olive oil and balsamic vinegar.\n\n\
                 Containers: 1 green, 1 red, {k} tsp.\n\n\
                 Portion: 1 cup of grapes and nut butter\n\n\
                 Eat every two to three hours\n\n"
            ));
        }
        let ls = lines(&text);
        let view: Vec<&Line<'_>> = ls.iter().collect();
        assert!(wrap_width(&view, Pass::Write).is_some());
        let joined = rejoin(&text, ls, false);
        assert!(
            joined[0].text().ends_with("balsamic vinegar."),
            "{}",
            joined[0].text()
        );
    }

    #[test]
    fn lines_of_links_do_not_hide_the_wrapping() {
        // A numbered-link dump's list of targets: many lines of middling
        // length below a short wrapped story.
        let mut text = WRAPPED.to_string();
        text.push_str("\n\nReferences\n\n");
        for k in 1..=30 {
            text.push_str(&format!("{k}. https://example.com/topics/{k}\n"));
        }
        let mut ls = lines(&text);
        let view: Vec<&Line<'_>> = ls.iter().collect();
        assert!(wrap_width(&view, Pass::Write).is_none());
        for l in ls.iter_mut().skip(16) {
            l.f.link_only = true;
        }
        let view: Vec<&Line<'_>> = ls.iter().collect();
        assert!(wrap_width(&view, Pass::Write).is_some());
    }

    /// The texts of the lines `join_fragments` gives.
    fn fragments(text: &str) -> Vec<String> {
        let ls = lines(text);
        texts(&join_fragments(text, ls))
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_sentence_broken_at_its_links_is_joined() {
        // BeautifulSoup's `get_text("\n")`: each link on a line of its own.
        let text = "\
Some traders found Wednesday's
Fed statement
to be a bit gloomier than expected.
Verizon is prepping a new streaming app for
tablet
PCs like the
Apple iPad
, a move that could end the need for a set-top box.
One reason may be the concern about Europe: \"there are significant downside risks,
including strains in global financial markets
.\"";
        assert_eq!(
            fragments(text),
            [
                "Some traders found Wednesday's Fed statement to be a bit gloomier than expected.",
                // A piece that reads as a sentence's start is not taken
                // for a link's text: the run starts anew there.
                "Verizon is prepping a new streaming app for",
                "tablet",
                "PCs like the Apple iPad, a move that could end the need for a set-top box.",
                "One reason may be the concern about Europe: \"there are significant downside \
                 risks, including strains in global financial markets.\"",
            ]
        );
        let ls = lines(text);
        let joined = join_fragments(text, ls);
        assert_eq!((joined[0].number(), joined[0].last_number()), (1, 3));
        assert_eq!((joined[4].number(), joined[4].last_number()), (9, 11));
    }

    #[test]
    fn a_paragraph_wrapped_in_the_page_source_is_joined() {
        let text = "\
Emergency services were called to the restaurant's curry-eating challenge,
after competitors started writhing on the floor in agony during the contest.
One participant was so ill after sampling the dish that she had to be taken
by ambulance to the infirmary twice in a matter of hours.";
        assert_eq!(fragments(text).len(), 2, "{:#?}", fragments(text));
    }

    #[test]
    fn lowercase_menus_lists_and_verse_stay_apart() {
        for text in [
            // A menu of lowercase labels ends no sentence.
            "news\nsport\nweather\ntoday's paper\ncorrections",
            // Nested bullets of a `lynx` or inscriptis dump.
            "* Home\n  o Subscribe\n  o Contact Us\n  o Find a Business in S.A.",
            // Verse: short lines that go on in lowercase.
            "The water leaves\nby the back door,\nquiet as a cat,\nand the mud remembers\nevery boat it held.",
            // A headline over its first paragraph.
            "Council approves new bridge\nThe council voted on Tuesday to fund a new bridge.",
            // A sentence's end, then a line in lowercase.
            "The council voted on Tuesday to fund a new bridge.\nand more stories like this",
            // Too few words to tell.
            "See\nmore.",
            // `.NET` starts no clause.
            "Our team writes in C# and\n.NET for the desktop app, with tests in every language.",
            // A list item starts an item of its own.
            "Tickets are sold at the quay and online for every\n- crossing of the day.",
        ] {
            let ls = lines(text);
            let n = ls.len();
            assert_eq!(fragments(text).len(), n, "{text:?}");
        }
    }

    #[test]
    fn unwrapped_text_is_left_alone() {
        let text = "A paragraph that runs on for a long while without any wrapping at all, as scrapers that keep one paragraph per line write it, well past eighty columns.\n\nShort line.\nAnother paragraph that is also long and unwrapped, because the dumper wrote every paragraph on one line of its own.";
        let ls = lines(text);
        assert!(wrap_width(&ls.iter().collect::<Vec<_>>(), Pass::Write).is_none());
        assert_eq!(rejoin(text, ls, false).len(), 4);
    }
}
