# an empty file name is said to be one, for --index (option, config file) and for index -o and its inputs; an empty BEQ_INDEX is unset
beq --index= list
echo "rc=$?"
beq list --index ''
printf -- '--index=\n' > cfg
BEQ_CONFIG=cfg beq list
BEQ_INDEX= beq list | head -1
printf '## C\n\n1. **Q?**\n   **Explanation**: A.\n' > q.md
beq index -o '' q.md
beq index -o x.beq q.md ''
beq index --explain ''
ls
