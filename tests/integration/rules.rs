//! The rules on whole documents: page layouts, the main region, the footer
//! cut and metadata.

use deboil::Cleaner;

/// Menus, teasers and a footer around a short article, as html-text style
/// dumpers write a page: one paragraph per line, blocks separated by blank
/// lines.
const PAGE: &str = "\
Harbour ferry returns after 40 years | The Example Gazette

Home
News
Sport
Business
Culture
Opinion
Weather

Search
Log in
Subscribe

Local News

Harbour ferry returns after 40 years

By Marta Okafor

March 14, 2024

The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.

The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull in a borrowed boatshed.

“We were told it would be cheaper to build a new one,” said Ines Carvalho, who chairs the group. “That was probably true. It just wouldn’t have been this boat.”

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.

Share this article
Facebook
Twitter
Email

More from Local News

Bakery on Mill Street closes after 60 years
Five walks to take before the spring rain
School board delays vote on later start times
Library roof repairs to start in May

About us
Contact
Privacy policy
Terms of use
Cookie settings

© 2024 The Example Gazette. All rights reserved.
";

fn body_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|l| !l.is_empty()).collect()
}

#[test]
fn page_dump_keeps_the_article_only() {
    let out = deboil::clean(PAGE);
    let lines = body_lines(&out);
    assert!(lines
        .iter()
        .any(|l| l.starts_with("The little green ferry")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("The crossing takes eleven minutes")));
    assert!(lines.iter().any(|l| l.starts_with("“We were told")));
    for junk in [
        "Home",
        "Weather",
        "Log in",
        "Share this article",
        "Bakery on Mill Street closes after 60 years",
        "Privacy policy",
    ] {
        assert!(!lines.contains(&junk), "{junk} survived:\n{out}");
    }
}

#[test]
fn page_dump_reports_metadata() {
    let c = Cleaner::default().clean_with_report(PAGE);
    let meta = c.report().metadata();
    assert_eq!(meta.byline(), Some("By Marta Okafor"));
    assert_eq!(meta.date(), Some("March 14, 2024"));
    assert_eq!(c.report().language(), Some("en"));
    let removed: usize = c.report().removed().iter().map(|r| r.line_count()).sum();
    assert_eq!(removed + c.report().kept_lines(), c.report().input_lines());
}

#[test]
fn a_byline_over_two_lines_goes_and_is_reported_whole() {
    let text = format!("Harbour ferry returns after 40 years\n\nBy\n\nMarta Okafor\n\n{FERRY}\nBy\nthe end of the year, fares may rise.\n");
    let c = Cleaner::default().clean_with_report(&text);
    let out = c.text();
    assert!(!out.contains("Marta Okafor"), "{out}");
    assert!(out.contains("By\nthe end of the year"), "{out}");
    assert_eq!(c.report().metadata().byline(), Some("By Marta Okafor"));
    // Under a lone label word, a menu entry is no name.
    let menu = format!("Texte\nBücher\n\n{FERRY}");
    assert!(deboil::clean(&menu).contains("Texte\nBücher"));
}

#[test]
fn a_reader_services_header_goes_and_its_title_is_reported() {
    let text = format!(
        "Title: Harbour ferry returns after 40 years\n\nURL Source: https://example.com/news/ferry\n\n\
         Published Time: 2024-03-14T10:00:00Z\n\nMarkdown Content:\n{FERRY}"
    );
    let c = Cleaner::default().clean_with_report(&text);
    let out = c.text();
    assert!(!out.contains("URL Source"), "{out}");
    assert!(!out.contains("Markdown Content"), "{out}");
    assert!(out.contains("re-planking the hull"), "{out}");
    let meta = c.report().metadata();
    assert_eq!(meta.title(), Some("Harbour ferry returns after 40 years"));
    assert_eq!(meta.date(), Some("Published Time: 2024-03-14T10:00:00Z"));
}

#[test]
fn short_article_report_names_its_language() {
    // Too short to be read as a page dump: no step needs the language,
    // but the report still names it.
    let input = "Die Fähre über den Fluss fährt wieder.\n\n\
                 Nach drei Wochen Pause ist die kleine Fähre am Montag wieder \
                 in Betrieb gegangen, und die ersten Pendler waren schon um \
                 sechs Uhr an Bord, als der Nebel noch über dem Wasser lag.\n\n\
                 Die Stadt hatte die Reparatur im Frühjahr bezahlt, nachdem \
                 der Motor im Winter ausgefallen war und die Pendler einen \
                 Umweg über die Brücke nehmen mussten.";
    let c = Cleaner::default().clean_with_report(input);
    assert_eq!(c.report().language(), Some("de"));
    assert_eq!(c.text(), Cleaner::default().clean(input));
}

#[test]
fn layout_dump_with_indentation_and_bullets() {
    // inscriptis keeps the page's nesting as indentation and bullets.
    let indented: String = PAGE
        .lines()
        .map(|l| {
            if l.split_whitespace().count() <= 4 && !l.is_empty() {
                format!("        * {l}\n")
            } else {
                format!("    {l}\n")
            }
        })
        .collect();
    let out = deboil::clean(&indented);
    assert!(out.contains("The little green ferry"));
    assert!(out.contains("first scheduled service leaves the east quay"));
    assert!(!out.contains("* Weather"), "{out}");
    assert!(!out.contains("Bakery on Mill Street"), "{out}");
}

