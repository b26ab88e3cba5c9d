//! Bylines, datelines and timestamps standing alone on a line.

use crate::lang::PhraseBook;
use crate::line::{is_cjk, Line};

/// What a byline-rule match holds, for the report's metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// `By Jane Doe, Reuters`.
    Byline,
    /// `Updated 11:03 PM ET`, `February 28, 2023`.
    Date,
}

/// Bylines (`By News Desk - February 28 2023`, `By Jane Doe, Reuters`,
/// `Written by admin`) and date or time lines (`Updated 11:03 PM ET`,
/// `Posted on March 30, 2015 by Admin`).
///
/// A byline's name is capitalized (or a single user handle) and anything
/// after a separator holds no stopwords, so "By the end of the year, prices
/// rose." and "By March, the team had moved to Boston." stay. Scripts
/// without case (Arabic, Hebrew, Devanagari, Hangul ...) cannot show a
/// name by its capitals: there no word of the name may be a stopword, date
/// or byline word, and the line may not end a sentence (`بقلم أحمد محمود`
/// goes, `מאת השנים האחרונות עלה מספר התיירים בעיר.` stays). A date line
/// is made only of dates, times, month and weekday names, with at most two
/// other words; its digits may be ASCII, Arabic-Indic, Persian, Devanagari
/// or full-width (`١٥ مارس ٢٠٢٣`, `۱۴۰۲/۰۵/۱۲`).
#[derive(Debug)]
pub(crate) struct Bylines;

const CONNECTORS: &[&str] = &[
    "and", "und", "&", "de", "van", "von", "der", "den", "la", "le", "da", "di", "del", "y", "e",
    "et", "bin", "al", "el", "du", "dos", "das", "ten", "ter", "i", "och", "og", "en",
];

/// "And" standing alone between two names in scripts without case (Arabic
/// and Persian "و", Hindi "और", "एवं", "तथा"); Hebrew writes it on the name.
const CASELESS_CONNECTORS: &[&str] = &["\u{648}", "और", "एवं", "तथा"];

fn is_separator(tok: &str) -> bool {
    !tok.is_empty()
        && tok.chars().all(|c| {
            matches!(
                c,
                '-' | '\u{2013}' | '\u{2014}' | '|' | '\u{2022}' | '\u{b7}' | '/' | ':'
            )
        })
}

fn lower_word(tok: &str) -> String {
    tok.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ':')
        .trim_end_matches(['.', ':'])
        .to_lowercase()
}

impl Bylines {
    pub(crate) fn judge(
        &self,
        line: &Line<'_>,
        book: &PhraseBook,
    ) -> Option<(Found, &'static str)> {
        if line.f.words == 0 || line.f.words > 18 || line.f.chars > 160 {
            return None;
        }
        let text = line.text();
        // Cheap tests first: a byline names its byline word early, a date
        // has digits. The line's features count ASCII digits; other digits
        // are looked for only in a line that is not ASCII.
        if book.has_byline_token(text, 4) {
            if let Some(found) = self.byline(text, line, book) {
                return Some(found);
            }
        }
        let digits = line.f.digits > 0
            || (text.len() != line.f.chars as usize && has_native_digit(text.as_bytes()));
        (digits && self.dateline(text, book)).then_some((Found::Date, "date or time line"))
    }

