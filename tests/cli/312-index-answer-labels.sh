# index: "**Q:** ..." and "**A:** ..." on two lines of one paragraph are a question and its answer; an answer under a heading question loses an "**A:**" or "Answer:" label at its start (also "- **A:** " before a one-line answer), and a "---" that ends an answer
cat > faq.md <<'MD'
## Anki cards

**Q:** Why are arrays fast to index?
**A:** Their elements are contiguous.

## FAQ

### Q: Do I need Docker?

**A:** No, a binary is enough.

---

### Q1: **Why private addresses?**
- **A:** They are reused behind NAT.

### **Q2: Can a VPC have two gateways?**
**Answer:**  
No, only one.
MD
beq index -o faq.idx faq.md
echo "rc=$?"
beq --index faq.idx --json show 1 2 3 4
