# The counting of make check, in one place: tests/check.sh runs its suites
# through these functions, and tests/tap-self.sh drives them with fake
# suites. Sourced, after `set -u`; tap_init first, tap_summary last.
#
# Every suite prints TAP. Its lines "ok", "not ok" and "ok ... # skip WHY"
# go to one log, kept with the suite's name; tap_summary lists the skips
# and ends the run with "N passed, N failed, N skipped", alone on the last
# line (CI reads it). A skip is a test that cannot run here, most often for
# a tool not installed: not a pass, and with CI set (as CI runs, CI=true) a
# failure, so that a `make deps` that forgot a package fails on a fresh
# machine. CI empty, 0 or false counts as not set.

# tap_init: a fresh log, removed on exit.
tap_init() {
	tap_log=$(mktemp "${TMPDIR:-/tmp}/beq-check.XXXXXX") || return 2
	trap 'rm -f "$tap_log" "$tap_log.out"' EXIT
	trap 'exit 2' INT TERM HUP
}

# suite NAME COMMAND...: runs COMMAND and keeps its TAP lines. A command
# that fails without printing a "not ok" line, or that prints no test
# line at all, counts as one failure: a suite never vanishes silently.
suite() {
	tap_name=$1
	shift
	echo "# $tap_name"
	"$@" > "$tap_log.out" 2>&1
	tap_rc=$?
	cat "$tap_log.out"
	awk -v s="$tap_name" '/^(not )?ok( |$)/ { print s "\t" $0 }' \
	    "$tap_log.out" >> "$tap_log"
	tap_why=""
	if [ "$tap_rc" -ne 0 ] && ! grep -Eq '^not ok( |$)' "$tap_log.out"; then
		tap_why="exited $tap_rc"
	elif ! grep -Eq '^(not )?ok( |$)' "$tap_log.out"; then
		tap_why="printed no test line"
	fi
	if [ -n "$tap_why" ]; then
		echo "not ok - $tap_name: $tap_why"
		printf '%s\tnot ok - %s: %s\n' "$tap_name" "$tap_name" \
		    "$tap_why" >> "$tap_log"
	fi
	rm -f "$tap_log.out"
}

# tap NAME COMMAND...: one TAP line for a command's success; its output
# as TAP comments when it fails.
tap() {
	tap_n=$1
	shift
	if tap_out=$("$@" 2>&1); then
		echo "ok - $tap_n"
	else
		echo "not ok - $tap_n"
		printf '%s\n' "$tap_out" | sed 's/^/#   /' | head -20
		return 1
	fi
}

# skipped WHY NAME...: a skip line for each test NAME, which cannot run
# here because WHY ("mandoc is not installed (make deps)").
skipped() {
	tap_why=$1
	shift
	for tap_n in "$@"; do
		echo "ok - $tap_n # skip $tap_why"
	done
}

# tap_ci: CI is set.
tap_ci() {
	case ${CI:-} in
	'' | 0 | false) return 1 ;;
	esac
	return 0
}

# tap_summary: the skips, each with its suite, then the closing line.
# Returns 1 when a test failed, or when one was skipped and CI is set.
# An "ok" line is a skip when its directive (a "#", blanks, then "skip",
# in any case, as a word) says so; a "not ok" line is a failure whatever
# it says, and a "#" elsewhere in a test's name is only text.
tap_summary() {
	if tap_ci; then tap_c=1; else tap_c=0; fi
	awk -v ci="$tap_c" '
	{
		suite = substr($0, 1, index($0, "\t") - 1)
		line = substr($0, index($0, "\t") + 1)
	}
	line ~ /^not ok/ { failed++; next }
	tolower(line) ~ /[ \t]#[ \t]*skip([^a-z0-9_]|$)/ {
		sub(/^ok[ \t]*[0-9]*[ \t]*(-[ \t]*)?/, "", line)
		skips[++skipped] = suite ": " line
		next
	}
	{ passed++ }
	END {
		if (skipped) {
			print "# skipped, for want of what they need:"
			for (i = 1; i <= skipped; i++)
				print "#   " skips[i]
			if (ci)
				print "# CI is set: a skip is a failure there;" \
				    " make deps installs what is missing"
		}
		printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped
		exit (failed || (ci && skipped)) ? 1 : 0
	}' "$tap_log"
}
