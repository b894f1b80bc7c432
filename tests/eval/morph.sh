#!/bin/sh
# The scoreboard read again with each bank's pages changed in ways a
# person does not see on the rendered page: line ends written CR LF
# (crlf), a byte-order mark before the first line (bom), or two blanks
# at the end of the last line of each block outside code, where a hard
# break shows nothing (breaks: it moves every later byte, which found an
# md4c fault that hangs on where text lies: src/corpus/md_dodge.c). Each
# bank must score as written; prints TAP, one line per change, naming
# the banks that do not.
# Usage: [MORPH="crlf bom breaks"] morph.sh BEQ EVAL [BANK...]
# (default: all three, every bank of tests/banks)
set -u
LC_ALL=C
export LC_ALL
[ $# -ge 2 ] || { echo "usage: morph.sh BEQ EVAL [BANK...]" >&2; exit 2; }
beq=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ev=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
cd "$(dirname "$0")/../.." || exit 2
[ $# -gt 0 ] || set -- tests/banks/train/* tests/banks/test/*
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-morph.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM

# bank recall precision answers categories, one line a bank, from
# run.sh's table; a run that fails fails here
scores() {
	sh tests/eval/run.sh "$beq" "$ev" "$@" 2> "$tmp/table" > /dev/null ||
	    { echo "morph: run.sh failed" >&2; exit 2; }
	awk '$2 != "bank" && $2 != "all" && $2 != "worst" &&
	    NF >= 9 { print $2, $6, $7, $8, $9 }' "$tmp/table" | sort
}
scores "$@" > "$tmp/as-written" || exit 2
[ -s "$tmp/as-written" ] || { echo "morph: no bank scored" >&2; exit 2; }
n=0 bad=0
for change in ${MORPH:-crlf bom breaks}; do
	rm -rf "$tmp/banks"
	mkdir "$tmp/banks"
	for bank in "$@"; do
		[ -f "$bank/expect.tsv" ] && cp -R "$bank" "$tmp/banks/"
	done
	# (code fences are left alone, where blanks are text; each file's
	# line numbers and fences start afresh)
	find "$tmp/banks" -type f \( -iname '*.md' -o -iname '*.markdown' \
	    -o -iname '*.mdx' \) -exec perl -pi -e '
		BEGIN { $c = shift @ARGV }
		$e = s/(\r?\n)\z// ? $1 : "";
		if ($c eq "crlf") {
			$e = "\r\n";
		} elsif ($c eq "bom") {
			$_ = "\xef\xbb\xbf$_" if $. == 1 && !/^\xef\xbb\xbf/;
		} elsif (/^[ \t]*(```|~~~)/) {
			$f = !$f;
		}
		# (breaks: the blanks go on the last line of a block, before an
		# empty line, where they show nothing; the line is held
		# until the next is read)
		if ($c eq "breaks") {
			print $h, (!$f && $h ne "" && $_ eq "" ? "  " : ""), $he
			    if defined $h;
			($h, $he) = ($_, $e);
			$_ = "";
			if (eof) { print $h, $he; undef $h }
		} else {
			$_ .= $e;
		}
		if (eof) { close ARGV; $f = 0 }' "$change" {} +
	scores "$tmp"/banks/* > "$tmp/changed" || exit 2
	n=$((n + 1))
	# a bank missing from either run moves too
	moved=$(join -a 1 -a 2 -e - -o 0,1.2,1.3,1.4,1.5,2.2,2.3,2.4,2.5 \
	    "$tmp/as-written" "$tmp/changed" |
	    awk '$2 != $6 || $3 != $7 || $4 != $8 || $5 != $9 {
	        printf " %s", $1 }')
	if [ -z "$moved" ]; then
		echo "ok $n - morph $change: every bank scores as written"
	else
		echo "not ok $n - morph $change: scores moved:$moved"
		bad=$((bad + 1))
	fi
done
echo "1..$n"
[ "$bad" -eq 0 ]
