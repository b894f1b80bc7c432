#!/bin/sh
# The man pages as a reader sees them: man/beq.1 and man/beq.5 rendered by
# mandoc and by groff (the two formatters man(1) runs), and the text, not
# the source, checked for the marks of a misused macro. mandoc -T lint
# passes them all: an enclosing macro (Aq, Sq, Dq, Ql, Pq) runs to the end
# of its line, so that ".Sq a , Sq b" quotes b inside a's quotes, and a
# closing delimiter as an argument (".Sq - [ ]") is set outside them.
# Found in a paragraph of the rendered text:
#   - a quote or angle bracket opened inside one of its kind, closed when
#     none is open, or left open: ‘12., ‘12)’’ and id⟨TAB category⟨TAB⟩⟩
#   - an empty pair: ‘’ “” ⟨⟩
#   - a bracket opened inside quotes and closed right after them: ‘- [’]
#   - a space before a comma, semicolon, colon or full stop after a
#     closing quote: ‘x’ ,
# A ’ between two letters or digits is an apostrophe (“It’s”), no quote;
# a quote mark between quotes (‘’’) is quoted, no pair of its own.
# Prints TAP, one line per page and formatter, after a first test per
# formatter that the check finds each mistake of
# tests/fixtures/man/misquoted.1; a formatter that is not installed is a
# skip (make deps installs both).
# Usage: tests/man-render.sh [PAGE...]   (default man/beq.1 man/beq.5)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
selftest=0
if [ $# -eq 0 ]; then
	set -- "$top/man/beq.1" "$top/man/beq.5"
	selftest=1
fi
n=0 failed=0
# what the check says of misquoted.1, paragraph by paragraph
want_faults='a bracket set outside its quotes
opened inside one of its kind
opened inside one of its kind
opened inside one of its kind
a parenthesis set outside its quotes
a space before punctuation
empty'

# render FORMATTER PAGE: the page as plain UTF-8 text, 80 columns wide
render() {
	case $1 in
	mandoc) mandoc -T utf8 -O width=78 "$2" | sed 's/.\x08//g' ;;
	groff) groff -mandoc -T utf8 -P -cbou -rLL=78n "$2" 2> /dev/null ;;
	esac
}

# check: reads rendered text, prints each fault as "LINE: what: text"
# (quotes and brackets turned into bytes 1-6 so that awk, whatever its
# idea of characters, sees one byte for each)
check() {
	LC_ALL=C sed -e 's/‘/\x01/g' -e 's/’/\x02/g' -e 's/“/\x03/g' \
	    -e 's/”/\x04/g' -e 's/⟨/\x05/g' -e 's/⟩/\x06/g' |
	LC_ALL=C awk '
	function show(s) {
		gsub(/\001/, "‘", s); gsub(/\002/, "’", s)
		gsub(/\003/, "“", s); gsub(/\004/, "”", s)
		gsub(/\005/, "⟨", s); gsub(/\006/, "⟩", s)
		gsub(/  +/, " ", s)
		return s
	}
	# the fault, and the text around it (at: its byte in the paragraph)
	function fault(what, at,   a) {
		a = at > 40 ? at - 40 : 1
		printf "%d: %s: ...%s...\n", start, what, show(substr(par, a, 80))
		bad = 1
	}
	# one paragraph: the lines between blank lines, joined
	function para(   i, c, prev, next_, kind, open, depth, at, s, m) {
		if (par == "")
			return
		bad = 0
		for (kind = 1; kind <= 3; kind++)
			depth[kind] = 0
		for (i = 1; i <= length(par); i++) {
			c = substr(par, i, 1)
			if (c < "\001" || c > "\006")
				continue
			prev = substr(par, i - 1, 1)
			next_ = substr(par, i + 1, 1)
			# a quote mark quoted (‘‘’ and ‘’’): no pair of its own
			if ((c == "\001" || c == "\003") &&
			    substr(par, i + 2, 1) == (c == "\001" ? "\002" : "\004") &&
			    next_ >= "\001" && next_ <= "\006") {
				i += 2
				continue
			}
			# an apostrophe
			if (c == "\002" && prev ~ /[A-Za-z0-9]/ &&
			    next_ ~ /[A-Za-z0-9]/)
				continue
			kind = int((index("\001\002\003\004\005\006", c) + 1) / 2)
			open = index("\001\003\005", c) > 0
			if (open) {
				if (depth[kind] > 0)
					fault("opened inside one of its kind", i)
				depth[kind]++
				at[kind] = i
				continue
			}
			if (depth[kind] == 0) {
				fault("closed when none is open", i)
				continue
			}
			depth[kind]--
			s = substr(par, at[kind] + 1, i - at[kind] - 1)
			if (s ~ /^ *$/)
				fault("empty", i)
			# a bracket that the quotes left outside them
			m = s
			while (gsub(/\[[^][]*\]/, "", m) > 0)
				;
			if (next_ == "]" && index(m, "[") > 0)
				fault("a bracket set outside its quotes", i)
			m = s
			while (gsub(/\([^()]*\)/, "", m) > 0)
				;
			if (next_ == ")" && index(m, "(") > 0)
				fault("a parenthesis set outside its quotes", i)
			if (substr(par, i + 1, 2) ~ /^ [,;:.]/ &&
			    substr(par, i + 1, 3) !~ /^ \.\./)
				fault("a space before punctuation", i)
		}
		for (kind = 1; kind <= 3 && !bad; kind++)
			if (depth[kind] > 0)
				fault("left open", at[kind])
		par = ""
	}
	/^[ \t]*$/ { para(); next }
	{
		line = $0
		sub(/^[ \t]+/, "", line)
		if (par == "")
			start = NR
		# a word broken across lines by a hyphen (U+2010) is one
		if (par ~ /\342\200\220$/)
			par = substr(par, 1, length(par) - 3) line
		else
			par = par (par == "" ? "" : " ") line
	}
	END { para() }'
}

for fmt in mandoc groff; do
	[ $selftest = 1 ] || break
	n=$((n + 1))
	name="the check finds each mistake of a page made of them ($fmt)"
	if ! command -v $fmt > /dev/null 2>&1; then
		echo "ok $n - man render: $name # skip $fmt is not installed (make deps)"
		continue
	fi
	got=$(render $fmt "$top/tests/fixtures/man/misquoted.1" | check |
	    sed 's/^[0-9]*: \([^:]*\):.*/\1/')
	if [ "$got" = "$want_faults" ]; then
		echo "ok $n - man render: $name"
	else
		failed=$((failed + 1))
		echo "not ok $n - man render: $name"
		printf '%s\n' "$got" | sed 's/^/#   found: /'
	fi
done

for page in "$@"; do
	for fmt in mandoc groff; do
		n=$((n + 1))
		name="$(basename "$page") rendered by $fmt has no misquoted text"
		if ! command -v $fmt > /dev/null 2>&1; then
			echo "ok $n - man render: $name # skip $fmt is not installed (make deps)"
			continue
		fi
		if ! text=$(render $fmt "$page") || [ -z "$text" ]; then
			failed=$((failed + 1))
			echo "not ok $n - man render: $name ($fmt failed)"
			continue
		fi
		faults=$(printf '%s\n' "$text" | check)
		if [ -z "$faults" ]; then
			echo "ok $n - man render: $name"
		else
			failed=$((failed + 1))
			echo "not ok $n - man render: $name"
			printf '%s\n' "$faults" | sed 's/^/#   /' | head -20
		fi
	done
done
echo "1..$n"
[ "$failed" -eq 0 ]
