#!/bin/sh
# beq quiz on a real terminal: a tmux session (private socket) types keys
# and reads the screen. A whole session (reveal, grade, quit, summary, the
# state file), Ctrl-C, SIGTERM, SIGHUP and Ctrl-Z + fg mid-question with
# `stty -a` the same before and after, a resize redrawn at the new width,
# the message when nothing is left to ask, a screen too short for the
# record (a window of it, scrolled), and a very wide one (100 columns).
# Prints TAP; skipped only when tmux is missing.
# Usage: tests/quiz-tmux.sh [BEQ_TEST_BINARY]   (default build/beq-test)
set -u
if ! command -v tmux > /dev/null 2>&1; then
	echo "ok 1 - quiz-tmux: the whole suite # skip tmux is not installed (make deps)"
	echo "1..1"
	exit 0
fi
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/build/beq-test}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-tmux.XXXXXX") || exit 2
sock=beq-$$-quiz
sockpath=
# kill-server leaves the socket file behind: remove it too
trap 'tmux -L "$sock" kill-server 2> /dev/null
	[ -n "$sockpath" ] && rm -f "$sockpath"
	rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM
mkdir "$tmp/bin" "$tmp/home"
ln -s "$bin" "$tmp/bin/beq"
state=$tmp/state/beq/builtin.state
shell=$(command -v bash || command -v sh)
[ "${shell##*/}" = bash ] && shell="$shell --norc --noprofile"

n=0 failed=0
ok() {	# ok NAME CONDITION-STATUS [SESSION]: the screen of SESSION (q) on failure
	n=$((n + 1))
	if [ "$2" -eq 0 ]; then
		echo "ok $n - quiz-tmux: $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - quiz-tmux: $1"
		t capture-pane -p -J -t "${3:-q}" | sed 's/^/#   | /'
	fi
}
t() { tmux -L "$sock" "$@"; }
screen() { t capture-pane -p -J -t q; }
keys() { t send-keys -t q "$@"; }
type_line() { t send-keys -t q -l "$1" && t send-keys -t q Enter; }
# wait_for TEXT: polls the screen (every 0.1 s, up to 10 s) for TEXT.
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
# widest: the longest line on the screen (wrapped lines joined)
widest() { screen | awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }'; }
# cmd_done N: waits for the "DONE-N:STATUS" line a command prints, and
# prints STATUS (the typed line holds "DONE""-N", not "DONE-N").
cmd_done() {
	wait_for "DONE-$1:" || return 1
	screen | sed -n "s/.*DONE-$1:\([0-9]*\).*/\1/p" | tail -n 1
}

t -f /dev/null new-session -d -s q -x 100 -y 30 \
	"env -i PATH='$tmp/bin:$PATH' HOME='$tmp/home' XDG_STATE_HOME='$tmp/state' TERM=screen LC_ALL=C PS1='$ ' $shell -i" || {
	echo "not ok 1 - quiz-tmux: tmux starts a session"
	echo "1..1"
	exit 1
}
sockpath=$(t display-message -p '#{socket_path}')
t set-option -g -t q status off > /dev/null
wait_for '$' || true
type_line "stty -a > $tmp/before; echo DONE\"\"-0:\$?"
cmd_done 0 > /dev/null

# 1. a whole session: reveal, grade good, reveal, grade again, quit
type_line "beq quiz --count 3; echo DONE\"\"-1:\$?"
wait_for "question 1 of 3 (new)" && screen | grep -qF "What is a deadlock?" &&
	! screen | grep -qF "A deadlock occurs"
ok "a question is shown, its answer not yet" $?
keys Space
wait_for "how did it go?" && screen | grep -qF "A deadlock occurs"
ok "space reveals the answer and the grades" $?
screen | grep -qF "[1] again 10m  [2] hard 1d  [3] good 1d  [4] easy 4d"
ok "each grade says when the question comes back" $?
keys 3
wait_for "question 2 of 3 (new)" && screen | grep -qF "What is an index in a database?"
ok "a grade moves on to the next question" $?
keys Enter
wait_for "how did it go?"
ok "Enter reveals the answer too" $?
keys 1
wait_for "question 3 of 3"
ok "'1' grades again and moves on" $?
keys q
rc=$(cmd_done 1)
[ "$rc" = 0 ] && screen | grep -qE "^2 asked, 1 correct \(good or easy\), [0-9]+s$"
ok "q quits with a summary and exit 0" $?
grep -q "^c65aa9f90d312f6c [0-9]* [0-9]* 86400 2500 1 0 3$" "$state" &&
	grep -q "^3127a15dd1787112 [0-9]* [0-9]* 600 2300 0 0 1$" "$state" &&
	[ "$(grep -c '^[0-9a-f]\{16\} ' "$state")" -eq 2 ]
