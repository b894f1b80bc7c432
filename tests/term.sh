#!/bin/sh
# The terminal paths, in a real terminal: beq run in tmux, the screen read
# back with capture-pane. Paging through the real less (and quitting it,
# and Ctrl-C in it, leaving the terminal as it was), colors that less -R
# shows as colors, the width taken from the terminal and from a resize (up
# to 100 columns), and wide characters that fit the screen. Prints TAP.
# Usage: tests/term.sh [BEQ]   (BEQ defaults to ./beq)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
missing=""
for tool in tmux less; do
	command -v "$tool" > /dev/null 2>&1 || missing="$missing${missing:+, }$tool"
done
if [ -n "$missing" ]; then
	echo "ok 1 - terminal: the whole suite # skip not installed: $missing (make deps)"
	echo "1..1"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-term.XXXXXX") || exit 2
sock=beq-term-$$
T() { tmux -L "$sock" "$@"; }
# kill-server leaves the socket file behind: remove it too
sockdir=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)
trap 'T kill-server 2> /dev/null; rm -f "$sockdir/$sock"; rm -rf "$tmp"' \
	EXIT INT TERM
mkdir "$tmp/bin" && ln -s "$beq" "$tmp/bin/beq" || exit 2
n=0 failed=0

ok() {	# ok NAME COND-EXIT-STATUS
	n=$((n + 1))
	if [ "$2" -eq 0 ]; then
		echo "ok $n - terminal: $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - terminal: $1"
		T capture-pane -p -t "s$k" 2> /dev/null | sed 's/^/#   /' | tail -15
	fi
}

