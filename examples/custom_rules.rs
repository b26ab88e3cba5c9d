//! Configures a cleaner of your own: switches a built-in rule off, adds
//! regex rules (`drop_lines`, `footer_marker`), a rule written as a type
//! implementing `Rule`, one written as a closure (`rule_fn`), and handles
//! the `BuildError` an invalid pattern causes.
//!
//! ```text
//! cargo run --example custom_rules
//! ```

use deboil::{BuildErrorKind, Cleaner, Line, Rule, RuleId, Verdict};

/// Removes short lines written entirely in capitals ("UPDATE: NOTICE LIFTED").
#[derive(Debug)]
struct Shouting {
    max_words: usize,
}

impl Rule for Shouting {
    fn name(&self) -> &str {
        "shouting"
    }

    fn judge(&self, line: &Line<'_>) -> Option<Verdict> {
        let text = line.text();
        let shouts = line.words() <= self.max_words
            && text.chars().any(char::is_alphabetic)
            && !text.chars().any(char::is_lowercase);
        shouts.then(|| Verdict::new("short all-caps line"))
    }
}

const PAGE: &str = "\
UPDATE: NOTICE LIFTED
(Ashford Wire)
By Samuel Achebe, Ashford Wire

Ashford's water utility lifted the boil-water notice on Tuesday, five days after a main burst under the high street.

Tests at twelve sites came back clean on Monday night, the utility said, and residents can drink tap water again without boiling it first.

[sponsored] Try our new meal kits today
Got a tip? Email the newsroom.
Sign up for alerts
Contact the editor";

fn main() -> Result<(), deboil::BuildError> {
    let mut builder = Cleaner::builder();
    builder
        // Keep bylines in the text: this corpus wants them.
        .disable(RuleId::Byline)
        // A wire tag on a line of its own.
        .drop_lines("wire-tag", r"^\(\w+ Wire\)$")
        // Everything from the tip line down is site furniture.
        .footer_marker("tip-line", r"^Got a tip\?")
        .rule(Shouting { max_words: 4 })
        .rule_fn("sponsored", |line: &Line<'_>| {
            line.text()
                .starts_with("[sponsored]")
                .then(|| Verdict::new("sponsored teaser"))
        });
    let cleaner = builder.build()?;

    let cleaned = cleaner.clean_with_report(PAGE);
    println!("{}\n", cleaned.text());
    for r in cleaned.report().removed() {
        println!("{:>12}: {:?} ({})", r.rule(), r.text(), r.reason());
    }

    // Bad configuration fails in `build()`, never while cleaning, and the
    // error names the rule at fault.
    let err = Cleaner::builder()
        .drop_lines("price-tag", r"^\$(\d+")
        .build()
        .expect_err("the pattern has an unclosed group");
    println!("\nbuild failed as expected: rule {:?}", err.rule());
    match err.kind() {
        BuildErrorKind::InvalidRegex(msg) => {
            println!("invalid regex:\n{msg}");
        }
        other => println!("other error: {other}"),
    }
    Ok(())
}
