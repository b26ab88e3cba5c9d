//! deboil turns scraped web text into clean prose.
//!
//! ```
//! let scraped = "Loading...\n\
//!     City council approves new bike lanes\n\
//!     By Jane Doe, Metro Desk\n\
//!     https://cdn.example.com/img/bikes.jpg\n\
//!     \n\
//!     (Photo Credit: City Hall)\n\
//!     \n\
//!     The council voted 7 to 2 on Tuesday to add protected bike lanes downtown.\n\
//!     \n\
//!     Most Popular\n\
//!     Ten places to eat this weekend";
//!
//! let clean = deboil::clean(scraped);
//! assert_eq!(
//!     clean,
//!     "City council approves new bike lanes\n\n\
//!      The council voted 7 to 2 on Tuesday to add protected bike lanes downtown."
//! );
//! ```
//!
//! # Overview
//!
//! A [`Cleaner`] runs an ordered pipeline of named rules over the lines of
//! a document, then normalizes what it keeps. Build it once with
//! [`Cleaner::builder`], reuse it for every document and share it across
//! threads; [`clean`] uses a default cleaner built on first use.
//!
//! [`Cleaner::clean_with_report`] says what each rule removed and why, with
//! line numbers and byte ranges into the input, and keeps the byline and
//! date the rules took out of the body as [`Metadata`].
//!
//! Blocks (blank-line separated in the input) stay blocks, separated by
//! exactly one blank line; lines inside a block stay separate lines.
//!
//! # Rules
//!
//! | id | removes | keeps, for example |
//! |---|---|---|
//! | `placeholder` | `Loading...`, `Please wait`, `JavaScript is disabled`, `Skip to content` | "Loading of the cargo began at dawn." |
//! | `url` | lines that are only a URL, image URL, `data:` URI, link, labelled URL, form field or image placeholder (`[IMG]`); a text browser's list of link targets | "Visit `https://example.org` for the report." |
//! | `credit` | `(Photo Credit: AP)`, `Photo: Reuters`, `Getty Images`, `Above: ...` captions | "Photos of the event show crowds gathering." |
//! | `byline` | `By Jane Doe, Reuters`, `Updated 11:03 PM ET` (kept as metadata) | "By the end of the year, prices rose." |
//! | `social` | `Share this article`, `Follow us on Twitter`, `Tweet`, `Email`, `Print` | "Share prices fell 3%" |
//! | `ads` | `Advertisement`, `Sponsored`, `Story continues below advertisement` | "Advertisers pulled out of the show." |
//! | `newsletter` | newsletter, subscribe and paywall prompts | "She signed up for the army at 18." |
//! | `consent` | cookie and consent notices | "The cookies were still warm." |
//! | `comments` | `12 Comments`, `Leave a Reply`, `Log in to comment` | "12 comments were filed before the deadline." |
//! | `read-more` | `Read more`, `Continue reading`, `Related:` | "He continued reading the verdict aloud." |
//! | `copyright` | `© 2023 ...`, `All rights reserved` | "Copyright law was reformed in 1976." |
//! | `navigation` | menus, breadcrumbs, section labels | "The ratio is 3 > 2 > 1." |
//! | `footer` | `Most Popular`, `Related Articles`, `You may also like` ... and all after it, once the article has been read | the same word in a menu at the top |
//! | `main-region` | in whole-page dumps: menus, teaser lists and comments around the article; a short line printed three times in a row; a pager | long prose anywhere |
//!
//! Phrases live in per-language packs (`data/lang/*.txt`); a new language
//! is a new file. [`CleanerBuilder::phrase_pack`] adds one at run time.
//!
//! # Performance
//!
//! Build a [`Cleaner`] once and reuse it: every pattern is compiled when it
//! is built. Cleaning allocates per document, not per line, except where a
//! line needs normalizing. [`Cleaner::clean_into`] reuses an output buffer.
//! Cloning a `Cleaner` is cheap, and with the `rayon` feature
//! [`Cleaner::par_clean_batch`] cleans a batch on all cores in input order.
//!
//! # Crate features
//!
//! - `cli`: the `deboil` command-line tool (clap, indicatif; implies
//!   `serde` and `rayon`).
//! - `rayon`: parallel batch cleaning.
//! - `serde`: `Serialize` for [`Cleaned`], [`Report`], [`Removal`] and
//!   [`Metadata`], and the [`jsonl`] module for cleaning a field of
//!   JSON-lines records.
#![forbid(unsafe_code)]
#![deny(missing_docs, missing_debug_implementations)]
#![deny(rustdoc::broken_intra_doc_links)]
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

use std::sync::LazyLock;

mod batch;
mod bytes;
mod cleaner;
mod error;
#[cfg(feature = "serde")]
pub mod jsonl;
mod lang;
mod layout;
mod line;
mod markdown;
mod normalize;
mod numbered;
mod report;
mod rule;
mod rules;

pub use crate::cleaner::{Cleaner, CleanerBuilder, DEFAULT_MAX_REMOVAL_SHARE};
pub use crate::error::{BuildError, BuildErrorKind};
pub use crate::line::Line;
pub use crate::normalize::{normalize, Normalization};
pub use crate::report::{Cleaned, Metadata, Removal, Report};
pub use crate::rule::{Rule, RuleId, Verdict};

/// The default cleaner, built on first use.
static DEFAULT: LazyLock<Cleaner> = LazyLock::new(|| {
    Cleaner::builder()
        .build()
        .expect("the default configuration is valid")
});

/// Cleans a document with the default configuration.
///
/// # Examples
///
/// ```
/// assert_eq!(
///     deboil::clean("Advertisement\nRain is expected by noon.\nShare on Facebook"),
///     "Rain is expected by noon."
/// );
/// ```
pub fn clean(text: &str) -> String {
    DEFAULT.clean(text)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme_doctest {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::{RefUnwindSafe, UnwindSafe};

    fn assert_all<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

    #[test]
    fn public_types_are_thread_safe() {
        assert_all::<Cleaner>();
        assert_all::<CleanerBuilder>();
        assert_all::<BuildError>();
        assert_all::<Cleaned<'static>>();
        assert_all::<Report<'static>>();
        assert_all::<Removal<'static>>();
        assert_all::<Metadata>();
        assert_all::<Line<'static>>();
        assert_all::<RuleId>();
    }

    #[test]
    fn default_builds() {
        assert!(Cleaner::builder().build().is_ok());
        let _ = &*DEFAULT;
    }
}