ok "the state file holds the two grades (good: 1 day; again: 10 minutes)" $?
[ "$(ls "$tmp/state/beq")" = builtin.state ] &&
	[ "$(stat -c %a "$tmp/state/beq")" = 700 ] && [ "$(stat -c %a "$state")" = 600 ]
ok "the state directory is 0700, the file 0600, no temporary file left" $?
type_line "stty -a > $tmp/after1; echo DONE\"\"-2:\$?"
cmd_done 2 > /dev/null
cmp -s "$tmp/before" "$tmp/after1"
ok "stty -a is the same after the session" $?

# 2. Ctrl-C with the answer shown: summary, exit 130, terminal sane
type_line "clear; beq quiz; echo DONE\"\"-3:\$?"
wait_for "What does ACID stand for?"
ok "the next session skips questions not yet due" $?
keys Space
wait_for "how did it go?"
keys C-c
rc=$(cmd_done 3)
[ "$rc" = 130 ] && screen | grep -qE "^0 asked, 0 correct \(good or easy\), [0-9]+s$"
ok "Ctrl-C ends with the summary and exit 130" $?
type_line "stty -a > $tmp/after2; echo DONE\"\"-4:\$?"
cmd_done 4 > /dev/null
cmp -s "$tmp/before" "$tmp/after2"
ok "stty -a is the same after Ctrl-C" $?

# 3. SIGTERM from elsewhere: exit 143, terminal sane; the same for
type_line "clear; beq quiz; echo DONE\"\"-5:\$?"
wait_for "[space] show the answer"
pid=$(pgrep -P "$(t display-message -p -t q '#{pane_pid}')" | head -n 1)
kill -TERM "$pid" 2> /dev/null
rc=$(cmd_done 5)
[ "$rc" = 143 ]
ok "SIGTERM ends with exit 143" $?
type_line "stty -a > $tmp/after3; echo DONE\"\"-6:\$?"
cmd_done 6 > /dev/null
cmp -s "$tmp/before" "$tmp/after3"
ok "stty -a is the same after SIGTERM" $?

# SIGHUP (as when the terminal's window closes): exit 129
type_line "clear; beq quiz; echo DONE\"\"-12:\$?"
wait_for "[space] show the answer"
pid=$(pgrep -P "$(t display-message -p -t q '#{pane_pid}')" | head -n 1)
kill -HUP "$pid" 2> /dev/null
rc=$(cmd_done 12)
[ "$rc" = 129 ]
ok "SIGHUP ends with exit 129" $?
type_line "stty -a > $tmp/after5; echo DONE\"\"-13:\$?"
cmd_done 13 > /dev/null
cmp -s "$tmp/before" "$tmp/after5"
ok "stty -a is the same after SIGHUP" $?

