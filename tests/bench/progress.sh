#!/bin/sh
# make bench, progress part (opt-in, as it indexes a large corpus a few
# dozen times: BENCH_PROGRESS_SIZE=200M make bench): what the progress line
# costs `beq index`. The same generated corpus is indexed with stderr a
# terminal (the line drawn, the warnings summed up), with -q (no line, no
# warning) and with stderr a file (no line, every warning), each under
# script(1) so that all three pay for the same pseudo-terminal, in ONE
# hyperfine run; the table gives the medians and their ratio to -q, and
# the CPU time (user + system), which a busy machine sways less. With
# BENCH_PROGRESS_BASE=OLD-BEQ, OLD-BEQ -q is timed in the same run too: what
# the counting costs when no line is drawn.
# The corpus (../shared/bench/gen-corpus, from Debian's documentation
# packages; make bench-deps) is kept in $B/bench for the next run.
# Timing never fails: exit 0 unless something could not run (2).
# Usage: tests/bench/progress.sh [BEQ]
# env: B, BENCH_PROGRESS_SIZE (unset: skipped), BENCH_PROGRESS_RUNS (5),
# BENCH_PROGRESS_BASE
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
beq=$(cd "$(dirname "${1:-./beq}")" && pwd)/$(basename "${1:-./beq}")
out=${B:-build}/bench
mkdir -p "$out" || exit 2
out=$(cd "$out" && pwd)
size=${BENCH_PROGRESS_SIZE:-}
runs=${BENCH_PROGRESS_RUNS:-5}
base=${BENCH_PROGRESS_BASE:-}

die()
{
	echo "bench: $*" >&2
	exit 2
}

echo
echo "## progress line"
echo
if [ -z "$size" ]; then
	echo "skipped: BENCH_PROGRESS_SIZE=200M make bench measures what the"
	echo "progress line costs beq index on a generated 200 MB corpus"
	exit 0
fi
case $size in
[1-9]*[0-9] | [1-9]*[0-9][kMG]) ;;
*) die "BENCH_PROGRESS_SIZE: '$size' is not a size like 200M" ;;
esac
command -v hyperfine > /dev/null || die "hyperfine not found; make bench-deps"
command -v script > /dev/null || die "script not found; make deps"
command -v python3 > /dev/null || die "python3 not found; it computes the medians"
gen=$top/../shared/bench/gen-corpus
dir=$out/progress-$size
if [ ! -f "$dir.manifest" ]; then
	[ -x "$gen" ] || die "$gen not found"
	python3 "$gen" --size "$size" --out "$dir" > "$out/progress-gen.log" 2>&1 ||
		die "gen-corpus failed (make bench-deps installs its sources):" \
		    "$(tail -1 "$out/progress-gen.log")"
fi
mb=$(cat "$dir"/*.md | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')

# script(1) runs each command on a pseudo-terminal of its own: the line is
# drawn there (TERM not dumb) unless -q or stderr is a file
export TERM=xterm SHELL=/bin/sh
idx=$out/progress.idx
run="'$beq' --no-config index"
on_tty="$run -o '$idx' '$dir'"
quiet="$run -q -o '$idx' '$dir'"
to_file="$run -o '$idx' '$dir' 2> '$out/progress.err'"
set -- -n "terminal" "script -qec \"$on_tty\" /dev/null" \
    -n "quiet" "script -qec \"$quiet\" /dev/null" \
    -n "file" "script -qec \"$to_file\" /dev/null"
if [ -n "$base" ]; then
	[ -x "$base" ] || die "BENCH_PROGRESS_BASE: $base is not a program"
	base=$(cd "$(dirname "$base")" && pwd)/$(basename "$base")
	set -- "$@" -n "base" \
	    "script -qec \"'$base' --no-config index -q -o '$idx' '$dir'\" /dev/null"
fi
# the line is drawn indeed, through to the steps after the reading
script -qec "$on_tty" "$out/progress.typescript" < /dev/null > /dev/null 2>&1 ||
	die "'$on_tty' failed under script(1)"
grep -q 'indexing [0-9,]*/' "$out/progress.typescript" ||
	die "no progress line in $out/progress.typescript"

echo "- corpus: $mb MB ($dir), $(nproc) CPUs, load average" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null)"
echo "- hyperfine -N --warmup 1 --runs $runs, an index removed before each"
echo "  run; each command is \`script -qec '…' /dev/null\`"
echo
# each run starts with no index to replace (replacing frees its blocks
# inside rename(2))
hyperfine -N --style basic --warmup 1 --runs "$runs" \
    --export-json "$out/progress.json" --prepare "rm -f '$idx'" "$@" \
    > "$out/progress.log" 2>&1 ||
	die "hyperfine failed: $(tail -3 "$out/progress.log")"
python3 - "$out/progress.json" "$mb" "$base" << 'PY' || die "cannot read $out/progress.json"
import json, statistics, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
mb = float(sys.argv[2])
med = {n: statistics.median(r["times"]) for n, r in res.items()}
cpu = {n: r["user"] + r["system"] for n, r in res.items()}
what = {"terminal": "a terminal: the progress line, warnings summed up",
        "quiet": "-q: no line, no warning",
        "file": "a file: no line, every warning",
        "base": "-q, with %s" % sys.argv[3]}
print("| stderr | median s | min-max s | MB/s | x -q | CPU s | CPU x -q |")
print("|---|--:|--:|--:|--:|--:|--:|")
for name in ("terminal", "quiet", "file", "base"):
    if name not in res:
        continue
    t = res[name]["times"]
    print("| %s | %.3f | %.3f-%.3f | %.1f | %.3f | %.3f | %.3f |" %
          (what[name], med[name], min(t), max(t), mb / med[name],
           med[name] / med["quiet"], cpu[name], cpu[name] / cpu["quiet"]))
PY
echo
echo "target: the line costs nothing that shows (x -q within the noise of"
echo "the -q runs' min-max). CPU s: the mean user + system time of a run"
exit 0
