# Shared by the tests/shells/*.sh suites: TAP output, a scratch directory
# with `beq` on PATH, and polling helpers. Sourced, after `set -u`.
# In: $1 of the suite is BEQ (default ./beq). Out: top, beq, tmp, n, failed.

top=$(cd "$(dirname "$0")/../.." && pwd)
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
B=${BUILD:-build}
case $B in /*) ;; *) B=$top/$B ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-shells.XXXXXX") || exit 2
cleanup_hook=:
# shellcheck disable=SC2154 # cleanup_hook is set by the suite
trap 'eval "$cleanup_hook"; rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
mkdir "$tmp/bin" "$tmp/home" || exit 2
ln -s "$beq" "$tmp/bin/beq" || exit 2
PATH=$tmp/bin:$PATH
export PATH
unset BEQ_INDEX BEQ_BRUTE NO_COLOR FZF_DEFAULT_OPTS FZF_DEFAULT_COMMAND
n=0 failed=0

have() { command -v "$1" > /dev/null 2>&1; }
# missing TOOL...: those of the TOOLs not installed, comma-separated.
missing() {
	for m_tool in "$@"; do
		have "$m_tool" || printf '%s\n' "$m_tool"
	done | paste -sd, - | sed 's/,/, /g'
}

# ok NAME: a pass; notok NAME [DETAIL]: a failure, DETAIL as TAP comments;
# skip NAME WHY: a test that cannot run here.
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() {
	n=$((n + 1)) failed=$((failed + 1))
	echo "not ok $n - $1"
	[ $# -lt 2 ] || printf '%s\n' "$2" | sed 's/^/#   /' | head -40
}
skip() { n=$((n + 1)); echo "ok $n - $1 # skip $2"; }

# check NAME COMMAND...: one test, passing when COMMAND succeeds.
check() {
	name=$1
	shift
	if out=$("$@" 2>&1); then
		ok "$name"
	else
		notok "$name" "$out"
	fi
}

# same NAME WANT GOT: one test, passing when the two texts are equal; a
# failure shows their diff ("-" wanted, "+" got).
same() {
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		printf '%s\n' "$2" > "$tmp/same.want"
		printf '%s\n' "$3" > "$tmp/same.got"
		notok "$1" "$(diff "$tmp/same.want" "$tmp/same.got" |
		    sed -n 's/^</-/p; s/^>/+/p')"
	fi
}

# poll SECONDS COMMAND...: run COMMAND every 0.05 s until it succeeds.
poll() {
	tries=$(($1 * 20))
	shift
	while [ "$tries" -gt 0 ]; do
		"$@" && return 0
		sleep 0.05
		tries=$((tries - 1))
	done
	return 1
}

finish() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}
