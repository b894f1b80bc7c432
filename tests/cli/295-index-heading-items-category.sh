# index: numbered items that start with "### question" after a "### Table of Contents" take their category from a heading of a higher rank ("# Go questions"), not from the contents heading at their own level
cat > go.md <<'MD'
# Go questions

### Table of Contents

| No. | Questions |
| --- | --------- |
| 1 | [What is a goroutine?](#what-is-a-goroutine) |
| 2 | [What is a channel?](#what-is-a-channel) |

1. ### What is a goroutine?

    A function that runs concurrently.

    **[⬆ Back to Top](#table-of-contents)**

2. ### What is a channel?

    A typed pipe.
MD
beq index -o go.idx go.md
echo "rc=$?"
beq --index go.idx categories
beq --index go.idx list
