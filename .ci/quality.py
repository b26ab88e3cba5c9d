#!/usr/bin/env python3
"""Quality gate: score the release binary on the shared corpora and compare
each figure with its floor in .ci/quality-floor.json.

A figure may fall at most TOLERANCE below its floor; a change that raises a
figure raises the floor in the same commit (run with --update), so quality
only ratchets up.

  .ci/quality.py --bin target/release/deboil --shared ../shared [--update]
"""
import argparse, json, subprocess, sys, tempfile
from pathlib import Path

TOLERANCE = 0.005
FLOOR = Path(__file__).with_name("quality-floor.json")


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(r.stdout)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit(f"scoring failed: {' '.join(cmd)}")


def figures(binary, shared):
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        ev = Path(tmp) / "eval.json"
        corpora = sorted(str(p) for p in (shared / "eval").iterdir() if p.is_dir())
        run([sys.executable, str(shared / "eval" / "score.py"), "--cmd", binary, "--json", str(ev), *corpora])
        for name, f in json.loads(ev.read_text())["corpora"].items():
            out[f"eval/{name}/f1"] = f["f1"]
        snip = shared / "snippets" / "trafilatura"
        if snip.is_dir():
            sj = Path(tmp) / "snippets.json"
            run([sys.executable, str(shared / "snippets" / "score.py"), "--cmd", binary, "--json", str(sj), str(snip)])
            res = json.loads(sj.read_text())["overall"]
            out["snippets/keep"] = res["keep"]
            out["snippets/drop"] = res["drop"]
            for lang, f in res["languages"].items():
                if f["documents"] >= 10:
                    out[f"snippets/{lang}/keep"] = f["keep"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/deboil")
    ap.add_argument("--shared", default="../shared", type=Path)
    ap.add_argument("--update", action="store_true", help="raise the floors to the figures reached")
    a = ap.parse_args()
    got = figures(a.bin, a.shared)
    floor = json.loads(FLOOR.read_text()) if FLOOR.exists() else {}
    failed = []
    print(f"\n{'figure':<34} {'floor':>7} {'now':>7}")
    for key in sorted(set(floor) | set(got)):
        now, low = got.get(key), floor.get(key)
        mark = ""
        if now is None:
            mark = "  MISSING"
            failed.append(key)
        elif low is not None and now < low - TOLERANCE:
            mark = "  BELOW FLOOR"
            failed.append(key)
        elif low is not None and now > low:
            mark = "  (above floor)"
        print(f"{key:<34} {low if low is not None else '-':>7} {now if now is not None else '-':>7}{mark}")
    if a.update:
        new = {k: max(v, floor.get(k, 0.0)) for k, v in got.items()}
        FLOOR.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n")
        print(f"floors written to {FLOOR}")
    if failed:
        sys.exit(f"quality gate failed: {', '.join(failed)}")
    print("quality gate passed")


if __name__ == "__main__":
    main()
