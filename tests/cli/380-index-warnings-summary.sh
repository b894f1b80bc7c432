# index --warnings=summary (what a terminal gets by default): the first 20 warnings, then a line per kind with its count and first place, and how to see them all, then the closing line; --warnings=all prints every one, as a pipe gets by default; -q prints none; a bad value is a usage error
# 25 files with a list item that is no question, 3 with bad UTF-8
i=1
while [ $i -le 28 ]; do
	n=$(printf '%02d' $i)
	if [ $i -le 25 ]; then
		printf '## Cat\n\n1. **What is A%s?**\n   A.\n2. **What is B%s?**\n   B.\n3. plain item\n' "$n" "$n" > "b$n.md"
	else
		printf '## Cat\n\n### What is C%s?\n\ncaf\351 and caf\351\n\nna\357ve\n' "$n" > "b$n.md"
	fi
	i=$((i + 1))
done
echo "== summary"
beq --no-config index --warnings=summary -o s.idx . 2>&1; echo "rc=$?"
echo "== all, in a pipe: every warning, one line each"
beq --no-config index --warnings=all -o a.idx . 2>&1 | grep -c 'beq: ./b[0-9]*.md:[0-9]*: '
echo "== auto, in a pipe: the same"
beq --no-config index -o a.idx . 2>&1 | grep -c 'beq: ./b[0-9]*.md:[0-9]*: '
echo "== no escape codes, no carriage return in a pipe"
beq --no-config index -o a.idx . 2>&1 | tr -d -c '\r\033' | wc -c | tr -d ' '
echo "== -q"
beq --no-config index -q --warnings=summary -o q.idx . 2>&1; echo "rc=$?"
echo "== bad value"
beq --no-config index --warnings=some -o x.idx . > out 2>&1; echo "rc=$?"
head -1 out
