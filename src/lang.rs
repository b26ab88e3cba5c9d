//! Phrase packs: per-language stopwords and boilerplate phrases, read from
//! the data files under `data/lang/`, merged into one phrase book.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::{BuildError, BuildErrorKind};
use crate::rule::RuleId;

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

/// A small multiplicative hash for short words; std's SipHash costs more
/// than the lookups it serves here.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ crate::bytes::word(c)).wrapping_mul(K);
        }
        // The last one to seven bytes are mixed in as one word, not one
        // round per byte (a key's tail, and the end mark of every `str`).
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // At most seven bytes: the value fits the low word.
            h = (h.rotate_left(5) ^ load_le(rest) as u64).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Sections of a phrase pack that hold phrases, each feeding one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    Placeholder,
    Share,
    Ads,
    Newsletter,
    Consent,
    Comments,
    ReadMore,
    Copyright,
    Navigation,
    Credit,
    Footer,
    /// A site's sign-off under its articles ("Follow us on Twitter to keep
    /// up with ..."): judges only the last lines of a text.
    SignOff,
    /// The reply button under a comment ("Reply", "Antworten"): with a
    /// date line above it, it marks a comment.
    Reply,
}

impl Category {
    fn from_section(s: &str) -> Option<Category> {
        Some(match s {
            "placeholder" => Category::Placeholder,
            "share" => Category::Share,
            "ads" => Category::Ads,
            "newsletter" => Category::Newsletter,
            "consent" => Category::Consent,
            "comments" => Category::Comments,
            "readmore" => Category::ReadMore,
            "copyright" => Category::Copyright,
            "navigation" => Category::Navigation,
            "credit" => Category::Credit,
            "footer" => Category::Footer,
            "signoff" => Category::SignOff,
            "reply" => Category::Reply,
            _ => return None,
        })
    }

    /// The rule that removes lines matching this section's phrases.
    pub(crate) fn rule(self) -> RuleId {
        match self {
            Category::Placeholder => RuleId::Placeholder,
            Category::Share => RuleId::Social,
            Category::Ads => RuleId::Ads,
            Category::Newsletter => RuleId::Newsletter,
            Category::Consent => RuleId::Consent,
            Category::Comments => RuleId::Comments,
            Category::ReadMore => RuleId::ReadMore,
            Category::Copyright => RuleId::Copyright,
            Category::Navigation => RuleId::Navigation,
            Category::Credit => RuleId::Credit,
            Category::Footer | Category::SignOff => RuleId::Footer,
            Category::Reply => RuleId::Comments,
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of categories, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cats(u16);

impl Cats {
    /// The set of one category.
    pub(crate) fn only(cat: Category) -> Cats {
        Cats(cat.bit())
    }

    pub(crate) fn has(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }

    fn add(&mut self, c: Category) {
        self.0 |= c.bit();
    }

    pub(crate) fn union(self, o: Cats) -> Cats {
        Cats(self.0 | o.0)
    }
}

/// How a phrase matches a line's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Exact,
    Prefix,
    Contains,
    /// A comment header: the line ends with this phrase and a colon
    /// (`jane says:`).
    Header,
}

/// One parsed phrase pack.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pack {
    pub code: String,
    pub stopwords: Vec<String>,
    pub byline: Vec<String>,
    /// `[byline]` words written with a colon (`كتب:`): they make a byline
    /// only with a colon or dash after them, being common words of prose
    /// too.
    pub byline_labels: Vec<String>,
    pub dates: Vec<String>,
    /// `[home]`: the label of a site's home page, the first crumb of a
    /// breadcrumb trail.
    pub home: Vec<String>,
    /// `[agency]`: photo agencies a credit line ends with.
    pub agencies: Vec<String>,
    /// `[wire]`: news agencies written beside a photographer's name with a
    /// slash, as they are written (case kept).
    pub wires: Vec<String>,
    /// `[timestamp]`: words that make a run of numbers a timestamp
    /// ("updated", "ago", "heute").
    pub timestamp: Vec<String>,
    /// `[duration]`: the stems of units of time ("minute", "stunde"), which
    /// alone make no date.
    pub durations: Vec<String>,
    /// `[byline-lead]`: words that may stand before the byline word
    /// ("written", "und", "photos").
    pub leads: Vec<String>,
    /// `[caption-label]`: labels that put a credit after a caption ("Foto:
    /// Archivo"), as written (case kept).
    pub caption_labels: Vec<String>,
    phrases: Vec<(Category, Kind, String)>,
}

/// Parses a phrase pack; `origin` names it in errors.
pub(crate) fn parse_pack(origin: &str, src: &str) -> Result<Pack, BuildError> {
    let err = |n: usize, what: &str| {
        BuildError::new(
            format!("{origin}:{n}"),
            BuildErrorKind::InvalidPack(what.to_string()),
        )
    };
    let mut pack = Pack::default();
    let mut section: Option<&str> = None;
    for (i, raw) in src.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(name.trim());
            continue;
        }
        let Some(sec) = section else {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == "lang" {
                    pack.code = v.trim().to_string();
                }
                continue;
            }
            return Err(err(n, "text before the first [section]"));
        };
        match sec {
            "stopwords" | "byline" | "dates" | "timestamp" | "duration" | "byline-lead" => {
                let words = line.split_whitespace().map(str::to_lowercase);
                match sec {
                    "stopwords" => pack.stopwords.extend(words),
                    "byline" => {
                        for w in words {
                            if let Some(label) = w.strip_suffix(':').filter(|l| !l.is_empty()) {
                                pack.byline_labels.push(label.to_string());
                                pack.byline.push(label.to_string());
                            } else {
                                pack.byline.push(w);
                            }
                        }
                    }
                    "timestamp" => pack.timestamp.extend(words),
                    "duration" => pack.durations.extend(words),
                    "byline-lead" => pack.leads.extend(words),
                    _ => pack.dates.extend(words),
                }
            }
            "wire" => pack
                .wires
                .extend(line.split_whitespace().map(str::to_string)),
            "caption-label" => pack
                .caption_labels
                .extend(line.split_whitespace().map(str::to_string)),
            "home" | "agency" => {
                let phrase = line
                    .strip_prefix('=')
                    .ok_or_else(|| err(n, "a [home] or [agency] line starts with ="))?;
                let phrase = key_of(phrase.trim());
                if phrase.is_empty() {
                    return Err(err(n, "empty phrase"));
                }
                if sec == "home" {
                    pack.home.push(phrase);
                } else {
                    pack.agencies.push(phrase);
                }
            }
            _ => {
                let cat = Category::from_section(sec).ok_or_else(|| err(n, "unknown section"))?;
                let (kind, phrase) = match line.split_at(1) {
                    ("=", p) => (Kind::Exact, p),
                    ("^", p) => (Kind::Prefix, p),
                    ("~", p) => (Kind::Contains, p),
                    ("$", p) => (Kind::Header, p),
                    _ => return Err(err(n, "a phrase line starts with =, ^, ~ or $")),
                };
                // A prefix phrase keeps its punctuation: "above:" names a
                // caption, "above all" is prose.
                let phrase = if kind == Kind::Prefix {
                    phrase.trim().to_lowercase()
                } else {
                    key_of(phrase.trim())
                };
                if phrase.is_empty() {
                    return Err(err(n, "empty phrase"));
                }
                pack.phrases.push((cat, kind, phrase));
            }
        }
    }
    if pack.code.is_empty() {
        return Err(err(0, "no `lang = <code>` line"));
    }
    Ok(pack)
}

/// Lowercases a short text and trims the punctuation, bullets and brackets
/// around it: the form phrases are matched in.
pub(crate) fn key_of(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    key_into(text, &mut s);
    s
}

