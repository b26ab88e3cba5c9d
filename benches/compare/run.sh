#!/usr/bin/env bash
# Single-thread throughput of deboil against jusText, trafilatura and
# datatrove's C4 line filter, on the same text files.
#
#   benches/compare/run.sh [DIR] [MIN_SECONDS]
#
# DIR defaults to ../shared/eval/fullpage-htmltext; each tool cleans the
# whole folder in rounds for at least MIN_SECONDS (default 3) and reports
# its median round. deboil is timed in-process by examples/throughput.rs,
# the peers by peers.py (see there for how they are fed), so no figure
# includes process start-up. The peers are installed from PyPI into a
# virtualenv under bench-out/venv (git-ignored) on first use.
#
# Prints a Markdown table: MB/s (10^6 bytes of input text per second) and
# how many times faster deboil is.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${1:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/eval/fullpage-htmltext}
MIN_SECS=${2:-3}
VENV=${VENV:-$ROOT/bench-out/venv}

if [[ ! -x $VENV/bin/python ]]; then
    python3 -m venv "$VENV"
fi
# datatrove's C4 filter counts sentences with spaCy's English tokenizer;
# jusText needs lxml's HTML cleaner, now a package of its own.
if ! "$VENV/bin/python" -c 'import justext, trafilatura, datatrove, spacy, lxml_html_clean' 2>/dev/null; then
    "$VENV/bin/pip" install --quiet justext trafilatura datatrove spacy lxml_html_clean >&2
fi

(cd "$ROOT" && cargo build --release --example throughput >&2)

results=$(mktemp)
log=$ROOT/bench-out/compare.log
mkdir -p "$ROOT/bench-out"
: > "$log"
trap 'rm -f "$results"' EXIT
echo "deboil ..." >&2
"$ROOT/target/release/examples/throughput" "$DIR" "$MIN_SECS" 2>>"$log" >> "$results"
for tool in datatrove datatrove-nosent justext trafilatura; do
    echo "$tool ..." >&2
    if ! "$VENV/bin/python" "$HERE/peers.py" "$tool" "$DIR" "$MIN_SECS" 2>>"$log" >> "$results"; then
        echo "$tool failed; see $log" >&2
    fi
done

version() {
    "$VENV/bin/pip" show "$1" 2>/dev/null | awk '/^Version:/ { print $2 }'
}

cores=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
read -r _ files bytes _ < "$results"
echo "Input: $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }') MB, from $DIR"
echo "Machine: $cores x $cpu; single thread; median of rounds over >= ${MIN_SECS}s each"
echo "Peers: datatrove $(version datatrove) (spaCy $(version spacy)), jusText $(version jusText), trafilatura $(version trafilatura); $("$VENV/bin/python" --version)"
echo "deboil: first Cleaner build in the process $(awk -F'\t' '$1 == "deboil" { print $7 }' "$results") ms"
echo
echo "| tool | MB/s | deboil is x faster |"
echo "|---|---:|---:|"
deboil_mbs=$(awk -F'\t' '$1 == "deboil" { print $6 }' "$results")
awk -F'\t' -v d="$deboil_mbs" '{
    name = $1
    if (name == "datatrove") name = "datatrove C4QualityFilter (defaults)"
    if (name == "datatrove-nosent") name = "datatrove C4QualityFilter, min_num_sentences=-1"
    ratio = ($1 == "deboil") ? "1" : sprintf("%.1f", d / $6)
    printf "| %s | %.2f | %s |\n", name, $6, ratio
}' "$results"
