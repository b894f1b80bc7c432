# search -c: words are suggested as the records of the chosen categories hold them, ranked by their record counts there (the word table counts the whole index): equally similar words change places, a word only elsewhere is left out
printf '## A\n\n1. **What is abcy?**\n   **Explanation**: One.\n2. **What is abcz?**\n   **Explanation**: Two abcz.\n3. **Is abcz here?**\n   **Explanation**: Three.\n\n## B\n\n1. **What is abcy here?**\n   **Explanation**: Four.\n2. **And abcy?**\n   **Explanation**: Five.\n' > q.md
beq index -q -o q.idx q.md || exit 1
beq --index q.idx search abcx
beq --index q.idx search -c a abcx
beq --index q.idx search -c b abcx
beq --index q.idx search -c a -c b abcx
beq --index q.idx search --fuzzy --ids -c a abcx
