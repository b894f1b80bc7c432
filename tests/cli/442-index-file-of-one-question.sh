# index: a file with no heading is one question when its name says so ("question.md" of an exercise folder: its first paragraph, the lists after it its parts, even where they ask) or when its first paragraph asks; the blocks before an answer box (":::answers") are its body, the box its answer; a file named otherwise whose paragraph does not ask gives none
mkdir -p bank/ex_1 bank/ex_2 bank/ex_3 bank/notes
cat > bank/ex_1/question.md <<'MD'
Consider the vacuum world of the previous exercise.

1. Can a simple reflex agent be rational here? Explain.
2. What about a reflex agent with state?
MD
cat > bank/ex_2/question.md <<'MD'
Two words are at distance 1 when one letter differs.

What is the distance between "cane" and "cene"?

:::answers{.open}

?> 1

:::
MD
cat > bank/ex_3/task.md <<'MD'
Why do reflex actions count as rational?

Because they are fast.
MD
cat > bank/notes/readme.md <<'MD'
These are my notes on agents.

- Agents perceive and act.
MD
beq index -o bank.idx bank
echo "rc=$?"
beq --index bank.idx --json list | sed 's/,"source".*//'