# wait_for REGEX: polls the screen until a line matches, for up to 10 s.
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		T capture-pane -p -t "s$k" | grep -Eq -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# resize COLS ROWS: resizes the terminal and waits until it has that size.
resize() {
	T resize-window -t "s$k" -x "$1" -y "$2" 2> /dev/null
	i=0
	while [ "$(T display -p -t "s$k" '#{pane_width}x#{pane_height}')" != \
	    "$1x$2" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
}

# start COLS ROWS: a fresh terminal (window "t") with a plain sh in $tmp,
# beq on its PATH, no pager or config of the user's, LESS unset. The old
# one goes once the new one is up, so that the server stays.
k=0
start() {
	k=$((k + 1))
	T -f /dev/null new-session -d -s "s$k" -n "t$k" -x "$1" -y "$2" -c "$tmp" \
	    "env -i PATH='$tmp/bin:/usr/bin:/bin' HOME='$tmp' TERM=screen \
	    LC_ALL=C.UTF-8 PS1='$ ' sh" || return 1
	[ $k -gt 1 ] && T kill-session -t "s$((k - 1))"
	T set-option -g status off
	resize "$1" "$2"
	wait_for '^\$'
}

# run CMD: clears the screen and waits until it is clear (so that nothing
# of the last command is waited for), then types "clear; CMD" and Enter.
run() {
	T send-keys -t "s$k" clear Enter
	i=0
	while [ "$(T capture-pane -p -t "s$k" | grep -c .)" -gt 1 ] &&
	    [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	T send-keys -t "s$k" "clear; $1" Enter
}

start 80 24
ok "tmux starts a shell" $?

# Paging: 100 lines of list on 24 rows go through less, which shows its
# prompt; q quits it and beq exits 0; the terminal settings are the same
# before and after, also after a Ctrl-C in the pager.
run "stty -a > before; beq list; echo rc=\$?; stty -a > after; echo stty-saved"
wait_for '^:'
ok "beq list longer than the screen goes through less (its ':' prompt)" $?
T capture-pane -p -t "s$k" | head -1 | grep -q "^1 *Programming Fundamentals"
ok "the pager shows the first screen" $?
T send-keys -t "s$k" q
wait_for '^rc=0$'
ok "q quits less, beq exits 0" $?
wait_for '^stty-saved$' && cmp -s "$tmp/before" "$tmp/after"
ok "stty -a is the same after paging" $?
run "stty -a > before; beq list; echo rc=\$?; stty -a > after; echo stty-saved"
wait_for '^:'
T send-keys -t "s$k" C-c
sleep 0.3
T send-keys -t "s$k" q
wait_for '^rc=0$'
ok "Ctrl-C in the pager, then q: beq still exits 0" $?
wait_for '^stty-saved$' && cmp -s "$tmp/before" "$tmp/after"
ok "stty -a is the same after Ctrl-C in the pager" $?

# Short output is not paged: the shell prompt follows it at once.
run "beq show 1; echo rc=\$?"
wait_for '^rc=0$'
ok "beq show 1 fits the screen: no pager" $?
run "beq --no-pager list | tail -1; beq --no-pager list > /dev/null; echo rc=\$?"
wait_for '^rc=0$'
ok "--no-pager: no pager" $?

# Colors: less -R shows them as colors, not as escape codes, whether
# piped by hand with --color=always or paged by beq itself.
run "beq --color=always search lock | less -R"
wait_for 'deadlock'
T capture-pane -p -t "s$k" > "$tmp/plain"
T capture-pane -p -e -t "s$k" > "$tmp/esc"
! grep -q '\[[0-9;]*m' "$tmp/plain" && grep -q "$(printf '\033')\\[31mlock" "$tmp/esc"
ok "--color=always | less -R: colors on the screen, no escape codes as text" $?
T send-keys -t "s$k" q
wait_for '^\$'
run "beq search -i 'lock|thread'"
wait_for '^:'
T capture-pane -p -t "s$k" > "$tmp/plain"
T capture-pane -p -e -t "s$k" > "$tmp/esc"
! grep -q '\[[0-9;]*m' "$tmp/plain" && grep -q "$(printf '\033')\\[31mlock" "$tmp/esc"
ok "paged search on a terminal: highlighted through less -R (LESS=FRX)" $?
T send-keys -t "s$k" q
wait_for '^\$'

# Width: text wraps to the terminal's width, and to the new one after a
# resize.
widest() { T capture-pane -p -t "s$k" | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }'; }
start 50 40
run "beq show 1; echo rc=\$?"
wait_for '^rc=0$'
w=$(widest)
[ "$w" -le 50 ] && [ "$w" -ge 45 ]
ok "text wraps to the 50 columns of the terminal (widest line $w)" $?
resize 72 40
run "beq show 1; echo rc=\$?"
wait_for '^rc=0$'
w=$(widest)
[ "$w" -le 72 ] && [ "$w" -gt 50 ]
ok "after a resize to 72 columns, text wraps to 72 (widest line $w)" $?
# a very wide terminal: the measure stops at 100 columns, unless --width
# asks for more
resize 250 40
# (tmux may report the new size before the terminal has it)
run "stty size"
wait_for '^40 250$'
run "beq show 15; echo rc=\$?"
wait_for '^rc=0$'
w=$(widest)
[ "$w" -le 100 ] && [ "$w" -gt 90 ]
ok "on a 250-column terminal text wraps at 100 columns (widest line $w)" $?
run "beq --width 250 show 15; echo rc=\$?"
wait_for '^rc=0$'
w=$(widest)
[ "$w" -gt 100 ]
ok "--width 250 on a 250-column terminal goes wider (widest line $w)" $?

# Wide characters: CJK text wrapped to 40 columns takes as many screen
# rows as beq printed lines: no line overflows and wraps on the screen.
cat > "$tmp/cjk.md" << 'MD'
## 数据库

### 什么是死锁？

死锁是指两个或两个以上的进程在执行过程中，由于竞争资源或者由于彼此通信而造成的一种阻塞的现象。若无外力作用，它们都将无法推进下去。😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 混合 mixed text 和 English words together。
MD
"$beq" --no-config index -q -o "$tmp/cjk.idx" "$tmp/cjk.md"
start 40 30
run "beq --index '$tmp/cjk.idx' show 1; echo rc=\$?"
wait_for '^rc=0$'
lines=$("$beq" --no-config --index "$tmp/cjk.idx" --width 40 show 1 | wc -l)
rows=$(T capture-pane -p -t "s$k" | grep -n '^rc=0$' | cut -d: -f1)
[ "$lines" -gt 5 ] && [ "$rows" -eq $((lines + 1)) ]
ok "CJK and emoji wrapped to 40 columns: $lines lines take $((rows - 1)) rows" $?

echo "1..$n"
[ "$failed" -eq 0 ]
