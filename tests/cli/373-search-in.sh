# search --in FIELDS: question (with its body), body, answer, all (the default), or a comma-separated list; the last one wins (over a config file's too); --not and the matches shown follow it
q() { out=$(beq search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q mutex
q --in question mutex
q --in answer mutex
q --in=question,answer mutex
q --in all mutex
q --in answer --in question mutex
q --in question,body mutex
q --in body mutex
q --in answer lock --not dead
q --in question lock --not dead
q race --not mutex
q --in question race --not mutex
echo "-- JSON: matches in the fields searched only"
beq search --json mutex | jq -c '[.id, [.matches[] | .field]]'
beq search --json --in answer mutex | jq -c '[.id, [.matches[] | .field]]'
beq search --json --in question mutex | jq -c '[.id, [.matches[] | .field]]'
echo "-- the body: with the question, or alone"
cp "$TOP/tests/fixtures/shapes/quiz.md" . && beq index -q -o q.idx quiz.md || exit 1
for f in all question body answer question,answer body,answer; do
	printf '%s: typeof typeof in [%s], tsc file in %s\n' "$f" \
	    "$(echo $(beq --index q.idx search --in $f --ids 'typeof typeof'))" \
	    "$(beq --index q.idx search --in $f --count 'tsc file')"
done
beq --index q.idx --json search --in question 'typeof typeof' | jq -c '[.id, .matches]'
echo "-- a config file's --in, and the command line's"
mkdir -p .config/beq && printf 'search --in question\n' > .config/beq/config
XDG_CONFIG_HOME=$PWD/.config q mutex
XDG_CONFIG_HOME=$PWD/.config q --in all mutex
XDG_CONFIG_HOME=$PWD/.config q --in answer mutex
echo "-- errors"
beq search --in questions deadlock
echo "rc=$?"
beq search --in= deadlock
echo "rc=$?"
beq search --in question, deadlock
echo "rc=$?"
