#!/bin/sh
# One truth for options: for the global options and for every command, the
# options listed by `beq help CMD` must be exactly those in man/beq.1 and
# those that the bash, zsh and fish completions offer. Prints TAP.
# Usage: tests/check-options.sh [BEQ]   (BEQ defaults to ./beq)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
beq=${1:-./beq}
case $beq in /*) ;; *) beq=$(pwd)/$beq ;; esac
man=$top/man/beq.1
comp=$top/completions
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-opts.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
# The completions ask `beq` for categories and ids: let it be this one.
mkdir "$tmp/bin" && ln -s "$beq" "$tmp/bin/beq" || exit 2
PATH=$tmp/bin:$PATH
export PATH
unset BEQ_INDEX BEQ_BRUTE BEQ_SCAN

n=0 failed=0

# Options in a help text: the lines that start with blanks and a dash,
# up to the first run of two blanks; "--sort=ORDER" gives "--sort".
help_opts() {
	awk '/^[ \t]+-/ {
		sub(/^[ \t]+/, ""); sub(/  .*/, "")
		n = split($0, a, /, */)
		for (i = 1; i <= n; i++) { o = a[i]; sub(/[= \[].*/, "", o); print o }
	}' | sort -u
}

# Options in man/beq.1: the "Fl" arguments of the .It lines in OPTIONS,
# from "Ss Global options" and from "Ss CMD options". $1: CMD or "".
man_opts() {
	awk -v cmd="$1" '
	/^\.Sh / { inopt = ($2 == "OPTIONS"); ss = ""; next }
	!inopt { next }
	/^\.Ss / { ss = $2; next }
	/^\.It / && (ss == "Global" || (cmd != "" && ss == cmd)) {
		for (i = 2; i < NF; i++)
			if ($i == "Fl") {
				o = $(i + 1); gsub(/\\-/, "-", o); sub(/[^-A-Za-z0-9].*/, "", o)
				print "-" o
			}
	}' "$man" | sort -u
}

# The .Ss titles of OPTIONS that name no command (or "Global"): typos.
man_stray_sections() {
	awk '/^\.Sh / { inopt = ($2 == "OPTIONS"); next }
	inopt && /^\.Ss / { print $2 }' "$man" | while read -r s; do
		[ "$s" = Global ] && continue
		printf '%s\n' "$commands" | grep -qx -- "$s" || echo "$s"
	done
}

# What `beq CMD -<TAB>` offers in bash.
bash_opts() {
	bash --norc --noprofile -c '. "$1" || exit 2
		COMP_LINE=$2 COMP_POINT=${#2}
		_beq 2>/dev/null
		printf "%s\n" "${COMPREPLY[@]}"' bash "$comp/beq.bash" "beq $1${1:+ }-" |
	    sed 's/=$//' | grep '^-' | sort -u
}

# The specs zsh's _arguments gets for `beq CMD -<TAB>`: _arguments is
# replaced by a stub that prints them, one per line after the ":".
zsh_specs() {
	zsh -f -c '_arguments() { print -rl -- "$@" }
		_describe() { : } ; _message() { : } ; _call_program() { : }
		words=(beq ${2:+$2} "") CURRENT=$(( ${2:+1} + 2 ))
		. "$1"' zsh "$comp/_beq" "$1"
}
zsh_opts() {
	zsh_specs "$1" | awk '
	seen { sub(/^\([^)]*\)/, ""); sub(/^\*/, "")
		if (match($0, /^--?[A-Za-z0-9][-A-Za-z0-9]*/)) {
			o = substr($0, 1, RLENGTH)
			if (o !~ /^--/) o = substr(o, 1, 2)
			print o
		}
	}
	$0 == ":" { seen = 1 }' | sort -u
}

# What `beq CMD -<TAB>` offers in fish (beq.fish autoloaded by name).
# shellcheck disable=SC2016
fish_opts() {
	fish -N -c 'set fish_complete_path $argv[1]; complete -C$argv[2]' \
	    "$comp" "beq $1${1:+ }-" | cut -f1 | grep '^-' | sort -u
}

