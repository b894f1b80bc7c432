#!/bin/sh
# The completions tried in the real shells, each loading its file the way
# an installed one is loaded: bash through bash-completion's on-demand
# loader (comp-bash.bash), zsh through compinit and $fpath in a zpty
# (comp-zsh.zsh), fish through its vendor_completions.d (comp-fish.fish).
# What they must offer comes from beq itself: the commands of `beq --help`,
# the options of `beq help CMD`, the slugs of `beq categories`, the ids of
# `beq list`; so a new command or option is covered without editing this.
# Prints TAP.
# Usage: tests/shells/complete.sh [BEQ] [DATADIR]   (BEQ defaults to ./beq;
# DATADIR holds bash-completion/completions/beq, zsh/site-functions/_beq and
# fish/vendor_completions.d/beq.fish: the default is the tree's completions/,
# tests/install.sh passes an installed share/ directory, with COMPLETE_QUICK
# set for the few cases that show each file loaded and working)
set -u
. "$(dirname "$0")/lib.sh"
here=$top/tests/shells
label=${COMPLETE_LABEL:-completion}

if [ $# -ge 2 ]; then
	data=$2
else
	data=$tmp/share
	mkdir -p "$data/bash-completion/completions" \
	    "$data/zsh/site-functions" "$data/fish/vendor_completions.d"
	ln -s "$top/completions/beq.bash" "$data/bash-completion/completions/beq"
	ln -s "$top/completions/_beq" "$data/zsh/site-functions/_beq"
	ln -s "$top/completions/beq.fish" \
	    "$data/fish/vendor_completions.d/beq.fish"
fi
idx=$B/test_index.bin

# Options in a help text, as tests/check-options.sh reads them.
help_opts() {
	awk '/^[ \t]+-/ {
		sub(/^[ \t]+/, ""); sub(/  .*/, "")
		n = split($0, a, /, */)
		for (i = 1; i <= n; i++) { o = a[i]; sub(/[= \[].*/, "", o); print o }
	}' | sort -u
}
words() { tr ' ' '\n' | grep . | sort -u; }

commands=$("$beq" --help | awk '/^commands:/ { on = 1; next }
	on && /^$/ { exit } on { print $1 }' | sort -u)
if [ -z "$commands" ]; then
	notok "$label: '$beq --help' lists commands"
	finish
	exit
fi
slugs=$("$beq" categories | cut -f1 | sort -u)
ids=$("$beq" list | cut -f1 | sort -u)
idx_slugs=$("$beq" --index "$idx" categories | cut -f1 | sort -u)
idx_ids=$("$beq" --index "$idx" list | cut -f1 | sort -u)
mkdir "$tmp/files" && : > "$tmp/files/idx-one.bin" &&
    : > "$tmp/files/idx-two.bin" && : > "$tmp/files/other.txt" || exit 2

# The cases: a command line (the cursor at its end), a tab, what must be
# offered (words separated by blanks or newlines).
cases=$tmp/cases
{
	printf 'beq \t%s\n' "$(echo $commands)"
	printf 'beq -\t%s\n' "$("$beq" --help | help_opts | tr '\n' ' ')"
	for cmd in $commands; do
		printf 'beq %s -\t%s\n' "$cmd" \
		    "$("$beq" help "$cmd" | help_opts | tr '\n' ' ')"
		if "$beq" help "$cmd" | help_opts | grep -qx -- -c; then
			printf 'beq %s -c \t%s\n' "$cmd" "$(echo $slugs)"
			printf 'beq %s --category=da\t%s\n' "$cmd" \
			    "$(printf '%s\n' $slugs | grep '^da' | tr '\n' ' ')"
			printf 'beq --index %s %s -c \t%s\n' "$idx" "$cmd" \
			    "$(echo $idx_slugs)"
		fi
	done
	# Global options and their arguments before the command.
	for g in --json "--color always" "--width 72" "--index $idx"; do
		printf 'beq %s \t%s\n' "$g" "$(echo $commands)"
	done
	printf 'beq --color=\tauto always never\n'
	printf 'beq help \t%s\n' "$(echo $commands)"
	printf 'beq show \t%s\n' "$(echo $ids)"
	printf 'beq show 1\t%s\n' "$(printf '%s\n' $ids | grep '^1' | tr '\n' ' ')"
	printf 'beq --index %s show \t%s\n' "$idx" "$(echo $idx_ids)"
	printf 'beq --index %s/files/idx-\tidx-one.bin idx-two.bin\n' "$tmp"
	printf 'beq search --index=%s/files/idx-\tidx-one.bin idx-two.bin\n' "$tmp"
	printf 'beq list --index %s/files/o\tother.txt\n' "$tmp"
	# a bare --color takes no word for its value but auto, always, never
	printf 'beq --color search -c \t%s\n' "$(echo $slugs)"
	printf 'beq --color list --category=da\t%s\n' \
	    "$(printf '%s\n' $slugs | grep '^da' | tr '\n' ' ')"
	printf 'beq --color never show 1\t%s\n' \
	    "$(printf '%s\n' $ids | grep '^1' | tr '\n' ' ')"
} > "$cases"
# With a config file whose --json and -0 would change the lists' form and
# whose -c would cut them: the lists come from beq --no-config, from the
# index the config file names.
conf=$tmp/config
printf -- '--json\ncategories -0\nlist -0\nlist -c %s\n--index %s\n' \
    "$(echo "$idx_slugs" | head -1)" "$idx" > "$conf"
{
	printf 'beq search -c \t%s\n' "$(echo $idx_slugs)"
	printf 'beq quiz --category=\t%s\n' "$(echo $idx_slugs)"
	printf 'beq show \t%s\n' "$(echo $idx_ids)"
	printf 'beq list -c \t%s\n' "$(echo $idx_slugs)"
} > "$cases.config"
if [ -n "${COMPLETE_QUICK:-}" ]; then
	grep -E '^beq (	|list -c 	|show 1	)' "$cases" > "$cases.quick"
	mv "$cases.quick" "$cases"
fi

# normalize: one candidate a line: no "=" after an option name, no
# "--opt=" before a value, no directory before a file name; sorted.
normalize() {
	awk '/^--[a-z-]+=$/ { sub(/=$/, ""); print; next }
	/^--[a-z-]+=./ { sub(/^--[a-z-]+=/, "") }
	!/^-/ { sub(/.*\//, "") }
	{ print }' | grep . | sort -u
}

# run_cases CASES LABEL: each case of CASES in each shell.
run_cases() {
rc_cases=$1 rc_label=$2
for sh in bash zsh fish; do
	if ! have $sh; then
		skip "$rc_label in $sh" "$sh is not installed (make deps)"
		continue
	fi
	if [ $sh = bash ] &&
	    [ ! -f /usr/share/bash-completion/bash_completion ]; then
		skip "$rc_label in bash" "bash-completion is not installed (make deps)"
		continue
	fi
	# One run of the shell for every case, in a scratch home.
	set --
	while IFS='	' read -r line want; do
		set -- "$@" "$line"
	done < "$rc_cases"
	case $sh in
	bash) HOME=$tmp/home bash --norc --noprofile \
	    "$here/comp-bash.bash" "$data" "$@" ;;
	zsh) HOME=$tmp/home zsh -f "$here/comp-zsh.zsh" "$data" "$@" ;;
	fish) HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config \
	    XDG_DATA_HOME=$tmp/home/.local/share \
	    XDG_DATA_DIRS=$data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share} \
	    fish "$here/comp-fish.fish" "$data" "$@" ;;
	esac > "$tmp/$sh.out" 2> "$tmp/$sh.err"
	rc=$?
	if [ $rc -ne 0 ]; then
		notok "$rc_label in $sh: the shell loads beq's completion" \
		    "$(cat "$tmp/$sh.err")"
		continue
	fi
	while IFS='	' read -r line want; do
		got=$(awk -v l="@@ $line" '$0 == l { on = 1; next }
		    /^@@ / { on = 0 } on' "$tmp/$sh.out" | normalize)
		same "$rc_label in $sh: '$line'" "$(echo "$want" | words)" "$got"
	done < "$rc_cases"
done
}
run_cases "$cases" "$label"
if [ -z "${COMPLETE_QUICK:-}" ]; then
	export BEQ_CONFIG="$conf"
	run_cases "$cases.config" "$label with a config file"
	unset BEQ_CONFIG
fi
finish