#[test]
fn markdown_dump_is_reduced_to_text() {
    let md = "\
# Harbour ferry returns after 40 years

* [Home](/)
* [News](/news)
* [Sport](/sport)
* [Business](/business)
* [Culture](/culture)

![The ferry at the east quay](https://example.com/img/ferry.jpg)

The little green ferry that carried workers across the harbour until 1984 made its **first crossing** in four decades on Saturday morning, with the mayor on board.

The town council voted 6 to 1 last autumn to pay for the final repairs, after [volunteers](https://example.com/volunteers) had spent three winters re-planking the hull in a borrowed boatshed.

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.

## More from Local News

* [Bakery on Mill Street closes after 60 years](/bakery)
* [Five walks to take before the spring rain](/walks)
";
    let out = deboil::clean(md);
    assert!(
        out.contains("made its first crossing in four decades"),
        "{out}"
    );
    assert!(
        out.contains("after volunteers had spent three winters"),
        "{out}"
    );
    assert!(!out.contains("]("), "{out}");
    assert!(!out.contains("Bakery"), "{out}");
    assert!(!out.contains("ferry.jpg"), "{out}");
}

#[test]
fn hard_wrapped_paragraphs_come_out_whole() {
    let wrapped = "\
The little green ferry that carried workers across the harbour until 1984
made its first crossing in four decades on Saturday morning, with the mayor,
two former deckhands and a brass band on board. The town council voted 6 to
1 last autumn to pay for the final repairs and a new landing stage.

The crossing takes eleven minutes, against a half-hour drive around the
head of the harbour. The council expects the ferry to run on weekends from
April and every day in the summer, with fares set at two dollars for adults.

Volunteers say a maintenance fund, started with money from a winter of
pancake breakfasts and a raffle, already holds enough for the first survey.
";
    let out = deboil::clean(wrapped);
    let paras: Vec<&str> = out.split("\n\n").collect();
    assert_eq!(paras.len(), 3, "{out}");
    assert!(paras[0].starts_with("The little green ferry") && paras[0].ends_with("landing stage."));
    assert!(!paras[0].contains('\n'));
    let c = Cleaner::default().clean_with_report(wrapped);
    assert_eq!(c.report().input_lines(), 9);
    assert_eq!(c.report().kept_lines(), 9);
}

#[test]
fn a_page_broken_at_every_link_keeps_its_lead_whole() {
    // A page dumped with BeautifulSoup's `get_text("\n", strip=True)`:
    // every link of the menu and of the text stands on a line of its own,
    // so the lead paragraph comes in fragments.
    let mut page = String::new();
    for label in [
        "Home", "News", "Markets", "Economy", "Opinion", "Video", "Search", "Sign In", "Register",
        "Weather", "Sport", "Travel",
    ] {
        page.push_str(label);
        page.push('\n');
    }
    page.push_str(
        "\
Harbour ferry returns after four decades
Published:
Wednesday, 21 Sep 2011 | 4:35 PM ET
By:
Jane Doe
Some commuters found Saturday's
First Crossing
to be a bit slower than promised.
One reason may be the weather: \"the crossing was rougher than any of us expected,
said the skipper of the
harbour ferry
.\"
The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday, with the mayor and two former deckhands on board.
The council voted last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.
The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and fares are set at two dollars.
Share on Facebook
Share on Twitter
Most Popular
Mayor announces new budget for schools
Storm damages homes along the coast
Ferry service to end next spring
Contact Us
Privacy Policy
Terms of Use
",
    );
    let out = deboil::clean(&page);
    assert!(
        out.contains(
            "Some commuters found Saturday's First Crossing to be a bit slower than promised.\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("said the skipper of the harbour ferry.\"\nThe little green ferry"),
        "{out}"
    );
    assert!(
        !out.contains("Markets") && !out.contains("Storm damages"),
        "{out}"
    );
    assert_eq!(deboil::clean(&out), out);
}

/// A news page as a dump writes it: a menu, `body`, then share buttons,
/// a teaser list and footer links, one line each, lines apart by `sep`.
fn page_dump(sep: &str, body: &str) -> String {
    const MENU: &[&str] = &[
        "Home", "News", "Weather", "Sport", "Travel", "Video", "Search", "Sign In", "Opinion",
        "Culture", "Business", "Science", "Health",
    ];
    const FOOTER: &[&str] = &[
        "Share on Facebook",
        "Most Popular",
        "Mayor announces new budget for schools",
        "Storm damages homes along the coast",
        "Ferry service to end next spring",
        "Contact Us",
        "Privacy Policy",
    ];
    let mut page = String::new();
    for line in MENU {
        page.push_str(line);
        page.push_str(sep);
    }
    page.push_str(body);
    for line in FOOTER {
        page.push_str(line);
        page.push_str(sep);
    }
    page
}

#[test]
fn a_gallery_title_printed_over_every_slide_goes() {
    let page = page_dump(
        "\n\n",
        "\
After storm, forecasters see smooth sailing for the holiday

The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday, with the mayor and two former deckhands on board.

Storms threatened travel plans across the east on Wednesday, and airports warned of delays.

Weather threatens holiday plans

Weather threatens holiday plans

Weather threatens holiday plans

Weather threatens holiday plans

The council voted last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.

Row, row, row

Row, row, row

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and fares are set at two dollars.
",
    );
    let c = Cleaner::default().clean_with_report(&page);
    let out = c.text();
    assert!(!out.contains("Weather threatens"), "{out}");
    // Twice in a row is a refrain, not a widget.
    assert_eq!(out.matches("Row, row, row").count(), 2, "{out}");
    assert!(out.contains("The council voted last autumn") && out.contains("two dollars."));
    let gone = c
        .report()
        .removed()
        .iter()
        .filter(|r| r.reason() == "a short line repeated in a row")
        .map(|r| r.text().matches("Weather threatens").count())
        .sum::<usize>();
    assert_eq!(gone, 4);
    // With an image placeholder under each title, the titles stand in a
    // row only once the placeholders are gone; the rows are counted among
    // the lines that stay, as a second run counts them.
    let interleaved = page.replace(
        "Weather threatens holiday plans\n",
        "Weather threatens holiday plans\n\n[weather-1128.jpg]\n",
    );
    let out = deboil::clean(&interleaved);
    assert!(out.matches("Weather threatens").count() <= 1, "{out}");
    assert_eq!(deboil::clean(&out), out);
}

#[test]
fn a_pager_goes_and_a_numbered_list_stays() {
    let page = page_dump(
        "\n",
        "\
Ferry returns to the harbour after four decades
The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday, with the mayor and two former deckhands on board.
<<
<
1
2
3
4
>
>>
The council voted last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.
The timetable for the first week:
1
Board at the east quay.
2
Pay the two dollars on board.
3
Ride free with a bicycle.
The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and fares are set at two dollars for adults and nothing for children.
Volunteers say a maintenance fund, started with money from a winter of pancake breakfasts and a raffle, already holds enough for the first survey of the hull.
",
    );
    let c = Cleaner::default().clean_with_report(&page);
    let out = c.text();
    assert!(!out.contains("<<") && !out.contains("4\n"), "{out}");
    assert!(
        out.contains("1\nBoard at the east quay.\n2\nPay the two dollars on board.\n3\n"),
        "{out}"
    );
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.reason().contains("pager") && r.text().starts_with("<<\n<\n1\n2\n3\n4")));
}

