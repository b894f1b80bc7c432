# index: <details> whose "</b></details>" ends the answer's last line (a paragraph or a list item) ends there; the <b> around the answer leaves no stray "**"
cat > ops.md <<'MD'
## Ops

<details>
<summary>What is a runbook?</summary><br><b>

Written steps for a known failure.<br>
Kept next to the alerts.
</b></details>

<details>
<summary>Which queues are there?</summary><br><b>
Some kinds:

* FIFO

* Priority
</b></details>

<details>
<summary>What is toil?</summary><br><b>
Manual, repetitive work.
</b></details>

<details>
<summary>Is the order kept?</summary>

Yes, in **one** partition.
</details>
MD
beq index -o ops.idx ops.md
echo "rc=$?"
beq --index ops.idx --json list
