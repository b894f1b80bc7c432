#!/bin/sh
# The counting of make check (tests/tap.sh) on fake suites: each case is a
# small check.sh of its own, run with CI set or not, whose closing line and
# exit status must be the ones given. Prints TAP; no test's name holds a
# closing line, which CI could read for the real one.
# Usage: tests/tap-self.sh
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-tap.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
n=0 failed=0

# fake NAME CI RC LINE SCRIPT: runs SCRIPT (shell code that calls suite, tap
# and skipped) between tap_init and tap_summary, with CI set to CI ("-":
# unset). Passes when the run exits RC and its last line is LINE; what it
# printed, as TAP comments, when not. Leaves that output in $tmp/out.
fake() {
	n=$((n + 1))
	{
		echo ". '$top/tests/tap.sh'"
		echo "tap_init || exit 2"
		printf '%s\n' "$5"
		echo "tap_summary"
	} > "$tmp/check.sh"
	if [ "$2" = - ]; then
		(unset CI && sh "$tmp/check.sh") > "$tmp/out" 2>&1
	else
		CI=$2 sh "$tmp/check.sh" > "$tmp/out" 2>&1
	fi
	rc=$?
	last=$(tail -n 1 "$tmp/out")
	if [ "$rc" = "$3" ] && [ "$last" = "$4" ]; then
		echo "ok $n - counting: $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - counting: $1 (exit $rc, want $3)"
		echo "#   want last line: $4"
		sed 's/^/#   | /' "$tmp/out"
	fi
}

# has NAME TEXT: the last fake run printed the line TEXT.
has() {
	n=$((n + 1))
	if grep -qxF -- "$2" "$tmp/out"; then
		echo "ok $n - counting: $1"
	else
		failed=$((failed + 1))
		echo "not ok $n - counting: $1"
		echo "#   want a line: $2"
		sed 's/^/#   | /' "$tmp/out"
	fi
}

# one pass, one failure and one skip, from one suite that exits 1 as a
# failing suite does
three="suite fake sh -c 'echo \"ok 1 - passes\"; echo \"not ok 2 - fails\"
	echo \"ok 3 - cannot run # skip frob is not installed\"; exit 1'"
fake "a pass, a failure and a skip in one suite: one of each, exit 1" \
    - 1 "1 passed, 1 failed, 1 skipped" "$three"
has "the skip is listed with its suite and its reason" \
    "#   fake: cannot run # skip frob is not installed"
fake "the same with CI set: exit 1" true 1 "1 passed, 1 failed, 1 skipped" \
    "$three"

skip="suite fake skipped 'frob is not installed (make deps)' 'frobbing'"
fake "a skip alone, CI unset: a skip is no failure, exit 0" \
    - 0 "0 passed, 0 failed, 1 skipped" "$skip"
fake "a skip alone, CI set: a skip is a failure, exit 1" \
    true 1 "0 passed, 0 failed, 1 skipped" "$skip"
has "with CI set, the missing tool is named" \
    "#   fake: frobbing # skip frob is not installed (make deps)"
has "with CI set, the run says why a skip fails it" \
    "# CI is set: a skip is a failure there; make deps installs what is missing"
fake "CI=false is CI unset" false 0 "0 passed, 0 failed, 1 skipped" "$skip"
fake "CI empty is CI unset" "" 0 "0 passed, 0 failed, 1 skipped" "$skip"

fake "nothing skipped, CI set: the line still counts 0 skipped, exit 0" true 0 \
    "2 passed, 0 failed, 0 skipped" \
    "suite fake sh -c 'echo \"ok 1 - one\"; echo \"ok 2 - two\"'"
fake "suites add up: tap passing, skipped, tap failing" - 1 \
    "1 passed, 1 failed, 1 skipped" "suite a tap 'runs' true
suite b skipped 'frob is not installed' 'frobs'
suite c tap 'fails' false"
fake "a suite that exits non-zero with no 'not ok' line is one failure" - 1 \
    "1 passed, 1 failed, 0 skipped" \
    "suite fake sh -c 'echo \"ok 1 - one\"; exit 3'"
has "that failure names the suite and its exit status" \
    "not ok - fake: exited 3"
fake "a suite that prints no test line is one failure" - 1 \
    "0 passed, 1 failed, 0 skipped" "suite fake true"

# The directive: "#", blanks, "skip" as a word, in any case, on an "ok"
# line. A "not ok" line is a failure whatever it says; a "#" or "skips" in
# a test's name is text; comments and other lines are not counted.
cat > "$tmp/forms" << 'EOF'
ok 1 - upper case # SKIP frob is not installed
ok 2 #skip frob
ok 3 - the next session skips questions not yet due
ok 4 - a heading ("#### Answer: B") is part of the answer
ok 5 - a word that starts with skip # skipper
not ok 6 - a failure that says # skip
# ok 7 - a comment
okay 8
    ok 9 - indented
1..9
EOF
fake "the skip directive, and what only looks like one" - 1 \
    "3 passed, 1 failed, 2 skipped" "suite forms cat '$tmp/forms'"

echo "1..$n"
[ "$failed" -eq 0 ]