#[test]
fn fragments_that_meet_once_a_line_between_them_goes_are_joined() {
    // The cookie notice between the two halves of the sentence goes; a
    // second run would read the halves as one sentence, so the first
    // writes them so.
    let text = "\
The council said the money for the new landing stage would come from the harbour fund
We use cookies to improve your experience on our site.
and from a winter of pancake breakfasts held by the volunteers.

The ferry runs on weekends from April.
";
    let c = Cleaner::default().clean_with_report(text);
    assert_eq!(
        c.text(),
        "The council said the money for the new landing stage would come from the harbour fund \
         and from a winter of pancake breakfasts held by the volunteers.\n\n\
         The ferry runs on weekends from April."
    );
    assert_eq!(deboil::clean(c.text()), c.text());
    let report = c.report();
    assert_eq!(report.removed().len(), 1);
    assert_eq!(report.kept_lines() + 1, report.input_lines());
}

#[test]
fn wrapped_markdown_is_rejoined_with_its_broken_links() {
    // An html2text-style dump: Markdown wrapped at 78 columns, link
    // targets counted in the width, a link broken across two lines.
    let page = "\
  * [Home](https://example.com/)
  * [News](https://example.com/news)
  * [Sport](https://example.com/sport)

# Ferry returns to the harbour

The little green ferry that carried workers across the [harbour until
1984](https://example.com/topics/harbour-history) made its first crossing in
four decades on Saturday morning, with the mayor, two former deckhands and a
brass band on board. The town council voted 6 to 1 last autumn to pay for the
final repairs and a new [landing stage](https://example.com/news/landing).

The crossing takes eleven minutes, against a half-hour drive around the head
of the harbour. The council expects the ferry to run on weekends from April
and every day in the summer, with fares set at [two
dollars](https://example.com/fares) for adults and free for children.

Volunteers say a maintenance fund, started with money from a winter of
pancake breakfasts and a raffle, already holds enough for the first survey.
";
    let out = deboil::clean(page);
    let para = |start: &str| {
        out.split("\n\n")
            .find(|p| p.starts_with(start))
            .unwrap_or_else(|| panic!("no paragraph {start:?} in {out}"))
    };
    let first = para("The little green ferry");
    assert!(first.contains("across the harbour until 1984 made its first crossing"));
    assert!(first.ends_with("a new landing stage."), "{first}");
    assert!(!first.contains('\n'), "{first}");
    let second = para("The crossing takes eleven minutes");
    assert!(
        second.contains("fares set at two dollars for adults"),
        "{second}"
    );
    assert!(!out.contains("]("), "{out}");
    assert!(!out.contains("example.com"), "{out}");
    assert!(!out.contains("Sport"), "{out}");
    assert_eq!(deboil::clean(&out), out);
}

#[test]
fn numbered_link_dump_reads_as_its_words() {
    // A `lynx -dump` page: link numbers glued to the links' text, a form,
    // and the list of link targets at the end.
    let page = "\
   [1]Skip to main content
     * [2]Home
     * [3]News
     * [4]Sport

   ____________________ (BUTTON) Search

                       Ferry returns to the harbour

   By [5]Jane Doe

   The little green ferry that carried workers across the [6]harbour until
   1984 made its first crossing in four decades on Saturday morning, with the
   mayor, two former deckhands and a brass band on board.

   The town council voted 6 to 1 last autumn to pay for the final repairs
   and a new landing stage, as the [7]minutes of the meeting show [1].

   [8]Share on Facebook [9]Share on Twitter

References

   1. https://example.com/#main
   2. https://example.com/
   3. https://example.com/news
   4. https://example.com/sport
   5. https://example.com/authors/jane-doe
   6. https://example.com/topics/harbour
   7. https://example.com/council/minutes.pdf
   8. https://facebook.com/sharer
   9. https://twitter.com/intent
";
    let cleaned = Cleaner::default().clean_with_report(page);
    let out = cleaned.text();
    // The story is short: its lines may stay wrapped.
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("across the harbour until 1984 made its first crossing"),
        "{out}"
    );
    // A citation, not glued to a link's text, stays.
    assert!(
        flat.contains("as the minutes of the meeting show [1]."),
        "{out}"
    );
    for gone in [
        "[",
        "References",
        "https://",
        "Share on",
        "BUTTON",
        "Jane Doe",
        "Skip",
    ] {
        assert!(!out.replace("[1].", "").contains(gone), "{gone:?} in {out}");
    }
    assert_eq!(deboil::clean(out), out);
    let report = cleaned.report();
    let removed: usize = report.removed().iter().map(|r| r.line_count()).sum();
    assert_eq!(removed + report.kept_lines(), report.input_lines());
}

#[test]
fn numbered_list_in_an_article_is_no_list_of_links() {
    // Steps numbered in prose, and a reference list of two links, leave
    // the text's brackets alone.
    let doc = "\
The recipe takes three steps and about an hour, most of it in the oven [1]Notes.

1. Preheat the oven to 200 degrees and grease a tin.
2. Mix the flour, the butter and the sugar until smooth.
3. Bake for twenty minutes, until the top is golden.

Sources
1. https://example.org/a
2. https://example.org/b
";
    let out = deboil::clean(doc);
    assert!(out.contains("in the oven [1]Notes."), "{out}");
    assert!(out.contains("2. Mix the flour"), "{out}");
}

#[test]
fn a_list_between_an_articles_intro_and_its_notes_stays() {
    // A recipe page: a menu, an introduction, a long list of short items,
    // notes in prose, then share buttons and the footer.
    let mut page = String::from("Home\nRecipes\nMeal Plans\nShop\nAbout\nContact\n\n");
    page.push_str("Menus\nNews\nVideos\nSearch\nLog in\nSign up\n\n");
    page.push_str(
        "This week's meal plan works for busy families who want to cook once and eat well every day, and it keeps the shopping list short.\n\n",
    );
    page.push_str(
        "Every meal below takes less than thirty minutes to prepare, and most of the ingredients keep in the fridge for the whole week.\n\n",
    );
    for day in [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ] {
        page.push_str(&format!("{day}\n\nBreakfast\n\n2 eggs, 1 slice whole-grain toast\n\nLunch\n\nTomato salad with white beans and feta\n\nDinner\n\nChicken with roasted peppers\n\n"));
    }
    page.push_str(
        "A note on portions: the amounts above are for one adult, so double them for two and add a piece of fruit for a child.\n\n",
    );
    page.push_str(
        "Leftovers from dinner make a good lunch the next day, and the salads keep well if the dressing is added just before eating.\n\n",
    );
    page.push_str("Share on Facebook\nShare on Twitter\nPinterest\n\nMost Popular\nTen easy dinners\nFive soups for winter\n");
    let out = deboil::clean(&page);
    assert!(
        out.contains("Tomato salad with white beans and feta"),
        "{out}"
    );
    assert!(out.contains("Chicken with roasted peppers"), "{out}");
    assert!(out.contains("A note on portions"), "{out}");
    assert!(!out.contains("Share on Facebook"), "{out}");
    assert!(!out.contains("Five soups for winter"), "{out}");
    assert!(!out.contains("Log in"), "{out}");
    assert_eq!(deboil::clean(&out), out);
}

#[test]
fn footer_word_at_the_top_does_not_truncate() {
    let doc = "Trending\nComments\n\nThe little green ferry that carried workers across the harbour made its first crossing in four decades.\n\nThe council voted last autumn to pay for the final repairs and a new landing stage.";
    let out = deboil::clean(doc);
    assert!(out.contains("The council voted last autumn"), "{out}");
}

#[test]
fn inline_related_teaser_does_not_cut_the_second_half() {
    let doc = "The little green ferry that carried workers across the harbour made its first crossing in four decades.\n\nRelated\nBakery on Mill Street closes\n\nThe council voted last autumn to pay for the final repairs and a new landing stage after a long debate.\n\nThe crossing takes eleven minutes, against a half-hour drive around the head of the harbour.\n\nVolunteers say a maintenance fund already holds enough money for the first hull survey next year.";
    let out = deboil::clean(doc);
    assert!(out.contains("The crossing takes eleven minutes"), "{out}");
    assert!(out.contains("maintenance fund"), "{out}");
}

#[test]
fn a_bulleted_comment_thread_with_long_headers_goes() {
    // A dump that draws the comment list as a bulleted list: the bullet is
    // no word of the header.
    let doc = format!(
        "{FERRY}\n  * Milan Grieve on September 12, 2018 at 4:47 pm said:\n\n\
         Any update on when the winter timetable will be published for the east quay?\n\n\
         * Catherine Moss on September 13, 2018 at 5:23 pm said:\n\n\
         We expect to publish it next month, once the council has agreed the fares.\n"
    );
    let out = deboil::clean(&doc);
    assert!(out.contains("re-planking the hull"), "{out}");
    assert!(!out.contains("said:"), "{out}");
    assert!(!out.contains("winter timetable"), "{out}");
}

#[test]
fn comment_thread_after_the_article_goes() {
    let doc = "The little green ferry that carried workers across the harbour made its first crossing in four decades on Saturday.\n\nThe council voted last autumn to pay for the final repairs and a new landing stage after a long debate.\n\n12 Comments\n\nharbourfan says:\n\nMarch 14, 2024 at 9:12 am\n\nWhat a lovely story, I remember riding that ferry with my grandfather every summer when I was small.\n\nportellis_dad says:\n\nMarch 14, 2024 at 10:40 am\n\nThe council should have spent the money on the library roof instead, and everyone in town knows it.\n\nmarina_k says:\n\nMarch 14, 2024 at 11:02 am\n\nI took the first crossing and it was wonderful, the band played the whole way across the water.";
    let out = deboil::clean(doc);
    assert!(out.contains("The council voted last autumn"));
    assert!(!out.contains("says:"), "{out}");
    assert!(!out.contains("grandfather"), "{out}");
}

#[test]
fn title_metadata_on_an_extracted_article() {
    let c = Cleaner::default().clean_with_report(
        "Harbour ferry returns after 40 years\n\nThe little green ferry that carried workers across the harbour made its first crossing in four decades.",
    );
    assert_eq!(
        c.report().metadata().title(),
        Some("Harbour ferry returns after 40 years")
    );
    assert!(c.text().starts_with("Harbour ferry returns"));
}

/// The page chrome around the articles of the two tests below.
const MENU: &str = "Home\nNews\nSport\nBusiness\nCulture\nOpinion\nWeather\n";
const FOOTER: &str = "About us\nContact\nPrivacy policy\nTerms of use\nCookie settings\n";

#[test]
fn paragraph_shown_twice_stays_once_and_teasers_shown_twice_go() {
    let summary = "The harbour ferry that carried workers across the water until 1984 made its first crossing in four decades on Saturday, with the mayor, two former deckhands and a brass band on board.";
    let teasers = "Bakery on Mill Street closes after 60 years, and the owners say the rent is to blame...\nSchool board delays a vote on later start times until the survey of parents is in...\n";
    let page = format!(
        "{MENU}\n{summary}\n\nShare\nTweet\nEmail\n\n\
         The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers spent three winters re-planking the hull.\n\n\
         “We were told it would be cheaper to build a new one,” said Ines Carvalho, who chairs the volunteers. “That was probably true. It just would not have been this boat.”\n\n\
         The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.\n\n\
         Fares will be two dollars, and children and bicycles ride free, the council said in a statement on Friday evening after the crossing.\n\n\
         Share\nTweet\nEmail\n\nMore stories\n{teasers}\nMost read\n{teasers}\n{summary}\n\n{FOOTER}"
    );
    let out = deboil::clean(&page);
    assert_eq!(out.matches(summary).count(), 1, "{out}");
    assert!(out.contains("The town council voted"), "{out}");
    assert!(!out.contains("Bakery on Mill Street"), "{out}");
    assert!(!out.contains("School board delays"), "{out}");
}

#[test]
fn ingredient_list_between_paragraphs_stays() {
    // German capitalizes nouns, so a list of quantities reads like a menu
    // of title-case links unless the leading figures are seen.
    let page = "Startseite\nRezepte\nBacken\nDesserts\nGetränke\nMagazin\nNewsletter\n\n\
         Dieser Kirschkuchen ist seit drei Generationen unser Geburtstagskuchen, und er ist einfacher, als er aussieht: alles wird gemacht, während der Ofen heizt.\n\n\
         Er hält sich zwei Tage im Kühlschrank, mit Folie abgedeckt, und der Guss aus Schokolade kommt am besten erst am Tag des Festes darauf.\n\n\
         Zutaten\n\n350 g Zucker\n500 ml Milch\n1 Glas Sauerkirschen\n450 g weiche Butter\n350 g Mehl\nSalz\n5 Eier\n2 EL Kakao\nFrischhaltefolie\n\n\
         Zubereitung\n\n\
         Für die Creme das Puddingpulver mit 100 g Zucker und 100 ml Milch verrühren, die übrige Milch aufkochen, die Mischung einrühren und unter Folie abkühlen lassen.\n\n\
         Die Kirschen abtropfen lassen und eine Springform mit Backpapier auslegen, dann die Butter mit dem übrigen Zucker und einer Prise Salz hell aufschlagen.\n\n\
         Den Kuchen 40 Minuten bei 180 Grad backen, in der Form abkühlen lassen und kurz vor dem Servieren mit der geschmolzenen Schokolade übergießen.\n\n\
         Teilen\nDrucken\nVersenden\n\nImpressum\nDatenschutz\nKontakt\nMediadaten\nCookie-Einstellungen\n";
    let out = deboil::clean(page);
    for item in [
        "350 g Zucker",
        "1 Glas Sauerkirschen",
        "2 EL Kakao",
        "5 Eier",
    ] {
        assert!(out.lines().any(|l| l == item), "{item} lost:\n{out}");
    }
    assert!(out.contains("Dieser Kirschkuchen"), "{out}");
    assert!(!out.contains("Datenschutz"), "{out}");
}

/// Article prose for the comment-thread tests below.
const ARTICLE_DE: &str = "\
Nach monatelanger Debatte hat der Stadtrat am Dienstagabend ein neues Konzept für Radwege in der Innenstadt beschlossen.

Die Kosten von rund zwölf Millionen Euro teilen sich Stadt und Land, wie die Verwaltung am Mittwoch mitteilte.

Der erste Abschnitt soll im Frühjahr zwischen dem Bahnhof und der Altstadt entstehen und rund drei Kilometer lang sein.
";

#[test]
fn dated_comment_headers_in_german_start_a_thread() {
    let page = format!(
        "{ARTICLE_DE}\nAylin sagt:\n20. November 2022 um 10:36 Uhr\n\nEndlich! Ich fahre jeden Tag durch die Altstadt und habe darauf lange gewartet.\n\nAntworten\n\n\
         Karoline Herr sagt:\n20. November 2022 um 11:08 Uhr\n\nDanke für den Hinweis, wir bleiben an dem Thema dran und berichten weiter.\n"
    );
    let out = deboil::clean(&page);
    assert!(
        out.contains("Der erste Abschnitt soll im Frühjahr"),
        "{out}"
    );
    assert!(!out.contains("Endlich!"), "{out}");
    assert!(!out.contains("Danke für den Hinweis"), "{out}");
}

#[test]
fn quotes_introduced_by_says_are_not_a_thread() {
    let page = format!(
        "{ARTICLE_DE}\nDer Bürgermeister sagt:\n\n„Wir haben zu lange gewartet, jetzt bauen wir die Wege so schnell wie möglich.“\n\n\
         Die Sprecherin der Anwohner sagt:\n\n„Wir sind froh, aber wir wollen bei der Planung der Straßen mitreden.“\n"
    );
    let out = deboil::clean(&page);
    assert!(out.contains("Wir haben zu lange gewartet"), "{out}");
    assert!(out.contains("Wir sind froh"), "{out}");
}

#[test]
fn standfirst_above_share_buttons_and_an_image_credit_stays() {
    let page = format!(
        "{MENU}\nLocal News\n\nHarbour ferry returns after 40 years\n\n\
         The little green ferry that carried workers across the harbour until 1984 is back in service after a volunteer restoration.\n\n\
         Share\nTweet\nEmail\nLoading...\n© Marta Okafor / Example Photos\nBy Marta Okafor\n\n\
         The ferry made its first crossing in four decades on Saturday morning, with the mayor, two former deckhands and a brass band on board.\n\n\
         The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers spent three winters re-planking the hull.\n\n\
         The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves on April 6.\n\n\
         Share\nTweet\nEmail\n\nMore stories\nBakery on Mill Street closes after 60 years\nSchool board delays vote on start times\nLibrary roof repairs to start in May\nFive walks to take before the rain\n\n{FOOTER}"
    );
    let out = deboil::clean(&page);
    assert!(
        out.contains("is back in service after a volunteer restoration."),
        "{out}"
    );
    assert!(
        out.contains("first scheduled service leaves on April 6."),
        "{out}"
    );
    assert!(!out.contains("Bakery on Mill Street"), "{out}");
    assert!(!out.contains("Tweet"), "{out}");
}

#[test]
fn long_list_inside_an_article_stays() {
    let items = [
        "a rain jacket",
        "two pairs of wool socks",
        "a head torch",
        "spare batteries",
        "a map of the ridge",
        "a compass",
        "sun cream",
        "a first aid kit",
        "a whistle",
        "water for the day",
        "something warm to eat",
        "a hat and gloves",
        "a phone, fully charged",
        "cash for the hut",
    ];
    let page = format!(
        "{MENU}\nOutdoors\n\nWhat to pack for a day on the ridge\n\n\
         The ridge walk takes most of a day, and the weather on the top can turn in an hour, so the wardens ask every walker to carry the same short list.\n\n\
         {}\n\n\
         The wardens say most rescues on the ridge start with a walker who set out late, without a torch, and was caught by the dark on the descent.\n\n\
         The hut at the col is open from May to October and sells hot drinks, but it takes cash only and closes at five in the afternoon.\n\n\
         Share\nTweet\nEmail\n\nMore stories\nBakery on Mill Street closes after 60 years\nSchool board delays vote on start times\nLibrary roof repairs to start in May\nFive walks to take before the rain\n\n{FOOTER}",
        items.join("\n")
    );
    let out = deboil::clean(&page);
    for item in items {
        assert!(out.lines().any(|l| l == item), "{item} lost:\n{out}");
    }
    assert!(!out.contains("Bakery on Mill Street"), "{out}");
}

#[test]
fn teaser_box_in_the_middle_does_not_cut_the_paragraphs_under_it() {
    let text = "\
Hong Kong police have laid siege to a university campus for a third day, with several hundred students still inside and the roads around it closed to traffic.

The city's leader said on Tuesday that the students should leave peacefully and that those under eighteen would not be arrested on the spot, though they might face charges later.

Crowds gathered in the business district at lunchtime to show support for the students, and several train stations were closed after protesters blocked the tracks with debris.

The unrest began in June over a bill that would have allowed extradition to the mainland, and has grown into a broader movement calling for more democratic freedoms.

DON'T MISS

Macron faces protests over pension plan [INSIGHT]
Lakers game goes ahead despite row [VIDEO]
Markets fall on trade fears [REACTION]

Protesters say the bill is one example of eroding autonomy.

They fear the freedoms given in 1997 are being taken back.

The government says it is committed to the agreement.

Talks between the two sides have not yet been scheduled.
";
    let out = deboil::clean(text);
    assert!(out.contains("Talks between the two sides"), "{out}");
    assert!(out.contains("eroding autonomy"), "{out}");
    assert!(!out.contains("[INSIGHT]"), "{out}");
}

#[test]
fn share_buttons_after_the_article_end_it() {
    let text = "\
The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.

The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.

Share
Tweet
Email

Marta Okafor has covered the harbour towns for the Gazette since 2009.
";
    let out = deboil::clean(text);
    assert!(out.contains("the first scheduled service leaves"), "{out}");
    assert!(!out.contains("has covered the harbour towns"), "{out}");
}

#[test]
fn share_buttons_under_the_first_paragraph_cut_nothing() {
    let text = "\
The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday.

Share
Tweet
Email

The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.
";
    let out = deboil::clean(text);
    assert!(out.contains("The town council voted"), "{out}");
    assert!(out.contains("first scheduled service leaves"), "{out}");
    assert!(!out.contains("Tweet"), "{out}");
}

#[test]
fn short_line_inside_a_widget_in_the_article_goes() {
    let page = format!(
        "{MENU}\nSearch\nLog in\nMy account\n\nLocal News\n\nHarbour ferry returns after 40 years\n\n\
         The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.\n\n\
         The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.\n\n\
         Sign up for our newsletter\nNo spam, ever\nSubscribe\n\n\
         The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.\n\n\
         Fares will be two dollars, and children and bicycles ride free, the council said in a statement on Friday evening after the crossing.\n\n\
         Share\nTweet\nEmail\n\nMore stories\nBakery on Mill Street closes after 60 years\nSchool board delays vote on start times\nLibrary roof repairs to start in May\nFive walks to take before the rain\n\n{FOOTER}"
    );
    let c = deboil::Cleaner::default().clean_with_report(&page);
    let out = c.text();
    assert!(out.contains("The crossing takes eleven minutes"), "{out}");
    assert!(!out.contains("No spam, ever"), "{out}");
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.text() == "No spam, ever" && r.rule() == "main-region"));
}

#[test]
fn a_short_step_between_a_gallerys_counters_and_buttons_stays() {
    // A recipe's steps, each under its picture's counter and over the
    // picture's buttons: a step of one short sentence is no widget label.
    let mut steps = String::new();
    let texts = [
        "Heat the oven to 180 degrees and grease the base of a round tin with a little butter.",
        "Mix the flour, the sugar and the cocoa in a large bowl until no lumps are left in it.",
        "Spread the cream over the base.",
        "Scatter the crumbs over the cream and chill the cake for two hours before serving it.",
    ];
    for (k, t) in texts.iter().enumerate() {
        steps.push_str(&format!("{} of 4\n{t}\nShare on Facebook\n", k + 1));
    }
    let page = format!(
        "{MENU}\nSearch\nLog in\n\nStrawberry cream cake\n\n\
         This cake takes an afternoon, most of it spent waiting for the cream to set in the fridge, and it is worth every minute of it.\n\n\
         Steps\n{steps}\n\
         Leftovers keep for two days in the fridge if you cover the cake well, though the crumbs on top will soften a little.\n\n{FOOTER}"
    );
    let c = Cleaner::default().clean_with_report(&page);
    let out = c.text();
    assert!(out.contains("Spread the cream over the base."), "{out}");
    assert!(!out.contains("3 of 4"), "{out}");
    assert!(!out.contains("Share on Facebook"), "{out}");
}

#[test]
fn a_long_consent_notice_under_an_article_goes() {
    let text = format!(
        "{FERRY}\nThis website uses cookies to improve your experience while you navigate through the website. \
         Out of these cookies, the cookies that are categorized as necessary are stored on your browser as they \
         are essential for the working of basic functionalities of the website. We also use third-party \
         cookies that help us analyze and understand how you use this website.\n"
    );
    let c = Cleaner::default().clean_with_report(&text);
    assert!(c.text().contains("re-planking the hull"), "{}", c.text());
    assert!(!c.text().contains("cookies"), "{}", c.text());
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.rule() == "consent" && r.text().starts_with("This website uses cookies")));
}

