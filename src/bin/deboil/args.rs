//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use deboil::{Normalization, RuleId};

const AFTER_HELP: &str = "\
Output:
  Each document's cleaned text is printed followed by one newline. A
  document that cleans to nothing prints nothing. With several files the
  documents are separated by one blank line (use --jsonl to keep document
  boundaries exact).

JSONL mode:
  Each input line is a JSON object; the --field string is cleaned and
  spliced back into the original line, so every other byte of the record
  (fields, order, spacing, escapes) is unchanged. Blank lines are skipped.
  A record that cannot be cleaned (malformed JSON, field missing, repeated
  or not a string, invalid UTF-8) is reported on stderr with its line
  number and passed through unchanged, or with --skip-invalid written to
  the rejects file (default <input>.rejects.jsonl; --rejects is required
  when reading stdin). Records in = records out + records rejected.

Report:
  --report writes JSON lines: one {\"kind\":\"removal\",...} object per
  removal (rule, reason, first_line, last_line, start, end, text; byte
  offsets into the decoded document or field text) and one
  {\"kind\":\"document\",...} object per document (title, byline, date,
  language, guard, line counts). In JSONL mode each object carries the
  record's line number and id, and invalid records get a
  {\"kind\":\"invalid\",...} object.

Exit status:
  0   success
  1   some JSONL records were invalid (passed through or rejected)
  2   usage error, unreadable input or unwritable output
  65  invalid UTF-8 in the input under --strict

Examples:
  deboil page.txt                      clean one file
  curl -s URL | deboil                 clean stdin
  deboil --explain page.txt            show what goes, and why
  deboil --disable byline,footer a.txt keep bylines and footers
  deboil --drop-lines wire='^\\(\\w+ Wire\\)$' a.txt
  deboil --report removed.jsonl a.txt b.txt
  deboil --jsonl --field body --threads 4 crawl.jsonl > clean.jsonl
  deboil --jsonl --skip-invalid --rejects bad.jsonl - < crawl.jsonl";

/// Turn scraped web text into clean prose.
///
/// Reads each FILE (or standard input when there is none, or for `-`),
/// removes boilerplate lines with a pipeline of named rules, normalizes
/// what is kept and writes it to standard output.
#[derive(Debug, Parser)]
#[command(name = "deboil", version, after_help = AFTER_HELP)]
pub struct Args {
    /// Files to clean; `-` is standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Write what was removed, and why, to FILE as JSON lines.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,

    /// Switch a rule off; repeat or separate with commas (see --list-rules).
    #[arg(long, value_name = "RULE", value_delimiter = ',', value_parser = parse_rule)]
    pub disable: Vec<RuleId>,

    /// List the rules with what each removes, and exit.
    #[arg(long)]
    pub list_rules: bool,

    /// Unicode normalization of the output.
    #[arg(long, value_enum, value_name = "FORM", default_value_t = Form::Nfc)]
    pub normalization: Form,

    /// Shorthand for --normalization nfkc.
    #[arg(long, conflicts_with = "normalization")]
    pub nfkc: bool,

    /// Add a rule NAME that removes lines matching REGEX (repeatable).
    #[arg(long, value_name = "NAME=REGEX", value_parser = parse_named)]
    pub drop_lines: Vec<(String, String)>,

    /// Add a closing marker NAME: the first line matching REGEX after some
    /// prose, and everything after it, is removed (repeatable).
    #[arg(long, value_name = "NAME=REGEX", value_parser = parse_named)]
    pub footer_marker: Vec<(String, String)>,

    /// Add a phrase pack: a language's stopwords and boilerplate phrases, in
    /// the format of the packs under `data/lang/` (repeatable).
    #[arg(long, value_name = "FILE")]
    pub pack: Vec<PathBuf>,

    /// Keep a prose document whole when the rules would remove more than
    /// this share of its prose; 1.0 turns the guard off [default: 0.5].
    #[arg(long, value_name = "SHARE")]
    pub max_removal_share: Option<f64>,

    /// Print the input with every removed line marked with its rule and
    /// reason, instead of the cleaned text.
    #[arg(long, conflicts_with = "jsonl")]
    pub explain: bool,

    /// When to colour --explain output.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = Color::Auto)]
    pub color: Color,

    /// Fail (exit 65) on invalid UTF-8 instead of decoding it lossily.
    #[arg(long, conflicts_with = "jsonl")]
    pub strict: bool,

    /// Read JSON lines and clean one string field of each record.
    #[arg(long)]
    pub jsonl: bool,

    /// The field to clean in JSONL mode.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub field: String,

    /// Worker threads in JSONL mode; 0 means one per core.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,

    /// In JSONL mode, write invalid records to the rejects file instead of
    /// passing them through.
    #[arg(long, requires = "jsonl")]
    pub skip_invalid: bool,

    /// Where --skip-invalid writes invalid records [default:
    /// <input>.rejects.jsonl].
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,

    /// Print counts and throughput to stderr when done.
    #[arg(long)]
    pub stats: bool,
}

/// The `--normalization` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Form {
    /// Canonical composition.
    Nfc,
    /// Compatibility composition: also folds ligatures and full-width forms.
    Nfkc,
    /// No Unicode normalization.
    None,
}

impl Args {
    /// The normalization form asked for.
    pub fn form(&self) -> Normalization {
        match (self.nfkc, self.normalization) {
            (true, _) | (false, Form::Nfkc) => Normalization::Nfkc,
            (false, Form::Nfc) => Normalization::Nfc,
            (false, Form::None) => Normalization::None,
        }
    }
}

/// The `--color` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

fn parse_rule(name: &str) -> Result<RuleId, String> {
    RuleId::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = RuleId::ALL.iter().map(|r| r.name()).collect();
        format!(
            "no rule is named {name:?}; the rules are: {}",
            names.join(", ")
        )
    })
}

fn parse_named(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, re)) if !name.is_empty() => Ok((name.to_string(), re.to_string())),
        _ => Err(format!("expected NAME=REGEX, got {s:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Args::command().debug_assert();
    }
}
