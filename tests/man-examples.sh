#!/bin/sh
# Every example in the EXAMPLES section of man/beq.1 works: each .Dl line
# runs under `sh -c`, with `beq` being the binary given (the real one, with
# the built-in corpus), and must exit 0 and print something. Prints TAP.
# The examples share one scratch directory and a scratch $HOME holding
# ~/notes (a copy of tests/data), and run in order, so that one example may
# use the index an earlier one wrote. An example whose lead sentence says it
# "exits 1" may exit 1 instead, and then print nothing.
# Usage: tests/man-examples.sh [BEQ]   (BEQ defaults to ./beq)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
man=$top/man/beq.1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-man.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin" "$tmp/work" "$tmp/home" "$tmp/home/notes" || exit 2
ln -s "$beq" "$tmp/bin/beq" || exit 2
cp "$top"/tests/data/*.md "$tmp/home/notes/" || exit 2
PATH=$tmp/bin:$PATH HOME=$tmp/home COLUMNS=80
export PATH HOME COLUMNS
unset BEQ_INDEX BEQ_BRUTE BEQ_SCAN NO_COLOR BEQ_CONFIG XDG_CONFIG_HOME BEQ_PAGER PAGER

# The examples, one per line: the exit status allowed besides 0 (or -),
# a tab, and the .Dl text with its roff escapes undone. A line that uses a
# quote or an escape not undone here is passed on with want "?".
awk '
/^\.Sh / { on = ($2 == "EXAMPLES"); lead = ""; next }
!on { next }
/^\.Pp/ { lead = ""; next }
/^\.Dl / {
	s = substr($0, 5)
	want = (lead ~ /exits 1/) ? "1" : "-"
	gsub(/\\e/, "\001", s); gsub(/\\\(aq/, "\047", s); gsub(/\\\(ga/, "`", s)
	gsub(/\\\(ti/, "~", s); gsub(/\\\(ha/, "^", s); gsub(/\\-/, "-", s)
	gsub(/\\&/, "", s)
	if (s ~ /"/) want = "?"
	gsub(/\\\(dq/, "\"", s)
	if (s ~ /\\/) want = "?"
	gsub(/\001/, "\\", s)
	print want "\t" s
	next
}
!/^\./ { lead = lead " " $0 }
' "$man" > "$tmp/examples"

# With mandoc at hand, every example must also read the same when rendered,
# so that what runs here is what readers copy.
rendered=""
if command -v mandoc > /dev/null 2>&1; then
	mandoc -T ascii -O width=1000 "$man" 2> /dev/null |
	    sed 's/^ *//; s/ *$//' > "$tmp/rendered" && rendered=$tmp/rendered
fi

n=0 failed=0
while IFS='	' read -r want cmd; do
	n=$((n + 1))
	skip=""
	for tool in jq fzf less; do
		case " $cmd " in
		*"| $tool "*)
			command -v "$tool" > /dev/null 2>&1 ||
				skip="$tool is not installed (make deps)" ;;
		esac
	done
	if [ -n "$skip" ]; then
		printf 'ok %d - man example: %s # SKIP %s\n' "$n" "$cmd" "$skip"
		continue
	fi
	problem=""
	if [ "$want" = "?" ]; then
		problem="uses a double quote or a roff escape this test does not undo"
	elif [ -n "$rendered" ] && ! grep -qxF -- "$cmd" "$rendered"; then
		problem="renders differently from the source"
	else
		(cd "$tmp/work" && sh -c "$cmd" > "$tmp/out" 2> "$tmp/err" \
		    < /dev/null)
		rc=$?
		if [ "$rc" -ne 0 ] && [ "$rc" != "$want" ]; then
			problem="exit status $rc"
		elif [ "$rc" -eq 0 ] && [ ! -s "$tmp/out" ]; then
			problem="printed nothing"
		fi
	fi
	if [ -z "$problem" ]; then
		printf 'ok %d - man example: %s\n' "$n" "$cmd"
	else
		failed=$((failed + 1))
		printf 'not ok %d - man example: %s (%s)\n' "$n" "$cmd" "$problem"
		[ -s "$tmp/err" ] && sed 's/^/#   /' "$tmp/err" | head -10
	fi
	rm -f "$tmp/out" "$tmp/err"
done < "$tmp/examples"

if [ "$n" -eq 0 ]; then
	n=1 failed=1
	echo "not ok 1 - man example: no .Dl lines in the EXAMPLES section"
fi
if [ -z "$rendered" ]; then
	n=$((n + 1))
	echo "ok $n - man example: each reads the same rendered # skip mandoc is not installed (make deps)"
fi
echo "1..$n"
[ "$failed" -eq 0 ]
