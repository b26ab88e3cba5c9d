#!/usr/bin/env python3
"""Builds whole-page dumps in the layouts of other scrapers, to score deboil
on layouts the development corpora do not hold.

  benches/layouts/make.py GOLD_DIR OUT_DIR [--limit N]

Each article of GOLD_DIR (files `<id>.gold.txt`, one paragraph a line, the
first line read as the headline) is set in one news-page template: a skip
link, a menu, a search form, a byline and date, an image, the paragraphs
(some words linked), share links, a related-articles box, a newsletter box
and a footer. The page is then dumped by every tool found on the machine:

  lynx -dump (numbered links and their list), lynx -dump -nolist, w3m -dump,
  elinks -dump, links -dump: hard-wrapped text (Debian: lynx w3m elinks links)
  pandoc -t plain, pandoc -t gfm: wrapped plain text and wrapped GitHub
  Markdown (Debian: pandoc)
  html2text: Markdown wrapped at 78 columns (PyPI: html2text)
  inscriptis: layout-preserving text (PyPI: inscriptis)
  bs4: BeautifulSoup's get_text("\\n", strip=True) (PyPI: beautifulsoup4 lxml)
  markdownify: unwrapped Markdown (PyPI: markdownify)

OUT_DIR/<layout>/ then holds `<id>.input.txt` (the dump) and
`<id>.gold.txt` (the article), the pairs `score.py` reads:

  python3 ../shared/eval/score.py --cmd target/release/deboil OUT_DIR/*/

Missing tools are skipped with a note on stderr.
"""
import argparse
import html
import random
import shutil
import subprocess
import sys
from pathlib import Path

MENU = ["Home", "News", "World", "Business", "Sport", "Culture", "Opinion", "Video"]
RELATED = [
    "Mayor announces new budget for schools",
    "Ferry service to end next spring",
    "Storm damages homes along the coast",
]


def linkify(paragraph, rnd):
    """Links two words of most longer paragraphs, as articles link names
    and topics."""
    words = paragraph.split(" ")
    if len(words) > 8 and rnd.random() < 0.6:
        i = rnd.randrange(0, len(words) - 3)
        words[i] = f'<a href="https://example.com/topic/{i}">{words[i]}'
        words[i + 1] += "</a>"
    return " ".join(words)


def page(gold_text, rnd):
    paras = [p.strip() for p in gold_text.split("\n") if p.strip()]
    title = paras[0] if paras and len(paras[0]) < 120 else "Council approves new bridge"
    body = "".join(f"<p>{linkify(html.escape(p), rnd)}</p>\n" for p in paras)
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    related = "".join(f'<li><a href="/r/{k}">{t}</a></li>' for k, t in enumerate(RELATED))
    return f"""<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>
<a href="#main">Skip to main content</a>
<nav><ul>{menu}</ul></nav>
<form><input type="text" name="q"><button>Search</button></form>
<main id="main"><article>
<h1>{html.escape(title)}</h1>
<p class="byline">By <a href="/authors/jane-doe">Jane Doe</a></p>
<p class="date">March 3, 2024</p>
<img src="/img/lead.jpg" alt="The river at dusk">
{body}
<div class="share"><a href="https://facebook.com/sharer">Share on Facebook</a> <a href="https://twitter.com/intent">Share on Twitter</a> <a href="mailto:?">Email</a></div>
</article>
<aside><h2>Related articles</h2><ul>{related}</ul></aside>
<div class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the best stories delivered to your inbox every morning.</p><input type="email"><button>Subscribe</button></div>
</main>
<footer><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a><p>&copy; 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


def command(argv):
    """A dumper that reads the page from a file given as the last argument."""

    def run(path, _html):
        out = subprocess.run([*argv, str(path)], capture_output=True, check=True).stdout
        return out.decode("utf-8", "replace")

    return run


def python_tool(module, dump):
    try:
        __import__(module)
    except ImportError:
        return None
    return lambda _path, page_html: dump(page_html)


def html2text_dump(page_html):
    import html2text

    return html2text.html2text(page_html)


def inscriptis_dump(page_html):
    from inscriptis import get_text

    return get_text(page_html)


def bs4_dump(page_html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(page_html, "html.parser").get_text("\n", strip=True)


def markdownify_dump(page_html):
    import markdownify

    return markdownify.markdownify(page_html)


def tools():
    found = {}
    programs = {
        "lynx": ["lynx", "-dump", "-display_charset=utf-8", "-assume_charset=utf-8"],
        "lynx-nolist": ["lynx", "-dump", "-nolist", "-display_charset=utf-8", "-assume_charset=utf-8"],
        "w3m": ["w3m", "-dump", "-T", "text/html", "-O", "utf-8", "-I", "utf-8"],
        "elinks": ["elinks", "-dump", "-dump-charset", "utf-8", "-force-html"],
        "links": ["links", "-dump", "-codepage", "utf-8"],
        "pandoc-plain": ["pandoc", "-f", "html", "-t", "plain"],
        "pandoc-gfm": ["pandoc", "-f", "html", "-t", "gfm"],
    }
    for name, argv in programs.items():
        if shutil.which(argv[0]):
            found[name] = command(argv)
        else:
            print(f"skipping {name}: {argv[0]} is not installed", file=sys.stderr)
    for name, module, dump in [
        ("html2text", "html2text", html2text_dump),
        ("inscriptis", "inscriptis", inscriptis_dump),
        ("bs4", "bs4", bs4_dump),
        ("markdownify", "markdownify", markdownify_dump),
    ]:
        run = python_tool(module, dump)
        if run:
            found[name] = run
        else:
            print(f"skipping {name}: the Python module {module} is not installed", file=sys.stderr)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--limit", type=int, default=60, help="articles to use (default 60)")
    a = ap.parse_args()
    golds = sorted(a.gold_dir.glob("*.gold.txt"))[: a.limit]
    if not golds:
        sys.exit(f"no <id>.gold.txt files in {a.gold_dir}")
    dumpers = tools()
    # A hidden folder, so that `OUT_DIR/*/` names the layouts only.
    pages = a.out_dir / ".html"
    pages.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    for gold in golds:
        ident = gold.name[: -len(".gold.txt")]
        text = gold.read_text(encoding="utf-8")
        page_html = page(text, rnd)
        path = pages / f"{ident}.html"
        path.write_text(page_html, encoding="utf-8")
        for name, dump in dumpers.items():
            out = a.out_dir / name
            out.mkdir(exist_ok=True)
            (out / f"{ident}.input.txt").write_text(dump(path, page_html), encoding="utf-8")
            (out / f"{ident}.gold.txt").write_text(text, encoding="utf-8")
    print(f"{len(golds)} pages in {len(dumpers)} layouts under {a.out_dir}")


if __name__ == "__main__":
    main()
