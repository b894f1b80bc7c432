#!/bin/sh
# beq-pick (shell/beq-pick.{bash,zsh,fish}) driven for real: each shell runs
# in a tmux session on a private socket, fzf draws in it, and the test types
# with send-keys and reads the screen with capture-pane. Results come back
# through files. Prints TAP.
# Usage: tests/shells/pick.sh [BEQ]   (BEQ defaults to ./beq)
set -u
. "$(dirname "$0")/lib.sh"

sock=beq-$$-pick
# kill-server leaves the socket file behind: remove it too
cleanup_hook='tmux -L "$sock" kill-server > /dev/null 2>&1;
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$sock"'
t() { tmux -L "$sock" "$@"; }

# screen SESSION PATTERN: the screen shows PATTERN (a fixed string).
screen() { t capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2"; }
# result FILE: the shell wrote FILE (the exit status, written last).
result() { [ -s "$1" ]; }
showpane() { t capture-pane -p -t "$1" | grep -v '^ *$'; }

need=$(missing tmux fzf)
if [ -n "$need" ]; then
	skip "beq-pick" "not installed: $need (make deps)"
	finish
	exit
fi

want15=$("$beq" show 15 | head -2)
wantidx=$("$beq" --index "$B/test_index.bin" show 10 | head -2)

# run SESSION STATUSVAR TAG ARGS...: types `beq-pick ARGS` with its output
# into $tmp/TAG.out and its exit status into $tmp/TAG.rc; fzf draws on the
# standard error, so that goes to $tmp/TAG.err only for tags named bad*.
run() {
	case $3 in
	*-bad*) err="2> $tmp/$3.err" ;;
	*) err= ;;
	esac
	t send-keys -t "$1" "beq-pick $4 > $tmp/$3.out $err; echo \"rc=\$$2\" > $tmp/$3.rc" Enter
}
# records FILE: the ids heading the records in FILE.
records() { awk '/^[0-9]+  / { print $1 }' "$1" | tr '\n' ' '; }

for sh in ${SHELLS:-bash zsh fish}; do
	if ! have $sh; then
		skip "beq-pick in $sh" "$sh not installed (make deps)"
		continue
	fi
	shpath=$(command -v $sh)
	case $sh in
	bash)
		start="bash --norc --noprofile"
		load=". '$top/shell/beq-pick.bash'"
		st='?' ;;
	zsh)
		mkdir -p "$tmp/zfunc"
		cp "$top/shell/beq-pick.zsh" "$tmp/zfunc/beq-pick"
		start="zsh -f"
		load="fpath=('$tmp/zfunc' \$fpath); autoload -Uz beq-pick"
		st='?' ;;
	fish)
		start="fish -N"
		load="source '$top/shell/beq-pick.fish'"
		st=status ;;
	esac
	# A clean environment: no rc files, no FZF_DEFAULT_OPTS; fzf runs the
	# preview in $SHELL, so that is the shell under test too.
	t -f /dev/null new-session -d -s $sh -x 110 -y 35 \
	    "env -i HOME='$tmp/home' PATH='$PATH' TERM=tmux-256color \
	    SHELL='$shpath' LANG=C.UTF-8 $start" ||
		{ notok "beq-pick in $sh: tmux starts $sh"; continue; }
	t send-keys -t $sh "$load; echo loaded > $tmp/$sh-load.rc" Enter
	if ! poll 10 result "$tmp/$sh-load.rc"; then
		notok "beq-pick in $sh: the function loads" "$(showpane $sh)"
		continue
	fi

	# The query starts fzf filtered; the preview shows the whole record
	# (its answer is not in the list); Enter prints it in full.
	run $sh $st $sh-enter deadlock;
	if poll 10 screen $sh "Prevention includes using consistent"; then
		ok "beq-pick in $sh: the preview shows the full record"
	else
		notok "beq-pick in $sh: the preview shows the full record" \
		    "$(showpane $sh)"
	fi
	t send-keys -t $sh Enter
	poll 10 result "$tmp/$sh-enter.rc"
	same "beq-pick in $sh: Enter prints the chosen record, exit 0" \
	    "rc=0
