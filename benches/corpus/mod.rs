//! A deterministic generator of scraped-looking text for the benchmarks.
//!
//! Two shapes, both invented word by word from the lists below:
//!
//! - [`full_pages`]: whole-page text dumps, the way an HTML-to-text tool
//!   leaves them: a menu of short title-case lines, share buttons, a cookie
//!   box, a headline with byline and date, a 10–40 paragraph article with
//!   ads and image URLs in it, teaser lists, a comment thread and a footer.
//! - [`extracted`]: the output of an article extractor: mostly prose with
//!   a few junk lines left over.
//!
//! The same seed always gives the same text, so runs compare.

/// A xorshift64* generator: tiny, fast and good enough to pick words.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Zero is the one state xorshift never leaves.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `percent / 100`.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FUNCTION: &[&str] = &[
    "the", "the", "the", "a", "a", "of", "of", "to", "to", "and", "and", "in", "in", "that", "for",
    "on", "with", "as", "by", "at", "from", "but", "not", "this", "which", "their", "its", "more",
    "than", "after", "before", "over", "into", "about", "while", "when", "where", "had", "has",
    "was", "were", "is", "are", "would", "could", "will",
];

const CONTENT: &[&str] = &[
    "council",
    "residents",
    "budget",
    "officials",
    "plan",
    "river",
    "harbour",
    "school",
    "district",
    "report",
    "study",
    "researchers",
    "company",
    "workers",
    "union",
    "contract",
    "prices",
    "market",
    "season",
    "storm",
    "bridge",
    "hospital",
    "patients",
    "court",
    "judge",
    "ruling",
    "election",
    "voters",
    "campaign",
    "mayor",
    "governor",
    "agency",
    "program",
    "funding",
    "years",
    "months",
    "weeks",
    "families",
    "neighbourhood",
    "water",
    "energy",
    "transit",
    "housing",
    "rent",
    "farmers",
    "harvest",
    "drought",
    "museum",
    "exhibit",
    "library",
    "students",
    "teachers",
    "police",
    "investigation",
    "evidence",
    "witnesses",
    "project",
    "construction",
    "delays",
    "costs",
    "proposal",
    "vote",
    "meeting",
    "statement",
    "spokesperson",
    "data",
    "figures",
    "growth",
    "decline",
    "recovery",
    "pressure",
    "concerns",
    "support",
    "opposition",
    "measure",
    "law",
    "approved",
    "rejected",
    "announced",
    "expected",
    "reported",
    "said",
    "warned",
    "argued",
    "suggested",
    "found",
    "showed",
    "raised",
    "cut",
    "added",
    "reopened",
    "closed",
    "delayed",
    "local",
    "regional",
    "federal",
    "new",
    "old",
    "public",
    "private",
    "early",
    "late",
    "first",
    "last",
    "second",
    "major",
    "small",
    "large",
    "significant",
    "recent",
    "annual",
    "northern",
    "southern",
    "eastern",
    "western",
    "quietly",
    "sharply",
    "slowly",
    "largely",
    "nearly",
    "roughly",
    "again",
    "still",
    "already",
    "only",
    "also",
    "however",
    "meanwhile",
];

const NAMES: &[&str] = &[
    "Marta Okafor",
    "Daniel Brandt",
    "Priya Raman",
    "Tomasz Wilk",
    "Aiko Tanaka",
    "Lucas Moreau",
    "Hannah Lindqvist",
    "Samuel Achebe",
    "Elena Petrova",
    "Jorge Salas",
    "Noor Haddad",
    "Oliver Grant",
    "Ines Carvalho",
    "Kwame Mensah",
    "Sofia Romano",
    "Graham Whitfield",
];

const PLACES: &[&str] = &[
    "Riverton",
    "Lakeside",
    "North Fallow",
    "Port Ellis",
    "Westmere",
    "Cedar Hill",
    "Ashford",
    "Millbrook",
    "Stonebridge",
    "Halden",
    "Brightwater",
    "Oakvale",
];

const SECTIONS: &[&str] = &[
    "Home",
    "World",
    "U.S.",
    "Politics",
    "Business",
    "Markets",
    "Tech",
    "Science",
    "Climate",
    "Health",
    "Sports",
    "Arts",
    "Books",
    "Style",
    "Food",
    "Travel",
    "Opinion",
    "Real Estate",
    "Video",
    "Podcasts",
    "Obituaries",
    "Newsletters",
    "Weather",
    "Local",
    "Education",
];

const HEAD_SUBJECT: &[&str] = &[
    "City Council",
    "School Board",
    "State Lawmakers",
    "Local Farmers",
    "Transit Officials",
    "Hospital Staff",
    "Union Leaders",
    "Researchers",
    "Residents",
    "The Mayor",
    "Regulators",
    "Shop Owners",
    "Health Officials",
    "Developers",
];

