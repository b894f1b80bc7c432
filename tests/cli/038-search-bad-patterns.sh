# search: more bad patterns - each exit 2 with a message, no output; -F takes them literally
for p in '[' 'a{2,1}' '\' '(?<x' '\p{Bogus}' '*' 'a)'; do
	beq search --ids "$p"
	printf '%s: rc=%s\n' "$p" "$?"
done
beq search --ids -e ok -e '('
echo "ok (: rc=$?"
beq search --ids -w '('
echo "-w (: rc=$?"
beq search --ids -F '('
echo "-F (: rc=$?"
beq search --ids -F '[' 'B-'
echo "-F [ B-: rc=$?"
beq search --ids "$(printf 'a\377b')"
echo "invalid UTF-8: rc=$?"