# 4. Ctrl-Z, fg, and a resize
type_line "clear; beq quiz -c misc; echo DONE\"\"-7:\$?"
wait_for "question 1 of 2 (new)"
keys C-z
wait_for "Stopped"
ok "Ctrl-Z stops the quiz" $?
type_line "stty -a > $tmp/stopped; echo DONE\"\"-8:\$?"
cmd_done 8 > /dev/null
cmp -s "$tmp/before" "$tmp/stopped"
ok "stty -a while stopped is the same as before" $?
type_line "clear; fg"
wait_for "question 1 of 2 (new)" && wait_for "[space] show the answer"
ok "fg redraws the question" $?
keys Space
wait_for "how did it go?"
ok "after fg keys work at once again (no Enter needed)" $?
[ "$(widest)" -gt 70 ]
ok "at 100 columns the answer has lines over 70 columns" $?
t resize-window -t q -x 70 -y 30
i=0
while [ "$(widest)" -gt 70 ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
[ "$(widest)" -le 70 ] && screen | grep -qF "how did it go?" &&
	screen | grep -qF "supercalifragilisticexpialidocious"
ok "a resize redraws the answer wrapped to the new width" $?
keys 4
wait_for "question 2 of 2"
keys Space
wait_for "how did it go?"
keys g
# (the shell ran "echo DONE-7" when the job stopped; $? now is fg's)
wait_for "2 asked," && type_line "echo DONE\"\"-10:\$?"
rc=$(cmd_done 10)
[ "$rc" = 0 ] && screen | grep -qE "^2 asked, 2 correct \(good or easy\), [0-9]+s$"
ok "after the last question the session ends with its summary" $?
type_line "clear; beq quiz -c misc; echo DONE\"\"-11:\$?"
rc=$(cmd_done 11)
[ "$rc" = 0 ] && screen | grep -qF "nothing to ask: no question is due and none is new (the next is due in 1d)"
ok "with nothing due or new, quiz says when the next is due" $?
type_line "stty -a > $tmp/after4; echo DONE\"\"-9:\$?"
cmd_done 9 > /dev/null
# the window is narrower now: compare all but the size
sed 's/rows [0-9]*; columns [0-9]*;//' "$tmp/before" > "$tmp/before.nosize"
sed 's/rows [0-9]*; columns [0-9]*;//' "$tmp/after4" > "$tmp/after4.nosize"
grep -q "columns 70;" "$tmp/after4" &&
	cmp -s "$tmp/before.nosize" "$tmp/after4.nosize"
ok "stty -a is the same at the end (but for the new size)" $?

# 5. Ctrl-Z when beq leads its own session (tmux new-session 'beq quiz'):
# the kernel drops the stop, and the quiz must go on in raw mode
t new-session -d -s lead -x 100 -y 30 \
	"env -i PATH='$tmp/bin:$PATH' HOME='$tmp/home' XDG_STATE_HOME='$tmp/state-lead' TERM=screen LC_ALL=C beq quiz --count 1; sleep 30"
i=0
while ! t capture-pane -p -t lead | grep -qF "question 1 of 1" && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
t send-keys -t lead C-z
sleep 0.3
t send-keys -t lead ' '
i=0
while ! t capture-pane -p -t lead | grep -qF "how did it go?" && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
t capture-pane -p -t lead | grep -qF "how did it go?"
ok "Ctrl-Z that cannot stop (beq leads its session): space still reveals" $?
t send-keys -t lead q
t kill-session -t lead 2> /dev/null

# 6. a screen too short for the question and its answer: the record is
# shown a window at a time, from its first line, so that the question stays
# in view when the answer is shown; j, k and the arrows scroll it
lead() { t capture-pane -p -t short; }
lead_for() {	# lead_for TEXT: waits (up to 10 s) for TEXT on the screen
	i=0
	while ! lead | grep -qF -- "$1" && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	lead | grep -qF -- "$1"
}
t new-session -d -s short -x 60 -y 8 \
	"env -i PATH='$tmp/bin:$PATH' HOME='$tmp/home' XDG_STATE_HOME='$tmp/state-short' TERM=screen LC_ALL=C beq quiz --count 1; sleep 30"
lead_for "[space] show the answer"
t send-keys -t short Space
lead_for "how did it go?" && lead | grep -qF "question 1 of 1" &&
	lead | grep -qF "What is a deadlock?" && lead | grep -qF "A deadlock occurs"
ok "8 rows: with the answer shown the question is still on the screen" $? short
lead | grep -qF "lines 1-3 of 6: [j] down  [k] up"
ok "8 rows: the header says which lines of the record are shown" $? short
t send-keys -t short j
lead_for "lines 2-4 of 6" && ! lead | grep -qF "1  Databases"
ok "j scrolls down a line" $? short
t send-keys -t short Down Down Down Down
lead_for "lines 4-6 of 6" && lead | grep -qF "both keep retrying."
ok "the down arrow scrolls, and stops at the end of the answer" $? short
t send-keys -t short k Up Up
lead_for "lines 1-3 of 6"
ok "k and the up arrow scroll back up" $? short
t send-keys -t short q
t kill-session -t short 2> /dev/null

# 7. a 250-column terminal: the quiz wraps at 100 columns, as text does
t new-session -d -s wide -x 250 -y 30 \
	"env -i PATH='$tmp/bin:$PATH' HOME='$tmp/home' XDG_STATE_HOME='$tmp/state-wide' TERM=screen LC_ALL=C beq quiz --count 1; sleep 30"
i=0
while ! t capture-pane -p -t wide | grep -qF "[space] show the answer" && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
t send-keys -t wide Space
i=0
while ! t capture-pane -p -t wide | grep -qF "how did it go?" && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
w=$(t capture-pane -p -t wide | awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }')
[ "$w" -le 100 ] && [ "$w" -gt 60 ]
ok "250 columns: the answer wraps at 100 (widest line $w)" $? wide
t send-keys -t wide q
t kill-session -t wide 2> /dev/null

echo "1..$n"
[ "$failed" -eq 0 ]