const HEAD_VERB: &[&str] = &[
    "Approve",
    "Reject",
    "Delay",
    "Debate",
    "Weigh",
    "Push Back on",
    "Back",
    "Question",
    "Celebrate",
    "Brace for",
    "Rethink",
    "Vote on",
];

const HEAD_OBJECT: &[&str] = &[
    "New Bike Lanes",
    "Budget Cuts",
    "a Rent Freeze",
    "the Harbour Plan",
    "Water Rationing",
    "a Stadium Deal",
    "School Closures",
    "Late-Night Buses",
    "a Tax on Vacant Homes",
    "the River Cleanup",
    "Longer Library Hours",
    "a Four-Day Week",
    "the Bridge Repairs",
];

const HEAD_TAIL: &[&str] = &[
    "",
    "",
    "",
    " After Months of Talks",
    " as Costs Rise",
    " Despite Protests",
    " Ahead of Winter",
    " in a Close Vote",
    ": What to Know",
    " for the First Time",
];

const SHARE: &[&str] = &[
    "Share",
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Email",
    "Print",
    "Copy link",
    "WhatsApp",
    "LinkedIn",
    "Pinterest",
    "Reddit",
    "Share this article",
    "Save",
];

const COOKIE: &[&str] = &[
    "We use cookies and similar technologies to improve your experience, analyse traffic and personalise content.",
    "By clicking “Accept all”, you agree to the storing of cookies on your device.",
    "Accept all cookies",
    "Manage preferences",
    "Cookie settings",
    "Reject all",
];

const FOOTER: &[&str] = &[
    "About Us",
    "Contact",
    "Careers",
    "Advertise",
    "Terms of Use",
    "Privacy Policy",
    "Accessibility",
    "Sitemap",
    "Help Center",
    "Corrections",
    "Subscriptions",
    "Manage Cookies",
];

