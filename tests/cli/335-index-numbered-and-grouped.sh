# index: "**3)** Write ..." is a numbered question to the end of its line, its answer after; "📌 **What is X?**" a bold question after a symbol; a <details> whose summary names the toggles in it is their category; toggles with no blank line between them are one toggle each
cat > a.md <<'MD'
# Tasks

**1)** Write a query that returns the second highest salary.

```sql
SELECT MAX(salary) FROM emp WHERE salary < (SELECT MAX(salary) FROM emp);
```

**2)** Explain the difference between WHERE and HAVING.

WHERE filters rows, HAVING filters groups.

📌 **What is a foreign key?**
👉 A column that references another table's key.
MD
cat > b.md <<'MD'
# Quiz

<details>
<summary><h2>Databases</h2></summary>

<details>
<summary>What is an index?</summary>

A sorted structure.
</details>

<details>
<summary>What is MVCC?</summary>

Versions per row.
</details>

</details>

<details><summary>What is TCP?</summary>
A stream.
</details>
<details><summary>What is UDP?</summary>
Datagrams.
</details>
MD
beq index -q -o q.idx a.md b.md || exit 1
beq --index q.idx --json show 1 2 3 4 5 6 7 | jq -c '{category, question, answer, line}'
beq index --explain b.md | sed -n 2p
