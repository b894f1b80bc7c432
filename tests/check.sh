#!/bin/sh
# make check: runs every suite, each printing TAP, and ends with the line
# "N passed, N failed, N skipped". Exits 1 when anything failed, or, with
# CI set, when anything was skipped (tests/tap.sh counts, and says why).
# Environment: BUILD (build directory, default build), BEQ (the beq binary,
# default ./beq): `make sanitize` points both at the ASan build; CI.
set -u
cd "$(dirname "$0")/.."
B=${BUILD:-build}
BEQ=${BEQ:-./beq}
. tests/tap.sh
tap_init || exit 2

have() { command -v "$1" > /dev/null 2>&1; }

# man_lint: mandoc -T lint on both pages. mandoc cannot know beq(1) and
# beq(5), which refer to each other, before they are installed.
man_lint() {
	for page in man/beq.1 man/beq.5; do
		if mandoc -T lint "$page" 2>&1 |
		    grep -v -e "outdated mandoc.db" \
		    -e "referenced manual not found: Xr beq [15]" | grep .; then
			echo "not ok - $page passes mandoc -T lint"
		else
			echo "ok - $page passes mandoc -T lint"
		fi
	done
}

# deps_apart: make deps installs none of the packages only make bench
# needs (python3 is the tests' too), so that no benchmark tool can break
# the test set-up.
deps_apart() {
	# shellcheck disable=SC2016 # $($*) is make's, not the shell's
	mkvar() { make -s --eval='print-%: ; @echo $($*)' "print-$1"; }
	deps=" $(mkvar DEB_PACKAGES) " && bench=$(mkvar BENCH_PACKAGES) &&
	    [ -n "$bench" ] || return 1
	for p in $bench; do
		case $p:$deps in
		python3:*) ;;
		*" $p "*)
			echo "make deps installs $p, which only make bench needs"
			return 1
			;;
		esac
	done
}

# the counting itself, on fake suites, first: the rest relies on it
suite counting sh tests/tap-self.sh
suite unit "$B/unit-tests"
suite differential "$B/difftest" "$B/index.bin" "$B/test_index.bin" \
	"$B/shapes.bin"
suite cli sh tests/cli/run.sh "$B/beq-test" "$BEQ"
suite "brute-force switch" sh tests/brute.sh "$BEQ"
suite terminal sh tests/term.sh "$BEQ"
suite "quiz on a terminal" sh tests/quiz-tmux.sh "$B/beq-test"
suite "index on a terminal" sh tests/progress-term.sh "$BEQ"
suite reproducible tap "the same corpus gives the same index bytes" \
	sh -c "$B/beq-stage1 --no-config index -q -o $B/repro.bin data &&
	    cmp $B/repro.bin $B/index.bin && rm $B/repro.bin"
if have mandoc; then
	suite man man_lint
else
	suite man skipped "mandoc is not installed (make deps)" \
	    "man/beq.1 passes mandoc -T lint" "man/beq.5 passes mandoc -T lint"
fi
# the pages as rendered by mandoc and groff: quotes and brackets that a
# macro misplaced, which mandoc -T lint does not see
suite "man rendering" sh tests/man-render.sh
suite "man examples" sh tests/man-examples.sh "$BEQ"
suite "beq(5) examples" sh tests/man5-examples.sh "$BEQ"
suite "scoreboard of real banks: the scorer" sh tests/eval/selftest.sh "$BEQ" "$B/eval"
suite "scoreboard of real banks" sh tests/eval/run.sh -t "$BEQ" "$B/eval"
suite completions sh -c '
	for sh in bash zsh fish; do
		case $sh in
		bash) f=completions/beq.bash ;;
		zsh) f=completions/_beq ;;
		fish) f=completions/beq.fish ;;
		esac
		if ! command -v $sh > /dev/null; then
			echo "not ok - completions: $sh is not installed (make deps)"
		elif [ ! -f "$f" ]; then
			echo "not ok - completions: $f is missing"
		elif $sh -n "$f"; then
			echo "ok - completions: $sh -n $f"
		else
			echo "not ok - completions: $sh -n $f"
		fi
	done'
suite options sh tests/check-options.sh "$BEQ"
# the shell integration, each piece driven for real (tests/shells/)
suite "shells: completions" sh tests/shells/complete.sh "$BEQ"
suite "shells: fzf" sh tests/shells/fzf.sh "$BEQ"
suite "shells: beq-pick" sh tests/shells/pick.sh "$BEQ"
suite "fuzz replay" make -s B="$B" fuzz-replay
# make install builds and installs ./beq whatever BUILD says: under `make
# sanitize` that is no test of build/asan; make check runs it
if [ "$B" = build ]; then
	suite install sh tests/install.sh
else
	echo "# install: run by make check (BUILD=build) only, as it installs ./beq"
fi
suite warnings sh tests/warnings.sh
suite layers sh tests/layers.sh
suite deps tap "make deps installs nothing that only make bench needs" \
	deps_apart
if have clang-format; then
	suite format tap "sources match .clang-format" make -s fmt-check
else
	suite format skipped "clang-format is not installed (make deps)" \
	    "sources match .clang-format"
fi

tap_summary
