#!/bin/sh
# make bench, indexing part: MB/s of `beq index` next to codesearch's
# cindex on the same files, in one hyperfine run per corpus: the shared
# real question banks (../shared/corpora) and a generated 100 MB corpus
# (../shared/bench/gen-corpus, from Debian's documentation packages; see
# `make bench-deps`). A corpus that cannot be had is skipped with a note.
# Timing never fails: exit 0 unless something could not run (2).
# Usage: tests/bench/index.sh [BEQ]   env: B, BENCH_INDEX_RUNS
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
beq=$(cd "$(dirname "${1:-./beq}")" && pwd)/$(basename "${1:-./beq}")
out=${B:-build}/bench
mkdir -p "$out" || exit 2
out=$(cd "$out" && pwd)
shared=$top/../shared

die()
{
	echo "bench: $*" >&2
	exit 2
}

command -v hyperfine > /dev/null || die "hyperfine not found; make bench-deps"
have_cindex=1
command -v cindex > /dev/null || have_cindex=0

echo
echo "## indexing"
echo
[ "$have_cindex" = 1 ] ||
	echo "note: cindex not found (Debian's codesearch; make bench-deps): beq rows only"

corpora=""
if [ -d "$shared/corpora" ]; then
	corpora="shared-corpora=$shared/corpora"
else
	echo "note: $shared/corpora not found: the real question banks are skipped"
fi
gen=$shared/bench/gen-corpus
big=$out/c100m
if [ -d "$big" ] && [ -f "$big.manifest" ]; then
	corpora="$corpora generated-100M=$big"
elif [ -x "$gen" ] && command -v python3 > /dev/null; then
	# 64 KiB files: cindex skips a file with over 20000 distinct
	# trigrams as "not text", which 1 MiB files of prose reach
	if python3 "$gen" --size 100M --file-size 64K --out "$big" \
	    > "$out/gen.log" 2>&1; then
		corpora="$corpora generated-100M=$big"
	else
		echo "note: gen-corpus failed (make bench-deps installs its" \
		    "sources): $(tail -1 "$out/gen.log")"
	fi
else
	echo "note: $gen not found: the 100 MB corpus is skipped"
fi
[ -n "$corpora" ] || {
	echo "no corpus to index"
	exit 0
}

echo
echo "| corpus | MB | tool | median s | MB/s | x cindex |"
echo "|---|--:|---|--:|--:|--:|"
for c in $corpora; do
	name=${c%%=*} dir=${c#*=}
	mb=$(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' \) \
	    -exec cat {} + | wc -c | awk '{ printf "%.1f", $1 / 1048576 }')
	runs=${BENCH_INDEX_RUNS:-$(awk -v mb="$mb" 'BEGIN { print (mb > 10 ? 10 : 30) }')}
	# each run starts with no index to replace, for both: replacing
	# one frees its blocks inside rename(2) (40 ms for 170 MB here)
	set -- -n "beq index" --prepare "rm -f $out/$name.beq" \
	    "$beq index -q -o $out/$name.beq $dir"
	if [ "$have_cindex" = 1 ]; then
		set -- "$@" -n "cindex" --prepare "rm -f $out/$name.cs" \
		    "env CSEARCHINDEX=$out/$name.cs cindex $dir"
	fi
	hyperfine -N --style basic --warmup 1 --runs "$runs" \
	    --export-json "$out/index-$name.json" "$@" \
	    > "$out/index-$name.log" 2>&1 ||
		die "hyperfine failed on $name: $(tail -3 "$out/index-$name.log")"
	python3 - "$out/index-$name.json" "$name" "$mb" << 'PY' || die "cannot read $out/index-$name.json"
import json, statistics, sys
res = json.load(open(sys.argv[1]))["results"]
name, mb = sys.argv[2], float(sys.argv[3])
med = {r["command"]: statistics.median(r["times"]) for r in res}
ci = med.get("cindex")
for cmd, t in med.items():
    ratio = "%.2f" % (t / ci) if ci else ""
    print("| %s | %.1f | %s | %.3f | %.1f | %s |" % (name, mb, cmd, t, mb / t, ratio))
PY
done
echo
echo "target: beq index no slower than cindex (x cindex <= 1.00); cindex"
echo "indexes whole files, beq every question (its posting lists are per record)"
exit 0