    fn byline(
        &self,
        text: &str,
        line: &Line<'_>,
        book: &PhraseBook,
    ) -> Option<(Found, &'static str)> {
        let toks: Vec<&str> = text.split(' ').collect();
        // A separator left of a byline the dump split from its date: "| by
        // Olivia Larsen".
        let lead = toks.iter().take_while(|t| is_separator(t)).count();
        let toks = &toks[lead..];
        // "By", or the credit's own words and then "by": "Written by",
        // "Text und Fotos von". In German every noun is capitalized, so
        // only such words may stand before it: "Varianten von
        // Patientenakten" is a heading.
        let mut at = None;
        // Whether each byline word seen needs a colon or dash after it
        // (Arabic كتب, "wrote", is also "books").
        let mut needs_separator = true;
        for (i, t) in toks.iter().enumerate().take(4) {
            let w = lower_word(t);
            if book.is_byline_word(&w) {
                at = Some(i);
                needs_separator &= book.byline_needs_separator(&w);
            } else if !is_credit_lead(&w, book) {
                break;
            }
        }
        let Some(at) = at else {
            return hangul_byline(toks, line, book);
        };
        // A name is no stopword of the byline word's languages: "By the
        // way" is prose, "By Tom Francis" a byline though "tom" is a Czech
        // stopword.
        let langs = book.byline_langs(&lower_word(toks[at]));
        let mut rest = &toks[at + 1..];
        // A separator may stand between the byline word and the name:
        // "كتب - محمد علي", "نویسنده : علی رضایی".
        let mut separated = toks[at].ends_with(':');
        if rest.first().is_some_and(|t| is_separator(t)) {
            rest = &rest[1..];
            separated = true;
        }
        if rest.is_empty() || (needs_separator && !separated) {
            return None;
        }
        if line.f.terminal && line.f.words > 6 {
            return None;
        }
        // The name runs to the first separator.
        let mut name = 0;
        let mut sep_at = rest.len();
        for (i, tok) in rest.iter().enumerate() {
            let bare = tok.trim_end_matches([',', ';', '\u{60c}', '\u{61b}']);
            // A date may follow the name without a separator: "By Jane Doe
            // Feb 8, 2020".
            // ("de" of "15 de marzo" is a date word, and the "de" of "Jan
            // de Vries" a name's.)
            let dated = i > 0
                && (tok.chars().next().and_then(ascii_digit).is_some() || {
                    let w = lower_word(bare);
                    book.is_date_word(&w) && !CONNECTORS.contains(&w.as_str())
                });
            if is_separator(tok) || bare.is_empty() || dated {
                sep_at = i;
                break;
            }
            name += 1;
            if bare.len() != tok.len() {
                sep_at = i + 1;
                break;
            }
        }
        if name == 0 || name > 5 {
            return None;
        }
        let names = &rest[..name];
        let first = names[0].trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
        let first_lower = first.to_lowercase();
        // A month alone is a date ("By March, the team had moved"); a
        // month's name with a surname after it is a name ("By Jan de
        // Vries", "By April Smith").
        if book.stopword(&first_lower) & langs != 0
            || (name == 1 && book.is_date_word(&first_lower))
        {
            return None;
        }
        if names.iter().all(|t| is_caseless_word(t)) {
            return caseless_byline(names, &rest[sep_at.min(rest.len())..], langs, line, book);
        }
        let capitalized = names.iter().all(|t| {
            let w = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '&');
            w.starts_with('@')
                || w.chars().next().is_some_and(char::is_uppercase)
                || CONNECTORS.contains(&w.to_lowercase().as_str())
        });
        let handle = name == 1 && first.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !capitalized && !handle {
            return None;
        }
        // After the separator: an agency, a title or a date, not a clause.
        let tail = &rest[sep_at.min(rest.len())..];
        // A lone lowercase word after "by" is a user handle only with more
        // credit after it ("By admin - 2018-09-16"); "By evening" is a
        // line of prose or verse.
        if !capitalized
            && tail
                .iter()
                .all(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).is_empty())
        {
            return None;
        }
        credit_tail(tail, langs, book).then_some((Found::Byline, "byline"))
    }

    fn dateline(&self, text: &str, book: &PhraseBook) -> bool {
        let mut dateish = 0;
        let mut strong = false;
        let mut other = 0;
        let mut words = 0;
        let mut full_date = false;
        // A year, a clock time, a full date or a word such as "updated"
        // or "ago" makes a date line; "3 March" heading a letter is not
        // one.
        let mut anchored = false;
        // A number was read (the loop turns away any other token with a
        // digit).
        let mut numbers = false;
        let mut lower_buf = String::new();
        for tok in date_tokens(text) {
            let tok = tok.trim_matches(|c: char| {
                matches!(
                    c,
                    '-' | '\u{2013}' | '\u{2014}' | '/' | ':' | '\u{b7}' | '\u{2022}' | '.' | '@'
                )
            });
            if tok.is_empty() {
                continue;
            }
            if has_digit(tok) {
                if is_iso_datetime(tok) {
                    // A date, a time and often a zone: as much as "March
                    // 3, 2024 10:00", its month named by its place.
                    numbers = true;
                    dateish += 3;
                    words += 1;
                    strong = true;
                    full_date = true;
                    anchored = true;
                    continue;
                }
                if is_date_number(tok) {
                    numbers = true;
                    dateish += 1;
                    let year = century(tok);
                    if tok.contains([':', '.', '-', '/']) || year.is_some() {
                        strong = true;
                    }
                    // 2018-09-16, 19.11.2019, 11/20/2019.
                    let full = is_full_date(tok);
                    full_date |= full;
                    anchored |= full
                        || tok.contains(':')
                        || matches!(year, Some(19 | 20))
                        // Years of the Hijri calendars, in their digits:
                        // ١٤٤٥, ۱۴۰۲.
                        || (matches!(year, Some(13 | 14)) && tok.starts_with(is_arabic_digit));
                    continue;
                }
                return false;
            }
            // ASCII words are folded into one reused buffer.
            let owned;
            let lower: &str = if tok.is_ascii() {
                lower_buf.clear();
                lower_buf.push_str(tok);
                lower_buf.make_ascii_lowercase();
                &lower_buf
            } else {
                owned = fold_word(tok);
                &owned
            };
            anchored |= book.is_timestamp_word(lower);
            if book.is_date_word(lower) {
                dateish += 1;
                words += 1;
                if lower.len() >= 3
                    && !matches!(lower, "on" | "at" | "ago" | "am" | "pm")
                    && !is_duration_unit(lower, book)
                {
                    strong = true;
                }
            } else if book.is_byline_word(lower) {
                // "by" before an author's handle.
            } else {
                other += 1;
                // More than two other words never make a date line.
                if other > 2 {
                    return false;
                }
            }
        }
        // Without a month or weekday word, more than two numbers are a row
        // of figures ("2019 1,240 310 88"), not a date.
        numbers
            && anchored
            && strong
            && (dateish >= 2 || full_date)
            && (other == 0 || (other <= 2 && dateish >= 3))
            && (words > 0 || dateish <= 2)
    }
}

