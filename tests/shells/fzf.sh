#!/bin/sh
# beq's tab-separated and NUL-separated output through the real fzf, run
# non-interactively (--filter), and through xargs -0. Prints TAP.
# Usage: tests/shells/fzf.sh [BEQ]   (BEQ defaults to ./beq)
set -u
. "$(dirname "$0")/lib.sh"

if ! have fzf; then
	skip "fzf" "fzf is not installed (make deps)"
	finish
	exit
fi
# lines FILE: the number of lines.
lines() { wc -l < "$1" | tr -d ' '; }

"$beq" list > "$tmp/list" || exit 2
records=$(lines "$tmp/list")

# beq list: ID<TAB>CATEGORY<TAB>QUESTION, fields fzf can show and search.
fzf --delimiter='\t' --with-nth=2.. --filter=deadlock < "$tmp/list" > "$tmp/f"
same "fzf: beq list | fzf --filter=deadlock finds the deadlock question first" \
    "$(grep -i 'deadlock' "$tmp/list" | head -1)" "$(head -1 "$tmp/f")"
check "fzf: every line fzf prints is a whole line of beq list" \
    sh -c '[ -s "$1" ] && ! grep -vxFf "$2" "$1"' sh "$tmp/f" "$tmp/list"
cats=$("$beq" categories | awk -F '\t' '$1 == "security" { print $2 }')
same "fzf: --nth=2 searches the category field (all of security)" "$cats" \
    "$(fzf --delimiter='\t' --nth=2 --filter="^Security$" < "$tmp/list" |
	awk -F '\t' '$2 == "Security"' | wc -l | tr -d ' ')"
same "fzf: the picked id goes to beq show (the man page's pipeline)" \
    "$("$beq" show 15)" \
    "$(fzf --delimiter='\t' --with-nth=2.. --filter=deadlock < "$tmp/list" |
	head -1 | cut -f1 | xargs "$beq" show)"

# -0/--null: records end with NUL, for fzf --read0 and xargs -0.
if "$beq" list -0 > "$tmp/list0" 2> "$tmp/err"; then
	same "fzf: beq list -0 is beq list with NUL for newline" \
	    "$(tr '\n' '\0' < "$tmp/list" | od -c)" "$(od -c < "$tmp/list0")"
else
	notok "fzf: beq list -0 is beq list with NUL for newline" \
	    "$(cat "$tmp/err")"
fi
same "fzf: beq list -0 | fzf --read0 --filter=deadlock" \
    "$(fzf --filter=deadlock < "$tmp/list")" \
    "$(fzf --read0 --filter=deadlock < "$tmp/list0")"
same "fzf: beq list -0 | xargs -0 sees one argument per record" \
    "$records" "$(xargs -0 -n 1 printf '%s\n' < "$tmp/list0" | wc -l | tr -d ' ')"
same "fzf: beq categories -0 | xargs -0 sees one argument per category" \
    "$("$beq" categories | wc -l | tr -d ' ')" \
    "$("$beq" categories -0 2>&1 | xargs -0 -n 1 printf '%s\n' | wc -l | tr -d ' ')"

# search --oneline: the list's line for each hit, in the search's order.
"$beq" search --ids lock > "$tmp/ids"
while read -r id; do grep "^$id	" "$tmp/list"; done < "$tmp/ids" > "$tmp/want"
"$beq" search --oneline lock > "$tmp/one" 2> "$tmp/err"
same "fzf: beq search --oneline prints beq list's lines of the hits, ranked" \
    "$(cat "$tmp/want")" "$(cat "$tmp/one" "$tmp/err")"
same "fzf: beq search --oneline deadlock | fzf --filter" \
    "$(grep -i deadlock "$tmp/list" | head -1)" \
    "$("$beq" search --oneline deadlock 2>&1 |
	fzf --delimiter='\t' --with-nth=2.. --filter=deadlock | head -1)"
same "fzf: beq search --oneline -0 lock | xargs -0 sees one argument per hit" \
    "$(lines "$tmp/ids")" \
    "$("$beq" search --oneline -0 lock 2>/dev/null |
	xargs -0 -n 1 printf '%s\n' | wc -l | tr -d ' ')"
same "fzf: beq search --null --oneline lock | fzf --read0 --filter" \
    "$(fzf --filter=lock < "$tmp/want")" \
    "$("$beq" search --null --oneline lock 2>&1 | fzf --read0 --filter=lock)"
finish
