# index --explain: how each heading and question of a file was read, and why, one line each in document order (text and --json); no index written; -o refused; a missing file or a directory is an error (exit 2), a file with no question exit 1
cat > bank.md <<'MD'
# Bank

## Databases

### What is an index?

A sorted structure.

### Explain MVCC.

Each writer makes a version.

### Contributing

Send a pull request.

## Lists

- What is TCP?
- What is UDP?

<details><summary>What is IP?</summary>

An address.
</details>
MD
beq index --explain bank.md; echo "rc=$?"
beq --json index --explain bank.md | head -3
ls *.idx 2>/dev/null; echo "-- from stdin"
beq index --explain - < bank.md | tail -1
echo "-- errors"
beq index --explain -o x.idx bank.md; echo "rc=$?"
beq index --explain; echo "rc=$?"
beq index --explain nosuch.md; echo "rc=$?"
mkdir d; beq index --explain d; echo "rc=$?"
printf 'Just prose.\n' > prose.md
beq index --explain prose.md; echo "rc=$?"
