#!/bin/sh
# Every source compiles without a warning under gcc and clang, with the
# project's warning flags made errors. Prints TAP.
set -u
cd "$(dirname "$0")/.."
flags=$(make -s print-compile-flags)
n=0 failed=0
for cc in gcc clang; do
	n=$((n + 1))
	if ! command -v "$cc" > /dev/null; then
		echo "not ok $n - warnings: $cc is not installed (make deps)"
		failed=$((failed + 1))
		continue
	fi
	# shellcheck disable=SC2086
	if out=$(for f in src/*/*.c tests/unit/*.c tests/diff/*.c; do
		$cc $flags -Werror -fsyntax-only "$f" || echo "FAILED $f"
	done 2>&1) && ! printf '%s' "$out" | grep -q .; then
		echo "ok $n - warnings: $cc -Werror compiles every source"
	else
		failed=$((failed + 1))
		echo "not ok $n - warnings: $cc reports warnings"
		printf '%s\n' "$out" | sed 's/^/#   /' | head -20
	fi
done
echo "1..$n"
[ "$failed" -eq 0 ]
