#!/bin/sh
# make bench-scale (and the end of make bench): the scale table of issue 10.
# For each size of BENCH_SCALE, a corpus from tests/diff/gencorpus.c (64 KiB
# files), then:
# - building: beq index next to cindex (codesearch), in one hyperfine run:
#   median time, MiB/s, peak RSS (one more run under /usr/bin/time) and the
#   index's size over the corpus's; SQLite FTS5 (trigram) loading, timed
#   once, up to BENCH_FTS_MAX;
# - the queries of tests/bench/queries.tsv, in one hyperfine run: beq
#   search --count, rg -c, grep -rc, csearch -c and the FTS5 table (up to
#   BENCH_FTS_MAX), medians beside the hit counts;
# - every query's count against BEQ_BRUTE=1, the brute-force scan: a
#   mismatch is printed loudly and makes the exit status 1 (correctness,
#   not timing). Timing never fails; what cannot run exits 2.
# The data stays in BENCH_DIR (default build/bench/scale), kept between
# runs (a corpus is made again when the generator changes).
# Usage: tests/bench/scale.sh [BEQ]
# env: B, BENCH_SCALE (default "10M 100M 1G"), BENCH_RUNS_SCALE (query runs;
# default 10, 3 from 1G up), BENCH_FTS_MAX (default 100M), BENCH_DIR
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
beq=$(cd "$(dirname "${1:-./beq}")" && pwd)/$(basename "${1:-./beq}")
B=${B:-build}
gen=$top/$B/gencorpus
queries=$top/tests/bench/queries.tsv
scales=${BENCH_SCALE:-10M 100M 1G}
dir=${BENCH_DIR:-$B/bench/scale}
mkdir -p "$dir" || exit 2
dir=$(cd "$dir" && pwd)

die()
{
	echo "bench: $*" >&2
	exit 2
}

bytes()  # SIZE: 10M -> 10485760
{
	echo "$1" | awk '{ n = $0 + 0; u = substr($0, length($0))
	    if (u == "k" || u == "K") n *= 1024
	    if (u == "m" || u == "M") n *= 1048576
	    if (u == "g" || u == "G") n *= 1073741824
	    printf "%.0f\n", n }'
}

for t in hyperfine python3 cindex csearch rg grep sqlite3; do
	command -v "$t" > /dev/null || die "$t not found; make bench-deps"
done
[ -x /usr/bin/time ] || die "/usr/bin/time not found; make bench-deps"
[ -x "$beq" ] || die "$beq: not built; run 'make' first"
[ -x "$gen" ] || die "$gen: not built; run 'make $B/gencorpus' first"
python3 -c 'import sqlite3; sqlite3.connect(":memory:").execute(
    "create virtual table t using fts5(x, tokenize=\"trigram\")")' \
    2> /dev/null || die "python3's sqlite3 has no FTS5 trigram tokenizer"
fts_max=$(bytes "${BENCH_FTS_MAX:-100M}")

# one environment for every tool: LC_ALL=C is grep's fastest path
unset BEQ_INDEX BEQ_BRUTE NO_COLOR
export LC_ALL=C
tab=$(printf '\t')
status=0

load=$(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null)
echo
echo "## scale (issue 10): $scales"
echo
echo "- $(nproc) CPUs, load average ${load:-unknown}; $(hyperfine --version);"
echo "  $($beq --version); rg $(rg --version | head -1 | cut -d' ' -f2);"
echo "  $(grep --version | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "- corpus: $B/gencorpus -s SIZE -f 64k (tests/diff/gencorpus.c), in $dir"
echo "- counts: beq and FTS5 count records (a question with its answer);"
echo "  rg -c, grep -c and csearch -c count matching lines, summed over files"
echo "- brute: BEQ_BRUTE=1 beq search --count, which beq's count must equal"

