# index -q/--quiet: no warnings and no summary on stderr, same index
cat > mixed.md <<'MD'
## Things

1. **Good one?**
   **Explanation**: Fine.
2. Not a bold question
MD
printf 'Just prose.\n' > prose.md
beq index -q -o a.idx mixed.md prose.md
echo "rc=$?"
beq index --quiet -o b.idx prose.md mixed.md
echo "rc=$?"
beq index -o c.idx mixed.md prose.md 2> /dev/null
cmp a.idx b.idx && cmp a.idx c.idx && echo same
beq --index a.idx list
