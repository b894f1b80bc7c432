# index: a "<br>" at the end of a line breaks it once: the next line of the answer or question starts without a space (it started with one before)
cat > dns.md <<'MD'
## DNS

<details>
<summary>What is DNS?</summary><br><b>

A protocol that maps names to addresses.<br>
Computers talk in IP addresses,<br/>
people remember names.
</b></details>

* Name a record type<br>
  A, AAAA or CNAME.
MD
beq index -o dns.idx dns.md
beq --index dns.idx --json show 1 2
