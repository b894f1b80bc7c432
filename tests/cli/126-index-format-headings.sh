# index: a heading per question, answer in the paragraphs below, category the higher heading (also numbered items that start with a heading)
cat > headings.md <<'MD'
# Backend questions

## Databases

### What is a WAL?

A write-ahead log: changes are logged
before they are applied.

It makes crash recovery possible.

### What is MVCC?

Multi-version concurrency control.

## Networking

1. ### What is TCP?
   A reliable byte stream.
2. ### What is UDP?
   Datagrams, no delivery guarantee.
MD
beq index -q -o h.idx headings.md
echo "rc=$?"
beq --index h.idx categories
beq --index h.idx list --json
