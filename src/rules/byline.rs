//! Bylines, datelines and timestamps standing alone on a line.

use crate::lang::PhraseBook;
use crate::line::Line;

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
/// rose." and "By March, the team had moved to Boston." stay. A date line
/// is made only of dates, times, month and weekday names, with at most two
/// other words.
#[derive(Debug)]
pub(crate) struct Bylines;

const CONNECTORS: &[&str] = &[
    "and", "und", "&", "de", "van", "von", "der", "den", "la", "le", "da", "di", "del", "y", "e",
    "et", "bin", "al", "el", "du", "dos", "das", "ten", "ter", "i", "och", "og", "en",
];

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
        // has digits.
        if book.has_byline_token(text, 4) {
            if let Some(found) = self.byline(text, line, book) {
                return Some(found);
            }
        }
        (line.f.digits > 0 && self.dateline(text, book))
            .then_some((Found::Date, "date or time line"))
    }

    fn byline(
        &self,
        text: &str,
        line: &Line<'_>,
        book: &PhraseBook,
    ) -> Option<(Found, &'static str)> {
        let toks: Vec<&str> = text.split(' ').collect();
        // "By", or up to two words and then "by": "Written by", "Text und Fotos von".
        // "By", or the credit's own words and then "by": "Written by",
        // "Text und Fotos von". In German every noun is capitalized, so
        // only such words may stand before it: "Varianten von
        // Patientenakten" is a heading.
        let mut at = None;
        for (i, t) in toks.iter().enumerate().take(4) {
            let w = lower_word(t);
            if book.is_byline_word(&w) {
                at = Some(i);
            } else if !is_credit_lead(&w, book) {
                break;
            }
        }
        let at = at?;
        // A name is no stopword of the byline word's languages: "By the
        // way" is prose, "By Tom Francis" a byline though "tom" is a Czech
        // stopword.
        let langs = book.byline_langs(&lower_word(toks[at]));
        let rest = &toks[at + 1..];
        if rest.is_empty() {
            return None;
        }
        if line.f.terminal && line.f.words > 6 {
            return None;
        }
        // The name runs to the first separator.
        let mut name = 0;
        let mut sep_at = rest.len();
        for (i, tok) in rest.iter().enumerate() {
            let bare = tok.trim_end_matches([',', ';']);
            // A date may follow the name without a separator: "By Jane Doe
            // Feb 8, 2020".
            let dated = i > 0
                && (tok.starts_with(|c: char| c.is_ascii_digit())
                    || book.is_date_word(&lower_word(bare)));
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
        if book.stopword(&first_lower) & langs != 0 || book.is_date_word(&first_lower) {
            return None;
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
        if tail.len() > 10 {
            return None;
        }
        let clause = tail
            .iter()
            .filter(|t| {
                let w = lower_word(t);
                book.stopword(&w) & langs != 0 && !book.is_date_word(&w)
            })
            .count();
        if clause >= 2 {
            return None;
        }
        Some((Found::Byline, "byline"))
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
        let mut lower_buf = String::new();
        for tok in text.split([' ', ',', '|', '(', ')']) {
            let tok = tok.trim_matches(|c: char| {
                matches!(
                    c,
                    '-' | '\u{2013}' | '\u{2014}' | '/' | ':' | '\u{b7}' | '\u{2022}' | '.' | '@'
                )
            });
            if tok.is_empty() {
                continue;
            }
            if tok.bytes().any(|b| b.is_ascii_digit()) {
                if is_date_number(tok) {
                    dateish += 1;
                    if tok.contains([':', '.', '-', '/']) || tok.len() == 4 {
                        strong = true;
                    }
                    // 2018-09-16, 19.11.2019, 11/20/2019.
                    full_date |= is_full_date(tok);
                    anchored |= is_full_date(tok)
                        || tok.contains(':')
                        || (tok.len() == 4 && (tok.starts_with("19") || tok.starts_with("20")));
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
                owned = tok.to_lowercase();
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
        let digits = text.bytes().any(|b| b.is_ascii_digit());
        // Without a month or weekday word, more than two numbers are a row
        // of figures ("2019 1,240 310 88"), not a date.
        digits
            && anchored
            && strong
            && (dateish >= 2 || full_date)
            && (other == 0 || (other <= 2 && dateish >= 3))
            && (words > 0 || dateish <= 2)
    }
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

/// Three numbers with a year: `2018-09-16`, `19.11.2019`, `11/20/2019`,
/// `16.9.18`; a phone number (`02-751-1500`) has a part of three digits.
fn is_full_date(tok: &str) -> bool {
    date_groups(tok).is_some_and(|g| g.groups == 3 && g.threes == 0 && g.fours <= 1)
}

/// The groups of a numeric date: up to three runs of at most four ASCII
/// digits joined by `.`, `-` or `/` (`19.11.2019`, `2018-09-16`,
/// `09/2019`).
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
        if part.len() > 4 || !part.bytes().all(|b| b.is_ascii_digit()) || g.groups == 3 {
            return None;
        }
        g.groups += 1;
        g.threes += u8::from(part.len() == 3);
        g.fours += u8::from(part.len() == 4);
    }
    Some(g)
}

/// `28`, `2023`, `11:03`, `2018-09-16`, `19.11.2019`, `3rd`, `10:31pm`.
fn is_date_number(tok: &str) -> bool {
    let t = tok
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim_end_matches('.');
    let suffix = &tok[t.len()..].trim_start_matches('.').to_ascii_lowercase();
    if !suffix.is_empty()
        && !matches!(
            suffix.as_str(),
            "st" | "nd" | "rd" | "th" | "am" | "pm" | "h" | "z" | "er" | "e" | "o" | "a"
        )
    {
        return false;
    }
    !t.is_empty()
        && t.split([':', '.', '-', '/'])
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
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
    fn prose_stays() {
        for neg in [
            "By the end of the year, prices rose.",
            "By March, the team had moved to Boston.",
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
        ] {
            assert_eq!(judge(neg), None, "{neg}");
        }
    }
}
