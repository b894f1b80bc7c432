# index, then query with --index and --json: records carry source and line
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
cat > bank.md <<'MD'
## Caching

1. **What is a cache stampede?**  
   **Explanation**: Many requests miss the cache at once.

2. **What is write-through caching?**  
   **Explanation**: Writes go to the cache and the store together.
MD
beq index -q -o bank.idx bank.md || exit 1
beq --index bank.idx search --json stampede | noscore
beq --index bank.idx show --json 2
beq --index bank.idx list --json
beq --json --index bank.idx random --seed 1 | jq -c '[.source, .line]'