/// The tokens of a date line: `text.split([' ', ',', '|', '(', ')',
/// '\u{60c}'])`, found byte by byte (the Arabic comma is `D8 8C`) where
/// the split decodes and compares every character with each separator.
fn date_tokens(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut i = start;
        while i < b.len() {
            let sep = match b[i] {
                b' ' | b',' | b'|' | b'(' | b')' => 1,
                0xd8 if b.get(i + 1) == Some(&0x8c) => 2,
                _ => 0,
            };
            if sep > 0 {
                let tok = &text[start..i];
                start = i + sep;
                return Some(tok);
            }
            i += 1;
        }
        done = true;
        Some(&text[start..])
    })
}

/// Words that may stand before the byline word: "Written by", "Story
/// and photos by", "Text und Fotos von", "Texte et photos par".
fn is_credit_lead(word: &str, book: &PhraseBook) -> bool {
    book.is_byline_word(word) || book.is_byline_lead(word)
}

/// Units of a duration ("120 Minuten", "3 hours"): date words, but no
/// sign of a date on their own. ("monday" and "saturday" are no months
/// or seconds.)
fn is_duration_unit(word: &str, book: &PhraseBook) -> bool {
    book.is_duration_word(word) && !word.starts_with("mon") && !word.starts_with("sat")
}

/// What may follow a byline's name after a separator: an agency, a title,
/// a place or a date, not a clause (two stopwords or more of the byline
/// word's languages, or more than ten words).
fn credit_tail(tail: &[&str], langs: u64, book: &PhraseBook) -> bool {
    if tail.len() > 10 {
        return false;
    }
    let clause = tail
        .iter()
        .filter(|t| {
            let w = lower_word(t);
            book.stopword(&w) & langs != 0 && !book.is_date_word(&w)
        })
        .count();
    clause < 2
}

/// A word of a script without case (Arabic, Hebrew, Devanagari, Hangul,
/// Han ...): letters and marks, none of them cased or a digit, with at
/// most an apostrophe, quote, hyphen or dot of ASCII inside (`ג'ורג'`).
fn is_caseless_word(tok: &str) -> bool {
    let w = tok.trim_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(|c: char| c.is_alphabetic() && !c.is_ascii())
        && w.chars().all(|c| {
            matches!(c, '\'' | '"' | '-' | '.')
                || (!c.is_ascii() && !c.is_uppercase() && !c.is_lowercase() && !c.is_numeric())
        })
}

