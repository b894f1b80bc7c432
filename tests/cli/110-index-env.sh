# BEQ_INDEX=FILE selects the index like --index; --index wins; empty BEQ_INDEX means built-in
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
printf '## Env\n\n1. **From the env?**\n   **Explanation**: Yes.\n' > env.md
printf '## Flag\n\n1. **From the flag?**\n   **Explanation**: Yes.\n' > flag.md
beq index -q -o env.idx env.md || exit 1
beq index -q -o flag.idx flag.md || exit 1
BEQ_INDEX=env.idx beq list
BEQ_INDEX=env.idx beq search --json env | noscore
BEQ_INDEX=env.idx beq show 1
BEQ_INDEX=env.idx beq --index flag.idx list
BEQ_INDEX=env.idx beq list --index=flag.idx
BEQ_INDEX='' beq list -c misc
BEQ_INDEX=missing.idx beq list
echo "rc=$?"
