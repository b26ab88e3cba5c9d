//! The main-region step for whole-page dumps.

use crate::cleaner::Analysis;
use crate::lang::PhraseBook;

/// Finds the article in a whole-page dump and removes what lies around it.
pub(crate) fn apply(_a: &mut Analysis<'_>, _book: &PhraseBook) {}