# Commands, everywhere.
cmds_help() { "$beq" --help | awk '/^commands:/ { on = 1; next }
	on && /^$/ { exit } on { print $1 }' | sort -u; }
cmds_man() { awk '/^\.Sh / { on = ($2 == "COMMANDS"); next }
	on && /^\.It Cm / { print $3 }' "$man" | sort -u; }
cmds_bash() { bash --norc --noprofile -c '. "$1" || exit 2
	COMP_LINE="beq " COMP_POINT=4; _beq 2>/dev/null
	printf "%s\n" "${COMPREPLY[@]}"' bash "$comp/beq.bash" | sort -u; }
cmds_zsh() { zsh -f -c '_arguments() { _beq_commands }
	_describe() { print -rl -- "${(@)${(@P)@[-1]}%%:*}" }
	words=(beq "") CURRENT=2; . "$1"' zsh "$comp/_beq" | sort -u; }
# shellcheck disable=SC2016
cmds_fish() { fish -N -c 'set fish_complete_path $argv[1]; complete -C"beq "' \
	"$comp" | cut -f1 | sort -u; }

# compare NAME WANTFILE: each of man bash zsh fish against the help list.
compare() {
	label=$1 problems=""
	for src in man bash zsh fish; do
		if ! diff "$tmp/help" "$tmp/$src" > /dev/null 2>&1; then
			problems="$problems${problems:+; }$src:"
			missing=$(comm -23 "$tmp/help" "$tmp/$src" | tr '\n' ' ')
			extra=$(comm -13 "$tmp/help" "$tmp/$src" | tr '\n' ' ')
			[ -n "$missing" ] && problems="$problems lacks ${missing% }"
			[ -n "$extra" ] && problems="$problems has extra ${extra% }"
		fi
	done
	n=$((n + 1))
	if [ -z "$problems" ]; then
		echo "ok $n - $label help = man = bash = zsh = fish"
	else
		failed=$((failed + 1))
		echo "not ok $n - $label help != ($problems)"
	fi
}

for sh in bash zsh fish awk comm; do
	if ! command -v "$sh" > /dev/null 2>&1; then
		echo "not ok 1 - options: $sh is not installed (make deps)"
		echo "1..1"
		exit 1
	fi
done

commands=$(cmds_help)
if [ -z "$commands" ]; then
	echo "not ok 1 - options: '$beq --help' lists no commands"
	echo "1..1"
	exit 1
fi

cmds_help > "$tmp/help"
cmds_man > "$tmp/man"
cmds_bash > "$tmp/bash"
cmds_zsh > "$tmp/zsh"
cmds_fish > "$tmp/fish"
compare "commands:"

"$beq" --help | help_opts > "$tmp/help"
man_opts "" > "$tmp/man"
bash_opts "" > "$tmp/bash"
zsh_opts "" > "$tmp/zsh"
fish_opts "" > "$tmp/fish"
compare "options: global"

for cmd in $commands; do
	"$beq" help "$cmd" > "$tmp/help.txt" 2>&1
	help_opts < "$tmp/help.txt" > "$tmp/help"
	man_opts "$cmd" > "$tmp/man"
	bash_opts "$cmd" > "$tmp/bash"
	zsh_opts "$cmd" > "$tmp/zsh"
	fish_opts "$cmd" > "$tmp/fish"
	# `beq CMD --help` must say the same as `beq help CMD`.
	if ! "$beq" "$cmd" --help 2>&1 | cmp -s - "$tmp/help.txt"; then
		n=$((n + 1)) failed=$((failed + 1))
		echo "not ok $n - options: '$cmd --help' differs from 'help $cmd'"
	fi
	compare "options: $cmd"
done

stray=$(man_stray_sections | tr '\n' ' ')
n=$((n + 1))
if [ -z "$stray" ]; then
	echo "ok $n - options: every OPTIONS subsection of the man page names a command"
else
	failed=$((failed + 1))
	echo "not ok $n - options: man page OPTIONS subsections name no command: ${stray% }"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
