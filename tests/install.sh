#!/bin/sh
# make install honours DESTDIR and PREFIX and installs the binary, the man
# page, the three completions and the three beq-pick functions where the
# tools look for them: man finds the page, bash-completion, zsh's compinit
# and fish load the completions from there, each shell loads beq-pick from
# there. make uninstall removes them all. Prints TAP.
set -u
cd "$(dirname "$0")/.." || exit 2
d=$(mktemp -d "${TMPDIR:-/tmp}/beq-install.XXXXXX") || exit 2
trap 'rm -rf "$d"' EXIT
trap 'exit 2' INT TERM HUP
n=0 failed=0
check() {	# check NAME COMMAND...
	n=$((n + 1))
	name=$1
	shift
	if out=$("$@" 2>&1); then
		echo "ok $n - install: $name"
	else
		failed=$((failed + 1))
		echo "not ok $n - install: $name"
		printf '%s\n' "$out" | sed 's/^/#   /' | head -20
	fi
}
have() { command -v "$1" > /dev/null 2>&1; }
skip() { n=$((n + 1)); echo "ok $n - install: $1 # skip $2"; }

r=$d/root
s=$r/usr/share
mkdir -p "$d/home" || exit 2
check "make install DESTDIR PREFIX=/usr" make -s install DESTDIR="$r" PREFIX=/usr
check "binary in /usr/bin runs" "$r/usr/bin/beq" search deadlock
check "man page in /usr/share/man/man1" test -f "$s/man/man1/beq.1"
check "bash completion" test -f "$s/bash-completion/completions/beq"
check "zsh completion" test -f "$s/zsh/site-functions/_beq"
check "fish completion" test -f "$s/fish/vendor_completions.d/beq.fish"
check "beq-pick for bash" test -f "$s/beq/beq-pick.bash"
check "beq-pick for zsh" test -f "$s/zsh/site-functions/beq-pick"
check "beq-pick for fish" test -f "$s/fish/vendor_functions.d/beq-pick.fish"

# man reads the page from there, by file and by name.
if have man; then
	check "man -l renders the installed page" sh -c '
	    MANPAGER=cat MANWIDTH=80 man -l "$1" > "$2/man.out" &&
	    grep -q "SHELL INTEGRATION" "$2/man.out" &&
	    grep -q "beq-pick" "$2/man.out"' sh "$s/man/man1/beq.1" "$d"
	check "man -M finds beq(1) in the installed tree" sh -c '
	    MANPAGER=cat MANWIDTH=80 man -M "$1" beq | grep -q "^NAME"' \
	    sh "$s/man"
else
	skip "man reads the installed page" "man is not installed (make deps)"
fi

# Each shell loads the completion from the installed tree, as it does from
# /usr/share: tests/shells/complete.sh in its quick mode, on that tree.
PATH=$r/usr/bin:$PATH
export PATH
out=$(COMPLETE_QUICK=1 COMPLETE_LABEL="install: completion" \
    sh tests/shells/complete.sh "$r/usr/bin/beq" "$s" 2>&1)
rc=$?
printf '%s\n' "$out" | grep -E '^(ok|not ok) ' | while read -r st rest; do
	case $st in
	ok) echo "ok $((n += 1)) ${rest#* }" ;;
	*) echo "not ok $((n += 1)) ${rest#* }" ;;
	esac
done
n=$((n + $(printf '%s\n' "$out" | grep -cE '^(ok|not ok) ')))
[ $rc -eq 0 ] || failed=$((failed + 1))

# Each shell loads beq-pick from there: --help needs no fzf; an unknown
# category needs the installed beq, and reports its error.
pickcheck() {	# pickcheck SHELL COMMAND...
	sh=$1
	shift
	if ! have "$sh"; then
		skip "$sh loads beq-pick" "$sh is not installed (make deps)"
		return
	fi
	check "$sh loads beq-pick from the installed tree" sh -c '
	    "$@" --help | grep -q "^usage: beq-pick"' sh "$@"
	check "$sh: beq-pick runs the installed beq (unknown category: exit 2)" \
	    sh -c '"$@" -c nosuch 2>&1 >/dev/null | grep -q "^beq: .*nosuch"
	    "$@" -c nosuch > /dev/null 2>&1; [ $? -eq 2 ]' sh "$@"
}
# shellcheck disable=SC2016
pickcheck bash env HOME="$d/home" bash --norc --noprofile -c \
    '. "$1" && beq-pick "${@:2}"' bash "$s/beq/beq-pick.bash"
# shellcheck disable=SC2016
pickcheck zsh env HOME="$d/home" zsh -f -c \
    'fpath=($1 $fpath); autoload -Uz beq-pick && beq-pick $@[2,-1]' \
    zsh "$s/zsh/site-functions"
pickcheck fish env HOME="$d/home" XDG_CONFIG_HOME="$d/home/.config" \
    XDG_DATA_HOME="$d/home/.local/share" \
    XDG_DATA_DIRS="$s:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
    fish -c 'beq-pick $argv' --

check "make uninstall" make -s uninstall DESTDIR="$r" PREFIX=/usr
check "nothing left behind" test -z "$(find "$r" -type f)"
check "no share/beq directory left" test ! -e "$s/beq"

# The directories are overridable, as distributions need (Debian's zsh
# reads vendor-completions and vendor-functions, not site-functions).
r2=$d/root2
check "make install with ZSHCOMPDIR and ZSHFUNCDIR" make -s install \
    DESTDIR="$r2" PREFIX=/usr ZSHCOMPDIR=/usr/share/zsh/vendor-completions \
    ZSHFUNCDIR=/usr/share/zsh/vendor-functions
check "zsh files in the directories given" test -f \
    "$r2/usr/share/zsh/vendor-completions/_beq" -a -f \
    "$r2/usr/share/zsh/vendor-functions/beq-pick"
check "make uninstall with the same directories" make -s uninstall \
    DESTDIR="$r2" PREFIX=/usr ZSHCOMPDIR=/usr/share/zsh/vendor-completions \
    ZSHFUNCDIR=/usr/share/zsh/vendor-functions
check "nothing left behind there either" test -z "$(find "$r2" -type f)"
echo "1..$n"
[ "$failed" -eq 0 ]
