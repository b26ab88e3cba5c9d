//! The cleaner: its builder, the pipeline run, and the report.

use std::borrow::Cow;
use std::fmt;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex::Regex;

use crate::error::{BuildError, BuildErrorKind};
use crate::lang::{self, key_into, Category, Cats, PhraseBook};
use crate::layout::Pass;
use crate::line::{self, split_lines, Line};
use crate::markdown;
use crate::normalize::{normalize_line, Normalization};
use crate::numbered;
use crate::report::{Cleaned, Metadata, Removal, Report};
use crate::rule::{FnRule, Rule, RuleId, Verdict};
use crate::rules::byline::{self, Found};
use crate::rules::related::{find_cut, prose_weight, Footer, Marker};
use crate::rules::{judge_line, region};

/// Lines longer than this (in bytes) are not matched against phrases: no
/// boilerplate phrase line is that long.
const KEY_MAX: usize = 400;

/// A configured, compiled cleaner: build it once, reuse it for every
/// document, share it across threads.
///
/// `Cleaner` is cheap to clone (an `Arc`), and `Send + Sync`.
///
/// # Examples
///
/// ```
/// use deboil::{Cleaner, RuleId};
///
/// let cleaner = Cleaner::builder().disable(RuleId::Byline).build()?;
/// let out = cleaner.clean("By Jane Doe\n\nThe museum reopens on Sunday.\n\nMost Popular");
/// assert_eq!(out, "By Jane Doe\n\nThe museum reopens on Sunday.");
/// # Ok::<(), deboil::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Cleaner {
    inner: Arc<Inner>,
}

struct Inner {
    book: Arc<PhraseBook>,
    disabled: u64,
    custom: Vec<Arc<dyn Rule>>,
    footers: Vec<(String, Regex)>,
    form: Normalization,
    max_removal_share: f64,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let disabled: Vec<&str> = RuleId::ALL
            .iter()
            .filter(|id| !self.inner.enabled(**id))
            .map(|id| id.name())
            .collect();
        f.debug_struct("Cleaner")
            .field("disabled", &disabled)
            .field("custom", &self.inner.custom)
            .field(
                "footers",
                &self
                    .inner
                    .footers
                    .iter()
                    .map(|(n, _)| n)
                    .collect::<Vec<_>>(),
            )
            .field("normalization", &self.inner.form)
            .field("max_removal_share", &self.inner.max_removal_share)
            .field("languages", &self.inner.book.langs)
            .finish()
    }
}

impl Default for Cleaner {
    /// The default cleaner, the one [`clean`](crate::clean) uses.
    fn default() -> Cleaner {
        crate::DEFAULT.clone()
    }
}

/// Builds a [`Cleaner`]: choose rules, add your own, pick the Unicode form,
/// then [`build`](CleanerBuilder::build).
///
/// Setters take `&mut self` and return it, so a builder can be configured
/// conditionally and reused.
///
/// # Examples
///
/// ```
/// use deboil::{Cleaner, Normalization, RuleId};
///
/// let mut builder = Cleaner::builder();
/// builder
///     .disable(RuleId::Copyright)
///     .drop_lines("wire-tag", r"^\(\w+ Wire\)$")
///     .footer_marker("tips", r"^Got a tip\?")
///     .normalization(Normalization::Nfkc);
/// let cleaner = builder.build()?;
/// let out = cleaner.clean(
///     "(Acme Wire)\nRain is expected across the valley by noon, forecasters said.\nGot a tip? Write to us.\nMore links",
/// );
/// assert_eq!(out, "Rain is expected across the valley by noon, forecasters said.");
/// # Ok::<(), deboil::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    disabled: Vec<RuleId>,
    disabled_names: Vec<String>,
    custom: Vec<Arc<dyn Rule>>,
    drops: Vec<(String, String)>,
    footers: Vec<(String, String)>,
    packs: Vec<(String, String)>,
    form: Normalization,
    max_removal_share: f64,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder {
            disabled: Vec::new(),
            disabled_names: Vec::new(),
            custom: Vec::new(),
            drops: Vec::new(),
            footers: Vec::new(),
            packs: Vec::new(),
            form: Normalization::Nfc,
            max_removal_share: DEFAULT_MAX_REMOVAL_SHARE,
        }
    }
}

/// The default for [`CleanerBuilder::max_removal_share`].
pub const DEFAULT_MAX_REMOVAL_SHARE: f64 = 0.5;

impl CleanerBuilder {
    /// A builder with the default configuration: every built-in rule on,
    /// NFC, the prose guard at [`DEFAULT_MAX_REMOVAL_SHARE`].
    pub fn new() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Switches a built-in rule off.
    ///
    /// # Defaults
    ///
    /// Every rule is on.
    pub fn disable(&mut self, rule: RuleId) -> &mut CleanerBuilder {
        if !self.disabled.contains(&rule) {
            self.disabled.push(rule);
        }
        self
    }

    /// Switches a built-in rule back on.
    pub fn enable(&mut self, rule: RuleId) -> &mut CleanerBuilder {
        self.disabled.retain(|r| *r != rule);
        self.disabled_names.retain(|r| r != rule.name());
        self
    }

    /// Switches a built-in rule off by its name (`"byline"`), as a CLI or a
    /// config file spells it.
    ///
    /// # Errors
    ///
    /// [`build`](CleanerBuilder::build) fails with
    /// [`BuildErrorKind::UnknownRule`] if no built-in rule has the name.
    pub fn disable_by_name(&mut self, name: &str) -> &mut CleanerBuilder {
        match RuleId::from_name(name) {
            Some(id) => self.disable(id),
            None => {
                self.disabled_names.push(name.to_string());
                self
            }
        }
    }

