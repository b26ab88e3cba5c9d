//! Lines of a document and the features every rule reads from them.

use std::borrow::Cow;
use std::ops::Range;

/// Splits a text into lines on `\n`, `\r\n` and `\r`, yielding each line's
/// byte offset and its text without the terminator.
pub(crate) fn split_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    // One search over the whole text: a search per line costs its set-up
    // on every short line.
    let mut ends = memchr::memchr2_iter(b'\n', b'\r', bytes);
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        // The `\n` of a `\r\n` pair lies behind `pos` and is passed over.
        match ends.find(|&i| i >= pos) {
            Some(end) => {
                pos = end + 1;
                if bytes[end] == b'\r' && bytes.get(pos) == Some(&b'\n') {
                    pos += 1;
                }
                Some((start, &text[start..end]))
            }
            None => {
                pos = bytes.len();
                Some((start, &text[start..]))
            }
        }
    })
}

/// Markup a scraper left at the start of a line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Marker {
    /// No markup.
    #[default]
    None,
    /// A list bullet: `* `, `+ `, `- `, `• `, `· `.
    Bullet,
    /// A Markdown heading: `# `, `## ` ...
    Heading,
    /// A table row: starts or ends with `|`.
    Table,
}

/// One line of the input, with its normalized text and the features the
/// rules judge it by, each computed once.
///
/// Custom [`Rule`](crate::Rule)s receive a `Line` and decide from it.
///
/// # Examples
///
/// ```
/// use deboil::{Cleaner, Line, Rule, Verdict};
///
/// #[derive(Debug)]
/// struct Shouting;
///
/// impl Rule for Shouting {
///     fn name(&self) -> &str { "shouting" }
///     fn judge(&self, line: &Line<'_>) -> Option<Verdict> {
///         let t = line.text();
///         (line.words() <= 4 && t.chars().any(char::is_alphabetic) && t == t.to_uppercase())
///             .then(|| Verdict::new("short all-caps line"))
///     }
/// }
///
/// let cleaner = Cleaner::builder().rule(Shouting).build()?;
/// let out = cleaner.clean("BREAKING NEWS\n\nThe council met on Monday to vote.");
/// assert_eq!(out, "The council met on Monday to vote.");
/// # Ok::<(), deboil::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Line<'h> {
    raw: &'h str,
    text: Cow<'h, str>,
    number: usize,
    /// Input lines this line stands for: more than one when a hard-wrapped
    /// paragraph was re-joined.
    count: usize,
    span: Range<usize>,
    pub(crate) f: Features,
}

/// Features of a line, computed once when the document is read.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Features {
    /// Characters in the normalized text.
    pub chars: u32,
    /// Characters of the line as the input wrapped it: the normalized
    /// text's before Markdown was taken out of it (a dumper that wraps
    /// its lines counts the link targets it writes).
    pub width: u32,
    /// Whitespace-separated tokens.
    pub words: u32,
    /// Tokens that hold a letter.
    pub alpha_words: u32,
    /// Tokens that start with an uppercase letter.
    pub title_words: u32,
    /// Letters.
    pub letters: u32,
    /// Letters that have case (Latin, Greek, Cyrillic ...); scripts such
    /// as Han, Arabic or Devanagari have none.
    pub cased: u32,
    /// Decimal digits.
    pub digits: u32,
    /// Characters of scripts written without spaces (Han, Kana, Thai ...).
    pub cjk: u32,
    /// The line ends a sentence (`.`, `!`, `?`, `…`, `。`, `！`, `？`,
    /// possibly followed by closing quotes or brackets).
    pub terminal: bool,
    /// Sentence ends inside the line.
    pub sentences: u32,
    /// Leading spaces in the raw line (a layout dumper's nesting).
    pub indent: u32,
    /// Markup at the start of the line.
    pub marker: Marker,
    /// In a Markdown dump, the line held nothing but links or images.
    pub link_only: bool,
    /// Stopwords of the document's language among the line's words.
    pub stopwords: u32,
    /// Words checked for stopwords (a long line is sampled).
    pub checked: u32,
    /// The bytes of [`Mark`]s the text holds, a bit each: a rule that
    /// looks for one of them passes over a line without it.
    pub marks: u8,
}

