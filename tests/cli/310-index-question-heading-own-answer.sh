# index: a heading that asks, with an answer of its own above subheadings that hold questions ("### What is a handshake?", its steps, "##### Why not two?" and a <details>), is a question of its own blocks, and no category
cat > net.md <<'MD'
# Networks

### What is the three-way handshake?

- SYN from the client
- SYN+ACK from the server
- ACK from the client

##### Why not two?
<details>
<summary>Expand</summary>

An old SYN could open a connection.
</details>

##### What is an ISN?
<details>
<summary>Expand</summary>

The first sequence number.
</details>

### Why is UDP faster?

It keeps no state.
MD
beq index -o net.idx net.md
echo "rc=$?"
beq --index net.idx categories
beq --index net.idx --json show 1 2 3 4