for size in $scales; do
	want=$(bytes "$size")
	[ "$want" -gt 0 ] 2> /dev/null || die "BENCH_SCALE: bad size '$size'"
	c=$dir/c$size
	stamp="$(cksum < "$gen") -s $size -f 64k"
	if [ ! -f "$c.stamp" ] || [ "$(sed -n 1p "$c.stamp")" != "$stamp" ]; then
		rm -rf "$c" "$c".*
		"$gen" -s "$size" -f 64k "$c" > "$c.made" ||
			die "$gen -s $size failed"
		printf '%s\n%s\n' "$stamp" "$(cat "$c.made")" > "$c.stamp"
		rm -f "$c.made"
	fi
	# shellcheck disable=SC2046 # FILES RECORDS BYTES, split
	set -- $(sed -n 2p "$c.stamp")
	files=$1 records=$2 cbytes=$3
	# by the size asked for: gencorpus ends its last file past it
	runs=${BENCH_RUNS_SCALE:-$(awk -v b="$want" \
	    'BEGIN { print (b >= 1000000000 ? 3 : 10) }')}
	bruns=$(awk -v b="$want" 'BEGIN { print (b >= 1000000000 ? 3 : 5) }')
	fts=0
	[ "$want" -le "$fts_max" ] && fts=1
	echo
	echo "### $size: $files files, $records records, $cbytes bytes"
	echo

	# building: hyperfine for the times, one more run each for peak RSS;
	# each run starts with no index to replace
	hyperfine -N --style basic --warmup 1 --runs "$bruns" \
	    --export-json "$c.build.json" \
	    -n "beq index" --prepare "rm -f $c.beq" \
	    "$beq --no-config index -q -o $c.beq $c" \
	    -n "cindex" --prepare "rm -f $c.cs" \
	    "env CSEARCHINDEX=$c.cs cindex $c" > "$c.build.log" 2>&1 ||
		die "hyperfine failed: $(tail -3 "$c.build.log")"
	rm -f "$c.beq" "$c.cs"
	/usr/bin/time -f %M -o "$c.rss.beq" \
	    "$beq" --no-config index -q -o "$c.beq" "$c" ||
		die "beq index $c failed"
	CSEARCHINDEX=$c.cs /usr/bin/time -f %M -o "$c.rss.cs" \
	    cindex "$c" 2> /dev/null || die "cindex $c failed"
	ftss=""
	if [ "$fts" = 1 ]; then
		# loaded once per corpus (made again with it)
		if [ ! -f "$c.fts.time" ]; then
			rm -f "$c.fts"
			start=$(date +%s.%N)
			"$beq" --no-config --index "$c.beq" list --json |
			    python3 -c '
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("create virtual table f using fts5(q, b, a, "
           "tokenize=\"trigram\")")
db.executemany("insert into f values (?, ?, ?)",
               ((r["question"], r.get("body", ""), r["answer"])
                for r in map(json.loads, sys.stdin)))
db.commit()' "$c.fts" || die "cannot load $c.fts"
			end=$(date +%s.%N)
			echo "$start $end" | awk '{ print $2 - $1 }' > "$c.fts.time"
		fi
		ftss="$(cat "$c.fts.time") $(wc -c < "$c.fts")"
	fi
	python3 - "$c.build.json" "$cbytes" "$(cat "$c.rss.beq")" \
	    "$(cat "$c.rss.cs")" "$(wc -c < "$c.beq")" "$(wc -c < "$c.cs")" \
	    "$ftss" << 'PY' || die "cannot read $c.build.json"
import json, statistics, sys
res = json.load(open(sys.argv[1]))["results"]
cb = int(sys.argv[2])
mib = cb / 1048576
rss = {"beq index": int(sys.argv[3]), "cindex": int(sys.argv[4])}
size = {"beq index": int(sys.argv[5]), "cindex": int(sys.argv[6])}
print("| build | median s | MiB/s | peak RSS MiB | index MiB | index / corpus |")
print("|---|--:|--:|--:|--:|--:|")
for r in res:
    c = r["command"]
    t = statistics.median(r["times"])
    print("| %s | %.2f | %.1f | %.0f | %.1f | %.2f |" % (
        c, t, mib / t, rss[c] / 1024, size[c] / 1048576, size[c] / cb))
if sys.argv[7]:
    t, s = map(float, sys.argv[7].split())
    print("| FTS5 load (once; beq list --json, python3) | %.2f | %.1f | | "
          "%.1f | %.2f |" % (t, mib / t, s / 1048576, s / cb))
print("\nbeq's index holds the text (beq show needs no source file); "
      "cindex's holds trigrams and file names only, FTS5's both")