/// Like [`key_of`], into a reused buffer.
pub(crate) fn key_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        let b = text.as_bytes();
        if let Some(start) = b.iter().position(u8::is_ascii_alphanumeric) {
            let end = b
                .iter()
                .rposition(u8::is_ascii_alphanumeric)
                .map_or(start, |e| e + 1);
            out.push_str(&text[start..end]);
            out.make_ascii_lowercase();
        }
        return;
    }
    let t = text.trim_matches(|c: char| !is_alnum(c));
    if t.is_ascii() {
        out.push_str(t);
        out.make_ascii_lowercase();
    } else {
        out.reserve(t.len());
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Runs of ASCII are copied and folded whole; their end is
            // found eight bytes at a time.
            let start = i;
            loop {
                match crate::bytes::word_at(b, i) {
                    Some(v) => {
                        let high = v & 0x8080_8080_8080_8080;
                        if high == 0 {
                            i += 8;
                            continue;
                        }
                        i += (high.trailing_zeros() / 8) as usize;
                    }
                    None => {
                        while i < b.len() && b[i] < 0x80 {
                            i += 1;
                        }
                    }
                }
                break;
            }
            if i > start {
                let at = out.len();
                out.push_str(&t[start..i]);
                out[at..].make_ascii_lowercase();
                continue;
            }
            let c = t[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            match fold_char(c) {
                Some(l) => out.push(l),
                None => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// `char::is_alphanumeric`, answered by range for the blocks most text
/// uses (the Unicode tables cost a search per character).
fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xc0..=0xd6 | 0xd8..=0xf6 | 0xf8..=0xff | 0x400..=0x45f => true,
        0x3041..=0x3096 | 0x30a1..=0x30fa | 0x4e00..=0x9fef => true,
        // Greek, Hebrew, Arabic and Devanagari letters, Hangul syllables.
        0x391..=0x3a1 | 0x3a3..=0x3a9 | 0x3b1..=0x3c9 | 0x5d0..=0x5ea => true,
        0x621..=0x63a | 0x641..=0x64a | 0x905..=0x939 | 0xac00..=0xd7a3 => true,
        0x80..=0xa9 | 0xab..=0xb1 | 0xb4 | 0xb6..=0xb8 | 0xbb | 0xbf | 0xd7 | 0xf7 => false,
        0x2000..=0x206f | 0x3000..=0x3003 | 0x3008..=0x3011 => false,
        _ => c.is_alphanumeric(),
    }
}

/// The lowercase of a character of the alphabets most text uses (ASCII,
/// Latin-1, Cyrillic) or of a script without case (Hebrew, Arabic, the
/// Indic scripts, Thai, Hangul, CJK, general punctuation), found without
/// the Unicode case table; `None` for others.
fn fold_char(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0..=0x40 | 0x5b..=0xbf | 0xd7 | 0xdf..=0xff | 0x430..=0x45f => u,
        0x590..=0x109f | 0x1100..=0x11ff | 0x2000..=0x206f | 0x3000..=0x9fff => u,
        0xac00..=0xd7ff => u,
        _ => return None,
    };
    char::from_u32(l)
}

/// All phrase packs merged: what the phrase rules and the language guess
/// read.
#[derive(Debug)]
pub(crate) struct PhraseBook {
    exact: FxMap<Box<str>, Cats>,
    /// The longest exact phrase, in bytes: longer keys skip the lookup.
    exact_max: usize,
    prefix: FxMap<Box<str>, Vec<(Box<str>, Cats)>>,
    /// The consent phrases that may open a line (`^` and `~` phrases of
    /// `[consent]`), by their first word: a consent notice of any length
    /// is known by its opening words.
    consent_openers: FxMap<Box<str>, Vec<Box<str>>>,
    contains: Option<AhoCorasick>,
    contains_cats: Vec<Cats>,
    /// The first `contains_start` bytes of every contained phrase, packed,
    /// to one more than the index of their group in `contains_groups`: a
    /// key where no word starts with a whole phrase skips the automaton.
    contains_starts: PackedMap,
    contains_start: usize,
    /// The contained phrases by their first bytes, as indices into
    /// `contains_phrases`.
    contains_groups: Vec<Vec<usize>>,
    contains_phrases: Vec<Box<str>>,
    headers: Vec<Box<str>>,
    stopwords: FxMap<Box<str>, u64>,
    /// Stopwords of at most sixteen ASCII bytes, keyed by their bytes as
    /// an integer: most stopwords, found without hashing a string.
    short_stopwords: PackedMap,
    /// Byline words of at most sixteen ASCII bytes, likewise.
    short_byline: PackedMap,
    /// The longest stopword, in bytes (at most 64).
    max_stopword: usize,
    /// Byline words, with the languages they are byline words of as
    /// bits, as for stopwords.
    pub(crate) byline: FxMap<Box<str>, u64>,
    /// The byline words that need a colon or dash after them
    /// (`[byline]` words written with a colon).
    byline_labels: FxMap<Box<str>, ()>,
    pub(crate) dates: FxMap<Box<str>, ()>,
    pub(crate) langs: Vec<String>,
    /// The one-word share buttons of at most sixteen ASCII bytes, packed.
    share_words: PackedMap,
    /// The `[signoff]` phrases a line starts with ...
    sign_off_prefixes: Vec<Box<str>>,
    /// ... and those it contains.
    sign_off_contains: Option<AhoCorasick>,
    /// The home-page labels of `[home]`, as keys.
    home: Vec<Box<str>>,
    /// The photo agencies of `[agency]`, lowercase ...
    agencies: Vec<Box<str>>,
    /// ... and the last bytes they end with, lowercase: most lines are
    /// turned away by their last byte ...
    agency_ends: [bool; 256],
    /// ... and many others by their last two (ASCII case ignored), a bit
    /// each in a filter of 256 bits: a line with a common last letter ("e",
    /// "s") is compared with the agencies only when the letter before it
    /// fits too. `None` when an agency is shorter than two bytes.
    agency_tails: Option<[u64; 4]>,
    /// The news agencies of `[wire]`, as written.
    wires: Vec<Box<str>>,
    /// The labels of `[caption-label]`, as written.
    caption_labels: Vec<Box<str>>,
    /// The words of `[timestamp]`, `[duration]` and `[byline-lead]`.
    timestamp: FxMap<Box<str>, ()>,
    durations: Stems,
    leads: FxMap<Box<str>, ()>,
}