const COMMENT_BODY: &[&str] = &[
    "Finally, this should have happened years ago.",
    "Who is going to pay for all of this?",
    "Great reporting, thanks.",
    "I live two streets away and nobody asked us.",
    "The numbers in the third paragraph don't add up.",
    "Same thing happened in my town and it worked out fine.",
    "lol",
    "Typical.",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn sentence(rng: &mut Rng, out: &mut String) {
    let words = rng.range(8, 26);
    let quote = rng.chance(12);
    if quote {
        out.push('“');
    }
    for i in 0..words {
        let w = if rng.chance(45) {
            rng.pick(FUNCTION)
        } else if rng.chance(4) {
            rng.pick(PLACES)
        } else if rng.chance(3) {
            // Numbers: years, counts, percentages.
            match rng.range(0, 2) {
                0 => "2023",
                1 => "14",
                _ => "3.5%",
            }
        } else {
            rng.pick(CONTENT)
        };
        if i == 0 {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(w);
        }
        if i + 1 < words {
            out.push_str(if rng.chance(7) { ", " } else { " " });
        }
    }
    if quote {
        out.push_str(",” ");
        out.push_str(rng.pick(NAMES));
        out.push_str(" said.");
    } else {
        out.push('.');
    }
}

fn paragraph(rng: &mut Rng, out: &mut String) {
    for i in 0..rng.range(2, 6) {
        if i > 0 {
            out.push(' ');
        }
        sentence(rng, out);
    }
    out.push('\n');
}

fn headline(rng: &mut Rng, out: &mut String) {
    out.push_str(rng.pick(HEAD_SUBJECT));
    out.push(' ');
    out.push_str(rng.pick(HEAD_VERB));
    out.push(' ');
    out.push_str(rng.pick(HEAD_OBJECT));
    out.push_str(rng.pick(HEAD_TAIL));
    out.push('\n');
}

fn date(rng: &mut Rng, out: &mut String) {
    out.push_str(rng.pick(MONTHS));
    out.push(' ');
    out.push_str(&rng.range(1, 28).to_string());
    out.push_str(", 20");
    out.push_str(&rng.range(15, 25).to_string());
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

/// One whole-page dump with `paragraphs` paragraphs of article.
pub fn full_page(rng: &mut Rng, paragraphs: usize) -> String {
    let mut out = String::with_capacity(paragraphs * 500 + 4000);
    let o = &mut out;
    if rng.chance(50) {
        line(o, "Loading...");
    }
    line(o, "Skip to content");
    for _ in 0..rng.range(8, 24) {
        line(o, rng.pick(SECTIONS));
    }
    line(o, "Search");
    line(o, "Subscribe");
    line(o, "Log In");
    o.push('\n');
    if rng.chance(60) {
        for s in COOKIE {
            line(o, s);
        }
        o.push('\n');
    }
    line(o, "Advertisement");
    o.push('\n');
    line(o, rng.pick(SECTIONS));
    headline(rng, o);
    o.push('\n');
    sentence(rng, o);
    o.push_str("\n\n");
    o.push_str("By ");
    o.push_str(rng.pick(NAMES));
    o.push_str(" - ");
    date(rng, o);
    o.push('\n');
    if rng.chance(50) {
        o.push_str("Updated ");
        o.push_str(&rng.range(1, 12).to_string());
        o.push(':');
        o.push_str(&rng.range(10, 59).to_string());
        o.push_str(" PM ET\n");
    }
    for _ in 0..rng.range(3, 6) {
        line(o, rng.pick(SHARE));
    }
    o.push('\n');
    o.push_str("https://cdn.example.com/images/2023/");
    o.push_str(&rng.next().to_string());
    o.push_str(".jpg\n");
    o.push_str("(Photo Credit: ");
    o.push_str(rng.pick(NAMES));
    o.push_str(")\n\n");
    for p in 0..paragraphs {
        paragraph(rng, o);
        o.push('\n');
        if p > 0 && p % 6 == 0 {
            line(
                o,
                if rng.chance(50) {
                    "Advertisement"
                } else {
                    "Story continues below advertisement"
                },
            );
            o.push('\n');
        }
        if p == paragraphs / 2 && rng.chance(50) {
            o.push_str("Read more: ");
            headline(rng, o);
            o.push('\n');
        }
    }
    for _ in 0..rng.range(2, 5) {
        line(o, rng.pick(SHARE));
    }
    o.push('\n');
    line(
        o,
        if rng.chance(50) {
            "Most Popular"
        } else {
            "Related Articles"
        },
    );
    for _ in 0..rng.range(4, 8) {
        headline(rng, o);
        if rng.chance(40) {
            date(rng, o);
            o.push('\n');
        }
    }
    o.push('\n');
    if rng.chance(70) {
        o.push_str(&rng.range(2, 240).to_string());
        o.push_str(" Comments\n");
        for _ in 0..rng.range(2, 8) {
            let name = rng.pick(NAMES);
            o.push_str(name.split(' ').next().unwrap_or(name));
            o.push_str(&rng.range(1, 99).to_string());
            o.push_str(" · ");
            o.push_str(&rng.range(1, 23).to_string());
            o.push_str(" hours ago\n");
            line(o, rng.pick(COMMENT_BODY));
            line(o, "Reply");
        }
        line(o, "Leave a Reply");
        line(o, "Log in to comment");
        o.push('\n');
    }
    line(o, "Sign up for our newsletter");
    line(o, "Get the day's top stories in your inbox every morning.");
    line(o, "Subscribe");
    o.push('\n');
    for _ in 0..rng.range(6, 12) {
        line(o, rng.pick(FOOTER));
    }
    line(o, "© 2024 Example Media Group. All rights reserved.");
    out
}

/// One extractor output: a headline and prose, with a few junk lines left.
pub fn extracted_article(rng: &mut Rng, paragraphs: usize) -> String {
    let mut out = String::with_capacity(paragraphs * 500 + 400);
    let o = &mut out;
    headline(rng, o);
    o.push('\n');
    if rng.chance(50) {
        o.push_str("By ");
        o.push_str(rng.pick(NAMES));
        o.push_str("\n\n");
    }
    for p in 0..paragraphs {
        paragraph(rng, o);
        o.push('\n');
        if rng.chance(6) {
            line(
                o,
                if rng.chance(50) {
                    "Advertisement"
                } else {
                    rng.pick(SHARE)
                },
            );
            o.push('\n');
        }
        if p == 0 && rng.chance(30) {
            o.push_str("(Photo Credit: ");
            o.push_str(rng.pick(NAMES));
            o.push_str(")\n\n");
        }
    }
    if rng.chance(40) {
        line(o, "Read more");
    }
    out
}

/// Appends documents from `make` until the text is about `target` bytes
/// long, cutting the last one at a line boundary. A budget too small for
/// another document ends the text early rather than with a stub.
fn fill(target: usize, mut make: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(target + 64 * 1024);
    while out.is_empty() || out.len() + 2048 < target {
        let doc = make(target - out.len());
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&doc);
    }
    if out.len() > target {
        let cut = out[..target].rfind('\n').unwrap_or(target);
        out.truncate(cut);
    }
    out
}

/// Whole-page dumps joined to about `target` bytes. Pages carry 10–40
/// paragraphs, fewer when the budget is small, so a 4 KB target is still
/// one whole page.
pub fn full_pages(seed: u64, target: usize) -> String {
    let mut rng = Rng::new(seed);
    fill(target, |left| {
        // A page costs about 2 KB of chrome plus 0.4 KB per paragraph.
        let fits = left.saturating_sub(2000) / 400;
        let paragraphs = rng.range(10, 40).min(fits.max(2));
        full_page(&mut rng, paragraphs)
    })
}

/// Extracted articles joined to about `target` bytes.
pub fn extracted(seed: u64, target: usize) -> String {
    let mut rng = Rng::new(seed);
    fill(target, |left| {
        let fits = left.saturating_sub(100) / 500;
        let paragraphs = rng.range(6, 30).min(fits.max(2));
        extracted_article(&mut rng, paragraphs)
    })
}
