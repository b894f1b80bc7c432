# index: a list item that holds a <details> block is one question: the item's text when the summary says "Answer", else the summary; the answer is what the block hides, and the item's blocks above it (code the question shows) are the question's body
cat > go.md <<'MD'
# Go

1. What is a goroutine?
   <details><summary>Answer</summary>

   A lightweight thread managed by the Go runtime.
   </details>

2. What does this print?
   ```go
   fmt.Println(len("héllo"))
   ```
   <details><summary>Answer</summary>

   6: len counts bytes.
   </details>

- <details><summary>What is defer?</summary>

  It runs a call when the function returns.
  </details>
MD
beq index -o go.idx go.md
echo "rc=$?"
beq --index go.idx --json show 1 2 3