impl PhraseBook {
    pub(crate) fn new(packs: &[Pack]) -> Result<PhraseBook, BuildError> {
        let mut exact: FxMap<Box<str>, Cats> = FxMap::default();
        let mut prefix: FxMap<Box<str>, Vec<(Box<str>, Cats)>> = FxMap::default();
        let mut consent_openers: FxMap<Box<str>, Vec<Box<str>>> = FxMap::default();
        let mut contains: Vec<String> = Vec::new();
        let mut contains_cats: Vec<Cats> = Vec::new();
        // Where each contained phrase stands in `contains`.
        let mut contains_at: FxMap<Box<str>, usize> = FxMap::default();
        let mut headers: Vec<Box<str>> = Vec::new();
        let mut sign_off_prefixes: Vec<Box<str>> = Vec::new();
        let mut sign_off_contains: Vec<String> = Vec::new();
        let mut stopwords: FxMap<Box<str>, u64> = FxMap::default();
        let mut byline: FxMap<Box<str>, u64> = FxMap::default();
        let mut dates = FxMap::default();
        let mut langs = Vec::new();
        let mut home: Vec<Box<str>> = Vec::new();
        let mut agencies: Vec<Box<str>> = Vec::new();
        let mut wires: Vec<Box<str>> = Vec::new();
        let mut durations: Vec<Box<str>> = Vec::new();
        let mut caption_labels: Vec<Box<str>> = Vec::new();
        let mut timestamp: FxMap<Box<str>, ()> = FxMap::default();
        let mut leads: FxMap<Box<str>, ()> = FxMap::default();
        let mut byline_labels: FxMap<Box<str>, ()> = FxMap::default();
        for pack in packs {
            timestamp.extend(pack.timestamp.iter().map(|w| (w.as_str().into(), ())));
            leads.extend(pack.leads.iter().map(|w| (w.as_str().into(), ())));
            byline_labels.extend(pack.byline_labels.iter().map(|w| (w.as_str().into(), ())));
            for (list, words) in [
                (&mut home, &pack.home),
                (&mut agencies, &pack.agencies),
                (&mut wires, &pack.wires),
                (&mut durations, &pack.durations),
                (&mut caption_labels, &pack.caption_labels),
            ] {
                for w in words {
                    push_new(list, w);
                }
            }
            let bit = if langs.len() < 64 {
                1u64 << langs.len()
            } else {
                0
            };
            langs.push(pack.code.clone());
            for w in &pack.stopwords {
                *stopwords.entry(w.as_str().into()).or_default() |= bit;
            }
            for w in &pack.byline {
                *byline.entry(w.as_str().into()).or_default() |= bit;
            }
            for w in &pack.dates {
                dates.insert(w.as_str().into(), ());
            }
            for (cat, kind, phrase) in &pack.phrases {
                // Sign-off phrases judge only the last lines of a text, so
                // they stay out of the matchers every line goes through.
                if *cat == Category::SignOff {
                    if *kind == Kind::Prefix {
                        push_new(&mut sign_off_prefixes, phrase);
                    } else {
                        push_new(&mut sign_off_contains, phrase);
                    }
                    continue;
                }
                if *cat == Category::Consent && matches!(kind, Kind::Prefix | Kind::Contains) {
                    let list = consent_openers
                        .entry(first_word(phrase).into())
                        .or_default();
                    if !list.iter().any(|p| **p == **phrase) {
                        list.push(phrase.as_str().into());
                    }
                }
                match kind {
                    Kind::Exact => exact.entry(phrase.as_str().into()).or_default().add(*cat),
                    Kind::Prefix => {
                        // The label alone ("Sources:") is matched without
                        // its punctuation, as every line is.
                        let bare = key_of(phrase);
                        if bare != **phrase && !bare.is_empty() {
                            exact.entry(bare.into()).or_default().add(*cat);
                        }
                        let first = first_word(phrase);
                        let list = prefix.entry(first.into()).or_default();
                        match list.iter_mut().find(|(p, _)| **p == **phrase) {
                            Some((_, cats)) => cats.add(*cat),
                            None => list.push((phrase.as_str().into(), Cats::only(*cat))),
                        }
                    }
                    Kind::Header => push_new(&mut headers, phrase),
                    Kind::Contains => match contains_at.get(phrase.as_str()) {
                        Some(&i) => contains_cats[i].add(*cat),
                        None => {
                            contains_at.insert(phrase.as_str().into(), contains.len());
                            contains.push(phrase.clone());
                            contains_cats.push(Cats::only(*cat));
                        }
                    },
                }
            }
        }
        let contains_start = contains.iter().map(String::len).min().unwrap_or(0).min(8);
        let mut group_of: FxMap<u64, usize> = FxMap::default();
        let mut contains_groups: Vec<Vec<usize>> = Vec::new();
        for (k, p) in contains.iter().enumerate() {
            let start = pack_start(p.as_bytes(), contains_start);
            let next = contains_groups.len();
            let g = *group_of.entry(start).or_insert(next);
            if g == next {
                contains_groups.push(Vec::new());
            }
            contains_groups[g].push(k);
        }
        let contains_starts = PackedMap::new(
            group_of
                .iter()
                .map(|(&start, &g)| (u128::from(start), g as u64 + 1)),
        );
        let contains_phrases = contains.iter().map(|p| p.as_str().into()).collect();
        let contains = automaton(&contains)?;
        let share_words = PackedMap::new(
            exact
                .iter()
                .filter(|(k, c)| c.has(Category::Share) && !k.contains(' '))
                .filter_map(|(k, _)| pack16(k))
                .map(|k| (k, 1)),
        );
        let mut agency_ends = [false; 256];
        let mut agency_tails = Some([0u64; 4]);
        for a in &agencies {
            if let Some(&b) = a.as_bytes().last() {
                agency_ends[usize::from(b.to_ascii_lowercase())] = true;
            }
            match (a.as_bytes(), agency_tails.as_mut()) {
                ([.., x, y], Some(tails)) => {
                    let bit = tail_bit(*x, *y);
                    tails[bit / 64] |= 1 << (bit % 64);
                }
                _ => agency_tails = None,
            }
        }
        Ok(PhraseBook {
            caption_labels,
            timestamp,
            durations: Stems::new(durations),
            leads,
            home,
            agencies,
            agency_ends,
            agency_tails,
            wires,
            exact_max: exact.keys().map(|k| k.len()).max().unwrap_or(0),
            exact,
            prefix,
            consent_openers,
            contains,
            contains_cats,
            contains_starts,
            contains_start,
            contains_groups,
            contains_phrases,
            headers,
            share_words,
            sign_off_prefixes,
            sign_off_contains: automaton(&sign_off_contains)?,
            max_stopword: stopwords.keys().map(|k| k.len()).max().unwrap_or(0).min(64),
            short_stopwords: PackedMap::new(
                stopwords
                    .iter()
                    .filter_map(|(k, v)| pack16(k).map(|p| (p, *v))),
            ),
            short_byline: PackedMap::new(byline.keys().filter_map(|k| pack16(k).map(|p| (p, 1)))),
            stopwords,
            byline,
            byline_labels,
            dates,
            langs,
        })
    }

