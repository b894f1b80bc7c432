# index: <details><summary>Question</summary> answer </details> blocks; summary "Answer" takes the heading above; empty answers allowed
cat > details.md <<'MD'
## Security

<details><summary>What is XSS?</summary>

Cross-site scripting: injected script runs in the browser of the victim.

</details>

### What is CSRF?

<details><summary>Answer</summary>

A forged request that rides on the cookies of the user.

</details>

<details><summary>What is left unanswered?</summary>
</details>
MD
beq index -q -o d.idx details.md
echo "rc=$?"
beq --index d.idx list --json | jq -c '[.id, .category, .question, .answer, .source]'
beq --index d.idx show --json 1 | jq .line
