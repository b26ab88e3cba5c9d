#!/usr/bin/env bash
# End-to-end JSONL throughput of the `deboil` CLI, one thread against all
# cores.
#
#   benches/jsonl_throughput.sh [DIR] [SIZE_MB]
#
# Builds a JSONL file of about SIZE_MB (default 200) megabytes from the text
# files of DIR (default ../shared/eval/fullpage-htmltext), one record
# {"id": ..., "url": ..., "text": ...} per file, repeating the folder until
# the size is reached. When some names end in `.input.txt` (an evaluation
# folder pairing inputs with gold outputs) only those are used. Then it
# builds the release CLI and runs `deboil --jsonl --threads 1` and
# `--threads $(nproc)` over the file under /usr/bin/time -v, and prints the
# throughput (MB = 10^6 bytes of JSONL input per second of wall time), the
# peak RSS of each run and the speed ratio of the two.
#
# Work files go to bench-out/jsonl (git-ignored); set OUT to change that.
set -euo pipefail

DIR=${1:-$(cd "$(dirname "$0")/.." && pwd)/../shared/eval/fullpage-htmltext}
SIZE_MB=${2:-200}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/bench-out/jsonl}
JSONL=$OUT/input-${SIZE_MB}MB.jsonl

if [[ ! -x /usr/bin/time ]]; then
    echo "needs GNU time: apt-get install -y time" >&2
    exit 1
fi
mkdir -p "$OUT"

if [[ ! -s $JSONL ]]; then
    echo "building $JSONL from $DIR ..." >&2
    python3 - "$DIR" "$JSONL" "$SIZE_MB" <<'PY'
import json, os, sys

folder, dest, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
if any(n.endswith(".input.txt") for n in names):
    names = [n for n in names if n.endswith(".input.txt")]
if not names:
    sys.exit(f"no files in {folder}")
texts = []
for n in names:
    with open(os.path.join(folder, n), "rb") as f:
        texts.append((n, f.read().decode("utf-8", errors="replace")))
target = int(size_mb * 1e6)
written = 0
copy = 0
with open(dest, "w", encoding="utf-8") as out:
    while written < target:
        for n, text in texts:
            rec = {"id": f"{n}#{copy}", "url": f"https://example.invalid/{copy}/{n}", "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            if written >= target:
                break
        copy += 1
PY
fi

(cd "$ROOT" && cargo build --release --features cli >&2)
BIN=$ROOT/target/release/deboil
if ! "$BIN" --help | grep -q -- '--jsonl'; then
    echo "$BIN has no --jsonl mode yet" >&2
    exit 1
fi

bytes=$(stat -c %s "$JSONL")
records=$(wc -l < "$JSONL")
cores=$(nproc)
echo "input: $JSONL, $records records, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo "cpu:   $cores x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

# run THREADS: prints "SECONDS RSS_KB CPU_SECONDS CPU_PERCENT"
run() {
    local log=$OUT/time-$1.log
    /usr/bin/time -v -o "$log" "$BIN" --jsonl --threads "$1" "$JSONL" > "$OUT/out-$1.jsonl" 2> "$OUT/stderr-$1.log"
    local wall rss
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:03.21"
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{ print $NF }' |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(grep 'Maximum resident set size' "$log" | awk '{ print $NF }')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
    pct=$(grep 'Percent of CPU' "$log" | awk '{ print $NF }' | tr -d %)
    echo "$wall $rss $cpu $pct"
}

# On a shared machine the CPU share tells whether the wall time is the
# tool's own: MB per CPU-second is the throughput with the cores to itself.
show() {
    printf '%-8s %9.2f %8.1f %12.1f %6s%% %12.1f\n' "$1" "$2" \
        "$(awk -v b="$bytes" -v t="$2" 'BEGIN { print b / 1e6 / t }')" \
        "$(awk -v r="$3" 'BEGIN { print r / 1024 }')" "$5" \
        "$(awk -v b="$bytes" -v c="$4" 'BEGIN { print b / 1e6 / c }')"
}

printf '%-8s %9s %8s %12s %7s %12s\n' threads seconds MB/s "peak RSS MB" CPU "MB/CPU-s"
read -r t1 rss1 cpu1 pct1 < <(run 1)
show 1 "$t1" "$rss1" "$cpu1" "$pct1"
read -r tn rssn cpun pctn < <(run "$cores")
show "$cores" "$tn" "$rssn" "$cpun" "$pctn"
echo "speed ratio ${cores} threads / 1 thread: $(awk -v a="$t1" -v b="$tn" 'BEGIN { printf "%.2f", a / b }')"
if ! cmp -s "$OUT/out-1.jsonl" "$OUT/out-$cores.jsonl"; then
    echo "warning: the outputs of the two runs differ" >&2
fi
