# index a markdown file, then query it with --index: source:line in text output
cat > bank.md <<'MD'
# My bank

## Caching

1. **What is a cache stampede?**  
   **Explanation**: Many requests miss the cache at once and all hit the
   database together.

2. **What is write-through caching?**  
   **Explanation**: Writes go to the cache and the store together.

## Queues

1. **What is a dead-letter queue?**  
   **Explanation**: Where messages go when they cannot be processed.
MD
beq index -o bank.idx bank.md || exit 1
beq --index bank.idx list
beq --index bank.idx categories
beq --index bank.idx search cache
beq --index=bank.idx show 3