    /// Adds a custom rule; custom rules run after the built-in line rules,
    /// in the order they were added.
    pub fn rule<R: Rule + 'static>(&mut self, rule: R) -> &mut CleanerBuilder {
        self.custom.push(Arc::new(rule));
        self
    }

    /// Adds a closure as a custom rule with the given name.
    pub fn rule_fn<F>(&mut self, name: &str, judge: F) -> &mut CleanerBuilder
    where
        F: Fn(&Line<'_>) -> Option<Verdict> + Send + Sync + UnwindSafe + RefUnwindSafe + 'static,
    {
        self.custom.push(Arc::new(FnRule {
            name: name.to_string(),
            judge,
        }));
        self
    }

    /// Adds a rule that removes every line whose normalized text matches
    /// `pattern` (a [`regex`] pattern).
    ///
    /// # Errors
    ///
    /// [`build`](CleanerBuilder::build) fails with
    /// [`BuildErrorKind::InvalidRegex`] if the pattern does not compile,
    /// and with [`BuildErrorKind::InvalidName`] if the name is empty or a
    /// built-in rule's.
    pub fn drop_lines(&mut self, name: &str, pattern: &str) -> &mut CleanerBuilder {
        self.drops.push((name.to_string(), pattern.to_string()));
        self
    }

    /// Adds a footer marker: the first line matching `pattern` after some
    /// prose, and everything after it, is removed.
    ///
    /// # Errors
    ///
    /// As for [`drop_lines`](CleanerBuilder::drop_lines).
    pub fn footer_marker(&mut self, name: &str, pattern: &str) -> &mut CleanerBuilder {
        self.footers.push((name.to_string(), pattern.to_string()));
        self
    }

    /// Adds a phrase pack (a language's stopwords and boilerplate phrases)
    /// in the format of the packs under `data/lang/`.
    ///
    /// # Errors
    ///
    /// [`build`](CleanerBuilder::build) fails with
    /// [`BuildErrorKind::InvalidPack`] if the pack does not parse.
    ///
    /// # Examples
    ///
    /// ```
    /// let pack = "lang = xx\n[share]\n= teile das\n";
    /// let cleaner = deboil::Cleaner::builder().phrase_pack("xx", pack).build()?;
    /// assert_eq!(cleaner.clean("Teile das\nThe river rose overnight."), "The river rose overnight.");
    /// # Ok::<(), deboil::BuildError>(())
    /// ```
    pub fn phrase_pack(&mut self, name: &str, source: &str) -> &mut CleanerBuilder {
        self.packs.push((name.to_string(), source.to_string()));
        self
    }

    /// Sets the Unicode normalization form of the output.
    ///
    /// # Defaults
    ///
    /// [`Normalization::Nfc`].
    pub fn normalization(&mut self, form: Normalization) -> &mut CleanerBuilder {
        self.form = form;
        self
    }

    /// Sets the prose guard: when the rules would remove more than this
    /// share of the prose of a document that reads as prose, the document
    /// is kept whole and the report says why. `1.0` turns the guard off.
    ///
    /// # Defaults
    ///
    /// [`DEFAULT_MAX_REMOVAL_SHARE`] (0.5).
    ///
    /// # Errors
    ///
    /// [`build`](CleanerBuilder::build) fails with
    /// [`BuildErrorKind::OutOfRange`] unless `0.0 <= share <= 1.0`.
    pub fn max_removal_share(&mut self, share: f64) -> &mut CleanerBuilder {
        self.max_removal_share = share;
        self
    }

    /// Compiles the configuration into a [`Cleaner`].
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the rule at fault: an invalid regex, an
    /// unknown rule name, a bad phrase pack or an out-of-range setting.
    pub fn build(&self) -> Result<Cleaner, BuildError> {
        if let Some(name) = self.disabled_names.first() {
            return Err(BuildError::new(name.clone(), BuildErrorKind::UnknownRule));
        }
        if !(0.0..=1.0).contains(&self.max_removal_share) {
            return Err(BuildError::new(
                "max_removal_share",
                BuildErrorKind::OutOfRange("the share must be between 0.0 and 1.0"),
            ));
        }
        let book = if self.packs.is_empty() {
            lang::EMBEDDED_BOOK.clone()?
        } else {
            let mut packs = lang::EMBEDDED.clone()?;
            for (name, src) in &self.packs {
                packs.push(lang::parse_pack(name, src)?);
            }
            Arc::new(PhraseBook::new(&packs)?)
        };
        let check_name = |name: &str| {
            if name.trim().is_empty() || RuleId::from_name(name).is_some() {
                Err(BuildError::new(name, BuildErrorKind::InvalidName))
            } else {
                Ok(())
            }
        };
        let compile = |name: &str, pattern: &str| {
            check_name(name)?;
            Regex::new(pattern)
                .map_err(|e| BuildError::new(name, BuildErrorKind::InvalidRegex(e.to_string())))
        };
        let mut custom = Vec::with_capacity(self.custom.len() + self.drops.len());
        for rule in &self.custom {
            check_name(rule.name())?;
            custom.push(rule.clone());
        }
        for (name, pattern) in &self.drops {
            let re = compile(name, pattern)?;
            custom.push(Arc::new(RegexRule {
                name: name.clone(),
                re,
            }) as Arc<dyn Rule>);
        }
        let footers = self
            .footers
            .iter()
            .map(|(n, p)| compile(n, p).map(|re| (n.clone(), re)))
            .collect::<Result<Vec<_>, _>>()?;
        let mut disabled = 0u64;
        for id in &self.disabled {
            disabled |= 1 << (*id as u64);
        }
        Ok(Cleaner {
            inner: Arc::new(Inner {
                book,
                disabled,
                custom,
                footers,
                form: self.form,
                max_removal_share: self.max_removal_share,
            }),
        })
    }
}

/// A custom rule from [`CleanerBuilder::drop_lines`].
#[derive(Debug)]
struct RegexRule {
    name: String,
    re: Regex,
}

impl Rule for RegexRule {
    fn name(&self) -> &str {
        &self.name
    }

    fn judge(&self, line: &Line<'_>) -> Option<Verdict> {
        self.re
            .is_match(line.text())
            .then(|| Verdict::new("matches a custom pattern"))
    }
}

