# index: a quiz whose options are a task list: the options, ticked boxes kept, are the question's body, and the ticked option is its answer
cat > quiz.md <<'MD'
## Shell

#### Which variable holds the last exit status?

- [ ] `$$`
- [x] `$?`
- [ ] `$!`

#### What does `set -e` do?

```bash
set -e
false
echo never
```

- [x] Exits on the first failing command.
- [ ] Echoes each command.
MD
beq index -q -o quiz.idx quiz.md
echo "rc=$?"
beq --index quiz.idx show 1 2