    /// The categories whose phrases match a line's key. `words` is the
    /// line's word count: prefix phrases apply to lines of at most
    /// `PREFIX_WORDS` words, contained phrases to lines of at most
    /// `CONTAINS_WORDS`, so a sentence that mentions a phrase in passing
    /// stays.
    pub(crate) fn matches(&self, key: &str, words: u32) -> Cats {
        let mut cats = Cats::default();
        if key.is_empty() {
            return cats;
        }
        if key.len() > self.exact_max {
            // No exact phrase is that long.
        } else if let Some(c) = self.exact.get(key) {
            cats = cats.union(*c);
        }
        // Counters: "12 Comments", "4,553 Shares", "34 responses to ...".
        if key.as_bytes()[0].is_ascii_digit() && words <= PREFIX_WORDS {
            let rest =
                key.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'));
            // "4.5k shares", not the k of "120 kommentare".
            let rest = rest
                .strip_prefix("k ")
                .unwrap_or(rest)
                .trim_start_matches(' ');
            if !rest.is_empty() && rest.len() < key.len() {
                let found = if words <= 4 {
                    self.exact.get(rest).copied().unwrap_or_default()
                } else {
                    Cats::default()
                };
                let found = found.union(self.prefix_matches(rest));
                cats = cats.union(Cats(found.0 & COUNTERS.0));
            }
        }
        // A count in brackets after a label: "View all (23)", "Comments
        // (12)" (the key has lost the closing bracket).
        if words <= BRACKETED_COUNT_WORDS && key.as_bytes()[key.len() - 1].is_ascii_digit() {
            if let Some(open) = key.rfind(" (") {
                let count = &key[open + 2..];
                // A year in brackets names a work: "Video (2019)".
                let year = count.len() == 4 && (count.starts_with("19") || count.starts_with("20"));
                if !year
                    && count
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                {
                    cats = cats.union(self.exact.get(&key[..open]).copied().unwrap_or_default());
                }
            }
        }
        if words <= PREFIX_WORDS {
            if let Some(colon) = memchr::memchr(b':', key.as_bytes()) {
                // French typography sets a space before a colon ("Source :
                // AFP"): the key is matched as "source: afp".
                if colon > 0 && key.as_bytes()[colon - 1] == b' ' {
                    return cats.union(self.matches(&key.replace(" :", ":"), words));
                }
                // Counters after a label: "Comments: 12", "Reading time: 4
                // minutes".
                let (label, rest) = (&key[..colon], &key[colon + 1..]);
                if words <= LABELLED_COUNTER_WORDS
                    && rest
                        .trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit())
                {
                    let found = self.exact.get(label).copied().unwrap_or_default();
                    cats = cats.union(Cats(found.0 & COUNTERS.0));
                }
            }
        }
        if words <= PREFIX_WORDS {
            cats = cats.union(self.prefix_matches(key));
        }
        if words <= CONTAINS_WORDS {
            if let Some(ac) = self.contains.as_ref().filter(|_| self.may_contain(key)) {
                for m in ac.find_iter(key) {
                    if boundary_before(key, m.start()) && boundary_after(key, m.end()) {
                        cats = cats.union(self.contains_cats[m.pattern().as_usize()]);
                    }
                }
            }
        }
        cats
    }

    /// Whether a contained phrase stands in `key` at a position that may
    /// be a word boundary: a cheap test that spares most keys the
    /// automaton. Every position after a byte that is not an ASCII letter
    /// or digit is tried, a superset of the positions `boundary_before`
    /// accepts; when the test fails, no match the automaton finds is
    /// accepted.
    ///
    /// The positions are found eight bytes at a time: a mask of the bytes
    /// that are ASCII letters or digits, shifted by one byte, and a mask of
    /// the continuation bytes strike the positions no phrase starts at.
    fn may_contain(&self, key: &str) -> bool {
        let n = self.contains_start;
        let b = key.as_bytes();
        if n == 0 || b.len() < n {
            return n == 0;
        }
        // Positions up to `last` are tried.
        let last = b.len() - n;
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES << 7;
        let mut after_alnum = 0u64;
        let mut i = 0;
        while i + 8 <= b.len() && i <= last {
            let v = crate::bytes::word(&b[i..i + 8]);
            let alnum = alnum_bits(v);
            let continuation = v & !(v << 1) & HIGH;
            let mut tried = !((alnum << 8) | after_alnum) & !continuation & HIGH;
            while tried != 0 {
                let at = i + (tried.trailing_zeros() / 8) as usize;
                if at > last {
                    return false;
                }
                if self.starts_contained(&b[at..]) {
                    return true;
                }
                tried &= tried - 1;
            }
            after_alnum = alnum >> 56;
            i += 8;
        }
        let mut after_alnum = after_alnum != 0;
        while i <= last {
            let c = b[i];
            // A phrase starts on a character, never on a UTF-8
            // continuation byte.
            if !after_alnum && c & 0xc0 != 0x80 && self.starts_contained(&b[i..]) {
                return true;
            }
            after_alnum = c.is_ascii_alphanumeric();
            i += 1;
        }
        false
    }

    /// Whether `b` (at least `contains_start` bytes) starts with a
    /// contained phrase.
    ///
    /// Most positions [`PhraseBook::may_contain`] tries start no phrase's
    /// first bytes: the lookup is inlined into its loop, the comparison
    /// with the phrases is not.
    #[inline(always)]
    fn starts_contained(&self, b: &[u8]) -> bool {
        match self
            .contains_starts
            .get(u128::from(pack_start(b, self.contains_start)))
        {
            0 => false,
            g => self.starts_with_group(b, g as usize - 1),
        }
    }

    /// Whether `b` starts with a contained phrase of group `g` of
    /// `contains_groups`.
    #[inline(never)]
    fn starts_with_group(&self, b: &[u8], g: usize) -> bool {
        self.contains_groups[g]
            .iter()
            .any(|&k| b.starts_with(self.contains_phrases[k].as_bytes()))
    }

    fn prefix_matches(&self, key: &str) -> Cats {
        let mut cats = Cats::default();
        let first = first_word(key);
        if let Some(list) = self.prefix.get(first) {
            for (p, c) in list {
                if key.starts_with(&**p) && boundary_after(key, p.len()) {
                    cats = cats.union(*c);
                }
            }
        }
        cats
    }

    /// Whether a long line is a consent notice: it mentions cookies and
    /// opens with a consent phrase ("This website uses cookies to improve
    /// your experience ..."). The phrases' length limits keep a sentence
    /// that mentions them in passing; a notice is known by how it starts.
    /// `key` is a buffer for the key of the line's first words.
    pub(crate) fn opens_consent(&self, text: &str, key: &mut String) -> bool {
        if COOKIE.find(text.as_bytes()).is_none() {
            return false;
        }
        let mut head = text.len().min(CONSENT_HEAD);
        while !text.is_char_boundary(head) {
            head -= 1;
        }
        key_into(&text[..head], key);
        self.consent_openers
            .get(first_word(key))
            .is_some_and(|list| {
                list.iter()
                    .any(|p| key.starts_with(&**p) && boundary_after(key, p.len()))
            })
    }

    /// Whether a line is a comment header (`jane says:`, `Max schreibt:`):
    /// at most ten words, a colon at the end, and a header phrase before it.
    pub(crate) fn is_comment_header(&self, text: &str, key: &str, words: u32) -> bool {
        words <= 10
            && text.ends_with(':')
            && self
                .headers
                .iter()
                .any(|h| key.ends_with(&**h) && boundary_before(key, key.len() - h.len()))
    }

    /// The languages a lowercase word is a stopword of, as bits in the
    /// order of [`PhraseBook::langs`].
    pub(crate) fn stopword(&self, word: &str) -> u64 {
        match pack16(word) {
            Some(k) => self.short_stopwords.get(k),
            None => self.stopwords.get(word).copied().unwrap_or(0),
        }
    }

    /// Like [`PhraseBook::stopword`] for a word as it stands in the text:
    /// punctuation around it is ignored and case folded, without
    /// allocating for ASCII words.
    pub(crate) fn stopword_of(&self, raw: &str) -> u64 {
        // Most words are short and ASCII: folded and looked up as one
        // integer.
        if let Some(k) = pack16_lower(trim_ascii_punct(raw.as_bytes())) {
            return self.short_stopwords.get(k);
        }
        with_lower(raw, self.max_stopword, 0, |w| self.stopword(w))
    }

    /// Calls `f` with the stopword masks of the words of a normalized
    /// line, one for each word of `text.split(' ')` after the first `skip`
    /// and at most `take` of them, as [`PhraseBook::stopword_of`] gives
    /// them.
    ///
    /// A loop of its own, not an iterator the caller drives: the callers'
    /// loops sit in large functions, where the iterator's state was kept
    /// in memory rather than in registers.
    #[inline(never)]
    pub(crate) fn word_masks(&self, text: &str, skip: usize, take: usize, mut f: impl FnMut(u64)) {
        let mut words = words(text);
        if !words.pass(skip) {
            return;
        }
        for w in words.take(take) {
            f(match w {
                Word::Packed(k) => self.short_stopwords.get(k),
                Word::Raw(w) => self.stopword_of(w),
            });
        }
    }

    /// Whether one of the first `n` words of a normalized line (words of
    /// `text.split(' ')`) is a byline word, as
    /// [`PhraseBook::is_byline_token`] tells.
    pub(crate) fn has_byline_token(&self, text: &str, n: usize) -> bool {
        words(text).take(n).any(|w| match w {
            Word::Packed(k) => self.short_byline.get(k) != 0,
            Word::Raw(w) => self.is_byline_token(w),
        })
    }

    /// Like [`PhraseBook::is_byline_word`] for a word as it stands in the
    /// text.
    pub(crate) fn is_byline_token(&self, raw: &str) -> bool {
        if let Some(k) = pack16_lower(trim_ascii_punct(raw.as_bytes())) {
            return self.short_byline.get(k) != 0;
        }
        with_lower(raw, 64, false, |w| self.byline.contains_key(w))
    }

    /// Whether a key is the label of a site's home page (`[home]`).
    pub(crate) fn is_home_label(&self, key: &str) -> bool {
        self.home.iter().any(|h| **h == *key)
    }

    /// Whether a text ends with a photo agency of `[agency]` (ASCII case
    /// ignored) that `credited` accepts what stands before.
    pub(crate) fn ends_with_agency(&self, t: &str, credited: impl Fn(&str) -> bool) -> bool {
        let n = t.len();
        let Some(&last) = t.as_bytes().last() else {
            return false;
        };
        if !self.agency_ends[usize::from(last.to_ascii_lowercase())] {
            return false;
        }
        if let Some(tails) = &self.agency_tails {
            // Every agency has two bytes or more.
            let [.., x, y] = t.as_bytes() else {
                return false;
            };
            let bit = tail_bit(*x, *y);
            if tails[bit / 64] & (1 << (bit % 64)) == 0 {
                return false;
            }
        }
        self.agencies.iter().any(|a| {
            n >= a.len()
                && t.is_char_boundary(n - a.len())
                && t[n - a.len()..].eq_ignore_ascii_case(a)
                && credited(&t[..n - a.len()])
        })
    }

    /// Whether a lowercase word makes numbers a timestamp (`[timestamp]`).
    pub(crate) fn is_timestamp_word(&self, word: &str) -> bool {
        self.timestamp.contains_key(word)
    }

    /// Whether a lowercase word is a unit of time (`[duration]`): it starts
    /// with one of the stems.
    pub(crate) fn is_duration_word(&self, word: &str) -> bool {
        self.durations.any_starts(word)
    }

    /// Whether a lowercase word may stand before a byline word
    /// (`[byline-lead]`).
    pub(crate) fn is_byline_lead(&self, word: &str) -> bool {
        self.leads.contains_key(word)
    }

    /// The caption label (`[caption-label]`, as written) that `text` ends
    /// with, if any.
    pub(crate) fn caption_label_before(&self, text: &str) -> Option<&str> {
        // The longest, should one label end another.
        self.caption_labels
            .iter()
            .filter(|l| text.ends_with(&***l))
            .max_by_key(|l| l.len())
            .map(|l| &**l)
    }

    /// Whether a word is a news agency of `[wire]`, as written.
    pub(crate) fn is_wire(&self, word: &str) -> bool {
        self.wires.iter().any(|w| **w == *word)
    }

    pub(crate) fn is_date_word(&self, word: &str) -> bool {
        self.dates.contains_key(word)
    }

    pub(crate) fn is_byline_word(&self, word: &str) -> bool {
        self.byline.contains_key(word)
    }

    /// Whether a lowercase byline word makes a byline only with a colon or
    /// dash after it (`كتب:` in a pack's `[byline]`).
    pub(crate) fn byline_needs_separator(&self, word: &str) -> bool {
        self.byline_labels.contains_key(word)
    }

    /// The languages a lowercase word is a byline word of, as bits in the
    /// order of [`PhraseBook::langs`].
    pub(crate) fn byline_langs(&self, word: &str) -> u64 {
        self.byline.get(word).copied().unwrap_or(0)
    }
}