/// The byline of a name in a script without case (`بقلم أحمد محمود`,
/// `מאת יוסי כהן`, `लेखक: राहुल शर्मा`, `기자 김철수`), its name the
/// words `names`, followed by `tail` after a separator.
///
/// No capital tells a name from a phrase of prose, so the line may not end
/// a sentence ("מאת השנים האחרונות עלה מספר התיירים בעיר." is prose) and
/// no word of the name may be a stopword of the byline word's languages
/// ("लेखक ने कहा"), a date word or a byline word ("كتب" after "بقلم" is a
/// verb). A name in a script written without spaces has two to four
/// characters ("김철수"); "기자 출신 국회의원" is a phrase.
fn caseless_byline(
    names: &[&str],
    tail: &[&str],
    langs: u64,
    line: &Line<'_>,
    book: &PhraseBook,
) -> Option<(Found, &'static str)> {
    // The Arabic question mark and full stop are no sentence ends of the
    // line's features.
    if line.f.terminal || line.text().ends_with(['\u{61f}', '\u{6d4}']) {
        return None;
    }
    for (i, t) in names.iter().enumerate() {
        let w = lower_word(t);
        // "and" between two names: "علی رضایی و مریم احمدی".
        if i > 0 && i + 1 < names.len() && CASELESS_CONNECTORS.contains(&w.as_str()) {
            continue;
        }
        if book.stopword(&w) & langs != 0 || book.is_date_word(&w) || book.is_byline_word(&w) {
            return None;
        }
    }
    let cjk = names
        .iter()
        .flat_map(|t| t.chars())
        .filter(|&c| is_cjk(c))
        .count();
    if cjk > 0 && (names.len() > 2 || !(2..=4).contains(&cjk)) {
        return None;
    }
    credit_tail(tail, langs, book).then_some((Found::Byline, "byline"))
}

/// `김철수 기자`, `김철수·이영희 기자 = `, `김철수 기자 kim@example.com`: in
/// Korean the name, of two to four syllables, stands before the byline
/// word, and only a separator or an e-mail address may follow. "세 기자"
/// ("three reporters") starts with a stopword.
fn hangul_byline(
    toks: &[&str],
    line: &Line<'_>,
    book: &PhraseBook,
) -> Option<(Found, &'static str)> {
    let [name, word, tail @ ..] = toks else {
        return None;
    };
    let syllables = |part: &str| {
        let n = part.chars().count();
        (2..=4).contains(&n) && part.chars().all(|c| matches!(c, '\u{ac00}'..='\u{d7a3}'))
    };
    // Most lines that get here are "Passed by the Senate": the name's
    // script turns them away first.
    if !name.starts_with(|c| matches!(c, '\u{ac00}'..='\u{d7a3}'))
        || !name.split('\u{b7}').all(syllables)
        || line.f.terminal
    {
        return None;
    }
    let word = lower_word(word);
    let langs = book.byline_langs(&word);
    if langs == 0
        || !is_caseless_word(&word)
        || book.stopword(name) & langs != 0
        || book.is_date_word(name)
    {
        return None;
    }
    tail.iter()
        .all(|t| is_separator(t) || *t == "=" || t.contains('@'))
        .then_some((Found::Byline, "byline"))
}

/// The value of a decimal digit: ASCII, Arabic-Indic (`٠`-`٩`), Persian
/// (`۰`-`۹`), Devanagari (`०`-`९`) or full-width (`０`-`９`).
fn ascii_digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{660}'..='\u{669}' => '\u{660}',
        '\u{6f0}'..='\u{6f9}' => '\u{6f0}',
        '\u{966}'..='\u{96f}' => '\u{966}',
        '\u{ff10}'..='\u{ff19}' => '\u{ff10}',
        _ => return None,
    };
    Some((c as u32 - zero as u32) as u8)
}

/// An Arabic-Indic or Persian digit.
fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// Whether UTF-8 text holds a digit that is not ASCII, found from its
/// bytes: Arabic-Indic `D9 A0`-`D9 A9`, Persian `DB B0`-`DB B9`,
/// Devanagari `E0 A5 A6`-`E0 A5 AF`, full-width `EF BC 90`-`EF BC 99`.
fn has_native_digit(b: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < b.len() {
        match (b[i], b[i + 1], b.get(i + 2)) {
            (0xd9, 0xa0..=0xa9, _) | (0xdb, 0xb0..=0xb9, _) => return true,
            (0xe0, 0xa5, Some(0xa6..=0xaf)) | (0xef, 0xbc, Some(0x90..=0x99)) => return true,
            _ => i += 1,
        }
    }
    false
}

