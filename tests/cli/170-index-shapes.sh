# index: every question-bank shape, from the fixtures, into exact records (category, question, answer, source, line)
beq index -o s.idx "$TOP/tests/fixtures/shapes" 2> err
echo "rc=$?"
sed "s|$TOP/||" err
beq --index s.idx --json list | sed "s|$TOP/||g"