#[test]
fn comments_with_reply_buttons_start_a_thread() {
    let page = format!(
        "{ARTICLE_DE}\nMelanie\n15. April 2019\n\nIch fahre jeden Tag durch die Altstadt und habe auf diese Wege lange gewartet, danke für den Bericht.\n\nAntworten\n\n\
         Sandra\n16. April 2019\n\nBei uns im Viertel fehlt so etwas noch, hoffentlich kommt das bald auch zu uns.\n\nAntworten\n"
    );
    let out = deboil::clean(&page);
    assert!(
        out.contains("Der erste Abschnitt soll im Frühjahr"),
        "{out}"
    );
    assert!(!out.contains("lange gewartet"), "{out}");
    assert!(!out.contains("Bei uns im Viertel"), "{out}");
}

#[test]
fn a_comment_form_ends_the_article() {
    let text = "\
Nach monatelanger Debatte hat der Stadtrat am Dienstagabend ein neues Konzept für Radwege in der Innenstadt beschlossen, das bis zum Jahr 2030 umgesetzt werden soll.

Die Kosten von rund zwölf Millionen Euro teilen sich Stadt und Land, wie die Verwaltung am Mittwoch mitteilte.

Name (Pflichtfeld)

E-Mail (erforderlich)

Webseite

Über uns

Die Zeitung berichtet seit 1871 aus der Region und gehört einer Stiftung ihrer Leserinnen und Leser, die jedes Jahr den Vorstand wählen.
";
    let c = deboil::Cleaner::default().clean_with_report(text);
    let out = c.text();
    assert!(
        out.contains("wie die Verwaltung am Mittwoch mitteilte"),
        "{out}"
    );
    assert!(!out.contains("einer Stiftung"), "{out}");
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.text().starts_with("Die Zeitung") && r.reason().contains("comment form")));
}