impl<'h> Line<'h> {
    pub(crate) fn new(number: usize, start: usize, raw: &'h str, text: Cow<'h, str>) -> Line<'h> {
        let f = Features::of(raw, &text);
        Line {
            raw,
            span: start..start + raw.len(),
            text,
            number,
            count: 1,
            f,
        }
    }

    /// A paragraph re-joined from `count` hard-wrapped input lines: `raw`
    /// spans them all (newlines included), `text` is their normalized
    /// texts joined by spaces.
    pub(crate) fn joined(
        number: usize,
        count: usize,
        start: usize,
        raw: &'h str,
        text: String,
    ) -> Line<'h> {
        let mut line = Line::new(number, start, raw, Cow::Owned(text));
        line.count = count;
        line.f.indent = raw.bytes().take_while(|&b| b == b' ' || b == b'\t').count() as u32;
        line
    }

    /// Replaces the text (a Markdown line reduced to its words). Every
    /// feature is read from the new text, as a second run over the output
    /// would read it; only the indent and the width of the line as
    /// written stay.
    pub(crate) fn set_text(&mut self, text: Cow<'h, str>) {
        let (indent, width) = (self.f.indent, self.f.width);
        self.f = Features::of(self.raw, &text);
        self.f.indent = indent;
        self.f.width = width;
        self.text = text;
    }

    /// The number of the last input line this line covers: the same as
    /// [`Line::number`] unless a hard-wrapped paragraph was re-joined.
    pub fn last_number(&self) -> usize {
        self.number + self.count - 1
    }

    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// The line's normalized text (entities decoded, spaces collapsed,
    /// trimmed, in the configured Unicode form).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The line exactly as it appears in the input, without its newline.
    pub fn raw(&self) -> &'h str {
        self.raw
    }

    /// The line number in the input, counting from 1.
    pub fn number(&self) -> usize {
        self.number
    }

    /// The byte range of the line in the input, without its newline.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// Whitespace-separated words in the normalized text.
    pub fn words(&self) -> usize {
        self.f.words as usize
    }

    /// Characters in the normalized text.
    pub fn chars(&self) -> usize {
        self.f.chars as usize
    }

    /// Whether the line ends like a sentence, in any script: `.`, `!`, `?`,
    /// `…`, `。`, `！`, `？`, also when closing quotes or brackets follow.
    pub fn ends_sentence(&self) -> bool {
        self.f.terminal
    }

    /// Whether the line is empty once normalized.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Leading spaces and tabs of the raw line: the nesting depth that
    /// layout dumpers (inscriptis, `lynx -dump`) write.
    pub fn indent(&self) -> usize {
        self.f.indent as usize
    }

    /// A measure of how much text a line carries: words, or for scripts
    /// written without spaces, characters divided by two.
    pub(crate) fn weight(&self) -> u32 {
        self.f.words.max(self.f.cjk / 2)
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff
        | 0xac00..=0xd7af | 0x0e00..=0x0e7f | 0x20000..=0x2ffff)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '\u{201d}'
            | '\u{2019}'
            | '\u{bb}'
            | '\u{203a}'
            | '\u{300d}'
            | '\u{300f}'
            | '\u{ff09}'
            | '*'
            | '_'
    )
}

/// Whether a character is an emoji or a pictograph of the blocks most
/// emoji come from.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1f300..=0x1faff | 0x2600..=0x27bf)
}

/// A line ending in an emoji is a sentence when it has at least this many
/// words with letters.
const EMOJI_SENTENCE_WORDS: u32 = 5;

/// "... und das gefällt mir 😉", "What a day! ❤️": an emoji ends a
/// sentence of informal prose after a sentence mark or five words; a
/// short title may end in one too ("Summer recipes 🍓").
#[cold]
#[inline(never)]
fn emoji_ends_sentence(end: &str, alpha_words: u32) -> bool {
    let end = end.trim_end_matches('\u{fe0f}');
    if !end.chars().next_back().is_some_and(is_emoji) {
        return false;
    }
    let before =
        end.trim_end_matches(|c: char| is_emoji(c) || matches!(c, ' ' | '\u{fe0f}' | '\u{200d}'));
    before.chars().next_back().is_some_and(is_terminal) || alpha_words >= EMOJI_SENTENCE_WORDS
}

pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '\u{3002}'
            | '\u{ff01}'
            | '\u{ff1f}'
            | '\u{ff0e}'
            | '\u{964}'
    )
}

/// What [`Scan::step`] asks of a letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LetterCase {
    alphabetic: bool,
    /// Lowercase or uppercase.
    cased: bool,
    upper: bool,
}

/// The case properties of a character; the blocks most text uses
/// (Latin-1, general punctuation, Cyrillic, kana, CJK ideographs, Hangul,
/// the letters of Hebrew, Arabic and Devanagari) are answered by range,
/// the others by the Unicode tables.
#[inline(always)]
fn letter_case(c: char) -> LetterCase {
    let (alphabetic, cased, upper) = match c as u32 {
        0xc0..=0xd6 | 0xd8..=0xde | 0x400..=0x42f => (true, true, true),
        0xdf..=0xf6 | 0xf8..=0xff | 0x430..=0x45f => (true, true, false),
        0x80..=0xa9 | 0xab..=0xb4 | 0xb6..=0xb9 | 0xbb..=0xbf | 0xd7 | 0xf7 => {
            (false, false, false)
        }
        0x2000..=0x206f | 0x3000..=0x3003 | 0x3008..=0x3011 => (false, false, false),
        0x3041..=0x3096 | 0x30a1..=0x30fa | 0x4e00..=0x9fef => (true, false, false),
        // Hangul syllables, and the letters of Hebrew, Arabic and
        // Devanagari: scripts without case.
        0xac00..=0xd7a3 | 0x5d0..=0x5ea | 0x621..=0x63a | 0x641..=0x64a | 0x905..=0x939 => {
            (true, false, false)
        }
        _ => {
            let upper = c.is_uppercase();
            (c.is_alphabetic(), upper || c.is_lowercase(), upper)
        }
    };
    LetterCase {
        alphabetic,
        cased,
        upper,
    }
}

/// Bytes some rules search a line for, one bit each in
/// [`Features::marks`]; the three bytes a breadcrumb's non-ASCII arrows
/// end with share a bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Mark {
    /// `:`, of labels (`Photo: Reuters`).
    Colon = 1,
    /// `(`, of bracketed credits and form buttons.
    Open = 2,
    /// `/`, of paths, agency credits and breadcrumbs.
    Slash = 4,
    /// `_`, of form fields.
    Underscore = 8,
    /// `>`, of breadcrumbs.
    Greater = 16,
    /// `0xa9`, the last byte of `©` (and of other characters).
    A9 = 32,
    /// `0xbb`, `0xba` or `0x92`: the last bytes of `»`, `›` and `→` (and
    /// of other characters).
    Arrow = 64,
    /// `C`, of `Credit`.
    CapitalC = 128,
}

/// The [`Mark`] bits of each byte.
static BYTE_MARKS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b':' as usize] = Mark::Colon as u8;
    t[b'(' as usize] = Mark::Open as u8;
    t[b'/' as usize] = Mark::Slash as u8;
    t[b'_' as usize] = Mark::Underscore as u8;
    t[b'>' as usize] = Mark::Greater as u8;
    t[0xa9] = Mark::A9 as u8;
    t[0xbb] = Mark::Arrow as u8;
    t[0xba] = Mark::Arrow as u8;
    t[0x92] = Mark::Arrow as u8;
    t[b'C' as usize] = Mark::CapitalC as u8;
    t
};

impl Features {
    /// Whether the text may hold a byte of one of `marks`: `false` says
    /// it holds none.
    #[inline]
    pub(crate) fn may_hold(&self, marks: &[Mark]) -> bool {
        marks.iter().any(|&m| self.marks & m as u8 != 0)
    }
}

/// The running state of the one pass over a line's characters.
///
/// The three flags are [`ON`] or 0: the high bit of a byte, as
/// [`Scan::step_ascii8`] carries them from one chunk to the next, so that
/// no chunk converts them.
#[derive(Default)]
struct Scan {
    in_word: u64,
    /// The word holds a letter; only ever set inside a word.
    word_alpha: u64,
    prev_terminal: u64,
    /// Counts of [`Scan::step_ascii8`] not yet added to the features, in
    /// pairs: a nibble each in every byte, the first count in the low one.
    /// Words and title words ...
    words: u64,
    /// ... letters and digits ...
    letters: u64,
    /// ... words with a letter and sentence ends.
    ends: u64,
    /// Chunks counted in them: a nibble holds fifteen.
    chunks: u32,
}