/// Who removed a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    Builtin(RuleId),
    Custom(usize),
    Footer(usize),
}

/// A decision to remove a line.
#[derive(Clone, Debug)]
pub(crate) struct Decision {
    pub who: Who,
    pub reason: Reason,
}

impl Decision {
    pub(crate) fn builtin(rule: RuleId, reason: impl Into<Reason>) -> Decision {
        Decision {
            who: Who::Builtin(rule),
            reason: reason.into(),
        }
    }
}

/// Why a line goes: a fixed text, or one built for the document and shared
/// by every line it covers (a clone is a reference count, not a copy).
#[derive(Clone, Debug)]
pub(crate) enum Reason {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Reason {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Reason::Static(s) => s,
            Reason::Shared(s) => s,
        }
    }

    fn to_cow(&self) -> Cow<'static, str> {
        match self {
            Reason::Static(s) => Cow::Borrowed(s),
            Reason::Shared(s) => Cow::Owned(s.to_string()),
        }
    }
}

impl From<&'static str> for Reason {
    fn from(s: &'static str) -> Reason {
        Reason::Static(s)
    }
}

impl From<String> for Reason {
    fn from(s: String) -> Reason {
        Reason::Shared(Arc::from(s))
    }
}

impl From<Cow<'static, str>> for Reason {
    fn from(s: Cow<'static, str>) -> Reason {
        match s {
            Cow::Borrowed(s) => Reason::Static(s),
            Cow::Owned(s) => s.into(),
        }
    }
}

/// A document read and judged, before it is written out.
pub(crate) struct Analysis<'h> {
    pub input: &'h str,
    pub lines: Vec<Line<'h>>,
    pub decisions: Vec<Option<Decision>>,
    /// The main-region step judged the document a whole-page dump.
    pub page: bool,
    pub metadata: Metadata,
    pub language: Option<String>,
    pub guard: Option<String>,
}

impl Analysis<'_> {
    /// Removes, by `decision`, the non-blank lines among `lines` that no
    /// rule has decided on.
    fn remove_undecided(&mut self, lines: impl IntoIterator<Item = usize>, decision: &Decision) {
        for j in lines {
            if self.decisions[j].is_none() && !self.lines[j].is_blank() {
                self.decisions[j] = Some(decision.clone());
            }
        }
    }
}

impl Inner {
    fn enabled(&self, id: RuleId) -> bool {
        self.disabled & (1 << (id as u64)) == 0
    }
}

