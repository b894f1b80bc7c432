# index: a run of bold titles with a dash, where a tab (or a line break) follows the dash, is read without a crash: the text after the dash is the task's body
printf '# Projects\n\n**Find PI** - \tEnter a number.\n\n**Fizz Buzz** -\nWrite it.\n\n**Primes** - List them.\n' > t.md
beq index -q -o t.idx t.md
echo "rc=$?"
beq --index t.idx --json list | jq -c '[.id, .question, .body]'
