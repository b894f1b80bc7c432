# index: what a question shows with it (code and options above an "Answer" toggle, a quiz's options, a paragraph that completes a heading) is its body: "body" in JSON, under the question in text, searched as a field of its own ("field":"body")
cp "$TOP/tests/fixtures/shapes/quiz.md" . && beq index -q -o q.idx quiz.md || exit 1
beq --index q.idx --json show 1 2 3 4 | jq -c '{question, body, answer}'
echo "-- text: the body under the question, the answer under both"
beq --index q.idx show 1 2
echo "-- a match in the body"
beq --index q.idx --json search 'typeof typeof' | jq -c '[.id, .matches]'
beq --index q.idx search --count 'tsc file'
echo "-- a record without a body has no \"body\" member"
beq --json show 1 | jq -c 'has("body")'