/// A flag of [`Scan`] that is set.
const ON: u64 = 0x80;

/// Classes of ASCII bytes for [`Scan::step_ascii`].
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const TERMINAL: u8 = 8;
const CLOSING: u8 = 16;

static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'.' | b'!' | b'?') {
            TERMINAL
        } else if matches!(c, b'"' | b'\'' | b')' | b']' | b'*' | b'_') {
            CLOSING
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The high bits of `seed`, carried forward through `run`: a byte's bit is
/// set when it is set in `seed` or in the byte before and the byte is in
/// `run` (a prefix OR in three doubling steps, over the high bit of each
/// byte).
#[inline]
fn prefix_or(mut seed: u64, mut run: u64) -> u64 {
    seed |= (seed << 8) & run;
    run &= run << 8;
    seed |= (seed << 16) & run;
    run &= run << 16;
    seed | ((seed << 32) & run)
}

impl Scan {
    /// A space ends the word and, after a sentence end, the sentence.
    #[inline(always)]
    fn space(&mut self, f: &mut Features) {
        if self.word_alpha != 0 {
            f.alpha_words += 1;
        }
        if self.prev_terminal != 0 {
            f.sentences += 1;
        }
        self.in_word = 0;
        self.word_alpha = 0;
        self.prev_terminal = 0;
    }

    /// Adds the counts of [`Scan::step_ascii8`] kept in nibbles to `f`:
    /// the low nibbles of the eight bytes are summed into the top byte by
    /// one multiplication, and so are the high ones (at most fifteen a
    /// nibble, so at most 120 a sum).
    #[inline(always)]
    fn flush(&mut self, f: &mut Features) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const LOW: u64 = ONES * 0x0f;
        let sum = |x: u64| {
            let lo = ((x & LOW).wrapping_mul(ONES) >> 56) as u32;
            let hi = (((x >> 4) & LOW).wrapping_mul(ONES) >> 56) as u32;
            (lo, hi)
        };
        let (words, title_words) = sum(self.words);
        let (letters, digits) = sum(self.letters);
        let (alpha_words, sentences) = sum(self.ends);
        f.chars += 8 * self.chunks;
        f.words += words;
        f.title_words += title_words;
        f.letters += letters;
        f.cased += letters;
        f.digits += digits;
        f.alpha_words += alpha_words;
        f.sentences += sentences;
        self.words = 0;
        self.letters = 0;
        self.ends = 0;
        self.chunks = 0;
    }

    /// [`Scan::step_ascii`] for eight ASCII bytes at once, `v` holding them
    /// in little-endian order.
    ///
    /// Each class of byte becomes a mask with the high bit of each byte of
    /// the class set; word starts, sentence ends and the words that hold a
    /// letter are found with shifts, and counted, with no branch per word.
    /// The state carried from byte to byte (inside a word, the word holds a
    /// letter, a sentence end pending) enters at byte 0 and leaves from
    /// byte 7.
    #[inline(always)]
    fn step_ascii8(&mut self, f: &mut Features, v: u64) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES << 7;
        // Every byte is below 0x80, so these sums carry into no other
        // byte: the high bit says the byte is at least the bound.
        let at_least = |x: u64, c: u8| x + ONES * u64::from(0x80 - c);
        // The high bit of every byte other than `c`: the byte's difference
        // from `c` (below 0x80 too) is at least 1.
        let ne = |c: u8| at_least(v ^ (ONES * u64::from(c)), 1) & HIGH;
        let word = ne(b' ');
        let space = !word & HIGH;
        let lower = v | (ONES * 0x20);
        let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1) & HIGH;
        // An uppercase letter has bit 5 clear; shifted by two it lands on
        // the high bit of its own byte.
        let upper = letter & !(v << 2);
        let digit = at_least(v, b'0') & !at_least(v, b'9' + 1) & HIGH;
        // Sentence ends and closing marks are punctuation, which most
        // chunks of text lack or hold once or twice: its bytes are looked
        // up one by one, where a comparison of all eight bytes per mark
        // would cost nine of them on every chunk.
        // A capital C is a letter, not punctuation: it is looked for in
        // chunks that hold a capital.
        if upper != 0 && ne(b'C') != HIGH {
            f.marks |= Mark::CapitalC as u8;
        }
        let (mut terminal, mut closing) = (0, 0);
        let mut punct = word & !letter & !digit;
        while punct != 0 {
            let at = punct.trailing_zeros();
            let bit = 1 << at;
            let b = ((v >> (at - 7)) & 0x7f) as usize;
            f.marks |= BYTE_MARKS[b];
            match ASCII_CLASS[b] {
                TERMINAL => terminal |= bit,
                CLOSING => closing |= bit,
                _ => {}
            }
            punct &= punct - 1;
        }

        // The state before byte 0, as the high bit of byte 0.
        let (in_word, alpha, pending) = (self.in_word, self.word_alpha, self.prev_terminal);

        let starts = word & !((word << 8) | in_word);
        // Letters seen so far in each word: a prefix OR that runs inside
        // words and stops at spaces, in three doubling steps.
        let seen = prefix_or(letter | (alpha & word), word);
        // A sentence end is pending after a terminal byte and any closing
        // bytes after it: a prefix OR through runs of closing bytes (in
        // most chunks, none is).
        let seed = terminal | (pending & closing);
        let ended = if seed == 0 {
            0
        } else {
            prefix_or(seed, closing)
        };

        // Two masks' bytes are counted in each accumulator, in the low
        // and the high nibble of every byte: their high bits moved to bit 0
        // and bit 4 and added, with no carry into the next nibble for
        // fifteen chunks. They are summed across bytes only then (a
        // multiplication each), where doing so for every chunk cost three
        // multiplications and eight additions to `f`.
        let pair = |a: u64, b: u64| (a >> 7) | (b >> 3);
        self.words += pair(starts, starts & upper);
        self.letters += pair(letter, digit);
        // A space ends a word, and a sentence when one is pending.
        self.ends += pair(
            space & ((seen << 8) | alpha),
            space & ((ended << 8) | pending),
        );
        self.chunks += 1;
        if self.chunks == 15 {
            self.flush(f);
        }

        self.in_word = word >> 56;
        self.word_alpha = seen >> 56;
        self.prev_terminal = ended >> 56;
    }

    /// [`Scan::step`] for an ASCII byte.
    #[inline(always)]
    fn step_ascii(&mut self, f: &mut Features, b: u8) {
        f.chars += 1;
        f.marks |= BYTE_MARKS[usize::from(b)];
        if b == b' ' {
            self.space(f);
            return;
        }
        let class = ASCII_CLASS[usize::from(b & 0x7f)];
        if self.in_word == 0 {
            f.words += 1;
            self.in_word = ON;
            self.word_alpha = 0;
            f.title_words += u32::from(class == UPPER);
        }
        if class & (UPPER | LOWER) != 0 {
            f.letters += 1;
            f.cased += 1;
            self.word_alpha = ON;
        } else if class == DIGIT {
            f.digits += 1;
        }
        if class == TERMINAL {
            self.prev_terminal = ON;
        } else if class != CLOSING {
            self.prev_terminal = 0;
        }
    }

    #[inline(always)]
    fn step(&mut self, f: &mut Features, c: char) {
        if c.is_ascii() {
            return self.step_ascii(f, c as u8);
        }
        f.chars += 1;
        let mut utf8 = [0u8; 4];
        for &b in c.encode_utf8(&mut utf8).as_bytes() {
            f.marks |= BYTE_MARKS[usize::from(b)];
        }
        if c == ' ' {
            self.space(f);
            return;
        }
        let case = letter_case(c);
        if self.in_word == 0 {
            f.words += 1;
            self.in_word = ON;
            self.word_alpha = 0;
            if case.upper {
                f.title_words += 1;
            }
        }
        if case.alphabetic {
            f.letters += 1;
            if case.cased {
                f.cased += 1;
            }
            self.word_alpha = ON;
            if !c.is_ascii() && is_cjk(c) {
                f.cjk += 1;
            }
        } else if c.is_ascii_digit() {
            f.digits += 1;
        }
        if is_terminal(c) {
            self.prev_terminal = ON;
            if c as u32 > 0x3000 {
                f.sentences += 1;
                self.prev_terminal = 0;
            }
        } else if !is_closing(c) {
            self.prev_terminal = 0;
        }
    }

    /// Runs the scan over a line's text, adding to the counts of `f`;
    /// returns the state after the last character.
    fn run(f: &mut Features, text: &str) -> Scan {
        let mut st = Scan::default();
        // ASCII text skips UTF-8 decoding, and is read eight bytes at a
        // time.
        if text.is_ascii() {
            let b = text.as_bytes();
            let mut chunks = b.chunks_exact(8);
            for chunk in &mut chunks {
                st.step_ascii8(f, crate::bytes::word(chunk));
            }
            for &c in chunks.remainder() {
                st.step_ascii(f, c);
            }
        } else {
            // Runs of ASCII in other text (most of a line with a curly
            // quote or an accented name) are read as in ASCII text.
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if let Some(v) = crate::bytes::word_at(b, i) {
                    if v & 0x8080_8080_8080_8080 == 0 {
                        st.step_ascii8(f, v);
                        i += 8;
                        continue;
                    }
                }
                if b[i] < 0x80 {
                    st.step_ascii(f, b[i]);
                    i += 1;
                } else {
                    let c = text[i..].chars().next().expect("a character starts here");
                    st.step(f, c);
                    i += c.len_utf8();
                }
            }
        }
        st.flush(f);
        st
    }
}

