//! Rule names, verdicts and the trait for custom rules.

use std::borrow::Cow;
use std::fmt;
use std::panic::{RefUnwindSafe, UnwindSafe};

use crate::line::Line;

macro_rules! rule_ids {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $summary:literal; )*) => {
        /// The built-in rules, in pipeline order.
        ///
        /// Every rule can be switched off with
        /// [`CleanerBuilder::disable`](crate::CleanerBuilder::disable); the
        /// name is what reports and the CLI show.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RuleId {
            $( $(#[$doc])* $variant, )*
        }

        impl RuleId {
            /// Every built-in rule, in the order the pipeline runs them.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The rule's name, as shown in reports (`"byline"`).
            pub fn name(self) -> &'static str {
                match self { $(RuleId::$variant => $name,)* }
            }

            /// One line saying what the rule removes.
            pub fn summary(self) -> &'static str {
                match self { $(RuleId::$variant => $summary,)* }
            }

            /// Looks a rule up by its name.
            ///
            /// # Examples
            ///
            /// ```
            /// use deboil::RuleId;
            /// assert_eq!(RuleId::from_name("byline"), Some(RuleId::Byline));
            /// assert_eq!(RuleId::from_name("nope"), None);
            /// ```
            pub fn from_name(name: &str) -> Option<RuleId> {
                match name { $($name => Some(RuleId::$variant),)* _ => None }
            }
        }
    };
}

rule_ids! {
    /// `Loading...`, `Please wait`, `JavaScript is disabled`, `Skip to content`,
    /// a slideshow's counter (`1 of 6`).
    Placeholder = "placeholder", "loading and placeholder lines: Loading..., Please wait, JavaScript is required, 1 of 6";
    /// Lines that are only a URL, an image URL, a `data:` URI, a link, a
    /// labelled URL or a form's field and button; a numbered-link dump's
    /// list of link targets.
    Url = "url", "lines that are only a URL, an image URL, a data: URI, a bare link, a labelled URL (URL Source: https://...) or a form field (____ (BUTTON) Search); a text browser's list of link targets";
    /// Photo and image credits and caption lines.
    Credit = "credit", "photo and image credits and captions: (Photo Credit: AP), Getty Images, Above: ...";
    /// Bylines, datelines and timestamps standing alone; kept as metadata.
    Byline = "byline", "bylines and datelines standing alone (kept as metadata): By Jane Doe, Reuters; Updated 11:03 PM ET";
    /// Share, follow and social buttons.
    Social = "social", "share, follow and social buttons: Share this article, Follow us on Twitter, Tweet, Print";
    /// Advertisement labels.
    Ads = "ads", "advertisement labels: Advertisement, Sponsored, Story continues below advertisement";
    /// Newsletter, subscription and paywall prompts.
    Newsletter = "newsletter", "newsletter, subscription and paywall prompts";
    /// Cookie and consent notices; a long one is known by its opening words.
    Consent = "consent", "cookie and consent notices";
    /// Comment counters and prompts.
    Comments = "comments", "comment counters and prompts: 12 Comments, Leave a reply, Log in to comment";
    /// `Read more`, `Continue reading` and similar teasers.
    ReadMore = "read-more", "Read more, Continue reading and similar links";
    /// Copyright and `All rights reserved` lines.
    Copyright = "copyright", "copyright lines: (c) 2023 ..., All rights reserved";
    /// Menus, breadcrumbs, pagination and other navigation, and the names of
    /// icons written out for buttons (`icon-share`).
    Navigation = "navigation", "menus, breadcrumbs, pagination and other navigation";
    /// Everything after a closing marker such as `Most Popular` or `Related Articles`.
    Footer = "footer", "a closing marker after the article (Most Popular, Related Articles, You may also like, a dated comment header, a row of share buttons) and everything after it; a teaser box inside the article";
    /// Lines outside the article's main region in a whole-page dump.
    MainRegion = "main-region", "in whole-page dumps: menus, teaser lists and comment threads outside the article's main region";
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rule's decision to remove a line, with the reason shown in reports.
///
/// # Examples
///
/// ```
/// let v = deboil::Verdict::new("short all-caps line");
/// assert_eq!(v.reason(), "short all-caps line");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    reason: Cow<'static, str>,
}

impl Verdict {
    /// A verdict to remove the line, for the given reason.
    pub fn new(reason: impl Into<Cow<'static, str>>) -> Verdict {
        Verdict {
            reason: reason.into(),
        }
    }

    /// Why the line goes.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    pub(crate) fn into_reason(self) -> Cow<'static, str> {
        self.reason
    }
}

/// A custom rule: looks at one line and may decide to remove it.
///
/// Custom rules run after the built-in line rules, in the order they were
/// added, and before the document-level rules (footer, main region). A rule
/// is shared by every thread that uses the [`Cleaner`](crate::Cleaner), so it
/// must be `Send + Sync`; like every public type of the crate it is also
/// unwind-safe, so a panic in one document cannot leave it half-changed.
///
/// A closure can serve as a rule too, through
/// [`CleanerBuilder::rule_fn`](crate::CleanerBuilder::rule_fn).
///
/// # Examples
///
/// ```
/// use deboil::{Cleaner, Line, Verdict};
///
/// let cleaner = Cleaner::builder()
///     .rule_fn("promo", |line: &Line<'_>| {
///         line.text().starts_with("Promo: ").then(|| Verdict::new("promotion line"))
///     })
///     .build()?;
/// let cleaned = cleaner.clean_with_report("Promo: 20% off today\nThe vote passed on Monday.");
/// assert_eq!(cleaned.text(), "The vote passed on Monday.");
/// assert_eq!(cleaned.report().removed()[0].rule(), "promo");
/// # Ok::<(), deboil::BuildError>(())
/// ```
pub trait Rule: Send + Sync + UnwindSafe + RefUnwindSafe + fmt::Debug {
    /// The rule's name, as shown in reports.
    fn name(&self) -> &str;

    /// Returns a verdict to remove the line, or `None` to leave it to the
    /// rules after this one.
    fn judge(&self, line: &Line<'_>) -> Option<Verdict>;
}

/// A closure wrapped as a rule.
pub(crate) struct FnRule<F> {
    pub(crate) name: String,
    pub(crate) judge: F,
}

impl<F> fmt::Debug for FnRule<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnRule").field("name", &self.name).finish()
    }
}

impl<F> Rule for FnRule<F>
where
    F: Fn(&Line<'_>) -> Option<Verdict> + Send + Sync + UnwindSafe + RefUnwindSafe,
{
    fn name(&self) -> &str {
        &self.name
    }

    fn judge(&self, line: &Line<'_>) -> Option<Verdict> {
        (self.judge)(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &id in RuleId::ALL {
            assert_eq!(RuleId::from_name(id.name()), Some(id));
            assert!(!id.summary().is_empty());
        }
    }
}
