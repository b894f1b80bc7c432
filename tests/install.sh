#!/bin/sh
# make install honours DESTDIR and PREFIX and installs the binary, the man
# page and the three completions; make uninstall removes them all. TAP.
set -u
cd "$(dirname "$0")/.."
d=$(mktemp -d "${TMPDIR:-/tmp}/beq-install.XXXXXX") || exit 2
trap 'rm -rf "$d"' EXIT INT TERM
n=0 failed=0
check() {	# check NAME COMMAND...
	n=$((n + 1))
	name=$1
	shift
	if "$@" > /dev/null 2>&1; then
		echo "ok $n - install: $name"
	else
		failed=$((failed + 1))
		echo "not ok $n - install: $name"
	fi
}
check "make install DESTDIR PREFIX=/usr" make -s install DESTDIR="$d" PREFIX=/usr
check "binary in /usr/bin runs" "$d/usr/bin/beq" search deadlock
check "man page in /usr/share/man/man1" test -f "$d/usr/share/man/man1/beq.1"
check "bash completion" test -f "$d/usr/share/bash-completion/completions/beq"
check "zsh completion" test -f "$d/usr/share/zsh/site-functions/_beq"
check "fish completion" test -f "$d/usr/share/fish/vendor_completions.d/beq.fish"
check "make uninstall" make -s uninstall DESTDIR="$d" PREFIX=/usr
check "nothing left behind" test -z "$(find "$d" -type f)"
echo "1..$n"
[ "$failed" -eq 0 ]
