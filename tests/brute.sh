#!/bin/sh
# BEQ_BRUTE=1 must give byte-identical output to the indexed search, and so
# must the scan path (BEQ_SCAN=always), through the CLI (the C differential
# test covers thousands of patterns; this checks the switches themselves and
# the whole output path). Prints TAP.
set -u
beq=${1:-./beq}
n=0 failed=0
for args in "deadlock" "--json dead ?lock|livelock" "-i TCP" "-s HTTP" \
	"-F e.g." "-w cache" "-c databases index" "--json --sort=id the" \
	"--count a" "--ids ^What" "it's" "-e -based" "x*" "q.u" "[[:upper:]]{4}"; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	a=$($beq search --color=never $args 2>&1; echo "rc=$?")
	# shellcheck disable=SC2086
	b=$(BEQ_BRUTE=1 $beq search --color=never $args 2>&1; echo "rc=$?")
	# shellcheck disable=SC2086
	c=$(BEQ_SCAN=always $beq search --color=never $args 2>&1; echo "rc=$?")
	if [ "$a" = "$b" ]; then
		echo "ok $n - brute: search $args"
	else
		failed=$((failed + 1))
		echo "not ok $n - brute: search $args differs from BEQ_BRUTE=1"
	fi
	n=$((n + 1))
	if [ "$c" = "$b" ]; then
		echo "ok $n - brute: search $args through the scan path"
	else
		failed=$((failed + 1))
		echo "not ok $n - brute: search $args differs through the" \
		    "scan path (BEQ_SCAN=always)"
	fi
done
echo "1..$n"
[ "$failed" -eq 0 ]