impl Cleaner {
    /// A builder for a cleaner of your own configuration.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::new()
    }

    /// Cleans a document and returns the kept text.
    ///
    /// Blocks (blank-line separated in the input) stay blocks, separated by
    /// one blank line; lines inside a block stay lines; there is no leading
    /// or trailing blank line and no trailing newline.
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = deboil::Cleaner::default();
    /// let out = cleaner.clean("Share this article\n\nThe harbour froze for the first time since 1947.");
    /// assert_eq!(out, "The harbour froze for the first time since 1947.");
    /// ```
    pub fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.clean_into(text, &mut out);
        out
    }

    /// Cleans a document into a buffer the caller reuses: `out` is cleared,
    /// then filled, and keeps its capacity across calls.
    ///
    /// # Examples
    ///
    /// ```
    /// let cleaner = deboil::Cleaner::default();
    /// let mut buf = String::new();
    /// for doc in ["Tweet\nFirst story.", "Second story.\nAdvertisement"] {
    ///     cleaner.clean_into(doc, &mut buf);
    ///     assert!(buf.ends_with("story."));
    /// }
    /// ```
    pub fn clean_into(&self, text: &str, out: &mut String) {
        out.clear();
        let mut analysis = self.analyze(text, false);
        self.write(&mut analysis, out);
    }

    /// Cleans a document and reports every removal: the rule, its reason,
    /// the line numbers, the byte range and the removed text.
    ///
    /// # Examples
    ///
    /// ```
    /// let input = "Loading...\nThe old bridge reopened to traffic on Friday after repairs.\nMost Popular\nTen things to do";
    /// let cleaned = deboil::Cleaner::default().clean_with_report(input);
    /// assert_eq!(cleaned.text(), "The old bridge reopened to traffic on Friday after repairs.");
    /// for r in cleaned.report().removed() {
    ///     println!("{}-{} {}: {} ({:?})", r.lines().0, r.lines().1, r.rule(), r.reason(), r.text());
    /// }
    /// assert_eq!(&input[cleaned.report().removed()[0].span()], "Loading...");
    /// ```
    pub fn clean_with_report<'h>(&self, text: &'h str) -> Cleaned<'h> {
        let mut analysis = self.analyze(text, true);
        let mut out = String::with_capacity(text.len());
        self.write(&mut analysis, &mut out);
        let report = self.report(analysis);
        Cleaned::new(out, report)
    }

    /// Reads a document into lines: split, normalized, Markdown reduced
    /// to its text on a Markdown page, hard-wrapped paragraphs and sentences
    /// broken at markup re-joined.
    fn read<'h>(&self, input: &'h str) -> Vec<Line<'h>> {
        let inner = &*self.inner;
        let (body, offset) = match input.strip_prefix('\u{feff}') {
            Some(rest) => (rest, 3),
            None => (input, 0),
        };
        let mut lines: Vec<Line<'h>> =
            Vec::with_capacity(memchr::memchr_iter(b'\n', body.as_bytes()).count() + 1);
        for (i, (start, raw)) in split_lines(body).enumerate() {
            lines.push(Line::new(
                i + 1,
                start + offset,
                raw,
                normalize_line(raw, inner.form),
            ));
        }
        if let Some(list) = numbered::link_list(&lines) {
            reduce_numbered(&mut lines, list, inner.form);
        }
        let markdown_page = markdown::is_markdown_page(&lines);
        if markdown_page {
            reduce_markdown(lines.iter_mut(), inner.form);
        }
        let lines = crate::layout::rejoin(input, lines, markdown_page);
        let mut lines = crate::layout::join_fragments(input, lines);
        // Re-joined lines may close a link no single line held (a dumper
        // that wraps its lines breaks links too): on a Markdown page they
        // are reduced again, and the page is read as Markdown when they
        // make it one, as a second run reads the output.
        if markdown_page {
            reduce_markdown(lines.iter_mut().filter(|l| l.count() > 1), inner.form);
        } else if markdown::is_markdown_page(&lines) {
            reduce_markdown(lines.iter_mut(), inner.form);
        }
        lines
    }

    /// Writes the kept lines of `a` into `out`, settled: the output is
    /// what cleaning it again gives.
    ///
    /// Hard wrapping is the one thing a second run can read differently:
    /// lines judged apart may be written joined, and a joined line may be
    /// judged otherwise. So when the kept lines look wrapped, the output is
    /// cleaned again; what that run removes is removed from `a` too (under
    /// its own rule and reason, so the report stays whole), and what it
    /// joins is joined, until a run changes nothing.
    fn write(&self, a: &mut Analysis<'_>, out: &mut String) {
        let start = out.len();
        // On a page dump, joined lines shift what the main-region step
        // weighs: a second run reads the joined lines without the lines
        // removed around them, and may cut where the first did not.
        let joined_page = a.page && a.lines.iter().any(|l| l.count() > 1);
        if !render(a, out, None) && !joined_page {
            return;
        }
        // Looks wrapped, or holds fragments a second run would join: written
        // again, noting where each line came from.
        out.truncate(start);
        let mut trail = Trail::default();
        render(a, out, Some(&mut trail));
        let mut next = Trail::default();
        for _ in 0..MAX_SETTLE_ROUNDS {
            let text = out.clone();
            let b = self.analyze(&text, false);
            let mut removed = false;
            for (line, d) in b.lines.iter().zip(&b.decisions) {
                let Some(d) = d else { continue };
                if line.is_blank() {
                    continue;
                }
                removed = true;
                for w in line.number() - 1..line.last_number() {
                    let Some(range) = trail.written.get(w) else {
                        return;
                    };
                    a.remove_undecided(trail.view[range.clone()].iter().copied(), d);
                }
            }
            if removed {
                out.clear();
                render(a, out, Some(&mut trail));
                continue;
            }
            let mut again = String::with_capacity(out.len());
            render(&b, &mut again, Some(&mut next));
            if again == *out {
                return;
            }
            // The joins of the second run, traced back to the lines of `a`.
            let mut written = Vec::with_capacity(next.written.len());
            for r in &next.written {
                let (Some(&f), Some(&l)) = (next.view.get(r.start), next.view.get(r.end - 1))
                else {
                    return;
                };
                let from = trail.written.get(b.lines[f].number() - 1);
                let to = trail.written.get(b.lines[l].last_number() - 1);
                let (Some(from), Some(to)) = (from, to) else {
                    return;
                };
                written.push(from.start..to.end);
            }
            trail.written = written;
            *out = again;
        }
    }

    /// Reads and judges a document; `name_language` asks for its language
    /// even where no step needs it (a report names it).
    pub(crate) fn analyze<'h>(&self, input: &'h str, name_language: bool) -> Analysis<'h> {
        let inner = &*self.inner;
        let book = &*inner.book;
        let lines = self.read(input);
        let n = lines.len();
        let mut decisions: Vec<Option<Decision>> = vec![None; n];
        if inner.enabled(RuleId::Url) {
            for (line, d) in lines.iter().zip(decisions.iter_mut()) {
                if line.f.link_only {
                    *d = Some(Decision::builtin(
                        RuleId::Url,
                        "line is only links or markup",
                    ));
                }
            }
        }
        let mut markers: Vec<Option<Marker>> = vec![None; n];
        let mut metadata = Metadata::default();
        let mut key = String::new();
        // Comment headers, and the date lines that may stand under them.
        let mut headers: Vec<usize> = Vec::new();
        let mut dates: Vec<usize> = Vec::new();
        // Reply buttons ("Reply", "Antworten") under comments.
        let mut replies: Vec<usize> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if line.is_blank() {
                continue;
            }
            let cats = if line.text().len() <= KEY_MAX && line.f.words <= lang::CONTAINS_WORDS {
                key_into(line.text(), &mut key);
                book.matches(&key, line.f.words)
            } else if book.opens_consent(line.text(), &mut key) {
                key.clear();
                Cats::only(Category::Consent)
            } else {
                key.clear();
                Default::default()
            };
            if cats.has(Category::Footer) {
                markers[i] = Some(Marker::Phrase);
            } else if book.is_comment_header(line.text(), &key, words_after_bullet(line))
                || is_dated_comment_line(line, cats, &key)
            {
                headers.push(i);
            }
            if inner.footers.iter().any(|(_, re)| re.is_match(line.text())) {
                markers[i] = Some(Marker::Custom);
            }
            if let Some(v) = judge_line(line, cats, book, |id| inner.enabled(id)) {
                if v.found == Some(Found::Date) {
                    dates.push(i);
                }
                if v.rule == RuleId::Comments && cats.has(Category::Reply) {
                    replies.push(i);
                }
                match v.found {
                    Some(Found::Byline) if metadata.byline.is_none() => {
                        metadata.byline = Some(line.text().to_string());
                    }
                    Some(Found::Date) if metadata.date.is_none() => {
                        metadata.date = Some(line.text().to_string());
                    }
                    _ => {}
                }
                decisions[i] = Some(Decision {
                    who: Who::Builtin(v.rule),
                    reason: v.reason.into(),
                });
                continue;
            }
            for (k, rule) in inner.custom.iter().enumerate() {
                if let Some(v) = rule.judge(line) {
                    decisions[i] = Some(Decision {
                        who: Who::Custom(k),
                        reason: v.into_reason().into(),
                    });
                    break;
                }
            }
        }

        if inner.enabled(RuleId::Byline) {
            split_bylines(&lines, &mut decisions, book, &mut metadata);
        }

        // A comment header is dated ("Jane on May 3, 2020 at 4:47 pm
        // said:", or "Jane says:" over a date line); "The minister says:"
        // before a quote is not.
        for &h in &headers {
            let dated = lines[h].f.digits >= HEADER_DATE_DIGITS
                || (h + 1..n)
                    .filter(|&j| !lines[j].is_blank())
                    .take(HEADER_DATE_LINES)
                    .any(|j| dates.binary_search(&j).is_ok());
            if dated && markers[h].is_none() {
                markers[h] = Some(Marker::Thread);
            }
        }

        // A comment without a header verb: a name, a date line, the text
        // and a reply button. With two such comments or more, each
        // comment's first line opens a thread.
        if replies.len() >= 2 {
            let mut prev_reply = None;
            for &r in &replies {
                let from = prev_reply.map_or(0, |p| p + 1);
                prev_reply = Some(r);
                let Some(&d) = dates
                    .iter()
                    .rev()
                    .find(|&&d| d < r && d >= from && r - d <= REPLY_DATE_LINES)
                else {
                    continue;
                };
                // The commenter's name stands just above the date.
                let head = (from..d)
                    .rev()
                    .find(|&j| !lines[j].is_blank())
                    .filter(|&j| lines[j].f.words <= COMMENTER_WORDS && !lines[j].f.terminal)
                    .unwrap_or(d);
                if markers[head].is_none() {
                    markers[head] = Some(Marker::Thread);
                }
            }
        }

        // A comment form: several comment prompts and fields close
        // together ("Leave a Reply", "Name *", "Website").
        if inner.enabled(RuleId::Footer) {
            let is_field = |i: usize| {
                decisions[i]
                    .as_ref()
                    .is_some_and(|d| d.who == Who::Builtin(RuleId::Comments))
            };
            let fields: Vec<usize> = (0..n).filter(|&i| is_field(i)).collect();
            for w in fields.windows(FORM_FIELDS) {
                let span = (w[0]..=w[FORM_FIELDS - 1])
                    .filter(|&j| !lines[j].is_blank())
                    .count();
                if span <= FORM_SPAN && markers[w[0]].is_none() {
                    markers[w[0]] = Some(Marker::Form);
                }
            }
        }

        // Comments signed with a name and a date ("maculi 28.09.19 13:55",
        // "Herbert am 15.7.2010"), each over its text: with two or more,
        // each signature opens a thread. The text is the next line the
        // line rules kept, as a second run over the output reads it.
        let signed: Vec<usize> = (0..n)
            .filter(|&i| decisions[i].is_none() && is_signature_line(&lines[i]))
            .filter(|&i| {
                let next = (i + 1..n).find(|&j| !lines[j].is_blank() && decisions[j].is_none());
                next.is_some_and(|j| {
                    lines[j].f.words >= SIGNED_TEXT_WORDS && !is_signature_line(&lines[j])
                })
            })
            .collect();
        if signed.len() >= 2 {
            for &i in &signed {
                if markers[i].is_none() {
                    markers[i] = Some(Marker::Signed);
                }
            }
        }

        let mut analysis = Analysis {
            input,
            lines,
            decisions,
            page: false,
            metadata,
            language: None,
            guard: None,
        };

        if inner.enabled(RuleId::MainRegion) {
            let closing = markers.iter().position(|m| *m == Some(Marker::Phrase));
            region::apply(&mut analysis, book, closing, name_language);
        }

        // A row of share buttons.
        if inner.enabled(RuleId::Footer) {
            let mut prev_share = false;
            for (i, (line, d)) in analysis.lines.iter().zip(&analysis.decisions).enumerate() {
                if line.is_blank() {
                    continue;
                }
                let share = d
                    .as_ref()
                    .is_some_and(|d| d.who == Who::Builtin(RuleId::Social));
                if share && prev_share && markers[i].is_none() {
                    markers[i] = Some(Marker::Share);
                }
                prev_share = share;
            }
        }

        // The footer cut, teaser boxes and lone closing markers.
        let footer = if inner.enabled(RuleId::Footer) || !inner.footers.is_empty() {
            let a = &analysis;
            find_cut(
                &a.lines,
                |i| a.decisions[i].is_none(),
                |i| match markers[i] {
                    Some(Marker::Custom) => Some(Marker::Custom),
                    m if inner.enabled(RuleId::Footer) => m,
                    _ => None,
                },
                MIN_PROSE_BEFORE_FOOTER,
            )
        } else {
            Footer::default()
        };
        for &(label, end) in &footer.boxes {
            let decision = Decision {
                who: Who::Builtin(RuleId::Footer),
                reason: Reason::from(format!(
                    "in the teaser box under {:?} (line {})",
                    truncate(analysis.lines[label].text(), 40),
                    analysis.lines[label].number()
                )),
            };
            analysis.remove_undecided(label + 1..end, &decision);
        }
        if let Some(cut) = footer.cut {
            let who = match markers[cut] {
                Some(Marker::Custom) => inner
                    .footers
                    .iter()
                    .position(|(_, re)| re.is_match(analysis.lines[cut].text()))
                    .map_or(Who::Builtin(RuleId::Footer), Who::Footer),
                _ => Who::Builtin(RuleId::Footer),
            };
            let what = match markers[cut] {
                Some(Marker::Thread) => "start of a comment thread",
                Some(Marker::Share) => "share buttons",
                Some(Marker::Form) => "a comment form",
                Some(Marker::Signed) => "a signed comment",
                _ => "closing marker",
            };
            if analysis.decisions[cut].is_none() {
                analysis.decisions[cut] = Some(Decision {
                    who,
                    reason: Reason::Static(what),
                });
            }
            let decision = Decision {
                who,
                reason: Reason::from(format!(
                    "after {what} {:?} (line {})",
                    truncate(analysis.lines[cut].text(), 40),
                    analysis.lines[cut].number()
                )),
            };
            analysis.remove_undecided(cut + 1..n, &decision);
        }
        if inner.enabled(RuleId::Footer) {
            for (i, m) in markers.iter().enumerate() {
                if *m == Some(Marker::Phrase) && analysis.decisions[i].is_none() {
                    analysis.decisions[i] = Some(Decision::builtin(
                        RuleId::Footer,
                        "closing-section label standing alone",
                    ));
                }
            }
        }

        if inner.enabled(RuleId::Footer) {
            sign_off(&mut analysis, book, &mut key);
        }
        self.guard(&mut analysis);
        if analysis.metadata.title.is_none() {
            analysis.metadata.title = find_title(&analysis);
        }
        analysis
    }

    /// Vetoes a run that would remove most of a document that reads as
    /// prose: a false positive there costs a whole article.
    ///
    /// A whole-page dump, with its menus and boilerplate, is not vetoed:
    /// there the main-region step already keeps every long prose line.
    fn guard(&self, a: &mut Analysis<'_>) {
        let share = self.inner.max_removal_share;
        if share >= 1.0 || a.page {
            return;
        }
        let mut total = 0u64;
        let mut prose = 0u64;
        let mut prose_removed = 0u64;
        for (line, d) in a.lines.iter().zip(&a.decisions) {
            let w = u64::from(line.weight());
            total += w;
            // A line that is only a link is navigation however it reads,
            // and it is gone from the output: counting it would let the
            // guard veto a run that a second run, which no longer sees the
            // link, would not.
            if d.as_ref()
                .is_some_and(|d| d.who == Who::Builtin(RuleId::Url))
            {
                continue;
            }
            let p = u64::from(prose_weight(line));
            prose += p;
            if d.is_some() {
                prose_removed += p;
            }
        }
        if total == 0 || prose == 0 {
            return;
        }
        let prose_share = prose as f64 / total as f64;
        let removed_share = prose_removed as f64 / prose as f64;
        if prose_share >= PROSE_DOCUMENT_SHARE && removed_share > share {
            a.guard = Some(format!(
                "kept the whole document: the rules would remove {:.0}% of its prose (limit {:.0}%)",
                removed_share * 100.0,
                share * 100.0
            ));
            a.decisions.iter_mut().for_each(|d| *d = None);
        }
    }

    fn rule_name(&self, who: Who) -> Cow<'static, str> {
        match who {
            Who::Builtin(id) => Cow::Borrowed(id.name()),
            Who::Custom(k) => Cow::Owned(self.inner.custom[k].name().to_string()),
            Who::Footer(k) => Cow::Owned(self.inner.footers[k].0.clone()),
        }
    }

    fn report<'h>(&self, a: Analysis<'h>) -> Report<'h> {
        let mut removed: Vec<Removal<'h>> = Vec::new();
        let mut last: Option<(usize, Who)> = None;
        let mut lines = 0;
        let mut kept = 0;
        for (i, (line, d)) in a.lines.iter().zip(&a.decisions).enumerate() {
            if line.is_blank() {
                continue;
            }
            lines += line.count();
            let Some(d) = d else {
                kept += line.count();
                last = None;
                continue;
            };
            if let (Some((prev, who)), Some(r)) = (last, removed.last_mut()) {
                let same = who == d.who && r.reason == d.reason.as_str();
                let gap_blank = a.lines[prev + 1..i].iter().all(Line::is_blank);
                if same && gap_blank {
                    r.last_line = line.last_number();
                    r.lines += line.count();
                    r.span.end = line.span().end;
                    r.text = &a.input[r.span.clone()];
                    last = Some((i, d.who));
                    continue;
                }
            }
            removed.push(Removal {
                rule: self.rule_name(d.who),
                reason: d.reason.to_cow(),
                first_line: line.number(),
                last_line: line.last_number(),
                lines: line.count(),
                span: line.span(),
                text: line.raw(),
            });
            last = Some((i, d.who));
        }
        Report {
            removed,
            metadata: a.metadata,
            language: a.language,
            guard: a.guard,
            lines,
            kept,
        }
    }
}

