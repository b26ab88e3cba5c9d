//! Cleans one scraped news page with the default rules and shows the text
//! before and after, then how many lines each rule removed.
//!
//! ```text
//! cargo run --release --example quickstart
//! ```
//!
//! The sample is an invented article, dumped the way a scraper leaves a
//! page: a loading placeholder, a byline, an image URL and a photo credit,
//! share buttons, advertisement labels and a "Most Popular" list at the end.

/// An invented article, as a page-to-text scraper returns it.
const SCRAPED: &str = "\
Loading...

Harbour ferry returns after 40 years as town votes to restore the old crossing
A volunteer crew spent three winters rebuilding the wooden boat that once linked the two halves of Port Ellis
By Marta Okafor - March 14, 2024
https://static.example-gazette.com/photos/2024/03/ferry-launch-1200x800.jpg
(Photo Credit: Daniel Brandt / Example Gazette)

Share on Facebook
Share on Twitter
Email

The little green ferry that carried workers across the Port Ellis harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor, two former deckhands and a brass band on board.

The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after a volunteer group had spent three winters stripping and re-planking the hull in a borrowed boatshed. “We were told it would be cheaper to build a new one,” said Ines Carvalho, who chairs the group. “That was probably true. It just wouldn’t have been this boat.”

Advertisement

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour. The council expects the ferry to run on weekends from April and every day in the summer, with fares set at two dollars for adults and free for children under twelve.

Not everyone is convinced. Councillor Graham Whitfield, the one vote against, said the town had underestimated what it would cost to keep a wooden boat in the water. “Nobody is against the ferry,” he said. “I’m against finding out in three years that we’re paying for it instead of the library roof.”

The volunteers say they have planned for that. A maintenance fund, started with money from a winter of pancake breakfasts and a raffle, already holds enough for the first hull survey, and the harbour school has asked to use the boatshed for a woodworking class.

Story continues below advertisement

For Tomasz Wilk, who worked the ferry’s ropes as a teenager, the morning was about something simpler. He stood at the stern for the whole crossing and did not say much until the boat bumped against the new landing. “Same noise,” he said. “Exactly the same noise.”

The first scheduled service leaves the east quay at 9 a.m. on April 6.

Share this article
Tweet
Print

Most Popular
Bakery on Mill Street closes after 60 years
Five walks to take before the spring rain
School board delays vote on later start times
Letters: The bypass is not the answer

© 2024 Example Gazette. All rights reserved.";

fn main() {
    let cleaner = deboil::Cleaner::default();
    let cleaned = cleaner.clean_with_report(SCRAPED);

    println!("===== BEFORE ({} bytes) =====\n{SCRAPED}\n", SCRAPED.len());
    println!(
        "===== AFTER ({} bytes) =====\n{}\n",
        cleaned.text().len(),
        cleaned.text()
    );

    let report = cleaned.report();
    println!(
        "===== REMOVED: {} of {} non-blank lines =====",
        report.input_lines() - report.kept_lines(),
        report.input_lines()
    );
    for (rule, lines) in report.counts() {
        println!(
            "{rule:>12}  {lines} line{}",
            if lines == 1 { "" } else { "s" }
        );
    }
    if let Some(byline) = report.metadata().byline() {
        println!("\nbyline kept as metadata: {byline}");
    }
}
