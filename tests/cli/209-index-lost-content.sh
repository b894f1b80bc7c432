# index: no question or answer text lost - bold questions with the answer on the next line; what a question heading shows above its "Answer" <details> is the question's body
cat > bold.md <<'MD'
# Bank

## Go

**What is a goroutine?**
A function running concurrently.

**What is a channel?** A typed pipe.
More text.

**Note:** not a question, part of the answer above.
MD
cat > details.md <<'MD'
## Go

### What is X?

* Why Y?
* Why Z?

<details><summary>Answer</summary>

It is x.
</details>

### What is W?

Some intro.

<!-- a comment -->

<details><summary>Answer</summary>

It is w.
</details>
MD
beq index -q -o b.idx bold.md details.md || exit 1
beq --index b.idx list
beq --index b.idx show 2 3 4 | sed 's/  [a-z]*\.md:[0-9]*$//'
