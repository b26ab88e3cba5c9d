//! `--explain`: the input, line by line, with every removed line marked
//! with the rule that removed it and why.
//!
//! ```text
//!  1 - [placeholder: loading placeholder]  Loading...
//!  2   City council approves new bike lanes
//!  3 - [byline: byline]  By Jane Doe, Metro Desk
//! ```

use std::io::Write;

use deboil::Cleaned;

/// ANSI escapes, or nothing when colour is off.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    removed: &'static str,
    dim: &'static str,
    reset: &'static str,
}

impl Style {
    /// Red for removed lines, dim for reasons; or plain.
    pub fn new(color: bool) -> Style {
        if color {
            Style {
                removed: "\x1b[31m",
                dim: "\x1b[2m",
                reset: "\x1b[0m",
            }
        } else {
            Style {
                removed: "",
                dim: "",
                reset: "",
            }
        }
    }
}

/// Writes the explained document.
pub fn write(
    out: &mut impl Write,
    input: &str,
    cleaned: &Cleaned<'_>,
    style: Style,
) -> std::io::Result<()> {
    let report = cleaned.report();
    let lines = split_lines(input);
    // For each line, the removal that covers it.
    let mut owner: Vec<Option<usize>> = vec![None; lines.len()];
    for (k, r) in report.removed().iter().enumerate() {
        let (first, last) = r.lines();
        for slot in owner.iter_mut().take(last).skip(first.saturating_sub(1)) {
            *slot = Some(k);
        }
    }
    let width = lines.len().max(1).to_string().len();
    let Style {
        removed,
        dim,
        reset,
    } = style;
    for (i, (line, who)) in lines.iter().zip(&owner).enumerate() {
        let n = i + 1;
        let text = visible(line);
        match who {
            Some(k) if !line.trim().is_empty() => {
                let r = &report.removed()[*k];
                writeln!(
                    out,
                    "{n:>width$} {removed}-{reset} {dim}[{}: {}]{reset}  {removed}{text}{reset}",
                    r.rule(),
                    r.reason()
                )?;
            }
            _ if line.trim().is_empty() => writeln!(out, "{n:>width$}")?,
            _ => writeln!(out, "{n:>width$}   {text}")?,
        }
    }
    let meta = report.metadata();
    let mut summary = format!(
        "kept {} of {} non-blank lines",
        report.kept_lines(),
        report.input_lines()
    );
    for (label, value) in [
        ("language", report.language()),
        ("title", meta.title()),
        ("byline", meta.byline()),
        ("date", meta.date()),
    ] {
        if let Some(v) = value {
            summary.push_str(&format!("; {label}: {}", visible(v)));
        }
    }
    writeln!(out, "{dim}{summary}{reset}")?;
    if let Some(guard) = report.guard() {
        writeln!(out, "{dim}guard: {guard}{reset}")?;
    }
    Ok(())
}

/// The input's lines, numbered the way the cleaner numbers them: split at
/// `\n`, `\r\n` or a lone `\r`, after a leading byte-order mark.
fn split_lines(text: &str) -> Vec<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            Some(i) => {
                lines.push(&rest[..i]);
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
            }
            None => {
                lines.push(rest);
                rest = "";
            }
        }
    }
    lines
}

/// The line with control characters escaped, so scraped escape sequences
/// cannot drive the terminal.
fn visible(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.chars().any(|c| c.is_control() && c != '\t') {
        return line.into();
    }
    line.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_like_the_cleaner() {
        assert_eq!(split_lines("a\r\nb\rc\n\nd"), ["a", "b", "c", "", "d"]);
        assert_eq!(split_lines("\u{feff}a\n"), ["a"]);
        assert!(split_lines("").is_empty());
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(visible("a\x1b[2Jb\tc"), "a\\u{1b}[2Jb\tc");
    }
}
