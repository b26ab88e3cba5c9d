"""Times one peer cleaner over the text files of a folder, in one process.

    python peers.py TOOL DIR [MIN_SECONDS]

TOOL is `justext`, `trafilatura`, `datatrove` or `datatrove-nosent`. Files are chosen as in
examples/throughput.rs: every regular file of DIR, or only the
`*.input.txt` ones when there are some. The peers see the same text as
deboil, text only:

- jusText and trafilatura get each non-empty line as an HTML paragraph,
  `<html><body><p>line</p>...</body></html>` (built before timing);
- datatrove gets a `Document` per file through its C4 line filter,
  `C4QualityFilter`, called in-process (no pipeline executor), with its
  defaults. Its `min_num_sentences` check splits every kept line into
  sentences with spaCy, which dominates its time; `datatrove-nosent`
  turns that check off (`min_num_sentences=-1`) to time the line
  heuristics alone.

The whole folder is cleaned in rounds until MIN_SECONDS (default 3) have
passed, after one untimed round; the median round is reported on stdout
as one tab-separated line, in the format of examples/throughput.rs:
`tool  files  bytes  rounds  median_seconds  mb_per_s` (MB = 10^6 bytes
of text input).
"""

import html
import os
import statistics
import sys
import time


def read_docs(folder):
    names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
    if any(n.endswith(".input.txt") for n in names):
        names = [n for n in names if n.endswith(".input.txt")]
    docs = []
    for n in names:
        with open(os.path.join(folder, n), "rb") as f:
            docs.append((n, f.read().decode("utf-8", errors="replace")))
    return docs


def as_html(text):
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paras}</body></html>"


def make_justext(docs):
    import justext

    stoplist = justext.get_stoplist("English")
    pages = [as_html(t) for _, t in docs]

    def run():
        kept = 0
        for page in pages:
            for p in justext.justext(page, stoplist):
                if not p.is_boilerplate:
                    kept += len(p.text)
        return kept

    return run


def make_trafilatura(docs):
    import trafilatura

    pages = [as_html(t) for _, t in docs]

    def run():
        kept = 0
        for page in pages:
            out = trafilatura.extract(page)
            kept += len(out or "")
        return kept

    return run


def make_datatrove(docs, **options):
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    filt = C4QualityFilter(**options)

    def run():
        kept = 0
        # The filter rewrites `doc.text` in place, so each round starts
        # from fresh documents; making them is a tiny share of the time.
        for i, (name, text) in enumerate(docs):
            doc = Document(text=text, id=f"{i}")
            verdict = filt.filter(doc)
            ok = verdict[0] if isinstance(verdict, tuple) else verdict
            if ok:
                kept += len(doc.text)
        return kept

    return run


PEERS = {
    "justext": make_justext,
    "trafilatura": make_trafilatura,
    "datatrove": make_datatrove,
    "datatrove-nosent": lambda docs: make_datatrove(docs, min_num_sentences=-1),
}


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in PEERS:
        sys.exit(f"usage: peers.py {{{','.join(PEERS)}}} DIR [MIN_SECONDS]")
    tool, folder = sys.argv[1], sys.argv[2]
    min_secs = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    docs = read_docs(folder)
    if not docs:
        sys.exit(f"no files in {folder}")
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    run = PEERS[tool](docs)
    kept = run()  # untimed: imports, lazy tables, caches
    rounds = []
    begin = time.perf_counter()
    while len(rounds) < 3 or time.perf_counter() - begin < min_secs:
        start = time.perf_counter()
        kept = run()
        rounds.append(time.perf_counter() - start)
    median = statistics.median(rounds)
    print(f"(kept {kept} characters a round)", file=sys.stderr)
    print(f"{tool}\t{len(docs)}\t{nbytes}\t{len(rounds)}\t{median:.6f}\t{nbytes / 1e6 / median:.2f}")


if __name__ == "__main__":
    main()
