# index: warnings name file:line or file; what cannot be used is skipped, the rest is indexed, exit 0
cat > mixed.md <<'MD'
## Things

1. **Good one?**
   **Explanation**: Fine.
2. Not a bold question
3. **Good two?**
   **Explanation**: Also fine.
MD
printf 'Just prose, no questions here.\n' > notes.md
printf '## Bad\n\n1. **Caf\351?**\n   **Explanation**: Latin-1.\n' > latin1.md
beq index -o x.idx mixed.md notes.md latin1.md
echo "rc=$?"
beq --index x.idx list
