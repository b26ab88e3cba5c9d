//! Shows what `Cleaner::clean_with_report` says about a run: every removal
//! with its rule, reason, line numbers and the removed text, then the
//! metadata the rules took out of the body (title, byline, date).
//!
//! ```text
//! cargo run --example report
//! ```

use deboil::Cleaner;

const PAGE: &str = "\
Please wait...
Skip to content

Westmere library extends its opening hours
By Priya Raman
Updated 9:42 AM ET, February 3, 2024
Follow us on Twitter

The Westmere public library will stay open until 9 p.m. on weekdays from next month, after a trial last autumn drew more evening visitors than the branch manager had expected.

“Students were queuing at the door at six,” said Hannah Lindqvist, who runs the branch. “We could hardly tell them to go home.”

Advertisement

The longer hours will cost about $48,000 a year, paid from a fund that had been set aside for a new roof that turned out not to be needed yet.

We use cookies to give you the best experience. By continuing, you agree to our cookie policy.
Accept cookies

12 Comments
Leave a Reply";

fn main() {
    let cleaned = Cleaner::default().clean_with_report(PAGE);
    let report = cleaned.report();

    println!(
        "kept {} of {} non-blank lines\n",
        report.kept_lines(),
        report.input_lines()
    );
    println!(
        "{:<6} {:<12} {:<45} removed text",
        "lines", "rule", "reason"
    );
    for removal in report.removed() {
        let (first, last) = removal.lines();
        let lines = if first == last {
            first.to_string()
        } else {
            format!("{first}-{last}")
        };
        // The span indexes the input, so the removed text can be found
        // (or highlighted) in the original document.
        assert_eq!(&PAGE[removal.span()], removal.text());
        println!(
            "{lines:<6} {:<12} {:<45} {:?}",
            removal.rule(),
            removal.reason(),
            removal.text()
        );
    }

    let meta = report.metadata();
    println!("\ntitle:  {}", meta.title().unwrap_or("-"));
    println!("byline: {}", meta.byline().unwrap_or("-"));
    println!("date:   {}", meta.date().unwrap_or("-"));
    if let Some(why) = report.guard() {
        println!("guard:  {why}");
    }

    println!("\n{}", cleaned.text());
}
