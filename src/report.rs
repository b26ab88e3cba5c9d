//! What a cleaning run removed, and why.

use std::borrow::Cow;
use std::ops::Range;

/// The cleaned text of a document with the report of what was removed.
///
/// Returned by [`Cleaner::clean_with_report`](crate::Cleaner::clean_with_report).
///
/// # Examples
///
/// ```
/// let cleaned = deboil::Cleaner::default().clean_with_report(
///     "Loading...\nBy Jane Doe, Reuters\n\nThe council voted on Monday to expand the park.",
/// );
/// assert_eq!(cleaned.text(), "The council voted on Monday to expand the park.");
/// let rules: Vec<&str> = cleaned.report().removed().iter().map(|r| r.rule()).collect();
/// assert_eq!(rules, ["placeholder", "byline"]);
/// assert_eq!(cleaned.report().metadata().byline(), Some("By Jane Doe, Reuters"));
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cleaned<'h> {
    text: String,
    report: Report<'h>,
}

impl<'h> Cleaned<'h> {
    pub(crate) fn new(text: String, report: Report<'h>) -> Cleaned<'h> {
        Cleaned { text, report }
    }

    /// The cleaned text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What was removed, and why.
    pub fn report(&self) -> &Report<'h> {
        &self.report
    }

    /// Takes the cleaned text, dropping the report.
    pub fn into_text(self) -> String {
        self.text
    }

    /// Takes the text and the report apart.
    pub fn into_parts(self) -> (String, Report<'h>) {
        (self.text, self.report)
    }
}

/// Every removal of a cleaning run, the metadata found on the way, and the
/// guard's decision if it vetoed the run.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Report<'h> {
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) removed: Vec<Removal<'h>>,
    pub(crate) metadata: Metadata,
    pub(crate) language: Option<String>,
    pub(crate) guard: Option<String>,
    pub(crate) lines: usize,
    pub(crate) kept: usize,
}

impl<'h> Report<'h> {
    /// The removals, in input order; consecutive lines removed by the same
    /// rule for the same reason form one removal.
    pub fn removed(&self) -> &[Removal<'h>] {
        &self.removed
    }

    /// The title, byline and date found in the document.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The language the document was judged in (an ISO 639-1 code), when
    /// one could be told.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// When the prose guard kept the whole document, why.
    ///
    /// The guard vetoes a run that would remove more than the configured
    /// share of a document that reads as prose
    /// ([`CleanerBuilder::max_removal_share`](crate::CleanerBuilder::max_removal_share)).
    pub fn guard(&self) -> Option<&str> {
        self.guard.as_deref()
    }

    /// Non-blank lines in the input.
    pub fn input_lines(&self) -> usize {
        self.lines
    }

    /// Non-blank input lines that were kept.
    pub fn kept_lines(&self) -> usize {
        self.kept
    }

    /// Lines removed per rule, in pipeline order of first appearance.
    ///
    /// # Examples
    ///
    /// ```
    /// let c = deboil::Cleaner::default()
    ///     .clean_with_report("Tweet\nEmail\n\nThe bridge reopened on Friday after repairs.");
    /// assert_eq!(c.report().counts(), vec![("social", 2)]);
    /// ```
    pub fn counts(&self) -> Vec<(&str, usize)> {
        let mut out: Vec<(&str, usize)> = Vec::new();
        for r in &self.removed {
            match out.iter_mut().find(|(n, _)| *n == r.rule()) {
                Some((_, c)) => *c += r.line_count(),
                None => out.push((r.rule(), r.line_count())),
            }
        }
        out
    }
}

/// One run of removed lines: which rule removed them, why, and where they
/// were in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removal<'h> {
    pub(crate) rule: Cow<'static, str>,
    pub(crate) reason: Cow<'static, str>,
    pub(crate) first_line: usize,
    pub(crate) last_line: usize,
    pub(crate) lines: usize,
    pub(crate) span: Range<usize>,
    pub(crate) text: &'h str,
}

impl<'h> Removal<'h> {
    /// The name of the rule that removed the lines (`"byline"`).
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// Why the rule removed them (`"byline"`, `"after closing marker"`).
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The first and last removed line numbers, counting from 1.
    pub fn lines(&self) -> (usize, usize) {
        (self.first_line, self.last_line)
    }

    /// How many non-blank lines this removal covers.
    pub fn line_count(&self) -> usize {
        self.lines
    }

    /// The byte range of the removed lines in the input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The removed input, exactly as it was (blank lines between removed
    /// lines included).
    pub fn text(&self) -> &'h str {
        self.text
    }
}

/// Article metadata found while cleaning: what the byline and title rules
/// took out of the body is kept here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) date: Option<String>,
}

impl Metadata {
    /// The headline, when one stands before the article.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The first byline line (`By Jane Doe, Reuters`).
    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }

    /// The first date or time line (`Updated 11:03 PM ET`).
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }
}