/// Whether a token holds a digit of [`ascii_digit`]'s scripts.
fn has_digit(tok: &str) -> bool {
    if tok.is_ascii() {
        tok.bytes().any(|b| b.is_ascii_digit())
    } else {
        tok.chars().any(|c| ascii_digit(c).is_some())
    }
}

/// The number of digits of a run made only of digits, `None` when it holds
/// anything else.
fn digit_run(part: &str) -> Option<usize> {
    if part.is_ascii() {
        return part
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some(part.len());
    }
    let mut n = 0;
    for c in part.chars() {
        ascii_digit(c)?;
        n += 1;
    }
    Some(n)
}

/// The century of a token of four characters that starts with two digits,
/// read as a year: `2023` gives 20, `١٤٤٥` 14. Such a token is a strong
/// date number even when it is none (`10pm`).
fn century(tok: &str) -> Option<u8> {
    let mut cs = tok.chars();
    let (a, b) = (cs.next()?, cs.next()?);
    if cs.count() != 2 {
        return None;
    }
    Some(ascii_digit(a)? * 10 + ascii_digit(b)?)
}

/// Three numbers with a year: `2018-09-16`, `19.11.2019`, `11/20/2019`,
/// `16.9.18`; a phone number (`02-751-1500`) has a part of three digits.
fn is_full_date(tok: &str) -> bool {
    date_groups(tok).is_some_and(|g| g.groups == 3 && g.threes == 0 && g.fours <= 1)
}

/// The groups of a numeric date: up to three runs of at most four digits
/// joined by `.`, `-` or `/` (`19.11.2019`, `2018-09-16`, `09/2019`,
/// `۱۴۰۲/۰۵/۱۲`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DateGroups {
    /// Groups of digits (empty ones, as in `1..2`, are skipped).
    pub groups: u8,
    /// Groups of three digits ...
    pub threes: u8,
    /// ... and of four.
    pub fours: u8,
}

/// The digit groups of `tok`, or `None` when a group holds anything but
/// digits or more than four of them, or there are more than three.
pub(crate) fn date_groups(tok: &str) -> Option<DateGroups> {
    let mut g = DateGroups {
        groups: 0,
        threes: 0,
        fours: 0,
    };
    for part in tok.split(['.', '-', '/']).filter(|p| !p.is_empty()) {
        let n = digit_run(part).filter(|&n| n <= 4)?;
        if g.groups == 3 {
            return None;
        }
        g.groups += 1;
        g.threes += u8::from(n == 3);
        g.fours += u8::from(n == 4);
    }
    Some(g)
}

/// `28`, `2023`, `11:03`, `2018-09-16`, `19.11.2019`, `3rd`, `10:31pm`,
/// `١٠:٣٠`.
fn is_date_number(tok: &str) -> bool {
    let t = tok
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim_end_matches('.');
    let suffix = tok[t.len()..].trim_start_matches('.');
    if !suffix.is_empty()
        && ![
            "st", "nd", "rd", "th", "am", "pm", "h", "z", "er", "e", "o", "a",
        ]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s))
    {
        return false;
    }
    !t.is_empty()
        && t.split([':', '.', '-', '/'])
            .all(|p| digit_run(p).is_some_and(|n| (1..=4).contains(&n)))
}

/// `2024-03-03T10:00:00Z`, `2019-11-19T08:38:00+05:30`: an ISO 8601 date
/// and time, as pages write them in their metadata.
fn is_iso_datetime(tok: &str) -> bool {
    // `YYYY-MM-DDThh:mm` at the least.
    if tok.len() < 16 || tok.as_bytes()[4] != b'-' {
        return false;
    }
    let Some((date, time)) = tok.split_once(['T', 't']) else {
        return false;
    };
    let d = date.as_bytes();
    let digits = |b: &[u8]| !b.is_empty() && b.iter().all(u8::is_ascii_digit);
    if d.len() != 10 || d[7] != b'-' {
        return false;
    }
    if !digits(&d[..4]) || !digits(&d[5..7]) || !digits(&d[8..]) {
        return false;
    }
    let zone_at = time.find(['Z', 'z', '+', '-']).unwrap_or(time.len());
    let (clock, zone) = time.split_at(zone_at);
    let c = clock.as_bytes();
    let clock_ok = c.len() >= 5
        && digits(&c[..2])
        && c[2] == b':'
        && digits(&c[3..5])
        && c[5..]
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'));
    let zone_ok = match zone.as_bytes() {
        [] | [b'Z' | b'z'] => true,
        // Hours, or hours and minutes, colons aside.
        [b'+' | b'-', rest @ ..] => {
            let n = rest.iter().filter(|&&b| b != b':').count();
            (n == 2 || n == 4) && rest.iter().all(|&b| b == b':' || b.is_ascii_digit())
        }
        _ => false,
    };
    clock_ok && zone_ok
}