#[test]
fn comment_prompts_in_a_menu_above_the_article_cut_nothing() {
    let text = "\
Comments
Reply
Website

The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.
";
    let out = deboil::clean(text);
    assert!(out.contains("made its first crossing"), "{out}");
    assert!(out.contains("first scheduled service leaves"), "{out}");
}

/// The ferry story, as an extracted article.
const FERRY: &str = "\
The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.

The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull in a borrowed boatshed.

“We were told it would be cheaper to build a new one,” said Ines Carvalho, who chairs the group. “That was probably true. It just wouldn’t have been this boat.”

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.
";

#[test]
fn a_sign_off_under_the_article_goes_whatever_its_length() {
    let text = format!(
        "{FERRY}\nAdditional reporting by Ines Carvalho\n\n\
         Follow @GazetteHarbour on Twitter to keep up with the latest ferry timetables, harbour news and \
         weekend events from around the coast. Timetables may change at short notice, and fares shown \
         are those of the day the story was published, so check with the operator before you travel \
         with bicycles, dogs or large luggage on the early morning crossings.\n"
    );
    let c = deboil::Cleaner::default().clean_with_report(&text);
    let out = c.text();
    assert!(out.contains("first scheduled service leaves"), "{out}");
    assert!(!out.contains("Additional reporting"), "{out}");
    assert!(!out.contains("keep up with the latest"), "{out}");
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.text().contains("Follow @") && r.rule() == "footer"));
}