/// The headline: the last short, unpunctuated line kept before the first
/// kept prose line (a kicker or a section label may stand above it).
fn find_title(a: &Analysis<'_>) -> Option<String> {
    let mut title = None;
    for (line, d) in a.lines.iter().zip(&a.decisions).take(TITLE_SEARCH_LINES) {
        if line.is_blank() || d.is_some() {
            continue;
        }
        if prose_weight(line) > 0 {
            break;
        }
        if (3..=25).contains(&line.f.words) && !line.f.terminal {
            // A reader service's header names it: "Title: Harbour ferry ...".
            let t = line.text();
            let t = t
                .get(..TITLE_LABEL.len())
                .filter(|l| l.eq_ignore_ascii_case(TITLE_LABEL))
                .map_or(t, |_| t[TITLE_LABEL.len()..].trim_start());
            title = Some(t.to_string());
        }
    }
    title
}

/// The label a reader service writes before a page's title.
const TITLE_LABEL: &str = "title:";

/// Cleaning a wrapped output again settles in a round or two; this bounds
/// it.
const MAX_SETTLE_ROUNDS: usize = 8;

/// The headline is looked for among this many first lines.
const TITLE_SEARCH_LINES: usize = 400;

/// A commenter's signature: a name of one to three words, then a numeric
/// date ("28.09.19", "15.7.2010", "2019-04-28"), maybe a time and a joining
/// word ("am", "on", "@"), at most [`SIGNATURE_WORDS`] words in all.
fn is_signature_line(line: &Line<'_>) -> bool {
    if line.f.words > SIGNATURE_WORDS || line.f.digits < HEADER_DATE_DIGITS {
        return false;
    }
    let mut tokens = line.text().split_whitespace();
    let Some(first) = tokens.next() else {
        return false;
    };
    if !first.starts_with(char::is_alphabetic) {
        return false;
    }
    let mut name_words = 1;
    let mut dated = false;
    for t in tokens {
        if is_numeric_date(t) {
            dated = true;
        } else if dated {
            // After the date: a time, "Uhr", "|" ...
            if t.chars().filter(char::is_ascii_alphabetic).count() > 3 {
                return false;
            }
        } else if t.chars().count() > 3 || t.starts_with(char::is_uppercase) {
            name_words += 1;
        }
    }
    dated && name_words <= 3
}