impl Features {
    fn of(raw: &str, text: &str) -> Features {
        let mut f = Features {
            indent: raw.bytes().take_while(|&b| b == b' ' || b == b'\t').count() as u32,
            marker: marker(text),
            ..Features::default()
        };
        let st = Scan::run(&mut f, text);
        if st.word_alpha != 0 {
            f.alpha_words += 1;
        }
        let prev_terminal = st.prev_terminal != 0;
        let end = text.trim_end_matches(is_closing);
        f.terminal = match end.chars().next_back() {
            Some(c) if is_terminal(c) => true,
            Some(c) if (c as u32) < 0x2600 => false,
            Some(_) => emoji_ends_sentence(end, f.alpha_words),
            None => false,
        };
        if f.terminal && !prev_terminal {
            // Closing CJK punctuation was already counted.
        } else if prev_terminal {
            f.sentences += 1;
        }
        f.width = f.chars;
        f
    }
}

fn marker(text: &str) -> Marker {
    let b = text.as_bytes();
    match b {
        [b'*' | b'+' | b'-', b' ', ..] => Marker::Bullet,
        [b'*' | b'+' | b'-'] => Marker::Bullet,
        [b'#', ..] => {
            let hashes = b.iter().take_while(|&&c| c == b'#').count();
            if hashes <= 6 && (b.len() == hashes || b[hashes] == b' ') {
                Marker::Heading
            } else {
                Marker::None
            }
        }
        [b'|', ..] => Marker::Table,
        _ if text.starts_with("\u{2022}") || text.starts_with("\u{b7} ") => Marker::Bullet,
        _ if b.len() > 1 && b[b.len() - 1] == b'|' => Marker::Table,
        _ => Marker::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line<'_> {
        Line::new(1, 0, s, Cow::Borrowed(s.trim()))
    }

    #[test]
    fn splits_every_newline_style() {
        let v: Vec<_> = split_lines("a\r\nb\rc\n\nd").collect();
        assert_eq!(v, vec![(0, "a"), (3, "b"), (5, "c"), (7, ""), (8, "d")]);
        assert_eq!(split_lines("").count(), 0);
        assert_eq!(split_lines("x\n").collect::<Vec<_>>(), vec![(0, "x")]);
        let v: Vec<_> = split_lines("a\r\n\r\nb\r\r\n").collect();
        assert_eq!(v, vec![(0, "a"), (3, ""), (5, "b"), (7, "")]);
    }

    #[test]
    fn sentence_ends_in_any_script_and_behind_quotes() {
        assert!(line("He said it was \u{201c}crushed.\u{201d}").ends_sentence());
        assert!(line("\u{4eca}\u{5929}\u{5f88}\u{597d}\u{3002}").ends_sentence());
        assert!(line("Really?)").ends_sentence());
        assert!(!line("Most Popular").ends_sentence());
        assert!(
            line("Man fühlt sich danach wie ein Badass, und das gefällt mir \u{1f609}")
                .ends_sentence()
        );
        assert!(line("What a day! \u{2764}\u{fe0f}").ends_sentence());
        assert!(!line("Summer recipes \u{1f353}").ends_sentence());
    }

    #[test]
    fn counts() {
        let l = line("  The Cat sat. On 3 mats!");
        assert_eq!(l.f.words, 6);
        assert_eq!(l.f.alpha_words, 5);
        assert_eq!(l.f.title_words, 3);
        assert_eq!(l.f.digits, 1);
        assert_eq!(l.f.sentences, 2);
        assert_eq!(l.f.indent, 2);
    }

    #[test]
    fn eight_bytes_at_a_time_agree_with_one_at_a_time() {
        let alphabet = [
            "a", "Z", "9", " ", ".", "!", "?", "\"", "'", ")", "]", "*", "_", ",", "-", "(", "#",
            "Q", "z", "0", " ", "\u{e9}", "\u{c9}", "\u{2019}", "\u{201d}", "\u{4e2d}", "\u{3002}",
            "\u{2014}", "\u{430}",
        ];
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..100_000 {
            // Half the texts are ASCII, half mixed.
            let letters = if round % 2 == 0 { 21 } else { alphabet.len() };
            let mut text = String::new();
            // A tenth of them long enough to fill the counts kept in
            // nibbles.
            let parts = if round % 10 < 2 { 401 } else { 41 };
            for _ in 0..next() % parts {
                text.push_str(alphabet[(next() % letters as u64) as usize]);
            }
            let (mut f1, mut s1) = (Features::default(), Scan::default());
            for c in text.chars() {
                s1.step(&mut f1, c);
            }
            let mut f2 = Features::default();
            let s2 = Scan::run(&mut f2, &text);
            assert_eq!(format!("{f1:?}"), format!("{f2:?}"), "{text:?}");
            let state = |s: &Scan| (s.in_word, s.word_alpha, s.prev_terminal);
            assert_eq!(state(&s1), state(&s2), "{text:?}");
        }
    }

    #[test]
    fn letter_case_agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let want = LetterCase {
                alphabetic: c.is_alphabetic(),
                cased: c.is_lowercase() || c.is_uppercase(),
                upper: c.is_uppercase(),
            };
            assert_eq!(letter_case(c), want, "{c:?}");
        }
    }

    #[test]
    fn marks_are_the_bytes_the_text_holds() {
        let parts = [
            "a", "Z", " ", ".", ":", "(", ")", "/", "_", ">", "\u{a9}", "\u{bb}", "\u{203a}",
            "\u{2192}", "\u{e9}", "\u{4e2d}", "\u{2019}", "-", "9", "abcdefgh", "Photo: ", "C",
            "Credit", "c",
        ];
        let all = [
            Mark::Colon,
            Mark::Open,
            Mark::Slash,
            Mark::Underscore,
            Mark::Greater,
            Mark::A9,
            Mark::Arrow,
            Mark::CapitalC,
        ];
        for text in crate::bytes::glued(&parts, 20_000, 30) {
            let f = Features::of(&text, &text);
            let b = text.as_bytes();
            let want = |m: Mark| match m {
                Mark::Colon => b.contains(&b':'),
                Mark::Open => b.contains(&b'('),
                Mark::Slash => b.contains(&b'/'),
                Mark::Underscore => b.contains(&b'_'),
                Mark::Greater => b.contains(&b'>'),
                Mark::A9 => b.contains(&0xa9),
                Mark::Arrow => b.iter().any(|&c| matches!(c, 0xbb | 0xba | 0x92)),
                Mark::CapitalC => b.contains(&b'C'),
            };
            for m in all {
                assert_eq!(f.may_hold(&[m]), want(m), "{m:?} in {text:?}");
            }
        }
    }

    #[test]
    fn markers() {
        assert_eq!(marker("* [Home](/)"), Marker::Bullet);
        assert_eq!(marker("## Heading"), Marker::Heading);
        assert_eq!(marker("#hashtag"), Marker::None);
        assert_eq!(marker("| a | b |"), Marker::Table);
        assert_eq!(marker("-5 degrees"), Marker::None);
    }
}