#[test]
fn a_french_source_line_with_a_space_before_its_colon_goes() {
    for line in ["Source : AFP", "Source: AFP"] {
        let text = format!("{FERRY}\n{line}\n");
        let out = deboil::clean(&text);
        assert!(out.contains("first scheduled service leaves"), "{out}");
        assert!(!out.contains("AFP"), "{line}: {out}");
    }
}

#[test]
fn sign_off_phrases_inside_the_article_stay() {
    let text = "\
Reporting by the harbour authority found that the ferry carried more than 300 passengers on its first day, far more than the council expected for a trial weekend.

Marta Okafor is a freelance writer living in the old boatshed, and she has followed the restoration from the first plank to the last coat of green paint.

The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.
";
    assert_eq!(deboil::clean(text), text.trim_end());
}

#[test]
fn the_heading_of_a_removed_closing_box_goes_and_a_signature_stays() {
    let boxed = format!(
        "{FERRY}\nSomething to Consider\n\nIf you enjoyed this article, we have a proposition for you: \
         become a member and get every story first.\n"
    );
    let out = deboil::clean(&boxed);
    assert!(out.contains("first scheduled service leaves"), "{out}");
    assert!(!out.contains("Something to Consider"), "{out}");

    let signed = format!("{FERRY}\nMarta Okafor\n\nShare on Facebook\n");
    let out = deboil::clean(&signed);
    assert!(out.ends_with("Marta Okafor"), "{out}");

    let recipe = format!("{FERRY}\nServe it warm with cream\n\nShare on Facebook\n");
    let out = deboil::clean(&recipe);
    assert!(out.ends_with("Serve it warm with cream"), "{out}");
}

