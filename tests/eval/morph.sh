#!/bin/sh
# The scoreboard read again with each bank's pages changed in ways a
# person does not see on the rendered page: line ends written CR LF
# (crlf), a byte-order mark before the first line (bom), or two blanks,
# a hard break, at the end of each line outside code (breaks, which
# still moves a few banks: not in make check). Each bank must score as
# written; prints TAP, one line per change, naming the banks that do not.
# Usage: [MORPH="crlf bom breaks"] morph.sh BEQ EVAL [BANK...]
# (default: crlf and bom, every bank of tests/banks)
set -u
[ $# -ge 2 ] || { echo "usage: morph.sh BEQ EVAL [BANK...]" >&2; exit 2; }
beq=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ev=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
shift 2
cd "$(dirname "$0")/../.." || exit 2
[ $# -gt 0 ] || set -- tests/banks/train/* tests/banks/test/*
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-morph.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# bank recall precision answers, one line a bank, from run.sh's table
scores() {
	sh tests/eval/run.sh "$beq" "$ev" "$@" 2>&1 >/dev/null |
	    awk '$2 != "bank" && $2 != "all" && $2 != "worst" &&
	        NF >= 9 { print $2, $6, $7, $8 }' | sort
}
scores "$@" > "$tmp/as-written"
n=0 bad=0
for change in ${MORPH:-crlf bom}; do
	rm -rf "$tmp/banks"
	mkdir "$tmp/banks"
	for bank in "$@"; do
		[ -f "$bank/expect.tsv" ] && cp -R "$bank" "$tmp/banks/"
	done
	# (code fences are left alone, where blanks are text)
	find "$tmp/banks" -type f \( -iname '*.md' -o -iname '*.markdown' \
	    -o -iname '*.mdx' \) -exec perl -pi -e '
		BEGIN { $c = shift @ARGV }
		s/\r?\n\z//; $e = $&;
		if ($c eq "crlf") { $_ .= "\r\n"; next }
		if ($c eq "bom") {
			$_ = "\xef\xbb\xbf$_" if $. == 1 && !/^\xef\xbb\xbf/;
			$_ .= $e; next }
		if (/^[ \t]*(```|~~~)/) { $f = !$f }
		elsif (!$f && $_ ne "") { $_ .= "  " }
		$_ .= $e; close ARGV if eof' "$change" {} +
	scores "$tmp"/banks/* > "$tmp/changed"
	n=$((n + 1))
	moved=$(join "$tmp/as-written" "$tmp/changed" |
	    awk '$2 != $5 || $3 != $6 || $4 != $7 { printf " %s", $1 }')
	if [ -z "$moved" ] && [ -s "$tmp/changed" ]; then
		echo "ok $n - morph $change: every bank scores as written"
	else
		echo "not ok $n - morph $change: scores moved:$moved"
		bad=$((bad + 1))
	fi
done
echo "1..$n"
[ "$bad" -eq 0 ]
