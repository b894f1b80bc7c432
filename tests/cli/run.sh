#!/bin/sh
# CLI golden tests: runs each tests/cli/NNN-name.sh with `beq` on PATH
# (the test binary, whose index embeds tests/data/) and compares stdout
# with NNN-name.out, stderr with NNN-name.err (empty when absent) and the
# exit status with NNN-name.rc (0 when absent). Prints TAP.
# Usage: tests/cli/run.sh [BEQ_TEST_BINARY [BUILTIN_BINARY]]
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=$(cd "$(dirname "${1:-$top/build/beq-test}")" && pwd)/$(basename "${1:-$top/build/beq-test}")
builtin=$(cd "$(dirname "${2:-$top/beq}")" && pwd)/$(basename "${2:-$top/beq}")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-cli.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin"
ln -s "$bin" "$tmp/bin/beq"
ln -s "$builtin" "$tmp/bin/beq-builtin"

unset NO_COLOR BEQ_INDEX BEQ_INDEX_RUN_SIZE BEQ_BRUTE BEQ_SCAN BEQ_PAGER PAGER BEQ_CONFIG XDG_STATE_HOME
export LC_ALL=C COLUMNS=80 TERM=dumb TOP="$top" FIXTURES="$top/tests/data"
export PATH="$tmp/bin:$PATH"
# BEQ_WRAP (e.g. "valgrind -q --error-exitcode=99") runs beq under a tool
if [ -n "${BEQ_WRAP:-}" ]; then
	rm "$tmp/bin/beq"
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$BEQ_WRAP" "$bin" > "$tmp/bin/beq"
	chmod +x "$tmp/bin/beq"
fi

n=0 failed=0
for t in "$here"/[0-9]*.sh; do
	n=$((n + 1))
	base=${t%.sh}
	name=$(sed -n '1s/^# *//p' "$t")
	work="$tmp/work.$n"
	mkdir "$work"
	# a config file or state of the user's own never reaches a test
	export XDG_CONFIG_HOME="$work/.config" XDG_STATE_HOME="$work/.state"
	(cd "$work" && sh "$t" > "$tmp/out" 2> "$tmp/err" < /dev/null)
	rc=$?
	want_rc=0
	[ -f "$base.rc" ] && want_rc=$(cat "$base.rc")
	problems=""
	[ "$rc" = "$want_rc" ] || problems="exit status $rc, want $want_rc"
	if [ -f "$base.out" ]; then
		diff -u "$base.out" "$tmp/out" > "$tmp/diff" ||
			problems="$problems${problems:+; }stdout differs"
	fi
	if [ -f "$base.err" ]; then
		diff -u "$base.err" "$tmp/err" > "$tmp/diff.err" ||
			problems="$problems${problems:+; }stderr differs"
	elif [ -s "$tmp/err" ]; then
		cp "$tmp/err" "$tmp/diff.err"
		problems="$problems${problems:+; }unexpected stderr"
	fi
	if [ -z "$problems" ]; then
		echo "ok $n - cli: $name"
	else
		failed=$((failed + 1))
		echo "not ok $n - cli: $name ($problems)"
		for f in "$tmp/diff" "$tmp/diff.err"; do
			[ -s "$f" ] && sed 's/^/#   /' "$f" | head -40
		done
	fi
	rm -f "$tmp/diff" "$tmp/diff.err"
	rm -rf "$work"
done
echo "1..$n"
[ "$failed" -eq 0 ]
