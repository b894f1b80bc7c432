#!/bin/sh
# make eval: indexes every bank of tests/banks with beq, scores what it read
# against what a person reads (tests/eval/eval.c), prints the scoreboard per
# bank and per split, and, with -t, checks it against tests/banks/
# thresholds.tsv as TAP (exit 1 when a score is below its threshold).
# Usage: run.sh [-v] [-t] BEQ EVAL [BANK...]
#   -v  list every miss, extra record, wrong answer and wrong category
#       (for the train split: test banks are scored, not studied)
set -u
verbose= thresholds=
while :; do
	case ${1-} in
	-v) verbose=-v; shift ;;
	-t) thresholds=${EVAL_THRESHOLDS:-tests/banks/thresholds.tsv}; shift ;;
	*) break ;;
	esac
done
[ $# -ge 2 ] || { echo "usage: run.sh [-v] [-t] BEQ EVAL [BANK...]" >&2; exit 2; }
beq=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
eval=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
cd "$(dirname "$0")/../.." || exit 2
[ $# -gt 0 ] || set -- tests/banks/train/* tests/banks/test/*
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-eval.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

for bank in "$@"; do
	[ -f "$bank/expect.tsv" ] || continue
	split=$(basename "$(dirname "$bank")")
	name=$(basename "$bank")
	# every markdown file of the bank, its licence aside (names may hold
	# spaces): what beq index takes from a directory (*.md, *.markdown,
	# in any case) and MDX pages (*.mdx), which a user names
	rm -f "$tmp/b.beq"
	(cd "$bank" && find . -type f \( -iname '*.md' -o -iname '*.markdown' \
	    -o -iname '*.mdx' \) ! -name 'LICENSE*' -print0 | sort -z |
	    xargs -0 -r "$beq" --no-config index -q -o "$tmp/b.beq") \
	    2> "$tmp/err"
	if [ -f "$tmp/b.beq" ]; then
		"$eval" $verbose "$bank/expect.tsv" "$tmp/b.beq" > "$tmp/out" ||
		    { echo "eval failed on $bank" >&2; exit 2; }
	else
		# no index could be written: score it as no record at all
		awk -F'\t' 'BEGIN { OFS = "\t" }
		    !/^#/ && NF == 7 { if ($3 == "opt") o++; else e++ }
		    END { print e + 0, o + 0, 0, 0, 0, 0 }' \
		    "$bank/expect.tsv" > "$tmp/out"
	fi
	if [ -n "$verbose" ]; then
		echo "## $split/$name"
		sed '$d' "$tmp/out"
	fi
	printf '%s\t%s\t' "$split" "$name" >> "$tmp/scores"
	tail -n 1 "$tmp/out" >> "$tmp/scores"
done
[ -f "$tmp/scores" ] || { echo "no banks with expect.tsv" >&2; exit 2; }

# split bank expected optional records found answers categories
awk -F'\t' -v th="${thresholds:-/dev/null}" -v tap="${thresholds:+1}" '
function pct(a, b) { return b ? 100 * a / b : 100 }
function row(sp, name, e, o, r, f, a, c) {
	R[sp, name] = pct(f, e); P[sp, name] = pct(f, r); A[sp, name] = pct(a, f)
	# (the answers of the floor: right ones among those wanted, which a
	# question found with a wrong answer does not lower)
	W[sp, name] = pct(a, e)
	printf "%-6s %-56s %5d %4d %5d %7.1f%% %7.1f%% %7.1f%% %7.1f%%\n",
	    sp, name, e, o, r, R[sp, name], P[sp, name], A[sp, name],
	    pct(c, f) > "/dev/stderr"
}
BEGIN {
	printf "%-6s %-56s %5s %4s %5s %8s %8s %8s %8s\n", "split", "bank",
	    "want", "opt", "recs", "recall", "precis.", "answers",
	    "categ." > "/dev/stderr"
}
{
	row($1, $2, $3, $4, $5, $6, $7, $8)
	if (!($1 in n)) order[++nsplit] = $1
	n[$1]++; e[$1] += $3; o[$1] += $4; r[$1] += $5; f[$1] += $6
	a[$1] += $7; c[$1] += $8
	# the worst bank of a split
	if (!($1 in wr) || R[$1, $2] < wr[$1]) wr[$1] = R[$1, $2]
	if (!($1 in wp) || P[$1, $2] < wp[$1]) wp[$1] = P[$1, $2]
	if (!($1 in wa) || A[$1, $2] < wa[$1]) wa[$1] = A[$1, $2]
}
END {
	for (i = 1; i <= nsplit; i++) {
		s = order[i]
		row(s, "all " n[s] " banks", e[s], o[s], r[s], f[s], a[s], c[s])
		printf "%-6s %-56s %5s %4s %5s %7.1f%% %7.1f%% %7.1f%%\n", s,
		    "worst bank", "", "", "", wr[s], wp[s], wa[s] > "/dev/stderr"
	}
	if (!tap)
		exit 0
	bad = 0; t = 0
	while ((getline line < th) > 0) {
		if (line ~ /^#/ || line == "") continue
		split(line, x, "\t")
		key = x[1] SUBSEP x[2]
		if (x[2] == "all") key = x[1] SUBSEP "all " n[x[1]] " banks"
		if (!(key in R)) {
			printf "not ok %d - %s/%s: no such bank\n", ++t, x[1], x[2]
			bad++; continue
		}
		split("recall precision answers-of-wanted", what, " ")
		v[1] = R[key]; v[2] = P[key]; v[3] = W[key]
		for (k = 1; k <= 3; k++) {
			ok = v[k] + 0.05 >= x[k + 2]
			printf "%s %d - %s/%s %s %.1f%% (at least %s%%)\n",
			    ok ? "ok" : "not ok", ++t, x[1], x[2], what[k],
			    v[k], x[k + 2]
			if (!ok) bad++
		}
	}
	print "1.." t
	exit bad > 0
}' "$tmp/scores"