#[test]
fn an_image_credit_does_not_hide_that_the_article_resumes_under_a_box() {
    let text = format!(
        "{ARTICLE_DE}\nAuch interessant\n\nRadweg am Fluss eröffnet\nNeue Brücke für Fußgänger\n\n\
         Die Stadt will außerdem an zwölf Kreuzungen eigene Ampeln für Radfahrer aufstellen, wie ein Sprecher sagte.\n\n\
         Bild: Stadtverwaltung\n\n\
         Die Arbeiten an der ersten Kreuzung sollen noch vor den Sommerferien beginnen und im Herbst abgeschlossen sein.\n\n\
         Wer mitreden will, kann seine Vorschläge bis Ende März im Rathaus oder auf der Internetseite der Stadt einreichen.\n\n\
         Der Stadtrat will im Mai über die Vorschläge der Bürgerinnen und Bürger beraten und danach entscheiden.\n"
    );
    let out = deboil::clean(&text);
    assert!(out.contains("eigene Ampeln für Radfahrer"), "{out}");
    assert!(out.contains("im Mai über die Vorschläge"), "{out}");
    assert!(!out.contains("Neue Brücke für Fußgänger"), "{out}");
}

#[test]
fn dated_comment_by_lines_start_a_thread() {
    let text = format!(
        "{ARTICLE_DE}\nComment by Mirko — 17.07.2011 @ 13:04\n\n\
         Ich finde die Pläne gut, aber die Ampeln kommen viel zu spät für unsere Kinder.\n\n\
         Comment by Daniel — 17.07.2011 @ 13:10\n\n\
         Zwölf Millionen für ein paar Striche auf der Straße sind einfach zu viel Geld.\n"
    );
    let out = deboil::clean(&text);
    assert!(out.contains("rund drei Kilometer lang sein"), "{out}");
    assert!(!out.contains("viel zu spät"), "{out}");
    assert!(!out.contains("Striche auf der Straße"), "{out}");
}

#[test]
fn comments_signed_with_a_name_and_a_date_end_the_article() {
    let text = format!(
        "{FERRY}\nth3Chris 28.09.19 13:39\n\nI rode it on Saturday and the crossing was lovely, but the queue at the east quay was long.\n\n\
         Herbert am 15.7.2010\n\nFor that money you could not build a ferry like this yourself, and it looks very fine.\n"
    );
    let out = deboil::clean(&text);
    assert!(out.contains("first scheduled service leaves"), "{out}");
    assert!(!out.contains("queue at the east quay"), "{out}");
    assert!(!out.contains("build a ferry like this"), "{out}");
}

#[test]
fn a_forum_question_stays_above_its_signed_answers() {
    let text = "\
Forum > Boats > Ferry timetable question

macbacchi 28.09.19 12:44

hello, does anyone know why the harbour ferry no longer stops at the east quay on Sundays? since the new timetable I have to walk all the way round the head of the harbour with my bike, and the website says nothing about it at all.

th3Chris 28.09.19 13:39

It still stops there on Sundays in summer, the winter timetable skips it.

maculi 28.09.19 13:55

Same here, I asked at the ticket office and they said the landing stage is being repaired.
";
    let out = deboil::clean(text);
    assert!(out.contains("does anyone know why"), "{out}");
    assert!(!out.contains("winter timetable skips it"), "{out}");
}

#[test]
fn a_list_of_dated_events_is_no_thread() {
    let text = format!(
        "{FERRY}\nSummer fair 15.7.2024\nHarbour festival 3.8.2024\nAutumn market 5.10.2024\n\n\
         Tickets for all three events are sold at the ferry office on the east quay from the first of June.\n"
    );
    let out = deboil::clean(&text);
    assert!(out.contains("Harbour festival 3.8.2024"), "{out}");
    assert!(out.contains("Tickets for all three events"), "{out}");
}

