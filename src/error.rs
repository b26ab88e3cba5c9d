//! Errors raised while building a [`Cleaner`](crate::Cleaner).

use std::fmt;

/// An error from [`CleanerBuilder::build`](crate::CleanerBuilder::build),
/// naming the rule or setting at fault.
///
/// Cleaning itself never fails: every configuration problem is caught when
/// the cleaner is built.
///
/// # Examples
///
/// ```
/// let err = deboil::Cleaner::builder()
///     .drop_lines("bad-pattern", "(unclosed")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.rule(), "bad-pattern");
/// assert!(matches!(err.kind(), deboil::BuildErrorKind::InvalidRegex(_)));
/// ```
#[derive(Debug, Clone, thiserror::Error)]
pub struct BuildError {
    rule: String,
    kind: BuildErrorKind,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            // A pack's error is named by its file and line.
            BuildErrorKind::InvalidPack(_) => write!(f, "{}: {}", self.rule, self.kind),
            _ => write!(f, "rule {}: {}", self.rule, self.kind),
        }
    }
}

/// What went wrong while building a cleaner.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A custom pattern is not a valid regular expression; the regex
    /// crate's message is attached.
    InvalidRegex(String),
    /// A custom rule has an empty name or reuses a built-in rule's name.
    InvalidName,
    /// A rule name given to `disable` is not a known rule.
    UnknownRule,
    /// A phrase pack does not follow the pack format; the message says
    /// where and why.
    InvalidPack(String),
    /// A numeric setting is out of its documented range.
    OutOfRange(&'static str),
}

impl fmt::Display for BuildErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildErrorKind::InvalidRegex(msg) => write!(f, "invalid regex: {msg}"),
            BuildErrorKind::InvalidName => {
                f.write_str("the name is empty or already used by a built-in rule")
            }
            BuildErrorKind::UnknownRule => f.write_str("no rule has this name"),
            BuildErrorKind::InvalidPack(msg) => write!(f, "invalid phrase pack: {msg}"),
            BuildErrorKind::OutOfRange(what) => write!(f, "{what}"),
        }
    }
}

impl BuildError {
    pub(crate) fn new(rule: impl Into<String>, kind: BuildErrorKind) -> BuildError {
        BuildError {
            rule: rule.into(),
            kind,
        }
    }

    /// The name of the rule or setting that could not be built.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}
