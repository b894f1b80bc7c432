# "</details" inside an attribute closes no <details> block, and the
# answer is read within its paragraph (it was read past it: a heap
# over-read with a long attribute)
long=$(head -c 3000 /dev/zero | tr '\0' x)
printf '# T\n\n<details><summary>What is X?</summary>\n\nAnswer text <a title="%s</details>">link</a> more\n\nSecond paragraph.\n\n</details>\n\n<details><summary>What is Y?</summary>\n\nWhy <b>not</b></details>\n' "$long" > d.md
beq index -q -o d.idx d.md || exit 1
beq --index d.idx show --json 1 | jq -r '.question, .answer'
beq --index d.idx show --json 2 | jq -r '.question, .answer'
