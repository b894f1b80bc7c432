# index --questions=WHERE and a file's "<!-- beq: questions=WHERE -->" comment say where the questions are (h1..h6, list, details, paragraphs, auto); the option wins over the comment; a comment not understood is warned about and the file read as usual; a bad option value is a usage error
cat > notes.md <<'MD'
# Notes

## Networking

### TCP

A reliable stream.

- Handshake
- Teardown

<details><summary>What is IP?</summary>

An address.
</details>

**What is UDP?** Datagrams.
MD
for where in h2 h3 list details paragraphs; do
	echo "-- --questions=$where"
	beq index -q --questions=$where -o n.idx notes.md && beq --index n.idx list
done
echo "-- the file's comment"
{ echo '<!-- beq: questions=h2 -->'; cat notes.md; } > told.md
beq index -q -o t.idx told.md && beq --index t.idx list
echo "-- the option wins over it"
beq index -q --questions=list -o t.idx told.md && beq --index t.idx list
echo "-- a comment not understood"
{ echo '<!-- beq: questions=h9 -->'; cat notes.md; } > odd.md
beq index -o o.idx odd.md; echo "rc=$?"
echo "-- a bad value"
beq index --questions=h7 -o x.idx notes.md; echo "rc=$?"
