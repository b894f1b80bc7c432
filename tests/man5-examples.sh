#!/bin/sh
# The EXAMPLES of man/beq.5 are what beq index does. Each `.Bd -literal`
# block there is a shell transcript: lines starting with "$ " are commands,
# the lines after one (up to the next "$ ") what it prints, its standard
# output and standard error together. A command "cat PATH" shows a file:
# the test writes the lines after it to PATH first. Every command of a
# block runs in order, in a scratch directory of the block's own, with
# `beq` the binary given on PATH; each must exit 0 and print exactly what
# the page says. A block that is not a transcript is an error, so that no
# example goes untested. With mandoc at hand, every line must also read
# the same when rendered, so that what runs here is what readers see.
# Prints TAP, one line per example.
# Usage: tests/man5-examples.sh [BEQ]   (BEQ defaults to ./beq)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
man=${MAN5:-$top/man/beq.5}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-man5.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
mkdir "$tmp/bin" "$tmp/home" || exit 2
ln -s "$beq" "$tmp/bin/beq" || exit 2
PATH=$tmp/bin:$PATH HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config
COLUMNS=80 LC_ALL=C
export PATH HOME XDG_CONFIG_HOME COLUMNS LC_ALL
unset BEQ_INDEX BEQ_BRUTE NO_COLOR BEQ_CONFIG BEQ_PAGER PAGER

# Each block of the EXAMPLES section into $tmp/N/: the files cmd.K (the
# command) and out.K (what it prints), and "bad" when a line holds a roff
# escape not undone here or the block is no transcript.
awk -v dir="$tmp" '
/^\.Sh / { on = ($2 == "EXAMPLES"); next }
!on { next }
/^\.Bd -literal/ { blk++; k = 0; inb = 1; system("mkdir " dir "/" blk); next }
/^\.Ed/ { inb = 0; next }
!inb { next }
{
	s = $0
	gsub(/\\e/, "\001", s); gsub(/\\\(aq/, "\047", s)
	gsub(/\\\(ga/, "`", s); gsub(/\\\(ti/, "~", s); gsub(/\\\(ha/, "^", s)
	gsub(/\\\(dq/, "\"", s); gsub(/\\-/, "-", s); gsub(/\\&/, "", s)
	d = dir "/" blk
	if (s ~ /\\/)
		print "line " NR ": a roff escape this test does not undo" > (d "/bad")
	gsub(/\001/, "\\", s)
	if (substr(s, 1, 2) == "$ ") {
		if (k > 0) { close(d "/cmd." k); close(d "/out." k) }
		k++
		print substr(s, 3) > (d "/cmd." k)
		printf "" > (d "/out." k)
		next
	}
	if (k == 0) {
		print "line " NR ": the block does not start with a \"$ \" command" > (d "/bad")
		next
	}
	print s > (d "/out." k)
}
' "$man" || exit 2

rendered=""
if command -v mandoc > /dev/null 2>&1; then
	mandoc -T ascii -O width=1000 "$man" 2> /dev/null |
	    sed 's/^ *//; s/ *$//' > "$tmp/rendered" && rendered=$tmp/rendered
fi

n=0 failed=0
for d in "$tmp"/[0-9]*; do
	[ -d "$d" ] || continue
	n=$((n + 1))
	mkdir "$d/work"
	first=$(cat "$d/cmd.1" 2> /dev/null)
	problem=""
	if [ -f "$d/bad" ]; then
		problem=$(head -1 "$d/bad")
	elif [ -n "$rendered" ]; then
		for f in "$d"/cmd.* "$d"/out.*; do
			case $f in */cmd.*) pre='$ ' ;; *) pre='' ;; esac
			while IFS= read -r line; do
				l=$(printf '%s%s' "$pre" "$line" | sed 's/^ *//')
				[ -z "$l" ] && continue
				if ! grep -qxF -- "$l" "$rendered"; then
					problem="renders differently: $l"
					break 2
				fi
			done < "$f"
		done
	fi
	k=1
	while [ -z "$problem" ] && [ -f "$d/cmd.$k" ]; do
		cmd=$(cat "$d/cmd.$k")
		case $cmd in
		"cat "*)
			f=${cmd#cat }
			case $f in
			*[!A-Za-z0-9._/-]* | /* | *..*)
				problem="cat of an odd path: $f" ;;
			*)
				mkdir -p "$d/work/$(dirname "$f")" &&
				    cp "$d/out.$k" "$d/work/$f" ;;
			esac
			;;
		esac
		[ -n "$problem" ] && break
		(cd "$d/work" && sh -c "$cmd" > "$d/got.$k" 2>&1 < /dev/null)
		rc=$?
		if [ "$rc" -ne 0 ]; then
			problem="\$ $cmd: exit status $rc"
		elif ! diff -u "$d/out.$k" "$d/got.$k" > "$d/diff"; then
			problem="\$ $cmd: prints something else"
		fi
		k=$((k + 1))
	done
	if [ -z "$problem" ]; then
		printf 'ok %d - beq(5) example: $ %s\n' "$n" "$first"
	else
		failed=$((failed + 1))
		printf 'not ok %d - beq(5) example: $ %s (%s)\n' "$n" "$first" \
		    "$problem"
		[ -s "$d/diff" ] && sed 's/^/#   /' "$d/diff" | head -40
		[ -s "$d/got.$((k - 1))" ] && [ ! -s "$d/diff" ] &&
		    sed 's/^/#   /' "$d/got.$((k - 1))" | head -10
	fi
done

if [ "$n" -eq 0 ]; then
	n=1 failed=1
	echo "not ok 1 - beq(5) example: no literal blocks in EXAMPLES"
fi
if [ -z "$rendered" ]; then
	n=$((n + 1))
	echo "ok $n - beq(5) example: each line reads the same rendered # skip mandoc is not installed (make deps)"
fi
echo "1..$n"
[ "$failed" -eq 0 ]
