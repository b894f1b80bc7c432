#!/bin/sh
# The benchmark's queries (tests/bench/queries.tsv) through the command
# line on the generated 10 MB index: `search --count` and `search --ids`
# must print the same through the index as with BEQ_BRUTE=1 (the paths
# that print no record are the ones a scan may shortcut), and every query
# but the no-match one must find something, so that none of them tests an
# empty answer. difftest covers the same queries through search_run with
# every option mix. Prints TAP.
# Usage: tests/diff/scale.sh BEQ INDEX [QUERIES]
set -u
beq=$1 index=$2 queries=${3:-tests/bench/queries.tsv}
unset BEQ_BRUTE BEQ_INDEX
n=0 failed=0
tab=$(printf '\t')

ok()  # STATUS DESCRIPTION
{
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		failed=$((failed + 1))
		echo "not ok $n - $2"
	fi
}

[ -r "$queries" ] || {
	echo "not ok 1 - $queries: cannot read"
	echo "1..1"
	exit 1
}
while IFS="$tab" read -r slug label flag pat _; do
	case $slug in '#'* | '') continue ;; esac
	[ "$flag" = - ] && flag=""
	for out in --count --ids; do
		# shellcheck disable=SC2086 # flag is one option or none
		a=$($beq --no-config --index "$index" search $out $flag -e "$pat" 2>&1)
		ra=$?
		# shellcheck disable=SC2086
		b=$(BEQ_BRUTE=1 $beq --no-config --index "$index" search $out \
		    $flag -e "$pat" 2>&1)
		rb=$?
		[ "$a" = "$b" ] && [ "$ra" = "$rb" ]
		ok $? "scale: $label: search $out ${flag:+$flag }'$pat' (index: $(echo "$a" |
		    wc -l | tr -d ' ') lines, status $ra; brute force: status $rb)"
		if [ "$out" = --count ]; then
			if [ "$slug" = none ]; then
				[ "$a" = 0 ] && [ "$ra" = 1 ]
				ok $? "scale: $label finds nothing (count $a)"
			else
				[ "$ra" = 0 ] && [ "${a:-0}" -gt 0 ] 2> /dev/null
				ok $? "scale: $label finds something (count $a)"
			fi
		fi
	done
done < "$queries"
echo "1..$n"
[ "$failed" -eq 0 ]
