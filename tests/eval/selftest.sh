#!/bin/sh
# The scoreboard's own test: a made-up bank (tests/eval/sample) with a
# miss, an extra record, a wrong answer, a wrong category and an optional
# entry, scored by eval and by run.sh. Prints TAP.
# Usage: selftest.sh BEQ EVAL
set -u
beq=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ev=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$(dirname "$0")/sample" || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/beq-evalself.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
n=0 bad=0
check() {	# check NAME WANT GOT
	n=$((n + 1))
	if [ "$2" = "$3" ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		printf '#   want: %s\n#   got:  %s\n' "$2" "$3"
		bad=$((bad + 1))
	fi
}
"$beq" --no-config index -q -o "$tmp/s.beq" bank.md || exit 2
# expected optional records found answers categories
check "eval counts 5 wanted, 1 optional, 5 records, 4 found, 3 answers, 3 categories" \
    "$(printf '5\t1\t5\t4\t3\t3')" "$("$ev" expect.tsv "$tmp/s.beq")"
"$ev" -v expect.tsv "$tmp/s.beq" | sed '$d' | grep -v '^	' | cut -f1,2 > "$tmp/v"
check "eval -v names the miss, the extra, the wrong answer and category" \
    "answer bank.md:15 category bank.md:21 miss bank.md:30 extra bank.md:29" \
    "$(tr '\t\n' '  ' < "$tmp/v" | sed 's/ $//')"
# a question named twice goes to the entry at its own line, though an
# optional entry comes first; a label after a list marker ("- A:") is
# a label
"$beq" --no-config index -q -o "$tmp/t.beq" ../twice/bank.md || exit 2
check "eval pairs a record with the nearest of two equal entries, reads - A: and ---ANSWER--- as labels, [Solution](url) as a link" \
    "$(printf '4\t1\t4\t4\t4\t4')" \
    "$(cd ../twice && "$ev" expect.tsv "$tmp/t.beq")"
"$beq" --no-config index -q -o "$tmp/e.beq" ../enum/bank.md || exit 2
check "eval reads \"Exercise 1.2:\" before a question as numbering, \"06-\" in an answer as text, a bare \"0.4.2\" starting an answer as text, TeX as rendered, \"1.\" after \"Answer:\" or on the first line of a code block as numbering" \
    "$(printf '5\t0\t5\t5\t5\t5')" \
    "$(cd ../enum && "$ev" expect.tsv "$tmp/e.beq")"
"$beq" --no-config index -q -o "$tmp/m.beq" ../marks/bank.md || exit 2
check "eval pairs questions of pictographs only by their marks at their lines: two of three" \
    "$(printf '3\t0\t3\t2\t2\t2')" \
    "$(cd ../marks && "$ev" expect.tsv "$tmp/m.beq")"
"$beq" --no-config index -q -o "$tmp/l.beq" ../label/bank.md || exit 2
check "eval pairs a label heading (\"Question 1\") with its statement read as the question, and a wrong statement or a heading of no number (\"SOC L2\") with nothing; an answer under \"### Solution\" starts right with the word or without" \
    "$(printf '5\t0\t5\t3\t3\t3')" \
    "$(cd ../label && "$ev" expect.tsv "$tmp/l.beq")"
(cd ../../.. && sh tests/eval/run.sh "$beq" "$ev" tests/eval/sample) \
    2> "$tmp/table" > /dev/null
check "run.sh prints recall 80.0%, precision 80.0%, answers 75.0%" \
    "80.0% 80.0% 75.0% 75.0%" \
    "$(awk '$2 == "sample" { print $6, $7, $8, $9 }' "$tmp/table")"
printf 'eval\tsample\t80\t80\t60\n' > "$tmp/th.tsv"
check "run.sh -t passes at the measured thresholds (answers: 3 right of 5 wanted)" 0 \
    "$(cd ../../.. && EVAL_THRESHOLDS=$tmp/th.tsv sh tests/eval/run.sh -t \
	"$beq" "$ev" tests/eval/sample > /dev/null 2>&1; echo $?)"
printf 'eval\tsample\t80\t80.2\t60\n' > "$tmp/th.tsv"
check "run.sh -t fails below a threshold" 1 \
    "$(cd ../../.. && EVAL_THRESHOLDS=$tmp/th.tsv sh tests/eval/run.sh -t \
	"$beq" "$ev" tests/eval/sample > /dev/null 2>&1; echo $?)"
printf 'eval\tsample\t80\t80\t60.2\n' > "$tmp/th.tsv"
check "run.sh -t fails below the right answers of a threshold" 1 \
    "$(cd ../../.. && EVAL_THRESHOLDS=$tmp/th.tsv sh tests/eval/run.sh -t \
	"$beq" "$ev" tests/eval/sample > /dev/null 2>&1; echo $?)"
echo "1..$n"
[ "$bad" -eq 0 ]
