#!/bin/sh
# beq index on a real terminal: tmux (a private socket) runs it and the
# screen is read back while it runs, and script(1) records all it writes.
# A progress line (files and bytes of the total, records, rate, time left)
# while it reads, then the steps that follow (records indexed, bytes of the
# index written, each with its rate and time left; the wait for the disk),
# erased at the end; the warnings cut to 20 and a line per kind; none of it
# with -q, TERM=dumb, stderr in a file, or in the background; no total for
# an archive on stdin; --warnings=all.
# The steps after the reading are slowed down to be seen, with the test-only
# BEQ_TEST_STEP_DELAY_MS (each step starts, and each report of its progress
# comes, that much later; src/cli/progress.h).
# Prints TAP; skipped only when tmux is missing.
# Usage: tests/progress-term.sh [BEQ]   (BEQ defaults to ./beq)
set -u
if ! command -v tmux > /dev/null 2>&1; then
	echo "ok 1 - progress: the whole suite # skip tmux is not installed (make deps)"
	echo "1..1"
	exit 0
fi
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-progress.XXXXXX") || exit 2
sock=beq-progress-$$
sockpath=
# kill-server leaves the socket file behind: remove it too
trap 'tmux -L "$sock" kill-server 2> /dev/null
	[ -n "$sockpath" ] && rm -f "$sockpath"
	rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM
mkdir "$tmp/bin" "$tmp/bank" && ln -s "$beq" "$tmp/bin/beq" || exit 2

# The bank: 1 MB of questions, a list item that is no question in every
# 40th list (a warning each: 100 a file), read 100 times over through
# links: 100 MB, 2 s or so of work, where the line shows from 0.5 s on.
awk 'BEGIN { for (i = 1; i <= 4000; i++) printf "## Topic %d\n\n" \
	"1. **What is a thing number %d?**\n   It is a thing that lives " \
	"in a place and has a number, %d, which tells it apart from every " \
	"other thing of its kind.\n2. **Why does thing %d matter?**\n" \
	"   Because the others depend on it.\n%s\n", i, i, i, i, \
	i % 40 == 0 ? "3. a plain note\n" : "" }' \
	> "$tmp/bank/a.md" || exit 2
i=2
while [ $i -le 100 ]; do
	ln -s a.md "$tmp/bank/l$i.md" || exit 2
	i=$((i + 1))
done
# and the one file alone: 8,000 records, read at once, its steps slowed
mkdir "$tmp/small" && ln -s ../bank/a.md "$tmp/small/a.md" || exit 2

n=0 failed=0
ok() {	# ok NAME CONDITION-STATUS
	n=$((n + 1))
	if [ "$2" -eq 0 ]; then
		echo "ok $n - progress: $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - progress: $1"
		screen | sed 's/^/#   | /'
	fi
}
t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -t p; }
type_line() { t send-keys -t p -l "$1" && t send-keys -t p Enter; }

# run K CMD: clears the screen, types CMD, and records every screen (10 a
# second) in $tmp/seen.K until the "DONE-K:STATUS" line that follows it
# shows, for up to 30 s; prints STATUS.
run() {
	t send-keys -t p clear Enter
	sleep 0.2
	: > "$tmp/seen.$1"
	type_line "$2; echo DONE\"\"-$1:\$?"
	i=0
	while [ $i -lt 300 ]; do
		screen > "$tmp/screen"
		cat "$tmp/screen" >> "$tmp/seen.$1"
		if grep -q "^DONE-$1:" "$tmp/screen"; then
			sed -n "s/^DONE-$1:\([0-9]*\).*/\1/p" "$tmp/screen"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	echo timeout
}

# the line, as drawn while reading files (of a known total), and at all
line_total='^[0-9,]+/[0-9,]+ files, [0-9.,]+/[0-9.,]+ [KMG]?i?B, [0-9,]+ records'
line_any='^[0-9,]+ files?, [0-9.,]+ [KMG]?i?B, [0-9,]+ records?'

t -f /dev/null new-session -d -s p -x 120 -y 40 -c "$tmp" \
	"env -i PATH='$tmp/bin:/usr/bin:/bin' HOME='$tmp' TERM=screen LC_ALL=C PS1='$ ' sh" || {
	echo "not ok 1 - progress: tmux starts a session"
	echo "1..1"
	exit 1
}
sockpath=$(t display-message -p '#{socket_path}')
t set-option -g status off > /dev/null
sleep 0.3

# 1. the line while it reads, then while it writes; erased; the summary
rc=$(run 1 "beq --no-config index -o x.idx bank")
[ "$rc" = 0 ]
ok "beq index on a terminal exits 0" $?
grep -Eq "$line_total" "$tmp/seen.1"
ok "a progress line: files and bytes read of the total, records" $?
grep -Eq "$line_total, [0-9.]+ [KMG]?i?B/s, [0-9hms]+ left to read" \
	"$tmp/seen.1"
ok "the line has the rate and the time left" $?
grep -Eq "$line_any; (indexing [0-9,]+/800,000 records|writing [0-9.]+/[0-9.]+ [KMG]?i?B|syncing to disk)" \
	"$tmp/seen.1"
ok "once read: the step that follows" $?
! screen | grep -Eq "$line_any"
ok "the line is erased at the end" $?
[ "$(screen | grep -c '^beq: bank/[al][0-9]*\.md:[0-9]*: list item does not start')" = 20 ]
ok "the first 20 warnings are printed" $?
screen | grep -Eq '^beq: 9,980 more: list item does not start with a \*\*bold question\*\*; skipped \(first at bank/a\.md:[0-9]+\)$'
ok "then a line per kind: its count and the first one's place" $?
screen | grep -q '^beq: --warnings=all prints all 10,000 warnings$'
ok "and how to see them all" $?
screen | grep -q '^beq: index: 100 files, 800000 records, 10000 warnings -> x.idx$'
ok "the closing line stays" $?