#[test]
fn a_sentence_inside_a_newsletter_box_in_the_article_goes() {
    let page = format!(
        "{MENU}\nSearch\nLog in\nMy account\n\nLocal News\n\nHarbour ferry returns after 40 years\n\n\
         The little green ferry that carried workers across the harbour until 1984 made its first crossing in four decades on Saturday morning, with the mayor on board.\n\n\
         The town council voted 6 to 1 last autumn to pay for the final repairs and a new landing stage, after volunteers had spent three winters re-planking the hull.\n\n\
         Sign up for our newsletter\nDaily news about the harbour towns, in your inbox.\nEmail\n\n\
         The crossing takes eleven minutes, against a half-hour drive around the head of the harbour, and the first scheduled service leaves the east quay on April 6.\n\n\
         Fares will be two dollars, and children and bicycles ride free, the council said in a statement on Friday evening after the crossing.\n\n\
         Share\nTweet\nEmail\n\nMore stories\nBakery on Mill Street closes after 60 years\nSchool board delays vote on start times\nLibrary roof repairs to start in May\nFive walks to take before the rain\n\n{FOOTER}"
    );
    let out = deboil::clean(&page);
    assert!(out.contains("The crossing takes eleven minutes"), "{out}");
    assert!(out.contains("the first scheduled service"), "{out}");
    assert!(!out.contains("Daily news about the harbour towns"), "{out}");
}

#[test]
fn a_row_of_share_buttons_on_one_line_goes() {
    let text = format!(
        "Follow the ferry on Facebook and Twitter\n\nx 4,16 x\n\n{FERRY}\n\
         Teilen Facebook Twitter WhatsApp E-Mail Drucken\n\nShare | Tweet | Email\n"
    );
    let out = deboil::clean(&text);
    assert!(!out.contains("WhatsApp"), "{out}");
    assert!(!out.contains("Tweet"), "{out}");
    assert!(
        out.contains("Follow the ferry on Facebook and Twitter"),
        "{out}"
    );
    assert!(out.contains("x 4,16 x"), "{out}");
}

#[test]
fn signed_reviews_in_the_middle_of_a_page_do_not_cut_what_follows() {
    let text = format!(
        "{FERRY}\nReview by Petersen 17.10.2017\n\nA lovely crossing, the crew were friendly and the boat was spotless.\n\n\
         Review by Charly 05.11.2014\n\nWe took the bikes across and it was no trouble at all, we will come again.\n\n\
         Timetable and fares\n\n\
         The ferry runs every half hour from seven in the morning until eight in the evening, and on Sundays until six.\n\n\
         Tickets are sold on board, and a book of ten crossings costs fifteen dollars, with children under twelve travelling free.\n\n\
         Dogs are welcome on the open deck, but they must stay on a lead, and bicycles travel in the rack at the stern.\n\n\
         Getting there\n\n\
         The east quay is a ten-minute walk from the railway station, past the fish market and the old customs house on Water Street.\n\n\
         There is a car park behind the customs house, free on weekdays after six, and a bus from the town centre stops at the quay every twenty minutes.\n\n\
         On the far side, the west landing stage sits at the foot of the cliff path, where a café and a bicycle hire open from April to October.\n"
    );
    let out = deboil::clean(&text);
    assert!(out.contains("book of ten crossings"), "{out}");
    assert!(out.contains("bicycles travel in the rack"), "{out}");
}

/// A page dump: menus, the ferry story, then what `tail` holds.
fn ferry_page(tail: &str) -> String {
    format!(
        "{MENU}\nSearch\nLog in\nMy account\n\nTopics\nHarbour\nFerries\nTown council\nSchools\n\n\
         Local News\n\nHarbour ferry returns after 40 years\n\n{FERRY}\n\
         Fares will be two dollars, and children and bicycles ride free, the council said in a statement on Friday evening after the crossing.\n\n\
         {tail}\n{FOOTER}"
    )
}

#[test]
fn short_teasers_under_the_article_past_a_closing_widget_go() {
    let page = ferry_page(
        "Sign up for our newsletter\n\n\
         Bakery on Mill Street closes after 60 years\n\n\
         The family that ran it since 1964 says nobody wants to get up at four any more.\n\n\
         School board delays vote on later start times\n\n\
         Parents packed the hall for a third meeting on the plan.\n",
    );
    let c = deboil::Cleaner::default().clean_with_report(&page);
    let out = c.text();
    assert!(out.contains("children and bicycles ride free"), "{out}");
    assert!(!out.contains("nobody wants to get up at four"), "{out}");
    assert!(!out.contains("Parents packed the hall"), "{out}");
    assert!(c
        .report()
        .removed()
        .iter()
        .any(|r| r.reason().contains("past a closing widget")));
}

#[test]
fn short_lines_under_the_article_stay_when_only_credits_and_buttons_stand_between() {
    let page = ferry_page(
        "Photo: Marta Okafor\n\n\
         Share\n\n\
         Tickets are sold on board.\n\n\
         Volunteers will crew the ferry on weekends until the council has hired two skippers, which it expects to do by the end of the summer season.\n",
    );
    let out = deboil::clean(&page);
    assert!(out.contains("Tickets are sold on board."), "{out}");
    assert!(out.contains("Volunteers will crew the ferry"), "{out}");
}

#[test]
fn a_link_between_double_arrows_goes_and_quotes_stay() {
    let text = format!(
        "{ARTICLE_DE}\n>> Wegen Corona: Lokal auf Mallorca schließt <<\n\n\
         »Wir haben lange genug gewartet«\n\n\
         Der Radverband begrüßte den Beschluss und kündigte an, den Bau der Wege genau zu begleiten.\n"
    );
    let out = deboil::clean(&text);
    assert!(!out.contains("Lokal auf Mallorca"), "{out}");
    assert!(out.contains("»Wir haben lange genug gewartet«"), "{out}");
    assert!(out.contains("den Bau der Wege genau zu begleiten"), "{out}");
}

#[test]
fn a_lone_blurb_under_the_article_past_a_closing_widget_goes() {
    let page = ferry_page(
        "Sign up for our newsletter\n\n\
         Harbour history\n\n\
         In this long read, the town archivist follows the green ferry from its launch in 1931 through the war years, \
         the strikes of the seventies and the long decades it spent rotting in a boatshed before the volunteers came.\n\n\
         Read more\n",
    );
    let out = deboil::clean(&page);
    assert!(out.contains("children and bicycles ride free"), "{out}");
    assert!(!out.contains("the town archivist follows"), "{out}");
}

#[test]
fn a_sign_off_of_many_lines_goes_whole_so_a_second_run_agrees() {
    let text = format!(
        "{FERRY}\nAdditional reporting by Ines Carvalho\n\nAdditional reporting by Marta Okafor\n\n\
         Additional reporting by the Coastal Desk\n"
    );
    let once = deboil::clean(&text);
    assert!(!once.contains("Additional reporting"), "{once}");
    assert_eq!(deboil::clean(&once), once);
}
