# index: a heading whose first subsection says "Answer" ("## Answer guide", "### Solution") is one question with its subsections, the "Answer" heading among them, as the answer; the heading is the question, the paragraph under it completes it; with no heading above, the category is the front matter's title
cat > process-states.md <<'MD'
---
title: Explain Linux process states
theme: linux
---

# Explain Linux process states

What do the process states mean, and why look at them before a restart?

## Answer guide

- R runs or waits for a CPU; D waits in the kernel, often for I/O.
- A zombie has exited and waits for its parent.

## References

- [ps(1)](https://man7.org/linux/man-pages/man1/ps.1.html)

## What to learn next

- proc(5)
MD
cat > sql.md <<'MD'
# SQL

## Joins

Explain the difference between an inner and an outer join.

### Solution

An inner join keeps matching rows only.

## Indexes

### Answer:

A B-tree over the key.
MD
beq index -o bank.idx process-states.md sql.md
echo "rc=$?"
beq --index bank.idx categories
beq --index bank.idx --json show 1 2 3
