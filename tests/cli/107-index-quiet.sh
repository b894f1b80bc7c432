# index -q/--quiet: no warnings and no summary on stderr, same index
cat > mixed.md <<'MD'
## Things

1. **Good one?**
   **Explanation**: Fine.
2. Not a bold question
MD
beq index -q -o a.idx mixed.md missing.md
echo "rc=$?"
beq index --quiet -o b.idx missing.md mixed.md
echo "rc=$?"
beq index -o c.idx mixed.md missing.md 2> /dev/null
cmp a.idx b.idx && cmp a.idx c.idx && echo same
beq --index a.idx list