/// The bit of [`PhraseBook::agency_tails`] for a text that ends with the
/// bytes `x` and `y`, ASCII case ignored.
fn tail_bit(x: u8, y: u8) -> usize {
    let h = (usize::from(x.to_ascii_lowercase()) << 8) | usize::from(y.to_ascii_lowercase());
    (h.wrapping_mul(0x9e37) >> 8) & 0xff
}

/// A list of stems, filed by their first two bytes: a word is compared
/// with the few stems that open as it does, not with every stem of every
/// pack.
#[derive(Debug, Default)]
struct Stems {
    /// Stems of two bytes or more, by their first two bytes.
    by_head: FxMap<[u8; 2], Vec<Box<str>>>,
    /// Shorter stems, compared with every word.
    short: Vec<Box<str>>,
}

impl Stems {
    fn new(stems: Vec<Box<str>>) -> Stems {
        let mut set = Stems::default();
        for s in stems {
            match s.as_bytes() {
                [a, b, ..] => set.by_head.entry([*a, *b]).or_default().push(s),
                _ => set.short.push(s),
            }
        }
        set
    }

    /// Whether `word` starts with one of the stems.
    fn any_starts(&self, word: &str) -> bool {
        let starts = |list: &[Box<str>]| list.iter().any(|s| word.starts_with(&**s));
        starts(&self.short)
            || match word.as_bytes() {
                [a, b, ..] => self.by_head.get(&[*a, *b]).is_some_and(|l| starts(l)),
                _ => false,
            }
    }
}

/// A word of at most sixteen ASCII bytes as an integer, with ASCII
/// uppercase letters folded to lowercase; `None` for other words.
fn pack16_lower(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    let x = load_le(w);
    if x & HIGH != 0 {
        return None;
    }
    Some(fold_ascii(x))
}

/// The high bit of each of the sixteen bytes of a packed word.
const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
/// One in each byte.
const ONES: u128 = HIGH >> 7;

/// ASCII uppercase letters of a packed word folded to lowercase; every
/// byte must be below 0x80.
fn fold_ascii(x: u128) -> u128 {
    // Every byte is below 0x80, so these sums carry into no other byte:
    // the high bit of a byte says it is at least `A`, resp. above `Z`.
    let at_least_a = x + ONES * 0x3f;
    let above_z = x + ONES * 0x25;
    let upper = at_least_a & !above_z & HIGH;
    x | (upper >> 2)
}

/// The high bit of every space among the eight bytes of `v` (exact for
/// any bytes: no carry runs between bytes).
#[inline(always)]
fn space_bits(v: u64) -> u64 {
    crate::bytes::zero_bytes(v ^ 0x2020_2020_2020_2020)
}

/// The bytes of `b` from `at` (at most eight of them; `at` below
/// `b.len()`) as a little-endian integer, zero-padded past the end.
#[inline(always)]
fn load8_from(b: &[u8], at: usize) -> u64 {
    match crate::bytes::word_at(b, at) {
        Some(v) => v,
        None => load_le(&b[at..]) as u64,
    }
}

/// The high bit of every byte of `v` that is an ASCII letter or digit.
#[inline(always)]
fn alnum_bits(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    // On the low seven bits sums carry into no other byte: the high bit
    // says the byte is at least the bound. Bytes of 0x80 and above are
    // struck afterwards.
    let low = v & !HIGH;
    let at_least = |x: u64, c: u8| x + ONES * u64::from(0x80 - c);
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (letter | digit) & !v & HIGH
}

/// ASCII uppercase letters of a word of at most eight bytes, all below
/// 0x80, folded to lowercase (as [`fold_ascii`] folds sixteen).
#[inline(always)]
fn fold_ascii8(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    let upper = (w + ONES * 0x3f) & !(w + ONES * 0x25) & HIGH;
    w | (upper >> 2)
}

/// A word of a normalized line, as [`words`] finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word<'a> {
    /// An ASCII word of at most sixteen bytes with a letter or digit at
    /// both ends, folded to lowercase and packed as [`pack16_lower`]
    /// packs it: the word its lookups trim and fold it to.
    Packed(u128),
    /// Any other word, as it stands.
    Raw(&'a str),
}

/// The words of a normalized line, one for each word of `text.split(' ')`.
///
/// The spaces are found eight bytes at a time, as a mask with the high
/// bit of each space set; a word ends at the next bit of the mask. An
/// ASCII word of at most sixteen bytes with a letter or digit at both ends
/// (most words) is then loaded and folded as it stands, without the
/// per-byte trimming of [`PhraseBook::stopword_of`].
fn words(text: &str) -> Words<'_> {
    let b = text.as_bytes();
    Words {
        text,
        pos: 0,
        base: 0,
        spaces: if b.is_empty() {
            0
        } else {
            space_bits(load8_from(b, 0))
        },
        done: false,
    }
}

/// The iterator of [`words`].
struct Words<'a> {
    text: &'a str,
    /// Where the next word starts.
    pos: usize,
    /// Where the eight bytes whose spaces `spaces` holds start.
    base: usize,
    /// The spaces among the eight bytes from `base` that end no word yet.
    spaces: u64,
    /// The last word was given.
    done: bool,
}

impl<'a> Words<'a> {
    /// Where the next word ends: at the next space, or at the end of the
    /// text for the last word.
    #[inline(always)]
    fn next_end(&mut self) -> Option<usize> {
        if self.done {
            return None;
        }
        let b = self.text.as_bytes();
        while self.spaces == 0 {
            self.base += 8;
            if self.base >= b.len() {
                self.done = true;
                return Some(b.len());
            }
            self.spaces = space_bits(load8_from(b, self.base));
        }
        let end = self.base + (self.spaces.trailing_zeros() / 8) as usize;
        self.spaces &= self.spaces - 1;
        Some(end)
    }