# 2. -q: nothing at all, even while it runs
rc=$(run 2 "beq --no-config index -q -o x.idx bank")
[ "$rc" = 0 ] && ! grep -Eq "$line_any|^beq:" "$tmp/seen.2"
ok "-q: no line, no warning, nothing on the terminal" $?

# 3. TERM=dumb: no line; still a terminal, so a summary
rc=$(run 3 "TERM=dumb beq --no-config index -o x.idx bank")
[ "$rc" = 0 ] && ! grep -Eq "$line_any" "$tmp/seen.3" &&
	screen | grep -q '^beq: 9,980 more: '
ok "TERM=dumb: no line, the warnings summed up" $?

# 4. stderr not a terminal: no line, every warning, no escape codes
rc=$(run 4 "beq --no-config index -o x.idx bank 2> log")
esc=$(printf '\033')
cr=$(printf '\r')
[ "$rc" = 0 ] && ! grep -Eq "$line_any" "$tmp/seen.4" &&
	[ "$(grep -c ': list item does not start' "$tmp/log")" = 10000 ] &&
	! grep -q "$esc\\|$cr" "$tmp/log"
ok "stderr in a file: no line, every warning, no escape codes" $?

# 5. a job in the background draws nothing over the shell's terminal
rc=$(run 5 "beq --no-config index -o x.idx bank & wait")
[ "$rc" = 0 ] && ! grep -Eq "$line_any" "$tmp/seen.5" &&
	screen | grep -q '^beq: index: 100 files'
ok "in the background: no line (the warnings and summary still)" $?

# 6. an archive on stdin: bytes, records and rate, no total, no time left
tar -ch --hard-dereference -f "$tmp/bank.tar" -C "$tmp" bank || exit 2
rc=$(run 6 "beq --no-config index -o x.idx - < bank.tar")
[ "$rc" = 0 ] && grep -Eq "$line_any, [0-9.]+ [KMG]?i?B/s$" "$tmp/seen.6" &&
	! grep -Eq "$line_total|left to read" "$tmp/seen.6"
ok "an archive on stdin: no total and no time left" $?

# 7. script(1) keeps every byte: the line drawn with \r and erased with
# ESC [K; --warnings=all prints every warning on a terminal too
if command -v script > /dev/null 2>&1; then
	(cd "$tmp" && TERM=screen script -qc \
	    "'$beq' --no-config index --warnings=all -o x.idx bank" \
	    typescript < /dev/null > /dev/null 2>&1)
	grep -q "${cr}[0-9,]*/[0-9,]* files, .*${esc}\\[K" "$tmp/typescript" &&
		[ "$(grep -c ': list item does not start' "$tmp/typescript")" -ge 10000 ]
	ok "script(1): the line redrawn in place; --warnings=all prints all" $?
else
	n=$((n + 1))
	echo "ok $n - progress: script(1) # skip script is not installed (make deps)"
fi

# 8. the steps after the reading, each drawn while it runs (slowed down:
# 300 ms a step and a report, some 2 s in all), as script(1) records them:
# the line's states in order, one a line, in $tmp/steps
if command -v script > /dev/null 2>&1; then
	(cd "$tmp" && BEQ_TEST_STEP_DELAY_MS=300 TERM=screen script -qc \
	    "'$beq' --no-config index -o s.idx small" typescript.8 \
	    < /dev/null > /dev/null 2>&1)
	tr '\r' '\n' < "$tmp/typescript.8" | sed "s/$esc\\[K//g" |
	    sed -n 's/^1 file, [0-9.]* KiB, 8,000 records; //p' > "$tmp/steps"
	steps=$(uniq < "$tmp/steps" | sed 's/ .*//' | uniq | tr '\n' ' ')
	[ "$steps" = "indexing writing syncing " ]
	ok "the steps in order: indexing, writing, syncing (saw: $steps)" $?
	grep -Eq '^indexing [0-9,]+/8,000 records(, [0-9,]+ records/s)?, [0-9hms]+ left$' \
	    "$tmp/steps"
	ok "indexing: records of the total, its own time left" $?
	grep -Eq '^writing [0-9.]+/[0-9.]+ [KM]iB, [0-9.,]+ [KM]?i?B/s, [0-9hms]+ left$' \
	    "$tmp/steps"
	ok "writing: bytes of the index file, rate, time left" $?
	[ "$(sed -n 's/^writing \([0-9.]*\)\/.*/\1/p' "$tmp/steps" | sort -u | wc -l)" -ge 2 ]
	ok "writing: the count moves" $?
	grep -Eq '^syncing to disk \([0-9hms]+\)$' "$tmp/steps"
	ok "syncing to disk: for how long" $?
	grep -q "${cr}${esc}\\[Kbeq: index: 1 file, 8000 records" "$tmp/typescript.8"
	ok "the line is erased before the closing line" $?
	# and none of it when stderr is a file, however long the steps
	(cd "$tmp" && BEQ_TEST_STEP_DELAY_MS=300 TERM=screen script -qc \
	    "'$beq' --no-config index -o s.idx small 2> log.8" \
	    typescript.9 < /dev/null > /dev/null 2>&1)
	! grep -Eq "indexing|writing|syncing|$esc|$cr" "$tmp/log.8" &&
		! grep -Eq "indexing|writing|syncing" "$tmp/typescript.9" &&
		grep -q '^beq: index: 1 file, 8000 records' "$tmp/log.8"
	ok "stderr in a file: no line in the steps either" $?
else
	n=$((n + 1))
	echo "ok $n - progress: the steps in script(1) # skip script is not installed (make deps)"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