PY

	# the queries: the commands, each tool's count, and brute force
	spec=$c.spec
	: > "$spec"
	set --
	while IFS="$tab" read -r slug label flag pat cond; do
		case $slug in '#'* | '') continue ;; esac
		[ "$flag" = - ] && flag=""
		ci=""
		case $flag in
		-i) ci=-i ;;
		-s) ;;
		*) case $pat in *[A-Z]*) ;; *) ci=-i ;; esac ;;
		esac
		printf '%s\n' "select count(*) from f where $cond;" > "$c.$slug.sql"
		for tool in beq rg grep csearch fts; do
			case $tool in
			beq)
				cmd="$beq --no-config --index $c.beq search --count ${flag:+$flag }-e '$pat'" ;;
			rg) cmd="rg -c --no-messages ${flag:--S} -e '$pat' $c" ;;
			grep) cmd="grep -rcE ${ci:+$ci }-e '$pat' $c" ;;
			csearch) cmd="env CSEARCHINDEX=$c.cs csearch -c ${ci:+$ci }'$pat'" ;;
			fts)
				[ "$fts" = 1 ] || continue
				cmd="sqlite3 $c.fts '.read $c.$slug.sql'" ;;
			esac
			# the count: beq's and sqlite3's as printed, the others'
			# summed over the per-file lines PATH:N
			n=$(eval "$cmd" 2> /dev/null | awk -F: -v t="$tool" '
			    t == "beq" || t == "fts" { n = $0; next }
			    { n += $NF } END { print n + 0 }')
			printf '%s\t%s\t%s\t%s\n' "$slug" "$label" "$tool" "$n" >> "$spec"
			set -- "$@" -n "$slug $tool" "$cmd"
		done
		# shellcheck disable=SC2086 # flag is one option or none
		n=$(BEQ_BRUTE=1 "$beq" --no-config --index "$c.beq" search \
		    --count $flag -e "$pat")
		printf '%s\t%s\t%s\t%s\n' "$slug" "$label" brute "${n:-0}" >> "$spec"
	done < "$queries"
	hyperfine -N --style basic --warmup 1 --runs "$runs" -i \
	    --export-json "$c.query.json" "$@" > "$c.query.log" 2>&1 ||
		die "hyperfine failed: $(tail -3 "$c.query.log")"
	echo
	python3 - "$c.query.json" "$spec" "$runs" << 'PY' || status=1
import json, statistics, sys
res = json.load(open(sys.argv[1]))["results"]
med = {r["command"]: statistics.median(r["times"]) * 1000 for r in res}
rows, counts, tools = [], {}, []
for line in open(sys.argv[2]):
    slug, label, tool, n = line.rstrip("\n").split("\t")
    if slug not in counts:
        rows.append((slug, label))
        counts[slug] = {}
    counts[slug][tool] = n
    if tool not in tools and tool != "brute":
        tools.append(tool)
head = {"beq": "beq --count (records)", "rg": "rg -c (lines)",
        "grep": "grep -rc (lines)", "csearch": "csearch -c (lines)",
        "fts": "FTS5 (records)"}
print("median ms (hit count), %s runs each:\n" % sys.argv[3])
print("| query | " + " | ".join(head[t] for t in tools) +
      " | brute force (records) |")
print("|---|" + "--:|" * (len(tools) + 1))
bad = []
for slug, label in rows:
    cells = []
    for t in tools:
        m = med.get("%s %s" % (slug, t))
        cells.append("%s (%s)" % ("%.1f" % m if m is not None else "-",
                                   counts[slug].get(t, "-")))
    b = counts[slug]["brute"]
    ok = b == counts[slug]["beq"]
    if not ok:
        bad.append("%s: beq %s, brute force %s" % (label, counts[slug]["beq"], b))
    print("| %s | %s | %s%s |" % (label, " | ".join(cells), b,
                                 "" if ok else " **MISMATCH**"))
for b in bad:
    print("\n**MISMATCH** beq's index and brute force disagree: " + b)
sys.exit(1 if bad else 0)
PY
done
if [ "$status" -ne 0 ]; then
	echo
	echo "bench: the index and brute force disagree (see MISMATCH above)" >&2
fi
exit "$status"
