# index: a bold question that asks without a question mark ("**Explain MVCC.**") and its answer on the next line with no hard break (a soft break reads as a space) is a question, in a list item and in a paragraph of its own; bold text that does not ask ("**Arch Linux**, which ...") is none
cat > b.md <<'MD'
## Databases

1. **Explain MVCC.**
   Multi-version concurrency control.
2. **What is a deadlock?**
   Two transactions wait for each other.
3. **Compare B-trees and LSM trees:**
   Reads against writes.
MD
cat > p.md <<'MD'
**Describe the CAP theorem.**
Pick two of three.

**Arch Linux**, which some people run, is a distribution.
MD
beq index -o b.idx b.md p.md; echo "rc=$?"
beq --index b.idx --json show 1 2 3 4 | jq -c '{question, answer}'
