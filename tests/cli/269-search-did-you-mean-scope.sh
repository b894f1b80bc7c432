# search: suggestions come from the index in use and the chosen categories
beq search -c networking deadlok
printf '## Ops\n\n1. **What is a kubernetes pod?**  \n   **Explanation**: The smallest deployable unit.\n' > ops.md
beq index -q -o ops.idx ops.md
beq --index ops.idx search kubernets
beq --index ops.idx search --fuzzy --ids kubernets
