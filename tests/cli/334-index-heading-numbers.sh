# index: a heading's question loses its numbering: "12.", "1.2.", "17a.", "Question 17b.", and "12 " before a word of a script without capitals; "2PC" keeps its digits
cat > n.md <<'MD'
# Numbers

## 12. What is a goroutine?

A lightweight thread.

## 1.2. What is a channel?

A typed pipe.

## 17a. What is select for?

Waiting on channels.

## Question 17b. What does defer do?

Runs at return.

## 12 什么是协程

轻量级线程。

## 2PC versus 3PC?

Blocking and not.
MD
beq index -q -o n.idx n.md && beq --index n.idx list