    /// The word of `start..end`, packed when it can be.
    #[inline(always)]
    fn word(&self, start: usize, end: usize) -> Word<'a> {
        let b = self.text.as_bytes();
        let len = end - start;
        if (1..=16).contains(&len)
            && !ASCII_PUNCT[usize::from(b[start])]
            && !ASCII_PUNCT[usize::from(b[end - 1])]
        {
            // Most words: read and folded in one `u64`.
            if let Some(v) = crate::bytes::word_at(b, start).filter(|_| len <= 8) {
                let w = v & (u64::MAX >> (64 - 8 * len));
                if w & 0x8080_8080_8080_8080 == 0 {
                    return Word::Packed(u128::from(fold_ascii8(w)));
                }
                return Word::Raw(&self.text[start..end]);
            }
            let x = load_le(&b[start..end]);
            if x & HIGH == 0 {
                return Word::Packed(fold_ascii(x));
            }
        }
        Word::Raw(&self.text[start..end])
    }

    /// Passes over the next `n` words, which are only split, never
    /// packed; false when fewer remained.
    #[inline]
    fn pass(&mut self, n: usize) -> bool {
        for _ in 0..n {
            match self.next_end() {
                Some(end) => self.pos = end + 1,
                None => return false,
            }
        }
        true
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Word<'a>> {
        let end = self.next_end()?;
        let start = self.pos;
        self.pos = end + 1;
        Some(self.word(start, end))
    }
}

/// The bytes of `w` (one to sixteen of them) as a little-endian integer,
/// zero-padded; read with two overlapping loads rather than a copy of
/// variable length.
#[inline]
fn load_le(w: &[u8]) -> u128 {
    let n = w.len();
    let word = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&w[at..at + 8]);
        u64::from_le_bytes(b)
    };
    let half = |at: usize| {
        let mut b = [0u8; 4];
        b.copy_from_slice(&w[at..at + 4]);
        u64::from(u32::from_le_bytes(b))
    };
    if n >= 8 {
        let high = if n > 8 {
            word(n - 8) >> (8 * (16 - n))
        } else {
            0
        };
        u128::from(word(0)) | u128::from(high) << 64
    } else if n >= 4 {
        let high = if n > 4 {
            half(n - 4) >> (8 * (8 - n))
        } else {
            0
        };
        u128::from(half(0) | high << 32)
    } else {
        w.iter().rev().fold(0u128, |x, &b| x << 8 | u128::from(b))
    }
}

/// [`pack16_lower`] of a word already in lowercase.
fn pack16(word: &str) -> Option<u128> {
    pack16_lower(word.as_bytes())
}