/// A numeric date: two or three groups of digits joined by `.`, `/` or
/// `-`, with a group of four digits or a day and a month.
fn is_numeric_date(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';', ':']);
    t.contains(['.', '/', '-'])
        && byline::date_groups(t).is_some_and(|g| g.groups >= 2 && (g.groups == 3 || g.fours > 0))
}

/// A signature line has at most this many words ...
const SIGNATURE_WORDS: u32 = 6;
/// ... and the comment under it at least this many.
const SIGNED_TEXT_WORDS: u32 = 5;

/// A reply button stands at most this many lines under its comment's
/// date line, which a name of at most this many words may head.
const REPLY_DATE_LINES: usize = 30;
const COMMENTER_WORDS: u32 = 4;
/// A comment header with this many digits holds its date.
const HEADER_DATE_DIGITS: u32 = 4;
/// A comment header's date stands within this many lines under it.
const HEADER_DATE_LINES: usize = 2;

/// The words of a line without its list bullet (`* Jane on May 3 said:`
/// in a dump that draws a comment list as a bulleted list).
fn words_after_bullet(line: &Line<'_>) -> u32 {
    let bullet = line.f.marker == line::Marker::Bullet && line.text().contains(' ');
    line.f.words - u32::from(bullet)
}

/// A comment's header in the form "Comment by Jane — 17.07.2011 @ 13:04":
/// a comment phrase, a date, at most [`COMMENT_LINE_WORDS`] words and no
/// leading count (not "1,204 comments").
fn is_dated_comment_line(line: &Line<'_>, cats: lang::Cats, key: &str) -> bool {
    cats.has(Category::Comments)
        && line.f.words <= COMMENT_LINE_WORDS
        && line.f.digits >= HEADER_DATE_DIGITS
        && !key.starts_with(|c: char| c.is_ascii_digit())
}

