# hostile inputs end in moments, not minutes: deep nesting, a 20,000-letter pattern, many question headings, same-slug categories, unclosed brackets
t=20
# under valgrind (make valgrind) everything is ~50 times slower
[ -n "${BEQ_WRAP:-}" ] && t=300
awk 'BEGIN { printf "## C\n\n"; for (i = 0; i < 100000; i++) printf ">"; printf " ### What is x?\n\nanswer\n" }' > deep.md
timeout $t beq index -q -o a.idx deep.md; echo "deep quotes: $?"
awk 'BEGIN { printf "## C\n\n"; for (i = 0; i < 3000; i++) { for (k = 0; k < i; k++) printf "  "; printf "- What is level %d?\n", i } }' > list.md
timeout $t beq index -q -o b.idx list.md; echo "deep list: $?"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "# q%d?\n\nb\n\n", i }' > heads.md
timeout $t beq index -q -o c.idx heads.md; echo "question headings: $?"
beq --index c.idx info | grep '^records'
awk 'BEGIN { s = "!#$%&()*+,-./"; for (i = 0; i < 20000; i++) { p = ""; for (k = 0; k <= i / 13; k++) p = p substr(s, i % 13 + 1, 1); printf "## a%s\n\n* What is %d?\n\n", p, i } }' > slugs.md
timeout $t beq index -q -o d.idx slugs.md; echo "same-slug categories: $?"
beq --index d.idx categories | cut -f1 | sort | uniq -d | wc -l
awk 'BEGIN { printf "# "; for (i = 0; i < 100000; i++) printf "["; printf "\n\n* What is x?\n" }' > brackets.md
timeout $t beq index -q -o e.idx brackets.md; echo "brackets: $?"
pat=$(awk 'BEGIN { srand(1); for (i = 0; i < 20000; i++) printf "%c", 97 + int(rand() * 26) }')
timeout $t beq search --count "$pat"; echo "long literal: $?"
