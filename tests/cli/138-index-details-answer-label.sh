# index: a label that says an answer follows ("**Answer: B**") above a question's toggle starts its answer, the toggle's summary a line of it, once, whether the summary says it explains ("Explanation") or ends in a colon
cat > exam.md <<'MD'
# Exam

### Question 1

Which command cordons a node?

A. drain
B. cordon

**Answer: B**

<details>
<summary>Explanation</summary>

Cordon stops new pods.

</details>

### Question 2

What runs first?

**Answer: A**

<details>
<summary>The reason runs as follows:</summary>

Init containers.

</details>

### Question 3

What holds a pod?

**Answer: C**

<details>
<summary>See the reason for it here:</summary>

A node.

</details>
MD
beq index -q -o e.idx exam.md
echo "rc=$?"
beq --index e.idx list --json | jq -c '[.id, .question, .body, .answer]'