/// Reduces the lines of a numbered-link dump to the text they stand for:
/// the list of link targets at the end, and rows of links, are marked to
/// go; link numbers are taken out of the text.
fn reduce_numbered(lines: &mut [Line<'_>], list: numbered::LinkList, form: Normalization) {
    for (i, line) in lines.iter_mut().enumerate() {
        if line.is_blank() {
            continue;
        }
        if i >= list.start || numbered::is_link_row(line.text(), list.max) {
            line.f.link_only = true;
            continue;
        }
        if let Cow::Owned(plain) = numbered::strip_numbers(line.text(), list.max) {
            set_reduced(line, plain, form);
        }
    }
}

/// Gives a line the text a dump's markup was taken out of, normalized
/// again; a line left with nothing is marked to go.
fn set_reduced(line: &mut Line<'_>, plain: String, form: Normalization) {
    // Taking markup out must not make an entity: in "&#625`;" the
    // backtick kept a character from being written that the text never
    // held.
    if plain.contains('&') && matches!(crate::normalize::decode_entities(&plain), Cow::Owned(_)) {
        return;
    }
    let plain = match normalize_line(&plain, form) {
        Cow::Borrowed(p) if p.len() == plain.len() => plain,
        p => p.into_owned(),
    };
    // Nothing but markup (a stray backtick, `**`): the line is removed,
    // not turned blank, so it stays accounted.
    if plain.is_empty() {
        line.f.link_only = true;
        return;
    }
    line.set_text(Cow::Owned(plain));
}

/// Reduces the lines of a Markdown dump to the text they stand for, so
/// that it is judged, and re-wrapped, as that text and cleaning the output
/// again sees the same lines. A line that is only links or images is
/// marked to go.
fn reduce_markdown<'a, 'h: 'a>(lines: impl Iterator<Item = &'a mut Line<'h>>, form: Normalization) {
    for line in lines {
        if markdown::is_link_only(line.text()) {
            line.f.link_only = true;
            continue;
        }
        if let Cow::Owned(plain) = markdown::strip(line.text()) {
            set_reduced(line, plain, form);
        }
    }
}

/// A dated comment line has at most this many words.
const COMMENT_LINE_WORDS: u32 = 12;

/// A sign-off line has at most this many words.
const SIGN_OFF_WORDS: u32 = 100;
/// A title-case heading of three to this many words that ends a text over
/// removed lines goes with them. (A signature, "Jane Doe" or "Jane, for
/// the editors", stays.)
const ORPHAN_HEADING_WORDS: u32 = 6;

/// Removes the sign-off that closes a text, whatever its length ("If you
/// enjoyed this article, we have a proposition for you: ...", "Follow
/// @site on Twitter to keep up with the latest deals ..."): from the end
/// up, every line that stays and holds a newsletter, follow or advertising
/// phrase of three words or more, or a phrase of the packs' `[signoff]`
/// sections, and a title-case heading left over removed lines, until a
/// line that is neither. (An invitation to comment is the author's own and
/// stays.) Elsewhere such phrases only judge short lines, so that a
/// paragraph quoting one stays; at the very end of a text they mark the
/// site's sign-off. The walk takes the whole run, not a number of lines,
/// so that the line above it reads the same to a second run.
fn sign_off(a: &mut Analysis<'_>, book: &PhraseBook, key: &mut String) {
    let wanted = [
        Category::Newsletter,
        Category::Share,
        Category::Ads,
        Category::SignOff,
    ];
    let mut removed_below = false;
    for i in (0..a.lines.len()).rev() {
        let line = &a.lines[i];
        if line.is_blank() {
            continue;
        }
        if a.decisions[i].is_some() {
            removed_below = true;
            continue;
        }
        let sign_off = line.f.words <= SIGN_OFF_WORDS && {
            key_into(line.text(), key);
            let cats = book.sign_off_matches(key);
            wanted.iter().any(|&c| cats.has(c))
        };
        // The heading of a closing box whose lines all went ("Something
        // to Consider" over a subscription offer).
        let f = &line.f;
        let orphan = removed_below
            && (3..=ORPHAN_HEADING_WORDS).contains(&f.words)
            && f.title_words + 1 >= f.words
            && !f.terminal
            && !line.text().contains(',');
        let reason = match (sign_off, orphan) {
            (true, _) => "sign-off closing the text",
            (false, true) => "heading over removed lines at the end",
            (false, false) => return,
        };
        a.decisions[i] = Some(Decision::builtin(RuleId::Footer, reason));
        removed_below = true;
    }
}