$want15" "$(cat "$tmp/$sh-enter.rc" 2>&1; head -2 "$tmp/$sh-enter.out" 2>&1)"

	# Esc chooses nothing: exit 1, nothing printed.
	run $sh $st $sh-esc lock
	poll 10 screen $sh "beq> lock" || true
	t send-keys -t $sh Escape
	poll 10 result "$tmp/$sh-esc.rc"
	same "beq-pick in $sh: Esc prints nothing, exit 1" "rc=1" \
	    "$(cat "$tmp/$sh-esc.rc" "$tmp/$sh-esc.out" 2>&1)"

	# Shift-Tab marks a record and moves up: Enter prints each marked one.
	run $sh $st $sh-multi "\"'what is the difference\""
	poll 10 screen $sh "18/100" || true
	t send-keys -t $sh BTab BTab Enter
	poll 10 result "$tmp/$sh-multi.rc"
	got=$(cat "$tmp/$sh-multi.rc" 2>&1; records "$tmp/$sh-multi.out")
	case $got in
	"rc=0
"[0-9]*" "[0-9]*" ") ok "beq-pick in $sh: Shift-Tab marks several records" ;;
	*) notok "beq-pick in $sh: Shift-Tab marks several records" "$got" ;;
	esac

	# -c goes to beq list: deadlock is in databases, not in security
	# (5 questions), so fzf shows 0 of 5 and Enter exits 1.
	run $sh $st $sh-cat "-c security deadlock"
	if poll 10 screen $sh "0/5"; then
		ok "beq-pick in $sh: -c CAT lists that category only"
	else
		notok "beq-pick in $sh: -c CAT lists that category only" \
		    "$(showpane $sh)"
	fi
	t send-keys -t $sh Enter
	poll 10 result "$tmp/$sh-cat.rc"
	same "beq-pick in $sh: Enter on no match prints nothing, exit 1" \
	    "rc=1" "$(cat "$tmp/$sh-cat.rc" "$tmp/$sh-cat.out" 2>&1)"

	# --index: the list, the preview and the output all use that index.
	run $sh $st $sh-idx "--index $B/test_index.bin idempot"
	if poll 10 screen $sh "same effect as doing"; then
		ok "beq-pick in $sh: --index reaches the preview"
	else
		notok "beq-pick in $sh: --index reaches the preview" \
		    "$(showpane $sh)"
	fi
	t send-keys -t $sh Enter
	poll 10 result "$tmp/$sh-idx.rc"
	same "beq-pick in $sh: --index FILE prints from that index" \
	    "rc=0
$wantidx" "$(cat "$tmp/$sh-idx.rc" 2>&1; head -2 "$tmp/$sh-idx.out" 2>&1)"

	# A config file whose --json, -0 and -c (a category the index lacks)
	# would break the list: the list and the preview run without it, from
	# the index it names; the output is beq show's, config and all (JSON).
	printf -- '--json\nlist -0\nlist -c security\n--index %s\n' \
	    "$B/test_index.bin" > "$tmp/config"
	t send-keys -t $sh "export BEQ_CONFIG='$tmp/config'" Enter
	run $sh $st $sh-conf "idempot"
	if poll 10 screen $sh "same effect as doing"; then
		ok "beq-pick in $sh: a config file's --json, -0, -c break no list"
	else
		notok "beq-pick in $sh: a config file's --json, -0, -c break no list" \
		    "$(showpane $sh)"
	fi
	t send-keys -t $sh Enter
	poll 10 result "$tmp/$sh-conf.rc"
	same "beq-pick in $sh: the output is beq show's, with the config file" \
	    "rc=0
10" "$(cat "$tmp/$sh-conf.rc" 2>&1; jq .id "$tmp/$sh-conf.out" 2>&1)"
	t send-keys -t $sh "export BEQ_CONFIG=" Enter

	# Errors, before fzf opens: an unknown category, an unknown option.
	run $sh $st $sh-badcat "-c nosuch"
	poll 10 result "$tmp/$sh-badcat.rc"
	got=$(cat "$tmp/$sh-badcat.rc" "$tmp/$sh-badcat.err" 2>&1)
	case $got in
	"rc=2
beq: "*nosuch*) ok "beq-pick in $sh: an unknown category: beq's error, exit 2" ;;
	*) notok "beq-pick in $sh: an unknown category: beq's error, exit 2" "$got" ;;
	esac
	run $sh $st $sh-badopt "--frobnicate"
	poll 10 result "$tmp/$sh-badopt.rc"
	got=$(cat "$tmp/$sh-badopt.rc" "$tmp/$sh-badopt.err" 2>&1)
	case $got in
	"rc=2
beq-pick: unknown option '--frobnicate'
usage: beq-pick "*) ok "beq-pick in $sh: an unknown option: usage, exit 2" ;;
	*) notok "beq-pick in $sh: an unknown option: usage, exit 2" "$got" ;;
	esac
	# The session stays: killing the server's last one would race with
	# the next new-session; the cleanup kills the server.
done
finish