/// A word folded for the packs' word lists: lowercase, without the Arabic
/// vowel marks and tatweel that some sites write (`نُشر` is `نشر`).
fn fold_word(tok: &str) -> String {
    tok.chars()
        .filter(|c| !matches!(c, '\u{640}' | '\u{64b}'..='\u{65f}' | '\u{670}'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::lang::EMBEDDED_BOOK;

    fn judge(s: &str) -> Option<Found> {
        let book = EMBEDDED_BOOK.as_ref().expect("book");
        let line = Line::new(1, 0, s, Cow::Borrowed(s));
        Bylines.judge(&line, book).map(|(f, _)| f)
    }

    #[test]
    fn date_tokens_are_the_split() {
        let parts = [
            "a", "7", " ", ",", "|", "(", ")", "\u{60c}", "\u{60d}", "\u{618}", "\u{e9}", ":",
            "2023", "\u{628}",
        ];
        for text in crate::bytes::glued(&parts, 20_000, 16) {
            let want: Vec<&str> = text.split([' ', ',', '|', '(', ')', '\u{60c}']).collect();
            let got: Vec<&str> = date_tokens(&text).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn iso_datetimes() {
        for t in [
            "2024-03-03T10:00:00Z",
            "2019-11-19T08:38:00+05:30",
            "2019-11-19T08:38",
            "2023-02-28T14:05:09.123-0800",
        ] {
            assert!(is_iso_datetime(t), "{t}");
        }
        for t in [
            "2024-03-03",
            "T10:00",
            "2024-03-03Tea",
            "20240303T100000",
            "2024-03-03T10:00+5",
        ] {
            assert!(!is_iso_datetime(t), "{t}");
        }
        assert_eq!(
            judge("Published Time: 2024-03-03T10:00:00Z"),
            Some(Found::Date)
        );
        assert_eq!(judge("2019-11-19T08:38:00+05:30"), Some(Found::Date));
        assert_eq!(judge("The build 2024-03-03T10:00:00Z failed twice."), None);
    }

    #[test]
    fn date_groups_and_full_dates() {
        let g = |t| date_groups(t).map(|g| (g.groups, g.threes, g.fours));
        assert_eq!(g("2018-09-16"), Some((3, 0, 1)));
        assert_eq!(g("09/2019"), Some((2, 0, 1)));
        assert_eq!(g("1..2"), Some((2, 0, 0)));
        assert_eq!(g("v1.2"), None);
        assert_eq!(g("12345.1"), None);
        assert_eq!(g("1.2.3.4"), None);
        for d in ["19.11.2019", "2018-09-16", "11/20/2019", "1.2.19"] {
            assert!(is_full_date(d), "{d}");
        }
        for t in ["09/2019", "1.200.300", "2019.2020.1", "3.5", "1.2.3.4"] {
            assert!(!is_full_date(t), "{t}");
        }
    }

    #[test]
    fn bylines() {
        for pos in [
            "By News Desk - February 28 2023",
            "By Jane Doe, Reuters",
            "By Jamelle Bouie",
            "By Eric Song , IGN Staff",
            "By admin - 2018-09-16",
            "Written by Maria de la Cruz",
            "Text und Fotos von Anna Berger",
            "BY JOHN SMITH",
            "By Jane Doe and John Roe | Associated Press",
            "By Amelie Marie Nishizawa Feb 8, 2020 5 min read",
            "By Anna May",
            // Names that are stopwords of other languages ("tom" in Czech,
            // "dan" in Indonesian).
            "By Tom Francis",
            "By Dan Roberts",
            "Von Tom Schmidt",
            // First names that are month names.
            "By Jan de Vries",
            "Door Jan de Vries",
            "By April Smith, Reuters",
            "Author: Jane Doe",
            "| by Olivia Larsen",
            // Blog posts signed with the verb of posting.
            "Eingestellt von Michel um 21:11",
            "Gepostet von Anna Berger",
            "Postado por Maria Silva",
            "Geplaatst door Jan de Vries",
            "Postat av Lars Berg",
            "Julkaissut Matti Virtanen",
        ] {
            assert_eq!(judge(pos), Some(Found::Byline), "{pos}");
        }
    }

    #[test]
    fn dates() {
        for pos in [
            "Updated 11:03 PM ET",
            "February 28, 2023",
            "First Published: Tuesday, November 19, 2019 08:38 AM",
            "Posted on March 30, 2015 by Admin",
            "Chris Davies - Nov 19, 2019, 10:31 pm CST",
            "2018-09-16",
            "19.11.2019",
            "Published 3 hours ago",
            // Timestamps of the packs' [timestamp] words.
            "Оновлено 15 хвилин тому",
            "Diperbarui 2 jam lalu",
            "Cập nhật 5 phút trước",
            "Opdateret i dag kl. 14.32",
            "Güncellendi 3 saat önce",
            "Aktualizováno před 2 hodinami",
            "Actualizat acum 2 ore",
            "Frissítve 2 órája",
        ] {
            assert_eq!(judge(pos), Some(Found::Date), "{pos}");
        }
    }

    #[test]
    fn caseless_bylines() {
        for pos in [
            "بقلم أحمد محمود",
            "بقلم: محمد العلي",
            "بقلم: د. محمد عبد الله السيد",
            "بقلم الكاتب الصحفي محمد عبد الله",
            "كتب: محمد علي - القاهرة",
            "كتبت - سارة أحمد",
            "كتب: محمد علي | ١٥ مارس ٢٠٢٣",
            "بقلم: محمد العلي، مراسل الجزيرة في القاهرة",
            "نویسنده: علی رضایی",
            "نویسنده : علی رضایی",
            "نویسنده: علی رضایی و مریم احمدی",
            "خبرنگار: مریم احمدی - تهران",
            "מאת יוסי כהן",
            "מאת: דנה לוי",
            "מאת יוסי כהן ודנה לוי",
            "כותבת: רונית לוי",
            "מאת ג'ורג' כהן",
            "लेखक: राहुल शर्मा",
            "लेखक राहुल शर्मा",
            "लेखिका: प्रिया वर्मा, नई दिल्ली",
            "लेखक: राहुल शर्मा और प्रिया वर्मा",
            "기자 김철수",
            "작성자: 홍길동",
            "김철수 기자",
            "김철수·이영희 기자",
            "김철수 기자 kimcs@example.co.kr",
        ] {
            assert_eq!(judge(pos), Some(Found::Byline), "{pos}");
        }
    }

    #[test]
    fn caseless_prose_stays() {
        for neg in [
            // "With a pencil the child wrote his name on the wall."
            "بقلم رصاص كتب الطفل اسمه على الجدار",
            // كتب is also "books", and "wrote" without a colon.
            "كتب الطبخ الأكثر مبيعا",
            "كتب الشاعر قصيدة جديدة",
            "الكاتب المصري نجيب محفوظ",
            "بقلم أحمد محمود الذي كتب عن الحرب",
            "نویسنده جوان ایرانی برنده جایزه",
            "نویسنده کتاب گفت که این رمان را در زندان نوشته است.",
            "מאת השנים האחרונות עלה מספר התיירים בעיר.",
            "מחבר הספר החדש",
            "כותב המאמר מציין כי המצב קשה",
            "लेखक ने कहा कि उपन्यास जल्द आएगा।",
            "लेखक राहुल शर्मा की नई किताब",
            "लेखक और कवि राहुल शर्मा",
            "기자 출신 국회의원",
            "세 기자",
            "기자회견 김철수",
            "김철수 기자는 이날 현장을 찾았다.",
            // A long line.
            "بقلم أحمد محمود وعلي حسن وسارة أحمد ومريم خالد ويوسف عمر وخديجة سالم ونور الدين",
        ] {
            assert_eq!(judge(neg), None, "{neg}");
        }
    }

    #[test]
    fn dates_in_native_digits() {
        for pos in [
            "١٥ مارس ٢٠٢٣",
            "نُشر في ١٢/٠٣/٢٠٢٣ - ١٠:٣٠",
            "آخر تحديث: ١٥ مارس ٢٠٢٣ - ١٠:٣٠ ص",
            "الثلاثاء، ١٢ مارس ٢٠٢٤",
            "منذ ٣ ساعات",
            "١٤ رمضان ١٤٤٥ هـ",
            "۱۴۰۲/۰۵/۱۲",
            "۲۲ اسفند ۱۴۰۲",
            "انتشار: ۲۲ اسفند ۱۴۰۲ - ۱۴:۳۵",
            "۳ ساعت پیش",
            "פורסם: ١٢.٠٣.٢٤",
            "१५ मार्च २०२३",
            "अपडेटेड: १२ मार्च २०२४, १०:१५ AM IST",
            "२ घंटे पहले",
            "２０２３-０３-１５",
        ] {
            assert_eq!(judge(pos), Some(Found::Date), "{pos}");
        }
        for neg in [
            "قُتل ٣ أشخاص في الحادث الذي وقع أمس في المدينة.",
            "أصيب ١٢ شخصا في ٣ حوادث منفصلة",
            "نحو ٤٠٠ ألف زائر في ٢٠٢٣",
            "مارس ٢٠٢٣ كان الأكثر حرارة",
            "در ۱۴۰۲ بیش از ۳ میلیون نفر به این شهر سفر کردند.",
            "کد خبر: ۸۲۴۵۶۱۳",
            "२०२३ में ५ लाख लोग आए",
            // A day and a month, as a letter is headed; a year of the
            // Hijri calendars anchors only in Arabic or Persian digits.
            "١٥ مارس",
            "3 March 1402",
            "٠٢-٧٥١-١٥٠٠",
        ] {
            assert_eq!(judge(neg), None, "{neg}");
        }
    }

    #[test]
    fn native_digits() {
        for (zero, nine) in [
            ('0', '9'),
            ('\u{660}', '\u{669}'),
            ('\u{6f0}', '\u{6f9}'),
            ('\u{966}', '\u{96f}'),
            ('\u{ff10}', '\u{ff19}'),
        ] {
            assert_eq!(ascii_digit(zero), Some(0));
            assert_eq!(ascii_digit(nine), Some(9));
        }
        assert_eq!(ascii_digit('a'), None);
        assert_eq!(ascii_digit('\u{665}'), Some(5));
        // The byte scan finds exactly the digits that are not ASCII.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = format!("a{c}\u{e9}");
            assert_eq!(
                has_native_digit(s.as_bytes()),
                !c.is_ascii() && ascii_digit(c).is_some(),
                "{c:?}"
            );
        }
        let g = |t| date_groups(t).map(|g| (g.groups, g.threes, g.fours));
        assert_eq!(g("۱۴۰۲/۰۵/۱۲"), Some((3, 0, 1)));
        assert_eq!(g("١٢/٠٣/٢٠٢٣"), Some((3, 0, 1)));
        assert_eq!(g("١٢٣٤٥"), None);
        assert!(is_date_number("١٠:٣٠"));
        assert!(!is_date_number("١٠:٣٠x"));
        assert_eq!(century("٢٠٢٣"), Some(20));
        assert_eq!(century("10pm"), Some(10));
        assert_eq!(century("٢٠٢"), None);
    }

    #[test]
    fn prose_stays() {
        for neg in [
            "By the end of the year, prices rose.",
            "By March, the team had moved to Boston.",
            "By March the team had moved to Boston.",
            "By May Day, the workers had won the right to strike.",
            "By June 5, the repairs were done.",
            "Author: the board of the company",
            "By 2030 the city wants every bus to be electric.",
            "By clicking the button you start the download",
            "By far the largest share went to the north.",
            "Share prices fell 3%",
            "In 2019, 40% of voters stayed home.",
            "2019",
            "02-751-1500",
            "Varianten von Patientenakten",
            "By evening",
            "By The Way",
            "Před 2 hodinami začala schůze zastupitelstva.",
            "Acum 2 ore, ministrul a anunțat noi măsuri pentru fermieri.",
            "Kemarin pukul 10 pagi warga berkumpul di balai desa.",
            "Dün saat 14'te belediye meclisi toplandı.",
            "Von Der Leyen Spricht",
            "3 March",
            "120 Minuten ( + 300 Minuten Wartezeit )",
            "Lieferzeit: 15 - 21 Tag(e)",
            "The 2:30 train was late again.",
            "Passed by the Senate",
            "Stand by Me",
            "Monday was the hottest day of 2023 so far.",
            "By May the council had agreed",
            "By 9 pm the square was empty",
            "Veröffentlicht von der Stadt Köln im Jahr 2020",
            "Geplaatst door de gemeente in 2020 werd het plan",
            "Postat av misstag",
            "Publicado por el gobierno en 2020",
        ] {
            assert_eq!(judge(neg), None, "{neg}");
        }
    }
}
