# index: a heading, a paragraph that asks and a "---" (a flash card): the heading is the question, the paragraph completes it, and the answer is what follows
cat > card.md <<'MD'
## Array Advantages

What are the main advantages of arrays?

---

1. Fast random access
2. Little memory overhead
MD
cat > note.md <<'MD'
## Arrays

Arrays hold elements of one type.

---

They are contiguous.
MD
beq index -o card.idx card.md note.md
echo "rc=$?"
beq --index card.idx --json show 1 2