/// The first `n` (at most eight, at most `b.len()`) bytes of `b` as an
/// integer.
fn pack_start(b: &[u8], n: usize) -> u64 {
    if n == 8 {
        return crate::bytes::word(&b[..8]);
    }
    let mut w = [0u8; 8];
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

/// A word without the ASCII punctuation around it, as [`with_lower`]
/// trims it.
fn trim_ascii_punct(b: &[u8]) -> &[u8] {
    let (mut s, mut e) = (0, b.len());
    while s < e && ASCII_PUNCT[usize::from(b[s])] {
        s += 1;
    }
    while e > s && ASCII_PUNCT[usize::from(b[e - 1])] {
        e -= 1;
    }
    &b[s..e]
}

/// Bytes that are ASCII but not a letter or digit: one table load per
/// byte where the two tests cost several instructions.
static ASCII_PUNCT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii() && !c.is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A map from packed words (never zero) to bits, with open addressing:
/// a lookup is a multiplication and a probe or two.
///
/// A bit set of eight bits per slot, filled from the same hash, stands in
/// front of the slots: a word that is not in the map (most lookups of
/// stopwords in prose are misses) is turned away by a test in a table an
/// eighth of the slots' size that stays in the L1 cache.
#[derive(Debug, Default)]
struct PackedMap {
    slots: Vec<(u128, u64)>,
    shift: u32,
    filter: Vec<u64>,
}

impl PackedMap {
    fn new(items: impl Iterator<Item = (u128, u64)>) -> PackedMap {
        let items: Vec<(u128, u64)> = items.collect();
        let cap = (items.len() * 2).next_power_of_two().max(16);
        let mut map = PackedMap {
            slots: vec![(0, 0); cap],
            shift: 64 - cap.trailing_zeros(),
            filter: vec![0; cap * 8 / 64],
        };
        for (k, v) in items {
            let h = PackedMap::hash(k);
            let f = map.filter_bit(h);
            map.filter[f / 64] |= 1 << (f % 64);
            let mut i = (h >> map.shift) as usize;
            while map.slots[i].0 != 0 && map.slots[i].0 != k {
                i = (i + 1) & (cap - 1);
            }
            map.slots[i] = (k, map.slots[i].1 | v);
        }
        map
    }

    fn hash(k: u128) -> u64 {
        let h = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    /// The filter bit of a hash: the slot's top bits and three more.
    fn filter_bit(&self, h: u64) -> usize {
        (h >> (self.shift - 3)) as usize
    }

    #[inline]
    fn get(&self, k: u128) -> u64 {
        let h = PackedMap::hash(k);
        let f = self.filter_bit(h);
        if self.filter[f / 64] & (1 << (f % 64)) == 0 {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        loop {
            let (key, v) = self.slots[i];
            if key == k {
                return v;
            }
            if key == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Calls `f` with a word trimmed of the punctuation around it and
/// lowercased; ASCII words are folded on the stack. Words longer than
/// `max` bytes get `default`.
#[inline(never)]
fn with_lower<R>(raw: &str, max: usize, default: R, f: impl FnOnce(&str) -> R) -> R {
    let w = trim_ascii_punct(raw.as_bytes());
    if w.is_empty() || w.len() > max {
        return default;
    }
    if w.is_ascii() && w.len() <= 64 {
        let mut buf = [0u8; 64];
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w);
        buf.make_ascii_lowercase();
        return match std::str::from_utf8(buf) {
            Ok(k) => f(k),
            Err(_) => default,
        };
    }
    // Other words fold on the stack too, up to 64 bytes.
    let w = raw.trim_matches(|c: char| !is_alnum(c));
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in w.chars() {
        let mut push = |l: char| {
            let len = l.len_utf8();
            if n + len > buf.len() || n + len > max {
                return false;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
            true
        };
        let fits = match fold_char(c) {
            Some(l) => push(l),
            None => c.to_lowercase().all(push),
        };
        if !fits {
            return default;
        }
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(k) if n > 0 => f(k),
        _ => default,
    }
}

/// Prefix phrases only judge lines of at most this many words.
pub(crate) const PREFIX_WORDS: u32 = 14;
/// The bytes of a long line whose key is read for a consent phrase.
const CONSENT_HEAD: usize = 160;

/// "ookie" of "cookie", "Cookie", "COOKIE" in most languages.
static COOKIE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ookie"));

/// A label with a count in brackets after it has at most this many words.
const BRACKETED_COUNT_WORDS: u32 = 5;

/// A label with a counter after its colon ("Comments: 12") has at most
/// this many words.
const LABELLED_COUNTER_WORDS: u32 = 5;
/// The categories whose phrases may stand beside a number as a counter:
/// "12 Comments", "4,553 Shares", "Reading time: 4 minutes".
const COUNTERS: Cats = Cats(
    Category::Share.bit()
        | Category::Comments.bit()
        | Category::Footer.bit()
        | Category::Placeholder.bit(),
);
/// Contained phrases only judge lines of at most this many words.
pub(crate) const CONTAINS_WORDS: u32 = 45;

/// The leading run of letters and digits: the bucket a prefix phrase is
/// filed under, so that "above:" and "above" meet.
fn first_word(s: &str) -> &str {
    // ASCII letters and digits are passed over eight bytes at a time, then
    // byte by byte; from the first other byte on, characters are decoded.
    let b = s.as_bytes();
    let mut ascii = 0;
    while let Some(v) = crate::bytes::word_at(b, ascii) {
        let other = !alnum_bits(v) & 0x8080_8080_8080_8080;
        if other != 0 {
            ascii += (other.trailing_zeros() / 8) as usize;
            break;
        }
        ascii += 8;
    }
    while ascii < b.len() && b[ascii].is_ascii_alphanumeric() {
        ascii += 1;
    }
    if ascii == b.len() || b[ascii] < 0x80 {
        return &s[..ascii];
    }
    let end = s[ascii..]
        .char_indices()
        .find(|&(_, c)| !is_alnum(c))
        .map_or(s.len(), |(i, _)| ascii + i);
    &s[..end]
}

fn boundary_after(key: &str, at: usize) -> bool {
    match key[at..].chars().next() {
        None => true,
        Some(c) => !is_alnum(c),
    }
}

fn boundary_before(key: &str, at: usize) -> bool {
    match key[..at].chars().next_back() {
        None => true,
        Some(c) => !is_alnum(c),
    }
}

/// The embedded packs, parsed once per process.
pub(crate) static EMBEDDED: LazyLock<Result<Vec<Pack>, BuildError>> = LazyLock::new(|| {
    PACK_SOURCES
        .iter()
        .map(|(name, src)| parse_pack(name, src))
        .collect()
});

/// The phrase book of the embedded packs, built once per process and
/// shared by every cleaner that adds no pack of its own.
pub(crate) static EMBEDDED_BOOK: LazyLock<Result<Arc<PhraseBook>, BuildError>> =
    LazyLock::new(|| match &*EMBEDDED {
        Ok(packs) => PhraseBook::new(packs).map(Arc::new),
        Err(e) => Err(e.clone()),
    });

/// Adds `w` to a short list of distinct words or phrases, unless it is
/// there already.
fn push_new<T: AsRef<str> + for<'a> From<&'a str>>(list: &mut Vec<T>, w: &str) {
    if !list.iter().any(|x| x.as_ref() == w) {
        list.push(T::from(w));
    }
}

/// The automaton that finds `phrases` anywhere in a key; none for none.
fn automaton(phrases: &[String]) -> Result<Option<AhoCorasick>, BuildError> {
    if phrases.is_empty() {
        return Ok(None);
    }
    // A non-contiguous NFA without a prefilter builds fastest: the search
    // runs only where a phrase was seen to start (`may_contain`).
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .prefilter(false)
        .build(phrases)
        .map(Some)
        .map_err(|e| BuildError::new("phrases", BuildErrorKind::InvalidPack(e.to_string())))
}

/// Phrases of at least this many words judge a line whatever its length,
/// where [`PhraseBook::sign_off_matches`] is asked.
const SIGN_OFF_PHRASE_WORDS: usize = 3;

impl PhraseBook {
    /// Whether a word (punctuation around it aside, any case) is a share
    /// button of one word: `Some` for words of at most sixteen ASCII bytes,
    /// `None` for others, which need [`PhraseBook::exact_matches`].
    pub(crate) fn is_share_word(&self, word: &str) -> Option<bool> {
        let w = trim_ascii_punct(word.as_bytes());
        if !w.is_ascii() || w.len() > 16 {
            return None;
        }
        Some(pack16_lower(w).is_some_and(|k| self.share_words.get(k) != 0))
    }

    /// The categories of the phrases that are the whole of `key`.
    pub(crate) fn exact_matches(&self, key: &str) -> Cats {
        if key.len() > self.exact_max {
            return Cats::default();
        }
        self.exact.get(key).copied().unwrap_or_default()
    }

    /// The categories of the phrases that open `key` or stand in it,
    /// however long the line is: the `[signoff]` phrases, and the others
    /// of at least [`SIGN_OFF_PHRASE_WORDS`] words.
    /// Only asked for the last lines of a text, where a paragraph that
    /// opens with "If you enjoyed this article" or "Follow @site on
    /// Twitter to keep up with" is a sign-off, not the article's.
    pub(crate) fn sign_off_matches(&self, key: &str) -> Cats {
        // "Source : AFP", as French sets it, is "source: afp".
        if key.contains(" :") {
            return self.sign_off_matches(&key.replace(" :", ":"));
        }
        let long = |p: &str| p.bytes().filter(|&b| b == b' ').count() + 1 >= SIGN_OFF_PHRASE_WORDS;
        let mut cats = Cats::default();
        let signed = self
            .sign_off_prefixes
            .iter()
            .any(|p| key.starts_with(&**p) && boundary_after(key, p.len()))
            || self.sign_off_contains.as_ref().is_some_and(|ac| {
                ac.find_overlapping_iter(key)
                    .any(|m| boundary_before(key, m.start()) && boundary_after(key, m.end()))
            });
        if signed {
            cats.add(Category::SignOff);
        }
        if let Some(list) = self.prefix.get(first_word(key)) {
            for (p, c) in list {
                if long(p) && key.starts_with(&**p) && boundary_after(key, p.len()) {
                    cats = cats.union(*c);
                }
            }
        }
        if let Some(ac) = self.contains.as_ref() {
            for m in ac.find_iter(key) {
                let c = self.contains_cats[m.pattern().as_usize()];
                if long(&key[m.start()..m.end()])
                    && boundary_before(key, m.start())
                    && boundary_after(key, m.end())
                {
                    cats = cats.union(c);
                }
            }
        }
        cats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alnum_agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn fold_char_agrees_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if let Some(l) = fold_char(c) {
                let want: Vec<char> = c.to_lowercase().collect();
                assert_eq!(want, vec![l], "{c:?}");
            }
        }
    }

    #[test]
    fn embedded_packs_parse() {
        let packs = EMBEDDED.as_ref().expect("embedded packs parse");
        assert!(packs.iter().any(|p| p.code == "en"));
        for p in packs {
            assert!(p.stopwords.len() >= 30, "{} has few stopwords", p.code);
        }
    }

    #[test]
    fn a_long_consent_notice_is_known_by_its_opening() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let mut key = String::new();
        let tail = " The cookies that are categorized as necessary are stored on your \
                    browser as they are essential for the working of basic functionalities \
                    of the website, and others help us analyze how you use it.";
        for pos in [
            "This website uses cookies to improve your experience while you navigate through the website.",
            "We use cookies and other tracking technologies to improve your browsing experience on our site.",
            "Auf unserer Webseite verwenden wir Cookies, die unter Einstellungen beschrieben werden.",
        ] {
            assert!(book.opens_consent(&format!("{pos}{tail}"), &mut key), "{pos}");
        }
        for neg in [
            "The bakery on Mill Street sold four thousand cookies on its last day, and the queue ran round the block.",
            "Regulators said this website uses cookies without asking, and the company was fined.",
            "We used to bake on Sundays, my grandmother and I, and the house smelled of bread all week.",
        ] {
            assert!(!book.opens_consent(&format!("{neg}{tail}"), &mut key), "{neg}");
        }
    }

    #[test]
    fn no_pack_lists_a_phrase_twice_in_a_section() {
        for (name, source) in PACK_SOURCES {
            let mut section = "";
            let mut seen = std::collections::HashSet::new();
            for line in source.lines().map(str::trim) {
                if line.starts_with('[') {
                    section = line;
                } else if line.starts_with(['=', '^', '~', '$']) {
                    assert!(seen.insert((section, line)), "{name}: {section} {line}");
                }
            }
        }
    }

    #[test]
    fn keys() {
        assert_eq!(key_of("  Loading...  "), "loading");
        assert_eq!(key_of("(Photo Credit: AP)"), "photo credit: ap");
        assert_eq!(key_of("» Most Popular «"), "most popular");
        assert_eq!(key_of("ÜBER UNS"), "über uns");
        assert_eq!(key_of(":"), "");
    }

    #[test]
    fn keys_fold_ascii_runs_like_characters() {
        let parts = [
            "a",
            "Q",
            "7",
            " ",
            "-",
            "\u{e9}",
            "\u{c9}",
            "\u{2019}",
            "\u{41e}",
            "\u{430}",
            "\u{130}",
            "Most Popular",
            "ABOUT US",
            "\u{4e2d}",
        ];
        let glued = crate::bytes::glued(&parts, 20_000, 16);
        for text in [
            "\u{bb} Most Popular \u{ab}",
            "\u{dc}BER UNS \u{2013} Kontakt",
            "Caf\u{c9} AU LAIT",
            "\u{130}stanbul BY Night",
            "\u{41e}\u{411} \u{41d}\u{410}\u{421} About",
        ]
        .into_iter()
        .chain(glued.iter().map(String::as_str))
        {
            let t = text.trim_matches(|c: char| !is_alnum(c));
            let mut want = String::new();
            for c in t.chars() {
                match fold_char(c) {
                    Some(l) => want.push(l),
                    None => want.extend(c.to_lowercase()),
                }
            }
            assert_eq!(key_of(text), want, "{text:?}");
        }
    }

    #[test]
    fn first_words_are_the_letters_and_digits_they_open_with() {
        let parts = [
            "a", "Z", "9", " ", ":", "-", "\u{e9}", "\u{2019}", "\u{4e2d}", "abcdefgh", "\u{430}",
        ];
        for s in crate::bytes::glued(&parts, 20_000, 12) {
            let want = s
                .char_indices()
                .find(|&(_, c)| !is_alnum(c))
                .map_or(&s[..], |(i, _)| &s[..i]);
            assert_eq!(first_word(&s), want, "{s:?}");
        }
    }

    #[test]
    fn agencies_by_their_last_bytes_agree_with_the_list() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let parts = [
            "Getty Images",
            "GETTY IMAGES",
            "shutterstock",
            "Shutterstock.com",
            "iStock",
            "picture-alliance",
            "imago",
            "x",
            " ",
            "/",
            "es",
            "s",
            "\u{e9}",
        ];
        for t in crate::bytes::glued(&parts, 20_000, 6) {
            let n = t.len();
            let want = book.agencies.iter().any(|a| {
                n >= a.len()
                    && t.is_char_boundary(n - a.len())
                    && t[n - a.len()..].eq_ignore_ascii_case(a)
            });
            assert_eq!(book.ends_with_agency(&t, |_| true), want, "{t:?}");
        }
    }

    #[test]
    fn packed_words_fold_like_std() {
        for w in [
            "The",
            "ABOUT",
            "x",
            "Ünder",
            "don't",
            "0123456789abcdef",
            "0123456789abcdefg",
        ] {
            let want = (w.len() <= 16 && w.is_ascii()).then(|| w.to_ascii_lowercase());
            let got = pack16_lower(w.as_bytes());
            assert_eq!(
                got,
                want.map(|l| pack16_lower(l.as_bytes()).expect("packs"))
            );
        }
        let bytes: Vec<u8> = (1..=16).collect();
        for n in 1..=16 {
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_le(&bytes[..n]), u128::from_le_bytes(buf), "{n}");
        }
        for b in 0u8..0x80 {
            let got = pack16_lower(&[b, b'a']).expect("ascii packs") as u16;
            assert_eq!(got.to_le_bytes(), [b.to_ascii_lowercase(), b'a'], "{b}");
        }
    }

    #[test]
    fn packed_words_agree_with_the_word_lookups() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        for text in [
            "",
            " ",
            "the",
            "The cat, and THE dog (of them) were über  die Straße.",
            "a  b ",
            "0123456789abcdef 0123456789abcdefg then\u{a0}über \u{e9}t\u{e9} \"and\" l'été",
            "Выход из России — это и он, и они",
            "x0123456789abcde y0123456789abcdef z0123456789abcdefg",
            "By Jane Doe",
            "Written BY: admin",
            "Text und Fotos von Max",
            "\u{201c}By\u{201d} the way",
        ] {
            let want: Vec<u64> = text.split(' ').map(|w| book.stopword_of(w)).collect();
            for (skip, take) in [(0, usize::MAX), (2, usize::MAX), (1, 2), (0, 0)] {
                let mut got = Vec::new();
                book.word_masks(text, skip, take, |m| got.push(m));
                let want: Vec<u64> = want.iter().copied().skip(skip).take(take).collect();
                assert_eq!(got, want, "{text:?} {skip} {take}");
            }
            for n in 0..=4 {
                let want = text.split(' ').take(n).any(|w| book.is_byline_token(w));
                assert_eq!(book.has_byline_token(text, n), want, "{text:?}");
            }
        }
    }

    #[test]
    fn words_are_the_words_of_a_split() {
        let parts = [
            "a",
            "Z",
            "q",
            "7",
            " ",
            " ",
            ".",
            "'",
            "-",
            "\u{e9}",
            "\u{a0}",
            "\u{2019}",
            "abcdefg",
            "ABCDEFGHIJ",
            "\u{447}",
        ];
        for text in crate::bytes::glued(&parts, 50_000, 24) {
            let want: Vec<Word<'_>> = text
                .split(' ')
                .map(|w| {
                    let b = w.as_bytes();
                    let edges = |c: &u8| c.is_ascii_alphanumeric();
                    match pack16_lower(b) {
                        Some(k) if b.first().is_some_and(edges) && b.last().is_some_and(edges) => {
                            Word::Packed(k)
                        }
                        _ => Word::Raw(w),
                    }
                })
                .collect();
            let got: Vec<Word<'_>> = words(&text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn contained_phrase_starts_agree_with_the_byte_loop() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let n = book.contains_start;
        let naive = |key: &str| {
            let b = key.as_bytes();
            let mut after_alnum = false;
            for (i, &c) in b.iter().enumerate().take((b.len() + 1).saturating_sub(n)) {
                let mut phrases = book.contains_phrases.iter();
                let here = phrases.any(|p| b[i..].starts_with(p.as_bytes()));
                if !after_alnum && c & 0xc0 != 0x80 && here {
                    return true;
                }
                after_alnum = c.is_ascii_alphanumeric();
            }
            false
        };
        let parts = [
            "adblocker",
            "ad blocker",
            "x",
            "9",
            " ",
            "-",
            "\u{e9}",
            "\u{2019}",
            "b",
            "(",
            "this website",
            "Z",
        ];
        for key in crate::bytes::glued(&parts, 50_000, 12) {
            assert_eq!(book.may_contain(&key), naive(&key), "{key:?}");
        }
    }

    #[test]
    fn stems_by_their_head_agree_with_the_list() {
        let list: Vec<Box<str>> = ["h", "min", "mo", "stund", "\u{447}\u{430}\u{441}", "", "m"]
            .iter()
            .map(|&s| s.into())
            .collect();
        let stems = Stems::new(list.clone());
        let parts = [
            "h",
            "m",
            "i",
            "n",
            "o",
            "s",
            "tund",
            "\u{447}",
            "\u{430}\u{441}",
            "x",
        ];
        for w in crate::bytes::glued(&parts, 20_000, 6) {
            let want = list.iter().any(|s| w.starts_with(&**s));
            assert_eq!(stems.any_starts(&w), want, "{w:?}");
        }
        let none = Stems::new(vec!["min".into()]);
        assert!(none.any_starts("minutes") && !none.any_starts("mi") && !none.any_starts(""));
    }

    #[test]
    fn matching_kinds() {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        assert!(book.matches("loading", 1).has(Category::Placeholder));
        assert!(book.matches("loading of the cargo began at dawn", 7) == Cats::default());
        assert!(book.matches("share on facebook", 3).has(Category::Share));
        assert!(book.matches("share prices fell 3%", 4) == Cats::default());
        assert!(book
            .matches("this website uses cookies to improve your experience", 8)
            .has(Category::Consent));
        assert!(!book.matches("shareholders", 1).has(Category::Share));
    }

    #[test]
    fn byline_words_with_a_colon_need_a_separator() {
        let pack = parse_pack("x", "lang = xx\n[byline]\nby wrote:\n").expect("pack");
        let book = PhraseBook::new(&[pack]).expect("book");
        assert!(book.is_byline_word("by") && !book.byline_needs_separator("by"));
        assert!(book.is_byline_word("wrote") && book.byline_needs_separator("wrote"));
        assert!(!book.is_byline_word("wrote:"));
    }

    #[test]
    fn bad_packs_are_errors() {
        assert!(parse_pack("x", "lang = xx\n[nope]\n= a\n").is_err());
        assert!(parse_pack("x", "lang = xx\n[share]\nno marker\n").is_err());
        assert!(parse_pack("x", "[share]\n= a\n").is_err());
    }
}