/// A comment form is this many comment prompts and fields ...
const FORM_FIELDS: usize = 3;
/// ... within this many lines.
const FORM_SPAN: usize = 8;

/// A closing marker needs this many words of prose above it.
const MIN_PROSE_BEFORE_FOOTER: u32 = 8;
/// A document reads as prose when this share of its words sits in prose
/// lines.
const PROSE_DOCUMENT_SHARE: f64 = 0.8;

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Where each written line came from: `view` lists the indices of the
/// lines written (kept lines, and one blank line between blocks), and
/// `written[w]` is the range of `view` that output line `w` joins.
#[derive(Default)]
struct Trail {
    view: Vec<usize>,
    written: Vec<std::ops::Range<usize>>,
}

/// Writes the kept lines: blocks separated by one blank line, lines of a
/// block by a newline.
///
/// When the kept lines, as written, have the shape of a hard-wrapped text
/// (their wrapped neighbours were removed, or they were short in the
/// input), their paragraphs are joined here too. Returns whether a second
/// run may read the output otherwise: it looks wrapped, or its lines hold
/// sentence fragments that reading joins (their neighbours were removed).
/// Fills `trail` when given.
fn render(a: &Analysis<'_>, out: &mut String, trail: Option<&mut Trail>) -> bool {
    // The output as lines: kept lines, and one blank line between blocks.
    let mut view: Vec<&Line<'_>> = Vec::with_capacity(a.lines.len());
    let mut index: Vec<usize> = Vec::new();
    let want = trail.is_some();
    let mut blank: Option<usize> = None;
    for (i, (line, d)) in a.lines.iter().zip(&a.decisions).enumerate() {
        if line.is_blank() {
            blank = Some(i);
            continue;
        }
        if d.is_some() {
            continue;
        }
        if let Some(b) = blank.take() {
            if !view.is_empty() {
                view.push(&a.lines[b]);
                if want {
                    index.push(b);
                }
            }
        }
        view.push(line);
        if want {
            index.push(i);
        }
    }
    let width = crate::layout::wrap_width(&view, Pass::Write);
    let mut written: Vec<std::ops::Range<usize>> = Vec::new();
    let mut prev: Option<&Line<'_>> = None;
    let mut line_start = out.len();
    for (v, line) in view.iter().enumerate() {
        let joins = !line.is_blank()
            && prev.is_some_and(|p| {
                width.is_some_and(|w| {
                    crate::layout::continues(w, p, &out[line_start..], line, Pass::Write)
                })
            });
        if joins {
            out.push(' ');
            if let Some(r) = written.last_mut() {
                r.end = v + 1;
            }
        } else {
            if v > 0 {
                out.push('\n');
            }
            line_start = out.len();
            if want {
                written.push(v..v + 1);
            }
        }
        out.push_str(line.text());
        prev = (!line.is_blank()).then_some(*line);
    }
    if let Some(t) = trail {
        t.view = index;
        t.written = written;
    }
    width.is_some() || crate::layout::fragment_joins(&view).contains(&true)
}

/// A byline set over two lines, as some page templates lay it out: the
/// byline word alone (`By`, `Von`, `Author:`), then the name (`Dan
/// Evon`). Both lines go; the report's byline joins them. A name is two
/// to four capitalized words without digits or a sentence end; any other
/// line under a lone "By" stays, and so does the "By" (a lone "Text" over
/// "Bücher" is a menu's).
fn split_bylines(
    lines: &[Line<'_>],
    decisions: &mut [Option<Decision>],
    book: &PhraseBook,
    metadata: &mut Metadata,
) {
    let mut key = String::new();
    for i in 0..lines.len() {
        let line = &lines[i];
        // The word may have gone already, as a label ("Author:").
        if line.f.words != 1 || line.f.alpha_words != 1 {
            continue;
        }
        key_into(line.text(), &mut key);
        if key.is_empty() || !(book.is_byline_word(&key) || is_label_of(book, &key)) {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        let name = &lines[j];
        let is_name = (2..=SPLIT_BYLINE_NAME_WORDS).contains(&name.f.words)
            && name.f.digits == 0
            && !name.f.terminal
            && decisions[j].is_none()
            && name.f.title_words == name.f.words;
        if !is_name {
            continue;
        }
        for k in [i, j] {
            if decisions[k].is_none() {
                decisions[k] = Some(Decision::builtin(RuleId::Byline, "byline over two lines"));
            }
        }
        if metadata.byline.is_none() {
            metadata.byline = Some(format!("{} {}", line.text(), name.text()));
        }
    }
}

/// Whether `key` with a colon is a byline label of the packs (`author:`).
fn is_label_of(book: &PhraseBook, key: &str) -> bool {
    let mut label = String::with_capacity(key.len() + 1);
    label.push_str(key);
    label.push(':');
    book.is_byline_word(&label)
}

/// A name under a lone byline word has at most this many words.
const SPLIT_BYLINE_NAME_WORDS: u32 = 4;

#[cfg(test)]
mod tests {
    use super::is_numeric_date;

    #[test]
    fn numeric_dates() {
        for d in [
            "28.09.19",
            "15.7.2010",
            "2019-04-28",
            "04/2021",
            "17.07.2011,",
        ] {
            assert!(is_numeric_date(d), "{d}");
        }
        for t in ["3.5", "13:39", "1,300", "v1.2", "2010", "12.5%", "1.2.3.4"] {
            assert!(!is_numeric_date(t), "{t}");
        }
    }
}
